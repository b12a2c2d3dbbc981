//! Carrying out commands from the views, the toolbar and the keyboard.

use super::*;
use crate::tr;

impl ReifegradApp {
    /// Carries out a command.
    pub fn execute(&mut self, ctx: &egui::Context, command: Command) {
        let Some(questionnaire) = self.questionnaire.clone() else {
            return;
        };
        let now = Instant::now();
        let current = self
            .questions
            .current_id(&questionnaire)
            .map(str::to_string);
        match command {
            Command::SetLevel(level) => self.answer(current, Response::Level(level.min(4)), now),
            Command::DontKnow => self.answer(current, Response::DontKnow, now),
            Command::NotApplicable => self.answer(current, Response::NotApplicable, now),
            Command::Next => {
                if !self.questions.next(&questionnaire) {
                    self.screen = Screen::Results;
                }
            }
            Command::Previous => self.questions.previous(),
            Command::NextUnanswered => {
                if let Some(session) = &self.session
                    && !self.questions.next_unanswered(&questionnaire, session)
                {
                    self.notify_info(
                        tr!(self.lang(), "app-execute-all-questions-are-answered").into(),
                    );
                }
            }
            Command::ShowResults => {
                if self.session.is_some() {
                    self.screen = Screen::Results;
                }
            }
            Command::ShowQuestions => {
                if self.session.is_some() {
                    self.screen = Screen::Questions;
                }
            }
            Command::ShowPlan => {
                if self.session.is_some() {
                    self.screen = Screen::Plan;
                }
            }
            Command::GoHome => {
                self.flush();
                self.refresh_recoverable();
                self.screen = Screen::Start;
            }
            Command::SaveAs => {
                if let Some(session) = &self.session {
                    let name = suggested_file_name(&session.assessment);
                    self.request_dialog(DialogRequest::SaveAssessment(name));
                }
            }
            Command::Open => self.request_dialog(DialogRequest::OpenAssessment),
            Command::ToggleFullscreen => {
                let fullscreen = ctx.input(|i| i.viewport().fullscreen.unwrap_or(false));
                ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(!fullscreen));
            }
            Command::ZoomIn => self.set_zoom(self.prefs.zoom + 0.1),
            Command::ZoomOut => self.set_zoom(self.prefs.zoom - 0.1),
            Command::ZoomReset => self.set_zoom(1.0),
            Command::ToggleHelp => self.show_help = !self.show_help,
            Command::ToggleProjector => {
                self.prefs.projector = !self.prefs.projector;
                self.save_prefs();
            }
            Command::LoadBenchmark => self.request_dialog(DialogRequest::OpenBenchmark),
            Command::UseBundledBenchmark => {
                self.prefs.benchmark = None;
                self.save_prefs();
                self.use_bundled_benchmark();
            }
            Command::Vote(response) => {
                if let (Some(session), Some(id)) = (&mut self.session, current) {
                    let count = session.assessment.raters.len();
                    if count > 0 {
                        let rater = session.assessment.raters[self.workshop.cursor % count]
                            .id
                            .clone();
                        let result = session.edit(now, |a| a.set_vote(&id, &rater, Some(response)));
                        match result {
                            Ok(()) => self.workshop.cursor = (self.workshop.cursor + 1) % count,
                            Err(error) => self.notify_error(error.text(self.lang())),
                        }
                    }
                }
            }
            Command::AcceptConsensus => {
                if let (Some(session), Some(id)) = (&mut self.session, current) {
                    let probe = session
                        .assessment
                        .clone()
                        .apply_consensus(&id, crate::workshop::Replace::No);
                    match probe {
                        crate::workshop::ConsensusOutcome::NoConsensus => self.notify_info(
                            tr!(self.prefs.lang, "app-execute-no-level-votes-for").into(),
                        ),
                        crate::workshop::ConsensusOutcome::Kept { agreed, consensus } => {
                            self.workshop.confirm_replace =
                                Some(crate::ui::workshop_ui::PendingReplace {
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
            }
            Command::ReplaceWithConsensus => {
                if let (Some(session), Some(pending)) =
                    (&mut self.session, self.workshop.confirm_replace.take())
                {
                    session.edit(now, |a| {
                        a.apply_consensus(&pending.question_id, crate::workshop::Replace::Yes)
                    });
                    self.workshop.cursor = 0;
                }
            }
            Command::KeepAgreed => self.workshop.confirm_replace = None,
            Command::RemoveVote(rater) => {
                if let (Some(session), Some(id)) = (&mut self.session, current)
                    && let Err(error) = session.edit(now, |a| a.set_vote(&id, &rater, None))
                {
                    self.notify_error(error.text(self.lang()));
                }
            }
            Command::UndoVote => {
                if let (Some(session), Some(id)) = (&mut self.session, current) {
                    let count = session.assessment.raters.len();
                    if count > 0 {
                        let previous = (self.workshop.cursor + count - 1) % count;
                        let rater = session.assessment.raters[previous].id.clone();
                        if session.assessment.vote(&id, &rater).is_some() {
                            // Clearing a vote that exists cannot fail (the rater is known,
                            // no level is given).
                            let _ = session.edit(now, |a| a.set_vote(&id, &rater, None));
                        }
                        self.workshop.cursor = previous;
                    }
                }
            }
            Command::ToggleWorkshop => {
                if self.session.is_some() {
                    self.workshop_mode = !self.workshop_mode;
                }
            }
            Command::LinkEarlier => self.request_dialog(DialogRequest::OpenEarlier),
            Command::ShowDiscussion => {
                if self.session.is_some() {
                    self.workshop_mode = true;
                    self.screen = Screen::Discussion;
                }
            }
            Command::ExportPdf => {
                if let Some(session) = &self.session {
                    let name = suggested_pdf_name(&session.assessment);
                    self.request_dialog(DialogRequest::SavePdf(name));
                }
            }
            Command::ExportContribution => {
                if let Some(session) = &self.session {
                    let name = suggested_contribution_name(&session.assessment);
                    self.request_dialog(DialogRequest::SaveContribution(name));
                }
            }
            Command::ClearAnswer => {
                if let (Some(session), Some(id)) = (&mut self.session, current) {
                    session.set_response(&id, None, now);
                }
            }
            Command::SetComment(text) => {
                if let (Some(session), Some(id)) = (&mut self.session, current) {
                    session.set_comment(&id, text, now);
                }
            }
            Command::SetEvidence(question, list) => {
                if let Some(session) = &mut self.session {
                    session.edit(now, |a| a.set_evidence(&question, list));
                }
            }
            Command::SetPlan(plan) => {
                if let Some(session) = &mut self.session {
                    session.edit(now, |a| a.plan = *plan);
                }
            }
            Command::AddRater(name) => {
                let name = name.trim().to_string();
                if let Some(session) = &mut self.session
                    && !name.is_empty()
                {
                    session.edit(now, |a| {
                        a.add_rater(&name);
                    });
                }
            }
            Command::RemoveRater(id) => {
                if let Some(session) = &mut self.session
                    && let Err(error) = session.edit(now, |a| a.remove_rater(&id))
                {
                    self.notify_error(error.text(self.lang()));
                }
            }
            Command::GoToQuestion(index) => {
                if self.session.is_some() {
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
            Command::ToggleBuiltinDialog => {
                self.prefs.builtin_file_dialog = !self.prefs.builtin_file_dialog;
                self.save_prefs();
            }
            Command::CloseNotice(index) => {
                if index < self.notices.len() {
                    self.notices.remove(index);
                }
            }
        }
    }

    pub(super) fn answer(&mut self, question: Option<String>, response: Response, now: Instant) {
        if self.screen != Screen::Questions {
            return;
        }
        if let (Some(session), Some(id)) = (&mut self.session, question) {
            session.set_response(&id, Some(response), now);
        }
    }

    pub(super) fn set_zoom(&mut self, zoom: f32) {
        self.prefs.zoom = (clamp_zoom(zoom) * 10.0).round() / 10.0;
        self.save_prefs();
    }
}
