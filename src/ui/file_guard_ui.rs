//! What the app shows when the open file is guarded: a banner for a read-only file, a
//! choice when another instance has the file open, and a choice when someone else changed
//! the file on disk. The decisions themselves live in [`crate::session::Session`].

use super::t;
use crate::present::format_ago;
use crate::session::{ReadOnly, Session};
use crate::text::Lang;
use std::path::PathBuf;
use std::time::Instant;

/// What the app has to do after a choice in this view.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum GuardRequest {
    /// Ask for a new file name and save this session's answers there.
    SaveCopy,
    /// Open the file from disk again (the other version); unsaved changes were dropped.
    Reload(PathBuf),
}

/// Starts the session's background autosave (once), which repaints the window after each
/// save so that the status line shows a failed or successful save at once.
pub(crate) fn keep_saving(session: &mut Session, ctx: &egui::Context) {
    if !session.autosave_running() {
        let ctx = ctx.clone();
        session.start_autosave(std::sync::Arc::new(move || ctx.request_repaint()));
    }
}

/// Shows the read-only banner (a top panel, before the central panel) and the open
/// decisions as modal windows; returns what the app must do next.
pub fn show(ui: &mut egui::Ui, session: &mut Session, lang: Lang) -> Option<GuardRequest> {
    let mut request = None;
    if let Some(why) = session.read_only.clone()
        && !matches!(why, ReadOnly::OpenElsewhere(_))
    {
        egui::Panel::top("read-only-banner").show(ui, |ui| {
            ui.add_space(4.0);
            ui.horizontal_wrapped(|ui| {
                let text = match &why {
                    ReadOnly::FileProtected => t(
                        lang,
                        "⚠ Schreibgeschützt: Diese Datei darf nicht geändert werden und wird nicht ersetzt. Ihre Eingaben werden als Wiederherstellungskopie gesichert; mit „Speichern unter …“ legen Sie eine eigene Datei an.",
                        "⚠ Read-only: this file must not be changed and is never replaced. Your input is kept as a recovery copy; use “Save as …” to create a file of your own.",
                    )
                    .to_string(),
                    ReadOnly::Chosen(info) | ReadOnly::OpenElsewhere(info) => format!(
                        "{} {}. {}",
                        t(lang, "⚠ Schreibgeschützt geöffnet – die Datei ist auch geöffnet bei", "⚠ Opened read-only – the file is also open at"),
                        info.describe(),
                        t(lang, "Ihre Eingaben werden als Wiederherstellungskopie gesichert, nicht in diese Datei.", "Your input is kept as a recovery copy, not in this file."),
                    ),
                };
                ui.colored_label(ui.visuals().warn_fg_color, text);
                if ui.button(t(lang, "Kopie speichern unter …", "Save a copy as …")).clicked() {
                    request = Some(GuardRequest::SaveCopy);
                }
                if matches!(why, ReadOnly::Chosen(_))
                    && ui.button(t(lang, "Datei übernehmen", "Take over the file")).clicked()
                {
                    // A failed save is kept in `Session::save_error`, which the status line
                    // shows until a save succeeds: reported there, not twice.
                    let _ = session.take_over(Instant::now());
                }
            });
            ui.add_space(4.0);
        });
    }
    if let Some(ReadOnly::OpenElsewhere(info)) = session.read_only.clone() {
        let modal = egui::Modal::new(egui::Id::unique("open-elsewhere")).show(ui.ctx(), |ui| {
            ui.set_max_width(560.0);
            ui.heading(t(lang, "Diese Bewertung ist bereits geöffnet", "This assessment is already open"));
            ui.add_space(6.0);
            ui.label(format!(
                "{} {}, {} {}.",
                t(lang, "Geöffnet bei", "Open at"),
                info.describe(),
                t(lang, "gesperrt", "locked"),
                format_ago(info.since_time(), lang)
            ));
            ui.label(t(
                lang,
                "Wenn zwei Fenster dieselbe Datei bearbeiten, gehen sonst Antworten verloren. Wie möchten Sie fortfahren?",
                "If two windows edit the same file, answers get lost. How do you want to continue?",
            ));
            ui.add_space(6.0);
            let mut choice = None;
            if ui.button(t(lang, "Schreibgeschützt öffnen", "Open read-only")).clicked() {
                choice = Some(0);
            }
            if ui
                .button(t(lang, "Übernehmen (das andere Fenster speichert nicht mehr unbemerkt hinein)", "Take over (the other window can no longer save into it unnoticed)"))
                .clicked()
            {
                choice = Some(1);
            }
            if ui.button(t(lang, "Als Kopie an anderem Ort speichern …", "Save a copy elsewhere …")).clicked() {
                choice = Some(2);
            }
            choice
        });
        match modal.inner {
            Some(0) => session.keep_read_only(),
            Some(1) => {
                // A failed save shows in the status line (`Session::save_error`).
                let _ = session.take_over(Instant::now());
            }
            Some(2) => {
                session.keep_read_only();
                request = Some(GuardRequest::SaveCopy);
            }
            _ if modal.should_close() => session.keep_read_only(),
            _ => {}
        }
    }
    if let Some(conflict) = session.conflict() {
        let modal = egui::Modal::new(egui::Id::unique("changed-on-disk")).show(ui.ctx(), |ui| {
            ui.set_max_width(560.0);
            ui.heading(t(lang, "Die Datei wurde von jemand anderem geändert", "The file was changed by someone else"));
            ui.add_space(6.0);
            ui.label(crate::files::display_path(&conflict.path));
            ui.label(t(
                lang,
                "Seit Reifegrad sie zuletzt gelesen oder gespeichert hat, hat ein anderes Fenster oder ein anderer Rechner die Datei geändert. Ihre Antworten sind noch nicht darin gespeichert. Was soll geschehen?",
                "Since Reifegrad last read or saved it, another window or computer changed the file. Your answers are not saved in it yet. What should happen?",
            ));
            ui.add_space(6.0);
            let mut choice = None;
            if ui.button(t(lang, "Deren Fassung laden (meine ungespeicherten Änderungen verwerfen)", "Load their version (drop my unsaved changes)")).clicked() {
                choice = Some(0);
            }
            if ui.button(t(lang, "Meine behalten und die Datei überschreiben", "Keep mine and overwrite the file")).clicked() {
                choice = Some(1);
            }
            if ui.button(t(lang, "Meine als Kopie speichern …", "Save mine as a copy …")).clicked() {
                choice = Some(2);
            }
            choice
        });
        match modal.inner {
            Some(0) => {
                session.discard_unsaved();
                request = Some(GuardRequest::Reload(conflict.path));
            }
            Some(1) => {
                // A failed save shows in the status line (`Session::save_error`).
                let _ = session.overwrite_theirs(Instant::now());
            }
            Some(2) => request = Some(GuardRequest::SaveCopy),
            _ => {}
        }
    }
    request
}
