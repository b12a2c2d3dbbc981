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
                    .any(|w| w.message.to_string().contains(&format!("„{id}“"))
                        && w.message.to_string().contains("retired_answers"))
            );
        }
    }
    assert_eq!(
        report.kept + carried.len() + report.retired.len(),
        before.answers.len()
    );
    assert!(opened.warnings.iter().any(|w| w
        .message
        .to_string()
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
    let message = problems[0].message.to_string();
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

/// The real questionnaire 1.1, kept to test the step to 1.2.
const QUESTIONNAIRE_1_1: &str = include_str!("../fixtures/kommunal-reifegrad-1.1.ron");

/// The example town as saved with questionnaire 1.1, opened under the bundled 1.2: same ids
/// keep their answers, the two merges take the lowest level, the four questions whose
/// scale changed are set aside, and the new questions stay open.
#[test]
fn lindenhagen_1_1_opens_under_1_2_keeping_only_answers_whose_meaning_held() {
    let q11 =
        parse_questionnaire(Path::new("kommunal-reifegrad-1.1.ron"), QUESTIONNAIRE_1_1).unwrap();
    assert_eq!(q11.version, "1.1");
    let q12 = reifegrad::model::bundled_questionnaire().unwrap();
    let before = reifegrad::model::example::example_assessment(&q11);
    let text = to_ron(&before).unwrap();
    let opened = open_assessment_text(Path::new("lindenhagen-1.1.ron"), &text, &q12).unwrap();
    let after = &opened.assessment;
    let report = opened.migration.unwrap();
    assert_eq!(
        (report.from_version.as_str(), report.to_version.as_str()),
        ("1.1", "1.2")
    );

    let kept_ids: Vec<&str> = q11
        .questions()
        .map(|(_, q)| q.id.as_str())
        .filter(|id| q12.question(id).is_some())
        .collect();
    assert_eq!(report.kept, 41);
    assert_eq!(kept_ids.len(), 41);
    for id in &kept_ids {
        assert_eq!(after.answers.get(*id), before.answers.get(*id), "{id}");
    }

    let level = |id: &str| before.response(id).and_then(Response::level);
    let merged: Vec<(&str, Vec<&str>)> = report
        .mapped
        .iter()
        .map(|m| {
            (
                m.to.as_str(),
                m.from.iter().map(|(id, _)| id.as_str()).collect(),
            )
        })
        .collect();
    assert_eq!(
        merged,
        [
            (
                "backend.it-landschaft",
                vec!["backend.it-architektur", "backend.souveraenitaet"]
            ),
            (
                "backend.ortsunabhaengig",
                vec!["backend.mobiles-arbeiten", "backend.zusammenarbeit"]
            ),
        ]
    );
    // The example has „weiß nicht“ on `backend.mobiles-arbeiten`; the other part's level wins.
    assert_eq!(
        before.response("backend.mobiles-arbeiten"),
        Some(Response::DontKnow)
    );
    assert_eq!(
        after.response("backend.ortsunabhaengig"),
        level("backend.zusammenarbeit").map(Response::Level)
    );
    let lowest = level("backend.it-architektur").min(level("backend.souveraenitaet"));
    assert_eq!(
        after.response("backend.it-landschaft"),
        lowest.map(Response::Level)
    );

    assert_eq!(
        report.retired,
        [
            "backend.ausgangspost",
            "backend.betriebsdaten",
            "frontend.ozg-onlinezugang",
            "frontend.wirtschaft"
        ]
    );
    for id in &report.retired {
        assert_eq!(
            after.retired_answers.get(id),
            before.answers.get(id),
            "{id}"
        );
    }
    assert_eq!(
        report.unanswered,
        [
            "kultur.nutzen",
            "ressourcen.datenschutz",
            "backend.postausgang",
            "backend.green-it",
            "backend.geodaten",
            "backend.breitband",
            "frontend.top-leistungen-online",
            "frontend.unternehmen",
            "frontend.social-media",
        ]
    );
}

/// History across 1.1 → 1.2 names a change per question only where the answer was carried
/// over: a question whose scale changed has no 1.1 level to compare with.
#[test]
fn history_across_1_1_and_1_2_moves_only_questions_whose_meaning_held() {
    use reifegrad::model::Date;
    use reifegrad::progress::{build_history, load_linked};
    let q11 =
        parse_questionnaire(Path::new("kommunal-reifegrad-1.1.ron"), QUESTIONNAIRE_1_1).unwrap();
    let q12 = reifegrad::model::bundled_questionnaire().unwrap();
    let mut then = reifegrad::model::example::example_assessment(&q11);
    then.date = Date::new(2025, 11, 12).unwrap();
    // Every answered 1.1 question one level lower than in the 1.2 example, so that every
    // question that can be compared shows a change.
    let now = reifegrad::model::example::example_assessment(&q12);
    for (id, answer) in then.answers.iter_mut() {
        answer.response = Some(match now.response(id) {
            Some(Response::Level(l)) if l > 0 => Response::Level(l - 1),
            _ => Response::Level(4),
        });
    }
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("lindenhagen-2025.ron");
    reifegrad::model::save_assessment(&path, &then).unwrap();
    let linked = load_linked(&path, &q12).unwrap();
    assert_eq!(
        linked.unmatched,
        [
            "backend.ausgangspost",
            "backend.betriebsdaten",
            "frontend.ozg-onlinezugang",
            "frontend.wirtschaft"
        ]
    );
    let history = build_history(&q12, &now, None, vec![linked], Vec::new());
    let moved: Vec<&str> = history
        .moved
        .iter()
        .map(|m| m.question_id.as_str())
        .collect();
    assert!(!moved.is_empty());
    for id in &moved {
        let carried = q11.question(id).is_some()
            || q12
                .question(id)
                .is_some_and(|(_, q)| !q.replaces.is_empty());
        assert!(
            carried,
            "{id} moved without a 1.1 answer of the same meaning"
        );
    }
    for id in [
        "frontend.top-leistungen-online",
        "frontend.unternehmen",
        "backend.postausgang",
        "kultur.nutzen",
        "backend.green-it",
    ] {
        assert!(!moved.contains(&id), "{id} shows a change it cannot have");
    }
    // Every kept question with a level in both years is listed.
    assert!(moved.contains(&"kultur.chefsache") && moved.contains(&"backend.rechnungsworkflow"));
}
