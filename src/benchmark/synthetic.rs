//! A reproducible generator of synthetic benchmark data — example data, no real towns.
//!
//! The assumptions are documented in `docs/synthetic-benchmark.md`. In short: size classes,
//! kinds and states are drawn from fixed shares; every entry has a common maturity factor
//! (so the dimensions are correlated), scores rise with size, and the front-end is on
//! average ahead of the back-end, as the source material reports.
//!
//! Reproducibility: the random numbers come from ChaCha8 (`rand_chacha`, whose output is
//! fixed for a given seed on every platform), and the generator uses only `+`, `−`, `×`
//! and rounding on them — no `ln`, `sin` or `exp`, whose last bits may differ between
//! platforms. The same seed and number of entries give the same file, byte for byte.

use super::file::{BENCHMARK_FORMAT_VERSION, Benchmark, Entry};
use crate::model::{BodyKind, FederalState, Questionnaire, QuestionnaireRef, SizeClass};
use rand::{RngCore, SeedableRng};
use rand_chacha::ChaCha8Rng;
use std::collections::BTreeMap;

/// The seed of the bundled synthetic benchmark.
pub const DEFAULT_SEED: u64 = 2026;

/// The number of entries of the bundled synthetic benchmark.
pub const DEFAULT_ENTRIES: usize = 2_000;

/// Shares (per mille) of the size classes, smallest first. Small towns are fewer than in
/// reality (≈ 73 % of German municipalities have under 5,000 inhabitants) so that every
/// size class has enough entries to be shown.
const SIZE_SHARES: [(SizeClass, u64); 6] = [
    (SizeClass::Under5k, 350),
    (SizeClass::From5kTo10k, 220),
    (SizeClass::From10kTo20k, 180),
    (SizeClass::From20kTo50k, 140),
    (SizeClass::From50kTo100k, 60),
    (SizeClass::Over100k, 50),
];

/// Shares (per cent) of the kinds of body within each size class (same order as above).
const KIND_SHARES: [[(BodyKind, u64); 5]; 6] = {
    use BodyKind::*;
    [
        [
            (Gemeinde, 85),
            (Stadt, 12),
            (Gemeindeverband, 3),
            (KreisfreieStadt, 0),
            (Landkreis, 0),
        ],
        [
            (Gemeinde, 50),
            (Stadt, 30),
            (Gemeindeverband, 20),
            (KreisfreieStadt, 0),
            (Landkreis, 0),
        ],
        [
            (Gemeinde, 25),
            (Stadt, 55),
            (Gemeindeverband, 20),
            (KreisfreieStadt, 0),
            (Landkreis, 0),
        ],
        [
            (Gemeinde, 8),
            (Stadt, 72),
            (Gemeindeverband, 5),
            (KreisfreieStadt, 0),
            (Landkreis, 15),
        ],
        [
            (Gemeinde, 0),
            (Stadt, 60),
            (Gemeindeverband, 0),
            (KreisfreieStadt, 15),
            (Landkreis, 25),
        ],
        [
            (Gemeinde, 0),
            (Stadt, 5),
            (Gemeindeverband, 0),
            (KreisfreieStadt, 45),
            (Landkreis, 50),
        ],
    ]
};

/// Weights of the federal states: roughly their number of municipalities. The city
/// states Berlin, Hamburg and Bremen are left out: they are not comparable with
/// municipalities, and one entry each would identify them.
const STATE_SHARES: [(FederalState, u64); 13] = [
    (FederalState::BadenWuerttemberg, 1101),
    (FederalState::Bayern, 2056),
    (FederalState::Brandenburg, 413),
    (FederalState::Hessen, 421),
    (FederalState::MecklenburgVorpommern, 726),
    (FederalState::Niedersachsen, 941),
    (FederalState::NordrheinWestfalen, 396),
    (FederalState::RheinlandPfalz, 2301),
    (FederalState::Saarland, 52),
    (FederalState::Sachsen, 418),
    (FederalState::SachsenAnhalt, 218),
    (FederalState::SchleswigHolstein, 1106),
    (FederalState::Thueringen, 605),
];

/// Shares (per cent) of the assessment years.
const YEAR_SHARES: [(u16, u64); 3] = [(2024, 20), (2025, 35), (2026, 45)];

/// Mean score by size class (before the other effects).
const SIZE_MEAN: [f64; 6] = [30.0, 36.0, 42.0, 47.0, 52.0, 56.0];

/// Points added by kind of body.
fn kind_offset(kind: BodyKind) -> f64 {
    match kind {
        BodyKind::Gemeinde | BodyKind::Gemeindeverband => 0.0,
        BodyKind::Stadt => 2.0,
        BodyKind::Landkreis => 3.0,
        BodyKind::KreisfreieStadt => 4.0,
    }
}

/// Points added per year after 2026 (negative before): towns get a little better each year.
const YEAR_TREND: f64 = 2.0;

/// Front-end ahead, back-end behind: the "facade paint" the seeds describe.
const FRONT_END_OFFSET: f64 = 6.0;
const BACK_END_OFFSET: f64 = -6.0;
/// Culture slightly ahead of resources on average.
const CULTURE_OFFSET: f64 = 2.0;
const RESOURCES_OFFSET: f64 = -2.0;

/// Standard deviation of the town's common maturity factor (shared by all dimensions).
const COMMON_SD: f64 = 13.0;
/// Standard deviation of each dimension's own variation. With 13 and 9 two dimensions
/// correlate at 13² / (13² + 9²) ≈ 0.68.
const OWN_SD: f64 = 9.0;

/// Draws from a ChaCha8 stream with arithmetic only (portable to the last bit).
struct Draw(ChaCha8Rng);

impl Draw {
    /// Uniform in [0, 1) with 53 random bits.
    fn uniform(&mut self) -> f64 {
        (self.0.next_u64() >> 11) as f64 * (1.0 / (1u64 << 53) as f64)
    }

    /// Approximately standard normal: the sum of 12 uniforms minus 6 (Irwin–Hall).
    fn normal(&mut self) -> f64 {
        (0..12).map(|_| self.uniform()).sum::<f64>() - 6.0
    }

    /// One of `items`, with probability proportional to its weight.
    fn weighted<T: Copy>(&mut self, items: &[(T, u64)]) -> T {
        let total: u64 = items.iter().map(|(_, w)| w).sum();
        let mut pick = self.0.next_u64() % total.max(1);
        for (item, weight) in items {
            if pick < *weight {
                return *item;
            }
            pick -= weight;
        }
        items[items.len() - 1].0
    }
}

/// The source text of a synthetic benchmark made with `seed` and `entries`.
pub fn synthetic_source(seed: u64, entries: usize) -> String {
    format!(
        "Synthetische Beispieldaten (Reifegrad-Generator, Startwert {seed}, {entries} Einträge)"
    )
}

/// Generates a synthetic benchmark of `entries` entries for `questionnaire`'s dimensions.
/// The same seed and count always give the same benchmark.
pub fn generate(questionnaire: &Questionnaire, seed: u64, entries: usize) -> Benchmark {
    let mut draw = Draw(ChaCha8Rng::seed_from_u64(seed));
    let rules = &questionnaire.diagnoses;
    let offsets: Vec<(&str, f64)> = questionnaire
        .dimensions
        .iter()
        .map(|d| {
            let offset = if d.id == rules.front_end {
                FRONT_END_OFFSET
            } else if d.id == rules.back_end {
                BACK_END_OFFSET
            } else if d.id == rules.culture {
                CULTURE_OFFSET
            } else if d.id == rules.resources {
                RESOURCES_OFFSET
            } else {
                0.0
            };
            (d.id.as_str(), offset)
        })
        .collect();
    let size_weights: Vec<(usize, u64)> = SIZE_SHARES
        .iter()
        .enumerate()
        .map(|(i, (_, w))| (i, *w))
        .collect();
    let list = (0..entries)
        .map(|_| {
            let size_index = draw.weighted(&size_weights);
            let size_class = SIZE_SHARES[size_index].0;
            let kind = draw.weighted(&KIND_SHARES[size_index]);
            let state = draw.weighted(&STATE_SHARES);
            let year = draw.weighted(&YEAR_SHARES);
            let common = COMMON_SD * draw.normal();
            let base = SIZE_MEAN[size_index]
                + kind_offset(kind)
                + YEAR_TREND * (f64::from(year) - 2026.0)
                + common;
            let scores: BTreeMap<String, f64> = offsets
                .iter()
                .map(|(id, offset)| {
                    let raw = base + offset + OWN_SD * draw.normal();
                    let rounded = (raw.clamp(0.0, 100.0) * 10.0).round() / 10.0;
                    (id.to_string(), rounded)
                })
                .collect();
            Entry {
                size_class,
                state,
                kind,
                year,
                scores,
            }
        })
        .collect();
    Benchmark {
        format_version: BENCHMARK_FORMAT_VERSION,
        source: synthetic_source(seed, entries),
        synthetic: true,
        questionnaire: QuestionnaireRef {
            id: questionnaire.id.clone(),
            version: questionnaire.version.clone(),
        },
        entries: list,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::benchmark::file::{BUNDLED_BENCHMARK, benchmark_to_ron};
    use crate::model::bundled_questionnaire;

    #[test]
    fn shares_add_up() {
        assert_eq!(SIZE_SHARES.iter().map(|s| s.1).sum::<u64>(), 1000);
        for row in KIND_SHARES {
            assert_eq!(row.iter().map(|s| s.1).sum::<u64>(), 100);
        }
        assert_eq!(YEAR_SHARES.iter().map(|s| s.1).sum::<u64>(), 100);
    }

    #[test]
    fn bundled_benchmark_is_reproduced_byte_for_byte() {
        let q = bundled_questionnaire().unwrap();
        let text = benchmark_to_ron(&generate(&q, DEFAULT_SEED, DEFAULT_ENTRIES)).unwrap();
        assert!(
            text == BUNDLED_BENCHMARK,
            "assets/benchmark-synthetic.ron differs from the generator's output; \
             regenerate it with `reifegrad benchmark generate --seed {DEFAULT_SEED} \
             --entries {DEFAULT_ENTRIES} -o assets/benchmark-synthetic.ron`"
        );
        assert!(text.len() < 1024 * 1024, "{} bytes", text.len());
    }

    #[test]
    fn front_end_ahead_of_back_end_and_bigger_towns_ahead() {
        let q = bundled_questionnaire().unwrap();
        let b = generate(&q, 7, 3_000);
        let mean = |id: &str, size: Option<SizeClass>| {
            let values: Vec<f64> = b
                .entries
                .iter()
                .filter(|e| size.is_none_or(|s| s == e.size_class))
                .filter_map(|e| e.scores.get(id).copied())
                .collect();
            values.iter().sum::<f64>() / values.len() as f64
        };
        let (front, back) = (&q.diagnoses.front_end, &q.diagnoses.back_end);
        assert!(mean(front, None) > mean(back, None) + 8.0);
        assert!(
            mean(front, Some(SizeClass::Over100k)) > mean(front, Some(SizeClass::Under5k)) + 15.0
        );
        assert!(
            b.entries
                .iter()
                .all(|e| e.scores.values().all(|s| (0.0..=100.0).contains(s)))
        );
        assert_eq!(generate(&q, 7, 3_000), b);
        assert_ne!(generate(&q, 8, 3_000), b);
    }
}
