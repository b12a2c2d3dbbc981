//! The „Mitarbeitendenbefragung“ view: set up the survey (questions, groups), write its
//! kit beside the assessment, count answer files dropped on the window and codes typed
//! in, and show the officer's level beside the staff's answers, the largest gap first.
//! Changes of the survey come back as [`Edit::SetSurvey`].

use super::command::{Command, Edit};
use super::survey_tally_ui::{TallyForm, TallyOutcome};
use crate::analysis::survey::{SurveyComparison, largest_gaps};
use crate::model::{Assessment, Date, Questionnaire, StaffSurvey};
use crate::present::survey as words;
use crate::survey::import::{Refusal, add_code, import_files};
use crate::survey::{MAX_QUESTIONS, default_questions, new_survey};
use crate::text::Lang;
use crate::tr;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// State of the survey view.
#[derive(Debug, Default)]
pub struct SurveyView {
    /// Questions ticked for a new survey (filled with the defaults on first show).
    chosen: Option<BTreeSet<String>>,
    /// Groups for a new survey, one per line.
    groups: String,
    /// A code being typed.
    code: String,
    /// What the last import, code, tally or kit did, one line each.
    messages: Vec<String>,
    /// The tally of a bundle of paper forms being typed in.
    tally: TallyForm,
}

impl SurveyView {
    /// Shows the view for `assessment` (its survey compared in `comparison`); `file` is
    /// the assessment's file, beside which the kit is written.
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        questionnaire: &Questionnaire,
        assessment: &Assessment,
        comparison: Option<&SurveyComparison>,
        file: Option<&Path>,
        lang: Lang,
    ) -> Vec<Command> {
        let mut commands = Vec::new();
        egui::ScrollArea::vertical().show(ui, |ui| {
            ui.heading(tr!(lang, "survey-section-title"));
            match (&assessment.survey, comparison) {
                (Some(survey), Some(comparison)) => {
                    self.collect_ui(ui, survey, &mut commands, lang);
                    self.tally_ui(ui, survey, questionnaire, &mut commands, lang);
                    self.kit_ui(ui, survey, questionnaire, file, lang);
                    self.messages_ui(ui);
                    ui.separator();
                    comparison_ui(ui, questionnaire, comparison, &mut commands, lang);
                }
                _ => self.setup_ui(ui, questionnaire, &mut commands, lang),
            }
        });
        commands
    }

    /// Choosing questions and groups for a new survey.
    fn setup_ui(
        &mut self,
        ui: &mut egui::Ui,
        questionnaire: &Questionnaire,
        commands: &mut Vec<Command>,
        lang: Lang,
    ) {
        let chosen = self
            .chosen
            .get_or_insert_with(|| default_questions(questionnaire).into_iter().collect());
        ui.label(tr!(lang, "survey-ui-setup-intro", max = MAX_QUESTIONS));
        for question in questionnaire.staff_questions() {
            let mut ticked = chosen.contains(&question.id);
            let label = format!(
                "{} {}",
                crate::present::question_code(questionnaire, &question.id),
                question.short_title(lang)
            );
            if ui.checkbox(&mut ticked, label).changed() {
                if ticked {
                    chosen.insert(question.id.clone());
                } else {
                    chosen.remove(&question.id);
                }
            }
        }
        let count = chosen.len();
        ui.label(tr!(
            lang,
            "survey-ui-chosen",
            count = count,
            max = MAX_QUESTIONS
        ));
        let label = ui.label(tr!(lang, "survey-ui-groups"));
        ui.add(egui::TextEdit::multiline(&mut self.groups).desired_rows(3))
            .labelled_by(label.id);
        let enabled = (1..=MAX_QUESTIONS).contains(&count);
        if ui
            .add_enabled(enabled, egui::Button::new(tr!(lang, "survey-ui-create")))
            .clicked()
        {
            // Walk-through order, whatever order they were ticked in.
            let questions: Vec<String> = questionnaire
                .staff_questions()
                .filter(|q| chosen.contains(&q.id))
                .map(|q| q.id.clone())
                .collect();
            let groups: Vec<String> = self
                .groups
                .lines()
                .map(str::trim)
                .filter(|g| !g.is_empty())
                .map(str::to_string)
                .collect();
            match new_survey(questionnaire, &questions, &groups, Date::today()) {
                Ok(survey) => commands.push(Command::Edit(Edit::SetSurvey(Box::new(survey)))),
                Err(error) => self.messages = vec![error.message(lang)],
            }
        }
        self.messages_ui(ui);
    }

    /// Counting answer files dropped on the window and codes typed in.
    fn collect_ui(
        &mut self,
        ui: &mut egui::Ui,
        survey: &StaffSurvey,
        commands: &mut Vec<Command>,
        lang: Lang,
    ) {
        ui.label(tr!(lang, "survey-ui-drop"));
        let dropped: Vec<PathBuf> = ui.ctx().input(|input| {
            input
                .raw
                .dropped_files
                .iter()
                .map(|f| f.path().to_path_buf())
                .filter(|p| !p.as_os_str().is_empty())
                .collect()
        });
        if !dropped.is_empty() {
            let mut updated = survey.clone();
            let report = import_files(&mut updated, &dropped);
            self.messages = vec![tr!(
                lang,
                "survey-cli-import-result",
                added = report.added,
                duplicates = report.duplicates.len(),
                refused = report.refused.len(),
                total = updated.sheet_count()
            )];
            for (path, refusal) in &report.refused {
                self.messages.push(refusal_line(path, refusal, lang));
            }
            if report.added > 0 {
                commands.push(Command::Edit(Edit::SetSurvey(Box::new(updated))));
            }
        }
        ui.horizontal(|ui| {
            let label = ui.label(tr!(lang, "survey-form-code-label"));
            ui.add(egui::TextEdit::singleline(&mut self.code).desired_width(420.0))
                .labelled_by(label.id);
            if ui.button(tr!(lang, "survey-ui-count-code")).clicked() {
                let mut updated = survey.clone();
                match add_code(&mut updated, &self.code) {
                    Ok(()) => {
                        self.code.clear();
                        self.messages = vec![tr!(
                            lang,
                            "survey-ui-code-counted",
                            total = updated.sheet_count()
                        )];
                        commands.push(Command::Edit(Edit::SetSurvey(Box::new(updated))));
                    }
                    Err(refusal) => self.messages = vec![refusal.message(lang)],
                }
            }
        });
    }

    /// The tally of a bundle of paper forms, typed in (closed until opened).
    fn tally_ui(
        &mut self,
        ui: &mut egui::Ui,
        survey: &StaffSurvey,
        questionnaire: &Questionnaire,
        commands: &mut Vec<Command>,
        lang: Lang,
    ) {
        let outcome = egui::CollapsingHeader::new(tr!(lang, "survey-tally-form-title"))
            .show(ui, |ui| self.tally.ui(ui, survey, questionnaire, lang))
            .body_returned
            .flatten();
        match outcome {
            Some(TallyOutcome::Counted(updated)) => {
                self.messages = vec![tr!(
                    lang,
                    "survey-cli-tally-result",
                    added = 1,
                    refused = 0,
                    total = updated.sheet_count()
                )];
                commands.push(Command::Edit(Edit::SetSurvey(updated)));
            }
            Some(TallyOutcome::Refused(reason)) => self.messages = vec![reason],
            None => {}
        }
    }

    /// Writing the kit into a folder beside the assessment's file.
    fn kit_ui(
        &mut self,
        ui: &mut egui::Ui,
        survey: &StaffSurvey,
        questionnaire: &Questionnaire,
        file: Option<&Path>,
        lang: Lang,
    ) {
        let folder = file.map(kit_folder);
        let button = egui::Button::new(tr!(lang, "survey-ui-write-kit"));
        let response = ui.add_enabled(folder.is_some(), button);
        if let Some(folder) = folder {
            if response.clicked() {
                self.messages = match write_kit(survey, questionnaire, &folder, lang) {
                    Ok(()) => vec![tr!(
                        lang,
                        "survey-ui-kit-written",
                        folder = folder.display().to_string()
                    )],
                    Err(error) => vec![error],
                };
            }
        } else {
            response.on_disabled_hover_text(tr!(lang, "survey-ui-save-first"));
        }
    }

    fn messages_ui(&self, ui: &mut egui::Ui) {
        for message in &self.messages {
            ui.label(message);
        }
    }
}

/// The folder a kit is written to: beside the assessment, named after it.
fn kit_folder(file: &Path) -> PathBuf {
    let stem = file
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    file.with_file_name(format!("{stem}-kit"))
}

fn write_kit(
    survey: &StaffSurvey,
    questionnaire: &Questionnaire,
    folder: &Path,
    lang: Lang,
) -> Result<(), String> {
    std::fs::create_dir_all(folder)
        .map_err(|e| crate::files::storage::save_error(folder, &e).to_string())?;
    let html = crate::survey::html::form_html(survey, questionnaire, lang);
    crate::files::storage::write_atomic(
        &folder.join(tr!(lang, "survey-file-html")),
        html.as_bytes(),
    )
    .map_err(|e| crate::files::storage::save_error(folder, &e).to_string())?;
    crate::report::survey_form::write_survey_form(
        &folder.join(tr!(lang, "survey-file-pdf")),
        survey,
        questionnaire,
        lang,
    )
    .map_err(|e| e.to_string())
}

fn refusal_line(path: &Path, refusal: &Refusal, lang: Lang) -> String {
    match refusal {
        Refusal::File(error) => error.to_string(),
        other => format!("{}: {}", path.display(), other.message(lang)),
    }
}

/// The comparison: per question the leadership's level, the staff's median and n, the
/// gap and a small histogram, the largest gap first; groups below.
fn comparison_ui(
    ui: &mut egui::Ui,
    questionnaire: &Questionnaire,
    comparison: &SurveyComparison,
    commands: &mut Vec<Command>,
    lang: Lang,
) {
    ui.label(words::summary_sentence(comparison, lang));
    for finding in comparison
        .findings()
        .filter_map(|c| words::finding_sentence(c, lang))
    {
        ui.label(format!("• {finding}"));
    }
    if let Some(first) = largest_gaps(comparison, 1).first()
        && let Some(index) = questionnaire.questions().position(|(_, q)| q.id == *first)
        && ui.button(tr!(lang, "survey-ui-open-largest-gap")).clicked()
    {
        commands.push(Command::GoToQuestion(index));
    }
    egui::Grid::new("survey-comparison")
        .striped(true)
        .num_columns(5)
        .show(ui, |ui| {
            for key in [
                tr!(lang, "survey-column-question"),
                tr!(lang, "survey-column-leadership"),
                tr!(lang, "survey-column-staff"),
                tr!(lang, "survey-column-gap"),
                tr!(lang, "survey-column-distribution"),
            ] {
                ui.strong(key);
            }
            ui.end_row();
            for c in &comparison.questions {
                ui.label(format!(
                    "{} {}",
                    crate::present::question_code(questionnaire, &c.question.id),
                    c.question.short_title(lang)
                ));
                ui.label(words::officer_label(c.officer, lang));
                ui.label(words::staff_label(c.staff.as_ref(), lang));
                ui.label(words::gap_label(c.gap, lang));
                match &c.staff {
                    Some(staff) => histogram(ui, &staff.counts.levels, c.officer, lang),
                    None => {
                        ui.label("–");
                    }
                }
                ui.end_row();
                for (group, staff) in &c.groups {
                    ui.label(format!("    {group}"));
                    ui.label("");
                    ui.label(words::group_label(staff.as_ref(), lang));
                    ui.label("");
                    match staff {
                        Some(staff) => histogram(ui, &staff.counts.levels, None, lang),
                        None => {
                            ui.label("");
                        }
                    }
                    ui.end_row();
                }
            }
        });
    ui.add_space(8.0);
    ui.label(words::privacy_note(lang));
}

/// Five bars, one per level, the officer's level outlined; read aloud as the counts.
fn histogram(ui: &mut egui::Ui, levels: &[u32; 5], officer: Option<u8>, lang: Lang) {
    let counts = crate::model::LevelCounts {
        levels: *levels,
        dont_know: 0,
    };
    let text = words::distribution_line(&counts, lang);
    let size = egui::vec2(110.0, 22.0);
    let (rect, response) = ui.allocate_exact_size(size, egui::Sense::hover());
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, &text));
    let _hover = response.on_hover_text(&text);
    let max = levels.iter().copied().max().unwrap_or(0).max(1) as f32;
    let painter = ui.painter_at(rect);
    let visuals = ui.visuals();
    let bar_w = rect.width() / 5.0;
    for (level, count) in levels.iter().enumerate() {
        let h = rect.height() * (*count as f32 / max);
        let x = rect.left() + bar_w * level as f32;
        let bar = egui::Rect::from_min_max(
            egui::pos2(x + 2.0, rect.bottom() - h),
            egui::pos2(x + bar_w - 2.0, rect.bottom()),
        );
        painter.rect_filled(bar, 1.0, visuals.selection.bg_fill);
        if officer == Some(level as u8) {
            let cell = egui::Rect::from_min_max(
                egui::pos2(x + 1.0, rect.top()),
                egui::pos2(x + bar_w - 1.0, rect.bottom()),
            );
            painter.rect_stroke(
                cell,
                1.0,
                visuals.widgets.active.fg_stroke,
                egui::StrokeKind::Inside,
            );
        }
    }
}
