//! An open assessment with its file and autosave state (no UI types).
//!
//! Every change marks the session dirty; [`Session::autosave_if_due`] writes it at most
//! [`AUTOSAVE_DELAY`] after the first unsaved change, atomically, to the user's file, or —
//! for an assessment that has never been saved — to a recovery file in the data folder,
//! which the next start offers back.

use crate::files::{FileError, read_text};
use crate::model::{Assessment, Questionnaire, Response, open_assessment_text};
use crate::storage::save_assessment;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant, SystemTime};

/// How long after the first unsaved change the autosave writes.
pub const AUTOSAVE_DELAY: Duration = Duration::from_millis(1_000);

/// How long to wait before trying again after a failed save.
pub const RETRY_DELAY: Duration = Duration::from_secs(5);

/// Name of the folder (inside the data folder) that holds never-saved assessments.
pub const RECOVERY_FOLDER: &str = "wiederherstellung";

/// An assessment being edited, its file and its save state.
#[derive(Debug)]
pub struct Session {
    /// The assessment with all answers, always the newest state.
    pub assessment: Assessment,
    /// The user's file, once the assessment has been opened from or saved to one.
    pub path: Option<PathBuf>,
    /// Where a never-saved assessment is autosaved.
    pub recovery_path: PathBuf,
    /// When the first change not yet on disk was made.
    dirty_since: Option<Instant>,
    /// When a failed save may be retried.
    retry_at: Option<Instant>,
    /// The last save error, shown until a save succeeds.
    pub save_error: Option<FileError>,
    /// When the assessment was last written successfully.
    pub last_saved: Option<SystemTime>,
    /// Counts changes, so views can tell when cached figures are stale.
    pub generation: u64,
}

impl Session {
    /// A session for a new assessment that has no file yet.
    pub fn new_unsaved(assessment: Assessment, data_dir: &Path) -> Self {
        let stamp = SystemTime::now()
            .duration_since(SystemTime::UNIX_EPOCH)
            .map(|d| d.as_millis())
            .unwrap_or(0);
        let recovery_path = data_dir
            .join(RECOVERY_FOLDER)
            .join(format!("bewertung-{stamp}-{}.ron", std::process::id()));
        Self::with_paths(assessment, None, recovery_path)
    }

    /// A session for an assessment that lives in `path`.
    pub fn for_file(assessment: Assessment, path: PathBuf) -> Self {
        let recovery_path = path.clone();
        Self::with_paths(assessment, Some(path), recovery_path)
    }

    /// A session continuing a recovery file (never saved by the user).
    pub fn from_recovery(assessment: Assessment, recovery_path: PathBuf) -> Self {
        Self::with_paths(assessment, None, recovery_path)
    }

    fn with_paths(assessment: Assessment, path: Option<PathBuf>, recovery_path: PathBuf) -> Self {
        Self {
            assessment,
            path,
            recovery_path,
            dirty_since: None,
            retry_at: None,
            save_error: None,
            last_saved: None,
            generation: 0,
        }
    }

    /// Where the next save goes: the user's file, or the recovery file.
    pub fn target(&self) -> &Path {
        self.path.as_deref().unwrap_or(&self.recovery_path)
    }

    /// Whether there are changes not yet on disk.
    pub fn is_dirty(&self) -> bool {
        self.dirty_since.is_some()
    }

    /// Records a change made at `now`.
    pub fn mark_changed(&mut self, now: Instant) {
        self.generation += 1;
        self.dirty_since.get_or_insert(now);
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

    /// When the next autosave is due, if any change is pending.
    pub fn next_save_at(&self) -> Option<Instant> {
        let due = self.dirty_since? + AUTOSAVE_DELAY;
        Some(self.retry_at.map_or(due, |retry| retry.max(due)))
    }

    /// Saves if a change is pending and its delay has passed. Returns the result of the
    /// save, or `None` when nothing was due.
    pub fn autosave_if_due(&mut self, now: Instant) -> Option<Result<(), FileError>> {
        (self.next_save_at()? <= now).then(|| self.save(now))
    }

    /// Writes the assessment to [`Self::target`] now. On failure the answers stay in memory,
    /// the error is kept for display and the save is retried after [`RETRY_DELAY`].
    pub fn save(&mut self, now: Instant) -> Result<(), FileError> {
        let target = self.target().to_path_buf();
        if self.path.is_none()
            && let Some(dir) = target.parent()
        {
            let _ = std::fs::create_dir_all(dir);
        }
        match save_assessment(&target, &self.assessment) {
            Ok(()) => {
                self.dirty_since = None;
                self.retry_at = None;
                self.save_error = None;
                self.last_saved = Some(SystemTime::now());
                Ok(())
            }
            Err(error) => {
                self.retry_at = Some(now + RETRY_DELAY);
                self.dirty_since.get_or_insert(now);
                self.save_error = Some(error.clone());
                Err(error)
            }
        }
    }

    /// Saves to a new file chosen by the user; from then on autosave writes there and the
    /// recovery file is removed.
    pub fn save_as(&mut self, path: PathBuf, now: Instant) -> Result<(), FileError> {
        let previous = self.path.replace(path);
        match self.save(now) {
            Ok(()) => {
                if previous.is_none() {
                    let _ = std::fs::remove_file(&self.recovery_path);
                }
                self.recovery_path = self.path.clone().unwrap_or_default();
                Ok(())
            }
            Err(error) => {
                self.path = previous;
                self.retry_at = None;
                Err(error)
            }
        }
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
pub struct Recoverable {
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
pub fn find_recoverable(data_dir: &Path, questionnaire: &Questionnaire) -> Vec<Recoverable> {
    let Ok(entries) = std::fs::read_dir(data_dir.join(RECOVERY_FOLDER)) else {
        return Vec::new();
    };
    let mut found: Vec<Recoverable> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "ron"))
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
mod tests {
    use super::*;
    use crate::model::{BodyKind, Date, FederalState, Profile, parse_questionnaire};

    fn questionnaire() -> Questionnaire {
        parse_questionnaire(
            Path::new("mini.ron"),
            include_str!("../tests/fixtures/mini-questionnaire.ron"),
        )
        .unwrap()
    }

    fn new_assessment(q: &Questionnaire) -> Assessment {
        let profile = Profile {
            name: "Autosavestadt".into(),
            council_name: None,
            state: FederalState::Bremen,
            kind: BodyKind::Stadt,
            population: 9_000,
        };
        Assessment::new(q, profile, Date::new(2026, 5, 4).unwrap())
    }

    #[test]
    fn autosave_waits_for_the_delay_then_writes_the_recovery_file() {
        let dir = tempfile::tempdir().unwrap();
        let q = questionnaire();
        let mut session = Session::new_unsaved(new_assessment(&q), dir.path());
        let t0 = Instant::now();
        assert!(session.autosave_if_due(t0).is_none(), "nothing changed yet");
        session.set_response("k1", Some(Response::Level(2)), t0);
        assert!(
            session
                .autosave_if_due(t0 + Duration::from_millis(500))
                .is_none()
        );
        let result = session.autosave_if_due(t0 + AUTOSAVE_DELAY);
        assert!(matches!(result, Some(Ok(()))));
        assert!(!session.is_dirty());
        let found = find_recoverable(dir.path(), &q);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].name, "Autosavestadt");
        assert_eq!(found[0].answered, 1);
    }

    #[test]
    fn save_as_moves_autosave_to_the_users_file_and_removes_recovery() {
        let dir = tempfile::tempdir().unwrap();
        let q = questionnaire();
        let mut session = Session::new_unsaved(new_assessment(&q), dir.path());
        let t0 = Instant::now();
        session.set_response("k1", Some(Response::Level(2)), t0);
        session.save(t0).unwrap();
        let file = dir.path().join("meine.ron");
        session.save_as(file.clone(), t0).unwrap();
        assert!(find_recoverable(dir.path(), &q).is_empty());
        session.set_comment("k1", "Nachweis liegt vor".into(), t0);
        session
            .autosave_if_due(t0 + AUTOSAVE_DELAY)
            .unwrap()
            .unwrap();
        let text = std::fs::read_to_string(&file).unwrap();
        assert!(text.contains("Nachweis liegt vor"));
        assert_eq!(session.title(), "Autosavestadt – meine.ron");
    }

    #[test]
    fn failed_save_keeps_answers_reports_and_retries() {
        let dir = tempfile::tempdir().unwrap();
        let q = questionnaire();
        let gone = dir.path().join("ausgeworfener-stick").join("b.ron");
        let mut session = Session::for_file(new_assessment(&q), gone.clone());
        let t0 = Instant::now();
        session.set_response("k2", Some(Response::Level(4)), t0);
        let result = session.autosave_if_due(t0 + AUTOSAVE_DELAY).unwrap();
        assert!(result.is_err());
        assert!(session.is_dirty());
        assert!(session.save_error.is_some());
        assert_eq!(session.assessment.response("k2"), Some(Response::Level(4)));
        // No retry before the retry delay; after it, and with the folder back, it succeeds.
        assert!(
            session
                .autosave_if_due(t0 + AUTOSAVE_DELAY + Duration::from_secs(1))
                .is_none()
        );
        std::fs::create_dir_all(gone.parent().unwrap()).unwrap();
        let later = t0 + AUTOSAVE_DELAY + RETRY_DELAY;
        assert!(matches!(session.autosave_if_due(later), Some(Ok(()))));
        assert!(session.save_error.is_none());
        assert!(std::fs::read_to_string(&gone).unwrap().contains("Level(4)"));
    }

    #[test]
    fn unchanged_values_do_not_mark_dirty() {
        let dir = tempfile::tempdir().unwrap();
        let q = questionnaire();
        let mut session = Session::new_unsaved(new_assessment(&q), dir.path());
        session.set_comment("k1", String::new(), Instant::now());
        session.set_response("k1", None, Instant::now());
        assert!(!session.is_dirty());
    }
}
