//! The file dialogs: native where it can be shown, the built-in one otherwise,
//! and what happens with the chosen path.

use super::*;
use crate::tr;

impl ReifegradApp {
    pub(super) fn request_dialog(&mut self, request: DialogRequest) {
        if self.pending_dialog.is_some() || self.file_dialog.is_some() {
            return;
        }
        let folder = self.dialog_start_folder();
        let lang = self.prefs.lang;
        if self.uses_builtin_dialog() {
            self.file_dialog = Some(InAppDialog::new(request, folder));
            return;
        }
        if self.env.background_dialogs {
            let (sender, receiver) = channel();
            let dialogs = self.env.dialogs.clone();
            let spawned = std::thread::Builder::new()
                .name("file-dialog".into())
                .spawn(move || {
                    let picked = dialogs.pick_in(&request, &folder, lang);
                    // The receiver is gone only when the app was closed meanwhile.
                    let _ = sender.send((request, picked));
                });
            match spawned {
                Ok(_) => self.pending_dialog = Some(receiver),
                Err(error) => self.notify_error(error.to_string()),
            }
        } else {
            let picked = self.env.dialogs.pick_in(&request, &folder, lang);
            self.dialog_finished(request, picked);
        }
    }

    pub(super) fn poll_dialog(&mut self) {
        let Some(receiver) = &self.pending_dialog else {
            return;
        };
        match receiver.try_recv() {
            Ok((request, picked)) => {
                self.pending_dialog = None;
                self.dialog_finished(request, picked);
            }
            Err(std::sync::mpsc::TryRecvError::Empty) => {}
            Err(std::sync::mpsc::TryRecvError::Disconnected) => {
                self.pending_dialog = None;
                let text = tr!(
                    self.lang(),
                    "app-dialog-flow-file-dialog-stopped-unexpectedly"
                );
                self.notify_error(text.into());
            }
        }
    }

    pub(super) fn dialog_finished(&mut self, request: DialogRequest, picked: Pick) {
        match picked {
            Pick::Chosen(path) => self.dialog_done(request, path),
            Pick::Cancelled => {}
            Pick::Unavailable => {
                self.native_unavailable = true;
                let text = tr!(self.lang(), "app-dialog-flow-system-s-file-dialog");
                self.notify_info(text.into());
                let folder = self.dialog_start_folder();
                self.file_dialog = Some(InAppDialog::new(request, folder));
            }
        }
    }

    /// Shows the built-in file dialog while it is open and acts on the user's choice.
    pub(super) fn file_dialog_ui(&mut self, ctx: &egui::Context) {
        let lang = self.lang();
        let Some(dialog) = &mut self.file_dialog else {
            return;
        };
        let modal = super::super::a11y::named_modal("file-dialog", dialog.request.title(lang))
            .show(ctx, |ui| dialog.ui(ui, lang));
        let should_close = modal.should_close();
        let outcome = match modal.inner {
            Some(outcome) => outcome,
            None if should_close => DialogOutcome::Cancelled,
            None => return,
        };
        let Some(dialog) = self.file_dialog.take() else {
            return;
        };
        if let DialogOutcome::Chosen(path) = outcome {
            self.dialog_done(dialog.request, path);
        }
    }

    pub(super) fn dialog_done(&mut self, request: DialogRequest, path: PathBuf) {
        if let Some(folder) = path.parent().filter(|f| f.is_absolute())
            && self.prefs.last_folder.as_deref() != Some(folder)
        {
            self.prefs.last_folder = Some(folder.to_path_buf());
            self.save_prefs();
        }
        match request {
            DialogRequest::OpenAssessment => self.open_file(&path),
            DialogRequest::SaveAssessment(_) => self.save_as(path),
            DialogRequest::OpenBenchmark => self.load_benchmark_file(&path),
            DialogRequest::OpenEarlier => self.link_earlier(&path),
            DialogRequest::SaveContribution(_) => {
                self.export_contribution(with_default_extension(path, "ron"))
            }
            DialogRequest::SavePdf(_) => self.start_pdf_export(with_default_extension(path, "pdf")),
            DialogRequest::SaveSheets(_, options) => {
                self.export_sheets(&with_default_extension(path, "ods"), options)
            }
        }
    }
}
