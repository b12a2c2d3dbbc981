//! Carrying out commands from the views, the toolbar and the keyboard: named actions,
//! edits of the assessment, decisions about the guarded file and the settings.

use super::*;
use crate::tr;
use crate::ui::command::{Action, Edit, FileDecision};

impl ReifegradApp {
    /// Carries out a command.
    pub fn execute(&mut self, ctx: &egui::Context, command: Command) {
        match command {
            Command::Action(action) => self.run_action(ctx, action),
            Command::Edit(edit) => self.apply_edit(edit),
            Command::File(decision) => self.decide_file(decision),
            Command::GoToQuestion(index) => {
                if let (Some(questionnaire), true) =
                    (self.questionnaire.clone(), self.session.is_some())
                {
                    self.questions.go_to(index, &questionnaire);
                    self.screen = Screen::Questions;
                }
            }
            Command::SetTheme(theme) => {
                self.prefs.theme = theme;
                self.save_prefs();
            }
            Command::SetLang(lang) => {
                self.prefs.lang = lang;
                self.save_prefs();
            }
            Command::CloseNotice(index) => {
                if index < self.notices.len() {
                    self.notices.remove(index);
                }
            }
        }
    }

    /// Carries out a named action.
    fn run_action(&mut self, ctx: &egui::Context, action: Action) {
        let now = Instant::now();
        match action {
            Action::SetLevel(level) => self.answer(Some(Response::Level(level.min(4))), now),
            Action::DontKnow => self.answer(Some(Response::DontKnow), now),
            Action::NotApplicable => self.answer(Some(Response::NotApplicable), now),
            Action::ClearAnswer => self.answer(None, now),
            Action::Next
            | Action::Previous
            | Action::NextUnanswered
            | Action::ShowResults
            | Action::ShowPlan
            | Action::ShowSurvey
            | Action::ShowQuestions
            | Action::ShowDiscussion
            | Action::GoHome => self.navigate(action),
            Action::SaveAs
            | Action::Open
            | Action::LoadBenchmark
            | Action::LinkEarlier
            | Action::ExportPdf
            | Action::ExportContribution => self.ask_for_file(action),
            Action::ExportSheets => {
                if self.session.is_some() {
                    self.export_options = Some(crate::sheets::ExportOptions::default());
                }
            }
            Action::Vote(_)
            | Action::UndoVote
            | Action::AcceptConsensus
            | Action::ReplaceWithConsensus
            | Action::KeepAgreed
            | Action::ToggleWorkshop => self.run_workshop_action(action, now),
            Action::ToggleFullscreen => {
                let fullscreen = ctx.input(|i| i.viewport().fullscreen.unwrap_or(false));
                ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(!fullscreen));
            }
            Action::ZoomIn => self.set_zoom(self.prefs.zoom + 0.1),
            Action::ZoomOut => self.set_zoom(self.prefs.zoom - 0.1),
            Action::ZoomReset => self.set_zoom(1.0),
            Action::ToggleHelp => self.show_help = !self.show_help,
            Action::ToggleProjector => {
                self.prefs.projector = !self.prefs.projector;
                self.save_prefs();
            }
            Action::ToggleBuiltinDialog => {
                self.prefs.builtin_file_dialog = !self.prefs.builtin_file_dialog;
                self.save_prefs();
            }
            Action::UseBundledBenchmark => {
                self.prefs.benchmark = None;
                self.save_prefs();
                self.use_bundled_benchmark();
            }
        }
    }

    /// The id of the question on screen.
    fn current_question(&self) -> Option<String> {
        let questionnaire = self.questionnaire.as_ref()?;
        self.questions.current_id(questionnaire).map(str::to_string)
    }

    /// Moves between questions and views.
    fn navigate(&mut self, action: Action) {
        let Some(questionnaire) = self.questionnaire.clone() else {
            return;
        };
        let open = self.session.is_some();
        match action {
            Action::Next if !self.questions.next(&questionnaire) => {
                self.screen = Screen::Results;
            }
            Action::Previous => self.questions.previous(),
            Action::NextUnanswered => {
                if let Some(session) = &self.session
                    && !self.questions.next_unanswered(&questionnaire, session)
                {
                    self.notify_info(
                        tr!(self.lang(), "app-execute-all-questions-are-answered").into(),
                    );
                }
            }
            Action::ShowResults if open => self.screen = Screen::Results,
            Action::ShowQuestions if open => self.screen = Screen::Questions,
            Action::ShowPlan if open => self.screen = Screen::Plan,
            Action::ShowSurvey if open => self.screen = Screen::Survey,
            Action::ShowDiscussion if open => {
                self.workshop_mode = true;
                self.screen = Screen::Discussion;
            }
            Action::GoHome => {
                self.flush();
                self.refresh_recoverable();
                self.screen = Screen::Start;
            }
            _ => {}
        }
    }

    /// Opens the file dialog an action needs, with a suggested name where it saves.
    fn ask_for_file(&mut self, action: Action) {
        let assessment = self.session.as_ref().map(|s| &s.assessment);
        let request = match (action, assessment) {
            (Action::Open, _) => DialogRequest::OpenAssessment,
            (Action::LoadBenchmark, _) => DialogRequest::OpenBenchmark,
            (Action::LinkEarlier, _) => DialogRequest::OpenEarlier,
            (Action::SaveAs, Some(a)) => DialogRequest::SaveAssessment(suggested_file_name(a)),
            (Action::ExportPdf, Some(a)) => DialogRequest::SavePdf(suggested_pdf_name(a)),
            (Action::ExportContribution, Some(a)) => {
                DialogRequest::SaveContribution(suggested_contribution_name(a))
            }
            _ => return,
        };
        self.request_dialog(request);
    }

    /// Answers the question on screen (`None` clears the answer).
    pub(super) fn answer(&mut self, response: Option<Response>, now: Instant) {
        if self.screen != Screen::Questions {
            return;
        }
        let question = self.current_question();
        if let (Some(session), Some(id)) = (&mut self.session, question) {
            session.set_response(&id, response, now);
        }
    }

    /// Applies a value typed or picked in a view to the open assessment.
    fn apply_edit(&mut self, edit: Edit) {
        let now = Instant::now();
        let lang = self.lang();
        let current = self.current_question();
        let Some(session) = &mut self.session else {
            return;
        };
        let result = match edit {
            Edit::SetComment(text) => {
                if let Some(id) = current {
                    session.set_comment(&id, text, now);
                }
                Ok(())
            }
            Edit::SetEvidence(question, list) => {
                session.edit(now, |a| a.set_evidence(&question, list));
                Ok(())
            }
            Edit::SetPlan(plan) => {
                session.edit(now, |a| a.plan = *plan);
                Ok(())
            }
            Edit::SetSurvey(survey) => {
                session.edit(now, |a| a.survey = Some(*survey));
                Ok(())
            }
            Edit::AddRater(name) => {
                let name = name.trim().to_string();
                if !name.is_empty() {
                    session.edit(now, |a| {
                        a.add_rater(&name);
                    });
                }
                Ok(())
            }
            Edit::RemoveRater(id) => session
                .edit(now, |a| a.remove_rater(&id))
                .map(|_removed| ())
                .map_err(|error| error.text(lang)),
            Edit::RemoveVote(rater) => match current {
                Some(id) => session
                    .edit(now, |a| a.set_vote(&id, &rater, None))
                    .map_err(|error| error.text(lang)),
                None => Ok(()),
            },
        };
        if let Err(error) = result {
            self.notify_error(error);
        }
    }

    /// The workshop's actions: votes in turn, the consensus, the mode itself.
    fn run_workshop_action(&mut self, action: Action, now: Instant) {
        if action == Action::ToggleWorkshop {
            if self.session.is_some() {
                self.workshop_mode = !self.workshop_mode;
            }
            return;
        }
        if action == Action::KeepAgreed {
            self.workshop.confirm_replace = None;
            return;
        }
        let current = self.current_question();
        let (Some(session), Some(id)) = (&mut self.session, current) else {
            return;
        };
        let count = session.assessment.raters.len();
        match action {
            Action::Vote(response) if count > 0 => {
                let rater = session.assessment.raters[self.workshop.cursor % count]
                    .id
                    .clone();
                match session.edit(now, |a| a.set_vote(&id, &rater, Some(response))) {
                    Ok(()) => self.workshop.cursor = (self.workshop.cursor + 1) % count,
                    Err(error) => self.notify_error(error.text(self.lang())),
                }
            }
            Action::UndoVote if count > 0 => {
                let previous = (self.workshop.cursor + count - 1) % count;
                let rater = session.assessment.raters[previous].id.clone();
                if session.assessment.vote(&id, &rater).is_some()
                    && let Err(error) = session.edit(now, |a| a.set_vote(&id, &rater, None))
                {
                    self.notify_error(error.text(self.lang()));
                }
                self.workshop.cursor = previous;
            }
            Action::AcceptConsensus => self.accept_consensus(id, now),
            Action::ReplaceWithConsensus => {
                if let Some(pending) = self.workshop.confirm_replace.take() {
                    session.edit(now, |a| {
                        a.apply_consensus(&pending.question_id, crate::workshop::Replace::Yes)
                    });
                    self.workshop.cursor = 0;
                }
            }
            _ => {}
        }
    }

    /// Makes the votes' consensus the agreed level; asks first when it would replace a
    /// different agreed level.
    fn accept_consensus(&mut self, id: String, now: Instant) {
        let Some(session) = &mut self.session else {
            return;
        };
        let probe = session
            .assessment
            .clone()
            .apply_consensus(&id, crate::workshop::Replace::No);
        match probe {
            crate::workshop::ConsensusOutcome::NoConsensus => {
                self.notify_info(tr!(self.prefs.lang, "app-execute-no-level-votes-for").into())
            }
            crate::workshop::ConsensusOutcome::Kept { agreed, consensus } => {
                self.workshop.confirm_replace = Some(crate::ui::workshop_ui::PendingReplace {
                    question_id: id,
                    agreed,
                    consensus,
                });
            }
            _ => {
                session.edit(now, |a| {
                    a.apply_consensus(&id, crate::workshop::Replace::No)
                });
                self.workshop.cursor = 0;
            }
        }
    }

    /// Carries out the user's decision about a guarded file. A failed save is kept in
    /// `Session::save_error`, which the status line shows until a save succeeds.
    fn decide_file(&mut self, decision: FileDecision) {
        let now = Instant::now();
        let Some(session) = &mut self.session else {
            return;
        };
        match decision {
            FileDecision::KeepReadOnly => session.keep_read_only(),
            FileDecision::TakeOver => {
                let _reported_in_status_line = session.take_over(now);
            }
            FileDecision::SaveCopy => {
                if matches!(
                    session.read_only,
                    Some(crate::session::ReadOnly::OpenElsewhere(_))
                ) {
                    session.keep_read_only();
                }
                self.ask_for_file(Action::SaveAs);
            }
            FileDecision::LoadTheirs(path) => {
                session.discard_unsaved();
                self.open_file(&path);
            }
            FileDecision::OverwriteTheirs => {
                let _reported_in_status_line = session.overwrite_theirs(now);
            }
        }
    }

    pub(super) fn set_zoom(&mut self, zoom: f32) {
        self.prefs.zoom = (clamp_zoom(zoom) * 10.0).round() / 10.0;
        self.save_prefs();
    }
}
