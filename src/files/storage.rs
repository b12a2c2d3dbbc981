//! Saving files safely: a temporary file with a random name is created exclusively in the
//! target's folder, written, flushed to disk, given the original's permissions (and owner,
//! where allowed), then renamed over the target. A target marked read-only is never
//! replaced, and a target that is not a regular file (a folder, a device, a FIFO) neither.

pub use crate::files::Refused;
use crate::files::{FileError, Problem, io_message};
use std::io::Write;
use std::path::{Path, PathBuf};

/// Whether the existing file at `path` must not be written: its permissions allow no
/// writing (mode without any write bit, or the read-only attribute), or opening it for
/// writing is denied. A missing file is not read-only.
pub(crate) fn is_read_only(path: &Path) -> bool {
    let Ok(metadata) = std::fs::metadata(path) else {
        return false;
    };
    if metadata.permissions().readonly() {
        return true;
    }
    // Opening for writing (without truncating) changes nothing but asks the system.
    matches!(
        std::fs::OpenOptions::new().write(true).open(path),
        Err(e) if e.kind() == std::io::ErrorKind::PermissionDenied
    )
}

/// The refusal for an existing target, if it must not be replaced.
pub(crate) fn check_target(path: &Path) -> Option<Refused> {
    let metadata = std::fs::metadata(path).ok()?;
    if !metadata.is_file() {
        Some(Refused::NotAFile)
    } else if is_read_only(path) {
        Some(Refused::ReadOnly)
    } else {
        None
    }
}

/// Writes `bytes` to `path` atomically: readers see the old or the new file, never a
/// half-written one. The temporary file is created exclusively under a random name in the
/// same folder (a symlink planted there is never followed), flushed to disk, given the
/// permissions (and on Unix the owner, where allowed) of the file it replaces, then
/// renamed over `path`; on Unix the folder is flushed too. A read-only or non-regular
/// target is refused with a [`Refused`] inside the returned error.
pub(crate) fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let existing = match std::fs::metadata(path) {
        Ok(metadata) => Some(metadata),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
        Err(e) => return Err(e),
    };
    if let Some(refused) = check_target(path) {
        let kind = match refused {
            Refused::ReadOnly => std::io::ErrorKind::PermissionDenied,
            Refused::NotAFile => std::io::ErrorKind::InvalidInput,
        };
        return Err(std::io::Error::new(kind, refused));
    }
    let dir = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let file_name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "reifegrad".into());
    let mut builder = tempfile::Builder::new();
    let prefix = format!(".{file_name}.");
    builder.prefix(&prefix).suffix(".tmp");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        // New files get the usual mode (reduced by the umask); replaced files their own.
        let mode = existing
            .as_ref()
            .map_or(0o666, |m| m.permissions().mode() & 0o7777);
        builder.permissions(std::fs::Permissions::from_mode(mode));
    }
    let mut temp = builder.tempfile_in(&dir)?;
    temp.write_all(bytes)?;
    if let Some(metadata) = &existing {
        keep_owner_and_permissions(temp.as_file(), metadata)?;
    }
    temp.as_file().sync_all()?;
    persist_with_retry(temp, path, is_transient, &TRANSIENT_RETRY_DELAYS)?;
    sync_folder(&dir);
    Ok(())
}

/// The pauses before each new attempt when the target is held for a moment by another
/// program (about 2.5 s in all), e.g. a virus scanner or a sync client (OneDrive) that
/// has just opened the file.
const TRANSIENT_RETRY_DELAYS: [std::time::Duration; 6] = [
    std::time::Duration::from_millis(50),
    std::time::Duration::from_millis(100),
    std::time::Duration::from_millis(200),
    std::time::Duration::from_millis(400),
    std::time::Duration::from_millis(800),
    std::time::Duration::from_millis(1000),
];

/// Whether a failed rename may succeed a moment later: on Windows, access denied (5), a
/// sharing violation (32) or a lock violation (33), which a program holding the target
/// open causes. A read-only target never gets here (`check_target` refuses it first).
fn is_transient(error: &std::io::Error) -> bool {
    cfg!(windows) && matches!(error.raw_os_error(), Some(5 | 32 | 33))
}

/// Renames `temp` over `path`, trying again after each of `delays` while the failure is
/// transient. On failure the temporary file is removed and the target left as it was.
fn persist_with_retry(
    mut temp: tempfile::NamedTempFile,
    path: &Path,
    transient: fn(&std::io::Error) -> bool,
    delays: &[std::time::Duration],
) -> std::io::Result<()> {
    let mut delays = delays.iter();
    loop {
        match temp.persist(path) {
            Ok(_) => return Ok(()),
            Err(failed) => match delays.next() {
                Some(delay) if transient(&failed.error) => {
                    std::thread::sleep(*delay);
                    temp = failed.file;
                }
                _ => return Err(failed.error),
            },
        }
    }
}

/// Gives the new file the owner (Unix, where allowed) and permissions of the old one.
fn keep_owner_and_permissions(
    file: &std::fs::File,
    metadata: &std::fs::Metadata,
) -> std::io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        // Only root may hand a file to another user; a member of the group may still set
        // the group. Where neither is allowed the new file stays ours (EPERM is ignored).
        if std::os::unix::fs::fchown(file, Some(metadata.uid()), Some(metadata.gid())).is_err() {
            // EPERM here is the expected case for a non-member (see above).
            let _ = std::os::unix::fs::fchown(file, None, Some(metadata.gid()));
        }
    }
    file.set_permissions(metadata.permissions())
}

/// Flushes the folder entry of a rename to disk (Unix; elsewhere the rename suffices).
fn sync_folder(dir: &Path) {
    #[cfg(unix)]
    if let Ok(folder) = std::fs::File::open(dir) {
        // The rename is done; a folder that cannot be synced (some network shares)
        // only loses durability across a power cut, which nothing here can help.
        let _ = folder.sync_all();
    }
    // `dir` is used only on Unix.
    #[cfg(not(unix))]
    let _ = dir;
}

/// Writes `text` atomically to `path`, reporting failures as a [`FileError`].
pub(crate) fn write_text_atomic(path: &Path, text: &str) -> Result<(), FileError> {
    write_atomic(path, text.as_bytes()).map_err(|e| save_error(path, &e))
}

/// A failed save as a [`FileError`] with a plain-words message.
pub fn save_error(path: &Path, error: &std::io::Error) -> FileError {
    FileError::single(
        path,
        Problem::error(
            None,
            crate::msg!("errors-save-failed", reason = io_message(error)),
        ),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn temp_in(dir: &Path, content: &[u8]) -> tempfile::NamedTempFile {
        let mut temp = tempfile::Builder::new().tempfile_in(dir).unwrap();
        temp.write_all(content).unwrap();
        temp
    }

    #[test]
    fn a_target_held_for_a_moment_is_saved_after_a_retry() {
        let dir = tempfile::tempdir().unwrap();
        // A folder in the target's place makes the rename fail until it goes away, as a
        // file held by a virus scanner does on Windows.
        let target = dir.path().join("bewertung.reifegrad");
        std::fs::create_dir(&target).unwrap();
        std::fs::write(target.join("belegt"), "x").unwrap();
        let holder = {
            let target = target.clone();
            std::thread::spawn(move || {
                std::thread::sleep(std::time::Duration::from_millis(120));
                std::fs::remove_dir_all(&target).unwrap();
            })
        };
        let delays = [std::time::Duration::from_millis(100); 10];
        persist_with_retry(temp_in(dir.path(), b"neu"), &target, |_| true, &delays).unwrap();
        holder.join().unwrap();
        assert_eq!(std::fs::read(&target).unwrap(), b"neu");
        assert_eq!(names(dir.path()), ["bewertung.reifegrad"]);
    }

    #[test]
    fn a_target_held_too_long_fails_without_losing_the_old_file_or_leaving_a_temp() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("bewertung.reifegrad");
        std::fs::create_dir(&target).unwrap();
        std::fs::write(target.join("belegt"), "alt").unwrap();
        let delays = [std::time::Duration::from_millis(10); 3];
        let error = persist_with_retry(temp_in(dir.path(), b"neu"), &target, |_| true, &delays);
        assert!(error.is_err());
        assert_eq!(std::fs::read(target.join("belegt")).unwrap(), b"alt");
        assert_eq!(names(dir.path()), ["bewertung.reifegrad"]);
        // A failure that is not transient is reported at once, without waiting.
        let started = std::time::Instant::now();
        let long = [std::time::Duration::from_secs(5)];
        assert!(
            persist_with_retry(temp_in(dir.path(), b"neu"), &target, |_| false, &long).is_err()
        );
        assert!(started.elapsed() < std::time::Duration::from_secs(5));
        assert!(!is_transient(&std::io::Error::from(
            std::io::ErrorKind::NotFound
        )));
    }

    fn names(dir: &Path) -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    #[test]
    fn atomic_write_replaces_and_leaves_no_temp_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.ron");
        write_atomic(&path, b"first").unwrap();
        write_atomic(&path, b"second").unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "second");
        assert_eq!(names(dir.path()), ["a.ron"], "temporary file left behind");
    }

    #[test]
    fn failed_write_keeps_the_old_file() {
        let dir = tempfile::tempdir().unwrap();
        let missing_dir = dir.path().join("gone").join("a.ron");
        assert!(write_atomic(&missing_dir, b"x").is_err());
        let error = write_text_atomic(&missing_dir, "x").unwrap_err();
        assert!(error.to_string().contains("Speichern fehlgeschlagen"));
    }

    #[test]
    fn a_folder_is_not_replaced() {
        let dir = tempfile::tempdir().unwrap();
        let folder = dir.path().join("ordner.ron");
        std::fs::create_dir(&folder).unwrap();
        let error = write_text_atomic(&folder, "x").unwrap_err().to_string();
        assert!(error.contains("keine gewöhnliche Datei"), "{error}");
        assert!(folder.is_dir());
    }

    #[cfg(unix)]
    #[test]
    fn read_only_file_is_refused_and_kept() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("fest.ron");
        std::fs::write(&path, "alt").unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o444)).unwrap();
        assert!(is_read_only(&path));
        let error = write_text_atomic(&path, "neu").unwrap_err().to_string();
        assert!(error.contains("schreibgeschützt"), "{error}");
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "alt");
        let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o444);
        assert_eq!(names(dir.path()), ["fest.ron"]);
    }

    #[cfg(unix)]
    #[test]
    fn mode_and_owner_are_kept() {
        use std::os::unix::fs::{MetadataExt, PermissionsExt};
        let dir = tempfile::tempdir().unwrap();
        for mode in [0o600, 0o640, 0o664] {
            let path = dir.path().join(format!("privat-{mode:o}.ron"));
            std::fs::write(&path, "alt").unwrap();
            std::fs::set_permissions(&path, std::fs::Permissions::from_mode(mode)).unwrap();
            let before = std::fs::metadata(&path).unwrap();
            write_atomic(&path, b"neu").unwrap();
            let after = std::fs::metadata(&path).unwrap();
            assert_eq!(after.permissions().mode() & 0o7777, mode);
            assert_eq!((after.uid(), after.gid()), (before.uid(), before.gid()));
            assert_ne!(
                after.ino(),
                before.ino(),
                "replaced by rename, not rewritten"
            );
        }
    }

    #[cfg(unix)]
    #[test]
    fn planted_symlinks_are_never_followed() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("bewertung.ron");
        let victim = dir.path().join("opfer.txt");
        std::fs::write(&path, "alt").unwrap();
        std::fs::write(&victim, "unberührt").unwrap();
        // The names an attacker could guess: the old scheme and a few random-looking ones.
        let planted: Vec<PathBuf> = [
            format!(".bewertung.ron.{}.tmp", std::process::id()),
            ".bewertung.ron.tmp".into(),
            ".bewertung.ron.AAAAAA.tmp".into(),
        ]
        .iter()
        .map(|n| dir.path().join(n))
        .collect();
        for link in &planted {
            std::os::unix::fs::symlink(&victim, link).unwrap();
        }
        for _ in 0..20 {
            write_atomic(&path, b"neu").unwrap();
        }
        assert_eq!(std::fs::read_to_string(&victim).unwrap(), "unberührt");
        let meta = std::fs::symlink_metadata(&path).unwrap();
        assert!(meta.file_type().is_file(), "the assessment became a link");
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "neu");
        for link in &planted {
            assert!(
                std::fs::symlink_metadata(link)
                    .unwrap()
                    .file_type()
                    .is_symlink()
            );
        }
    }
}
