//! Benchmarks of the domain core: parsing the default questionnaire and scoring a
//! 500-question assessment.

#![allow(clippy::unwrap_used)]

#[path = "shared/mod.rs"]
mod shared;

use criterion::{Criterion, criterion_group, criterion_main};
use reifegrad::model::load::BUNDLED_QUESTIONNAIRE;
use reifegrad::model::parse_questionnaire;
use reifegrad::scoring::{prioritised_measures, score};
use shared::{filled_assessment, large_questionnaire};
use std::collections::HashMap;
use std::hint::black_box;
use std::path::Path;

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
