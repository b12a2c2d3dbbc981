//! The built-in file dialog: folders and files of the wanted kind, a file name field,
//! a new folder, the overwrite question. Shown when the operating system's dialog cannot
//! be, or when the user prefers it.

use super::a11y::AccessibleResponse;
use super::dialogs::DialogRequest;
use super::file_picker::{Entry, PickError, PickMode, create_folder, list_folder, resolve};
use crate::text::Lang;
use crate::tr;
use std::path::{Path, PathBuf};

/// What the user did in the dialog this frame.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DialogOutcome {
    /// The file chosen (checked: it exists for opening; replacing was confirmed).
    Chosen(PathBuf),
    /// The dialog was closed without a choice.
    Cancelled,
}

/// State of the built-in file dialog.
#[derive(Debug)]
pub struct InAppDialog {
    /// What the dialog is for.
    pub request: DialogRequest,
    folder: PathBuf,
    entries: Result<Vec<Entry>, PickError>,
    /// The file name or path typed.
    name: String,
    /// The name of a folder to create, while that field is open.
    new_folder: Option<String>,
    /// A file that would be replaced, waiting for confirmation.
    confirm_overwrite: Option<PathBuf>,
    /// The last problem, shown in the dialog.
    problem: Option<String>,
    /// The file name field still has to take the keyboard focus (once, on opening).
    focus_name: bool,
}

impl InAppDialog {
    /// Opens the dialog for `request` in `folder`.
    pub fn new(request: DialogRequest, folder: PathBuf) -> Self {
        let name = request.suggested_name().unwrap_or_default().to_string();
        let mut dialog = Self {
            request,
            folder: folder.clone(),
            entries: Ok(Vec::new()),
            name,
            new_folder: None,
            confirm_overwrite: None,
            problem: None,
            focus_name: true,
        };
        dialog.enter(folder);
        dialog
    }

    /// The folder shown.
    pub fn folder(&self) -> &Path {
        &self.folder
    }

    fn enter(&mut self, folder: PathBuf) {
        self.entries = list_folder(&folder, self.request.kind());
        self.folder = folder;
        self.confirm_overwrite = None;
    }

    fn confirm(&mut self, lang: Lang) -> Option<DialogOutcome> {
        let mode = self.request.mode();
        match resolve(&self.folder, &self.name, self.request.kind(), mode) {
            Ok(checked) if checked.overwrites => {
                self.confirm_overwrite = Some(checked.path);
                None
            }
            Ok(checked) => Some(DialogOutcome::Chosen(checked.path)),
            Err(PickError::IsFolder(folder)) => {
                self.enter(folder);
                self.name = self
                    .request
                    .suggested_name()
                    .unwrap_or_default()
                    .to_string();
                None
            }
            Err(error) => {
                self.problem = Some(error.message(lang));
                None
            }
        }
    }

    /// Draws the dialog's content; returns what the user decided, if anything.
    pub fn ui(&mut self, ui: &mut egui::Ui, lang: Lang) -> Option<DialogOutcome> {
        let mut outcome = None;
        let row_height = ui.text_style_height(&egui::TextStyle::Body);
        let width = (ui.ctx().content_rect().width() * 0.8).clamp(320.0, 52.0 * row_height);
        ui.set_width(width);
        ui.heading(self.request.title(lang)).heading_level(1);
        ui.add_space(4.0);
        self.folder_row(ui, lang);
        ui.add_space(4.0);
        let list_height = (ui.ctx().content_rect().height() * 0.45).max(4.0 * row_height);
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.set_width(ui.available_width());
            egui::ScrollArea::vertical()
                .max_height(list_height)
                .min_scrolled_height(list_height)
                .auto_shrink([false, false])
                .show(ui, |ui| {
                    outcome = self.list_ui(ui, lang);
                });
        });
        ui.add_space(6.0);
        if outcome.is_none() {
            outcome = self.name_row(ui, lang);
        }
        if let Some(problem) = &self.problem {
            ui.colored_label(ui.visuals().error_fg_color, format!("⚠ {problem}"));
        }
        if outcome.is_none() {
            outcome = self.overwrite_ui(ui, lang);
        }
        ui.add_space(6.0);
        ui.horizontal(|ui| {
            let confirm = match self.request.mode() {
                PickMode::Open => tr!(lang, "file-dialog-open"),
                PickMode::Save => tr!(lang, "file-dialog-save"),
            };
            if ui.button(confirm).clicked() && outcome.is_none() {
                outcome = self.confirm(lang);
            }
            if ui.button(tr!(lang, "cancel")).clicked() {
                outcome = Some(DialogOutcome::Cancelled);
            }
        });
        outcome
    }

    fn folder_row(&mut self, ui: &mut egui::Ui, lang: Lang) {
        let mut go_to = None;
        ui.horizontal_wrapped(|ui| {
            if let Some(parent) = self.folder.parent()
                && ui
                    .button(format!("⬆ {}", tr!(lang, "file-dialog-parent-folder")))
                    .clicked()
            {
                go_to = Some(parent.to_path_buf());
            }
            let (documents, home) = super::file_picker::user_folders();
            let shortcut = match (
                documents.filter(|d| d.is_dir()),
                home.filter(|h| h.is_dir()),
            ) {
                (Some(documents), _) => Some((tr!(lang, "file-dialog-documents"), documents)),
                (None, Some(home)) => Some((tr!(lang, "file-dialog-home-folder"), home)),
                (None, None) => None,
            };
            if let Some((label, folder)) = shortcut
                && ui.button(label).clicked()
            {
                go_to = Some(folder);
            }
            if self.new_folder.is_none() && ui.button(tr!(lang, "file-dialog-new-folder")).clicked()
            {
                self.new_folder = Some(String::new());
            }
        });
        ui.add(
            egui::Label::new(
                egui::RichText::new(format!(
                    "{} {}",
                    tr!(lang, "file-dialog-folder"),
                    self.folder.display()
                ))
                .strong(),
            )
            .wrap(),
        );
        if let Some(name) = &mut self.new_folder {
            let mut create = false;
            let mut close = false;
            ui.horizontal(|ui| {
                let label = ui.label(tr!(lang, "file-dialog-new-folder-name"));
                let edit = ui
                    .add(egui::TextEdit::singleline(name).desired_width(220.0))
                    .labelled_by(label.id);
                if !edit.has_focus() && !edit.lost_focus() && name.is_empty() {
                    edit.request_focus();
                }
                create = (edit.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter)))
                    || ui.button(tr!(lang, "file-dialog-create")).clicked();
                close = ui.button(tr!(lang, "cancel")).clicked();
            });
            if create {
                match create_folder(&self.folder, name) {
                    Ok(made) => {
                        self.new_folder = None;
                        self.problem = None;
                        self.enter(made);
                    }
                    Err(error) => self.problem = Some(error.message(lang)),
                }
            } else if close {
                self.new_folder = None;
            }
        }
        if let Some(folder) = go_to {
            self.problem = None;
            self.enter(folder);
        }
    }

    fn list_ui(&mut self, ui: &mut egui::Ui, lang: Lang) -> Option<DialogOutcome> {
        let entries = match &self.entries {
            Ok(entries) => entries.clone(),
            Err(error) => {
                ui.colored_label(ui.visuals().error_fg_color, error.message(lang));
                return None;
            }
        };
        if entries.is_empty() {
            ui.label(tr!(lang, "file-dialog-this-folder-holds-no"));
        }
        let mut outcome = None;
        for entry in entries {
            let text = if entry.is_dir {
                format!("{}/", entry.name)
            } else {
                entry.name.clone()
            };
            let selected = !entry.is_dir && self.name == entry.name;
            let response = ui.add(
                egui::Button::selectable(selected, text)
                    .truncate()
                    .min_size(egui::vec2(ui.available_width(), 0.0)),
            );
            if entry.is_dir && response.clicked() {
                self.problem = None;
                self.enter(entry.path);
                break;
            }
            if !entry.is_dir {
                if response.clicked() {
                    self.name = entry.name.clone();
                    self.problem = None;
                    self.confirm_overwrite = None;
                }
                if response.double_clicked() {
                    self.name = entry.name;
                    outcome = self.confirm(lang);
                    break;
                }
            }
        }
        outcome
    }

    fn name_row(&mut self, ui: &mut egui::Ui, lang: Lang) -> Option<DialogOutcome> {
        let mut outcome = None;
        ui.horizontal(|ui| {
            let label = ui.label(tr!(lang, "file-dialog-file-name"));
            let edit = ui
                .add(
                    egui::TextEdit::singleline(&mut self.name)
                        .desired_width(ui.available_width())
                        .hint_text(tr!(lang, "file-dialog-name-or-full-path")),
                )
                .labelled_by(label.id);
            if std::mem::take(&mut self.focus_name) {
                // The cursor in the name field, the name without its extension selected,
                // so typing replaces it and Enter confirms.
                edit.request_focus();
                let stem = self.name.rfind('.').unwrap_or(self.name.len());
                let stem = self.name[..stem].chars().count();
                let mut state = egui::TextEdit::load_state(ui.ctx(), edit.id).unwrap_or_default();
                state
                    .cursor
                    .set_char_range(Some(egui::text::CCursorRange::two(
                        egui::text::CCursor::new(0),
                        egui::text::CCursor::new(stem),
                    )));
                state.store(ui.ctx(), edit.id);
            }
            if edit.changed() {
                self.problem = None;
                self.confirm_overwrite = None;
            }
            if edit.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter)) {
                outcome = self.confirm(lang);
            }
        });
        outcome
    }

    fn overwrite_ui(&mut self, ui: &mut egui::Ui, lang: Lang) -> Option<DialogOutcome> {
        let path = self.confirm_overwrite.clone()?;
        let mut outcome = None;
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.colored_label(
                ui.visuals().warn_fg_color,
                format!(
                    "{} „{}“ {}",
                    tr!(lang, "file-dialog-file"),
                    path.display(),
                    tr!(lang, "file-dialog-exists-already-replace-it")
                ),
            );
            ui.horizontal(|ui| {
                if ui.button(tr!(lang, "file-dialog-replace")).clicked() {
                    outcome = Some(DialogOutcome::Chosen(path.clone()));
                }
                if ui.button(tr!(lang, "file-dialog-do-not-replace")).clicked() {
                    self.confirm_overwrite = None;
                }
            });
        });
        outcome
    }
}
