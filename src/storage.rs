//! Saving files safely: atomic writes (temporary file, then rename).

use crate::files::{FileError, Problem, io_message, to_ron};
use crate::model::Assessment;
use std::io::Write;
use std::path::{Path, PathBuf};

/// Writes `bytes` to `path` atomically: a temporary file in the same folder is written and
/// flushed to disk, then renamed over `path`. Readers see the old or the new file, never a
/// half-written one.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let file_name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "reifegrad".into());
    let temp = dir.join(format!(".{file_name}.{}.tmp", std::process::id()));
    let result = (|| {
        let mut file = std::fs::File::create(&temp)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        drop(file);
        std::fs::rename(&temp, path)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&temp);
    }
    result
}

/// Writes `text` atomically to `path`, reporting failures as a [`FileError`].
pub fn write_text_atomic(path: &Path, text: &str) -> Result<(), FileError> {
    write_atomic(path, text.as_bytes()).map_err(|e| {
        FileError::single(
            path,
            Problem::error(
                None,
                format!("Speichern fehlgeschlagen: {}", io_message(&e)),
            ),
        )
    })
}

/// Saves an assessment as RON, atomically.
pub fn save_assessment(path: &Path, assessment: &Assessment) -> Result<(), FileError> {
    let text = to_ron(assessment).map_err(|e| {
        FileError::single(
            path,
            Problem::error(None, format!("Interner Fehler beim Schreiben: {e}")),
        )
    })?;
    write_text_atomic(path, &text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn atomic_write_replaces_and_leaves_no_temp_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.ron");
        write_atomic(&path, b"first").unwrap();
        write_atomic(&path, b"second").unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "second");
        let names: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(names.len(), 1, "temporary file left behind");
    }

    #[test]
    fn failed_write_keeps_the_old_file() {
        let dir = tempfile::tempdir().unwrap();
        let missing_dir = dir.path().join("gone").join("a.ron");
        assert!(write_atomic(&missing_dir, b"x").is_err());
        let error = write_text_atomic(&missing_dir, "x").unwrap_err();
        assert!(error.to_string().contains("Speichern fehlgeschlagen"));
    }
}
