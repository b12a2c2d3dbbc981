//! Benchmarks of the domain core: parsing the default questionnaire and scoring a
//! 500-question assessment.

#![allow(clippy::unwrap_used)]

use criterion::{Criterion, criterion_group, criterion_main};
use reifegrad::model::load::BUNDLED_QUESTIONNAIRE;
use reifegrad::model::{
    Assessment, BodyKind, Date, FederalState, Profile, Questionnaire, Response, parse_questionnaire,
};
use reifegrad::scoring::{prioritised_measures, score};
use std::collections::HashMap;
use std::hint::black_box;
use std::path::Path;

/// A questionnaire of `dimensions × per_dimension` questions, built by repeating the
/// default questionnaire's questions under new ids.
fn large_questionnaire(base: &Questionnaire, per_dimension: usize) -> Questionnaire {
    let mut large = base.clone();
    for dimension in &mut large.dimensions {
        let template = dimension.questions.clone();
        dimension.questions = (0..per_dimension)
            .map(|i| {
                let mut q = template[i % template.len()].clone();
                q.id = format!("{}.{i}", dimension.id);
                q
            })
            .collect();
    }
    large
}

fn filled_assessment(q: &Questionnaire) -> Assessment {
    let profile = Profile {
        name: "Benchstadt".into(),
        state: FederalState::Bayern,
        kind: BodyKind::Stadt,
        population: 20_000,
    };
    let mut a = Assessment::new(
        q,
        profile,
        Date::new(2026, 1, 1).unwrap_or_else(Date::today),
    );
    for (i, (_, question)) in q.questions().enumerate() {
        let response = match i % 7 {
            5 => Response::DontKnow,
            6 => Response::NotApplicable,
            n => Response::Level((n % 5) as u8),
        };
        a.set_response(&question.id, Some(response));
    }
    a
}

fn benches(c: &mut Criterion) {
    let path = Path::new("kommunal-reifegrad.ron");
    c.bench_function("parse + validate default questionnaire", |b| {
        b.iter(|| parse_questionnaire(path, black_box(BUNDLED_QUESTIONNAIRE)))
    });

    let Ok(base) = parse_questionnaire(path, BUNDLED_QUESTIONNAIRE) else {
        return;
    };
    let large = large_questionnaire(&base, 125);
    let assessment = filled_assessment(&large);
    assert_eq!(large.question_count(), 500);
    c.bench_function("score 500-question assessment", |b| {
        b.iter(|| score(black_box(&large), black_box(&assessment)))
    });
    let scores = score(&large, &assessment);
    let medians = HashMap::from([("kultur".to_string(), 70.0), ("backend".to_string(), 60.0)]);
    c.bench_function("prioritise measures, 500 questions", |b| {
        b.iter(|| prioritised_measures(black_box(&large), &assessment, &scores, &medians))
    });
}

criterion_group!(core, benches);
criterion_main!(core);
