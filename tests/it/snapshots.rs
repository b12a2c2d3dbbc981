//! Image snapshots of the main views – start, a question, the results, the plan and a
//! workshop of 12 – in German and English, at 1366×768 (normal mode) and 1920×1080
//! (projector mode), so that a layout regression fails a test. Rendered by egui_kittest
//! through wgpu on the software renderer (lavapipe, or llvmpipe through GL) at half the
//! pixel density: the layout is that of the full window, the images stay small.
//!
//! The images are in `tests/snapshots/views/`; after an intended change of the layout,
//! `UPDATE_SNAPSHOTS=1 cargo test --test it snapshots` writes them anew (look at them
//! before committing). A failing comparison leaves `NAME.new.png` and `NAME.diff.png`
//! beside the image.
//!
//! The example town is shown without a file (no temporary path in the status line) and
//! with a fresh data folder (no recent files), so every run draws the same pixels.

#![allow(clippy::unwrap_used)]

use crate::common::app::ScriptedDialogs;

use egui::Key;
use egui_kittest::kittest::Queryable;
use egui_kittest::{Harness, SnapshotOptions};
use reifegrad::ui::{AppEnv, ReifegradApp};
use std::sync::Arc;

type App = Harness<'static, ReifegradApp>;

/// The app at `size` (in points), drawn at half the pixel density.
fn app(data_dir: &std::path::Path, size: egui::Vec2) -> App {
    let env = AppEnv {
        data_dir: data_dir.to_path_buf(),
        dialogs: Arc::new(ScriptedDialogs::default()),
        background_dialogs: false,
    };
    let app = ReifegradApp::new(env, None);
    let mut h = Harness::builder()
        .with_size(size)
        .with_pixels_per_point(0.5)
        .build_ui_state(|ui, app: &mut ReifegradApp| app.ui_root(ui), app);
    h.run();
    h
}

/// Differences the software renderers of two machines may show (anti-aliased edges of
/// text); a moved widget changes thousands of pixels.
fn options() -> SnapshotOptions {
    SnapshotOptions::new()
        .output_path("tests/snapshots/views")
        .threshold(1.5)
        .max_failed_pixels(400)
}

/// Snapshots the five views in one language and size.
fn views(lang: &str, size: egui::Vec2, projector: bool) {
    let dir = tempfile::tempdir().unwrap();
    let mut h = app(dir.path(), size);
    let name = |view: &str| format!("{lang}-{}x{}-{view}", size.x, size.y);
    if lang == "en" {
        h.get_by_label("Ansicht").click();
        h.run();
        h.get_by_label("English").click();
        h.run();
        h.key_press(Key::Escape);
        h.run();
    }
    if projector {
        let label = if lang == "en" {
            "Projector mode"
        } else {
            "Beamer-Modus"
        };
        h.get_by_label(label).click();
        h.run();
    }
    h.snapshot_options(name("1-start"), &options());

    let example = if lang == "en" {
        "Try the example town"
    } else {
        "Beispielstadt ausprobieren"
    };
    h.get_by_label(example).click();
    h.run();
    h.snapshot_options(name("2-question"), &options());

    h.key_press(Key::F5);
    h.run();
    h.snapshot_options(name("3-results"), &options());

    h.key_press(Key::F6);
    h.run();
    h.snapshot_options(name("4-plan"), &options());

    // A workshop of 12, every vote cast on the first question.
    h.key_press(Key::F2);
    h.run();
    let questions = if lang == "en" { "Questions" } else { "Fragen" };
    h.get_by_label(questions).click();
    h.run();
    let new = if lang == "en" { "New:" } else { "Neu:" };
    for role in crate::app_workshop::screenshot_roles() {
        h.get_by_label(new).click();
        h.run();
        h.get_by_label(new).type_text(&role);
        h.key_press(Key::Enter);
        h.run();
    }
    let votes = if lang == "en" { "Votes:" } else { "Stimmen:" };
    h.get_by_label_contains(votes).click();
    h.run();
    for key in [Key::Num2, Key::Num3, Key::Num2, Key::Num1].repeat(3) {
        h.key_press(key);
    }
    h.run();
    // The status line says „gesichert“ once the autosave has written the votes.
    let started = std::time::Instant::now();
    let saved = if lang == "en" {
        "✔ Saved"
    } else {
        "✔ Gesichert"
    };
    while h.query_by_label_contains(saved).is_none() {
        assert!(started.elapsed().as_secs() < 10, "the votes were not saved");
        std::thread::sleep(std::time::Duration::from_millis(100));
        h.run();
    }
    h.run();
    h.snapshot_options(name("5-workshop"), &options());
}

#[test]
fn views_in_german_at_1366_by_768() {
    views("de", egui::vec2(1366.0, 768.0), false);
}

#[test]
fn views_in_english_at_1366_by_768() {
    views("en", egui::vec2(1366.0, 768.0), false);
}

#[test]
fn views_in_german_at_1920_by_1080_projector() {
    views("de", egui::vec2(1920.0, 1080.0), true);
}

#[test]
fn views_in_english_at_1920_by_1080_projector() {
    views("en", egui::vec2(1920.0, 1080.0), true);
}
