//! The status line at the bottom of the window: messages, a running PDF export and
//! where and when the assessment was last saved.

use super::a11y::AccessibleResponse;
use super::command::Command;
use crate::present::format_ago;
use crate::session::Session;
use crate::text::Lang;
use crate::tr;
use std::path::Path;
use std::time::Instant;

/// A non-blocking message at the bottom of the window.
#[derive(Debug, Clone)]
pub struct Notice {
    /// The text; file errors carry FILE:LINE:COL lines.
    pub text: String,
    /// Errors stay until closed; information disappears after a while.
    pub is_error: bool,
    /// When it appeared.
    pub shown_at: Instant,
}

/// What the status line shows; it returns commands (closing a message).
pub(crate) struct StatusLine<'a> {
    /// Interface language.
    pub lang: Lang,
    /// The messages.
    pub notices: &'a [Notice],
    /// The target of a running PDF export.
    pub pdf_target: Option<&'a Path>,
    /// The open assessment.
    pub session: Option<&'a Session>,
}

impl StatusLine<'_> {
    /// Draws the status line.
    pub fn ui(&mut self, ui: &mut egui::Ui) -> Vec<Command> {
        let lang = self.lang;
        let mut commands = Vec::new();
        for (i, notice) in self.notices.iter().enumerate() {
            ui.horizontal(|ui| {
                if ui
                    .small_button("×")
                    .on_hover_text(tr!(lang, "command-close-message"))
                    .named(tr!(lang, "command-close-message"))
                    .clicked()
                {
                    commands.push(Command::CloseNotice(i));
                }
                let color = if notice.is_error {
                    ui.visuals().error_fg_color
                } else {
                    ui.visuals().text_color()
                };
                ui.add(egui::Label::new(egui::RichText::new(&notice.text).color(color)).wrap());
            });
        }
        if let Some(path) = self.pdf_target {
            ui.horizontal(|ui| {
                ui.spinner();
                ui.label(format!(
                    "{} {}",
                    tr!(lang, "status-creating-pdf"),
                    path.display()
                ));
            });
        }
        ui.horizontal(|ui| match self.session {
            None => {
                ui.label(tr!(lang, "status-no-assessment-open"));
            }
            Some(session) => save_state_ui(ui, session, lang),
        });
        commands
    }
}

fn save_state_ui(ui: &mut egui::Ui, session: &Session, lang: Lang) {
    if let Some(error) = session.save_error() {
        ui.colored_label(
            ui.visuals().error_fg_color,
            format!("⚠ {} {error}", tr!(lang, "status-not-saved-your-answers")),
        );
    } else if session.is_dirty() {
        ui.label(tr!(lang, "status-saving-changes"));
    } else if let Some(saved) = session.last_saved() {
        let place = match &session.path {
            Some(path) if session.read_only.is_none() => path.display().to_string(),
            _ => tr!(lang, "status-automatic-backup-no-file").to_string(),
        };
        ui.label(format!(
            "✔ {} {} – {place}",
            tr!(lang, "status-saved"),
            format_ago(saved, lang)
        ));
    } else if let Some(path) = &session.path {
        ui.label(path.display().to_string());
    }
}
