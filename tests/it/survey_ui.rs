//! The staff survey in the app, driven through egui_kittest: create the survey on the
//! survey screen, write the kit beside the assessment, count five codes typed in, see the
//! leadership's level beside the staff's median, and open the workshop on the question
//! with the largest gap.

#![allow(clippy::unwrap_used)]

use crate::common::app::{ScriptedDialogs, assessment, example_file, harness_sized, type_into};
use egui_kittest::kittest::Queryable;
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
