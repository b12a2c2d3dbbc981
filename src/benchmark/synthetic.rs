//! A reproducible generator of synthetic benchmark data — example data, no real towns.
//!
//! The assumptions are documented in `docs/synthetic-benchmark.md`. In short: state, size
//! class and kind are drawn together in proportion to the real number of such bodies
//! (Destatis municipal directory), larger size classes oversampled; every entry has a common maturity factor
//! (so the dimensions are correlated), scores rise with size, and the front-end is on
//! average ahead of the back-end, as the source material reports.
//!
//! Reproducibility: the random numbers come from ChaCha8 (`rand_chacha`, whose output is
//! fixed for a given seed on every platform), and the generator uses only `+`, `−`, `×`
//! and rounding on them — no `ln`, `sin` or `exp`, whose last bits may differ between
//! platforms. The same seed and number of entries give the same file, byte for byte.

use super::attrs::SizeRange;
use super::file::{BENCHMARK_FORMAT_VERSION, Benchmark, Entry};
use crate::model::{BodyKind, FederalState, Questionnaire, QuestionnaireRef, SizeClass};
use rand::{RngCore, SeedableRng};
use rand_chacha::ChaCha8Rng;
use std::collections::BTreeMap;

/// The seed of the bundled synthetic benchmark.
pub(crate) const DEFAULT_SEED: u64 = 2026;

/// The number of entries of the bundled synthetic benchmark.
pub(crate) const DEFAULT_ENTRIES: usize = 2_000;

/// The real number of local bodies per federal state, size class and kind (cells that
/// exist; 12,296 bodies in all), counted from the Destatis municipal directory
/// (Gemeindeverzeichnis GV-ISys, quarterly extract of the 4th quarter 2020: territorial
/// status 31 Dec 2020, population 31 Dec 2019). Gemeinden and towns by their own
/// population, Ämter / Verbandsgemeinden / Verwaltungsgemeinschaften and Landkreise by the
/// sum of their members'. The city states are left out. See `docs/synthetic-benchmark.md`.
const BODIES: [(FederalState, SizeClass, BodyKind, u64); 191] = {
    use BodyKind::*;
    use FederalState::*;
    use SizeClass::*;
    [
        (BadenWuerttemberg, Under5k, Gemeinde, 529),
        (BadenWuerttemberg, Under5k, Stadt, 42),
        (BadenWuerttemberg, Under5k, Gemeindeverband, 2),
        (BadenWuerttemberg, From5kTo10k, Gemeinde, 199),
        (BadenWuerttemberg, From5kTo10k, Stadt, 71),
        (BadenWuerttemberg, From5kTo10k, Gemeindeverband, 48),
        (BadenWuerttemberg, From10kTo20k, Gemeinde, 59),
        (BadenWuerttemberg, From10kTo20k, Stadt, 97),
        (BadenWuerttemberg, From10kTo20k, Gemeindeverband, 106),
        (BadenWuerttemberg, From20kTo50k, Stadt, 80),
        (BadenWuerttemberg, From20kTo50k, Gemeindeverband, 91),
        (BadenWuerttemberg, From50kTo100k, Stadt, 14),
        (BadenWuerttemberg, From50kTo100k, KreisfreieStadt, 1),
        (BadenWuerttemberg, From50kTo100k, Gemeindeverband, 22),
        (BadenWuerttemberg, Over100k, Stadt, 1),
        (BadenWuerttemberg, Over100k, KreisfreieStadt, 8),
        (BadenWuerttemberg, Over100k, Landkreis, 35),
        (BadenWuerttemberg, Over100k, Gemeindeverband, 1),
        (Bayern, Under5k, Gemeinde, 1422),
        (Bayern, Under5k, Stadt, 63),
        (Bayern, Under5k, Gemeindeverband, 106),
        (Bayern, From5kTo10k, Gemeinde, 247),
        (Bayern, From5kTo10k, Stadt, 92),
        (Bayern, From5kTo10k, Gemeindeverband, 169),
        (Bayern, From10kTo20k, Gemeinde, 61),
        (Bayern, From10kTo20k, Stadt, 96),
        (Bayern, From10kTo20k, Gemeindeverband, 35),
        (Bayern, From20kTo50k, Gemeinde, 9),
        (Bayern, From20kTo50k, Stadt, 40),
        (Bayern, From20kTo50k, KreisfreieStadt, 9),
        (Bayern, From20kTo50k, Gemeindeverband, 1),
        (Bayern, From50kTo100k, Stadt, 1),
        (Bayern, From50kTo100k, KreisfreieStadt, 8),
        (Bayern, From50kTo100k, Landkreis, 19),
        (Bayern, Over100k, KreisfreieStadt, 8),
        (Bayern, Over100k, Landkreis, 52),
        (Brandenburg, Under5k, Gemeinde, 256),
        (Brandenburg, Under5k, Stadt, 37),
        (Brandenburg, Under5k, Gemeindeverband, 14),
        (Brandenburg, From5kTo10k, Gemeinde, 24),
        (Brandenburg, From5kTo10k, Stadt, 30),
        (Brandenburg, From5kTo10k, Gemeindeverband, 31),
        (Brandenburg, From10kTo20k, Gemeinde, 20),
        (Brandenburg, From10kTo20k, Stadt, 23),
        (Brandenburg, From10kTo20k, Gemeindeverband, 7),
        (Brandenburg, From20kTo50k, Gemeinde, 4),
        (Brandenburg, From20kTo50k, Stadt, 19),
        (Brandenburg, From20kTo50k, Gemeindeverband, 1),
        (Brandenburg, From50kTo100k, KreisfreieStadt, 3),
        (Brandenburg, From50kTo100k, Landkreis, 2),
        (Brandenburg, Over100k, KreisfreieStadt, 1),
        (Brandenburg, Over100k, Landkreis, 12),
        (Hessen, Under5k, Gemeinde, 95),
        (Hessen, Under5k, Stadt, 23),
        (Hessen, From5kTo10k, Gemeinde, 97),
        (Hessen, From5kTo10k, Stadt, 37),
        (Hessen, From10kTo20k, Gemeinde, 39),
        (Hessen, From10kTo20k, Stadt, 72),
        (Hessen, From20kTo50k, Stadt, 47),
        (Hessen, From50kTo100k, Stadt, 7),
        (Hessen, From50kTo100k, Landkreis, 1),
        (Hessen, Over100k, KreisfreieStadt, 5),
        (Hessen, Over100k, Landkreis, 20),
        (MecklenburgVorpommern, Under5k, Gemeinde, 635),
        (MecklenburgVorpommern, Under5k, Stadt, 40),
        (MecklenburgVorpommern, From5kTo10k, Gemeinde, 7),
        (MecklenburgVorpommern, From5kTo10k, Stadt, 23),
        (MecklenburgVorpommern, From5kTo10k, Gemeindeverband, 45),
        (MecklenburgVorpommern, From10kTo20k, Stadt, 12),
        (MecklenburgVorpommern, From10kTo20k, Gemeindeverband, 29),
        (MecklenburgVorpommern, From20kTo50k, Stadt, 4),
        (MecklenburgVorpommern, From20kTo50k, Gemeindeverband, 2),
        (MecklenburgVorpommern, From50kTo100k, Stadt, 3),
        (MecklenburgVorpommern, From50kTo100k, KreisfreieStadt, 1),
        (MecklenburgVorpommern, Over100k, KreisfreieStadt, 1),
        (MecklenburgVorpommern, Over100k, Landkreis, 6),
        (Niedersachsen, Under5k, Gemeinde, 600),
        (Niedersachsen, Under5k, Stadt, 8),
        (Niedersachsen, Under5k, Gemeindeverband, 6),
        (Niedersachsen, From5kTo10k, Gemeinde, 104),
        (Niedersachsen, From5kTo10k, Stadt, 28),
        (Niedersachsen, From5kTo10k, Gemeindeverband, 36),
        (Niedersachsen, From10kTo20k, Gemeinde, 65),
        (Niedersachsen, From10kTo20k, Stadt, 47),
        (Niedersachsen, From10kTo20k, Gemeindeverband, 63),
        (Niedersachsen, From20kTo50k, Gemeinde, 16),
        (Niedersachsen, From20kTo50k, Stadt, 56),
        (Niedersachsen, From20kTo50k, KreisfreieStadt, 1),
        (Niedersachsen, From20kTo50k, Landkreis, 1),
        (Niedersachsen, From20kTo50k, Gemeindeverband, 11),
        (Niedersachsen, From50kTo100k, Stadt, 9),
        (Niedersachsen, From50kTo100k, KreisfreieStadt, 2),
        (Niedersachsen, From50kTo100k, Landkreis, 6),
        (Niedersachsen, Over100k, Stadt, 3),
        (Niedersachsen, Over100k, KreisfreieStadt, 5),
        (Niedersachsen, Over100k, Landkreis, 30),
        (NordrheinWestfalen, Under5k, Gemeinde, 1),
        (NordrheinWestfalen, Under5k, Stadt, 3),
        (NordrheinWestfalen, From5kTo10k, Gemeinde, 38),
        (NordrheinWestfalen, From5kTo10k, Stadt, 11),
        (NordrheinWestfalen, From10kTo20k, Gemeinde, 79),
        (NordrheinWestfalen, From10kTo20k, Stadt, 55),
        (NordrheinWestfalen, From20kTo50k, Gemeinde, 6),
        (NordrheinWestfalen, From20kTo50k, Stadt, 126),
        (NordrheinWestfalen, From50kTo100k, Stadt, 47),
        (NordrheinWestfalen, Over100k, Stadt, 8),
        (NordrheinWestfalen, Over100k, KreisfreieStadt, 22),
        (NordrheinWestfalen, Over100k, Landkreis, 31),
        (RheinlandPfalz, Under5k, Gemeinde, 2138),
        (RheinlandPfalz, Under5k, Stadt, 38),
        (RheinlandPfalz, From5kTo10k, Gemeinde, 26),
        (RheinlandPfalz, From5kTo10k, Stadt, 53),
        (RheinlandPfalz, From5kTo10k, Gemeindeverband, 7),
        (RheinlandPfalz, From10kTo20k, Gemeinde, 7),
        (RheinlandPfalz, From10kTo20k, Stadt, 18),
        (RheinlandPfalz, From10kTo20k, Gemeindeverband, 78),
        (RheinlandPfalz, From20kTo50k, Gemeinde, 1),
        (RheinlandPfalz, From20kTo50k, Stadt, 7),
        (RheinlandPfalz, From20kTo50k, KreisfreieStadt, 4),
        (RheinlandPfalz, From20kTo50k, Gemeindeverband, 44),
        (RheinlandPfalz, From50kTo100k, Stadt, 2),
        (RheinlandPfalz, From50kTo100k, KreisfreieStadt, 3),
        (RheinlandPfalz, From50kTo100k, Landkreis, 7),
        (RheinlandPfalz, Over100k, KreisfreieStadt, 5),
        (RheinlandPfalz, Over100k, Landkreis, 17),
        (Saarland, From5kTo10k, Gemeinde, 14),
        (Saarland, From5kTo10k, Stadt, 1),
        (Saarland, From10kTo20k, Gemeinde, 21),
        (Saarland, From10kTo20k, Stadt, 7),
        (Saarland, From20kTo50k, Stadt, 8),
        (Saarland, From50kTo100k, Landkreis, 1),
        (Saarland, Over100k, Stadt, 1),
        (Saarland, Over100k, Landkreis, 5),
        (Sachsen, Under5k, Gemeinde, 213),
        (Sachsen, Under5k, Stadt, 46),
        (Sachsen, Under5k, Gemeindeverband, 19),
        (Sachsen, From5kTo10k, Gemeinde, 33),
        (Sachsen, From5kTo10k, Stadt, 59),
        (Sachsen, From5kTo10k, Gemeindeverband, 30),
        (Sachsen, From10kTo20k, Gemeinde, 4),
        (Sachsen, From10kTo20k, Stadt, 39),
        (Sachsen, From10kTo20k, Gemeindeverband, 18),
        (Sachsen, From20kTo50k, Stadt, 19),
        (Sachsen, From20kTo50k, Gemeindeverband, 4),
        (Sachsen, From50kTo100k, Stadt, 3),
        (Sachsen, Over100k, KreisfreieStadt, 3),
        (Sachsen, Over100k, Landkreis, 10),
        (SachsenAnhalt, Under5k, Gemeinde, 94),
        (SachsenAnhalt, Under5k, Stadt, 20),
        (SachsenAnhalt, From5kTo10k, Gemeinde, 15),
        (SachsenAnhalt, From5kTo10k, Stadt, 35),
        (SachsenAnhalt, From5kTo10k, Gemeindeverband, 9),
        (SachsenAnhalt, From10kTo20k, Gemeinde, 5),
        (SachsenAnhalt, From10kTo20k, Stadt, 25),
        (SachsenAnhalt, From10kTo20k, Gemeindeverband, 9),
        (SachsenAnhalt, From20kTo50k, Stadt, 21),
        (SachsenAnhalt, From50kTo100k, KreisfreieStadt, 1),
        (SachsenAnhalt, From50kTo100k, Landkreis, 2),
        (SachsenAnhalt, Over100k, KreisfreieStadt, 2),
        (SachsenAnhalt, Over100k, Landkreis, 9),
        (SchleswigHolstein, Under5k, Gemeinde, 998),
        (SchleswigHolstein, Under5k, Stadt, 8),
        (SchleswigHolstein, Under5k, Gemeindeverband, 6),
        (SchleswigHolstein, From5kTo10k, Gemeinde, 32),
        (SchleswigHolstein, From5kTo10k, Stadt, 14),
        (SchleswigHolstein, From5kTo10k, Gemeindeverband, 23),
        (SchleswigHolstein, From10kTo20k, Gemeinde, 12),
        (SchleswigHolstein, From10kTo20k, Stadt, 20),
        (SchleswigHolstein, From10kTo20k, Gemeindeverband, 45),
        (SchleswigHolstein, From20kTo50k, Gemeinde, 1),
        (SchleswigHolstein, From20kTo50k, Stadt, 16),
        (SchleswigHolstein, From20kTo50k, Gemeindeverband, 10),
        (SchleswigHolstein, From50kTo100k, Stadt, 1),
        (SchleswigHolstein, From50kTo100k, KreisfreieStadt, 2),
        (SchleswigHolstein, Over100k, KreisfreieStadt, 2),
        (SchleswigHolstein, Over100k, Landkreis, 11),
        (Thueringen, Under5k, Gemeinde, 488),
        (Thueringen, Under5k, Stadt, 46),
        (Thueringen, Under5k, Gemeindeverband, 15),
        (Thueringen, From5kTo10k, Gemeinde, 24),
        (Thueringen, From5kTo10k, Stadt, 40),
        (Thueringen, From5kTo10k, Gemeindeverband, 54),
        (Thueringen, From10kTo20k, Stadt, 14),
        (Thueringen, From10kTo20k, Gemeindeverband, 11),
        (Thueringen, From20kTo50k, Stadt, 15),
        (Thueringen, From20kTo50k, KreisfreieStadt, 2),
        (Thueringen, From20kTo50k, Gemeindeverband, 2),
        (Thueringen, From50kTo100k, KreisfreieStadt, 2),
        (Thueringen, From50kTo100k, Landkreis, 10),
        (Thueringen, Over100k, KreisfreieStadt, 2),
        (Thueringen, Over100k, Landkreis, 7),
    ]
};

/// Oversampling factor per size class (smallest first): a body of 50,000 inhabitants or
/// more is drawn 8 times as often as one under 5,000, so that the larger classes (few in
/// reality) still have peer groups of useful size. Within a size class every state and
/// kind keeps its real share.
const SIZE_OVERSAMPLING: [u64; 6] = [1, 2, 3, 4, 8, 8];

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
pub(crate) fn synthetic_source(seed: u64, entries: usize) -> String {
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
    let cells: Vec<((FederalState, SizeClass, BodyKind), u64)> = BODIES
        .iter()
        .map(|(state, size, kind, n)| {
            let factor =
                SIZE_OVERSAMPLING[SizeClass::ALL.iter().position(|c| c == size).unwrap_or(0)];
            ((*state, *size, *kind), n * factor)
        })
        .collect();
    let list = (0..entries)
        .map(|_| {
            let (state, size_class, kind) = draw.weighted(&cells);
            let size_index = SizeClass::ALL
                .iter()
                .position(|c| *c == size_class)
                .unwrap_or(0);
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
                size_class: SizeRange::exact(size_class),
                state: Some(state),
                kind: Some(kind),
                year,
                scores,
                token: String::new(),
            }
        })
        .collect();
    let mut benchmark = Benchmark {
        format_version: BENCHMARK_FORMAT_VERSION,
        source: synthetic_source(seed, entries),
        synthetic: true,
        questionnaire: QuestionnaireRef {
            id: questionnaire.id.clone(),
            version: questionnaire.version.clone(),
        },
        entries: list,
        network: None,
    };
    benchmark.format_version = benchmark.needed_format_version();
    benchmark
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::benchmark::file::{BUNDLED_BENCHMARK, benchmark_to_ron};
    use crate::model::bundled_questionnaire;

    #[test]
    fn shares_follow_the_municipal_directory() {
        assert_eq!(YEAR_SHARES.iter().map(|s| s.1).sum::<u64>(), 100);
        let count = |kind: BodyKind, size: Option<SizeClass>| -> u64 {
            BODIES
                .iter()
                .filter(|(_, s, k, _)| *k == kind && size.is_none_or(|c| c == *s))
                .map(|b| b.3)
                .sum()
        };
        assert_eq!(BODIES.iter().map(|b| b.3).sum::<u64>(), 12_296);
        assert_eq!(count(BodyKind::Landkreis, None), 294);
        assert_eq!(count(BodyKind::Landkreis, Some(SizeClass::From20kTo50k)), 1);
        assert_eq!(count(BodyKind::Landkreis, Some(SizeClass::Over100k)), 245);
        // In the generated data, too, a district under 50,000 is rare.
        let q = bundled_questionnaire().unwrap();
        let b = generate(&q, DEFAULT_SEED, DEFAULT_ENTRIES);
        let districts: Vec<&Entry> = b
            .entries
            .iter()
            .filter(|e| e.kind == Some(BodyKind::Landkreis))
            .collect();
        let small = districts
            .iter()
            .filter(|e| e.size_class.exact_class() == Some(SizeClass::From20kTo50k))
            .count();
        assert!(districts.len() > 100, "{}", districts.len());
        assert!(small <= 3, "{small} of {}", districts.len());
        for e in &b.entries {
            assert!(!matches!(
                e.state,
                Some(FederalState::Berlin | FederalState::Hamburg | FederalState::Bremen)
            ));
        }
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
                .filter(|e| size.is_none_or(|s| e.size_class.exact_class() == Some(s)))
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
