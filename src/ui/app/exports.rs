//! Loading benchmarks, linking earlier assessments and the exports (PDF on a
//! background thread, the spreadsheet, anonymous contribution).

use super::*;
use crate::tr;

impl ReifegradApp {
    pub(super) fn load_initial_benchmark(&mut self) {
        if let Some(path) = self.prefs.benchmark.clone() {
            self.load_benchmark_file(&path);
        }
        if self.benchmark.is_none() {
            self.use_bundled_benchmark();
        }
    }

    pub(super) fn use_bundled_benchmark(&mut self) {
        match bundled_benchmark() {
            Ok(b) => self.benchmark = Some(Arc::new(b)),
            Err(error) => self.notify_error(error.text(self.lang())),
        }
        self.results.reset();
    }

    /// Loads a benchmark file for the peer comparison and remembers it; on error the
    /// current benchmark stays and the message names file, line and column.
    pub fn load_benchmark_file(&mut self, path: &Path) {
        let Some(questionnaire) = self.questionnaire.clone() else {
            return;
        };
        match load_benchmark_for(path, &questionnaire) {
            Ok(benchmark) => {
                self.benchmark = Some(Arc::new(benchmark));
                self.results.reset();
                if self.prefs.benchmark.as_deref() != Some(path) {
                    self.prefs.benchmark = Some(path.to_path_buf());
                    self.save_prefs();
                }
            }
            Err(error) => {
                let text = format!(
                    "{}\n{error}",
                    tr!(self.lang(), "app-exports-comparison-file-cannot-be")
                );
                self.notify_error(text);
            }
        }
    }

    /// Links an earlier assessment of the same town for the progress view; a file that
    /// cannot be used is reported with its position and not linked.
    pub fn link_earlier(&mut self, path: &Path) {
        let (Some(session), Some(questionnaire)) = (&mut self.session, &self.questionnaire) else {
            return;
        };
        let linked = match crate::progress::load_linked(path, questionnaire) {
            Ok(linked) => linked,
            Err(error) => {
                let text = format!(
                    "{}\n{error}",
                    tr!(self.prefs.lang, "app-exports-earlier-assessment-cannot-be")
                );
                self.notify_error(text);
                return;
            }
        };
        if let Err(other) = crate::progress::same_town(&session.assessment, &linked) {
            let lang = self.prefs.lang;
            let text = tr!(
                lang,
                "app-exports-not-linked-other-town",
                reason = crate::present::rules::other_town(&other, lang)
            );
            self.notify_error(text);
            return;
        }
        let link = match &session.path {
            Some(own) => crate::progress::relative_link(own, path),
            None => std::fs::canonicalize(path)
                .unwrap_or_else(|_| path.to_path_buf())
                .to_string_lossy()
                .into_owned(),
        };
        if !session.assessment.earlier.contains(&link) {
            session.edit(Instant::now(), |a| a.earlier.push(link.clone()));
        }
        crate::ui::link_cache::remember_link(
            &session.assessment,
            session.path.as_deref(),
            &link,
            questionnaire,
            linked,
        );
    }

    pub(super) fn export_contribution(&mut self, path: PathBuf) {
        let (Some(session), Some(questionnaire)) = (&mut self.session, &self.questionnaire) else {
            return;
        };
        if crate::benchmark::token::token_of(&session.assessment).is_none() {
            session.edit(
                Instant::now(),
                crate::benchmark::token::ensure_contribution_token,
            );
        }
        let analysis = crate::analysis::analyse(questionnaire, &session.assessment, None, None);
        match crate::benchmark::file::write_contribution(
            &path,
            &session.assessment,
            &analysis.scores,
        ) {
            Ok(_) => {
                let text = format!(
                    "{} {}",
                    tr!(self.lang(), "app-exports-anonymous-contribution-saved-size"),
                    path.display()
                );
                self.notify_info(text);
            }
            Err(error) => self.notify_error(error.text(self.lang())),
        }
    }

    /// Shows the spreadsheet export's options dialog while it is open; „Speicherort
    /// wählen…“ goes on to the file dialog.
    pub(super) fn export_options_ui(&mut self, ctx: &egui::Context) {
        let (Some(options), Some(session)) = (&mut self.export_options, &self.session) else {
            return;
        };
        let assessment = &session.assessment;
        let names = !assessment.raters.is_empty() || !assessment.respondents.trim().is_empty();
        let lang = self.prefs.lang;
        let choice = crate::ui::export_ui::export_options_ui(ctx, options, names, lang);
        let Some(choice) = choice else {
            return;
        };
        self.export_options = None;
        if let crate::ui::export_ui::ExportChoice::ChooseFile(options) = choice {
            let name = suggested_sheets_name(assessment);
            self.request_dialog(DialogRequest::SaveSheets(name, options));
        }
    }

    /// Writes the open assessment as a spreadsheet to `path` (format by its extension),
    /// with the peer figures the PDF would show; the result appears as a message.
    pub fn export_sheets(&mut self, path: &Path, options: crate::sheets::ExportOptions) {
        let questionnaire = self.session_questionnaire();
        let (Some(session), Some(questionnaire)) = (&self.session, questionnaire) else {
            return;
        };
        let assessment = &session.assessment;
        let benchmark = self.benchmark.as_deref();
        let group = self
            .results
            .group
            .unwrap_or_else(|| crate::analysis::default_peer_group(&assessment.profile, benchmark));
        let analysis = crate::analysis::analyse(
            &questionnaire,
            assessment,
            benchmark.map(|b| (b, group)),
            None,
        );
        let lang = self.lang();
        match crate::sheets::export(&analysis, assessment, lang, options, path) {
            Ok(bytes) => self.notify_info(format!(
                "{} {} ({})",
                tr!(lang, "export-saved"),
                path.display(),
                crate::present::format_file_size(bytes as u64, lang)
            )),
            Err(error) => self.notify_error(format!(
                "{} {}",
                tr!(lang, "export-not-saved"),
                error.text(lang)
            )),
        }
    }

    /// Whether a PDF export is running.
    pub fn pdf_export_running(&self) -> bool {
        self.pending_pdf.is_some()
    }

    /// Writes the PDF report to `path` on a background thread; the result appears as a
    /// message naming the file. Peer figures come from the results view's group (or the
    /// town's default group), never from a group under 5.
    pub fn start_pdf_export(&mut self, path: PathBuf) {
        let questionnaire = self.session_questionnaire();
        let (Some(session), Some(questionnaire)) = (&self.session, questionnaire) else {
            return;
        };
        if self.pending_pdf.is_some() {
            return;
        }
        let assessment = session.assessment.clone();
        let benchmark = self.benchmark.clone();
        let group = self.results.group.unwrap_or_else(|| {
            crate::analysis::default_peer_group(&assessment.profile, benchmark.as_deref())
        });
        let assessment_path = session.path.clone();
        let lang = self.lang();
        let (sender, receiver) = channel();
        let target = path.clone();
        let spawned = std::thread::Builder::new()
            .name("pdf-export".into())
            .spawn(move || {
                let history = crate::progress::history_from_links(
                    &questionnaire,
                    &assessment,
                    assessment_path.as_deref(),
                );
                let analysis = crate::analysis::analyse(
                    &questionnaire,
                    &assessment,
                    benchmark.as_deref().map(|b| (b, group)),
                    Some(history),
                );
                let input = crate::report::ReportInput::new(&analysis, &assessment, lang);
                let result = crate::report::write_pdf(&input, &target).map_err(|e| e.to_string());
                // The receiver is gone only when the app no longer waits for the export
                // (it was closed): nobody is left to tell.
                let _ = sender.send(result);
            });
        match spawned {
            Ok(_) => self.pending_pdf = Some((path, receiver)),
            Err(error) => self.notify_error(error.to_string()),
        }
    }

    pub(super) fn poll_pdf_export(&mut self) {
        let Some((path, receiver)) = &self.pending_pdf else {
            return;
        };
        let result = match receiver.try_recv() {
            Ok(result) => result,
            Err(std::sync::mpsc::TryRecvError::Empty) => return,
            Err(std::sync::mpsc::TryRecvError::Disconnected) => {
                Err(tr!(self.lang(), "app-exports-pdf-export-stopped-unexpectedly").to_string())
            }
        };
        let path = path.clone();
        self.pending_pdf = None;
        let lang = self.lang();
        match result {
            Ok(bytes) => self.notify_info(format!(
                "{} {} ({} KB)",
                tr!(lang, "app-exports-pdf-saved"),
                path.display(),
                bytes.div_ceil(1024)
            )),
            Err(message) => self.notify_error(format!(
                "{} {}: {message}",
                tr!(lang, "app-exports-pdf-could-not-be"),
                path.display()
            )),
        }
    }
}
