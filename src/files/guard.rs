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
    pub(crate) fn read(path: &Path) -> Result<Option<Self>, FileError> {
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

    /// A holder whose lock file could not be read (it is being written this moment).
    fn unknown() -> Self {
        Self {
            pid: 0,
            host: String::new(),
            user: String::new(),
            since: 0,
            token: 0,
        }
    }

    /// When the lock was taken.
    pub(crate) fn since_time(&self) -> SystemTime {
        SystemTime::UNIX_EPOCH + Duration::from_secs(self.since)
    }

    /// Whether this process wrote it.
    pub(crate) fn is_this_process(&self) -> bool {
        self.host == host_name() && self.pid == std::process::id()
    }

    /// „Nutzerin auf Rechner (seit 14:03 Uhr)“-style description for messages.
    pub(crate) fn describe(&self) -> String {
        if self.pid == 0 && self.host.is_empty() {
            return "?".into();
        }
        let user = if self.user.is_empty() {
            "?"
        } else {
            &self.user
        };
        crate::files::escape_controls(&format!("{user} @ {} (PID {})", self.host, self.pid))
    }
}

/// The lock file that belongs to `path`: `.NAME.lock` in the same folder (hidden on
/// Windows too).
pub fn lock_path(path: &Path) -> PathBuf {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "reifegrad".into());
    path.with_file_name(format!(".{name}.lock"))
}

/// A lock held by this process: the lock file with who holds it, kept open with a shared
/// operating-system lock on it. The system releases that lock when the process ends in
/// any way (closed, killed, crashed), so a lock file nobody holds is known to be stale.
/// Dropping it removes the lock file if it is still ours.
#[derive(Debug)]
pub struct FileLock {
    path: PathBuf,
    info: LockInfo,
    /// The open lock file holding the system lock (None where the file system has no
    /// locks; then the lock file alone tells others).
    held: Option<std::fs::File>,
}

impl FileLock {
    /// Who holds it (this process).
    pub fn info(&self) -> &LockInfo {
        &self.info
    }
}

impl Drop for FileLock {
    fn drop(&mut self) {
        // Checked and removed while the system lock is still held, so that nobody can have
        // taken the lock over in between (except a user's deliberate take-over, which
        // writes a new token).
        let still_ours = read_holder(&self.path)
            .is_some_and(|i| i.token == self.info.token && i.pid == self.info.pid);
        // A lock file that cannot be removed is left stale (nobody holds its system lock)
        // and the next open takes it over; there is nobody to tell at this point.
        if still_ours {
            remove_quietly(&self.path);
        }
        drop(self.held.take());
    }
}

/// The outcome of trying to lock a file.
#[derive(Debug)]
pub enum LockOutcome {
    /// The lock is ours (new, or taken over from a process of ours or an ended one).
    Acquired(FileLock),
    /// Another running instance (here or on another computer) holds it.
    HeldBy(LockInfo),
    /// No lock can be written there (e.g. a read-only folder); the disk check still guards.
    Unavailable,
}

/// Tries to lock `path` for this process. A lock file that no running process holds (its
/// holder ended, or crashed while writing it), or that this process wrote, is taken over.
pub(crate) fn acquire(path: &Path) -> LockOutcome {
    acquire_as(path, LockInfo::ours())
}

/// Like [`acquire`], with the holder's description given (tests use it to play a
/// colleague on another computer).
pub fn acquire_as(path: &Path, info: LockInfo) -> LockOutcome {
    let lock = lock_path(path);
    match create_held(&lock, &info) {
        Ok(Some(held)) => {
            return LockOutcome::Acquired(FileLock {
                path: lock,
                info,
                held: held.0,
            });
        }
        // Created, but someone took the system lock first (see `probe`): theirs.
        Ok(None) => return held_or_take_over(path, &lock, info),
        Err(e) if e.kind() != std::io::ErrorKind::AlreadyExists => {
            return LockOutcome::Unavailable;
        }
        Err(_) => {}
    }
    held_or_take_over(path, &lock, info)
}

/// The lock file exists: held by a running process, or stale and taken over.
fn held_or_take_over(path: &Path, lock: &Path, info: LockInfo) -> LockOutcome {
    match probe(lock) {
        Probe::Free(guard) => take_over_as(path, info, guard),
        Probe::Held => {
            let holder = read_holder(lock).unwrap_or_else(LockInfo::unknown);
            if holder.is_this_process() {
                take_over_as(path, info, None)
            } else {
                LockOutcome::HeldBy(holder)
            }
        }
    }
}

/// Whether a running process holds the system lock of a lock file.
enum Probe {
    /// Nobody: the lock file is stale. The handle holds it exclusively until the
    /// take-over is done, so that a process just creating it cannot take it meanwhile.
    Free(Option<std::fs::File>),
    /// Someone does (or the file system cannot tell; then nothing is taken silently).
    Held,
}

/// Asks the system whether anyone holds the lock file's lock, by trying to take it
/// exclusively. Held exclusively, it also keeps a process that is just creating the file
/// from taking it (its shared lock then fails, see `create_held`).
fn probe(lock: &Path) -> Probe {
    let Ok(file) = std::fs::OpenOptions::new().read(true).open(lock) else {
        // Gone meanwhile: free.
        return Probe::Free(None);
    };
    match file.try_lock() {
        Ok(()) => Probe::Free(Some(file)),
        Err(_) => Probe::Held,
    }
}

/// A created lock file and its open handle holding the system lock (None where the file
/// system has no locks).
struct Held(Option<std::fs::File>);

/// Creates the lock file exclusively with `info` in it and takes a shared system lock on
/// it. `Ok(None)`: the file was created, but another process took its lock in the moment
/// between (it found the file and took it for stale); the lock is theirs.
fn create_held(lock: &Path, info: &LockInfo) -> std::io::Result<Option<Held>> {
    let mut options = std::fs::OpenOptions::new();
    options.read(true).write(true).create_new(true);
    hide(&mut options);
    let file = options.open(lock)?;
    write_info(&file, info).inspect_err(|_| remove_quietly(lock))?;
    hold(file)
}

/// Takes a shared system lock on the written lock file. A shared lock (not an exclusive
/// one) lets others read who holds it, on Windows as well.
fn hold(file: std::fs::File) -> std::io::Result<Option<Held>> {
    match file.try_lock_shared() {
        Ok(()) => Ok(Some(Held(Some(file)))),
        Err(std::fs::TryLockError::WouldBlock) => Ok(None),
        // No locks on this file system: the lock file alone tells others.
        Err(std::fs::TryLockError::Error(_)) => Ok(Some(Held(None))),
    }
}

fn write_info(mut file: &std::fs::File, info: &LockInfo) -> std::io::Result<()> {
    use std::io::Write;
    file.write_all(info.to_text().as_bytes())?;
    file.sync_all()
}

/// Marks a file created with these options hidden on Windows (on Unix the leading dot of
/// the lock file's name hides it).
fn hide(options: &mut std::fs::OpenOptions) {
    #[cfg(windows)]
    {
        use std::os::windows::fs::OpenOptionsExt;
        const FILE_ATTRIBUTE_HIDDEN: u32 = 0x2;
        options.attributes(FILE_ATTRIBUTE_HIDDEN);
    }
    // Elsewhere the options stay as they are.
    #[cfg(not(windows))]
    let _ = options;
}

fn remove_quietly(path: &Path) {
    // Cleaning up after a failed write; the write's own error is what the caller reports.
    if std::fs::remove_file(path).is_err() {}
}

fn read_holder(lock: &Path) -> Option<LockInfo> {
    crate::files::read_bytes(lock, 4096)
        .ok()
        .and_then(|b| String::from_utf8(b).ok())
        .and_then(|t| LockInfo::parse(&t))
}

/// Takes the lock of `path` whoever holds it (the user chose to).
pub(crate) fn take_over(path: &Path) -> LockOutcome {
    take_over_as(path, LockInfo::ours(), None)
}

/// Replaces the lock file atomically by one of `info`, already holding its system lock
/// before it appears under the lock file's name. `_stale` (the old lock file held
/// exclusively, if it was found stale) is released only when this returns.
fn take_over_as(path: &Path, info: LockInfo, _stale: Option<std::fs::File>) -> LockOutcome {
    let lock = lock_path(path);
    let Some(dir) = lock.parent() else {
        return LockOutcome::Unavailable;
    };
    for attempt in 0..8u32 {
        let temp = dir.join(format!(
            ".{}.{:016x}.tmp",
            lock.file_name()
                .map(|n| n.to_string_lossy())
                .unwrap_or_default(),
            fresh_token().wrapping_add(u64::from(attempt))
        ));
        match create_held(&temp, &info) {
            Ok(Some(held)) => {
                return match std::fs::rename(&temp, &lock) {
                    Ok(()) => LockOutcome::Acquired(FileLock {
                        path: lock,
                        info,
                        held: held.0,
                    }),
                    Err(_) => {
                        drop(held);
                        remove_quietly(&temp);
                        LockOutcome::Unavailable
                    }
                };
            }
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
            _ => {
                remove_quietly(&temp);
                return LockOutcome::Unavailable;
            }
        }
    }
    LockOutcome::Unavailable
}

/// The name of this computer: `COMPUTERNAME` on Windows, the kernel's host name elsewhere.
pub fn host_name() -> String {
    let from_file = |p: &str| {
        std::fs::read_to_string(p)
            .ok()
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty())
    };
    let from_env = |v: &str| std::env::var(v).ok().filter(|s| !s.trim().is_empty());
    let name = if cfg!(windows) {
        from_env("COMPUTERNAME")
    } else {
        from_file("/proc/sys/kernel/hostname")
            .or_else(|| from_file("/etc/hostname"))
            .or_else(|| from_env("HOSTNAME"))
    };
    name.unwrap_or_else(|| "unbekannt".into())
}

/// The name of the user running Reifegrad.
pub(crate) fn user_name() -> String {
    ["USER", "USERNAME", "LOGNAME"]
        .iter()
        .find_map(|v| std::env::var(v).ok().filter(|s| !s.is_empty()))
        .unwrap_or_default()
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

    fn colleague() -> LockInfo {
        LockInfo {
            pid: 4242,
            host: "anderer-rechner".into(),
            user: "kollegin".into(),
            since: 1_700_000_000,
            token: 5,
        }
    }

    #[test]
    fn a_held_lock_is_reported_with_its_holder_and_a_released_one_taken_over() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("a.ron");
        let LockOutcome::Acquired(theirs) = acquire_as(&file, colleague()) else {
            panic!("no lock");
        };
        match acquire(&file) {
            LockOutcome::HeldBy(info) => assert_eq!(info, colleague()),
            other => panic!("expected held, got {other:?}"),
        }
        // Their process ends without removing its lock file (killed): the system lock
        // goes with it, and the file is taken over.
        let held = theirs.path.clone();
        std::mem::forget(theirs);
        drop_system_lock_of(&held);
        let LockOutcome::Acquired(ours) = acquire(&file) else {
            panic!("stale lock not taken over");
        };
        assert_eq!(ours.info().pid, std::process::id());
        let text = std::fs::read_to_string(lock_path(&file)).unwrap();
        assert!(
            text.contains(&format!("pid={}", std::process::id())),
            "{text}"
        );
    }

    /// Plays the end of the process that held a lock: its handle (leaked by
    /// `mem::forget`) is unlocked from here, which the system does on process exit.
    fn drop_system_lock_of(lock: &Path) {
        // A leaked handle keeps its flock; a new handle cannot unlock it. So the test
        // replaces the file by an unheld copy with the same content, as a killed
        // process leaves it behind.
        let text = std::fs::read(lock).unwrap();
        std::fs::remove_file(lock).unwrap();
        std::fs::write(lock, text).unwrap();
    }

    #[test]
    fn a_lock_file_nobody_holds_is_stale_whatever_it_says() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("a.ron");
        // Left behind by a process on another computer that has ended (a shared drive):
        // no system lock is held on it, so it is stale.
        std::fs::write(lock_path(&file), colleague().to_text()).unwrap();
        assert!(matches!(acquire(&file), LockOutcome::Acquired(_)));
        // Half-written by a crashed process.
        let other = dir.path().join("b.ron");
        std::fs::write(lock_path(&other), "Reifegrad-Sperre\npid=").unwrap();
        assert!(matches!(acquire(&other), LockOutcome::Acquired(_)));
    }

    #[test]
    fn a_taken_over_lock_is_not_removed_by_its_former_holder() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("a.ron");
        let LockOutcome::Acquired(theirs) = acquire_as(&file, colleague()) else {
            panic!("no lock");
        };
        let LockOutcome::Acquired(ours) = take_over(&file) else {
            panic!("take-over failed");
        };
        drop(theirs);
        assert!(lock_path(&file).exists(), "their drop removed our lock");
        drop(ours);
        assert!(!lock_path(&file).exists());
        assert!(
            std::fs::read_dir(dir.path()).unwrap().next().is_none(),
            "a temporary file was left behind"
        );
    }

    #[test]
    fn the_host_name_is_never_empty() {
        assert!(!host_name().trim().is_empty());
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
