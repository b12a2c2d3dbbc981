//! Earlier assessments linked for the progress view, read on background threads and
//! cached, so that a view never reads a file while it is drawn: a slow, huge or odd file
//! (a FIFO, a device) can never freeze the window.
//!
//! [`history`] builds the history from what is already read; a file still being read is
//! listed as a note and [`version`] changes when it arrives. Entries are checked again in
//! the background (size and modification time) at most every [`RECHECK`].

use crate::files::{FileError, Problem};
use crate::model::{Assessment, Questionnaire};
use crate::progress::{History, LinkNote, LinkedAssessment, build_history, resolve_links};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard, OnceLock};
use std::time::{Duration, Instant, SystemTime};

/// How often a cached file is checked for changes on disk.
pub(crate) const RECHECK: Duration = Duration::from_secs(2);

type Key = (PathBuf, String);
type Stamp = Option<(u64, Option<SystemTime>)>;

enum Entry {
    Loading,
    Done {
        stamp: Stamp,
        checked: Instant,
        rechecking: bool,
        result: Result<Arc<LinkedAssessment>, FileError>,
    },
}

#[derive(Default)]
struct Cache {
    entries: HashMap<Key, Entry>,
    version: u64,
}

fn cache() -> MutexGuard<'static, Cache> {
    static CACHE: OnceLock<Mutex<Cache>> = OnceLock::new();
    CACHE
        .get_or_init(Default::default)
        .lock()
        .unwrap_or_else(|e| e.into_inner())
}

fn stamp_of(path: &Path) -> Stamp {
    std::fs::metadata(path)
        .ok()
        .map(|m| (m.len(), m.modified().ok()))
}

/// Changes whenever a file finished loading (a view keyed on it rebuilds).
pub fn version() -> u64 {
    cache().version
}

/// Whether any linked file is still being read.
pub fn loading() -> bool {
    cache()
        .entries
        .values()
        .any(|e| matches!(e, Entry::Loading))
}

fn questionnaire_key(questionnaire: &Questionnaire) -> String {
    format!("{}@{}", questionnaire.id, questionnaire.version)
}

fn spawn_load(key: Key, questionnaire: Arc<Questionnaire>, recheck_of: Stamp) {
    let own_key = key.clone();
    let spawned = std::thread::Builder::new()
        .name("linked-file".into())
        .spawn(move || {
            let stamp = stamp_of(&key.0);
            if recheck_of.is_some() && stamp == recheck_of {
                if let Some(Entry::Done {
                    checked,
                    rechecking,
                    ..
                }) = cache().entries.get_mut(&key)
                {
                    *checked = Instant::now();
                    *rechecking = false;
                }
                return;
            }
            let result = crate::progress::load_linked(&key.0, &questionnaire).map(Arc::new);
            let mut cache = cache();
            cache.entries.insert(
                key,
                Entry::Done {
                    stamp,
                    checked: Instant::now(),
                    rechecking: false,
                    result,
                },
            );
            cache.version += 1;
        });
    if spawned.is_err() {
        cache().entries.remove(&own_key);
    }
}

/// The linked file `path` as read so far: `None` while it is being read (a read is
/// started if none runs).
pub(crate) fn lookup(
    path: &Path,
    questionnaire: &Questionnaire,
) -> Option<Result<Arc<LinkedAssessment>, FileError>> {
    let key = (path.to_path_buf(), questionnaire_key(questionnaire));
    let mut guard = cache();
    match guard.entries.get_mut(&key) {
        None => {
            guard.entries.insert(key.clone(), Entry::Loading);
            drop(guard);
            spawn_load(key, Arc::new(questionnaire.clone()), None);
            None
        }
        Some(Entry::Loading) => None,
        Some(Entry::Done {
            stamp,
            checked,
            rechecking,
            result,
        }) => {
            let result = result.clone();
            if !*rechecking && checked.elapsed() >= RECHECK {
                *rechecking = true;
                let stamp = *stamp;
                drop(guard);
                spawn_load(
                    key,
                    Arc::new(questionnaire.clone()),
                    Some(stamp.unwrap_or((u64::MAX, None))),
                );
            }
            Some(result)
        }
    }
}

/// The history of `current` with its linked assessments as far as they are read; files
/// still being read appear as a note and arrive with a later [`version`].
pub fn history(
    questionnaire: &Questionnaire,
    current: &Assessment,
    current_path: Option<&Path>,
) -> History {
    let mut linked = Vec::new();
    let mut notes = Vec::new();
    for path in resolve_links(current, current_path) {
        match lookup(&path, questionnaire) {
            Some(Ok(l)) => linked.push(LinkedAssessment::clone(&l)),
            Some(Err(error)) => notes.extend(error.problems.into_iter().map(|problem| LinkNote {
                path: error.path.clone(),
                problem,
            })),
            None => notes.push(LinkNote {
                path,
                problem: Problem::warning(None, crate::msg!("errors-history-still-reading")),
            }),
        }
    }
    build_history(questionnaire, current, current_path, linked, notes)
}

/// Stores a file the user has just linked (and that was read to check it) under the path
/// the history will look it up by, so that the view shows it at once.
pub(crate) fn remember_link(
    current: &Assessment,
    current_path: Option<&Path>,
    link: &str,
    questionnaire: &Questionnaire,
    linked: LinkedAssessment,
) {
    let Some(index) = current.earlier.iter().position(|l| l == link) else {
        return;
    };
    let Some(path) = resolve_links(current, current_path).into_iter().nth(index) else {
        return;
    };
    let stamp = stamp_of(&path);
    let mut cache = cache();
    cache.entries.insert(
        (path, questionnaire_key(questionnaire)),
        Entry::Done {
            stamp,
            checked: Instant::now(),
            rechecking: false,
            result: Ok(Arc::new(linked)),
        },
    );
    cache.version += 1;
}
