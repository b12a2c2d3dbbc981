//! Opening assessments made with questionnaire 1.0 under a newer version: what is kept,
//! what is carried over through `replaces`, what is set aside and reported.

#![allow(clippy::unwrap_used)]

use reifegrad::files::to_ron;
use reifegrad::model::{
    Assessment, QuestionnaireRef, Response, open_assessment_text, parse_assessment,
    parse_questionnaire,
};
use std::path::Path;

/// The example town, saved with questionnaire 1.0 (`reifegrad example` before 1.1).
const LINDENHAGEN_1_0: &str = include_str!("../fixtures/lindenhagen-1.0.ron");
/// A small stand-in for version 1.1 with kept, renamed, merged, new and dropped questions.
const TEST_1_1: &str = include_str!("../fixtures/questionnaire-1.1-test.ron");

fn old() -> Assessment {
    parse_assessment(Path::new("lindenhagen-1.0.ron"), LINDENHAGEN_1_0).unwrap()
}

#[test]
fn fixture_is_a_complete_1_0_assessment() {
    let a = old();
    assert_eq!(a.questionnaire.version, "1.0");
    assert!(a.answers.len() >= 40, "{} answers", a.answers.len());
    assert!(a.answers.values().all(|answer| answer.response.is_some()));
}

#[test]
fn same_ids_are_kept_renamed_and_merged_questions_take_over_the_rest_is_reported() {
    let q = parse_questionnaire(Path::new("q.ron"), TEST_1_1).unwrap();
    let before = old();
    let opened =
        open_assessment_text(Path::new("lindenhagen-1.0.ron"), LINDENHAGEN_1_0, &q).unwrap();
    let after = &opened.assessment;
    let report = opened.migration.clone().unwrap();
    assert_eq!(after.questionnaire.version, "1.1-test");
    assert_eq!(
        (report.from_version.as_str(), report.to_version.as_str()),
        ("1.0", "1.1-test")
    );

    // Same id: the whole answer stays.
    for id in [
        "kultur.chefsache",
        "ressourcen.budget",
        "backend.e-akte",
        "frontend.ozg-reifegrad",
    ] {
        assert_eq!(after.answers.get(id), before.answers.get(id), "{id}");
    }
    assert_eq!(report.kept, 4);

    // Renamed (one old answer): response and comment move unchanged.
    assert_eq!(
        after.answers.get("backend.prozesse"),
        before.answers.get("backend.prozessanalyse")
    );
    assert!(after.comment("backend.prozesse").contains("Prozessliste"));
    assert!(!after.retired_answers.contains_key("backend.prozessanalyse"));

    // Merged: the lowest level counts; the originals are kept aside; a note says what happened.
    let level = |id: &str| before.response(id).and_then(Response::level).unwrap();
    let lowest = level("kultur.veraenderung").min(level("kultur.fehlerkultur"));
    assert_eq!(
        after.response("kultur.fuehrung-und-wandel"),
        Some(Response::Level(lowest))
    );
    let note = after.comment("kultur.fuehrung-und-wandel");
    assert!(
        note.starts_with("Aus Version 1.0 zusammengeführt"),
        "{note}"
    );
    assert!(
        note.contains("„kultur.veraenderung“") && note.contains("Bitte prüfen"),
        "{note}"
    );
    for id in ["kultur.veraenderung", "kultur.fehlerkultur"] {
        assert_eq!(
            after.retired_answers.get(id),
            before.answers.get(id),
            "{id}"
        );
    }
    let cross_field = level("ressourcen.qualifizierung").min(level("kultur.digitalkompetenz"));
    assert_eq!(
        after.response("ressourcen.kompetenz"),
        Some(Response::Level(cross_field))
    );

    // "Not applicable" and "don't know" merge to "don't know"; old comments are kept.
    assert_eq!(
        before.response("frontend.beteiligung"),
        Some(Response::NotApplicable)
    );
    assert_eq!(
        before.response("backend.zusammenarbeit"),
        Some(Response::DontKnow)
    );
    assert_eq!(
        after.response("frontend.beteiligung-und-kooperation"),
        Some(Response::DontKnow)
    );
    assert!(
        after
            .comment("frontend.beteiligung-und-kooperation")
            .contains("„backend.zusammenarbeit“: Konnte im Termin niemand beantworten")
    );

    // The report names every mapping; merges are marked for checking.
    let mapped: Vec<(&str, usize, bool)> = report
        .mapped
        .iter()
        .map(|m| (m.to.as_str(), m.from.len(), m.is_merge()))
        .collect();
    assert_eq!(
        mapped,
        [
            ("kultur.fuehrung-und-wandel", 2, true),
            ("ressourcen.kompetenz", 2, true),
            ("backend.prozesse", 1, false),
            ("backend.arbeitsplatz", 2, true),
            ("frontend.beteiligung-und-kooperation", 2, true),
        ]
    );

    // New questions without a predecessor answer stay open and are listed.
    assert_eq!(
        report.unanswered,
        ["kultur.ki", "frontend.neu-ohne-vorgaenger"]
    );
    assert!(after.response("kultur.ki").is_none());

    // Nothing is lost: every old answer is kept, carried over or set aside, and every one
    // set aside without a successor is reported and warned about.
    let carried: Vec<&str> = report
        .mapped
        .iter()
        .flat_map(|m| m.from.iter().map(|(id, _)| id.as_str()))
        .collect();
    for id in before.answers.keys() {
        let accounted = after.answers.contains_key(id)
            || carried.contains(&id.as_str())
            || after.retired_answers.contains_key(id);
        assert!(accounted, "{id} was dropped");
        let reported_retired = report.retired.contains(id);
        let unmatched = q.question(id).is_none() && q.replacement_for(id).is_none();
        assert_eq!(reported_retired, unmatched, "{id}");
        if unmatched {
            assert_eq!(after.retired_answers.get(id), before.answers.get(id));
            assert!(
                opened
                    .warnings
                    .iter()
                    .any(|w| w.message.contains(&format!("„{id}“"))
                        && w.message.contains("retired_answers"))
            );
        }
    }
    assert_eq!(
        report.kept + carried.len() + report.retired.len(),
        before.answers.len()
    );
    assert!(opened.warnings.iter().any(|w| w
        .message
        .contains("„backend.prozessanalyse“ gibt es in Version 1.1-test nicht mehr; ihre Antwort übernimmt die Frage „backend.prozesse“")));
    let summary = report.summary(reifegrad::text::Lang::De);
    assert!(summary.contains("4 Antworten übernommen"), "{summary}");
    assert!(
        summary.contains("5 über neue Fragen übernommen (davon 4 zusammengeführt"),
        "{summary}"
    );
}

#[test]
fn migrated_file_saves_and_reopens_without_a_second_migration() {
    let q = parse_questionnaire(Path::new("q.ron"), TEST_1_1).unwrap();
    let opened =
        open_assessment_text(Path::new("lindenhagen-1.0.ron"), LINDENHAGEN_1_0, &q).unwrap();
    let text = to_ron(&opened.assessment).unwrap();
    let again = open_assessment_text(Path::new("neu.ron"), &text, &q).unwrap();
    assert!(again.migration.is_none());
    assert!(again.warnings.is_empty(), "{:?}", again.warnings);
    assert_eq!(again.assessment, opened.assessment);
    assert_eq!(to_ron(&again.assessment).unwrap(), text);
}

#[test]
fn benchmark_of_1_0_is_refused_with_the_reason_not_converted() {
    let q = parse_questionnaire(Path::new("q.ron"), TEST_1_1).unwrap();
    let made_with = QuestionnaireRef {
        id: "kommunal-reifegrad".into(),
        version: "1.0".into(),
    };
    let problems = reifegrad::benchmark::file::check_fits(&made_with, std::iter::empty(), &q, "");
    assert_eq!(problems.len(), 1, "{problems:?}");
    let message = &problems[0].message;
    assert!(
        message.contains("Version 1.0") && message.contains("Version 1.1-test"),
        "{message}"
    );
    assert!(
        message.contains("nicht auf Version 1.1-test umgerechnet")
            && message.contains("zusammengeführt"),
        "{message}"
    );
}

#[test]
fn the_1_0_example_opens_under_the_bundled_questionnaire_without_losing_an_answer() {
    let q = reifegrad::model::bundled_questionnaire().unwrap();
    let before = old();
    let opened =
        open_assessment_text(Path::new("lindenhagen-1.0.ron"), LINDENHAGEN_1_0, &q).unwrap();
    if q.version == "1.0" {
        assert!(opened.migration.is_none());
        return;
    }
    let after = &opened.assessment;
    let report = opened.migration.unwrap();
    assert_eq!(after.questionnaire.version, q.version);
    // Every old answer is kept (same id), carried over (replaces) or set aside and reported.
    for (id, answer) in &before.answers {
        if q.question(id).is_some() {
            assert_eq!(after.answers.get(id), Some(answer), "{id} not kept");
        } else if let Some(new) = q.replacement_for(id) {
            assert!(
                report
                    .mapped
                    .iter()
                    .any(|m| m.to == new.id && m.from.iter().any(|(from, _)| from == id)),
                "{id} → {} not reported",
                new.id
            );
            assert!(
                after.response(&new.id).is_some(),
                "{} got no answer",
                new.id
            );
        } else {
            assert!(report.retired.contains(id), "{id} not reported");
            assert_eq!(
                after.retired_answers.get(id),
                Some(answer),
                "{id} not kept aside"
            );
        }
    }
    // The OZG question of 1.0 is carried over whole to its successor.
    if let Some(new) = q.replacement_for("frontend.ozg-reifegrad") {
        assert_eq!(
            after.answers.get(&new.id),
            before.answers.get("frontend.ozg-reifegrad")
        );
    }
    // New questions without a predecessor stay open and are listed.
    for (_, question) in q.questions() {
        let open = after.response(&question.id).is_none();
        assert_eq!(
            report.unanswered.contains(&question.id),
            open,
            "{}",
            question.id
        );
    }
    assert!(!report.unanswered.is_empty());
}
