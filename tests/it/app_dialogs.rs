//! The built-in file dialog, driven through egui_kittest: used when the system's dialog
//! cannot be shown (or returns at once without a choice) and when the user prefers it.
//! Save as, open, PDF export and linking an earlier assessment all work through it, a
//! file is never replaced unasked, and a failing action says so on screen.

#![allow(clippy::unwrap_used)]

use crate::common::app as support;

use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable;
use reifegrad::ui::app::{Screen, suggested_file_name};
use reifegrad::ui::dialogs::DialogRequest;
use std::sync::Arc;
use std::time::{Duration, Instant};
use support::{ScriptedDialogs, assessment, harness, type_into};

/// Replaces the text of the dialog's file name field.
fn set_file_name(h: &mut egui_kittest::Harness<'static, reifegrad::ui::ReifegradApp>, text: &str) {
    h.get_by_label("Dateiname").click();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.run();
    h.get_by_label("Dateiname").type_text(text);
    h.run();
}

#[test]
fn save_open_pdf_and_link_earlier_through_the_built_in_dialog_when_the_native_one_is_unavailable() {
    let dir = tempfile::tempdir().unwrap();
    let work = dir.path().join("Bewertungen");
    std::fs::create_dir(&work).unwrap();
    let dialogs = Arc::new(ScriptedDialogs::unavailable());
    let mut h = harness(&dir.path().join("daten"), dialogs.clone(), None);
    h.state_mut().prefs.last_folder = Some(work.clone());

    type_into(&mut h, "Name der Kommune", "Auetal");
    type_into(&mut h, "Einwohnerzahl", "9000");
    h.get_by_label("Bewertung beginnen").click();
    h.run();
    h.key_press(Key::Num2);
    h.run();

    // Save as (Ctrl+S): the dialog starts in the last folder with a suggested name.
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run();
    assert!(h.state().file_dialog.is_some(), "no built-in dialog");
    assert_eq!(h.state().file_dialog.as_ref().unwrap().folder(), work);
    let name = suggested_file_name(assessment(&h));
    assert_eq!(h.get_by_label("Dateiname").value().unwrap(), name);
    h.get_by_label("Speichern").click();
    h.run();
    let saved = work.join(&name);
    assert!(saved.is_file());
    assert_eq!(
        h.state().session.as_ref().unwrap().path.as_deref(),
        Some(saved.as_path())
    );
    assert!(h.state().file_dialog.is_none());

    // Saving again under the same name asks before replacing.
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run();
    h.get_by_label("Speichern").click();
    h.run();
    h.get_by_label_contains("gibt es schon. Ersetzen?");
    h.get_by_label("Ersetzen").click();
    h.run();
    assert!(h.state().file_dialog.is_none());
    assert!(
        h.state()
            .notices
            .last()
            .unwrap()
            .text
            .contains("Gespeichert:")
    );

    // PDF export (Ctrl+P) into a new folder made in the dialog.
    h.key_press_modifiers(Modifiers::COMMAND, Key::P);
    h.run();
    h.get_by_label("Neuer Ordner…").click();
    h.run();
    type_into(&mut h, "Name des neuen Ordners", "Rat");
    h.get_by_label("Anlegen").click();
    h.run();
    assert_eq!(
        h.state().file_dialog.as_ref().unwrap().folder(),
        work.join("Rat")
    );
    h.get_by_label("Speichern").click();
    h.step();
    let started = Instant::now();
    while h.state().pdf_export_running() && started.elapsed() < Duration::from_secs(60) {
        std::thread::sleep(Duration::from_millis(50));
        h.step();
    }
    h.run();
    let pdf = work.join("Rat").join(name.replace(".reifegrad", ".pdf"));
    assert!(pdf.is_file(), "no PDF at {}", pdf.display());

    // Link an earlier assessment: pick the file in the list, then "Öffnen".
    let q = reifegrad::model::bundled_questionnaire().unwrap();
    let mut earlier = assessment(&h).clone();
    earlier.date = reifegrad::model::Date::new(earlier.date.year - 1, 3, 1).unwrap();
    let earlier_file = work.join("auetal-vorjahr.ron");
    reifegrad::model::save_assessment(&earlier_file, &earlier).unwrap();
    std::fs::write(work.join("notiz.pdf"), b"%PDF").unwrap();
    h.get_by_label("Ergebnis").click();
    h.run();
    h.get_by_label("Frühere Bewertung verknüpfen…")
        .scroll_to_me();
    h.run();
    h.get_by_label("Frühere Bewertung verknüpfen…").click();
    h.run();
    // The dialog starts in the assessment's folder and lists only RON files and folders.
    assert_eq!(h.state().file_dialog.as_ref().unwrap().folder(), work);
    assert!(h.query_by_label("notiz.pdf").is_none());
    h.get_by_label("auetal-vorjahr.ron").click();
    h.run();
    h.get_by_label("Öffnen").click();
    h.run();
    assert_eq!(
        assessment(&h).earlier,
        vec!["auetal-vorjahr.ron".to_string()]
    );
    drop(q);

    // Open (Ctrl+O): a missing file is reported in the dialog; then the saved one opens.
    h.get_by_label("Start").click();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::O);
    h.run();
    set_file_name(&mut h, "gibt-es-nicht.ron");
    h.get_by_label("Öffnen").click();
    h.run();
    h.get_by_label_contains("gibt es nicht");
    set_file_name(&mut h, &name);
    h.get_by_label("Öffnen").click();
    h.run();
    assert_eq!(h.state().screen, Screen::Questions);
    assert_eq!(assessment(&h).profile.name, "Auetal");
    // The system's dialog was never asked.
    assert!(dialogs.asked.lock().unwrap().is_empty());
}

#[test]
fn a_native_dialog_that_returns_at_once_gives_way_to_the_built_in_one() {
    let dir = tempfile::tempdir().unwrap();
    let file = support::example_file(dir.path());
    let dialogs = Arc::new(ScriptedDialogs {
        not_shown: true,
        ..ScriptedDialogs::default()
    });
    let mut h = harness(dir.path(), dialogs.clone(), Some(file));
    let pdf_name = reifegrad::ui::app::suggested_pdf_name(assessment(&h));
    h.key_press_modifiers(Modifiers::COMMAND, Key::P);
    h.run();
    assert_eq!(
        dialogs.asked.lock().unwrap().as_slice(),
        [DialogRequest::SavePdf(pdf_name)]
    );
    assert!(h.state().file_dialog.is_some());
    h.get_by_label_contains("Dateidialog des Systems lässt sich hier nicht anzeigen");
    h.get_by_label("Abbrechen").click();
    h.run();
    assert!(h.state().file_dialog.is_none());
    // From now on the built-in dialog opens directly.
    h.key_press_modifiers(Modifiers::COMMAND, Key::O);
    h.run();
    assert!(h.state().file_dialog.is_some());
    assert_eq!(dialogs.asked.lock().unwrap().len(), 1);
}

#[test]
fn the_setting_prefers_the_built_in_dialog_and_is_remembered() {
    let dir = tempfile::tempdir().unwrap();
    let dialogs = Arc::new(ScriptedDialogs::default());
    let mut h = harness(dir.path(), dialogs.clone(), None);
    h.get_by_label("Ansicht").click();
    h.run();
    h.get_by_label("Immer den eingebauten Dateidialog verwenden")
        .click();
    h.run();
    assert!(h.state().prefs.builtin_file_dialog);
    drop(h);
    let mut h = harness(dir.path(), dialogs.clone(), None);
    assert!(h.state().prefs.builtin_file_dialog);
    h.key_press_modifiers(Modifiers::COMMAND, Key::O);
    h.run();
    assert!(h.state().file_dialog.is_some());
    assert!(dialogs.asked.lock().unwrap().is_empty());
}

#[test]
fn every_way_to_the_pdf_dialog_suggests_a_pdf_name() {
    let dir = tempfile::tempdir().unwrap();
    let file = support::example_file(dir.path());
    let dialogs = Arc::new(ScriptedDialogs::default());
    let mut h = harness(dir.path(), dialogs.clone(), Some(file));
    h.state_mut().open_view("pdf-dialog");
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::P);
    h.run();
    let pdf = DialogRequest::SavePdf("lindenhagen-2026.pdf".into());
    assert_eq!(dialogs.asked.lock().unwrap().as_slice(), [pdf.clone(), pdf]);
}
