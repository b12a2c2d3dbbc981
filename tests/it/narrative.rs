//! Every sentence the outputs say about the consistency fixtures must be true for the
//! state the assessment is in: no count of zero things, no „allen 1“ or „1 Minuten“, no
//! finding or percentile for a field below the coverage threshold, no field name that is
//! not the questionnaire's, and „vorläufig“ wherever too little is answered.

#![allow(clippy::unwrap_used)]

use crate::common;

use common::fixtures::{self, FIXTURES, Fixture};
use common::outputs::{Outputs, outputs};
use reifegrad::text::Lang;

/// Everything the outputs say, one string per output.
fn said(o: &Outputs) -> [(&'static str, String); 3] {
    [
        ("table", o.table.clone()),
        ("pdf", o.pdf.clone()),
        ("app", o.labels.join("\n")),
    ]
}

/// Phrases that count zero things or get a plural wrong.
const WRONG_COUNTS: [&str; 23] = [
    " 0 von",
    " 0 Fragen",
    " 0 Frage ",
    "Bei 0 von",
    "In 0 von",
    "die 0 ",
    " 0 kurzfristigen",
    " 0 Maßnahmen",
    " 0 Handlungsfeld",
    " 0 Kommunen",
    "(0 ",
    "allen 1 ",
    "allen 0 ",
    "all 1 ",
    "1 Minuten",
    "1 Fragen",
    "1 Kommunen",
    "1 Antworten",
    "1 Maßnahmen",
    "1 questions",
    "1 fields",
    "Antwort(en)",
    "besser als 0 %",
];

/// Field names of the bundled questionnaire, which the fixture questionnaire does not use.
const FOREIGN_FIELDS: [&str; 6] = [
    "Kultur und Führung",
    "Ressourcen und Organisation",
    "Front-End",
    "Back-End",
    "Culture and leadership",
    "Resources and organisation",
];

/// An assessment with nothing answered yet (not part of the consistency set: it has no
/// figures to compare).
const EMPTY: Fixture = Fixture {
    name: "empty",
    with_peers: true,
};

#[test]
fn no_output_counts_zero_things_or_names_foreign_fields() {
    for fixture in FIXTURES.into_iter().chain([EMPTY]) {
        let o = outputs(fixture, Lang::De);
        for (output, text) in said(&o) {
            for wrong in WRONG_COUNTS {
                assert!(
                    !text.contains(wrong),
                    "{}/{output} says {wrong:?}:\n{text}",
                    fixture.name
                );
            }
            for field in FOREIGN_FIELDS {
                assert!(
                    !text.contains(field),
                    "{}/{output} names {field:?}",
                    fixture.name
                );
            }
        }
    }
}

#[test]
fn a_field_below_the_coverage_threshold_gets_no_finding_and_no_percentile() {
    let o = outputs(fixtures::fixture("partial"), Lang::De);
    // „Haltung und Spitze“ has 2 of 4 answers, „Angebote nach außen“ 1 of 4.
    for d in o.json["dimensions"].as_array().unwrap() {
        assert!(d["peers"]["percentile"].is_null(), "{d}");
    }
    assert!(o.json["diagnoses"].as_array().unwrap().is_empty());
    for (output, text) in said(&o) {
        let ranked = text
            .match_indices("besser als ")
            .any(|(i, m)| text[i + m.len()..].starts_with(|c: char| c.is_ascii_digit()));
        assert!(!ranked, "{output}: a percentile");
        assert!(!text.contains("Am weitesten"), "{output}: a spread");
        assert!(
            !text.contains("ähnlich weit"),
            "{output}: compares fields without a score"
        );
        assert!(!text.contains("Lücken: Keine"), "{output}");
    }
    // Every output says the result is preliminary and why.
    assert!(o.table.contains("Vorläufig"));
    assert!(o.pdf.contains("Vorläufiges Gesamtergebnis"));
    assert!(
        o.pdf
            .contains("3 von 16 Fragen mit einer Stufe beantwortet")
    );
    assert!(o.labels.iter().any(|l| l.starts_with("Vorläufig:")));
    // The Hessian town's council is named as the HGO names it, and asked to complete the
    // assessment, not to commission measures.
    assert!(
        o.pdf
            .contains("Beschlussvorschlag für die Stadtverordnetenversammlung")
    );
    assert!(
        o.pdf
            .contains("Die Stadtverordnetenversammlung beschließt:")
    );
    assert!(
        o.pdf
            .contains("Die Verwaltung vervollständigt die Selbstbewertung")
    );
    assert!(!o.pdf.contains("kurzfristigen Maßnahmen des Fahrplans"));
    // The fields without answers are named as such, with the questionnaire's names.
    assert!(o.pdf.contains(
        "Zu „Mittel und Köpfe“ und „Innere Abläufe“ ist noch keine Frage mit einer Stufe beantwortet"
    ));
}

#[test]
fn all_at_the_top_and_all_at_the_bottom_read_as_such() {
    let top = outputs(fixtures::fixture("all-4"), Lang::De);
    for (output, text) in said(&top) {
        assert!(!text.contains("am wenigsten weit"), "{output}");
        assert!(!text.contains("Vorläufig"), "{output}");
    }
    assert!(
        top.pdf
            .contains("Alle 16 beantworteten Fragen stehen auf der höchsten Stufe 4")
    );
    assert!(top.pdf.contains("Die Verwaltung hält das erreichte Niveau"));
    assert!(
        !top.pdf
            .contains("Grundlage sind die priorisierten Maßnahmen")
    );
    assert!(
        !top.pdf
            .contains("Für die Maßnahmen sind noch keine Kosten beziffert")
    );
    assert!(
        top.pdf.contains(
            "Keine Maßnahmen: Alle beantworteten Fragen stehen auf der höchsten Stufe 4."
        )
    );
    let bottom = outputs(fixtures::fixture("all-0"), Lang::De);
    assert!(
        bottom
            .pdf
            .contains("Alle 16 beantworteten Fragen stehen auf Stufe 0")
    );
    assert!(!bottom.pdf.contains("Bei 16 von 16"));
}

#[test]
fn a_single_field_is_compared_as_the_only_one() {
    let o = outputs(fixtures::fixture("one-field"), Lang::De);
    assert!(
        o.table
            .contains("Im einzigen verglichenen Handlungsfeld, „Haltung und Spitze“"),
        "{}",
        o.table
    );
    assert!(!o.pdf.contains("In allen"), "no „all“ for one field");
}

#[test]
fn english_outputs_stay_english() {
    for name in ["partial", "all-4"] {
        let o = outputs(fixtures::fixture(name), Lang::En);
        for (output, text) in said(&o) {
            for german in [
                "Vorläufig",
                "beantwortet",
                " von 100",
                "Handlungsfeld",
                "besser als",
            ] {
                assert!(!text.contains(german), "{name}/{output}: {german:?}");
            }
        }
    }
}

#[test]
fn an_empty_assessment_says_there_is_no_result_yet() {
    let o = outputs(EMPTY, Lang::De);
    assert!(o.json["overall"]["score"].is_null());
    assert!(
        o.pdf
            .contains("keine der 16 Fragen mit einer Stufe beantwortet")
    );
    assert!(o.pdf.contains("Noch keine Maßnahmen"));
    assert!(
        o.labels
            .iter()
            .any(|l| l == "Noch kein Ergebnis: Keine Frage ist mit einer Stufe beantwortet.")
    );
}
