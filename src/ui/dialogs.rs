//! File dialogs behind a small trait, so tests can answer them or make them unavailable.
//! The operating system's dialog is used where it can be shown; otherwise the app opens
//! its built-in dialog ([`super::file_dialog_ui`]).

use super::file_picker::{FileKind, PickMode};
use crate::text::Lang;
use crate::tr;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

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
    /// Choose where to write the spreadsheet; the suggested file name and what to leave
    /// out.
    SaveSheets(String, crate::sheets::ExportOptions),
    /// Choose an earlier assessment of the same town.
    OpenEarlier,
}

impl DialogRequest {
    /// The dialog's title.
    pub fn title(&self, lang: Lang) -> &'static str {
        match self {
            DialogRequest::OpenAssessment => tr!(lang, "dialogs-open-assessment"),
            DialogRequest::SaveAssessment(_) => {
                tr!(lang, "dialogs-save-assessment-as")
            }
            DialogRequest::OpenBenchmark => {
                tr!(lang, "dialogs-load-comparison-file")
            }
            DialogRequest::SaveContribution(_) => tr!(lang, "dialogs-save-anonymous-contribution"),
            DialogRequest::SavePdf(_) => tr!(lang, "dialogs-save-strategy-outline-as"),
            DialogRequest::SaveSheets(..) => tr!(lang, "export-dialog-title"),
            DialogRequest::OpenEarlier => tr!(lang, "dialogs-link-earlier-assessment"),
        }
    }

    /// Whether an existing file is chosen or a file to write is named.
    pub fn mode(&self) -> PickMode {
        match self {
            DialogRequest::OpenAssessment
            | DialogRequest::OpenBenchmark
            | DialogRequest::OpenEarlier => PickMode::Open,
            DialogRequest::SaveAssessment(_)
            | DialogRequest::SaveContribution(_)
            | DialogRequest::SavePdf(_)
            | DialogRequest::SaveSheets(..) => PickMode::Save,
        }
    }

    /// The kind of file shown.
    pub fn kind(&self) -> FileKind {
        match self {
            DialogRequest::SavePdf(_) => FileKind::Pdf,
            DialogRequest::SaveSheets(..) => FileKind::Sheets,
            DialogRequest::OpenAssessment
            | DialogRequest::SaveAssessment(_)
            | DialogRequest::OpenEarlier => FileKind::Assessment,
            DialogRequest::OpenBenchmark | DialogRequest::SaveContribution(_) => FileKind::Ron,
        }
    }

    /// The suggested file name when saving.
    pub(crate) fn suggested_name(&self) -> Option<&str> {
        match self {
            DialogRequest::SaveAssessment(name)
            | DialogRequest::SaveContribution(name)
            | DialogRequest::SavePdf(name)
            | DialogRequest::SaveSheets(name, _) => Some(name),
            _ => None,
        }
    }
}

/// What became of a dialog.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Pick {
    /// The user chose this file.
    Chosen(PathBuf),
    /// The user closed the dialog without a choice.
    Cancelled,
    /// The dialog could not be shown; the app uses its built-in dialog instead.
    Unavailable,
}

/// Shows file dialogs. Implementations block until the user has chosen; the app runs
/// them on a background thread so the window stays responsive.
pub trait FileDialogs: Send + Sync {
    /// Shows the dialog for `request`; `None` when the user cancelled.
    fn pick(&self, request: &DialogRequest, lang: Lang) -> Option<PathBuf>;

    /// Whether the dialog can be shown at all (checked before asking).
    fn available(&self) -> bool {
        true
    }

    /// Shows the dialog starting in `folder` and says whether it could be shown.
    fn pick_in(&self, request: &DialogRequest, _folder: &Path, lang: Lang) -> Pick {
        match self.pick(request, lang) {
            Some(path) => Pick::Chosen(path),
            None => Pick::Cancelled,
        }
    }
}

/// A native dialog that returns without a choice faster than this was never shown.
const NOT_SHOWN_WITHIN: Duration = Duration::from_millis(250);

/// The operating system's dialogs (via rfd). Without a desktop portal and without
/// zenity they cannot be shown; [`FileDialogs::available`] says so beforehand.
#[derive(Debug, Default)]
pub(crate) struct NativeDialogs;

impl NativeDialogs {
    fn dialog(request: &DialogRequest, folder: Option<&Path>, lang: Lang) -> Option<PathBuf> {
        let mut dialog = rfd::FileDialog::new().set_title(request.title(lang));
        if let Some(folder) = folder {
            dialog = dialog.set_directory(folder);
        }
        dialog = match request.kind() {
            FileKind::Pdf => dialog.add_filter("PDF", &["pdf"]),
            FileKind::Sheets => dialog.add_filter("ODS, XLSX, CSV", &["ods", "xlsx", "csv"]),
            FileKind::Assessment => dialog.add_filter("Reifegrad", &["reifegrad", "ron"]),
            FileKind::Ron => dialog.add_filter("Reifegrad (RON)", &["ron"]),
        };
        if let Some(name) = request.suggested_name() {
            dialog = dialog.set_file_name(name);
        }
        match request.mode() {
            PickMode::Open => dialog.pick_file(),
            PickMode::Save => dialog.save_file(),
        }
    }
}

impl FileDialogs for NativeDialogs {
    fn pick(&self, request: &DialogRequest, lang: Lang) -> Option<PathBuf> {
        Self::dialog(request, None, lang)
    }

    fn available(&self) -> bool {
        native_dialog_available()
    }

    fn pick_in(&self, request: &DialogRequest, folder: &Path, lang: Lang) -> Pick {
        let started = Instant::now();
        match Self::dialog(request, Some(folder), lang) {
            Some(path) => Pick::Chosen(path),
            None if started.elapsed() < NOT_SHOWN_WITHIN => Pick::Unavailable,
            None => Pick::Cancelled,
        }
    }
}

/// Whether the system can show a file dialog: always on Windows and macOS; on Linux and
/// the BSDs only with an xdg-desktop-portal on the session bus or zenity installed.
pub(crate) fn native_dialog_available() -> bool {
    static AVAILABLE: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    *AVAILABLE.get_or_init(|| {
        if cfg!(any(target_os = "windows", target_os = "macos")) {
            return true;
        }
        let path = std::env::var_os("PATH").unwrap_or_default();
        let dirs: Vec<PathBuf> = std::env::split_paths(&path).collect();
        let session_bus = std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some()
            || std::env::var_os("XDG_RUNTIME_DIR")
                .is_some_and(|dir| Path::new(&dir).join("bus").exists());
        has_dialog_tool(&dirs, session_bus, &portal_places())
    })
}

/// Where an installed xdg-desktop-portal leaves a trace.
fn portal_places() -> Vec<PathBuf> {
    let mut places: Vec<PathBuf> = [
        "/usr/share/dbus-1/services/org.freedesktop.portal.Desktop.service",
        "/usr/libexec/xdg-desktop-portal",
        "/usr/lib/xdg-desktop-portal",
        "/usr/lib/xdg-desktop-portal/xdg-desktop-portal",
    ]
    .into_iter()
    .map(PathBuf::from)
    .collect();
    if let Some(data) = std::env::var_os("XDG_DATA_DIRS") {
        places.extend(
            std::env::split_paths(&data)
                .map(|d| d.join("dbus-1/services/org.freedesktop.portal.Desktop.service")),
        );
    }
    places
}

/// The decision behind [`native_dialog_available`]: zenity in one of `path_dirs`, or a
/// portal in one of `portal_places` together with a session bus.
pub(crate) fn has_dialog_tool(
    path_dirs: &[PathBuf],
    session_bus: bool,
    portal_places: &[PathBuf],
) -> bool {
    let zenity = path_dirs.iter().any(|dir| dir.join("zenity").is_file());
    let portal = session_bus && portal_places.iter().any(|p| p.exists());
    zenity || portal
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_dialog_tool_is_zenity_on_the_path_or_a_portal_with_a_session_bus() {
        let dir = tempfile::tempdir().unwrap();
        let bin = dir.path().join("bin");
        std::fs::create_dir(&bin).unwrap();
        let portal = dir.path().join("portal.service");
        assert!(!has_dialog_tool(
            std::slice::from_ref(&bin),
            true,
            std::slice::from_ref(&portal)
        ));
        std::fs::write(&portal, "").unwrap();
        assert!(!has_dialog_tool(
            std::slice::from_ref(&bin),
            false,
            std::slice::from_ref(&portal)
        ));
        assert!(has_dialog_tool(
            std::slice::from_ref(&bin),
            true,
            std::slice::from_ref(&portal)
        ));
        std::fs::write(bin.join("zenity"), "").unwrap();
        assert!(has_dialog_tool(&[bin], false, &[]));
    }

    #[test]
    fn requests_know_their_mode_kind_and_name() {
        let pdf = DialogRequest::SavePdf("a.pdf".into());
        assert_eq!(pdf.mode(), PickMode::Save);
        assert_eq!(pdf.kind(), FileKind::Pdf);
        assert_eq!(pdf.suggested_name(), Some("a.pdf"));
        assert_eq!(DialogRequest::OpenEarlier.mode(), PickMode::Open);
        assert_eq!(DialogRequest::OpenEarlier.kind(), FileKind::Assessment);
        assert_eq!(
            DialogRequest::SaveContribution("b.ron".into()).kind(),
            FileKind::Ron
        );
        assert_eq!(DialogRequest::OpenEarlier.suggested_name(), None);
    }
}
