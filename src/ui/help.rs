//! The keyboard help (F1): every shortcut from the one command list.

use super::a11y::AccessibleResponse;
use super::command::{Action, Command, HELP_ACTIONS};
use crate::text::Lang;
use crate::tr;

/// The keyboard help overlay.
#[derive(Debug, Clone, Copy)]
pub(crate) struct HelpOverlay {
    /// Interface language.
    pub lang: Lang,
}

impl HelpOverlay {
    /// Shows the overlay; returns [`Command::Action(Action::ToggleHelp)`] when the user closes it.
    pub fn show(&self, ctx: &egui::Context) -> Vec<Command> {
        let lang = self.lang;
        let max_height = ctx.content_rect().height() * 0.9;
        let modal = super::a11y::named_modal("keyboard-help", &Action::ToggleHelp.label(lang))
            .show(ctx, |ui| {
                ui.heading(Action::ToggleHelp.label(lang)).heading_level(1);
                ui.add_space(6.0);
                // Outside the scrolled part: the heading and the close button (with spacing and
                // the modal's margins).
                let reserve = ui.text_style_height(&egui::TextStyle::Heading)
                    + ui.spacing().interact_size.y
                    + 2.0 * ui.text_style_height(&egui::TextStyle::Body)
                    + 48.0;
                egui::ScrollArea::vertical()
                    .max_height((max_height - reserve).max(120.0))
                    .show(ui, |ui| {
                        egui::Grid::new("shortcuts")
                            .num_columns(2)
                            .spacing([24.0, 4.0])
                            .striped(true)
                            .show(ui, |ui| {
                                for command in HELP_ACTIONS {
                                    if let Some(keys) = command.shortcut_text(lang) {
                                        ui.label(egui::RichText::new(keys).strong());
                                        ui.label(command.label(lang));
                                        ui.end_row();
                                    }
                                    if command == Action::AcceptConsensus {
                                        ui.label(
                                            egui::RichText::new(tr!(lang, "help-shift-0-4"))
                                                .strong(),
                                        );
                                        ui.label(tr!(lang, "help-workshop-set-agreed-level"));
                                        ui.end_row();
                                    }
                                }
                            });
                        ui.add_space(6.0);
                        ui.label(tr!(lang, "help-while-you-type-in"));
                        ui.add(egui::Label::new(crate::present::rules::rating_rule(lang)).wrap());
                    });
                ui.add_space(6.0);
                ui.button(tr!(lang, "close")).clicked()
            });
        if modal.inner || modal.should_close() {
            vec![Command::Action(Action::ToggleHelp)]
        } else {
            Vec::new()
        }
    }
}
