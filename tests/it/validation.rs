//! Validation of hand-broken files: every problem is reported as FILE:LINE:COL with a
//! plain message, never a panic.

#![allow(clippy::unwrap_used)]

use reifegrad::files::{Location, Severity};
use reifegrad::model::{
    Assessment, BodyKind, Date, FederalState, Profile, Response, open_assessment_text,
    parse_assessment, parse_questionnaire,
};
use std::path::Path;

const MINI: &str = include_str!("../fixtures/mini-questionnaire.ron");

fn questionnaire_problems(text: &str) -> Vec<String> {
    match parse_questionnaire(Path::new("q.ron"), text) {
        Ok(_) => Vec::new(),
        Err(error) => error
            .problems
            .iter()
            .map(|p| p.line_for(&error.path, reifegrad::text::Lang::De))
            .collect(),
    }
}

#[test]
fn mini_fixture_is_valid() {
    assert!(questionnaire_problems(MINI).is_empty());
}

#[test]
fn bundled_questionnaire_is_valid_and_large_enough() {
    let q = reifegrad::model::bundled_questionnaire().unwrap();
    assert_eq!(q.id, "kommunal-reifegrad");
    let ids: Vec<_> = q.dimensions.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(ids, ["kultur", "ressourcen", "backend", "frontend"]);
    for d in &q.dimensions {
        assert!(
            d.questions.len() >= 10,
            "{} has {} questions",
            d.id,
            d.questions.len()
        );
    }
}

#[test]
fn bundled_questionnaire_1_2_is_bilingual_balanced_with_legal_floors_and_placeholders() {
    let q = reifegrad::model::bundled_questionnaire().unwrap();
    for (_, question) in q.questions() {
        let id = &question.id;
        let short = question
            .short
            .as_ref()
            .unwrap_or_else(|| panic!("{id} has no short title"));
        assert!(short.en.is_some(), "{id}: short title without English");
        assert!(question.text.en.is_some(), "{id}: text without English");
        assert!(question.help.en.is_some(), "{id}: help without English");
        assert!(
            question.levels.iter().all(|l| l.en.is_some()),
            "{id}: a level without English"
        );
        assert!(
            question.measures.iter().all(|m| m.text.en.is_some()),
            "{id}: a measure without English"
        );
        assert!(
            question.sources.iter().all(|s| s.title.en.is_some()),
            "{id}: a source title without English"
        );
        assert!(
            question
                .federation_hint
                .as_ref()
                .is_none_or(|h| h.en.is_some()),
            "{id}: federation hint without English"
        );
    }
    // Version 1.2: at most 55 questions, four balanced fields, every duty met by level 2,
    // no hard-coded body names, and the merged 1.1 questions hand their answers on.
    assert_eq!(q.version, "1.2");
    assert!(q.question_count() <= 55, "{} questions", q.question_count());
    for d in &q.dimensions {
        assert!(
            (12..=14).contains(&d.questions.len()),
            "{}: {} questions",
            d.id,
            d.questions.len()
        );
    }
    let legal: Vec<&str> = q
        .questions()
        .filter_map(|(_, question)| question.legal.as_ref().map(|l| (question, l)))
        .inspect(|(question, l)| {
            assert!((1..=2).contains(&l.met_from), "{}", question.id);
            assert!(
                l.duty.en.is_some() && !l.source.trim().is_empty(),
                "{}",
                question.id
            );
        })
        .map(|(question, _)| question.id.as_str())
        .collect();
    for id in [
        "backend.rechnungsworkflow",
        "backend.postausgang",
        "frontend.unternehmen",
        "frontend.barrierefreiheit",
        "frontend.beteiligung",
        "backend.geodaten",
        "backend.green-it",
    ] {
        assert!(legal.contains(&id), "{id} has no legal duty");
    }
    for name in ["Gemeinderat", "Verwaltungsvorstand"] {
        assert!(
            !reifegrad::model::load::BUNDLED_QUESTIONNAIRE.contains(name),
            "„{name}“ is written out instead of a placeholder"
        );
    }
    for (old, new) in [
        ("backend.it-architektur", "backend.it-landschaft"),
        ("backend.souveraenitaet", "backend.it-landschaft"),
        ("backend.mobiles-arbeiten", "backend.ortsunabhaengig"),
        ("backend.zusammenarbeit", "backend.ortsunabhaengig"),
    ] {
        assert_eq!(
            q.replacement_for(old).map(|n| n.id.as_str()),
            Some(new),
            "{old}"
        );
    }
    // Questions whose scale changed take over nothing: their old answers are retired.
    for old in [
        "frontend.ozg-onlinezugang",
        "frontend.wirtschaft",
        "backend.ausgangspost",
        "backend.betriebsdaten",
    ] {
        assert!(q.replacement_for(old).is_none(), "{old}");
        assert!(q.question(old).is_none(), "{old}");
    }
    // Every fact has an owner that exists.
    assert!(q.facts.len() >= 9);
    for fact in &q.facts {
        assert!(q.question(&fact.owner).is_some(), "{}", fact.owner);
    }
}

#[test]
fn unknown_placeholder_in_a_question_is_an_error() {
    let broken = MINI.replacen(
        "\"Stufe 4 von k1\"",
        "\"Stufe 4 von k1, beschlossen von {gemeinderat}\"",
        1,
    );
    assert_ne!(broken, MINI);
    let problems = questionnaire_problems(&broken);
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(problems[0].contains("{gemeinderat}") && problems[0].contains("{rat:dat}"));
    let fine = MINI.replacen(
        "\"Stufe 4 von k1\"",
        "\"Stufe 4 von k1, beschlossen von {rat:dat}\"",
        1,
    );
    assert_eq!(questionnaire_problems(&fine), Vec::<String>::new());
}

#[test]
fn duplicate_question_id_points_at_the_second_occurrence() {
    let broken = MINI.replace("id: \"k2\"", "id: \"k1\"");
    let problems = questionnaire_problems(&broken);
    assert_eq!(problems.len(), 1, "{problems:?}");
    let second_k1 = broken.match_indices("\"k1\"").nth(1).unwrap().0;
    let loc = reifegrad::files::location_at(&broken, second_k1);
    assert!(problems[0].starts_with(&format!("q.ron:{}:{}: ", loc.line, loc.col)));
    assert!(problems[0].contains("„k1“ kommt mehrfach vor"));
}

#[test]
fn missing_level_is_reported_with_the_question() {
    let broken = MINI.replacen("\n                        \"Stufe 4 von k1\",", "", 1);
    let problems = questionnaire_problems(&broken);
    assert!(
        problems
            .iter()
            .any(|p| p.contains("„k1“ hat 4 Stufen") && p.contains("genau fünf")),
        "{problems:?}"
    );
}

#[test]
fn zero_weight_and_missing_measure_are_reported() {
    let broken = MINI.replacen("weight: 2.0", "weight: 0.0", 1).replacen(
        "Measure(from_level: 3, text: \"Von 3 nach 4 bei k1\"",
        "Measure(from_level: 2, text: \"doppelt\"",
        1,
    );
    let problems = questionnaire_problems(&broken);
    assert!(
        problems.iter().any(|p| p.contains("Gewicht 0")),
        "{problems:?}"
    );
    assert!(
        problems
            .iter()
            .any(|p| p.contains("fehlt die Maßnahme ab Stufe 3")),
        "{problems:?}"
    );
    assert!(
        problems
            .iter()
            .any(|p| p.contains("ab Stufe 2 gibt es 2 Maßnahmen")),
        "{problems:?}"
    );
}

#[test]
fn stage_gap_and_overlap_are_reported() {
    let gap = MINI.replace(
        "Stage(name: \"Zwei\", from: 20.0",
        "Stage(name: \"Zwei\", from: 25.0",
    );
    let problems = questionnaire_problems(&gap);
    assert!(
        problems
            .iter()
            .any(|p| p.contains("Lücke") && p.contains("„Zwei“")),
        "{problems:?}"
    );
    assert!(problems[0].starts_with("q.ron:8:"), "{problems:?}");

    let overlap = MINI.replace(
        "Stage(name: \"Drei\", from: 40.0",
        "Stage(name: \"Drei\", from: 35.0",
    );
    assert!(
        questionnaire_problems(&overlap)
            .iter()
            .any(|p| p.contains("Überlappung"))
    );

    let short = MINI.replace(
        "Stage(name: \"Fünf\", from: 80.0, to: 100.0)",
        "Stage(name: \"Fünf\", from: 80.0, to: 90.0)",
    );
    assert!(
        questionnaire_problems(&short)
            .iter()
            .any(|p| p.contains("muss bei 100 enden"))
    );
}

#[test]
fn syntax_and_type_errors_have_positions_and_plain_words() {
    // Wrong type: a number where a text is expected.
    let wrong_type = MINI.replace("text: \"Frage k1?\"", "text: 42");
    let problems = questionnaire_problems(&wrong_type);
    assert_eq!(problems.len(), 1);
    let line = MINI.lines().position(|l| l.contains("Frage k1?")).unwrap() + 1;
    assert!(
        problems[0].starts_with(&format!("q.ron:{line}:")),
        "{problems:?}"
    );

    // Truncated file.
    let truncated = &MINI[..MINI.len() / 2];
    let problems = questionnaire_problems(truncated);
    assert_eq!(problems.len(), 1);
    assert!(
        problems[0].contains("endet zu früh") || problems[0].contains("erwartet"),
        "{problems:?}"
    );

    // Misspelt field name.
    let typo = MINI.replacen("help:", "hilfe:", 1);
    let problems = questionnaire_problems(&typo);
    assert!(
        problems[0].contains("Unbekanntes Feld „hilfe“"),
        "{problems:?}"
    );
}

#[test]
fn empty_and_foreign_files_are_refused_clearly() {
    assert!(questionnaire_problems("")[0].contains("leer"));
    assert!(questionnaire_problems("   // nur ein Kommentar\n")[0].contains("leer"));
    assert!(questionnaire_problems("{\"json\": true}")[0].contains("Unbekannte Dateiart"));
    assert!(questionnaire_problems("Assessment(")[0].contains("Das ist eine Bewertung"));
}

#[test]
fn deep_nesting_does_not_overflow_the_stack() {
    let hostile = format!("Questionnaire(id: {}", "[".repeat(100_000));
    let problems = questionnaire_problems(&hostile);
    assert_eq!(problems.len(), 1);
}

fn mini_assessment() -> (reifegrad::model::Questionnaire, Assessment) {
    let q = parse_questionnaire(Path::new("mini.ron"), MINI).unwrap();
    let profile = Profile {
        name: "Teststadt".into(),
        council_name: None,
        state: FederalState::Sachsen,
        kind: BodyKind::Stadt,
        population: 12_000,
        federation: None,
        district_services: false,
    };
    let mut a = Assessment::new(&q, profile, Date::new(2026, 3, 1).unwrap());
    a.set_response("k1", Some(Response::Level(3)));
    a.set_comment("k1", "Laut Hauptamt „weitgehend“ erfüllt".into());
    a.set_response("b2", Some(Response::NotApplicable));
    (q, a)
}

#[test]
fn assessment_round_trips_through_ron() {
    let (q, a) = mini_assessment();
    let text = reifegrad::files::to_ron(&a).unwrap();
    let opened = open_assessment_text(Path::new("a.ron"), &text, &q).unwrap();
    assert_eq!(opened.assessment, a);
    assert!(opened.warnings.is_empty());
}

#[test]
fn unknown_question_id_is_an_error_for_the_same_version() {
    let (q, a) = mini_assessment();
    let text = reifegrad::files::to_ron(&a)
        .unwrap()
        .replace("\"k1\"", "\"k9\"");
    let error = open_assessment_text(Path::new("a.ron"), &text, &q).unwrap_err();
    assert_eq!(error.problems.len(), 1);
    let expected = reifegrad::files::locate_quoted(&text, "k9", 0).unwrap();
    assert_eq!(error.problems[0].location, Some(expected));
    assert!(error.problems[0].message.to_string().contains("„k9“"));
}

#[test]
fn newer_questionnaire_version_keeps_known_answers_and_reports_the_rest() {
    let (q, a) = mini_assessment();
    let text = reifegrad::files::to_ron(&a)
        .unwrap()
        .replace("version: \"2\"", "version: \"1\"")
        .replace("\"b2\"", "\"b-alt\"");
    let opened = open_assessment_text(Path::new("a.ron"), &text, &q).unwrap();
    let warnings: Vec<_> = opened
        .warnings
        .iter()
        .map(|w| w.message.to_string())
        .collect();
    assert!(
        opened
            .warnings
            .iter()
            .all(|w| w.severity == Severity::Warning)
    );
    assert!(
        warnings.iter().any(|w| w.contains("Version 1")),
        "{warnings:?}"
    );
    assert!(
        warnings.iter().any(|w| w.contains("„b-alt“")),
        "{warnings:?}"
    );
    let migrated = opened.assessment;
    assert_eq!(migrated.questionnaire.version, "2");
    assert_eq!(migrated.response("k1"), Some(Response::Level(3)));
    assert_eq!(migrated.comment("k1"), "Laut Hauptamt „weitgehend“ erfüllt");
    assert!(!migrated.answers.contains_key("b-alt"));
    assert_eq!(
        migrated
            .retired_answers
            .get("b-alt")
            .and_then(|a| a.response),
        Some(Response::NotApplicable)
    );
    let report = opened.migration.unwrap();
    assert_eq!(report.kept, 1);
    assert_eq!(report.retired, vec!["b-alt".to_string()]);
}

#[test]
fn foreign_questionnaire_and_newer_format_are_refused() {
    let (q, a) = mini_assessment();
    let text = reifegrad::files::to_ron(&a).unwrap();
    let foreign = text.replace("id: \"mini\"", "id: \"anderer-bogen\"");
    let error = open_assessment_text(Path::new("a.ron"), &foreign, &q).unwrap_err();
    assert!(
        error.problems[0]
            .message
            .to_string()
            .contains("„anderer-bogen“")
    );

    let newer = text
        .replace("format_version: 1", "format_version: 7")
        .replace("Assessment(", "Assessment(\n    zukunftsfeld: true,");
    let error = parse_assessment(Path::new("a.ron"), &newer).unwrap_err();
    assert!(
        error.problems[0]
            .message
            .to_string()
            .contains("Dateiformat 7"),
        "{error}"
    );
}

#[test]
fn level_out_of_range_is_reported_at_its_answer() {
    let (_, a) = mini_assessment();
    let text = reifegrad::files::to_ron(&a)
        .unwrap()
        .replace("Level(3)", "Level(7)");
    let error = parse_assessment(Path::new("a.ron"), &text).unwrap_err();
    assert!(
        error.problems[0]
            .message
            .to_string()
            .contains("Stufe 7 gibt es nicht")
    );
    let loc = reifegrad::files::locate_quoted(&text, "k1", 0).unwrap();
    assert_eq!(error.problems[0].location, Some(Location { ..loc }));
}

#[test]
fn diagnosis_texts_with_unknown_ids_or_placeholders_are_named_with_their_line() {
    let broken = MINI.replacen(
        "weak_below: 40.0,",
        "weak_below: 40.0,\n        texts: [\n            DiagnosisText(id: \"facade\", title: \"T\", message: \"{first}\"),\n            DiagnosisText(id: \"not_able\", title: \"T\", message: {\"de\": \"{erst}\", \"en\": \"{erst}\"}),\n        ],",
        1,
    );
    assert_ne!(broken, MINI, "the fixture has the anchor");
    let problems = questionnaire_problems(&broken);
    assert_eq!(problems.len(), 2, "{problems:?}");
    assert!(
        problems[0].contains("„facade“ gibt es nicht") && problems[0].starts_with("q.ron:"),
        "{}",
        problems[0]
    );
    assert!(problems[1].contains("{erst}"), "{}", problems[1]);
    // The bundled questionnaire words all four diagnoses itself.
    let q = reifegrad::model::bundled_questionnaire().unwrap();
    let ids: Vec<&str> = q.diagnoses.texts.iter().map(|t| t.id.as_str()).collect();
    assert_eq!(ids, reifegrad::model::validation::DIAGNOSIS_IDS);
}
