//! Form rows for a town's membership of a federation of municipalities (Verbandsgemeinde,
//! Amt, Samtgemeinde, …) and for services its district runs; only the forms the chosen
//! state's municipal code has are offered.

use crate::model::{FederalState, Federation, FederationKind};
use crate::text::Lang;
use crate::tr;

/// What the form holds until the profile is created.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct FederationForm {
    /// The chosen form; `None` for a town that runs its own administration.
    pub kind: Option<FederationKind>,
    /// The federation's name as typed (optional).
    pub name: String,
    /// Whether the district runs services the questionnaire asks about.
    pub district_services: bool,
}

impl FederationForm {
    /// Shows the rows inside a two-column grid: form of federation and its name.
    pub(crate) fn grid_rows(&mut self, ui: &mut egui::Ui, state: FederalState, lang: Lang) {
        if self.kind.is_some_and(|kind| !kind.exists_in(state)) {
            self.kind = None;
        }
        let none = tr!(lang, "federation-none-own-administration");
        let label = ui.label(tr!(lang, "federation-administered-by"));
        egui::ComboBox::from_id_salt("federation")
            .selected_text(self.kind.map_or(none, |kind| kind.name(lang)))
            .width(240.0)
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut self.kind, None, none);
                for kind in FederationKind::for_state(state) {
                    ui.selectable_value(&mut self.kind, Some(kind), kind.name(lang));
                }
            })
            .response
            .labelled_by(label.id);
        ui.end_row();

        if self.kind.is_some() {
            let label = ui.label(tr!(lang, "federation-name-of-federation"));
            ui.add(
                egui::TextEdit::singleline(&mut self.name)
                    .hint_text(tr!(lang, "federation-e-g-verbandsgemeinde-lindenhagen")),
            )
            .labelled_by(label.id);
            ui.end_row();
        }
    }

    /// Shows the checkbox for district services, below the grid (its text wraps).
    pub(crate) fn district_ui(&mut self, ui: &mut egui::Ui, lang: Lang) {
        ui.checkbox(
            &mut self.district_services,
            tr!(lang, "federation-district-runs-services-for"),
        )
        .on_hover_text(tr!(lang, "federation-then-help-says-per"));
    }

    /// The membership for the profile, if a form was chosen.
    pub fn federation(&self) -> Option<Federation> {
        self.kind.map(|kind| Federation {
            kind,
            name: self.name.trim().to_string(),
        })
    }
}
