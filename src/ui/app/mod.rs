//! The app: screens, toolbar, keyboard, file dialogs, autosave and preferences.

mod dialog_flow;
mod execute;
mod exports;

use super::a11y::AccessibleResponse;
use super::command::{Command, commands_from_keys};
use super::dialogs::{DialogRequest, FileDialogs, NativeDialogs, Pick};
use super::file_dialog_ui::{DialogOutcome, InAppDialog};
use super::help::HelpOverlay;
use super::question_ui::QuestionView;
use super::results_ui::ResultsView;
use super::start_ui::{StartAction, StartView};
use super::status::StatusLine;
use super::theme;
use super::toolbar::Toolbar;
use crate::benchmark::{Benchmark, bundled_benchmark, load_benchmark_for};
use crate::files::FileError;
use crate::model::example::example_assessment;
use crate::model::{
    Assessment, Date, Questionnaire, Response, bundled_questionnaire, open_assessment,
};
use crate::tr;
use crate::ui::prefs::{Prefs, ThemeChoice, clamp_zoom};

use crate::session::{Recoverable, Session, find_recoverable};
use crate::text::Lang;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::mpsc::{Receiver, channel};
use std::time::{Duration, Instant};

/// Where the app keeps its data and how it shows file dialogs.
pub struct AppEnv {
    /// Folder for preferences and never-saved assessments.
    pub data_dir: PathBuf,
    /// The file dialogs.
    pub dialogs: Arc<dyn FileDialogs>,
    /// Run dialogs on a background thread (the real app) or inline (tests).
    pub background_dialogs: bool,
}

impl AppEnv {
    /// The desktop environment: native dialogs on a background thread.
    pub fn desktop(data_dir: PathBuf) -> Self {
        Self {
            data_dir,
            dialogs: Arc::new(NativeDialogs),
            background_dialogs: true,
        }
    }
}

pub use super::screen::Screen;
pub use super::status::Notice;

/// How long an information notice stays.
const NOTICE_TIME: Duration = Duration::from_secs(8);

/// The Reifegrad app state.
pub struct ReifegradApp {
    env: AppEnv,
    /// The questionnaire as its file has it (placeholders unfilled).
    questionnaire: Option<Arc<Questionnaire>>,
    /// The questionnaire as the open assessment's town reads it: placeholders filled from
    /// its profile (see [`crate::model::council::resolve_questionnaire`]), kept while the profile
    /// stays the same.
    resolved: Option<(crate::model::Profile, Arc<Questionnaire>)>,
    /// The benchmark used for peer comparison.
    pub benchmark: Option<Arc<Benchmark>>,
    /// Preferences (language, theme, zoom, recent files).
    pub prefs: Prefs,
    /// The open assessment, if any.
    pub session: Option<Session>,
    /// The screen shown.
    pub screen: Screen,
    start: StartView,
    /// The walk-through state.
    pub questions: QuestionView,
    /// The results view (peer group and cached statistics).
    pub results: ResultsView,
    /// The measures plan view.
    pub plan: super::plan_ui::PlanView,
    /// The staff survey view.
    pub survey: super::survey_ui::SurveyView,
    /// Messages for the user.
    pub notices: Vec<Notice>,
    /// Whether the keyboard help is open.
    pub show_help: bool,
    /// The „Über Reifegrad“ dialog.
    pub about: super::about_ui::AboutView,
    /// Whether workshop mode (votes of several participants) is on.
    pub workshop_mode: bool,
    /// Workshop panel state.
    pub workshop: super::workshop_ui::WorkshopView,
    recoverable: Vec<Recoverable>,
    pending_dialog: Option<Receiver<(DialogRequest, Pick)>>,
    /// The built-in file dialog, while it is open.
    pub file_dialog: Option<InAppDialog>,
    /// The spreadsheet export's options dialog, while it is open, with the choice so far.
    pub export_options: Option<crate::sheets::ExportOptions>,
    /// The system's dialog returned at once without a choice: it cannot be shown here.
    native_unavailable: bool,
    /// A PDF export running in the background: its target and its result channel.
    pending_pdf: Option<(PathBuf, Receiver<Result<usize, String>>)>,
    applied_style: Option<(ThemeChoice, bool)>,
    fonts_installed: bool,
    window_title: String,
    /// Process start, when measuring the time to the first painted frame.
    pub startup_probe: Option<Instant>,
    frames_painted: u32,
    /// When the first frame was drawn.
    first_frame: Option<Instant>,
    /// Whether the window has reached its remembered maximised state (or gave up on it);
    /// before that, its state is not written back to the preferences.
    window_settled: bool,
}

impl ReifegradApp {
    /// Creates the app with the bundled questionnaire; `file` is an assessment to open at
    /// once.
    pub fn new(env: AppEnv, file: Option<PathBuf>) -> Self {
        Self::with_questionnaire(env, bundled_questionnaire(), file)
    }

    /// Creates the app with `questionnaire` (or the error that it could not be loaded).
    pub fn with_questionnaire(
        env: AppEnv,
        questionnaire: Result<Questionnaire, FileError>,
        file: Option<PathBuf>,
    ) -> Self {
        let (prefs, prefs_problem) = Prefs::load(&env.data_dir);
        let mut app = Self {
            env,
            questionnaire: None,
            resolved: None,
            benchmark: None,
            prefs,
            session: None,
            screen: Screen::Start,
            start: StartView::default(),
            questions: QuestionView::default(),
            results: ResultsView::default(),
            plan: Default::default(),
            survey: Default::default(),
            notices: Vec::new(),
            show_help: false,
            about: Default::default(),
            workshop_mode: false,
            workshop: Default::default(),
            recoverable: Vec::new(),
            pending_dialog: None,
            file_dialog: None,
            export_options: None,
            native_unavailable: false,
            pending_pdf: None,
            applied_style: None,
            fonts_installed: false,
            window_title: String::new(),
            startup_probe: None,
            frames_painted: 0,
            first_frame: None,
            window_settled: false,
        };
        if let Some(problem) = prefs_problem {
            app.notify_error(format!(
                "{}\n{problem}",
                tr!(app.prefs.lang, "app-preferences-could-not-be")
            ));
        }
        match questionnaire {
            Ok(q) => {
                app.questionnaire = Some(Arc::new(q));
                app.refresh_recoverable();
                app.load_initial_benchmark();
            }
            Err(error) => app.notify_error(error.text(app.lang())),
        }
        if let Some(path) = file {
            app.open_file(&path);
        }
        app
    }

    /// The questionnaire in use, as its file has it.
    pub fn questionnaire(&self) -> Option<&Questionnaire> {
        self.questionnaire.as_deref()
    }

    /// The questionnaire as the open assessment's town reads it, with the names of its
    /// bodies filled in; without an open assessment, as the file has it. Every view and
    /// export of the open assessment uses this one.
    pub(crate) fn session_questionnaire(&mut self) -> Option<Arc<Questionnaire>> {
        let raw = self.questionnaire.clone()?;
        let Some(session) = &self.session else {
            return Some(raw);
        };
        let profile = &session.assessment.profile;
        if !matches!(&self.resolved, Some((p, _)) if p == profile) {
            let resolved = crate::model::council::resolve_questionnaire(&raw, profile);
            self.resolved = Some((profile.clone(), Arc::new(resolved)));
        }
        self.resolved.as_ref().map(|(_, q)| q.clone())
    }

    fn lang(&self) -> Lang {
        self.prefs.lang
    }

    fn notify_error(&mut self, text: String) {
        self.notices.push(Notice {
            text,
            is_error: true,
            shown_at: Instant::now(),
        });
    }

    fn notify_info(&mut self, text: String) {
        self.notices.push(Notice {
            text,
            is_error: false,
            shown_at: Instant::now(),
        });
    }

    fn save_prefs(&mut self) {
        if let Err(error) = self.prefs.save(&self.env.data_dir) {
            let text = format!(
                "{} {error}",
                tr!(self.lang(), "app-preferences-could-not-be-2")
            );
            self.notify_error(text);
        }
    }

    /// Saves pending changes now (on exit or before switching assessments).
    pub(crate) fn flush(&mut self) {
        if let Some(session) = &mut self.session
            && session.is_dirty()
        {
            // A failed save shows in the status line (`Session::save_error`) and is
            // retried; on exit the recovery copy keeps the answers.
            let _ = session.save(Instant::now());
        }
    }

    /// Opens an assessment file; errors are shown with file, line and column, and the
    /// current work stays as it is.
    pub fn open_file(&mut self, path: &Path) {
        let Some(questionnaire) = self.questionnaire.clone() else {
            return;
        };
        match open_assessment(path, &questionnaire) {
            Ok(opened) => {
                self.flush();
                let mut session =
                    Session::open_file(opened.assessment, path.to_path_buf(), &self.env.data_dir);
                if let Some(report) = &opened.migration {
                    session.mark_changed(Instant::now());
                    self.notify_info(report.summary(self.lang()));
                }
                for warning in opened
                    .warnings
                    .iter()
                    .filter(|_| opened.migration.is_none())
                {
                    self.notify_info(warning.line_for(path, self.lang()));
                }
                self.prefs.remember_file(path);
                self.save_prefs();
                self.questions = start_position(&questionnaire, &session);
                self.workshop_mode = !session.assessment.raters.is_empty();
                self.session = Some(session);
                self.results.group = None;
                self.screen = Screen::Questions;
            }
            Err(error) => self.show_file_error(&error),
        }
    }

    fn show_file_error(&mut self, error: &FileError) {
        let text = format!("{}\n{error}", tr!(self.lang(), "app-file-cannot-be-opened"));
        self.notify_error(text);
    }

    /// Starts a session without a file; `write_now` writes it to the recovery folder at
    /// once (a new assessment), otherwise only after the first change (the example town,
    /// so that trying it leaves nothing to recover).
    fn start_session(&mut self, assessment: Assessment, write_now: bool) {
        self.flush();
        let mut session = Session::new_unsaved(assessment, &self.env.data_dir);
        if write_now {
            session.mark_changed(Instant::now());
        }
        self.session = Some(session);
        self.questions = QuestionView::default();
        self.results.group = None;
        self.screen = Screen::Questions;
    }

    fn handle_start_action(&mut self, action: StartAction) {
        let Some(questionnaire) = self.questionnaire.clone() else {
            return;
        };
        match action {
            StartAction::Create(profile) => {
                self.start_session(
                    Assessment::new(&questionnaire, profile, Date::today()),
                    true,
                );
            }
            StartAction::Open => self.request_dialog(DialogRequest::OpenAssessment),
            StartAction::OpenRecent(path) => self.open_file(&path),
            StartAction::Example => {
                self.start_session(example_assessment(&questionnaire), false);
            }
            StartAction::Recover(path) => match open_assessment(&path, &questionnaire) {
                Ok(opened) => {
                    self.flush();
                    let session = Session::from_recovery(opened.assessment, path);
                    self.questions = start_position(&questionnaire, &session);
                    self.workshop_mode = !session.assessment.raters.is_empty();
                    self.session = Some(session);
                    self.results.group = None;
                    self.screen = Screen::Questions;
                    self.refresh_recoverable();
                }
                Err(error) => self.show_file_error(&error),
            },
            StartAction::Discard(path) => {
                if let Err(error) = std::fs::remove_file(&path) {
                    self.notify_error(format!("{}: {error}", path.display()));
                }
                self.refresh_recoverable();
            }
        }
    }

    /// Looks for never-saved work, leaving out the assessment that is open right now.
    fn refresh_recoverable(&mut self) {
        let Some(questionnaire) = self.questionnaire.clone() else {
            return;
        };
        let open = self.session.as_ref().map(|s| s.recovery_path.clone());
        self.recoverable = find_recoverable(&self.env.data_dir, &questionnaire)
            .into_iter()
            .filter(|r| Some(&r.path) != open.as_ref())
            .collect();
    }

    /// The folder a file dialog starts in: the assessment's folder, the last folder
    /// used, the user's documents or home folder – never the working directory.
    pub(crate) fn dialog_start_folder(&self) -> PathBuf {
        let (documents, home) = super::file_picker::user_folders();
        super::file_picker::start_folder(
            self.session.as_ref().and_then(|s| s.path.as_deref()),
            self.prefs.last_folder.as_deref(),
            documents.as_deref(),
            home.as_deref(),
            &self.env.data_dir,
        )
    }

    /// Whether the built-in file dialog is used instead of the system's.
    pub(crate) fn uses_builtin_dialog(&self) -> bool {
        self.prefs.builtin_file_dialog || self.native_unavailable || !self.env.dialogs.available()
    }

    /// Opens a view by name, for scripted screenshots (`REIFEGRAD_VIEW`): `results`,
    /// `plan`, `survey`, `discussion`, `help`, `open-dialog`, `save-dialog`, `pdf-dialog`; anything else
    /// leaves the app as it started.
    pub fn open_view(&mut self, view: &str) {
        match view {
            "results" if self.session.is_some() => self.screen = Screen::Results,
            "plan" if self.session.is_some() => self.screen = Screen::Plan,
            "survey" if self.session.is_some() => self.screen = Screen::Survey,
            "discussion" if self.session.is_some() => {
                self.workshop_mode = true;
                self.screen = Screen::Discussion;
            }
            "help" => self.show_help = true,
            "open-dialog" => self.request_dialog(DialogRequest::OpenAssessment),
            "save-dialog" | "pdf-dialog" => {
                if let Some(session) = &self.session {
                    let request = if view == "pdf-dialog" {
                        DialogRequest::SavePdf(suggested_pdf_name(&session.assessment))
                    } else {
                        DialogRequest::SaveAssessment(suggested_file_name(&session.assessment))
                    };
                    self.request_dialog(request);
                }
            }
            _ => {}
        }
    }

    /// Saves the open assessment to `path` and keeps autosaving there.
    pub fn save_as(&mut self, path: PathBuf) {
        let path = with_default_extension(path, "reifegrad");
        let lang = self.lang();
        let Some(session) = &mut self.session else {
            return;
        };
        match session.save_as(path.clone(), Instant::now()) {
            Ok(()) => {
                self.prefs.remember_file(&path);
                self.save_prefs();
                self.notify_info(format!("{} {}", tr!(lang, "app-saved"), path.display()));
            }
            Err(error) => self.notify_error(error.text(lang)),
        }
    }

    /// Draws the whole app into `ui` (the root of the window) and handles input.
    pub fn ui_root(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        if self.apply_style(&ctx) {
            // The root ui was created before the new style; give it the new one.
            ui.set_style(ctx.global_style());
        }
        self.poll_dialog();
        self.poll_pdf_export();
        self.remember_maximized(&ctx);

        let question_keys = self.screen == Screen::Questions && self.session.is_some();
        let voting = self.workshop_mode
            && self
                .session
                .as_ref()
                .is_some_and(|s| !s.assessment.raters.is_empty());
        let question_keys =
            question_keys && self.file_dialog.is_none() && self.export_options.is_none();
        for command in commands_from_keys(&ctx, question_keys, self.show_help, voting) {
            self.execute(&ctx, command);
        }

        let mut commands = Vec::new();
        let mut toolbar = Toolbar {
            lang: self.lang(),
            has_session: self.session.is_some(),
            pdf_running: self.pending_pdf.is_some(),
            workshop_mode: self.workshop_mode,
            screen: self.screen,
            projector: self.prefs.projector,
            theme: self.prefs.theme,
            zoom: self.prefs.zoom,
            builtin_dialog: self.prefs.builtin_file_dialog,
            has_survey: self
                .session
                .as_ref()
                .is_some_and(|s| s.assessment.survey.is_some()),
        };
        egui::Panel::top("toolbar").show(ui, |ui| {
            let about = &mut self.about;
            let lang = toolbar.lang;
            let help = super::about_ui::AboutView::menu_label(lang);
            commands.extend(toolbar.ui(ui, help, &mut |ui| about.menu_ui(ui, lang)));
        });
        let mut status = StatusLine {
            lang: self.lang(),
            notices: &self.notices,
            pdf_target: self.pending_pdf.as_ref().map(|(path, _)| path.as_path()),
            session: self.session.as_ref(),
        };
        egui::Panel::bottom("status").show(ui, |ui| {
            commands.extend(status.ui(ui));
        });
        let questionnaire = self.session_questionnaire();
        if self.screen == Screen::Questions
            && let (Some(session), Some(questionnaire)) = (&self.session, &questionnaire)
        {
            // A quarter of a projector-mode window (480 px at 1920), at least 320 px.
            let width = if self.prefs.projector {
                (ui.available_width() * 0.25).clamp(320.0, 480.0)
            } else {
                320.0
            };
            let lang = self.prefs.lang;
            egui::Panel::left("overview")
                .exact_size(width)
                .resizable(false)
                .show(ui, |ui| {
                    if self.workshop_mode {
                        let question = self.questions.current_id(questionnaire);
                        commands.extend(self.workshop.raters_ui(
                            ui,
                            session,
                            lang,
                            self.prefs.projector,
                            question,
                        ));
                        ui.separator();
                    }
                    self.questions.sidebar_ui(ui, questionnaire, session, lang);
                });
        }
        if let Some(session) = &self.session {
            commands.extend(super::file_guard_ui::show(ui, session, self.prefs.lang));
        }
        egui::CentralPanel::default().show(ui, |ui| {
            self.central_ui(ui, &mut commands);
        });
        if self.show_help {
            commands.extend(HelpOverlay { lang: self.lang() }.show(&ctx));
        }
        self.about.ui(&ctx, self.lang(), &self.env.data_dir);
        self.file_dialog_ui(&ctx);
        self.export_options_ui(&ctx);
        for command in commands {
            self.execute(&ctx, command);
        }

        if let Some(session) = &mut self.session {
            super::file_guard_ui::keep_saving(session, &ctx);
        }
        self.notices
            .retain(|n| n.is_error || n.shown_at.elapsed() < NOTICE_TIME);
        if self.notices.iter().any(|n| !n.is_error) {
            ctx.request_repaint_after(Duration::from_secs(1));
        }
        if self.pending_dialog.is_some() || self.pending_pdf.is_some() {
            ctx.request_repaint_after(Duration::from_millis(100));
        }
        self.update_title(&ctx);
    }

    /// Maximises the window on start if it was maximised when the app was closed (some
    /// window managers ignore the request made when the window is created), and later
    /// remembers whether the user maximised it.
    fn remember_maximized(&mut self, ctx: &egui::Context) {
        let now = Instant::now();
        let first = *self.first_frame.get_or_insert(now);
        let reported = ctx.input(|i| i.viewport().maximized);
        if !self.window_settled {
            if first == now && self.prefs.maximized {
                ctx.send_viewport_cmd(egui::ViewportCommand::Maximized(true));
            }
            let waited = now.duration_since(first) > Duration::from_secs(3);
            if reported == Some(self.prefs.maximized) || reported.is_none() || waited {
                self.window_settled = true;
            } else {
                ctx.request_repaint_after(Duration::from_millis(100));
                return;
            }
        }
        if let Some(maximized) = reported
            && maximized != self.prefs.maximized
            && self.startup_probe.is_none()
        {
            self.prefs.maximized = maximized;
            self.save_prefs();
        }
    }

    /// Applies fonts, theme and zoom; true if the style changed this frame.
    fn apply_style(&mut self, ctx: &egui::Context) -> bool {
        if !self.fonts_installed {
            theme::install_fonts(ctx);
            ctx.options_mut(|o| o.zoom_with_keyboard = false);
            self.fonts_installed = true;
        }
        let wanted = (self.prefs.theme, self.prefs.projector);
        let changed = self.applied_style != Some(wanted);
        if changed {
            theme::apply(ctx, wanted.0, wanted.1);
            self.applied_style = Some(wanted);
        }
        if (ctx.zoom_factor() - self.prefs.zoom).abs() > 0.001 {
            ctx.set_zoom_factor(self.prefs.zoom);
        }
        changed
    }

    fn update_title(&mut self, ctx: &egui::Context) {
        let title = match &self.session {
            Some(session) => format!("Reifegrad – {}", session.title()),
            None => "Reifegrad".to_string(),
        };
        // The window's node in the accessibility tree reads as the title bar does.
        super::a11y::name_window(ctx, &title);
        if title != self.window_title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.window_title = title;
        }
    }

    fn central_ui(&mut self, ui: &mut egui::Ui, commands: &mut Vec<Command>) {
        let lang = self.lang();
        super::screen::note_screen(ui.ctx(), self.screen);
        let Some(questionnaire) = self.session_questionnaire() else {
            ui.heading(tr!(lang, "app-questionnaire-could-not-be"))
                .heading_level(1);
            return;
        };
        match (self.screen, &mut self.session) {
            (Screen::Questions, Some(session)) => {
                let workshop = self.workshop_mode.then_some(&mut self.workshop);
                commands.extend(self.questions.ui(
                    ui,
                    &questionnaire,
                    session,
                    lang,
                    self.prefs.projector,
                    workshop,
                ));
            }
            (Screen::Discussion, Some(session)) => {
                commands.extend(super::workshop_ui::discussion_ui(
                    ui,
                    &questionnaire,
                    session,
                    lang,
                ));
            }
            (Screen::Plan, Some(session)) => {
                let kept = self
                    .results
                    .analysis(&questionnaire, session, self.benchmark.as_ref());
                commands.extend(self.plan.ui(ui, kept.get(), session, lang));
            }
            (Screen::Survey, Some(session)) => {
                let comparison =
                    crate::analysis::survey::compare_survey(&questionnaire, &session.assessment);
                commands.extend(self.survey.ui(
                    ui,
                    &questionnaire,
                    &session.assessment,
                    comparison.as_ref(),
                    session.path.as_deref(),
                    lang,
                ));
            }
            (Screen::Results, Some(session)) => {
                self.results.projector = self.prefs.projector;
                commands.extend(self.results.ui(
                    ui,
                    &questionnaire,
                    session,
                    self.benchmark.as_ref(),
                    lang,
                ));
            }
            _ => {
                if let Some(action) = self
                    .start
                    .ui(ui, lang, &self.prefs.recent, &self.recoverable)
                {
                    self.handle_start_action(action);
                }
            }
        }
    }
}

impl eframe::App for ReifegradApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        if let Some(started) = self.startup_probe {
            // The second frame starts after the first one has been painted.
            if self.frames_painted == 1 {
                println!(
                    "first frame: {:.1} ms",
                    started.elapsed().as_secs_f64() * 1000.0
                );
                if let Some(kb) = crate::memory::peak_memory_kb() {
                    println!("peak memory: {kb} KB");
                }
                ui.ctx().send_viewport_cmd(egui::ViewportCommand::Close);
            }
            self.frames_painted += 1;
            ui.ctx().request_repaint();
        }
        self.ui_root(ui);
    }

    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        self.flush();
    }
}

/// `path` with `extension` added when the user typed a name without one.
fn with_default_extension(path: PathBuf, extension: &str) -> PathBuf {
    if path.extension().is_none() {
        path.with_extension(extension)
    } else {
        path
    }
}

/// Where the walk-through starts: at the first question, or at the first open one if
/// the first is answered.
fn start_position(questionnaire: &Questionnaire, session: &Session) -> QuestionView {
    let mut view = QuestionView::default();
    let first_answered = view
        .current_id(questionnaire)
        .is_some_and(|id| session.assessment.response(id).is_some());
    if first_answered {
        view.next_unanswered(questionnaire, session);
    }
    view
}

/// A file name for the assessment, e.g. `lindenhagen-2026.reifegrad`.
pub fn suggested_file_name(assessment: &Assessment) -> String {
    format!("{}.reifegrad", file_stem(assessment))
}

/// The name the PDF dialog suggests, e.g. `lindenhagen-2026.pdf`.
pub fn suggested_pdf_name(assessment: &Assessment) -> String {
    format!("{}.pdf", file_stem(assessment))
}

/// The name the spreadsheet dialog suggests, e.g. `lindenhagen-2026.ods`.
pub fn suggested_sheets_name(assessment: &Assessment) -> String {
    format!("{}.ods", file_stem(assessment))
}

/// The name the contribution dialog suggests, e.g. `lindenhagen-2026-beitrag.ron`.
pub(crate) fn suggested_contribution_name(assessment: &Assessment) -> String {
    format!("{}-beitrag.ron", file_stem(assessment))
}

/// The town's name in lower case with umlauts spelt out, and the year of the assessment.
fn file_stem(assessment: &Assessment) -> String {
    let slug: String = assessment
        .profile
        .name
        .to_lowercase()
        .chars()
        .map(|c| match c {
            'ä' => "ae".to_string(),
            'ö' => "oe".to_string(),
            'ü' => "ue".to_string(),
            'ß' => "ss".to_string(),
            c if c.is_alphanumeric() => c.to_string(),
            _ => "-".to_string(),
        })
        .collect::<String>()
        .split('-')
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    let slug = if slug.is_empty() {
        "bewertung".to_string()
    } else {
        slug
    };
    format!("{slug}-{}", assessment.date.year)
}
