//! The toolbar at the top of the window: files, screens, workshop, projector mode, the
//! view menu (theme, language, zoom) and the help button.

use super::command::Command;
use super::screen::Screen;
use super::t;
use crate::prefs::ThemeChoice;
use crate::text::Lang;

/// What the toolbar shows; it changes nothing itself and returns commands.
#[derive(Debug, Clone)]
pub struct Toolbar {
    /// Interface language.
    pub lang: Lang,
    /// Whether an assessment is open.
    pub has_session: bool,
    /// Whether a PDF export is running.
    pub pdf_running: bool,
    /// Whether workshop mode is on.
    pub workshop_mode: bool,
    /// The screen shown.
    pub screen: Screen,
    /// Whether projector mode is on.
    pub projector: bool,
    /// The colour theme.
    pub theme: ThemeChoice,
    /// The zoom factor.
    pub zoom: f32,
    /// Whether the built-in file dialog is always used.
    pub builtin_dialog: bool,
}

impl Toolbar {
    /// Draws the toolbar; `trailing` adds the last items of the row (the about menu) and
    /// returns true when it wants the keyboard help shown. Returns the commands its
    /// buttons triggered.
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        trailing: &mut dyn FnMut(&mut egui::Ui) -> bool,
    ) -> Vec<Command> {
        let lang = self.lang;
        let mut commands = Vec::new();
        ui.add_space(4.0);
        ui.horizontal_wrapped(|ui| {
            ui.label(egui::RichText::new("Reifegrad").text_style(egui::TextStyle::Heading));
            ui.separator();
            if ui.button(Command::GoHome.label(lang)).clicked() {
                commands.push(Command::GoHome);
            }
            if ui
                .button(Command::Open.label(lang))
                .on_hover_text(Command::Open.tooltip(lang))
                .clicked()
            {
                commands.push(Command::Open);
            }
            let has_session = self.has_session;
            if ui
                .add_enabled(has_session, egui::Button::new(Command::SaveAs.label(lang)))
                .on_hover_text(Command::SaveAs.tooltip(lang))
                .clicked()
            {
                commands.push(Command::SaveAs);
            }
            if ui
                .add_enabled(
                    has_session && !self.pdf_running,
                    egui::Button::new(Command::ExportPdf.label(lang)),
                )
                .on_hover_text(Command::ExportPdf.tooltip(lang))
                .clicked()
            {
                commands.push(Command::ExportPdf);
            }
            if has_session {
                ui.separator();
                let mut workshop = self.workshop_mode;
                if ui
                    .toggle_value(&mut workshop, Command::ToggleWorkshop.label(lang))
                    .on_hover_text(t(
                        lang,
                        "Stimmen mehrerer Teilnehmender erfassen (F2)",
                        "Record several participants' votes (F2)",
                    ))
                    .changed()
                {
                    commands.push(Command::ToggleWorkshop);
                }
                let mut screens = vec![
                    (Command::ShowQuestions, Screen::Questions),
                    (Command::ShowResults, Screen::Results),
                    (Command::ShowPlan, Screen::Plan),
                ];
                if self.workshop_mode {
                    screens.push((Command::ShowDiscussion, Screen::Discussion));
                }
                for (command, screen) in screens {
                    if ui
                        .add(egui::Button::selectable(
                            self.screen == screen,
                            command.label(lang),
                        ))
                        .clicked()
                    {
                        commands.push(command);
                    }
                }
            }
            ui.separator();
            let mut projector = self.projector;
            if ui
                .toggle_value(&mut projector, Command::ToggleProjector.label(lang))
                .on_hover_text(t(
                    lang,
                    "Große Schrift und starker Kontrast für Workshops am Beamer",
                    "Large text and strong contrast for workshops on a projector",
                ))
                .changed()
            {
                commands.push(Command::ToggleProjector);
            }
            self.view_menu(ui, &mut commands);
            if ui
                .button("?")
                .on_hover_text(Command::ToggleHelp.tooltip(lang))
                .clicked()
            {
                commands.push(Command::ToggleHelp);
            }
            if trailing(ui) {
                commands.push(Command::ToggleHelp);
            }
        });
        ui.add_space(2.0);
        commands
    }

    fn view_menu(&self, ui: &mut egui::Ui, commands: &mut Vec<Command>) {
        let lang = self.lang;
        let mut theme = self.theme;
        let mut chosen_lang = lang;
        ui.menu_button(t(lang, "Ansicht", "View"), |ui| {
            ui.label(egui::RichText::new(t(lang, "Farbschema", "Colour theme")).strong());
            for choice in [
                ThemeChoice::Light,
                ThemeChoice::Dark,
                ThemeChoice::HighContrast,
            ] {
                ui.radio_value(&mut theme, choice, theme_name(choice, lang));
            }
            ui.separator();
            ui.label(egui::RichText::new(t(lang, "Sprache", "Language")).strong());
            for option in Lang::ALL {
                ui.radio_value(&mut chosen_lang, option, option.native_name());
            }
            ui.separator();
            ui.label(format!(
                "{} {:.0} %",
                t(lang, "Zoom", "Zoom"),
                self.zoom * 100.0
            ));
            for command in [
                Command::ZoomIn,
                Command::ZoomOut,
                Command::ZoomReset,
                Command::ToggleFullscreen,
            ] {
                if ui
                    .add(
                        egui::Button::new(command.label(lang))
                            .shortcut_text(command.shortcut_text(lang).unwrap_or_default()),
                    )
                    .clicked()
                {
                    commands.push(command);
                }
            }
            ui.separator();
            let mut builtin = self.builtin_dialog;
            if ui
                .checkbox(&mut builtin, Command::ToggleBuiltinDialog.label(lang))
                .on_hover_text(t(
                    lang,
                    "Statt des Dateidialogs des Betriebssystems den Dialog von Reifegrad zeigen",
                    "Show Reifegrad's own dialog instead of the operating system's",
                ))
                .changed()
            {
                commands.push(Command::ToggleBuiltinDialog);
            }
        });
        if theme != self.theme {
            commands.push(Command::SetTheme(theme));
        }
        if chosen_lang != lang {
            commands.push(Command::SetLang(chosen_lang));
        }
    }
}

/// A colour theme's name.
pub fn theme_name(theme: ThemeChoice, lang: Lang) -> &'static str {
    match theme {
        ThemeChoice::Light => t(lang, "Hell", "Light"),
        ThemeChoice::Dark => t(lang, "Dunkel", "Dark"),
        ThemeChoice::HighContrast => t(lang, "Hoher Kontrast", "High contrast"),
    }
}
