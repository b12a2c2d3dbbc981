//! The logic of the built-in file dialog, without egui: listing a folder, filtering by
//! kind, checking a typed path, creating a folder, the overwrite question and where the
//! dialog starts. Used when the operating system's dialog cannot be shown.

use crate::text::Lang;
use crate::tr;
use std::path::{Path, PathBuf};

/// What kind of file the dialog looks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    /// Assessments: `.reifegrad` files (written so), and RON files (still read).
    Assessment,
    /// Benchmarks and contributions (`.reifegrad` and RON files; written as `.ron`).
    Ron,
    /// PDF reports.
    Pdf,
    /// Spreadsheets: ODS (written by default), XLSX and CSV.
    Sheets,
}

impl FileKind {
    /// The file name extension, without the dot.
    pub(crate) fn extension(self) -> &'static str {
        match self {
            FileKind::Assessment => "reifegrad",
            FileKind::Ron => "ron",
            FileKind::Pdf => "pdf",
            FileKind::Sheets => "ods",
        }
    }

    /// Whether `path` has one of this kind's extensions (case-insensitive).
    pub fn matches(self, path: &Path) -> bool {
        let accepted: &[&str] = match self {
            FileKind::Assessment | FileKind::Ron => &["reifegrad", "ron"],
            FileKind::Pdf => &["pdf"],
            FileKind::Sheets => &["ods", "xlsx", "csv"],
        };
        path.extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| accepted.iter().any(|a| e.eq_ignore_ascii_case(a)))
    }
}

/// Whether the dialog opens an existing file or names a file to write.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PickMode {
    /// Choose an existing file.
    Open,
    /// Name a file to write (it may exist; then the user is asked).
    Save,
}

/// One line of the folder listing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// The file or folder name.
    pub name: String,
    /// The full path.
    pub path: PathBuf,
    /// Whether it is a folder.
    pub is_dir: bool,
}

/// Why a folder cannot be listed or a typed path cannot be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub(crate) enum PickError {
    /// No name was typed.
    #[error("Kein Dateiname angegeben.")]
    EmptyName,
    /// The name contains characters no file name may contain.
    #[error("„{0}“ ist kein gültiger Name (keine / \\ : * ? \" < > | und keine Steuerzeichen).")]
    InvalidName(String),
    /// The folder does not exist.
    #[error("Den Ordner „{}“ gibt es nicht.", .0.display())]
    NoSuchFolder(PathBuf),
    /// The file to open does not exist.
    #[error("Die Datei „{}“ gibt es nicht.", .0.display())]
    NoSuchFile(PathBuf),
    /// A folder was named where a file is needed.
    #[error("„{}“ ist ein Ordner, keine Datei.", .0.display())]
    IsFolder(PathBuf),
    /// The folder exists already.
    #[error("Den Ordner „{}“ gibt es schon.", .0.display())]
    FolderExists(PathBuf),
    /// The operating system refused (no permission, disk full, …).
    #[error("{}: {message}", path.display())]
    Io {
        /// The path concerned.
        path: PathBuf,
        /// The system's message.
        message: String,
    },
}

impl PickError {
    /// The message for the user in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        let shown = |path: &Path| path.display().to_string();
        match self {
            PickError::EmptyName => tr!(lang, "picker-empty-name").to_string(),
            PickError::InvalidName(name) => tr!(lang, "picker-invalid-name", name = name),
            PickError::NoSuchFolder(path) => tr!(lang, "picker-no-such-folder", path = shown(path)),
            PickError::NoSuchFile(path) => tr!(lang, "picker-no-such-file", path = shown(path)),
            PickError::IsFolder(path) => tr!(lang, "picker-is-folder", path = shown(path)),
            PickError::FolderExists(path) => tr!(lang, "picker-folder-exists", path = shown(path)),
            PickError::Io { path, message } => {
                tr!(lang, "picker-io", path = shown(path), message = message)
            }
        }
    }

    fn io(path: &Path, error: &std::io::Error) -> Self {
        PickError::Io {
            path: path.to_path_buf(),
            message: error.to_string(),
        }
    }
}

/// A checked choice: the file and whether writing it would replace an existing file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Checked {
    /// The file to open or write.
    pub path: PathBuf,
    /// Save mode only: a file of this name exists and must not be replaced unasked.
    pub overwrites: bool,
}

/// Lists `folder`: subfolders first, then files of `kind`, each group sorted by name
/// ignoring case. Hidden entries (starting with a dot) are left out.
pub(crate) fn list_folder(folder: &Path, kind: FileKind) -> Result<Vec<Entry>, PickError> {
    let read = std::fs::read_dir(folder).map_err(|e| {
        if e.kind() == std::io::ErrorKind::NotFound {
            PickError::NoSuchFolder(folder.to_path_buf())
        } else {
            PickError::io(folder, &e)
        }
    })?;
    let mut entries: Vec<Entry> = read
        .filter_map(Result::ok)
        .filter_map(|entry| {
            let name = entry.file_name().to_string_lossy().into_owned();
            if name.starts_with('.') {
                return None;
            }
            let path = entry.path();
            let is_dir = path.is_dir();
            (is_dir || kind.matches(&path)).then_some(Entry { name, path, is_dir })
        })
        .collect();
    entries.sort_by_key(|e| (!e.is_dir, e.name.to_lowercase()));
    Ok(entries)
}

/// Checks a name the user typed: no path separators or characters that Windows or Linux
/// reject in a file name.
pub(crate) fn check_name(name: &str) -> Result<&str, PickError> {
    let name = name.trim();
    if name.is_empty() {
        return Err(PickError::EmptyName);
    }
    let bad = |c: char| c.is_control() || "/\\:*?\"<>|".contains(c);
    if name.chars().any(bad) || name == "." || name == ".." {
        return Err(PickError::InvalidName(name.to_string()));
    }
    Ok(name)
}

/// Resolves what the user typed in the dialog's path field against the folder shown: an
/// absolute path is taken as it is, a relative one is joined to `folder`. In save mode
/// a missing extension of `kind` is added.
pub(crate) fn resolve(
    folder: &Path,
    typed: &str,
    kind: FileKind,
    mode: PickMode,
) -> Result<Checked, PickError> {
    let typed = typed.trim();
    if typed.is_empty() {
        return Err(PickError::EmptyName);
    }
    let typed_path = Path::new(typed);
    let mut path = if typed_path.is_absolute() {
        typed_path.to_path_buf()
    } else {
        folder.join(typed_path)
    };
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .ok_or_else(|| PickError::InvalidName(typed.to_string()))?;
    check_name(&name)?;
    if path.is_dir() {
        return Err(PickError::IsFolder(path));
    }
    let parent = path
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_else(|| folder.to_path_buf());
    if !parent.is_dir() {
        return Err(PickError::NoSuchFolder(parent));
    }
    match mode {
        PickMode::Open => {
            if !path.is_file() {
                return Err(PickError::NoSuchFile(path));
            }
            Ok(Checked {
                path,
                overwrites: false,
            })
        }
        PickMode::Save => {
            if path.extension().is_none() {
                path.set_extension(kind.extension());
            }
            if path.is_dir() {
                return Err(PickError::IsFolder(path));
            }
            let overwrites = path.exists();
            Ok(Checked { path, overwrites })
        }
    }
}

/// Creates the folder `name` inside `parent` and returns its path.
pub(crate) fn create_folder(parent: &Path, name: &str) -> Result<PathBuf, PickError> {
    let name = check_name(name)?;
    let path = parent.join(name);
    if path.exists() {
        return Err(PickError::FolderExists(path));
    }
    std::fs::create_dir(&path).map_err(|e| PickError::io(&path, &e))?;
    Ok(path)
}

/// The folder the dialog starts in: the open assessment's folder, else the last folder
/// used in the dialog, else the user's documents, else the home folder, else `fallback`
/// (the app's data folder). Never the working directory; a folder that no longer
/// exists is skipped.
pub(crate) fn start_folder(
    assessment: Option<&Path>,
    last: Option<&Path>,
    documents: Option<&Path>,
    home: Option<&Path>,
    fallback: &Path,
) -> PathBuf {
    let assessment_folder = assessment
        .and_then(Path::parent)
        .filter(|p| !p.as_os_str().is_empty());
    [assessment_folder, last, documents, home]
        .into_iter()
        .flatten()
        .find(|p| p.is_absolute() && p.is_dir())
        .map(Path::to_path_buf)
        .unwrap_or_else(|| fallback.to_path_buf())
}

/// The user's documents and home folders, as the operating system names them.
pub(crate) fn user_folders() -> (Option<PathBuf>, Option<PathBuf>) {
    match directories::UserDirs::new() {
        Some(dirs) => (
            dirs.document_dir().map(Path::to_path_buf),
            Some(dirs.home_dir().to_path_buf()),
        ),
        None => (None, None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("zweites Jahr")).unwrap();
        std::fs::create_dir(dir.path().join("Archiv")).unwrap();
        std::fs::create_dir(dir.path().join(".versteckt")).unwrap();
        for name in ["lindenhagen-2026.ron", "Bericht.PDF", "notiz.txt", "a.ron"] {
            std::fs::write(dir.path().join(name), "x").unwrap();
        }
        dir
    }

    #[test]
    fn listing_puts_folders_first_filters_by_kind_and_hides_dot_entries() {
        let dir = sample();
        let names = |kind| -> Vec<String> {
            list_folder(dir.path(), kind)
                .unwrap()
                .into_iter()
                .map(|e| e.name)
                .collect()
        };
        assert_eq!(
            names(FileKind::Ron),
            ["Archiv", "zweites Jahr", "a.ron", "lindenhagen-2026.ron"]
        );
        assert_eq!(
            names(FileKind::Pdf),
            ["Archiv", "zweites Jahr", "Bericht.PDF"]
        );
        let missing = dir.path().join("fehlt");
        assert_eq!(
            list_folder(&missing, FileKind::Ron),
            Err(PickError::NoSuchFolder(missing))
        );
    }

    #[test]
    fn names_with_separators_or_reserved_characters_are_refused() {
        assert_eq!(check_name("  Bewertung 2026 "), Ok("Bewertung 2026"));
        assert_eq!(check_name("Größe.ron"), Ok("Größe.ron"));
        assert_eq!(check_name(""), Err(PickError::EmptyName));
        for bad in ["a/b", "a\\b", "was?", "a:b", "..", "x\u{7}"] {
            assert!(
                matches!(check_name(bad), Err(PickError::InvalidName(_))),
                "{bad}"
            );
        }
    }

    #[test]
    fn save_adds_the_extension_and_reports_an_existing_file() {
        let dir = sample();
        let new = resolve(dir.path(), "neu", FileKind::Pdf, PickMode::Save).unwrap();
        assert_eq!(new.path, dir.path().join("neu.pdf"));
        // Assessments get the extension the file association knows; .ron still opens.
        let assessment = resolve(dir.path(), "neu", FileKind::Assessment, PickMode::Save).unwrap();
        assert_eq!(assessment.path, dir.path().join("neu.reifegrad"));
        assert!(resolve(dir.path(), "a.ron", FileKind::Assessment, PickMode::Open).is_ok());
        assert_eq!(
            list_folder(dir.path(), FileKind::Assessment)
                .unwrap()
                .iter()
                .filter(|e| !e.is_dir)
                .count(),
            2
        );
        assert!(!new.overwrites);
        let existing = resolve(dir.path(), "a.ron", FileKind::Ron, PickMode::Save).unwrap();
        assert!(existing.overwrites);
        let absolute = dir.path().join("Archiv").join("b.ron");
        let typed = absolute.to_string_lossy().into_owned();
        let checked = resolve(
            Path::new("/nirgends"),
            &typed,
            FileKind::Ron,
            PickMode::Save,
        )
        .unwrap();
        assert_eq!(checked.path, absolute);
    }

    #[test]
    fn open_needs_an_existing_file_and_save_an_existing_folder() {
        let dir = sample();
        assert!(resolve(dir.path(), "a.ron", FileKind::Ron, PickMode::Open).is_ok());
        assert!(matches!(
            resolve(dir.path(), "fehlt.ron", FileKind::Ron, PickMode::Open),
            Err(PickError::NoSuchFile(_))
        ));
        assert!(matches!(
            resolve(dir.path(), "Archiv", FileKind::Ron, PickMode::Open),
            Err(PickError::IsFolder(_))
        ));
        assert!(matches!(
            resolve(dir.path(), "fehlt/x.ron", FileKind::Ron, PickMode::Save),
            Err(PickError::NoSuchFolder(_))
        ));
        assert_eq!(
            resolve(dir.path(), "  ", FileKind::Ron, PickMode::Save),
            Err(PickError::EmptyName)
        );
    }

    #[test]
    fn a_new_folder_is_created_once() {
        let dir = sample();
        let made = create_folder(dir.path(), "Workshop 2026").unwrap();
        assert!(made.is_dir());
        assert!(matches!(
            create_folder(dir.path(), "Workshop 2026"),
            Err(PickError::FolderExists(_))
        ));
        assert!(matches!(
            create_folder(dir.path(), "a/b"),
            Err(PickError::InvalidName(_))
        ));
    }

    #[test]
    fn start_folder_prefers_the_assessment_then_last_then_documents_never_the_cwd() {
        let dir = sample();
        let root = dir.path();
        let archive = root.join("Archiv");
        let second = root.join("zweites Jahr");
        let file = archive.join("a.ron");
        let fallback = root.join("daten");
        assert_eq!(
            start_folder(Some(&file), Some(&second), Some(root), None, &fallback),
            archive
        );
        assert_eq!(
            start_folder(None, Some(&second), Some(root), None, &fallback),
            second
        );
        let gone = root.join("gelöscht");
        assert_eq!(
            start_folder(None, Some(&gone), Some(root), None, &fallback),
            root
        );
        // A bare file name (relative to the working directory) is not a start folder.
        assert_eq!(
            start_folder(
                Some(Path::new("a.ron")),
                Some(Path::new(".")),
                None,
                None,
                &fallback
            ),
            fallback
        );
    }
}
