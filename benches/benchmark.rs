//! Peer benchmarks at the scale of every German municipality (11,000 entries): parsing
//! the file, computing the statistics of every peer group a user can pick, and one
//! comparison for the default group.

#![allow(clippy::unwrap_used)]

#[path = "shared/mod.rs"]
mod shared;

use criterion::{Criterion, criterion_group, criterion_main};
use reifegrad::benchmark::file::benchmark_to_ron;
use reifegrad::benchmark::{GroupStats, PeerGroup, parse_benchmark};
use reifegrad::model::example::example_assessment;
use reifegrad::model::{BodyKind, FederalState, SizeClass, bundled_questionnaire};
use reifegrad::scoring::score;
use std::hint::black_box;
use std::path::Path;

/// Every group the size class / state / kind choices allow, "any" included: 7 × 17 × 6.
fn all_groups() -> Vec<PeerGroup> {
    let sizes = std::iter::once(None).chain(SizeClass::ALL.map(Some));
    let mut groups = Vec::new();
    for size_class in sizes {
        for state in std::iter::once(None).chain(FederalState::ALL.map(Some)) {
            for kind in std::iter::once(None).chain(BodyKind::ALL.map(Some)) {
                groups.push(PeerGroup {
                    size_class,
                    state,
                    kind,
                    neighbouring_sizes: false,
                });
            }
        }
    }
    groups
}

fn benches(c: &mut Criterion) {
    let questionnaire = bundled_questionnaire().unwrap();
    let benchmark = shared::load_test_benchmark(&questionnaire, 11_000);
    let text = benchmark_to_ron(&benchmark).unwrap();
    let path = Path::new("benchmark-11000.ron");
    eprintln!("11,000-entry benchmark: {} bytes of RON", text.len());

    c.bench_function("parse + validate 11,000-entry benchmark", |b| {
        b.iter(|| parse_benchmark(path, black_box(&text)).unwrap())
    });

    let assessment = example_assessment(&questionnaire);
    let scores = score(&questionnaire, &assessment);
    let default_group = PeerGroup::default_for(&assessment.profile);

    c.bench_function("group statistics, default group (11,000 entries)", |b| {
        b.iter(|| GroupStats::new(black_box(&benchmark), default_group))
    });
    c.bench_function("group statistics, all entries (11,000 entries)", |b| {
        b.iter(|| GroupStats::new(black_box(&benchmark), PeerGroup::default()))
    });
    let groups = all_groups();
    assert_eq!(groups.len(), 714);
    c.bench_function("group statistics, all 714 pickable groups", |b| {
        b.iter(|| {
            groups
                .iter()
                .map(|g| GroupStats::new(black_box(&benchmark), *g).group_size())
                .sum::<usize>()
        })
    });

    let stats = GroupStats::new(&benchmark, default_group);
    c.bench_function("compare() from held group statistics", |b| {
        b.iter(|| stats.compare(black_box(&scores)))
    });
    c.bench_function(
        "Benchmark::compare(), default group (incl. statistics)",
        |b| b.iter(|| benchmark.compare(default_group, black_box(&scores))),
    );
}

criterion_group!(benchmark, benches);
criterion_main!(benchmark);
