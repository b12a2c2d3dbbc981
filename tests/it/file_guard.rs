//! The guarded file in the real app (egui_kittest): a read-only file opens with a banner
//! and is never replaced, a second instance is asked what to do, a file changed on disk
//! by someone else is not overwritten without a choice, and the red "not saved" line comes
//! and goes with the saves themselves, without waiting for input.

#![allow(clippy::unwrap_used)]

use crate::common::app as support;
use reifegrad::text::Lang;

use egui::Key;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use reifegrad::model::{Response, bundled_questionnaire};
use reifegrad::session::{AUTOSAVE_DELAY, ReadOnly};
use reifegrad::ui::ReifegradApp;
use reifegrad::ui::dialogs::{DialogRequest, FileDialogs};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

#[derive(Default)]
struct Dialogs {
    save_to: Mutex<Option<PathBuf>>,
}

impl FileDialogs for Dialogs {
    fn pick(&self, request: &DialogRequest, _lang: Lang) -> Option<PathBuf> {
        match request {
            DialogRequest::SaveAssessment(_) => self.save_to.lock().unwrap().clone(),
            _ => None,
        }
    }
}

fn harness(
    data_dir: &Path,
    dialogs: Arc<Dialogs>,
    file: Option<PathBuf>,
) -> Harness<'static, ReifegradApp> {
    support::harness_sized(data_dir, dialogs, file, egui::vec2(1366.0, 768.0))
}

fn example_file(dir: &Path, name: &str) -> PathBuf {
    let q = bundled_questionnaire().unwrap();
    let path = dir.join(name);
    reifegrad::model::save_assessment(&path, &reifegrad::model::example::example_assessment(&q))
        .unwrap();
    path
}

/// A level the example's first question does not have yet, and its key.
fn new_level() -> (u8, Key) {
    let q = bundled_questionnaire().unwrap();
    let example = reifegrad::model::example::example_assessment(&q);
    let now = example.response(&first_id());
    [(1, Key::Num1), (2, Key::Num2), (3, Key::Num3)]
        .into_iter()
        .find(|(level, _)| now != Some(Response::Level(*level)))
        .unwrap()
}

fn first_id() -> String {
    bundled_questionnaire()
        .unwrap()
        .questions()
        .next()
        .unwrap()
        .1
        .id
        .clone()
}

/// Runs frames until `done` holds, at most `limit`.
/// How long a test waits at most for the autosave thread to act: far more than it needs
/// (one autosave delay or one retry), so a busy machine does not fail the test.
const PATIENCE: Duration = Duration::from_secs(30);

fn run_until(
    h: &mut Harness<'static, ReifegradApp>,
    limit: Duration,
    mut done: impl FnMut(&ReifegradApp) -> bool,
) -> bool {
    let until = Instant::now() + limit;
    loop {
        h.run();
        if done(h.state()) {
            return true;
        }
        if Instant::now() > until {
            return false;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[cfg(unix)]
#[test]
fn a_read_only_file_shows_a_banner_and_is_never_replaced() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let file = example_file(dir.path(), "fest.ron");
    std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o444)).unwrap();
    let before = std::fs::read(&file).unwrap();
    let mut h = harness(
        &dir.path().join("daten"),
        Arc::default(),
        Some(file.clone()),
    );
    assert_eq!(
        h.state().session.as_ref().unwrap().read_only,
        Some(ReadOnly::FileProtected)
    );
    h.get_by_label_contains("Schreibgeschützt");
    h.key_press(new_level().1);
    h.run();
    std::thread::sleep(AUTOSAVE_DELAY + Duration::from_millis(400));
    h.run();
    assert_eq!(
        std::fs::read(&file).unwrap(),
        before,
        "read-only file replaced"
    );
    let mode = std::fs::metadata(&file).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o444);
    assert!(
        h.query_all_by_label_contains("Nicht gespeichert")
            .next()
            .is_none()
    );
}

#[test]
fn a_second_instance_chooses_read_only_or_takes_over() {
    let dir = tempfile::tempdir().unwrap();
    let file = example_file(dir.path(), "geteilt.ron");
    // A colleague on another computer holds the file open (a shared drive).
    let colleague = reifegrad::files::guard::LockInfo {
        pid: 1,
        host: "rathaus-pc-7".into(),
        user: "kollegin".into(),
        since: 1_700_000_000,
        token: 3,
    };
    let reifegrad::files::guard::LockOutcome::Acquired(_theirs) =
        reifegrad::files::guard::acquire_as(&file, colleague)
    else {
        panic!("the colleague's lock was not taken");
    };
    let before = std::fs::read(&file).unwrap();
    let mut h = harness(
        &dir.path().join("daten"),
        Arc::default(),
        Some(file.clone()),
    );
    h.get_by_role_and_label(Role::Dialog, "Diese Bewertung ist bereits geöffnet");
    h.get_by_label_contains("kollegin @ rathaus-pc-7");
    h.get_by_label("Schreibgeschützt öffnen").click();
    h.run();
    assert!(matches!(
        h.state().session.as_ref().unwrap().read_only,
        Some(ReadOnly::Chosen(_))
    ));
    h.get_by_label_contains("Schreibgeschützt geöffnet");
    let (level, key) = new_level();
    h.key_press(key);
    h.run();
    std::thread::sleep(AUTOSAVE_DELAY + Duration::from_millis(400));
    h.run();
    assert_eq!(
        std::fs::read(&file).unwrap(),
        before,
        "the second instance wrote the file"
    );

    // Taking over: the answer given meanwhile goes into the file.
    h.get_by_label("Datei übernehmen").click();
    h.run();
    assert!(h.state().session.as_ref().unwrap().read_only.is_none());
    let text = std::fs::read_to_string(&file).unwrap();
    let opened =
        reifegrad::model::open_assessment_text(&file, &text, &bundled_questionnaire().unwrap())
            .unwrap();
    assert_eq!(
        opened.assessment.response(&first_id()),
        Some(Response::Level(level))
    );
    let lock = std::fs::read_to_string(reifegrad::files::guard::lock_path(&file)).unwrap();
    assert!(
        lock.contains(&format!("pid={}", std::process::id())),
        "{lock}"
    );
}

#[test]
fn a_file_changed_on_disk_asks_and_can_load_their_version() {
    let dir = tempfile::tempdir().unwrap();
    let file = example_file(dir.path(), "geteilt.ron");
    let mut h = harness(
        &dir.path().join("daten"),
        Arc::default(),
        Some(file.clone()),
    );
    assert!(h.state().session.as_ref().unwrap().holds_lock());
    // A colleague's program ignores the lock and saves a comment.
    let q = bundled_questionnaire().unwrap();
    let mut theirs = reifegrad::model::example::example_assessment(&q);
    theirs.set_comment(&first_id(), "Fassung der Kollegin".into());
    reifegrad::model::save_assessment(&file, &theirs).unwrap();
    let (_, key) = new_level();
    h.key_press(key);
    h.run();
    assert!(run_until(&mut h, PATIENCE, |app| {
        app.session.as_ref().unwrap().conflict().is_some()
    }));
    h.get_by_role_and_label(Role::Dialog, "Die Datei wurde von jemand anderem geändert");
    assert!(
        std::fs::read_to_string(&file)
            .unwrap()
            .contains("Fassung der Kollegin")
    );
    h.get_by_label_contains("Deren Fassung laden").click();
    h.run();
    let session = h.state().session.as_ref().unwrap();
    assert!(session.conflict().is_none());
    assert_eq!(
        session.assessment.comment(&first_id()),
        "Fassung der Kollegin"
    );
    assert!(
        std::fs::read_to_string(&file)
            .unwrap()
            .contains("Fassung der Kollegin")
    );
}

#[test]
fn keep_mine_overwrites_after_asking() {
    let dir = tempfile::tempdir().unwrap();
    let file = example_file(dir.path(), "geteilt.ron");
    let mut h = harness(
        &dir.path().join("daten"),
        Arc::default(),
        Some(file.clone()),
    );
    let q = bundled_questionnaire().unwrap();
    let mut theirs = reifegrad::model::example::example_assessment(&q);
    theirs.set_comment(&first_id(), "Fassung der Kollegin".into());
    reifegrad::model::save_assessment(&file, &theirs).unwrap();
    let (level, key) = new_level();
    h.key_press(key);
    h.run();
    assert!(run_until(&mut h, PATIENCE, |app| {
        app.session.as_ref().unwrap().conflict().is_some()
    }));
    h.get_by_label_contains("Meine behalten").click();
    h.run();
    // The overwrite is a save like any other: wait for it on a busy machine.
    let overwritten = |_: &ReifegradApp| {
        !std::fs::read_to_string(&file)
            .unwrap_or_default()
            .contains("Fassung der Kollegin")
    };
    assert!(run_until(&mut h, PATIENCE, overwritten));
    let text = std::fs::read_to_string(&file).unwrap();
    let opened = reifegrad::model::open_assessment_text(&file, &text, &q).unwrap();
    assert_eq!(
        opened.assessment.response(&first_id()),
        Some(Response::Level(level))
    );
}

#[test]
fn the_not_saved_line_comes_at_once_and_goes_after_the_retry() {
    let dir = tempfile::tempdir().unwrap();
    let stick = dir.path().join("stick");
    std::fs::create_dir(&stick).unwrap();
    let file = example_file(&stick, "b.ron");
    let mut h = harness(
        &dir.path().join("daten"),
        Arc::default(),
        Some(file.clone()),
    );
    std::fs::remove_dir_all(&stick).unwrap();
    let t0 = Instant::now();
    let (level, key) = new_level();
    h.key_press(key);
    h.run();
    // No further input: the line must show within the autosave delay plus a little.
    assert!(run_until(&mut h, PATIENCE, |app| {
        app.session.as_ref().unwrap().save_error().is_some()
    }));
    h.run();
    h.get_by_label_contains("Nicht gespeichert");
    assert!(
        t0.elapsed() < AUTOSAVE_DELAY + Duration::from_secs(2),
        "{:?}",
        t0.elapsed()
    );
    // The stick is back: the retry saves and the line goes away without any input.
    std::fs::create_dir_all(&stick).unwrap();
    assert!(run_until(&mut h, PATIENCE, |app| {
        app.session.as_ref().unwrap().save_error().is_none()
    }));
    h.run();
    assert!(
        h.query_all_by_label_contains("Nicht gespeichert")
            .next()
            .is_none()
    );
    let text = std::fs::read_to_string(&file).unwrap();
    let q = bundled_questionnaire().unwrap();
    let saved = reifegrad::model::open_assessment_text(&file, &text, &q).unwrap();
    assert_eq!(
        saved.assessment.response(&first_id()),
        Some(Response::Level(level))
    );
}
