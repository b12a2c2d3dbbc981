//! The staff survey in the app, driven through egui_kittest: create the survey on the
//! survey screen, write the kit beside the assessment, count five codes typed in, see the
//! leadership's level beside the staff's median, and open the workshop on the question
//! with the largest gap; answer files dropped on the window count once, a broken one is
//! named with its line; a bundle of paper forms typed into the tally form counts once.

#![allow(clippy::unwrap_used)]

use crate::common::app::{ScriptedDialogs, assessment, example_file, harness_sized, type_into};
use egui_kittest::kittest::{NodeT, Queryable};
use reifegrad::survey::answers::{
    ANSWERS_FORMAT_VERSION, StaffAnswers, StaffResponse, encode_code,
};
use reifegrad::ui::screen::Screen;
use std::sync::Arc;

#[test]
fn an_officer_sets_up_the_survey_counts_codes_and_sees_the_gap() {
    let dir = tempfile::tempdir().unwrap();
    let file = example_file(dir.path());
    let mut harness = harness_sized(
        dir.path(),
        Arc::new(ScriptedDialogs::default()),
        Some(file.clone()),
        egui::vec2(1366.0, 2400.0),
    );
    // Without a survey the way in is the view menu; then the toolbar has a button.
    harness.get_by_label("Ansicht").click();
    harness.run();
    harness.get_by_label("Mitarbeitendenbefragung").click();
    harness.run();
    assert_eq!(harness.state().screen, Screen::Survey);
    harness.get_by_label("Befragung anlegen").click();
    harness.run();
    let survey = assessment(&harness).survey.clone().expect("a survey");
    harness.get_by_label("Befragung");
    assert_eq!(survey.questions.len(), 15);

    harness
        .get_by_label("Bausatz schreiben (HTML- und Papierformular)")
        .click();
    harness.run();
    let kit = dir.path().join("lindenhagen-2026-kit");
    assert!(kit.join("umfrage.html").is_file());
    assert!(kit.join("umfrage-formular.pdf").is_file());

    // Five staff rate the leadership's role at level 0.
    let first = survey.questions[0].clone();
    for n in 0..5u64 {
        let answers = StaffAnswers {
            format_version: ANSWERS_FORMAT_VERSION,
            survey: survey.id.clone(),
            questionnaire: survey.questionnaire.clone(),
            id: format!("{n:012x}"),
            group: String::new(),
            answers: [(first.clone(), StaffResponse::Level(0))].into(),
        };
        type_into(
            &mut harness,
            "Ihr Antwort-Code",
            &encode_code(&survey, &answers),
        );
        harness.get_by_label("Code zählen").click();
        harness.run();
    }
    let counted = assessment(&harness).survey.clone().unwrap();
    assert_eq!(counted.sheet_count(), 5);
    harness.get_by_label_contains("die Mitarbeitenden im Median Stufe\u{a0}0 (n\u{a0}=\u{a0}5)");
    harness.get_by_label("Median\u{a0}0 (n\u{a0}=\u{a0}5)");

    harness
        .get_by_label("Workshop mit der Frage mit dem größten Abstand beginnen")
        .click();
    harness.run();
    assert_eq!(harness.state().screen, Screen::Questions);
}

#[test]
fn answer_files_dropped_on_the_window_count_once_and_a_broken_one_is_named() {
    let (dir, mut harness, survey) = town_with_a_new_survey();
    let first = survey.questions[0].clone();
    let mut files = Vec::new();
    for n in 0..3u64 {
        let answers = StaffAnswers {
            format_version: ANSWERS_FORMAT_VERSION,
            survey: survey.id.clone(),
            questionnaire: survey.questionnaire.clone(),
            id: format!("{n:012x}"),
            group: String::new(),
            answers: [(first.clone(), StaffResponse::Level(2))].into(),
        };
        let path = dir.path().join(format!("antwort-{n}.ron"));
        std::fs::write(&path, reifegrad::files::to_ron(&answers).unwrap()).unwrap();
        files.push(path);
    }
    let broken = dir.path().join("kaputt.ron");
    std::fs::write(&broken, "StaffAnswers(\n  survey: 42,\n").unwrap();
    files.push(broken);
    // The same sheet twice in one drop counts once.
    files.push(files[0].clone());
    let drop = |harness: &mut egui_kittest::Harness<'_, reifegrad::ui::ReifegradApp>,
                paths: &[std::path::PathBuf]| {
        harness.input_mut().dropped_files = paths
            .iter()
            .map(|path| -> egui::DroppedFileHandle { Arc::new(FileOnDisk(path.clone())) })
            .collect();
        harness.run();
    };
    drop(&mut harness, &files);
    assert_eq!(
        assessment(&harness).survey.as_ref().unwrap().sheet_count(),
        3
    );
    harness.get_by_label_contains("Gezählt: 3, schon gezählt: 1, abgelehnt: 1");
    harness.get_by_label_contains("kaputt.ron:2:");
    // Dropped again: nothing counts twice, and what was counted stays.
    drop(&mut harness, &files[..3]);
    assert_eq!(
        assessment(&harness).survey.as_ref().unwrap().sheet_count(),
        3
    );
    harness.get_by_label_contains("Gezählt: 0, schon gezählt: 3, abgelehnt: 0");
}

/// A file dropped on the window, as the desktop hands it over: its path.
#[derive(Debug)]
struct FileOnDisk(std::path::PathBuf);

impl egui::DroppedFile for FileOnDisk {
    fn path(&self) -> &std::path::Path {
        &self.0
    }

    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|error| error.to_string())
    }
}

#[test]
fn a_bundle_of_paper_forms_is_typed_in_counted_once_and_a_typo_counts_nothing() {
    let (_dir, mut harness, survey) = town_with_a_new_survey();
    harness
        .get_by_label("Strichliste eines Papierstapels eintragen")
        .click();
    harness.run();
    type_into(&mut harness, "Stapel:", "Bauamt, Stapel 1");
    type_into(&mut harness, "Bögen im Stapel:", "6");
    // The first question's row: five crosses at level 1, one „weiß nicht“.
    let cell = |harness: &App, column: &str| {
        harness
            .query_all_by_label_contains(&format!(": {column}"))
            .next()
            .unwrap()
            .accesskit_node()
            .label()
            .unwrap()
    };
    let level_1 = cell(&harness, "Stufe 1");
    type_into(&mut harness, &level_1, "5");
    let dont_know = cell(&harness, "Weiß nicht");
    type_into(&mut harness, &dont_know, "1");
    harness.get_by_label("Strichliste zählen").click();
    harness.run();
    let counted = assessment(&harness).survey.clone().unwrap();
    assert_eq!(counted.sheet_count(), 6);
    let first = &counted.counts[&survey.questions[0]][""];
    assert_eq!(first.levels, [0, 5, 0, 0, 0]);
    assert_eq!(first.dont_know, 1);
    harness.get_by_label_contains("Strichlisten gezählt: 1");

    // Types `bundle` and `sheets` into the form (after what it holds) and counts it;
    // nothing more is counted, and the message contains `why`.
    let refused = |harness: &mut App, bundle: &str, sheets: &str, why: &str| {
        type_into(harness, "Stapel:", bundle);
        type_into(harness, "Bögen im Stapel:", sheets);
        harness.get_by_label("Strichliste zählen").click();
        harness.run();
        assert_eq!(
            assessment(harness).survey.as_ref().unwrap().sheet_count(),
            6
        );
        harness.get_by_label_contains(why);
    };
    // The same bundle again counts nothing.
    refused(&mut harness, "Bauamt, Stapel 1", "6", "schon gezählt");
    // A refused form keeps what was typed; a typo names the field and counts nothing.
    refused(
        &mut harness,
        " (Kämmerei)",
        "x",
        "„6x“ ist keine ganze Zahl (Bögen im Stapel)",
    );
}

type App = egui_kittest::Harness<'static, reifegrad::ui::ReifegradApp>;

/// The example town's file in a fresh folder, open on the survey screen with a new
/// survey of the default questions.
fn town_with_a_new_survey() -> (tempfile::TempDir, App, reifegrad::model::StaffSurvey) {
    let dir = tempfile::tempdir().unwrap();
    let file = example_file(dir.path());
    let mut harness = harness_sized(
        dir.path(),
        Arc::new(ScriptedDialogs::default()),
        Some(file),
        egui::vec2(1366.0, 2400.0),
    );
    harness.get_by_label("Ansicht").click();
    harness.run();
    harness.get_by_label("Mitarbeitendenbefragung").click();
    harness.run();
    harness.get_by_label("Befragung anlegen").click();
    harness.run();
    let survey = assessment(&harness).survey.clone().expect("a survey");
    (dir, harness, survey)
}
