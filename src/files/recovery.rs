//! Recovery files: where an assessment that was never saved (or whose own file may not
//! be written) is kept, so that the next start can offer it back. The session decides
//! when to write one (the session module, a layer above); this module only names and lists them.

use std::path::{Path, PathBuf};
use std::time::SystemTime;

/// Name of the folder (inside the data folder) that holds never-saved assessments.
pub(crate) const RECOVERY_FOLDER: &str = "wiederherstellung";

/// A new, unused recovery file name in `data_dir`'s recovery folder (time and process
/// id make it unique); the folder is created when the file is first written.
pub(crate) fn new_recovery_file(data_dir: &Path) -> PathBuf {
    let stamp = SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .map(|d| d.as_millis())
        .unwrap_or(0);
    data_dir
        .join(RECOVERY_FOLDER)
        .join(format!("bewertung-{stamp}-{}.ron", std::process::id()))
}

/// The RON files in `data_dir`'s recovery folder, in no particular order (none if the
/// folder does not exist or cannot be read).
pub(crate) fn recovery_files(data_dir: &Path) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(data_dir.join(RECOVERY_FOLDER)) else {
        return Vec::new();
    };
    entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "ron"))
        .collect()
}
