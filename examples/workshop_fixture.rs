//! Writes the example town Lindenhagen with a workshop of N participants (default 12)
//! whose votes disagree on some questions – the file the screenshot script opens.
//!
//! `cargo run --example workshop_fixture -- OUT.ron [N]`

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
    match reifegrad::model::save_assessment(std::path::Path::new(&out), &assessment) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("{error}");
            ExitCode::from(1)
        }
    }
}
