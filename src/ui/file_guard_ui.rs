//! What the app shows when the open file is guarded: a banner for a read-only file, a
//! choice when another instance has the file open, and a choice when someone else changed
//! the file on disk. The decisions themselves live in [`crate::session::Session`].

use super::a11y::AccessibleResponse;
use crate::present::format_ago;
use crate::session::{ReadOnly, Session};
use crate::text::Lang;
use crate::tr;
use crate::ui::command::{Command, FileDecision};

/// Starts the session's background autosave (once), which repaints the window after each
/// save so that the status line shows a failed or successful save at once.
pub(crate) fn keep_saving(session: &mut Session, ctx: &egui::Context) {
    if !session.autosave_running() {
        let ctx = ctx.clone();
        session.start_autosave(std::sync::Arc::new(move || ctx.request_repaint()));
    }
}

/// Shows the read-only banner (a top panel, before the central panel) and the open
/// decisions as modal windows; returns the user's decision as a command.
pub fn show(ui: &mut egui::Ui, session: &Session, lang: Lang) -> Option<Command> {
    let mut decision = None;
    if let Some(why) = session.read_only.clone()
        && !matches!(why, ReadOnly::OpenElsewhere(_))
    {
        egui::Panel::top("read-only-banner").show(ui, |ui| {
            ui.add_space(4.0);
            ui.horizontal_wrapped(|ui| {
                let text = match &why {
                    ReadOnly::FileProtected => {
                        tr!(lang, "file-guard-read-only-this-file").to_string()
                    }
                    ReadOnly::Chosen(info) | ReadOnly::OpenElsewhere(info) => format!(
                        "{} {}. {}",
                        tr!(lang, "file-guard-opened-read-only-file"),
                        info.describe(),
                        tr!(lang, "file-guard-your-input-is-kept"),
                    ),
                };
                ui.colored_label(ui.visuals().warn_fg_color, text);
                if ui.button(tr!(lang, "file-guard-save-copy-as")).clicked() {
                    decision = Some(FileDecision::SaveCopy);
                }
                if matches!(why, ReadOnly::Chosen(_))
                    && ui.button(tr!(lang, "file-guard-take-over-file")).clicked()
                {
                    decision = Some(FileDecision::TakeOver);
                }
            });
            ui.add_space(4.0);
        });
    }
    if let Some(ReadOnly::OpenElsewhere(info)) = session.read_only.clone() {
        let title = tr!(lang, "file-guard-this-assessment-is-already");
        let modal = super::a11y::named_modal("open-elsewhere", title).show(ui.ctx(), |ui| {
            ui.set_max_width(560.0);
            ui.heading(title).heading_level(1);
            ui.add_space(6.0);
            ui.label(format!(
                "{} {}, {} {}.",
                tr!(lang, "file-guard-open-at"),
                info.describe(),
                tr!(lang, "file-guard-locked"),
                format_ago(info.since_time(), lang)
            ));
            ui.label(tr!(lang, "file-guard-if-two-windows-edit"));
            ui.add_space(6.0);
            let mut choice = None;
            if ui.button(tr!(lang, "file-guard-open-read-only")).clicked() {
                choice = Some(0);
            }
            if ui
                .button(tr!(lang, "file-guard-take-over-other-window"))
                .clicked()
            {
                choice = Some(1);
            }
            if ui
                .button(tr!(lang, "file-guard-save-copy-elsewhere"))
                .clicked()
            {
                choice = Some(2);
            }
            choice
        });
        decision = match modal.inner {
            Some(0) => Some(FileDecision::KeepReadOnly),
            Some(1) => Some(FileDecision::TakeOver),
            Some(2) => Some(FileDecision::SaveCopy),
            _ if modal.should_close() => Some(FileDecision::KeepReadOnly),
            _ => decision,
        };
    }
    if let Some(conflict) = session.conflict() {
        let title = tr!(lang, "file-guard-file-was-changed-by");
        let modal = super::a11y::named_modal("changed-on-disk", title).show(ui.ctx(), |ui| {
            ui.set_max_width(560.0);
            ui.heading(title).heading_level(1);
            ui.add_space(6.0);
            ui.label(crate::files::display_path(&conflict.path));
            ui.label(tr!(lang, "file-guard-since-reifegrad-last-read"));
            ui.add_space(6.0);
            let mut choice = None;
            if ui
                .button(tr!(lang, "file-guard-load-their-version-drop"))
                .clicked()
            {
                choice = Some(0);
            }
            if ui
                .button(tr!(lang, "file-guard-keep-mine-and-overwrite"))
                .clicked()
            {
                choice = Some(1);
            }
            if ui
                .button(tr!(lang, "file-guard-save-mine-as-copy"))
                .clicked()
            {
                choice = Some(2);
            }
            choice
        });
        decision = match modal.inner {
            Some(0) => Some(FileDecision::LoadTheirs(conflict.path)),
            Some(1) => Some(FileDecision::OverwriteTheirs),
            Some(2) => Some(FileDecision::SaveCopy),
            _ => decision,
        };
    }
    decision.map(Command::File)
}
