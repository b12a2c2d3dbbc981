//! The staff survey's import: 200 answer files (as the HTML form saves them) read,
//! checked and counted into a fresh survey. Goal: well under a second.

#![allow(clippy::unwrap_used)]

use criterion::{Criterion, criterion_group, criterion_main};
use reifegrad::files::to_ron;
use reifegrad::model::{Date, bundled_questionnaire};
use reifegrad::survey::answers::{ANSWERS_FORMAT_VERSION, StaffAnswers, StaffResponse};
use reifegrad::survey::import::import_files;
use reifegrad::survey::new_survey;
use std::hint::black_box;

fn benches(c: &mut Criterion) {
    let questionnaire = bundled_questionnaire().unwrap();
    let groups = vec!["Bauamt".to_string(), "Kämmerei".to_string()];
    let survey = new_survey(&questionnaire, &[], &groups, Date::new(2026, 3, 1).unwrap()).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let paths: Vec<_> = (0..200u64)
        .map(|n| {
            let answers = StaffAnswers {
                format_version: ANSWERS_FORMAT_VERSION,
                survey: survey.id.clone(),
                questionnaire: survey.questionnaire.clone(),
                id: format!("{n:012x}"),
                group: groups[(n % 3) as usize % 2].clone(),
                answers: survey
                    .questions
                    .iter()
                    .enumerate()
                    .map(|(i, q)| (q.clone(), StaffResponse::Level(((n + i as u64) % 5) as u8)))
                    .collect(),
            };
            let path = dir.path().join(format!("antwort-{n}.ron"));
            std::fs::write(&path, to_ron(&answers).unwrap()).unwrap();
            path
        })
        .collect();
    c.bench_function("import 200 answer files", |b| {
        b.iter(|| {
            let mut fresh = survey.clone();
            let report = import_files(&mut fresh, black_box(&paths));
            assert_eq!(report.added, 200);
            fresh
        })
    });
}

criterion_group!(survey, benches);
criterion_main!(survey);
