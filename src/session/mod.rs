//! An open assessment with its file and autosave state (no UI types).
//!
//! Every change marks the session dirty and hands a copy of the assessment to the save
//! state; it is written at most [`AUTOSAVE_DELAY`] after the first unsaved change,
//! atomically, to the user's file, or — for an assessment that has never been saved, or
//! whose file may not be written — to a recovery file in the data folder, which the next
//! start offers back. With [`Session::start_autosave`] a background thread does the
//! writing, so saving never waits for the window to be painted; without it (tests, the
//! command line) [`Session::autosave_if_due`] does the same on the caller's clock.
//!
//! The user's file is guarded: a lock beside it tells a second instance that the file is
//! open ([`crate::files::guard`]), a read-only file is never replaced, and before every save the
//! file on disk is compared with what was last read or written; if someone else changed
//! it, nothing is written until the user decides ([`Session::conflict`]).

use crate::files::guard::{DiskCheck, DiskStamp, FileLock, LockInfo, LockOutcome, check_disk};
use crate::files::recovery::{new_recovery_file, recovery_files};
use crate::files::storage::{check_target, save_error, write_atomic};
use crate::files::{FileError, Problem, read_text};
use crate::model::load::assessment_text;
use crate::model::{Assessment, Questionnaire, Response, open_assessment_text};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Condvar, Mutex, MutexGuard};
use std::time::{Duration, Instant, SystemTime};

/// How long after the first unsaved change the autosave writes.
pub const AUTOSAVE_DELAY: Duration = Duration::from_millis(1_000);

/// How long to wait before trying again after a failed save.
pub const RETRY_DELAY: Duration = Duration::from_secs(5);

/// Why the user's file is not written (changes go to a recovery file instead).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReadOnly {
    /// The file has no write permission.
    FileProtected,
    /// Another running instance holds the lock; the user has not decided yet.
    OpenElsewhere(LockInfo),
    /// The user chose to keep it read-only (it is open elsewhere).
    Chosen(LockInfo),
}

/// The user's file was changed on disk by someone else since it was last read or written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Conflict {
    /// The file.
    pub path: PathBuf,
}

/// Called after every save attempt of the background thread (e.g. to repaint the window).
pub(crate) type Waker = Arc<dyn Fn() + Send + Sync>;

/// The disk side of a session, shared with the autosave thread.
struct SaveState {
    /// Where saves go.
    target: PathBuf,
    /// Whether the target is the user's file, checked against `expected` before a save.
    guarded: bool,
    /// The target as last read or written.
    expected: Option<DiskStamp>,
    /// Number of the newest change, and a copy of the assessment after it.
    seq: u64,
    snapshot: Option<Assessment>,
    /// Highest change number on disk.
    saved_seq: u64,
    /// When the first change not yet on disk was made, and the latest change.
    dirty_since: Option<Instant>,
    last_change: Option<Instant>,
    /// When a failed save may be retried.
    retry_at: Option<Instant>,
    error: Option<FileError>,
    last_saved: Option<SystemTime>,
    conflict: Option<Conflict>,
    stop: bool,
}

impl SaveState {
    fn next_save_at(&self) -> Option<Instant> {
        if self.conflict.is_some() {
            return None;
        }
        let due = self.dirty_since? + AUTOSAVE_DELAY;
        Some(self.retry_at.map_or(due, |retry| retry.max(due)))
    }
}

struct Shared {
    state: Mutex<SaveState>,
    /// Wakes the autosave thread on a change.
    wake: Condvar,
    /// Held while a file is written, so that two saves never overlap.
    writing: Mutex<()>,
    waker: Mutex<Option<Waker>>,
}

impl Shared {
    fn state(&self) -> MutexGuard<'_, SaveState> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn notify_ui(&self) {
        let waker = self.waker.lock().unwrap_or_else(|e| e.into_inner()).clone();
        if let Some(waker) = waker {
            waker();
        }
    }

    /// Writes `assessment` (change number `seq`) to the target, unless something newer
    /// is already on disk or the file on disk was changed by someone else.
    fn save(&self, seq: u64, assessment: &Assessment, now: Instant) -> Result<(), FileError> {
        let _writing = self.writing.lock().unwrap_or_else(|e| e.into_inner());
        let (target, guarded, expected) = {
            let st = self.state();
            if let Some(conflict) = &st.conflict {
                return Err(conflict_error(&conflict.path));
            }
            if seq < st.saved_seq {
                return Ok(());
            }
            (st.target.clone(), st.guarded, st.expected)
        };
        let result = self.write(&target, guarded, expected, assessment);
        let mut st = self.state();
        match &result {
            Ok(stamp) => {
                st.expected = Some(*stamp);
                st.saved_seq = st.saved_seq.max(seq);
                st.error = None;
                st.retry_at = None;
                st.last_saved = Some(SystemTime::now());
                if st.seq <= seq {
                    st.dirty_since = None;
                    st.snapshot = None;
                } else {
                    st.dirty_since = st.last_change.or(Some(now));
                }
            }
            Err(WriteFailure::Conflict) => {
                st.conflict = Some(Conflict {
                    path: target.clone(),
                });
                st.error = Some(conflict_error(&target));
            }
            Err(WriteFailure::Failed(error)) => {
                st.error = Some(error.clone());
                st.retry_at = Some(now + RETRY_DELAY);
                st.dirty_since.get_or_insert(now);
            }
        }
        let outcome = match result {
            Ok(_) => Ok(()),
            Err(_) => Err(st.error.clone().unwrap_or_else(|| conflict_error(&target))),
        };
        drop(st);
        self.notify_ui();
        outcome
    }

    fn write(
        &self,
        target: &Path,
        guarded: bool,
        expected: Option<DiskStamp>,
        assessment: &Assessment,
    ) -> Result<DiskStamp, WriteFailure> {
        if !guarded && let Some(dir) = target.parent() {
            // Where the folder cannot be made, the write below fails and says why.
            let _ = std::fs::create_dir_all(dir);
        }
        if guarded && let Some(expected) = expected {
            match check_disk(target, &expected) {
                Ok(DiskCheck::Unchanged | DiskCheck::Missing) => {}
                Ok(DiskCheck::Changed) => return Err(WriteFailure::Conflict),
                Err(error) => return Err(WriteFailure::Failed(error)),
            }
        }
        let text = assessment_text(target, assessment).map_err(WriteFailure::Failed)?;
        write_atomic(target, text.as_bytes())
            .map_err(|e| WriteFailure::Failed(save_error(target, &e)))?;
        Ok(DiskStamp::of_bytes(target, text.as_bytes()))
    }
}

enum WriteFailure {
    Conflict,
    Failed(FileError),
}

fn conflict_error(path: &Path) -> FileError {
    FileError::single(
        path,
        Problem::error(None, crate::msg!("errors-session-conflict")),
    )
}

/// The autosave thread: sleeps until the next save is due or a change arrives.
fn autosave_loop(shared: Arc<Shared>) {
    loop {
        let mut st = shared.state();
        loop {
            if st.stop {
                return;
            }
            let now = Instant::now();
            st = match st.next_save_at() {
                Some(at) if at <= now => break,
                Some(at) => {
                    shared
                        .wake
                        .wait_timeout(st, at - now)
                        .unwrap_or_else(|e| e.into_inner())
                        .0
                }
                None => shared.wake.wait(st).unwrap_or_else(|e| e.into_inner()),
            };
        }
        let seq = st.seq;
        let Some(snapshot) = st.snapshot.clone() else {
            st.dirty_since = None;
            continue;
        };
        drop(st);
        // `save` keeps a failure in the shared state (shown in the status line) and
        // schedules the retry; there is nothing more to do with it here.
        let _ = shared.save(seq, &snapshot, Instant::now());
    }
}

/// An assessment being edited, its file and its save state.
pub struct Session {
    /// The assessment with all answers, always the newest state.
    pub assessment: Assessment,
    /// The user's file, once the assessment has been opened from or saved to one.
    pub path: Option<PathBuf>,
    /// Where a never-saved (or read-only) assessment is autosaved.
    pub recovery_path: PathBuf,
    /// Counts changes, so views can tell when cached figures are stale.
    pub generation: u64,
    /// Why the user's file is not written, if it is not.
    pub read_only: Option<ReadOnly>,
    lock: Option<FileLock>,
    shared: Arc<Shared>,
    autosave_started: bool,
}

impl std::fmt::Debug for Session {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Session")
            .field("path", &self.path)
            .field("recovery_path", &self.recovery_path)
            .field("generation", &self.generation)
            .field("read_only", &self.read_only)
            .finish_non_exhaustive()
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        self.shared.state().stop = true;
        self.shared.wake.notify_all();
    }
}

impl Session {
    /// A session for a new assessment that has no file yet.
    pub(crate) fn new_unsaved(assessment: Assessment, data_dir: &Path) -> Self {
        Self::with_paths(assessment, None, new_recovery_file(data_dir))
    }

    /// A session for an assessment that lives in `path` (no lock; see [`Self::open_file`]).
    /// The file as it is now is what later saves compare the disk with.
    pub fn for_file(assessment: Assessment, path: PathBuf) -> Self {
        let recovery_path = path.clone();
        let session = Self::with_paths(assessment, Some(path.clone()), recovery_path);
        {
            let mut st = session.shared.state();
            st.guarded = true;
            st.expected = DiskStamp::read(&path).ok().flatten();
        }
        session
    }

    /// A session for an assessment opened from `path` in the app: a read-only file, or one
    /// that another running instance has locked, opens read-only (changes go to a recovery
    /// file in `data_dir`); otherwise the file is locked for this session.
    pub fn open_file(assessment: Assessment, path: PathBuf, data_dir: &Path) -> Self {
        let mut session = Self::for_file(assessment, path.clone());
        if check_target(&path).is_some() {
            session.make_read_only(ReadOnly::FileProtected, data_dir);
            return session;
        }
        match crate::files::guard::acquire(&path) {
            LockOutcome::Acquired(lock) => session.lock = Some(lock),
            LockOutcome::HeldBy(info) => {
                session.make_read_only(ReadOnly::OpenElsewhere(info), data_dir)
            }
            LockOutcome::Unavailable => {}
        }
        session
    }

    /// A session continuing a recovery file (never saved by the user).
    pub(crate) fn from_recovery(assessment: Assessment, recovery_path: PathBuf) -> Self {
        Self::with_paths(assessment, None, recovery_path)
    }

    fn with_paths(assessment: Assessment, path: Option<PathBuf>, recovery_path: PathBuf) -> Self {
        let state = SaveState {
            target: path.clone().unwrap_or_else(|| recovery_path.clone()),
            guarded: false,
            expected: None,
            seq: 0,
            snapshot: None,
            saved_seq: 0,
            dirty_since: None,
            last_change: None,
            retry_at: None,
            error: None,
            last_saved: None,
            conflict: None,
            stop: false,
        };
        Self {
            assessment,
            path,
            recovery_path,
            generation: 0,
            read_only: None,
            lock: None,
            shared: Arc::new(Shared {
                state: Mutex::new(state),
                wake: Condvar::new(),
                writing: Mutex::new(()),
                waker: Mutex::new(None),
            }),
            autosave_started: false,
        }
    }

    fn make_read_only(&mut self, why: ReadOnly, data_dir: &Path) {
        self.read_only = Some(why);
        self.recovery_path = new_recovery_file(data_dir);
        let mut st = self.shared.state();
        st.target = self.recovery_path.clone();
        st.guarded = false;
        st.expected = None;
    }

    /// Starts the background thread that autosaves without waiting for frames; `waker` is
    /// called after each save attempt. Calling it again only replaces the waker.
    pub(crate) fn start_autosave(&mut self, waker: Waker) {
        *self.shared.waker.lock().unwrap_or_else(|e| e.into_inner()) = Some(waker);
        if self.autosave_started {
            return;
        }
        let shared = Arc::clone(&self.shared);
        let spawned = std::thread::Builder::new()
            .name("autosave".into())
            .spawn(move || autosave_loop(shared));
        self.autosave_started = spawned.is_ok();
    }

    /// Whether the background autosave runs.
    pub(crate) fn autosave_running(&self) -> bool {
        self.autosave_started
    }

    /// Where the next save goes: the user's file, or the recovery file.
    pub fn target(&self) -> PathBuf {
        self.shared.state().target.clone()
    }

    /// Whether there are changes not yet on disk.
    pub(crate) fn is_dirty(&self) -> bool {
        self.shared.state().dirty_since.is_some()
    }

    /// The last save error, shown until a save succeeds.
    pub fn save_error(&self) -> Option<FileError> {
        self.shared.state().error.clone()
    }

    /// When the assessment was last written successfully.
    pub(crate) fn last_saved(&self) -> Option<SystemTime> {
        self.shared.state().last_saved
    }

    /// Set when the user's file was changed on disk by someone else: no save goes there
    /// until the user reloads it, overwrites it ([`Self::overwrite_theirs`]) or saves a copy.
    pub fn conflict(&self) -> Option<Conflict> {
        self.shared.state().conflict.clone()
    }

    /// Records a change made at `now` and hands the new state to the autosave.
    pub(crate) fn mark_changed(&mut self, now: Instant) {
        self.generation += 1;
        {
            let mut st = self.shared.state();
            st.seq += 1;
            st.snapshot = Some(self.assessment.clone());
            st.dirty_since.get_or_insert(now);
            st.last_change = Some(now);
        }
        self.shared.wake.notify_all();
    }

    /// Sets the response to a question.
    pub fn set_response(&mut self, question_id: &str, response: Option<Response>, now: Instant) {
        if self.assessment.response(question_id) != response {
            self.assessment.set_response(question_id, response);
            self.mark_changed(now);
        }
    }

    /// Changes the assessment through `change` and records the change (for edits such as
    /// workshop votes that have no setter of their own here).
    pub fn edit<R>(&mut self, now: Instant, change: impl FnOnce(&mut Assessment) -> R) -> R {
        let result = change(&mut self.assessment);
        self.mark_changed(now);
        result
    }

    /// Sets the comment on a question.
    pub fn set_comment(&mut self, question_id: &str, comment: String, now: Instant) {
        if self.assessment.comment(question_id) != comment {
            self.assessment.set_comment(question_id, comment);
            self.mark_changed(now);
        }
    }

    /// When the next autosave is due, if any change is pending (none while a conflict
    /// waits for the user's decision).
    pub(crate) fn next_save_at(&self) -> Option<Instant> {
        self.shared.state().next_save_at()
    }

    /// Saves if a change is pending and its delay has passed. Returns the result of the
    /// save, or `None` when nothing was due.
    pub(crate) fn autosave_if_due(&mut self, now: Instant) -> Option<Result<(), FileError>> {
        (self.next_save_at()? <= now).then(|| self.save(now))
    }

    /// Writes the assessment to [`Self::target`] now. On failure the answers stay in memory,
    /// the error is kept for display and the save is retried after [`RETRY_DELAY`]. A file
    /// changed on disk by someone else is not written (see [`Self::conflict`]).
    pub fn save(&mut self, now: Instant) -> Result<(), FileError> {
        let seq = self.shared.state().seq;
        self.shared.save(seq, &self.assessment, now)
    }

    /// Saves to a new file chosen by the user; from then on autosave writes there (the
    /// file is locked for this session) and a recovery file is removed.
    pub fn save_as(&mut self, path: PathBuf, now: Instant) -> Result<(), FileError> {
        let previous_path = self.path.replace(path.clone());
        let previous = {
            let mut st = self.shared.state();
            let previous = (
                std::mem::replace(&mut st.target, path.clone()),
                std::mem::replace(&mut st.guarded, true),
                st.expected.take(),
                st.conflict.take(),
            );
            // The user chose this file: whatever is there is replaced, on purpose.
            previous
        };
        match self.save(now) {
            Ok(()) => {
                let (old_target, old_guarded, ..) = previous;
                if !old_guarded && old_target != path {
                    // The old recovery copy is no longer needed; one left behind is only
                    // offered again at the next start, never lost work.
                    let _ = std::fs::remove_file(&old_target);
                }
                self.recovery_path = path.clone();
                self.read_only = None;
                self.lock = match crate::files::guard::acquire(&path) {
                    LockOutcome::Acquired(lock) => Some(lock),
                    LockOutcome::HeldBy(_) => match crate::files::guard::take_over(&path) {
                        LockOutcome::Acquired(lock) => Some(lock),
                        _ => None,
                    },
                    LockOutcome::Unavailable => None,
                };
                Ok(())
            }
            Err(error) => {
                self.path = previous_path;
                let mut st = self.shared.state();
                (st.target, st.guarded, st.expected, st.conflict) = previous;
                st.retry_at = None;
                Err(error)
            }
        }
    }

    /// The user keeps this session's answers and overwrites the file that someone else
    /// changed on disk.
    pub(crate) fn overwrite_theirs(&mut self, now: Instant) -> Result<(), FileError> {
        {
            let mut st = self.shared.state();
            st.conflict = None;
            st.expected = DiskStamp::read(&st.target).ok().flatten();
            st.dirty_since.get_or_insert(now);
        }
        self.save(now)
    }

    /// Drops the changes not yet on disk (before the file is reloaded from disk).
    pub(crate) fn discard_unsaved(&mut self) {
        let mut st = self.shared.state();
        st.dirty_since = None;
        st.snapshot = None;
        st.retry_at = None;
        st.saved_seq = st.seq;
    }

    /// The user takes over a file that another instance has open: this session locks and
    /// writes it from now on (its changes made meanwhile go there too).
    pub(crate) fn take_over(&mut self, now: Instant) -> Result<(), FileError> {
        let Some(path) = self.path.clone() else {
            return Ok(());
        };
        if let LockOutcome::Acquired(lock) = crate::files::guard::take_over(&path) {
            self.lock = Some(lock);
        }
        let old_target = {
            let mut st = self.shared.state();
            st.guarded = true;
            st.expected = DiskStamp::read(&path).ok().flatten();
            st.conflict = None;
            std::mem::replace(&mut st.target, path.clone())
        };
        if old_target != path {
            // A recovery copy left behind is offered again at the next start: no loss.
            let _ = std::fs::remove_file(&old_target);
        }
        self.read_only = None;
        self.recovery_path = path;
        // Everything changed in this session (perhaps kept in a recovery copy) goes there.
        let changed = self.shared.state().seq > 0;
        if changed { self.save(now) } else { Ok(()) }
    }

    /// The user keeps a file that is open elsewhere read-only.
    pub(crate) fn keep_read_only(&mut self) {
        if let Some(ReadOnly::OpenElsewhere(info)) = &self.read_only {
            self.read_only = Some(ReadOnly::Chosen(info.clone()));
        }
    }

    /// Whether this session holds the lock of its file.
    pub fn holds_lock(&self) -> bool {
        self.lock.is_some()
    }

    /// A short name for window titles: the municipality and the file name.
    pub fn title(&self) -> String {
        let file = self
            .path
            .as_ref()
            .and_then(|p| p.file_name())
            .map(|n| n.to_string_lossy().into_owned());
        match file {
            Some(file) => format!("{} – {file}", self.assessment.profile.name),
            None => self.assessment.profile.name.clone(),
        }
    }
}

/// A never-saved assessment found in the recovery folder.
#[derive(Debug, Clone)]
pub(crate) struct Recoverable {
    /// The recovery file.
    pub path: PathBuf,
    /// The municipality's name.
    pub name: String,
    /// Number of questions with a response.
    pub answered: usize,
    /// When the file was last written.
    pub modified: Option<SystemTime>,
}

/// Lists the never-saved assessments in `data_dir` that can be restored, newest first.
pub(crate) fn find_recoverable(data_dir: &Path, questionnaire: &Questionnaire) -> Vec<Recoverable> {
    let mut found: Vec<Recoverable> = recovery_files(data_dir)
        .into_iter()
        .filter_map(|path| {
            let text = read_text(&path).ok()?;
            let opened = open_assessment_text(&path, &text, questionnaire).ok()?;
            let modified = std::fs::metadata(&path).and_then(|m| m.modified()).ok();
            Some(Recoverable {
                name: opened.assessment.profile.name.clone(),
                answered: opened.assessment.responded_count(questionnaire),
                path,
                modified,
            })
        })
        .collect();
    found.sort_by_key(|r| std::cmp::Reverse(r.modified));
    found
}

#[cfg(test)]
mod tests;
