//! Workshop safety in the app, driven through egui_kittest: names typed in a row, Enter
//! and an agreed level, taking back a vote, the discussion list's width, and 12
//! participants with all five level cards on a projector-mode screen, and a toolbar on
//! one row.

#![allow(clippy::unwrap_used)]

use crate::common::app as support;

use egui::Key;
use egui_kittest::kittest::Queryable;
use reifegrad::model::Response;
use reifegrad::ui::app::Screen;
use std::sync::Arc;
use support::{ScriptedDialogs, assessment, example_file, harness, harness_sized, question_id};

fn votes_cast(a: &reifegrad::model::Assessment) -> usize {
    a.raters.iter().map(|r| a.votes_of(&r.id)).sum()
}

#[test]
fn three_names_typed_in_a_row_create_no_vote_and_keep_the_answer() {
    let dir = tempfile::tempdir().unwrap();
    let file = example_file(dir.path());
    let mut h = harness(dir.path(), Arc::new(ScriptedDialogs::default()), Some(file));
    h.key_press(Key::F2);
    h.run();
    let index = h.state().questions.index;
    let before = assessment(&h).response(&question_id(&h, index));

    h.get_by_label("Neu:").click();
    h.run();
    // Names full of shortcut letters (D = weiß nicht, N = trifft nicht zu, U = next open).
    for name in ["Digitallotsin", "Hauptamt Nord", "Bauamt Dünn"] {
        support::type_like_keyboard(&mut h, name);
        h.key_press(Key::Enter);
        h.run();
        assert!(
            h.get_by_label("Neu:").is_focused(),
            "focus left the field after {name}"
        );
    }

    let a = assessment(&h);
    let names: Vec<&str> = a.raters.iter().map(|r| r.label.as_str()).collect();
    assert_eq!(names, ["Digitallotsin", "Hauptamt Nord", "Bauamt Dünn"]);
    assert_eq!(votes_cast(a), 0);
    assert_eq!(h.state().questions.index, index);
    assert_eq!(a.response(&question_id(&h, index)), before);
}

/// Opens the example town in workshop mode with three participants on question 2.
fn workshop_on_question_two() -> (
    tempfile::TempDir,
    egui_kittest::Harness<'static, reifegrad::ui::ReifegradApp>,
) {
    let dir = tempfile::tempdir().unwrap();
    let file = example_file(dir.path());
    let mut h = harness(dir.path(), Arc::new(ScriptedDialogs::default()), Some(file));
    h.key_press(Key::F2);
    h.run();
    for name in ["Hauptamt", "Kämmerei", "IT"] {
        h.get_by_label("Neu:").click();
        h.run();
        h.get_by_label("Neu:").type_text(name);
        h.run();
        h.get_by_label("Hinzufügen").click();
        h.run();
    }
    // Leave the text field, then go to question 2.
    h.state_mut()
        .questions
        .go_to(1, &reifegrad::model::bundled_questionnaire().unwrap());
    h.get_by_label_contains("Stimmen:").click();
    h.run();
    (dir, h)
}

#[test]
fn enter_never_replaces_an_agreed_level_without_confirmation() {
    let (_dir, mut h) = workshop_on_question_two();
    let id = question_id(&h, 1);
    let agreed = assessment(&h).response(&id).unwrap();
    assert_ne!(agreed, Response::Level(0));
    // Everyone votes 0: the consensus 0 differs from the agreed level.
    for _ in 0..3 {
        h.key_press(Key::Num0);
    }
    h.run();
    assert_eq!(
        reifegrad::workshop::summary(assessment(&h), &id).consensus,
        Some(0)
    );

    h.key_press(Key::Enter);
    h.run();
    assert_eq!(
        assessment(&h).response(&id),
        Some(agreed),
        "Enter replaced the agreed level"
    );
    h.get_by_label_contains("Vereinbart ist schon");
    // Enter again still does not replace.
    h.key_press(Key::Enter);
    h.run();
    assert_eq!(assessment(&h).response(&id), Some(agreed));

    // "Keep" keeps it; the question disappears.
    h.get_by_label_contains("Behalten:").click();
    h.run();
    assert_eq!(assessment(&h).response(&id), Some(agreed));
    assert!(h.query_by_label_contains("Vereinbart ist schon").is_none());

    // Only the explicit click replaces it.
    h.key_press(Key::Enter);
    h.run();
    h.get_by_label("Ersetzen durch Stufe 0").click();
    h.run();
    assert_eq!(assessment(&h).response(&id), Some(Response::Level(0)));
}

#[test]
fn a_stray_vote_is_taken_back_by_click_and_by_backspace() {
    let (_dir, mut h) = workshop_on_question_two();
    let id = question_id(&h, 1);
    let raters: Vec<String> = assessment(&h).raters.iter().map(|r| r.id.clone()).collect();
    h.key_press(Key::Num3);
    h.key_press(Key::Num1);
    h.run();
    assert_eq!(
        assessment(&h).vote(&id, &raters[0]),
        Some(Response::Level(3))
    );
    assert_eq!(
        assessment(&h).vote(&id, &raters[1]),
        Some(Response::Level(1))
    );
    // The markers are explained on screen.
    h.get_by_label_contains("· noch keine Stimme");

    // Backspace takes back the last vote (Kämmerei's 1); the next digit is hers again.
    h.key_press(Key::Backspace);
    h.run();
    assert_eq!(assessment(&h).vote(&id, &raters[1]), None);
    h.key_press(Key::Num2);
    h.run();
    assert_eq!(
        assessment(&h).vote(&id, &raters[1]),
        Some(Response::Level(2))
    );

    // A click on × beside Hauptamt's vote removes it.
    h.get_by_label("Stimme zurücknehmen: Hauptamt").click();
    h.run();
    assert_eq!(assessment(&h).vote(&id, &raters[0]), None);
    assert_eq!(
        assessment(&h).vote(&id, &raters[1]),
        Some(Response::Level(2))
    );
}

#[test]
fn the_discussion_list_uses_at_least_half_the_window_width() {
    let (_dir, mut h) = workshop_on_question_two();
    for key in [Key::Num0, Key::Num4, Key::Num2] {
        h.key_press(key);
    }
    h.run();
    h.key_press(Key::F3);
    h.run();
    assert_eq!(h.state().screen, Screen::Discussion);
    let q = h.state().questionnaire().unwrap();
    let (_, question) = q.question(&question_id(&h, 1)).unwrap();
    let text = question.text.get(reifegrad::text::Lang::De).to_string();
    let short = question.short_title(reifegrad::text::Lang::De);
    let width = h.get_by_label(&text).rect().width();
    assert!(width >= 1366.0 / 2.0, "question text is {width} px wide");
    h.get_by_label_contains(&short);
    h.get_by_label_contains("Spannweite: 4");
}

/// Opens the example town at 1920×1080 in projector mode, workshop on, 12 participants
/// added by keyboard, each voting 2 on the first question.
fn projector_workshop_with_twelve() -> (
    tempfile::TempDir,
    egui_kittest::Harness<'static, reifegrad::ui::ReifegradApp>,
) {
    let names: Vec<String> = (1..=12).map(|i| format!("Amt {i}")).collect();
    projector_workshop_with_twelve_at(egui::vec2(1920.0, 1080.0), &names)
}

/// As [`projector_workshop_with_twelve`], in a window of `size`, with these 12 names.
pub(crate) fn projector_workshop_with_twelve_at(
    size: egui::Vec2,
    names: &[String],
) -> (
    tempfile::TempDir,
    egui_kittest::Harness<'static, reifegrad::ui::ReifegradApp>,
) {
    let dir = tempfile::tempdir().unwrap();
    let file = example_file(dir.path());
    let mut h = harness_sized(
        dir.path(),
        Arc::new(ScriptedDialogs::default()),
        Some(file),
        size,
    );
    h.get_by_label("Beamer-Modus").click();
    h.run();
    h.key_press(Key::F2);
    h.run();
    for name in names {
        h.get_by_label("Neu:").click();
        h.run();
        h.get_by_label("Neu:").type_text(name);
        h.key_press(Key::Enter);
        h.run();
    }
    assert_eq!(assessment(&h).raters.len(), 12);
    h.get_by_label_contains("Stimmen:").click();
    h.run();
    for _ in 0..12 {
        h.key_press(Key::Num2);
    }
    h.run();
    (dir, h)
}

#[test]
fn twelve_participants_fit_with_all_five_level_cards_in_projector_mode() {
    let (_dir, mut h) = projector_workshop_with_twelve();
    assert_eq!(votes_cast(assessment(&h)), 12);
    let count = h.state().questionnaire().unwrap().question_count();
    // Every question, each with 12 votes: the vote panel with the consensus row and all
    // five level cards end above the status line (1080 px minus its height).
    for index in 0..count {
        if index > 0 {
            h.key_press(Key::ArrowRight);
            h.run();
            for _ in 0..12 {
                h.key_press(Key::Num3);
            }
            h.run();
        }
        assert_eq!(h.state().questions.index, index);
        let status_top = h
            .query_all_by_label_contains("esichert")
            .map(|n| n.rect().top())
            .fold(0.0, f32::max);
        assert!(status_top > 1000.0, "status line at {status_top}");
        // Every vote beside its name in the participant list, left of the cards.
        let first_card = h.get_by_label_contains("Stufe 0: ").rect();
        for n in 1..=12 {
            let vote = h.get_by_label_contains(&format!("Amt {n}: ")).rect();
            assert!(
                vote.right() < first_card.left() && vote.bottom() <= status_top,
                "question {index}: the vote of Amt {n} at {vote:?}"
            );
        }
        for level in 0..=4 {
            let card = h.get_by_label_contains(&format!("Stufe {level}: ")).rect();
            assert!(
                card.top() >= 0.0 && card.bottom() <= status_top,
                "question {index}: level card {level} ends at {}, the status line starts at {status_top}",
                card.bottom()
            );
        }
    }
}

/// Asserts that the toolbar's buttons `labels` share one row.
fn assert_toolbar_on_one_row(
    h: &egui_kittest::Harness<'static, reifegrad::ui::ReifegradApp>,
    labels: &[&str],
) {
    let rects: Vec<egui::Rect> = labels.iter().map(|l| h.get_by_label(l).rect()).collect();
    let top = rects.iter().map(|r| r.top()).fold(f32::INFINITY, f32::min);
    let bottom = rects.iter().map(|r| r.bottom()).fold(0.0, f32::max);
    let height = rects[0].height();
    for (label, rect) in labels.iter().zip(&rects) {
        assert!(
            (rect.top() - top).abs() < 2.0,
            "{label} at {} is not on the toolbar's first row ({top})",
            rect.top()
        );
    }
    assert!(
        bottom - top < 1.5 * height,
        "toolbar is {} px high",
        bottom - top
    );
}

#[test]
fn the_toolbar_keeps_one_row_in_projector_mode_and_in_a_small_workshop() {
    let workshop = [
        "Start",
        "Datei",
        "Workshop",
        "Fragen",
        "Diskussionsliste",
        "Beamer-Modus",
        "Ansicht",
        "Hilfe",
    ];
    let (_dir, h) = projector_workshop_with_twelve();
    assert_toolbar_on_one_row(&h, &workshop);

    // At 1366 px without workshop mode the file actions stay buttons; the title goes.
    let dir = tempfile::tempdir().unwrap();
    let file = example_file(dir.path());
    let h = harness(dir.path(), Arc::new(ScriptedDialogs::default()), Some(file));
    assert_toolbar_on_one_row(
        &h,
        &[
            "Start",
            "Öffnen…",
            "PDF exportieren…",
            "Maßnahmenplan",
            "Hilfe",
        ],
    );

    let (_dir, mut h) = workshop_on_question_two();
    assert_toolbar_on_one_row(&h, &workshop);

    // A 1280 px projector: still one row, in small text.
    let dir = tempfile::tempdir().unwrap();
    let file = example_file(dir.path());
    let mut small = harness_sized(
        dir.path(),
        Arc::new(ScriptedDialogs::default()),
        Some(file),
        egui::vec2(1280.0, 800.0),
    );
    small.get_by_label("Beamer-Modus").click();
    small.run();
    small.key_press(Key::F2);
    small.run();
    assert_toolbar_on_one_row(&small, &workshop);
    // The folded file actions are still there, in the "Datei" menu.
    h.get_by_label("Datei").click();
    h.run();
    for action in ["Öffnen…", "Speichern unter…", "PDF exportieren…"] {
        h.get_by_label_contains(action);
    }
}

#[test]
fn save_as_from_the_file_menu_saves_where_the_dialog_says() {
    let dir = tempfile::tempdir().unwrap();
    let file = example_file(dir.path());
    let dialogs = Arc::new(ScriptedDialogs::default());
    let target = dir.path().join("workshop-kopie.ron");
    *dialogs.save_to.lock().unwrap() = Some(target.clone());
    let mut h = harness(dir.path(), dialogs.clone(), Some(file));
    h.key_press(Key::F2);
    h.run();
    h.get_by_label("Datei").click();
    h.run();
    h.get_by_label_contains("Speichern unter…").click();
    h.run();
    assert!(matches!(
        dialogs.asked.lock().unwrap().as_slice(),
        [reifegrad::ui::dialogs::DialogRequest::SaveAssessment(_)]
    ));
    assert!(target.is_file(), "nothing saved at {}", target.display());
    assert_eq!(
        h.state().session.as_ref().unwrap().path.as_deref(),
        Some(target.as_path())
    );
}

#[test]
fn on_a_1280_px_projector_the_add_button_and_every_vote_with_its_remove_button_fit() {
    let names = screenshot_roles();
    let (_dir, h) = projector_workshop_with_twelve_at(egui::vec2(1280.0, 800.0), &names);
    let sidebar = h.get_by_label("Teilnehmende").rect();
    let add = h.get_by_label("Hinzufügen").rect();
    // The sidebar is a quarter of the window, 320 px here.
    assert!(add.right() <= 320.0, "Hinzufügen ends at {}", add.right());
    assert!(sidebar.left() >= 0.0);
    for name in &names {
        let chip = h.get_by_label(&format!("{name}: 2")).rect();
        let remove = h
            .get_by_label(&format!("Stimme zurücknehmen: {name}"))
            .rect();
        assert!(
            (chip.center().y - remove.center().y).abs() < 2.0 && remove.left() > chip.right(),
            "{name}: the × at {remove:?} is not beside its vote at {chip:?}"
        );
        assert!(remove.right() <= 1280.0);
    }
}

/// The roles of the screenshot fixture: chips of many widths.
pub(crate) fn screenshot_roles() -> Vec<String> {
    [
        "Digitallotsin",
        "Hauptamt",
        "Kämmerei",
        "Bauamt",
        "Bürgerbüro",
        "IT-Koordination",
        "Personalrat",
        "Ordnungsamt",
        "Standesamt",
        "Kita-Verwaltung",
        "Bauhof",
        "Bürgermeisterin",
    ]
    .map(String::from)
    .to_vec()
}
