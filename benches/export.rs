//! The spreadsheet export of the example town (`reifegrad example`: every question of the
//! bundled questionnaire, 52 in version 1.2, with the bundled synthetic peers): analysis, workbook and file in each of the three
//! formats, written to a temporary folder. Goal: under 100 ms each.

#![allow(clippy::unwrap_used)]

use criterion::{Criterion, criterion_group, criterion_main};
use reifegrad::analysis::{analyse, default_peer_group};
use reifegrad::benchmark::file::bundled_benchmark;
use reifegrad::model::bundled_questionnaire;
use reifegrad::model::example::example_assessment;
use reifegrad::sheets::{ExportOptions, export};
use reifegrad::text::Lang;
use std::hint::black_box;

fn benches(c: &mut Criterion) {
    let questionnaire = bundled_questionnaire().unwrap();
    let assessment = example_assessment(&questionnaire);
    let benchmark = bundled_benchmark().unwrap();
    let group = default_peer_group(&assessment.profile, Some(&benchmark));
    let dir = tempfile::tempdir().unwrap();
    for extension in ["ods", "xlsx", "csv"] {
        let path = dir.path().join(format!("lindenhagen.{extension}"));
        c.bench_function(&format!("export the example town as {extension}"), |b| {
            b.iter(|| {
                let analysis =
                    analyse(&questionnaire, &assessment, Some((&benchmark, group)), None);
                export(
                    &analysis,
                    black_box(&assessment),
                    Lang::De,
                    ExportOptions::default(),
                    &path,
                )
                .unwrap()
            })
        });
        println!(
            "{extension}: {} bytes",
            std::fs::metadata(&path).unwrap().len()
        );
    }
}

criterion_group!(export_benches, benches);
criterion_main!(export_benches);
