//! Tests of the parent module.

use super::*;
use crate::model::save_assessment;
use crate::model::{BodyKind, Date, FederalState, Profile, parse_questionnaire};

fn questionnaire() -> Questionnaire {
    parse_questionnaire(
        Path::new("mini.ron"),
        include_str!("../../tests/fixtures/mini-questionnaire.ron"),
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
        federation: None,
        district_services: false,
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
    assert!(session.save_error().is_some());
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
    assert!(session.save_error().is_none());
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

fn wait_for(limit: Duration, mut done: impl FnMut() -> bool) -> bool {
    let until = Instant::now() + limit;
    while Instant::now() < until {
        if done() {
            return true;
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    done()
}

#[test]
fn background_autosave_writes_without_any_frame() {
    let dir = tempfile::tempdir().unwrap();
    let q = questionnaire();
    let file = dir.path().join("verdeckt.ron");
    save_assessment(&file, &new_assessment(&q)).unwrap();
    let mut session = Session::open_file(new_assessment(&q), file.clone(), dir.path());
    let wakes = Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let counter = Arc::clone(&wakes);
    session.start_autosave(Arc::new(move || {
        counter.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
    }));
    // The window is covered right after the answer: nothing calls the session again.
    let changed = Instant::now();
    session.set_response("k1", Some(Response::Level(3)), changed);
    let on_disk = wait_for(AUTOSAVE_DELAY * 3, || {
        std::fs::read_to_string(&file).is_ok_and(|t| t.contains("Level(3)"))
    });
    let took = changed.elapsed();
    assert!(on_disk, "not saved without frames after {took:?}");
    assert!(took >= AUTOSAVE_DELAY, "saved before the delay ({took:?})");
    // The window is woken once the save is recorded (just after the rename).
    assert!(
        wait_for(Duration::from_millis(500), || {
            wakes.load(std::sync::atomic::Ordering::SeqCst) >= 1 && !session.is_dirty()
        }),
        "window not woken"
    );
    assert!(session.last_saved().is_some());
}

#[test]
fn failed_background_save_shows_at_once_and_clears_after_the_retry() {
    let dir = tempfile::tempdir().unwrap();
    let q = questionnaire();
    let stick = dir.path().join("stick");
    std::fs::create_dir(&stick).unwrap();
    let file = stick.join("b.ron");
    let mut session = Session::for_file(new_assessment(&q), file.clone());
    let woken = Arc::new(Mutex::new(Vec::<Instant>::new()));
    let log = Arc::clone(&woken);
    session.start_autosave(Arc::new(move || log.lock().unwrap().push(Instant::now())));
    std::fs::remove_dir_all(&stick).unwrap();
    let t0 = Instant::now();
    session.set_response("k2", Some(Response::Level(4)), t0);
    assert!(wait_for(AUTOSAVE_DELAY * 3, || session
        .save_error()
        .is_some()));
    let failed_after = t0.elapsed();
    assert!(
        failed_after < AUTOSAVE_DELAY + Duration::from_millis(800),
        "{failed_after:?}"
    );
    // The window was woken when the error appeared, not seconds later.
    let first_wake = woken.lock().unwrap().first().copied().unwrap();
    assert!(first_wake.duration_since(t0) < AUTOSAVE_DELAY + Duration::from_millis(800));
    // The folder comes back: the retry succeeds and the error disappears by itself.
    std::fs::create_dir_all(&stick).unwrap();
    assert!(wait_for(RETRY_DELAY + AUTOSAVE_DELAY * 2, || session
        .save_error()
        .is_none()));
    assert!(std::fs::read_to_string(&file).unwrap().contains("Level(4)"));
    assert!(
        woken.lock().unwrap().len() >= 2,
        "not woken after the retry"
    );
}

#[cfg(unix)]
#[test]
fn read_only_file_opens_read_only_and_is_never_replaced() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let q = questionnaire();
    let file = dir.path().join("fest.ron");
    save_assessment(&file, &new_assessment(&q)).unwrap();
    std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o444)).unwrap();
    let before = std::fs::read(&file).unwrap();
    let data = dir.path().join("daten");
    let mut session = Session::open_file(new_assessment(&q), file.clone(), &data);
    assert_eq!(session.read_only, Some(ReadOnly::FileProtected));
    let t0 = Instant::now();
    session.set_response("k1", Some(Response::Level(2)), t0);
    session
        .autosave_if_due(t0 + AUTOSAVE_DELAY)
        .unwrap()
        .unwrap();
    assert_eq!(
        std::fs::read(&file).unwrap(),
        before,
        "read-only file replaced"
    );
    let mode = std::fs::metadata(&file).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o444);
    // The answer is safe in a recovery copy that the next start offers.
    let found = find_recoverable(&data, &q);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].answered, 1);
    // Saving a copy elsewhere makes that copy the file and removes the recovery copy.
    let copy = dir.path().join("kopie.ron");
    session.save_as(copy.clone(), t0).unwrap();
    assert!(session.read_only.is_none());
    assert!(find_recoverable(&data, &q).is_empty());
    assert!(std::fs::read_to_string(&copy).unwrap().contains("Level(2)"));
}

#[test]
fn a_second_instance_opens_read_only_until_it_takes_over() {
    let dir = tempfile::tempdir().unwrap();
    let q = questionnaire();
    let file = dir.path().join("geteilt.ron");
    save_assessment(&file, &new_assessment(&q)).unwrap();
    // The first instance runs on another computer (a shared drive).
    let other = crate::files::guard::LockInfo {
        pid: 1,
        host: "rathaus-pc-7".into(),
        user: "kollege".into(),
        since: 1_700_000_000,
        token: 1,
    };
    let crate::files::guard::LockOutcome::Acquired(theirs) =
        crate::files::guard::acquire_as(&file, other.clone())
    else {
        panic!("the colleague's lock was not taken");
    };
    let before = std::fs::read(&file).unwrap();
    let mut second = Session::open_file(new_assessment(&q), file.clone(), dir.path());
    assert_eq!(
        second.read_only,
        Some(ReadOnly::OpenElsewhere(other.clone()))
    );
    let t0 = Instant::now();
    second.set_response("k1", Some(Response::Level(1)), t0);
    second
        .autosave_if_due(t0 + AUTOSAVE_DELAY)
        .unwrap()
        .unwrap();
    assert_eq!(
        std::fs::read(&file).unwrap(),
        before,
        "second instance wrote the file"
    );
    second.keep_read_only();
    assert_eq!(second.read_only, Some(ReadOnly::Chosen(other)));
    // Taking over: the lock is ours and the answers go into the file.
    second.take_over(t0).unwrap();
    assert!(second.holds_lock());
    assert!(second.read_only.is_none());
    assert!(std::fs::read_to_string(&file).unwrap().contains("Level(1)"));
    let lock = std::fs::read_to_string(crate::files::guard::lock_path(&file)).unwrap();
    assert!(
        lock.contains(&format!("pid={}", std::process::id())),
        "{lock}"
    );
    drop(theirs);
    assert!(
        crate::files::guard::lock_path(&file).exists(),
        "the former holder removed the lock that was taken over"
    );
    drop(second);
    assert!(
        !crate::files::guard::lock_path(&file).exists(),
        "lock left behind"
    );
}

#[test]
fn a_file_changed_on_disk_is_never_overwritten_without_asking() {
    let dir = tempfile::tempdir().unwrap();
    let q = questionnaire();
    let file = dir.path().join("geteilt.ron");
    save_assessment(&file, &new_assessment(&q)).unwrap();
    let mut mine = Session::open_file(new_assessment(&q), file.clone(), dir.path());
    // Someone else (another window that ignored the lock) saves their answer.
    let mut theirs = new_assessment(&q);
    theirs.set_comment("k2", "Antwort der Kollegin".into());
    save_assessment(&file, &theirs).unwrap();
    let t0 = Instant::now();
    mine.set_response("k1", Some(Response::Level(4)), t0);
    let result = mine.autosave_if_due(t0 + AUTOSAVE_DELAY).unwrap();
    assert!(result.is_err());
    assert!(mine.conflict().is_some());
    assert!(mine.save_error().unwrap().to_string().contains("geändert"));
    assert!(
        std::fs::read_to_string(&file)
            .unwrap()
            .contains("Antwort der Kollegin")
    );
    // No further autosave while the user has not decided.
    assert_eq!(mine.next_save_at(), None);
    assert!(mine.save(t0 + RETRY_DELAY * 2).is_err());
    assert!(
        std::fs::read_to_string(&file)
            .unwrap()
            .contains("Antwort der Kollegin")
    );
    // "Save mine as a copy" keeps both.
    let copy = dir.path().join("meine.ron");
    mine.save_as(copy.clone(), t0).unwrap();
    assert!(mine.conflict().is_none());
    assert!(std::fs::read_to_string(&copy).unwrap().contains("Level(4)"));
    assert!(
        std::fs::read_to_string(&file)
            .unwrap()
            .contains("Antwort der Kollegin")
    );
}

#[test]
fn keep_mine_overwrites_only_when_asked() {
    let dir = tempfile::tempdir().unwrap();
    let q = questionnaire();
    let file = dir.path().join("geteilt.ron");
    save_assessment(&file, &new_assessment(&q)).unwrap();
    let mut mine = Session::for_file(new_assessment(&q), file.clone());
    let mut theirs = new_assessment(&q);
    theirs.set_comment("k2", "fremd".into());
    save_assessment(&file, &theirs).unwrap();
    let t0 = Instant::now();
    mine.set_response("k1", Some(Response::Level(4)), t0);
    assert!(mine.save(t0).is_err());
    mine.overwrite_theirs(t0).unwrap();
    assert!(mine.conflict().is_none());
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(
        text.contains("Level(4)") && !text.contains("fremd"),
        "{text}"
    );
    // From now on autosave goes on as before.
    mine.set_response("k1", Some(Response::Level(2)), t0);
    mine.autosave_if_due(t0 + AUTOSAVE_DELAY).unwrap().unwrap();
    // Reloading theirs: unsaved changes are dropped, nothing is written.
    save_assessment(&file, &theirs).unwrap();
    mine.set_response("k1", Some(Response::Level(0)), t0);
    mine.discard_unsaved();
    assert!(!mine.is_dirty());
    assert!(std::fs::read_to_string(&file).unwrap().contains("fremd"));
}
