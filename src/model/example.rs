//! The example town: a filled-in, realistic assessment for trying the app and the report.

use crate::model::{
    Answer, Assessment, BodyKind, Date, FederalState, Profile, Questionnaire, Response,
};

/// Name of the fictional example town.
pub(crate) const EXAMPLE_TOWN: &str = "Lindenhagen";

/// A typical small town's answers to `questionnaire`: online services ahead of internal
/// processes ("facade paint") and willing staff with too few resources ("not able").
/// Deterministic: the same questionnaire always gives the same assessment.
pub fn example_assessment(questionnaire: &Questionnaire) -> Assessment {
    let profile = Profile {
        name: EXAMPLE_TOWN.to_string(),
        council_name: None,
        state: FederalState::Hessen,
        kind: BodyKind::Stadt,
        population: 14_800,
        federation: None,
        district_services: false,
    };
    let date = Date::new(2026, 11, 12).unwrap_or_else(Date::today);
    let mut assessment = Assessment::new(questionnaire, profile, date);
    assessment.respondents =
        "Digitallotsin (Hauptamt), Kämmerei, Bauamt, Bürgerbüro, IT-Koordination".to_string();
    let rules = &questionnaire.diagnoses;
    for dimension in &questionnaire.dimensions {
        // Typical levels in tenths: front-end ahead, back-end behind, culture ahead of resources.
        let base_tenths: i64 = if dimension.id == rules.front_end {
            26
        } else if dimension.id == rules.back_end {
            11
        } else if dimension.id == rules.culture {
            23
        } else if dimension.id == rules.resources {
            12
        } else {
            18
        };
        for (index, question) in dimension.questions.iter().enumerate() {
            let spread = (stable_hash(&question.id) % 5) as i64 - 2;
            let level = ((base_tenths + spread * 6 + 5) / 10).clamp(0, 4) as u8;
            let response = match index {
                7 if dimension.id == rules.back_end => Response::DontKnow,
                9 if dimension.id == rules.front_end => Response::NotApplicable,
                _ => Response::Level(level),
            };
            let comment = example_comment(&dimension.id, index, rules);
            assessment.answers.insert(
                question.id.clone(),
                Answer {
                    response: Some(response),
                    comment,
                    ..Answer::default()
                },
            );
        }
    }
    assessment
}

fn example_comment(dimension: &str, index: usize, rules: &crate::model::DiagnosisRules) -> String {
    let text = if dimension == rules.culture && index == 0 {
        "Im Workshop am 12.11. mit Hauptamt, Kämmerei und Bauamt besprochen; die Einschätzung war nicht einhellig – das Bauamt sah die Stufe niedriger."
    } else if dimension == rules.resources && index == 0 {
        "Die Digitallotsin hat 50 % ihrer Stelle für diese Aufgabe; die andere Hälfte ist Personalverwaltung."
    } else if dimension == rules.back_end && index == 7 {
        "Konnte im Termin niemand beantworten – beim IT-Dienstleister nachfragen."
    } else if dimension == rules.back_end && index == 0 {
        "Nachweis: Prozessliste des Hauptamts, Stand Oktober 2026."
    } else if dimension == rules.front_end && index == 0 {
        "Zahlen aus dem Serviceportal des Landes; „Online-Antrag“ heißt hier oft noch PDF zum Ausdrucken."
    } else {
        ""
    };
    text.to_string()
}

/// A small, stable hash (FNV-1a) so that the example does not depend on Rust's hasher.
fn stable_hash(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |hash, byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    })
}
