//! Benchmark of the whole PDF report for the example town (layout, rendering, font
//! subsetting), with and without synthetic peers. Goal: ≤ 200 ms and ≤ 400 KB.
//!
//! Peak memory is measured on the release binary:
//! `/usr/bin/time -v target/release/reifegrad report beispiel.ron -o beispiel.pdf`.

#![allow(clippy::unwrap_used)]

use criterion::{Criterion, criterion_group, criterion_main};
use reifegrad::benchmark::{DimensionPeers, PeerComparison, PeerGroup};
use reifegrad::example::example_assessment;
use reifegrad::model::bundled_questionnaire;
use reifegrad::report::{ReportInput, render_pdf};
use reifegrad::scoring::score;
use reifegrad::text::Lang;
use std::collections::BTreeMap;
use std::hint::black_box;

fn benches(c: &mut Criterion) {
    let q = bundled_questionnaire().unwrap();
    let a = example_assessment(&q);
    let scores = score(&q, &a);
    let peers = PeerComparison {
        source: "Synthetische Beispieldaten".into(),
        synthetic: true,
        group: PeerGroup::default(),
        group_size: 40,
        dimensions: q
            .dimensions
            .iter()
            .map(|d| {
                let peers = DimensionPeers {
                    n: 40,
                    median: 45.0,
                    p25: 33.0,
                    p75: 58.0,
                    p10: 22.0,
                    p90: 70.0,
                    percentile: Some(50.0),
                };
                (d.id.clone(), Some(peers))
            })
            .collect::<BTreeMap<_, _>>(),
        own_excluded: false,
        network: None,
    };
    for (name, peers) in [("without peers", None), ("with peers", Some(&peers))] {
        let input = ReportInput {
            questionnaire: &q,
            assessment: &a,
            scores: &scores,
            peers,
            history: None,
            lang: Lang::De,
        };
        let size = render_pdf(&input).unwrap().len();
        eprintln!("example town report {name}: {} KB", size.div_ceil(1024));
        c.bench_function(&format!("example town report, {name}"), |b| {
            b.iter(|| render_pdf(black_box(&input)).unwrap())
        });
    }
}

criterion_group!(report, benches);
criterion_main!(report);
