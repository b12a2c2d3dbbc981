//! Writes the example town Lindenhagen with a workshop of N participants (default 12)
//! whose votes disagree on some questions – the file the screenshot script opens. With
//! `plan`, the town has also taken its five most urgent measures into the plan (owners,
//! start quarters, costs) and backed one answer with evidence, as the spreadsheet
//! walkthrough shows them.
//!
//! `cargo run --example workshop_fixture -- OUT.ron [N] [plan]`

use reifegrad::model::example::example_assessment;
use reifegrad::model::{Response, bundled_questionnaire};
use std::process::ExitCode;

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let Some(out) = args.next() else {
        eprintln!("usage: workshop_fixture OUT.ron [PARTICIPANTS]");
        return ExitCode::from(2);
    };
    let participants: usize = args.next().and_then(|n| n.parse().ok()).unwrap_or(12);
    let with_plan = args.next().as_deref() == Some("plan");
    let questionnaire = match bundled_questionnaire() {
        Ok(q) => q,
        Err(error) => {
            eprintln!("{error}");
            return ExitCode::from(1);
        }
    };
    let mut assessment = example_assessment(&questionnaire);
    let roles = [
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
    ];
    let ids: Vec<String> = (0..participants)
        .map(|i| {
            let label = roles
                .get(i)
                .map_or_else(|| format!("Teilnehmende {}", i + 1), |r| r.to_string());
            assessment.add_rater(&label)
        })
        .collect();
    // Votes on the first eight questions: agreement on some, wide disagreement on others.
    let question_ids: Vec<String> = questionnaire
        .questions()
        .take(8)
        .map(|(_, q)| q.id.clone())
        .collect();
    for (qi, question) in question_ids.iter().enumerate() {
        for (ri, rater) in ids.iter().enumerate() {
            let level = match qi % 3 {
                0 => (ri % 5) as u8,
                1 => 2 + (ri % 2) as u8,
                _ => [1, 1, 2, 4, 0, 3][ri % 6],
            };
            let vote = if ri == 5 && qi == 2 {
                Response::DontKnow
            } else {
                Response::Level(level)
            };
            if let Err(error) = assessment.set_vote(question, rater, Some(vote)) {
                eprintln!("{error}");
                return ExitCode::from(1);
            }
        }
    }
    // Leave question 2 (index 1) without votes for participants 10–12, so the panel
    // shows "·" markers too.
    for rater in ids.iter().skip(9) {
        let _ = assessment.set_vote(&question_ids[1], rater, None);
    }
    if with_plan {
        add_plan(&questionnaire, &mut assessment);
    }
    match reifegrad::model::save_assessment(std::path::Path::new(&out), &assessment) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("{error}");
            ExitCode::from(1)
        }
    }
}

/// The five most urgent measures in the plan, with owners, start quarters and costs, and
/// evidence for the first answer.
fn add_plan(
    questionnaire: &reifegrad::model::Questionnaire,
    assessment: &mut reifegrad::model::Assessment,
) {
    use reifegrad::model::{Date, Evidence, PlanStatus, PlannedMeasure, Quarter};
    let scores = reifegrad::scoring::score(questionnaire, assessment);
    let measures = reifegrad::scoring::prioritised_measures(
        questionnaire,
        assessment,
        &scores,
        &std::collections::HashMap::new(),
    );
    let entries = [
        (
            "Hauptamt",
            2027,
            1,
            Some(12_000),
            Some(2_400),
            PlanStatus::Adopted,
        ),
        (
            "IT-Koordination",
            2027,
            2,
            None,
            Some(6_000),
            PlanStatus::InProgress,
        ),
        (
            "Bürgerbüro",
            2027,
            3,
            Some(4_500),
            None,
            PlanStatus::Proposed,
        ),
        (
            "Kämmerei",
            2028,
            1,
            Some(25_000),
            Some(3_000),
            PlanStatus::Proposed,
        ),
        ("", 2028, 2, None, None, PlanStatus::Proposed),
    ];
    for (m, (owner, year, quarter, one_off, yearly, status)) in measures.iter().zip(entries) {
        assessment.plan.measures.push(PlannedMeasure {
            owner: owner.into(),
            start: Some(Quarter { year, quarter }),
            duration_quarters: Some(2),
            one_off_eur: one_off,
            yearly_eur: yearly,
            person_days: Some(15),
            status,
            ..PlannedMeasure::new(&m.question.id, m.measure.from_level)
        });
    }
    assessment.plan.next_assessment = Date::new(2027, 11, 12);
    let first = questionnaire.dimensions[0].questions[0].id.clone();
    assessment.set_evidence(
        &first,
        vec![
            Evidence {
                what: "Ratsbeschluss „Digitalstrategie 2025“ (Vorlage 2025/14)".into(),
                location: "Ratsinformationssystem".into(),
                date: Date::new(2025, 4, 3),
            },
            Evidence {
                what: "Protokoll der Amtsleiterrunde".into(),
                location: r"\\server\hauptamt\protokolle\2026-02.pdf".into(),
                date: None,
            },
        ],
    );
}
