//! The toolbar at the top of the window: files, screens, workshop, projector mode, the
//! view menu (theme, language, zoom) and the help button.

use super::a11y::AccessibleResponse;
use super::command::{Action, Command};
use super::screen::Screen;
use crate::text::Lang;
use crate::tr;
use crate::ui::prefs::ThemeChoice;

/// How far the toolbar folds to fit one row.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Fold {
    /// Every action as its own button, after the title.
    Full,
    /// Without the title and the "?" button (F1 and the help menu remain).
    NoTitle,
    /// As `NoTitle`, with open, save as and the exports in a "Datei" menu.
    FileMenu,
    /// As `FileMenu`, in small text with narrow padding (a projector-mode window
    /// narrower than 1920 px).
    SmallText,
}

/// What the toolbar shows; it changes nothing itself and returns commands.
#[derive(Debug, Clone)]
pub(crate) struct Toolbar {
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
    /// Whether the open assessment has a staff survey (its screen gets a toolbar button;
    /// without one, the view menu leads there).
    pub has_survey: bool,
}

impl Toolbar {
    /// Draws the toolbar on one row; `trailing` adds the last items of the row (the help
    /// menu, labelled `trailing_label`) and returns true when it wants the keyboard help
    /// shown. Where the full row would not fit (projector mode, workshop mode on a small
    /// screen) the title and the "?" button go first, then the file actions fold into a
    /// "Datei" menu, then the labels get small. Returns the commands its buttons
    /// triggered.
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        trailing_label: &str,
        trailing: &mut dyn FnMut(&mut egui::Ui) -> bool,
    ) -> Vec<Command> {
        let lang = self.lang;
        let mut commands = Vec::new();
        let fold = self.fold(ui, trailing_label);
        ui.add_space(4.0);
        ui.horizontal_wrapped(|ui| {
            if fold == Fold::SmallText {
                ui.style_mut().override_text_style = Some(egui::TextStyle::Small);
                ui.spacing_mut().button_padding.x = 6.0;
                ui.spacing_mut().item_spacing.x = 6.0;
            }
            if fold == Fold::Full {
                ui.label(egui::RichText::new("Reifegrad").text_style(egui::TextStyle::Heading));
                ui.separator();
            }
            if ui.button(Action::GoHome.label(lang)).clicked() {
                commands.push(Command::Action(Action::GoHome));
            }
            if fold < Fold::FileMenu {
                for command in self.file_commands() {
                    let enabled = self.enabled(&command);
                    if ui
                        .add_enabled(enabled, egui::Button::new(command.label(lang)))
                        .on_hover_text(command.tooltip(lang))
                        .clicked()
                    {
                        commands.push(Command::Action(command));
                    }
                }
            } else {
                self.file_menu(ui, &mut commands);
            }
            if self.has_session {
                ui.separator();
                let mut workshop = self.workshop_mode;
                if ui
                    .toggle_value(&mut workshop, Action::ToggleWorkshop.label(lang))
                    .on_hover_text(tr!(lang, "toolbar-record-several-participants-votes"))
                    .changed()
                {
                    commands.push(Command::Action(Action::ToggleWorkshop));
                }
                for (command, screen) in self.screens() {
                    if ui
                        .add(egui::Button::selectable(
                            self.screen == screen,
                            command.label(lang),
                        ))
                        .clicked()
                    {
                        commands.push(Command::Action(command));
                    }
                }
            }
            ui.separator();
            let mut projector = self.projector;
            if ui
                .toggle_value(&mut projector, Action::ToggleProjector.label(lang))
                .on_hover_text(tr!(lang, "toolbar-large-text-and-strong"))
                .changed()
            {
                commands.push(Command::Action(Action::ToggleProjector));
            }
            self.view_menu(ui, &mut commands);
            if fold == Fold::Full
                && ui
                    .button("?")
                    .on_hover_text(Action::ToggleHelp.tooltip(lang))
                    .named(Action::ToggleHelp.label(lang))
                    .clicked()
            {
                commands.push(Command::Action(Action::ToggleHelp));
            }
            if trailing(ui) {
                commands.push(Command::Action(Action::ToggleHelp));
            }
        });
        ui.add_space(2.0);
        commands
    }

    /// The file actions shown as buttons: open, save as, export PDF.
    fn file_commands(&self) -> [Action; 3] {
        [Action::Open, Action::SaveAs, Action::ExportPdf]
    }

    /// Whether a file action can be used now.
    fn enabled(&self, action: &Action) -> bool {
        match action {
            Action::SaveAs | Action::ExportSheets => self.has_session,
            Action::ExportPdf => self.has_session && !self.pdf_running,
            _ => true,
        }
    }

    /// The screen buttons shown with an open assessment.
    fn screens(&self) -> Vec<(Action, Screen)> {
        let mut screens = vec![
            (Action::ShowQuestions, Screen::Questions),
            (Action::ShowResults, Screen::Results),
            (Action::ShowPlan, Screen::Plan),
        ];
        if self.has_survey || self.screen == Screen::Survey {
            screens.push((Action::ShowSurvey, Screen::Survey));
        }
        if self.workshop_mode {
            screens.push((Action::ShowDiscussion, Screen::Discussion));
        }
        screens
    }

    /// The "Datei" menu holding the file actions with their shortcuts.
    fn file_menu(&self, ui: &mut egui::Ui, commands: &mut Vec<Command>) {
        let lang = self.lang;
        ui.menu_button(tr!(lang, "toolbar-file"), |ui| {
            // The spreadsheet export is a menu entry only (as a button it would fold the
            // toolbar at 1366 px); the results view has it beside the PDF.
            for command in self
                .file_commands()
                .into_iter()
                .chain([Action::ExportSheets])
            {
                let enabled = self.enabled(&command);
                if ui
                    .add_enabled(
                        enabled,
                        egui::Button::new(command.label(lang))
                            .shortcut_text(command.shortcut_text(lang).unwrap_or_default()),
                    )
                    .clicked()
                {
                    commands.push(Command::Action(command));
                }
            }
        });
    }

    /// How far the toolbar must fold to fit on one row of `ui`'s width, from the widths
    /// its labels take in the current text style.
    fn fold(&self, ui: &egui::Ui, trailing_label: &str) -> Fold {
        let lang = self.lang;
        let spacing = ui.spacing().item_spacing.x;
        let padding = 2.0 * ui.spacing().button_padding.x;
        let text_width = |text: &str, style: egui::TextStyle| {
            egui::WidgetText::from(text)
                .into_galley(ui, Some(egui::TextWrapMode::Extend), f32::INFINITY, style)
                .size()
                .x
        };
        // A separator is 6 px plus its spacing on both sides.
        let separator = 6.0 + spacing;
        let button = |text: &str| text_width(text, egui::TextStyle::Button) + padding + spacing;
        let title = text_width("Reifegrad", egui::TextStyle::Heading) + spacing + separator;
        // The items always shown.
        let mut common = button(&Action::GoHome.label(lang))
            + separator
            + button(&Action::ToggleProjector.label(lang))
            + button(tr!(lang, "toolbar-view"))
            + button(trailing_label);
        if self.has_session {
            common += separator + button(&Action::ToggleWorkshop.label(lang));
            common += self
                .screens()
                .iter()
                .map(|(command, _)| button(&command.label(lang)))
                .sum::<f32>();
        }
        let files: f32 = self
            .file_commands()
            .iter()
            .map(|command| button(&command.label(lang)))
            .sum();
        let file_menu = button(tr!(lang, "toolbar-file"));
        let help = button("?");
        // Leave a margin for rounding and the panel's frame.
        let available = ui.available_width() - 8.0;
        if title + common + files + help <= available {
            Fold::Full
        } else if common + files <= available {
            Fold::NoTitle
        } else if common + file_menu <= available {
            Fold::FileMenu
        } else {
            Fold::SmallText
        }
    }

    fn view_menu(&self, ui: &mut egui::Ui, commands: &mut Vec<Command>) {
        let lang = self.lang;
        let mut theme = self.theme;
        let mut chosen_lang = lang;
        ui.menu_button(tr!(lang, "toolbar-view"), |ui| {
            if self.has_session {
                if ui.button(tr!(lang, "survey-ui-menu")).clicked() {
                    commands.push(Command::Action(Action::ShowSurvey));
                }
                ui.separator();
            }
            ui.label(egui::RichText::new(tr!(lang, "colour-theme")).strong());
            for choice in [
                ThemeChoice::Light,
                ThemeChoice::Dark,
                ThemeChoice::HighContrast,
            ] {
                ui.radio_value(&mut theme, choice, theme_name(choice, lang));
            }
            ui.separator();
            ui.label(egui::RichText::new(tr!(lang, "language")).strong());
            for option in Lang::ALL {
                ui.radio_value(&mut chosen_lang, option, option.native_name());
            }
            ui.separator();
            ui.label(format!(
                "{} {:.0} %",
                tr!(lang, "toolbar-zoom"),
                self.zoom * 100.0
            ));
            for command in [
                Action::ZoomIn,
                Action::ZoomOut,
                Action::ZoomReset,
                Action::ToggleFullscreen,
            ] {
                if ui
                    .add(
                        egui::Button::new(command.label(lang))
                            .shortcut_text(command.shortcut_text(lang).unwrap_or_default()),
                    )
                    .clicked()
                {
                    commands.push(Command::Action(command));
                }
            }
            ui.separator();
            let mut builtin = self.builtin_dialog;
            if ui
                .checkbox(&mut builtin, Action::ToggleBuiltinDialog.label(lang))
                .on_hover_text(tr!(lang, "toolbar-show-reifegrad-s-own"))
                .changed()
            {
                commands.push(Command::Action(Action::ToggleBuiltinDialog));
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
pub(crate) fn theme_name(theme: ThemeChoice, lang: Lang) -> &'static str {
    match theme {
        ThemeChoice::Light => tr!(lang, "toolbar-light"),
        ThemeChoice::Dark => tr!(lang, "toolbar-dark"),
        ThemeChoice::HighContrast => tr!(lang, "toolbar-high-contrast"),
    }
}
