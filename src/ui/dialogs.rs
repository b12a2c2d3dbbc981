//! Native file dialogs behind a small trait, so tests can answer them.

use std::path::PathBuf;

/// What a file dialog is asked for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DialogRequest {
    /// Choose an assessment to open.
    OpenAssessment,
    /// Choose where to save the assessment; the suggested file name.
    SaveAssessment(String),
    /// Choose a benchmark file.
    OpenBenchmark,
    /// Choose where to write the anonymised contribution; the suggested file name.
    SaveContribution(String),
    /// Choose where to write the PDF report; the suggested file name.
    SavePdf(String),
    /// Choose an earlier assessment of the same town.
    OpenEarlier,
}

/// Shows file dialogs. Implementations block until the user has chosen; the app runs
/// them on a background thread so the window stays responsive.
pub trait FileDialogs: Send + Sync {
    /// Shows the dialog for `request`; `None` when the user cancelled.
    fn pick(&self, request: &DialogRequest) -> Option<PathBuf>;
}

/// The operating system's dialogs (via rfd; without a desktop portal they return `None`).
#[derive(Debug, Default)]
pub struct NativeDialogs;

impl FileDialogs for NativeDialogs {
    fn pick(&self, request: &DialogRequest) -> Option<PathBuf> {
        if let DialogRequest::SavePdf(name) = request {
            return rfd::FileDialog::new()
                .add_filter("PDF", &["pdf"])
                .set_title("Strategiepapier als PDF speichern")
                .set_file_name(name)
                .save_file();
        }
        let extensions: &[&str] = match request {
            DialogRequest::OpenAssessment
            | DialogRequest::SaveAssessment(_)
            | DialogRequest::OpenEarlier => &["reifegrad", "ron"],
            _ => &["ron"],
        };
        let dialog = rfd::FileDialog::new().add_filter("Reifegrad", extensions);
        match request {
            DialogRequest::OpenAssessment => dialog.set_title("Bewertung öffnen").pick_file(),
            DialogRequest::SaveAssessment(name) => dialog
                .set_title("Bewertung speichern")
                .set_file_name(name)
                .save_file(),
            DialogRequest::OpenBenchmark => dialog.set_title("Vergleichsdatei laden").pick_file(),
            DialogRequest::OpenEarlier => {
                dialog.set_title("Frühere Bewertung verknüpfen").pick_file()
            }
            DialogRequest::SaveContribution(name) => dialog
                .set_title("Anonymen Beitrag speichern")
                .set_file_name(name)
                .save_file(),
            DialogRequest::SavePdf(_) => None,
        }
    }
}
