//! The example town with a plan and with evidence, shared by the PDF tests.

#![allow(dead_code, clippy::unwrap_used)]

use reifegrad::model::{
    Assessment, Date, Evidence, FieldTarget, PlanStatus, PlannedMeasure, Quarter, Questionnaire,
};
use reifegrad::scoring::{prioritised_measures, score};
use std::collections::HashMap;

/// The example town with a plan: the first four prioritised measures, three of them
/// costed, with owners, start quarters, targets and the next assessment's date.
pub fn with_plan(q: &Questionnaire, mut a: Assessment) -> Assessment {
    let scores = score(q, &a);
    let measures = prioritised_measures(q, &a, &scores, &HashMap::new());
    let costs = [
        (Some(12_000), Some(2_400), "Hauptamt", 2027, 1),
        (None, Some(6_000), "IT-Stelle", 2027, 2),
        (Some(4_500), None, "Bürgerbüro", 2028, 1),
        (None, None, "", 2027, 3),
    ];
    for (m, (one_off, yearly, owner, year, quarter)) in measures.iter().zip(costs) {
        a.plan.measures.push(PlannedMeasure {
            owner: owner.into(),
            start: Some(Quarter { year, quarter }),
            one_off_eur: one_off,
            yearly_eur: yearly,
            person_days: Some(10),
            status: PlanStatus::Proposed,
            ..PlannedMeasure::new(&m.question.id, m.measure.from_level)
        });
    }
    for d in &q.dimensions {
        a.plan
            .field_targets
            .insert(d.id.clone(), FieldTarget::Score(60));
    }
    a.plan.next_assessment = Date::new(2027, 11, 12);
    a
}

/// The example town with evidence on two answers (one with every detail, one with only
/// what it is).
pub fn with_evidence(q: &Questionnaire, mut a: Assessment) -> Assessment {
    let first = &q.dimensions[0].questions[0].id;
    let second = &q.dimensions[2].questions[1].id;
    a.set_evidence(
        first,
        vec![
            Evidence {
                what: "Ratsbeschluss Digitalstrategie 2025/14".into(),
                location: "https://rats.lindenhagen.example/vorlage/2025-14".into(),
                date: Date::new(2025, 4, 3),
            },
            Evidence {
                what: "Protokoll Amtsleiterrunde".into(),
                location: r"\\server\hauptamt\protokolle\2026-02.pdf".into(),
                date: None,
            },
        ],
    );
    a.set_evidence(
        second,
        vec![Evidence {
            what: "Prozesslandkarte Bauamt".into(),
            ..Evidence::default()
        }],
    );
    a
}
