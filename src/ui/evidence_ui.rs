//! Evidence for the current answer (list, add, edit, remove) and the parts of a question's
//! help that come from the questionnaire's sources and federation hints.
//!
//! Evidence locations are shown as plain text: the app never opens, fetches or uploads them.

use super::command::{Command, Edit};
use crate::model::{Date, Evidence, Profile, Question};
use crate::present::rules::rating_rule;
use crate::session::Session;
use crate::text::Lang;
use crate::tr;

/// The form for one evidence entry and which entry it edits.
#[derive(Debug, Default)]
pub(crate) struct EvidenceView {
    /// The question whose evidence is shown; the form resets when it changes.
    question: Option<String>,
    /// Index of the entry being edited; `None` while a new one is typed.
    editing: Option<usize>,
    /// „Was“ as typed.
    what: String,
    /// „Wo“ as typed.
    location: String,
    /// The date as typed (German or ISO notation, may be empty).
    date: String,
    /// Why the form cannot be taken over yet.
    error: Option<String>,
}

impl EvidenceView {
    /// Shows the evidence of `question_id` with a form to add or change an entry; a change
    /// comes back as [`Command::Edit(Edit::SetEvidence)`].
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        session: &Session,
        question_id: &str,
        lang: Lang,
    ) -> Option<Command> {
        if self.question.as_deref() != Some(question_id) {
            *self = Self {
                question: Some(question_id.to_string()),
                ..Self::default()
            };
        }
        let entries = session.assessment.evidence(question_id).to_vec();
        ui.label(egui::RichText::new(tr!(lang, "evidence")).strong());
        if entries.is_empty() {
            ui.weak(tr!(lang, "evidence-no-evidence-yet-locations"));
        }
        let mut remove = None;
        for (index, entry) in entries.iter().enumerate() {
            ui.horizontal_wrapped(|ui| {
                ui.label(format!("{}. {}", index + 1, entry.line(lang)));
                let edit_label = format!("{} {}", tr!(lang, "evidence-edit-evidence"), index + 1);
                if ui.small_button(edit_label).clicked() {
                    self.editing = Some(index);
                    self.what = entry.what.clone();
                    self.location = entry.location.clone();
                    self.date = entry.date.map(|d| d.german()).unwrap_or_default();
                    self.error = None;
                }
                let remove_label =
                    format!("{} {}", tr!(lang, "evidence-remove-evidence"), index + 1);
                if ui.small_button(remove_label).clicked() {
                    remove = Some(index);
                }
            });
        }
        if let Some(index) = remove {
            let mut list = entries.clone();
            list.remove(index);
            self.clear_form();
            return Some(Command::Edit(Edit::SetEvidence(
                question_id.to_string(),
                list,
            )));
        }
        self.form_ui(ui, question_id, &entries, lang)
    }

    fn form_ui(
        &mut self,
        ui: &mut egui::Ui,
        question_id: &str,
        entries: &[Evidence],
        lang: Lang,
    ) -> Option<Command> {
        let mut submit = false;
        let mut enter = false;
        egui::Grid::new(("evidence-form", question_id))
            .num_columns(2)
            .spacing([8.0, 4.0])
            .show(ui, |ui| {
                let fields = [
                    (
                        tr!(lang, "evidence-evidence-what"),
                        &mut self.what,
                        tr!(lang, "evidence-e-g-council-decision"),
                    ),
                    (
                        tr!(lang, "evidence-location-path-or-web"),
                        &mut self.location,
                        tr!(lang, "evidence-e-g-council-information"),
                    ),
                    (
                        tr!(lang, "evidence-date-dd-mm-yyyy"),
                        &mut self.date,
                        "03.02.2025",
                    ),
                ];
                for (label, text, hint) in fields {
                    let label = ui.label(label);
                    let response = ui
                        .add(
                            egui::TextEdit::singleline(text)
                                .hint_text(hint)
                                .desired_width(360.0),
                        )
                        .labelled_by(label.id);
                    if response.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter)) {
                        enter = true;
                    }
                    ui.end_row();
                }
            });
        if let Some(error) = &self.error {
            ui.colored_label(ui.visuals().error_fg_color, error);
        }
        ui.horizontal(|ui| {
            let label = if self.editing.is_some() {
                tr!(lang, "evidence-apply-change")
            } else {
                tr!(lang, "evidence-add-evidence")
            };
            if ui.button(label).clicked() {
                submit = true;
            }
            if self.editing.is_some() && ui.button(tr!(lang, "cancel")).clicked() {
                self.clear_form();
            }
        });
        let form_empty = self.editing.is_none()
            && [&self.what, &self.location, &self.date]
                .iter()
                .all(|text| text.trim().is_empty());
        // Enter in an empty form just leaves the field; the button explains what is missing.
        if submit || (enter && !form_empty) {
            match self.entry(lang) {
                Ok(entry) => {
                    let mut list = entries.to_vec();
                    match self.editing {
                        Some(index) if index < list.len() => list[index] = entry,
                        _ => list.push(entry),
                    }
                    self.clear_form();
                    return Some(Command::Edit(Edit::SetEvidence(
                        question_id.to_string(),
                        list,
                    )));
                }
                Err(message) => self.error = Some(message),
            }
        }
        None
    }

    /// The form as an entry, or why it is not one yet.
    fn entry(&self, lang: Lang) -> Result<Evidence, String> {
        let date = match self.date.trim() {
            "" => None,
            typed => Some(
                Date::parse_typed(typed)
                    .map_err(|_| tr!(lang, "evidence-please-enter-date-as").to_string())?,
            ),
        };
        let entry = Evidence {
            what: self.what.trim().to_string(),
            location: self.location.trim().to_string(),
            date,
        };
        match entry.problem() {
            None => Ok(entry),
            Some(_) if entry.what.is_empty() => {
                Err(tr!(lang, "evidence-please-say-what-evidence").to_string())
            }
            Some(problem) => Err(problem.text(lang)),
        }
    }

    fn clear_form(&mut self) {
        self.editing = None;
        self.what.clear();
        self.location.clear();
        self.date.clear();
        self.error = None;
    }
}

/// The questionnaire's additions to a question's help: the rating rule, the federation hint
/// (when the profile says the town belongs to a federation or its district runs services)
/// and the sources, each as plain text.
pub fn help_extras(ui: &mut egui::Ui, question: &Question, profile: &Profile, lang: Lang) {
    ui.add_space(4.0);
    ui.label(egui::RichText::new(rating_rule(lang)).italics());
    if let Some(hint) = &question.federation_hint
        && profile.shows_federation_hints()
    {
        ui.add_space(4.0);
        let heading = match &profile.federation {
            Some(federation) => format!(
                "{} ({})",
                tr!(lang, "evidence-note-for-your-federation"),
                if federation.name.trim().is_empty() {
                    federation.kind.name(lang)
                } else {
                    federation.name.trim()
                }
            ),
            None => tr!(lang, "evidence-note-services-of-district").to_string(),
        };
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.label(egui::RichText::new(heading).strong());
            ui.label(hint.get(lang));
        });
    }
    if !question.sources.is_empty() {
        ui.add_space(4.0);
        ui.label(egui::RichText::new(tr!(lang, "evidence-sources")).strong());
        for source in &question.sources {
            ui.label(format!(
                "• {} – {}",
                source.title.get(lang),
                source.reference
            ));
        }
    }
}
