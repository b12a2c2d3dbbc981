//! Benchmark of the whole PDF report for the example town (layout, rendering, font
//! subsetting, tagging), with and without synthetic peers, and with a measures plan.
//! Goal: ≤ 200 ms and ≤ 400 KB.
//!
//! Peak memory is measured on the release binary:
//! `/usr/bin/time -v target/release/reifegrad report beispiel.ron -o beispiel.pdf`.

#![allow(clippy::unwrap_used)]

#[path = "shared/mod.rs"]
mod shared;

use criterion::{Criterion, criterion_group, criterion_main};
use reifegrad::analysis::analyse;
use reifegrad::benchmark::{PeerGroup, bundled_benchmark};
use reifegrad::model::bundled_questionnaire;
use reifegrad::model::example::example_assessment;
use reifegrad::report::{ReportInput, render_pdf};
use reifegrad::text::Lang;
use std::hint::black_box;

fn benches(c: &mut Criterion) {
    let q = bundled_questionnaire().unwrap();
    let a = example_assessment(&q);
    let synthetic = bundled_benchmark().unwrap();
    let group = PeerGroup::default_for(&a.profile);
    let planned = shared::with_plan(&q, &a);
    for (name, peers, assessment) in [
        ("without peers", None, &a),
        ("with peers", Some((&synthetic, group)), &a),
        ("with a plan", None, &planned),
    ] {
        let analysis = analyse(&q, assessment, peers, None);
        let input = ReportInput::new(&analysis, assessment, Lang::De);
        let size = render_pdf(&input).unwrap().len();
        eprintln!("example town report {name}: {} KB", size.div_ceil(1024));
        c.bench_function(&format!("example town report, {name}"), |b| {
            b.iter(|| render_pdf(black_box(&input)).unwrap())
        });
    }
}

criterion_group!(report, benches);
criterion_main!(report);
