//! What must be seen on one screen, checked on the geometry egui_kittest reports (no
//! pixels): the radar and the box plots lie whole inside the window at 1366×768,
//! 1280×800 (projector mode) and 1920×1080 (normal and projector mode); the question
//! view keeps „Weiß nicht“, the comment and Zurück/Weiter visible at 1366×768; a
//! workshop of 12 at 1280×800 in projector mode shows every participant's vote in figures
//! of at least 32 px and all five levels; every view opens at its top; the built-in
//! file dialog takes the keyboard focus, keeps it and saves assessments as `.reifegrad`.

#![allow(clippy::unwrap_used)]

use crate::common::app as support;

use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use reifegrad::text::Lang;
use reifegrad::ui::ReifegradApp;
use reifegrad::ui::app::Screen;
use std::sync::Arc;
use support::{ScriptedDialogs, example_file, harness_sized};

type App = Harness<'static, ReifegradApp>;

/// Every painted text (as laid out) with its rectangle in the last frame.
fn painted(h: &App) -> Vec<(Arc<egui::Galley>, egui::Rect)> {
    fn collect(shape: &egui::Shape, out: &mut Vec<(Arc<egui::Galley>, egui::Rect)>) {
        match shape {
            egui::Shape::Text(text) => out.push((
                text.galley.clone(),
                text.galley.rect.translate(text.pos.to_vec2()),
            )),
            egui::Shape::Vec(shapes) => shapes.iter().for_each(|s| collect(s, out)),
            _ => {}
        }
    }
    let mut out = Vec::new();
    for clipped in &h.output().shapes {
        collect(&clipped.shape, &mut out);
    }
    out
}

/// Where the text `wanted` was painted in the last frame (every place).
fn painted_rects(h: &App, wanted: &str) -> Vec<egui::Rect> {
    painted(h)
        .into_iter()
        .filter(|(galley, _)| galley.text() == wanted)
        .map(|(_, rect)| rect)
        .collect()
}

/// The top of the status line (the view ends there), from its text: when the file was
/// saved („gesichert“, "Saved"/"Saving") or, before the first save, its path.
fn status_top(h: &App) -> f32 {
    let top = h
        .query_all_by_label_contains("esichert")
        .chain(h.query_all_by_label_contains("Sav"))
        .chain(h.query_all_by_label_contains("lindenhagen-2026.ron"))
        .map(|n| n.rect().top())
        .fold(0.0, f32::max);
    assert!(top > 0.0, "no status line found");
    top
}

/// The bottom of the toolbar (the view starts there).
fn toolbar_bottom(h: &App) -> f32 {
    h.get_by_label("Start").rect().bottom()
}

/// Asserts that `rect` (named `what`) lies inside the view: below the toolbar, above
/// the status line, inside the window's width.
fn assert_in_view(h: &App, what: &str, rect: egui::Rect, size: egui::Vec2) {
    let (top, bottom) = (toolbar_bottom(h), status_top(h));
    assert!(
        rect.top() >= top - 0.5
            && rect.bottom() <= bottom + 0.5
            && rect.left() >= -0.5
            && rect.right() <= size.x + 0.5,
        "{what} at {rect:?} is not inside the view {top}..{bottom} × 0..{} ({}×{})",
        size.x,
        size.x,
        size.y
    );
}

/// The example town opened at `size`, projector mode as asked.
fn example_at(size: egui::Vec2, projector: bool) -> (tempfile::TempDir, App) {
    let dir = tempfile::tempdir().unwrap();
    let file = example_file(dir.path());
    let mut h = harness_sized(
        dir.path(),
        Arc::new(ScriptedDialogs::default()),
        Some(file),
        size,
    );
    if projector {
        h.get_by_label("Beamer-Modus").click();
        h.run();
    }
    (dir, h)
}

/// The screen sizes the app is used at: officers' laptops, projectors.
const SIZES: [(f32, f32, bool); 5] = [
    (1366.0, 768.0, false),
    (1280.0, 800.0, true),
    (1280.0, 800.0, false),
    (1920.0, 1080.0, false),
    (1920.0, 1080.0, true),
];

#[test]
fn radar_and_box_plots_lie_whole_inside_the_window_at_every_size() {
    for (w, h_px, projector) in SIZES {
        let size = egui::vec2(w, h_px);
        let (_dir, mut h) = example_at(size, projector);
        h.key_press(Key::F5);
        h.run();
        assert_eq!(h.state().screen, Screen::Results);
        let what = |s: &str| format!("{s} at {w}×{h_px} (projector {projector})");
        // The radar's four axis labels (the box plots' row names are the same texts).
        for name in [
            "Kultur und\nFührung",
            "Ressourcen und\nOrganisation",
            "Back-End",
            "Front-End",
        ] {
            let rects = painted_rects(&h, name);
            assert!(!rects.is_empty(), "{}: not painted", what(name));
            for rect in rects {
                assert_in_view(&h, &what(name), rect, size);
            }
        }
        // The box plots' axis, its title and the caption under it.
        let axis = painted_rects(&h, "Punkte (0–100)");
        assert_eq!(axis.len(), 1, "{}", what("axis title"));
        assert_in_view(&h, &what("box plot axis title"), axis[0], size);
        for mark in ["0", "50", "100"] {
            for rect in painted_rects(&h, mark) {
                assert_in_view(&h, &what(&format!("axis mark {mark}")), rect, size);
            }
        }
        let heading = h
            .get_by_label("Eigene Werte in der Verteilung der Vergleichsgruppe")
            .rect();
        assert_in_view(&h, &what("box plot heading"), heading, size);
        let caption = h.get_by_label_contains("◆ eigener Wert").rect();
        assert_in_view(&h, &what("box plot caption"), caption, size);
        // Large enough to read: the radar's outer ring (the first label sits above it
        // at 106 %, the fourth beside its centre) and each field's row of the box plot.
        let top = painted_rects(&h, "Kultur und\nFührung")[0];
        let left = painted_rects(&h, "Front-End")[0];
        let radius = (left.center().y - top.bottom()) / 1.06;
        let min_radius = if projector { 110.0 } else { 120.0 };
        assert!(radius >= min_radius, "{}: radius {radius}", what("radar"));
        let rows = (caption.top() - heading.bottom()) / 4.0;
        assert!(rows >= 60.0, "{}: rows {rows} px", what("box plot"));
    }
}

#[test]
fn the_question_view_keeps_dont_know_the_comment_and_the_navigation_on_screen() {
    for (w, h_px, projector) in [(1366.0, 768.0, false), (1280.0, 800.0, true)] {
        let size = egui::vec2(w, h_px);
        let (_dir, h) = example_at(size, projector);
        assert_eq!(h.state().screen, Screen::Questions);
        for label in ["← Zurück", "Weiter →", "Nächste offene Frage"] {
            assert_in_view(&h, label, h.get_by_label(label).rect(), size);
        }
        if !projector {
            assert_in_view(&h, "Weiß nicht", h.get_by_label("Weiß nicht").rect(), size);
            assert_in_view(&h, "Kommentar", h.get_by_label("Kommentar").rect(), size);
        }
        for level in 0..=4 {
            let card = h.get_by_label_contains(&format!("Stufe {level}: ")).rect();
            assert_in_view(&h, &format!("Stufe {level}"), card, size);
        }
    }
}

#[test]
fn a_workshop_of_twelve_at_1280_by_800_shows_every_vote_large_and_the_levels_below() {
    let names = crate::app_workshop::screenshot_roles();
    let size = egui::vec2(1280.0, 800.0);
    let (_dir, mut h) = crate::app_workshop::projector_workshop_with_twelve_at(size, &names);
    let count = h.state().questionnaire().unwrap().question_count();
    // Every question, in both languages (their texts differ in length).
    for (lang, back, level_label) in [
        (Lang::De, "← Zurück", "Stufe"),
        (Lang::En, "← Back", "Level"),
    ] {
        h.state_mut().prefs.lang = lang;
        for index in 0..count {
            h.state_mut().questions.index = index;
            h.run();
            if index > 0 {
                for _ in 0..12 {
                    h.key_press(Key::Num3);
                }
                h.run();
            }
            let vote = if index == 0 { "2" } else { "3" };
            let place = format!("{lang:?}, question {index}");
            // All five levels lie between the toolbar and the navigation bar.
            let navigation = h.get_by_label(back).rect().top();
            for level in 0..=4 {
                let card = h
                    .get_by_label_contains(&format!("{level_label} {level}: "))
                    .rect();
                assert!(
                    card.top() >= toolbar_bottom(&h) && card.bottom() <= navigation,
                    "{place}: level {level} at {card:?}, the navigation at {navigation}"
                );
            }
            let texts = painted(&h);
            for name in &names {
                let label = format!("{name}: {vote}");
                let button = h.get_by_label(&label).rect();
                assert_in_view(&h, &format!("{place}: {label}"), button, size);
                // The figure the room argues about: at least 32 px high.
                let (galley, _) = texts
                    .iter()
                    .find(|(galley, rect)| galley.text() == vote && button.contains(rect.center()))
                    .unwrap_or_else(|| panic!("{place}: no figure painted in {label}"));
                let figure = galley.job.sections[0].format.font_id.size;
                assert!(figure >= 32.0, "{label}: figure {figure} px");
            }
        }
    }
    h.state_mut().prefs.lang = Lang::De;
    h.run();
    // The participant list follows whose vote comes next.
    h.get_by_label("Bürgermeisterin: 3").click();
    h.run();
    let title = h.get_by_label("Teilnehmende").rect();
    let new = h.get_by_label("Neu:").rect();
    let last = h.get_by_label_contains("12. Bürgermeisterin").rect();
    assert!(
        last.top() >= title.bottom() && last.bottom() <= new.top(),
        "the next participant's row at {last:?} is not shown between {title:?} and {new:?}"
    );
}

#[test]
fn every_view_opens_at_its_top() {
    let (_dir, mut h) = example_at(egui::vec2(1366.0, 768.0), false);
    h.key_press(Key::F5);
    h.run();
    let heading = |h: &App| h.get_by_label_contains("Ergebnis – ").rect().top();
    assert!(heading(&h) >= toolbar_bottom(&h));
    // Scrolled to the end of the results …
    h.get_by_label("← Fragen").scroll_to_me();
    h.run();
    assert!(
        heading(&h) < toolbar_bottom(&h),
        "the results did not scroll"
    );
    // … the plan (F6) opens at its top, and so do the results again (F5).
    h.key_press(Key::F6);
    h.run();
    assert_eq!(h.state().screen, Screen::Plan);
    for node in h.query_all_by_label("Maßnahmenplan") {
        assert!(
            node.rect().top() >= 0.0,
            "plan heading at {:?}",
            node.rect()
        );
    }
    let intro = h
        .get_by_label_contains("Maßnahmen aus der Rangfolge")
        .rect();
    assert!(
        intro.top() >= toolbar_bottom(&h),
        "plan starts at {intro:?}"
    );
    h.key_press(Key::F5);
    h.run();
    assert_eq!(h.state().screen, Screen::Results);
    assert!(
        heading(&h) >= toolbar_bottom(&h),
        "results did not open at the top"
    );
}

#[test]
fn the_built_in_dialog_focuses_the_name_keeps_tab_inside_and_saves_reifegrad_files() {
    let dir = tempfile::tempdir().unwrap();
    let work = dir.path().join("Bewertungen");
    std::fs::create_dir(&work).unwrap();
    let file = example_file(&work);
    let mut h = harness_sized(
        &dir.path().join("daten"),
        Arc::new(ScriptedDialogs::unavailable()),
        Some(file),
        egui::vec2(1366.0, 768.0),
    );
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run();
    assert!(h.state().file_dialog.is_some(), "no built-in dialog");
    // The cursor is in the name field at once.
    assert!(h.get_by_label("Dateiname").is_focused());
    // Tab and Shift+Tab stay inside the dialog.
    let title = h
        .get_by_role_and_label(egui::accesskit::Role::Heading, "Bewertung speichern unter")
        .rect();
    let cancel = h.get_by_label("Abbrechen").rect();
    let inside = egui::Rect::from_min_max(
        egui::pos2(title.left() - 1.0, title.top() - 1.0),
        egui::pos2(1366.0 - title.left() + 1.0, cancel.bottom() + 1.0),
    );
    for (i, shift) in (0..24).map(|i| (i, i >= 16)) {
        let modifiers = if shift {
            Modifiers::SHIFT
        } else {
            Modifiers::NONE
        };
        h.key_press_modifiers(modifiers, Key::Tab);
        h.run();
        let focused = h.query_by(|n| n.is_focused());
        let focused = focused.unwrap_or_else(|| panic!("nothing focused after Tab {i}"));
        let label = focused.accesskit_node().label().unwrap_or_default();
        assert!(
            inside.contains_rect(focused.rect()),
            "Tab {i} left the dialog for {label:?} at {:?}",
            focused.rect()
        );
    }
    // A name typed without extension is saved as a .reifegrad file.
    h.get_by_label("Dateiname").click();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.run();
    h.get_by_label("Dateiname").type_text("auetal-neu");
    h.run();
    h.get_by_label("Speichern").click();
    h.run();
    let saved = work.join("auetal-neu.reifegrad");
    assert!(saved.is_file(), "not saved as {}", saved.display());
    assert!(!work.join("auetal-neu.ron").exists());
}

#[test]
fn results_and_plan_have_shortcuts_shown_in_tooltips_and_the_help() {
    let (_dir, mut h) = example_at(egui::vec2(1366.0, 768.0), false);
    h.key_press(Key::F6);
    h.run();
    assert_eq!(h.state().screen, Screen::Plan);
    h.key_press(Key::F5);
    h.run();
    assert_eq!(h.state().screen, Screen::Results);
    h.key_press(Key::F1);
    h.run();
    h.get_by_label("F5");
    h.get_by_label("F6");
}
