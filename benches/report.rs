//! Benchmark of the whole PDF report for the example town (layout, rendering, font
//! subsetting, tagging), with and without synthetic peers, and with a measures plan.
//! Goal: ≤ 200 ms and ≤ 400 KB.
//!
//! Peak memory is measured on the release binary:
//! `/usr/bin/time -v target/release/reifegrad report beispiel.ron -o beispiel.pdf`.

#![allow(clippy::unwrap_used)]

use criterion::{Criterion, criterion_group, criterion_main};
use reifegrad::benchmark::{DimensionPeers, PeerComparison, PeerGroup};
use reifegrad::example::example_assessment;
use reifegrad::model::{Date, FieldTarget, PlannedMeasure, Quarter, bundled_questionnaire};
use reifegrad::report::{ReportInput, render_pdf};
use reifegrad::scoring::{prioritised_measures, score};
use reifegrad::text::Lang;
use std::collections::{BTreeMap, HashMap};
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
    // The example town with a plan: eight measures with owners, starts and costs.
    let mut planned = a.clone();
    for (i, m) in prioritised_measures(&q, &a, &scores, &HashMap::new())
        .iter()
        .take(8)
        .enumerate()
    {
        planned.plan.measures.push(PlannedMeasure {
            owner: "Hauptamt".into(),
            start: Some(Quarter {
                year: 2027 + (i as u16) / 4,
                quarter: (i % 4) as u8 + 1,
            }),
            one_off_eur: Some(5_000 * (i as u64 + 1)),
            yearly_eur: Some(1_200),
            person_days: Some(15),
            ..PlannedMeasure::new(&m.question.id, m.measure.from_level)
        });
    }
    for d in &q.dimensions {
        planned
            .plan
            .field_targets
            .insert(d.id.clone(), FieldTarget::Score(60));
    }
    planned.plan.next_assessment = Date::new(2027, 11, 12);
    for (name, peers, assessment) in [
        ("without peers", None, &a),
        ("with peers", Some(&peers), &a),
        ("with a plan", None, &planned),
    ] {
        let analysis = match peers {
            Some(p) => reifegrad::analysis::analyse_against(&q, assessment, p.clone(), None),
            None => reifegrad::analysis::analyse(&q, assessment, None, None),
        };
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
