//! A reproducible generator of synthetic benchmark data — example data, no real towns.
//!
//! The assumptions are documented in `docs/synthetic-benchmark.md`. In short: the bodies
//! that take part are an equal share (the participation rate) of every combination of
//! state, size class and kind of body in the municipal directory, so no combination holds
//! more entries than such bodies exist and every kind takes part at the same rate; a
//! federation of municipalities (Amt, Verbandsgemeinde, …) counts once as its own kind and
//! its members are not counted again. Every entry has a common maturity factor (so the
//! dimensions are correlated), scores rise with size, and the front-end is on average
//! ahead of the back-end, as the source material reports.
//!
//! Reproducibility: the random numbers come from ChaCha8 (`rand_chacha`, whose output is
//! fixed for a given seed on every platform), and the generator uses only `+`, `−`, `×`
//! and rounding on them — no `ln`, `sin` or `exp`, whose last bits may differ between
//! platforms. How many entries each combination gets is integer arithmetic. The same seed
//! and number of entries give the same file, byte for byte.

use super::attrs::SizeRange;
use super::file::{BENCHMARK_FORMAT_VERSION, Benchmark, Entry};
use crate::model::{BodyKind, FederalState, Questionnaire, QuestionnaireRef, SizeClass};
use rand::{RngCore, SeedableRng};
use rand_chacha::ChaCha8Rng;
use std::collections::BTreeMap;

/// The seed of the bundled synthetic benchmark.
pub(crate) const DEFAULT_SEED: u64 = 2026;

/// The share of every combination of state, size class and kind that takes part in the
/// bundled synthetic benchmark, in per cent.
pub(crate) const DEFAULT_PARTICIPATION_PERCENT: u64 = 10;

/// The number of bodies in [`BODIES`]: the most entries a synthetic benchmark can have
/// (every body at most once).
pub const BODY_COUNT: usize = body_count() as usize;

/// The number of entries of the bundled synthetic benchmark:
/// [`DEFAULT_PARTICIPATION_PERCENT`] of [`BODY_COUNT`], rounded half up.
pub(crate) const DEFAULT_ENTRIES: usize =
    ((body_count() * DEFAULT_PARTICIPATION_PERCENT + 50) / 100) as usize;

const fn body_count() -> u64 {
    let mut sum = 0;
    let mut i = 0;
    while i < BODIES.len() {
        sum += BODIES[i].3;
        i += 1;
    }
    sum
}

/// The local bodies that can take part, per federal state, size class and kind (cells
/// that exist; 5,570 bodies in all), as of 31 December 2024.
///
/// Source: Statistisches Bundesamt (Destatis), Gemeindeverzeichnis-Informationssystem
/// GV-ISys, „Gemeinden nach Bundesländern und Einwohnergrößenklassen“ and the annual
/// extract „Alle politisch selbständigen Gemeinden mit ausgewählten Merkmalen“, territorial
/// status 31 Dec 2024 (published 2025), with the states' directories of their Ämter,
/// Verbandsgemeinden, Samtgemeinden and Verwaltungsgemeinschaften. Written without
/// network access: which figures are official and which are estimates is listed cell
/// group by cell group in `docs/synthetic-benchmark.md` — in short, the number of
/// Landkreise and kreisfreie Städte per state is the official structure of 2024; the
/// split of municipalities into members of a federation and municipalities that run their
/// own administration, and all size classes, are estimates that could not be checked
/// offline.
///
/// How bodies are counted (the city states are left out):
/// - Gemeinde, Stadt: a municipality that runs its own administration (amtsfrei,
///   verbandsfrei, Einheitsgemeinde), by its own population;
/// - Gemeindeverband: a federation whose office runs its members' administration (Amt,
///   Verbandsgemeinde, Samtgemeinde, Verwaltungsgemeinschaft, Verwaltungsverband,
///   erfüllende Gemeinde with the municipalities it serves, Mitverwaltung), once, by the sum
///   of its members' population; its members are not counted again (see [`STATES`]);
/// - in Baden-Württemberg every municipality keeps its own administration (a
///   Gemeindeverwaltungsverband or vereinbarte Verwaltungsgemeinschaft only takes a few
///   tasks), so there the municipalities are counted and the federations are not;
/// - Landkreis (with Kreis, Regionalverband, Städteregion, Region Hannover) by the sum of
///   its municipalities.
const BODIES: [(FederalState, SizeClass, BodyKind, u64); 182] = {
    use BodyKind::*;
    use FederalState::*;
    use SizeClass::*;
    [
        (BadenWuerttemberg, Under5k, Gemeinde, 529),
        (BadenWuerttemberg, Under5k, Stadt, 42),
        (BadenWuerttemberg, From5kTo10k, Gemeinde, 199),
        (BadenWuerttemberg, From5kTo10k, Stadt, 71),
        (BadenWuerttemberg, From10kTo20k, Gemeinde, 59),
        (BadenWuerttemberg, From10kTo20k, Stadt, 97),
        (BadenWuerttemberg, From20kTo50k, Stadt, 80),
        (BadenWuerttemberg, From50kTo100k, Stadt, 14),
        (BadenWuerttemberg, From50kTo100k, KreisfreieStadt, 1),
        (BadenWuerttemberg, Over100k, Stadt, 1),
        (BadenWuerttemberg, Over100k, KreisfreieStadt, 8),
        (BadenWuerttemberg, Over100k, Landkreis, 35),
        (Bayern, Under5k, Gemeinde, 522),
        (Bayern, Under5k, Stadt, 23),
        (Bayern, Under5k, Gemeindeverband, 106),
        (Bayern, From5kTo10k, Gemeinde, 227),
        (Bayern, From5kTo10k, Stadt, 82),
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
        (Brandenburg, Under5k, Gemeinde, 13),
        (Brandenburg, Under5k, Stadt, 14),
        (Brandenburg, Under5k, Gemeindeverband, 14),
        (Brandenburg, From5kTo10k, Gemeinde, 20),
        (Brandenburg, From5kTo10k, Stadt, 27),
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
        (MecklenburgVorpommern, Under5k, Gemeinde, 1),
        (MecklenburgVorpommern, Under5k, Stadt, 1),
        (MecklenburgVorpommern, From5kTo10k, Gemeinde, 4),
        (MecklenburgVorpommern, From5kTo10k, Stadt, 12),
        (MecklenburgVorpommern, From5kTo10k, Gemeindeverband, 45),
        (MecklenburgVorpommern, From10kTo20k, Stadt, 12),
        (MecklenburgVorpommern, From10kTo20k, Gemeindeverband, 29),
        (MecklenburgVorpommern, From20kTo50k, Stadt, 4),
        (MecklenburgVorpommern, From20kTo50k, Gemeindeverband, 2),
        (MecklenburgVorpommern, From50kTo100k, Stadt, 3),
        (MecklenburgVorpommern, From50kTo100k, KreisfreieStadt, 1),
        (MecklenburgVorpommern, Over100k, KreisfreieStadt, 1),
        (MecklenburgVorpommern, Over100k, Landkreis, 6),
        (Niedersachsen, Under5k, Gemeinde, 90),
        (Niedersachsen, Under5k, Stadt, 2),
        (Niedersachsen, Under5k, Gemeindeverband, 6),
        (Niedersachsen, From5kTo10k, Gemeinde, 94),
        (Niedersachsen, From5kTo10k, Stadt, 21),
        (Niedersachsen, From5kTo10k, Gemeindeverband, 36),
        (Niedersachsen, From10kTo20k, Gemeinde, 65),
        (Niedersachsen, From10kTo20k, Stadt, 45),
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
        (RheinlandPfalz, From5kTo10k, Gemeinde, 2),
        (RheinlandPfalz, From5kTo10k, Gemeindeverband, 7),
        (RheinlandPfalz, From10kTo20k, Gemeinde, 5),
        (RheinlandPfalz, From10kTo20k, Stadt, 12),
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
        (Sachsen, Under5k, Gemeinde, 88),
        (Sachsen, Under5k, Stadt, 24),
        (Sachsen, Under5k, Gemeindeverband, 19),
        (Sachsen, From5kTo10k, Gemeinde, 25),
        (Sachsen, From5kTo10k, Stadt, 41),
        (Sachsen, From5kTo10k, Gemeindeverband, 30),
        (Sachsen, From10kTo20k, Gemeinde, 4),
        (Sachsen, From10kTo20k, Stadt, 32),
        (Sachsen, From10kTo20k, Gemeindeverband, 18),
        (Sachsen, From20kTo50k, Stadt, 19),
        (Sachsen, From20kTo50k, Gemeindeverband, 4),
        (Sachsen, From50kTo100k, Stadt, 3),
        (Sachsen, Over100k, KreisfreieStadt, 3),
        (Sachsen, Over100k, Landkreis, 10),
        (SachsenAnhalt, Under5k, Gemeinde, 9),
        (SachsenAnhalt, Under5k, Stadt, 5),
        (SachsenAnhalt, From5kTo10k, Gemeinde, 12),
        (SachsenAnhalt, From5kTo10k, Stadt, 27),
        (SachsenAnhalt, From5kTo10k, Gemeindeverband, 9),
        (SachsenAnhalt, From10kTo20k, Gemeinde, 5),
        (SachsenAnhalt, From10kTo20k, Stadt, 25),
        (SachsenAnhalt, From10kTo20k, Gemeindeverband, 9),
        (SachsenAnhalt, From20kTo50k, Stadt, 21),
        (SachsenAnhalt, From50kTo100k, KreisfreieStadt, 1),
        (SachsenAnhalt, From50kTo100k, Landkreis, 2),
        (SachsenAnhalt, Over100k, KreisfreieStadt, 2),
        (SachsenAnhalt, Over100k, Landkreis, 9),
        (SchleswigHolstein, Under5k, Gemeinde, 5),
        (SchleswigHolstein, Under5k, Stadt, 2),
        (SchleswigHolstein, Under5k, Gemeindeverband, 6),
        (SchleswigHolstein, From5kTo10k, Gemeinde, 22),
        (SchleswigHolstein, From5kTo10k, Stadt, 8),
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
        (Thueringen, Under5k, Gemeinde, 114),
        (Thueringen, Under5k, Stadt, 14),
        (Thueringen, Under5k, Gemeindeverband, 14),
        (Thueringen, From5kTo10k, Gemeinde, 24),
        (Thueringen, From5kTo10k, Stadt, 28),
        (Thueringen, From5kTo10k, Gemeindeverband, 50),
        (Thueringen, From10kTo20k, Stadt, 14),
        (Thueringen, From10kTo20k, Gemeindeverband, 10),
        (Thueringen, From20kTo50k, Stadt, 16),
        (Thueringen, From20kTo50k, KreisfreieStadt, 1),
        (Thueringen, From20kTo50k, Gemeindeverband, 2),
        (Thueringen, From50kTo100k, KreisfreieStadt, 2),
        (Thueringen, From50kTo100k, Landkreis, 10),
        (Thueringen, Over100k, KreisfreieStadt, 2),
        (Thueringen, Over100k, Landkreis, 7),
    ]
};

/// Per state: the politically independent municipalities in the directory (kreisfreie
/// Städte included), how many of them belong to a federation whose office runs their
/// administration — counted through that federation, not themselves — and how many such
/// federations [`BODIES`] counts. Every municipality is counted exactly once: itself, or
/// through its federation. Estimates except where `docs/synthetic-benchmark.md` says
/// otherwise.
const STATES: [(FederalState, u64, u64, u64); 13] = {
    use FederalState::*;
    [
        // Gemeindeverwaltungsverbände and vereinbarte Verwaltungsgemeinschaften leave
        // their members' own administrations in place: members counted, federations not.
        (BadenWuerttemberg, 1_101, 0, 0),
        (Bayern, 2_056, 970, 311),
        (Brandenburg, 417, 273, 53),
        (Hessen, 422, 0, 0),
        (MecklenburgVorpommern, 726, 687, 76),
        (Niedersachsen, 944, 535, 116),
        (NordrheinWestfalen, 396, 0, 0),
        (RheinlandPfalz, 2_302, 2_261, 129),
        (Saarland, 52, 0, 0),
        (Sachsen, 419, 180, 71),
        (SachsenAnhalt, 218, 111, 18),
        (SchleswigHolstein, 1_106, 1_015, 84),
        (Thueringen, 605, 390, 76),
    ]
};

/// Checked when compiling: in every state of [`STATES`], the municipalities [`BODIES`]
/// counts themselves plus the members counted through their federation are all the
/// state's municipalities, and [`BODIES`] counts exactly the state's federations.
const _: () = {
    let mut s = 0;
    while s < STATES.len() {
        let (state, all, members, federations) = STATES[s];
        let (mut own, mut counted_federations) = (0, 0);
        let mut b = 0;
        while b < BODIES.len() {
            let (body_state, _, kind, n) = BODIES[b];
            if body_state as u8 == state as u8 {
                match kind {
                    BodyKind::Gemeinde | BodyKind::Stadt | BodyKind::KreisfreieStadt => own += n,
                    BodyKind::Gemeindeverband => counted_federations += n,
                    BodyKind::Landkreis => {}
                }
            }
            b += 1;
        }
        assert!(own + members == all && counted_federations == federations);
        s += 1;
    }
};

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

/// More entries were asked for than the municipal directory has bodies: every body takes
/// part at most once.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("{requested} entries requested; the directory has {BODY_COUNT} bodies")]
pub struct TooManyEntries {
    /// The number of entries asked for.
    pub requested: usize,
}

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

/// Splits `total` into whole parts proportional to `weights` (largest remainder, Hamilton's
/// method): each part is its exact quota `total × weight / Σ weights` rounded down or up,
/// and the parts sum to `total`. The quotas with the largest remainders are rounded up;
/// among equal remainders the smaller `tie` key goes first. Integer arithmetic only.
fn largest_remainder(total: u64, weights: &[u64], tie: &[u64]) -> Vec<u64> {
    let sum: u64 = weights.iter().sum();
    if sum == 0 {
        return vec![0; weights.len()];
    }
    let mut parts: Vec<u64> = weights.iter().map(|w| w * total / sum).collect();
    let left = total - parts.iter().sum::<u64>();
    let mut order: Vec<usize> = (0..weights.len()).collect();
    order.sort_by_key(|&i| (std::cmp::Reverse(weights[i] * total % sum), tie[i], i));
    for &i in order.iter().take(left as usize) {
        parts[i] += 1;
    }
    parts
}

/// How many entries each cell of [`BODIES`] gets when `entries` of [`BODY_COUNT`] bodies
/// take part: first the kinds get their share of `entries` (so every kind takes part at
/// the same rate, up to one entry), then each kind's entries are shared among its cells
/// (each cell within one entry of the kind's rate). No cell gets more than its count.
/// Which of two equally near cells rounds up is decided by `tie` (one random key per cell).
fn participants(entries: u64, tie: &[u64]) -> Vec<u64> {
    let kind_totals: Vec<u64> = BodyKind::ALL.iter().map(|kind| kind_total(*kind)).collect();
    let kind_entries = largest_remainder(entries, &kind_totals, &[0; BodyKind::ALL.len()]);
    let mut counts = vec![0; BODIES.len()];
    for (kind, kind_entries) in BodyKind::ALL.iter().zip(kind_entries) {
        let cells: Vec<usize> = (0..BODIES.len())
            .filter(|&i| BODIES[i].2 == *kind)
            .collect();
        let weights: Vec<u64> = cells.iter().map(|&i| BODIES[i].3).collect();
        let ties: Vec<u64> = cells.iter().map(|&i| tie[i]).collect();
        for (i, n) in cells
            .iter()
            .zip(largest_remainder(kind_entries, &weights, &ties))
        {
            counts[*i] = n;
        }
    }
    counts
}

/// The number of bodies of `kind` in [`BODIES`].
fn kind_total(kind: BodyKind) -> u64 {
    BODIES.iter().filter(|b| b.2 == kind).map(|b| b.3).sum()
}

/// The source text of a synthetic benchmark made with `seed` and `entries`.
pub(crate) fn synthetic_source(seed: u64, entries: usize) -> String {
    format!(
        "Synthetische Beispieldaten (Reifegrad-Generator, Startwert {seed}, {entries} Einträge)"
    )
}

/// Generates a synthetic benchmark of `entries` entries for `questionnaire`'s dimensions:
/// `entries` of the [`BODY_COUNT`] bodies take part, the same share of every kind and
/// (up to rounding) of every combination of state, size class and kind. The same seed and
/// count always give the same benchmark. More entries than bodies are refused.
pub fn generate(
    questionnaire: &Questionnaire,
    seed: u64,
    entries: usize,
) -> Result<Benchmark, TooManyEntries> {
    if entries > BODY_COUNT {
        return Err(TooManyEntries { requested: entries });
    }
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
    let tie: Vec<u64> = BODIES.iter().map(|_| draw.0.next_u64()).collect();
    let counts = participants(entries as u64, &tie);
    let mut list = Vec::with_capacity(entries);
    for ((state, size_class, kind, _), count) in BODIES.iter().zip(counts) {
        let size_index = SizeClass::ALL
            .iter()
            .position(|c| c == size_class)
            .unwrap_or(0);
        for _ in 0..count {
            let year = draw.weighted(&YEAR_SHARES);
            let common = COMMON_SD * draw.normal();
            let base = SIZE_MEAN[size_index]
                + kind_offset(*kind)
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
            list.push(Entry {
                size_class: SizeRange::exact(*size_class),
                state: Some(*state),
                kind: Some(*kind),
                year,
                scores,
                token: String::new(),
            });
        }
    }
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
    Ok(benchmark)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::benchmark::file::{BUNDLED_BENCHMARK, benchmark_to_ron};
    use crate::model::bundled_questionnaire;

    /// Entries per cell of [`BODIES`] (panics on an entry outside the table).
    fn entries_per_cell(b: &Benchmark) -> Vec<u64> {
        let mut counts = vec![0; BODIES.len()];
        for e in &b.entries {
            let cell = BODIES
                .iter()
                .position(|(state, size, kind, _)| {
                    e.state == Some(*state)
                        && e.size_class.exact_class() == Some(*size)
                        && e.kind == Some(*kind)
                })
                .unwrap_or_else(|| panic!("entry outside the directory: {e:?}"));
            counts[cell] += 1;
        }
        counts
    }

    #[test]
    fn the_table_follows_the_municipal_directory() {
        assert_eq!(YEAR_SHARES.iter().map(|s| s.1).sum::<u64>(), 100);
        assert_eq!(BODY_COUNT, 5_570);
        assert_eq!(DEFAULT_ENTRIES, 557);
        // Each combination once, every count at least 1, no city state.
        for (i, a) in BODIES.iter().enumerate() {
            assert!(a.3 > 0, "{a:?}");
            assert!(!matches!(
                a.0,
                FederalState::Berlin | FederalState::Hamburg | FederalState::Bremen
            ));
            assert!(
                BODIES[..i]
                    .iter()
                    .all(|b| (b.0, b.1, b.2) != (a.0, a.1, a.2)),
                "{a:?} twice"
            );
        }
        // The official structure of 31 Dec 2024: 294 Landkreise, 106 kreisfreie Städte of
        // which Berlin, Hamburg, Bremen and Bremerhaven are left out.
        assert_eq!(kind_total(BodyKind::Landkreis), 294);
        assert_eq!(kind_total(BodyKind::KreisfreieStadt), 102);
        let per_state = |state: FederalState, kind: BodyKind| -> u64 {
            BODIES
                .iter()
                .filter(|b| b.0 == state && b.2 == kind)
                .map(|b| b.3)
                .sum()
        };
        use FederalState as S;
        let districts = [
            (S::BadenWuerttemberg, 35, 9),
            (S::Bayern, 71, 25),
            (S::Brandenburg, 14, 4),
            (S::Hessen, 21, 5),
            (S::MecklenburgVorpommern, 6, 2),
            (S::Niedersachsen, 37, 8),
            (S::NordrheinWestfalen, 31, 22),
            (S::RheinlandPfalz, 24, 12),
            (S::Saarland, 6, 0),
            (S::Sachsen, 10, 3),
            (S::SachsenAnhalt, 11, 3),
            (S::SchleswigHolstein, 11, 4),
            (S::Thueringen, 17, 5),
        ];
        for (state, landkreise, kreisfrei) in districts {
            assert_eq!(
                per_state(state, BodyKind::Landkreis),
                landkreise,
                "{state:?}"
            );
            assert_eq!(
                per_state(state, BodyKind::KreisfreieStadt),
                kreisfrei,
                "{state:?}"
            );
        }
        // A district under 50,000 inhabitants is rare (Lüchow-Dannenberg).
        assert_eq!(
            BODIES
                .iter()
                .filter(|b| b.2 == BodyKind::Landkreis && b.1 < SizeClass::From50kTo100k)
                .map(|b| b.3)
                .sum::<u64>(),
            1
        );
    }

    #[test]
    fn no_federation_is_counted_with_its_members() {
        let mut municipalities = 0;
        for (state, all, members, federations) in STATES {
            let own: u64 = BODIES
                .iter()
                .filter(|b| b.0 == state)
                .filter(|b| {
                    matches!(
                        b.2,
                        BodyKind::Gemeinde | BodyKind::Stadt | BodyKind::KreisfreieStadt
                    )
                })
                .map(|b| b.3)
                .sum();
            let counted_federations: u64 = BODIES
                .iter()
                .filter(|b| b.0 == state && b.2 == BodyKind::Gemeindeverband)
                .map(|b| b.3)
                .sum();
            // Every municipality once: itself, or as a member through its federation.
            assert_eq!(own + members, all, "{state:?}");
            assert_eq!(counted_federations, federations, "{state:?}");
            // A federation has at least two members; members only where federations are.
            assert!(members >= 2 * federations, "{state:?}");
            assert_eq!(members == 0, federations == 0, "{state:?}");
            municipalities += all;
        }
        assert_eq!(municipalities, 10_764);
        assert_eq!(STATES.len(), 13);
        // No federations where the municipal code has none, nor in Baden-Württemberg.
        let q = bundled_questionnaire().unwrap();
        let b = generate(&q, DEFAULT_SEED, DEFAULT_ENTRIES).unwrap();
        for e in &b.entries {
            if e.kind == Some(BodyKind::Gemeindeverband) {
                assert!(!matches!(
                    e.state,
                    Some(
                        FederalState::BadenWuerttemberg
                            | FederalState::Hessen
                            | FederalState::NordrheinWestfalen
                            | FederalState::Saarland
                    )
                ));
            }
        }
    }

    #[test]
    fn no_cell_holds_more_entries_than_bodies_exist() {
        let q = bundled_questionnaire().unwrap();
        for (seed, entries) in [
            (DEFAULT_SEED, DEFAULT_ENTRIES),
            (1, 1),
            (2, 1_500),
            (3, BODY_COUNT - 1),
            (4, BODY_COUNT),
        ] {
            let b = generate(&q, seed, entries).unwrap();
            assert_eq!(b.entries.len(), entries);
            for (cell, count) in BODIES.iter().zip(entries_per_cell(&b)) {
                assert!(count <= cell.3, "{cell:?}: {count} entries");
            }
        }
        // Everybody takes part: every cell exactly its count.
        let all = generate(&q, 5, BODY_COUNT).unwrap();
        assert_eq!(
            entries_per_cell(&all),
            BODIES.iter().map(|b| b.3).collect::<Vec<_>>()
        );
        assert_eq!(
            generate(&q, 5, BODY_COUNT + 1),
            Err(TooManyEntries {
                requested: BODY_COUNT + 1
            })
        );
    }

    #[test]
    fn every_kind_takes_part_at_the_same_rate() {
        let q = bundled_questionnaire().unwrap();
        for (seed, entries) in [(DEFAULT_SEED, DEFAULT_ENTRIES), (7, 1_111), (8, 2_785)] {
            let b = generate(&q, seed, entries).unwrap();
            let rate = entries as f64 / BODY_COUNT as f64;
            // Tolerance: each kind within one entry of the exact share …
            for kind in BodyKind::ALL {
                let n = b.entries.iter().filter(|e| e.kind == Some(kind)).count() as f64;
                let exact = rate * kind_total(kind) as f64;
                assert!((n - exact).abs() < 1.0, "{kind:?}: {n} for {exact}");
            }
            // … and each cell within two entries of it (one from the kind's rounding, one
            // from its own).
            for (cell, count) in BODIES.iter().zip(entries_per_cell(&b)) {
                let exact = rate * cell.3 as f64;
                assert!((count as f64 - exact).abs() < 2.0, "{cell:?}: {count}");
            }
        }
        // The bundled benchmark: 10 % of 2,652 Gemeinden, 1,588 Städte, 102 kreisfreie
        // Städte, 294 Landkreise and 934 Gemeindeverbände, by largest remainder.
        assert_eq!(BodyKind::ALL.map(kind_total), [2_652, 1_588, 102, 294, 934]);
        let bundled = crate::benchmark::file::bundled_benchmark().unwrap();
        let count = |kind| {
            bundled
                .entries
                .iter()
                .filter(|e| e.kind == Some(kind))
                .count()
        };
        assert_eq!(BodyKind::ALL.map(count), [265, 159, 10, 30, 93]);
    }

    #[test]
    fn largest_remainder_rounds_each_quota_down_or_up() {
        assert_eq!(largest_remainder(10, &[5, 3, 2], &[0, 0, 0]), [5, 3, 2]);
        assert_eq!(largest_remainder(1, &[1, 1, 1], &[3, 1, 2]), [0, 1, 0]);
        assert_eq!(largest_remainder(2, &[10, 5, 5], &[0, 0, 0]), [1, 1, 0]);
        assert_eq!(largest_remainder(0, &[4, 4], &[0, 0]), [0, 0]);
        assert_eq!(largest_remainder(3, &[0, 0], &[0, 0]), [0, 0]);
    }

    #[test]
    fn bundled_benchmark_is_reproduced_byte_for_byte() {
        let q = bundled_questionnaire().unwrap();
        let text = benchmark_to_ron(&generate(&q, DEFAULT_SEED, DEFAULT_ENTRIES).unwrap()).unwrap();
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
        let b = generate(&q, 7, 3_000).unwrap();
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
        assert_eq!(generate(&q, 7, 3_000), Ok(b.clone()));
        assert_ne!(generate(&q, 8, 3_000), Ok(b));
    }
}
