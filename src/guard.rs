//! Guarding an assessment file against a second writer (another window, a colleague on a
//! shared drive): a lock file beside it (`.NAME.lock`, naming process, computer, user and
//! time), and a fingerprint of the file as last read or written (size, modification time,
//! content hash) that is compared with the disk before every save.

use crate::files::{FileError, read_bytes};
use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

/// Largest file whose fingerprint is taken (as large as any file Reifegrad reads).
const MAX_STAMP_BYTES: u64 = crate::files::MAX_FILE_BYTES;

/// The fingerprint of a file as last read or written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct DiskStamp {
    /// Size in bytes.
    pub len: u64,
    /// Modification time, where the system reports one.
    pub modified: Option<SystemTime>,
    /// Hash of the content.
    pub hash: u64,
}

fn content_hash(bytes: &[u8]) -> u64 {
    let mut hasher = std::hash::DefaultHasher::new();
    bytes.hash(&mut hasher);
    hasher.finish()
}

impl DiskStamp {
    /// The fingerprint of `bytes` just written to (or read from) `path`.
    pub(crate) fn of_bytes(path: &Path, bytes: &[u8]) -> Self {
        Self {
            len: bytes.len() as u64,
            modified: std::fs::metadata(path).and_then(|m| m.modified()).ok(),
            hash: content_hash(bytes),
        }
    }

    /// The fingerprint of the file at `path` now; `Ok(None)` when there is no file.
    pub fn read(path: &Path) -> Result<Option<Self>, FileError> {
        match std::fs::symlink_metadata(path) {
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            _ => {}
        }
        let bytes = read_bytes(path, MAX_STAMP_BYTES)?;
        Ok(Some(Self::of_bytes(path, &bytes)))
    }
}

/// What the disk holds compared with the fingerprint last taken.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum DiskCheck {
    /// The same content as last read or written (possibly touched, same bytes).
    Unchanged,
    /// No file there (deleted or moved away): writing it loses nobody's work.
    Missing,
    /// Someone else wrote the file since.
    Changed,
}

/// Compares the file at `path` with `expected`: same size and same content hash means
/// unchanged, whatever the modification time says.
pub(crate) fn check_disk(path: &Path, expected: &DiskStamp) -> Result<DiskCheck, FileError> {
    let metadata = match std::fs::metadata(path) {
        Ok(metadata) => metadata,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(DiskCheck::Missing),
        Err(_) => return Ok(DiskCheck::Changed),
    };
    if metadata.len() != expected.len {
        return Ok(DiskCheck::Changed);
    }
    match DiskStamp::read(path)? {
        None => Ok(DiskCheck::Missing),
        Some(now) if now.hash == expected.hash => Ok(DiskCheck::Unchanged),
        Some(_) => Ok(DiskCheck::Changed),
    }
}

/// A token that differs between locks of one process and between processes.
fn fresh_token() -> u64 {
    use std::sync::atomic::{AtomicU64, Ordering};
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let nanos = SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .map(|d| d.as_nanos() as u64)
        .unwrap_or(0);
    let mut hasher = std::hash::DefaultHasher::new();
    (
        nanos,
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::Relaxed),
    )
        .hash(&mut hasher);
    hasher.finish()
}

/// Who holds a lock: written into the lock file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LockInfo {
    /// Process id.
    pub pid: u32,
    /// Computer name.
    pub host: String,
    /// User name.
    pub user: String,
    /// When the lock was taken (seconds since 1970).
    pub since: u64,
    /// A random token that tells two locks of one process apart.
    pub token: u64,
}

impl LockInfo {
    /// The lock this process would write now.
    pub(crate) fn ours() -> Self {
        let since = SystemTime::now()
            .duration_since(SystemTime::UNIX_EPOCH)
            .map(|d| d.as_secs())
            .unwrap_or(0);
        Self {
            pid: std::process::id(),
            host: host_name(),
            user: user_name(),
            since,
            token: fresh_token(),
        }
    }

    fn to_text(&self) -> String {
        format!(
            "Reifegrad-Sperre\npid={}\nhost={}\nuser={}\nsince={}\ntoken={}\n",
            self.pid,
            self.host.replace(['\n', '\r'], " "),
            self.user.replace(['\n', '\r'], " "),
            self.since,
            self.token
        )
    }

    fn parse(text: &str) -> Option<Self> {
        let field = |name: &str| {
            text.lines()
                .find_map(|l| l.strip_prefix(name)?.strip_prefix('='))
                .map(str::to_string)
        };
        Some(Self {
            pid: field("pid")?.parse().ok()?,
            host: field("host")?,
            user: field("user").unwrap_or_default(),
            since: field("since")?.parse().ok()?,
            token: field("token").and_then(|t| t.parse().ok()).unwrap_or(0),
        })
    }

    /// When the lock was taken.
    pub(crate) fn since_time(&self) -> SystemTime {
        SystemTime::UNIX_EPOCH + Duration::from_secs(self.since)
    }

    /// Whether this lock was left by a process that no longer runs on this computer.
    pub(crate) fn is_stale(&self) -> bool {
        self.host == host_name() && !process_alive(self.pid)
    }

    /// Whether this process wrote it.
    pub(crate) fn is_this_process(&self) -> bool {
        self.host == host_name() && self.pid == std::process::id()
    }

    /// „Nutzerin auf Rechner (seit 14:03 Uhr)“-style description for messages.
    pub(crate) fn describe(&self) -> String {
        let user = if self.user.is_empty() {
            "?"
        } else {
            &self.user
        };
        crate::files::escape_controls(&format!("{user} @ {} (PID {})", self.host, self.pid))
    }
}

/// The lock file that belongs to `path`: `.NAME.lock` in the same folder.
pub fn lock_path(path: &Path) -> PathBuf {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "reifegrad".into());
    path.with_file_name(format!(".{name}.lock"))
}

/// A lock held by this process; dropping it removes the lock file if it is still ours.
#[derive(Debug)]
pub(crate) struct FileLock {
    path: PathBuf,
    info: LockInfo,
}

impl Drop for FileLock {
    fn drop(&mut self) {
        let still_ours = std::fs::read_to_string(&self.path)
            .ok()
            .and_then(|t| LockInfo::parse(&t))
            .is_some_and(|i| i.token == self.info.token && i.pid == self.info.pid);
        if still_ours {
            // A lock left behind names its holder, and the next user may take the file
            // over (`take_over`); a drop has nobody to tell.
            let _ = std::fs::remove_file(&self.path);
        }
    }
}

/// The outcome of trying to lock a file.
#[derive(Debug)]
pub(crate) enum LockOutcome {
    /// The lock is ours (new, or taken over from a process of ours or a dead one).
    Acquired(FileLock),
    /// Another running instance (here or on another computer) holds it.
    HeldBy(LockInfo),
    /// No lock can be written there (e.g. a read-only folder); the disk check still guards.
    Unavailable,
}

/// Tries to lock `path` for this process. A lock left by a process of this computer that
/// no longer runs, or by this process itself, is taken over.
pub(crate) fn acquire(path: &Path) -> LockOutcome {
    let lock = lock_path(path);
    let info = LockInfo::ours();
    match write_new(&lock, &info) {
        Ok(()) => return LockOutcome::Acquired(FileLock { path: lock, info }),
        Err(e) if e.kind() != std::io::ErrorKind::AlreadyExists => {
            return LockOutcome::Unavailable;
        }
        Err(_) => {}
    }
    let holder = crate::files::read_bytes(&lock, 4096)
        .ok()
        .and_then(|b| String::from_utf8(b).ok())
        .and_then(|t| LockInfo::parse(&t));
    match holder {
        Some(holder) if !holder.is_stale() && !holder.is_this_process() => {
            LockOutcome::HeldBy(holder)
        }
        // Stale, ours, or unreadable (a half-written lock of a crashed process).
        _ => take_over(path),
    }
}

/// Takes the lock of `path` whoever holds it (the user chose to).
pub(crate) fn take_over(path: &Path) -> LockOutcome {
    let lock = lock_path(path);
    let info = LockInfo::ours();
    match crate::storage::write_atomic(&lock, info.to_text().as_bytes()) {
        Ok(()) => LockOutcome::Acquired(FileLock { path: lock, info }),
        Err(_) => LockOutcome::Unavailable,
    }
}

fn write_new(lock: &Path, info: &LockInfo) -> std::io::Result<()> {
    use std::io::Write;
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(lock)?;
    let result = file
        .write_all(info.to_text().as_bytes())
        .and_then(|()| file.sync_all());
    if result.is_err() {
        // The write error is returned; removing the half-written lock is a courtesy.
        let _ = std::fs::remove_file(lock);
    }
    result
}

/// The name of this computer.
pub(crate) fn host_name() -> String {
    let from_file = |p: &str| {
        std::fs::read_to_string(p)
            .ok()
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty())
    };
    from_file("/proc/sys/kernel/hostname")
        .or_else(|| from_file("/etc/hostname"))
        .or_else(|| std::env::var("COMPUTERNAME").ok())
        .or_else(|| std::env::var("HOSTNAME").ok())
        .unwrap_or_else(|| "unbekannt".into())
}

/// The name of the user running Reifegrad.
pub(crate) fn user_name() -> String {
    ["USER", "USERNAME", "LOGNAME"]
        .iter()
        .find_map(|v| std::env::var(v).ok().filter(|s| !s.is_empty()))
        .unwrap_or_default()
}

/// Whether process `pid` runs on this computer. Where that cannot be told (no `/proc`),
/// it is taken as running, so that a lock is never taken over silently.
pub(crate) fn process_alive(pid: u32) -> bool {
    let proc = Path::new("/proc");
    if !proc.join("self").exists() {
        return true;
    }
    proc.join(pid.to_string()).exists()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lock_is_exclusive_and_removed_on_drop() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("a.ron");
        let LockOutcome::Acquired(lock) = acquire(&file) else {
            panic!("no lock");
        };
        assert_eq!(lock.path, dir.path().join(".a.ron.lock"));
        let text = std::fs::read_to_string(&lock.path).unwrap();
        let info = LockInfo::parse(&text).unwrap();
        assert_eq!(info.pid, std::process::id());
        assert_eq!(info.host, host_name());
        drop(lock);
        assert!(!dir.path().join(".a.ron.lock").exists());
    }

    #[test]
    fn a_live_foreign_lock_is_reported_and_a_dead_one_taken_over() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("a.ron");
        // PID 1 runs on every Linux system; a lock of it from another computer is held.
        let foreign = LockInfo {
            pid: 1,
            host: "anderer-rechner".into(),
            user: "kollegin".into(),
            since: 1_700_000_000,
            token: 5,
        };
        std::fs::write(lock_path(&file), foreign.to_text()).unwrap();
        match acquire(&file) {
            LockOutcome::HeldBy(info) => assert_eq!(info, foreign),
            other => panic!("expected held, got {other:?}"),
        }
        // A process of this computer that no longer runs: taken over.
        let dead = LockInfo {
            pid: u32::MAX - 7,
            host: host_name(),
            ..foreign
        };
        std::fs::write(lock_path(&file), dead.to_text()).unwrap();
        assert!(matches!(acquire(&file), LockOutcome::Acquired(_)));
    }

    #[test]
    fn disk_check_sees_foreign_writes_but_not_a_touch() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("a.ron");
        std::fs::write(&file, "eins").unwrap();
        let stamp = DiskStamp::read(&file).unwrap().unwrap();
        assert_eq!(check_disk(&file, &stamp).unwrap(), DiskCheck::Unchanged);
        // Same bytes written again (a touch): unchanged.
        std::thread::sleep(Duration::from_millis(20));
        std::fs::write(&file, "eins").unwrap();
        assert_eq!(check_disk(&file, &stamp).unwrap(), DiskCheck::Unchanged);
        // Same size, other content.
        std::fs::write(&file, "zwei").unwrap();
        assert_eq!(check_disk(&file, &stamp).unwrap(), DiskCheck::Changed);
        std::fs::remove_file(&file).unwrap();
        assert_eq!(check_disk(&file, &stamp).unwrap(), DiskCheck::Missing);
    }
}
