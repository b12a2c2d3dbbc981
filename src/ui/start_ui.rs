//! The start screen: new assessment, open a file, recent files, the example town and
//! unsaved work from an earlier run.

use super::a11y::AccessibleResponse;
use crate::model::{BodyKind, FederalState, Profile};
use crate::session::Recoverable;
use crate::text::Lang;
use crate::tr;
use std::path::{Path, PathBuf};

/// What the user chose on the start screen.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum StartAction {
    /// Begin a new assessment of this municipality.
    Create(Profile),
    /// Show the open dialog.
    Open,
    /// Open this recently used file.
    OpenRecent(PathBuf),
    /// Try the example town.
    Example,
    /// Continue unsaved work from this recovery file.
    Recover(PathBuf),
    /// Delete this recovery file.
    Discard(PathBuf),
}

/// The start screen's form state.
#[derive(Debug, Clone)]
pub(crate) struct StartView {
    /// Municipality name as typed.
    pub name: String,
    /// Chosen federal state.
    pub state: FederalState,
    /// Chosen kind of body.
    pub kind: BodyKind,
    /// Population as typed.
    pub population: String,
    /// Why the form cannot be submitted yet.
    pub error: Option<String>,
    /// A recovery file waiting for the user to confirm discarding it.
    confirm_discard: Option<PathBuf>,
    /// Membership of a federation of municipalities and district services.
    pub federation: super::federation_ui::FederationForm,
}

impl Default for StartView {
    fn default() -> Self {
        Self {
            name: String::new(),
            state: FederalState::BadenWuerttemberg,
            kind: BodyKind::Gemeinde,
            population: String::new(),
            error: None,
            confirm_discard: None,
            federation: Default::default(),
        }
    }
}

impl StartView {
    /// Shows the start screen; returns what the user chose, if anything.
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        lang: Lang,
        recent: &[PathBuf],
        recoverable: &[Recoverable],
    ) -> Option<StartAction> {
        let mut action = None;
        super::screen::page_scroll(ui, "start").show(ui, |ui| {
            // About 900 px with normal text; wider with projector-size text.
            let readable = 48.0 * ui.text_style_height(&egui::TextStyle::Body);
            ui.set_max_width(readable.min(ui.available_width()));
            ui.add_space(8.0);
            ui.heading(tr!(lang, "start-your-municipality-s-digital"))
                .heading_level(1);
            ui.label(tr!(lang, "start-assess-in-30-60"));
            ui.add_space(12.0);

            if !recoverable.is_empty() {
                if let Some(chosen) = self.recovery_ui(ui, lang, recoverable) {
                    action = Some(chosen);
                }
                ui.add_space(12.0);
            }

            ui.columns(2, |columns| {
                columns[0].group(|ui| {
                    ui.set_width(ui.available_width());
                    if let Some(chosen) = self.form_ui(ui, lang) {
                        action = Some(chosen);
                    }
                });
                columns[1].group(|ui| {
                    ui.set_width(ui.available_width());
                    ui.label(
                        egui::RichText::new(tr!(lang, "start-continue"))
                            .text_style(egui::TextStyle::Heading),
                    );
                    ui.add_space(4.0);
                    if ui
                        .button(super::command::Action::Open.label(lang))
                        .on_hover_text(super::command::Action::Open.tooltip(lang))
                        .clicked()
                    {
                        action = Some(StartAction::Open);
                    }
                    if ui
                        .button(tr!(lang, "start-try-example-town"))
                        .on_hover_text(tr!(lang, "start-opens-filled-in-assessment"))
                        .clicked()
                    {
                        action = Some(StartAction::Example);
                    }
                    ui.add_space(8.0);
                    if !recent.is_empty() {
                        ui.label(egui::RichText::new(tr!(lang, "start-recently-used")).strong());
                        for path in recent {
                            let name = file_label(path);
                            let exists = path.exists();
                            let button = ui
                                .add_enabled(exists, egui::Button::new(name).truncate())
                                .on_hover_text(path.display().to_string())
                                .on_disabled_hover_text(tr!(lang, "start-file-no-longer-exists"));
                            if button.clicked() {
                                action = Some(StartAction::OpenRecent(path.clone()));
                            }
                        }
                    }
                });
            });
        });
        action
    }

    fn recovery_ui(
        &mut self,
        ui: &mut egui::Ui,
        lang: Lang,
        recoverable: &[Recoverable],
    ) -> Option<StartAction> {
        let mut action = None;
        egui::Frame::group(ui.style())
            .stroke(egui::Stroke::new(2.0, ui.visuals().warn_fg_color))
            .show(ui, |ui| {
                ui.set_width(ui.available_width());
                ui.label(
                    egui::RichText::new(tr!(lang, "start-unsaved-work-found"))
                        .text_style(egui::TextStyle::Heading),
                );
                ui.label(tr!(lang, "start-these-assessments-were-never"));
                for item in recoverable {
                    ui.horizontal_wrapped(|ui| {
                        let when = item
                            .modified
                            .map(|m| crate::present::format_ago(m, lang))
                            .unwrap_or_default();
                        ui.label(tr!(
                            lang,
                            "start-recoverable-item",
                            name = item.name.as_str(),
                            count = item.answered,
                            when = when
                        ));
                        if ui.button(tr!(lang, "start-restore")).clicked() {
                            action = Some(StartAction::Recover(item.path.clone()));
                        }
                        if self.confirm_discard.as_ref() == Some(&item.path) {
                            if ui.button(tr!(lang, "start-really-discard")).clicked() {
                                action = Some(StartAction::Discard(item.path.clone()));
                                self.confirm_discard = None;
                            }
                        } else if ui.button(tr!(lang, "start-discard")).clicked() {
                            self.confirm_discard = Some(item.path.clone());
                        }
                    });
                }
            });
        action
    }

    fn form_ui(&mut self, ui: &mut egui::Ui, lang: Lang) -> Option<StartAction> {
        ui.label(
            egui::RichText::new(tr!(lang, "start-new-assessment"))
                .text_style(egui::TextStyle::Heading),
        );
        ui.add_space(4.0);
        // Label above field, so the form fits its column in every language.
        let field_width = ui.available_width().min(420.0);
        let mut enter = false;
        let label = ui.label(tr!(lang, "start-name-of-municipality"));
        let name = ui
            .add(
                egui::TextEdit::singleline(&mut self.name)
                    .hint_text(tr!(lang, "start-e-g-lindenhagen"))
                    .desired_width(field_width),
            )
            .labelled_by(label.id);
        enter |= name.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        ui.add_space(4.0);

        let label = ui.label(tr!(lang, "start-federal-state"));
        egui::ComboBox::from_id_salt("state")
            .selected_text(self.state.name())
            .width(field_width)
            .show_ui(ui, |ui| {
                for state in FederalState::ALL {
                    ui.selectable_value(&mut self.state, state, state.name());
                }
            })
            .response
            .labelled_by(label.id);
        ui.add_space(4.0);

        let label = ui.label(tr!(lang, "start-kind-of-body"));
        egui::ComboBox::from_id_salt("kind")
            .selected_text(self.kind.name(lang))
            .width(field_width)
            .show_ui(ui, |ui| {
                for kind in BodyKind::ALL {
                    ui.selectable_value(&mut self.kind, kind, kind.name(lang));
                }
            })
            .response
            .labelled_by(label.id);
        ui.add_space(4.0);

        let label = ui.label(tr!(lang, "start-population"));
        let population = ui
            .add(
                egui::TextEdit::singleline(&mut self.population)
                    .hint_text(tr!(lang, "start-e-g-14800"))
                    .desired_width(field_width),
            )
            .labelled_by(label.id);
        enter |= population.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        if name.changed() || population.changed() {
            // A message about a field the user has since corrected must not stay.
            self.error = None;
        }
        ui.add_space(4.0);
        let state = self.state;
        egui::Grid::new("federation_grid")
            .num_columns(2)
            .show(ui, |ui| self.federation.grid_rows(ui, state, lang));
        self.federation.district_ui(ui, lang);
        ui.add_space(4.0);
        if let Ok(population) = parse_population(&self.population) {
            ui.label(format!(
                "{}: {}",
                tr!(lang, "start-size-class-for-comparison"),
                crate::model::SizeClass::from_population(population).label(lang)
            ));
        }
        if let Some(error) = &self.error {
            ui.colored_label(ui.visuals().error_fg_color, error);
        }
        ui.add_space(6.0);
        if ui.button(tr!(lang, "start-start-assessment")).clicked() || enter {
            return self.submit(lang);
        }
        None
    }

    /// Checks the form and turns it into a profile.
    pub(crate) fn submit(&mut self, lang: Lang) -> Option<StartAction> {
        let name = self.name.trim();
        if name.is_empty() {
            self.error = Some(tr!(lang, "start-please-enter-name-of").into());
            return None;
        }
        let Ok(population) = parse_population(&self.population) else {
            self.error = Some(tr!(lang, "start-please-enter-population-as").into());
            return None;
        };
        self.error = None;
        Some(StartAction::Create(Profile {
            name: name.to_string(),
            council_name: None,
            state: self.state,
            kind: self.kind,
            population,
            federation: self.federation.federation(),
            district_services: self.federation.district_services,
        }))
    }
}

/// Reads a population typed with or without thousands separators ("14.800", "14 800").
pub(crate) fn parse_population(text: &str) -> Result<u32, std::num::ParseIntError> {
    let digits: String = text
        .chars()
        .filter(|c| !matches!(c, '.' | ' ' | '\u{a0}' | '\'' | ','))
        .collect();
    digits.parse()
}

fn file_label(path: &Path) -> String {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string());
    let folder = path
        .parent()
        .and_then(|p| p.file_name())
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    if folder.is_empty() {
        name
    } else {
        format!("{name}  ({folder})")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn population_accepts_german_separators() {
        assert_eq!(parse_population("14.800"), Ok(14_800));
        assert_eq!(parse_population(" 14 800 "), Ok(14_800));
        assert!(parse_population("viele").is_err());
        assert!(parse_population("").is_err());
    }
}
