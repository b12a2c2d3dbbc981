//! A benchmark prepared for many peer-group changes ([`PeerIndex`]): the statistics of
//! any group without scanning every entry again.
//!
//! Each dimension's scores are replaced by their rank among the distinct scores of that
//! dimension (a file's scores have one decimal, so there are at most 1,001 of them). The
//! ranks are bucketed by published size range × federal state (or any) × kind (or any).
//! A group's sorted scores are then a counting sort of its buckets' ranks: no comparison
//! sort, and the same values in the same order as [`GroupStats::new`] gives.

use super::file::{Benchmark, Network};
use super::stats::{GroupStats, PeerGroup};
use crate::model::{BodyKind, FederalState, SizeClass};
use std::collections::BTreeMap;

/// A benchmark prepared for many group changes. Building it costs about as much as one
/// [`GroupStats::new`]; afterwards [`PeerIndex::group_stats`] only touches the buckets of
/// the chosen group, and [`PeerIndex::group_size`] is a sum over buckets. Gives the same
/// figures as [`GroupStats::new`].
#[derive(Debug, Clone, PartialEq)]
pub struct PeerIndex {
    source: String,
    synthetic: bool,
    network: Option<Network>,
    /// Dimension ids, sorted.
    dimensions: Vec<String>,
    /// Per dimension: its distinct scores, ascending in [`f64::total_cmp`] order.
    values: Vec<Vec<f64>>,
    /// One bucket per size range × state × kind (see [`bucket_index`]).
    buckets: Vec<Bucket>,
}

#[derive(Debug, Clone, PartialEq, Default)]
struct Bucket {
    entries: usize,
    /// Per dimension (same order as `PeerIndex::dimensions`): the ranks of the entries'
    /// scores in `PeerIndex::values`, ascending.
    ranks: Vec<Vec<u32>>,
}

const SIZES: usize = SizeClass::ALL.len();
/// The states and „any“.
const STATES: usize = FederalState::ALL.len() + 1;
/// The kinds and „any“.
const KINDS: usize = BodyKind::ALL.len() + 1;
/// Scores with one decimal from 0 to 100: 0.0, 0.1, …, 100.0.
const GRID: usize = 1001;

/// Bucket of a published size range (low, high), state and kind (the last index of each
/// is „any“).
fn bucket_index(size: (usize, usize), state: usize, kind: usize) -> usize {
    ((size.0 * SIZES + size.1) * STATES + state) * KINDS + kind
}

fn state_slot(s: Option<FederalState>) -> usize {
    s.map_or(STATES - 1, |s| {
        FederalState::ALL.iter().position(|x| *x == s).unwrap_or(0)
    })
}

fn kind_slot(k: Option<BodyKind>) -> usize {
    k.map_or(KINDS - 1, |k| {
        BodyKind::ALL.iter().position(|x| *x == k).unwrap_or(0)
    })
}

/// The grid point `k` (score `k / 10`) that is bit for bit `score`, if any.
fn grid_point(score: f64) -> Option<usize> {
    if !(0.0..=100.0).contains(&score) {
        return None;
    }
    // Rounds half up by truncation (`f64::round` is a library call here).
    let k = (score * 10.0 + 0.5) as usize;
    (k < GRID && (k as f64 / 10.0).to_bits() == score.to_bits()).then_some(k)
}

/// The distinct scores of one dimension and a quick way from a score to its rank.
struct Ranking {
    /// Distinct scores, ascending in [`f64::total_cmp`] order.
    values: Vec<f64>,
    /// Rank of each grid point that occurs.
    grid_rank: Vec<u32>,
}

impl Ranking {
    /// The ranking of the scores in `on_grid` (flags per grid point) and `others`.
    fn new(on_grid: &[bool], mut others: Vec<f64>) -> Self {
        others.sort_unstable_by(f64::total_cmp);
        others.dedup_by(|a, b| a.total_cmp(b).is_eq());
        let mut values = Vec::with_capacity(others.len() + GRID);
        let mut grid_rank = vec![0; GRID];
        let mut rest = others.into_iter().peekable();
        for (k, _) in on_grid.iter().enumerate().filter(|(_, on)| **on) {
            let score = k as f64 / 10.0;
            while let Some(other) = rest.next_if(|o| o.total_cmp(&score).is_lt()) {
                values.push(other);
            }
            grid_rank[k] = values.len() as u32;
            values.push(score);
        }
        values.extend(rest);
        Ranking { values, grid_rank }
    }

    fn rank(&self, score: f64) -> u32 {
        match grid_point(score) {
            Some(k) => self.grid_rank[k],
            None => self
                .values
                .binary_search_by(|v| v.total_cmp(&score))
                .unwrap_or(0) as u32,
        }
    }
}

impl PeerIndex {
    /// Buckets the entries of `benchmark` and ranks their scores.
    pub fn new(benchmark: &Benchmark) -> Self {
        // A handful of dimension ids: a linear search beats a set here.
        let mut ids: Vec<&str> = Vec::new();
        for id in benchmark.entries.iter().flat_map(|e| e.scores.keys()) {
            if !ids.contains(&id.as_str()) {
                ids.push(id);
            }
        }
        ids.sort_unstable();
        // Entries mostly have every dimension, in the same (sorted) order: try the next
        // dimension first.
        let position = |id: &str, guess: usize| -> Option<usize> {
            match ids.get(guess) {
                Some(g) if *g == id => Some(guess),
                _ => ids.iter().position(|x| *x == id),
            }
        };
        // One pass over the entries: their scores by bucket, and which scores occur.
        let mut on_grid = vec![vec![false; GRID]; ids.len()];
        let mut others: Vec<Vec<f64>> = vec![Vec::new(); ids.len()];
        let mut scores_by_bucket: Vec<(usize, Vec<Vec<f64>>)> =
            vec![(0, Vec::new()); SIZES * SIZES * STATES * KINDS];
        for entry in &benchmark.entries {
            let index = bucket_index(
                entry.size_class.indices(),
                state_slot(entry.state),
                kind_slot(entry.kind),
            );
            let Some((entries, scores)) = scores_by_bucket.get_mut(index) else {
                continue;
            };
            if scores.is_empty() {
                *scores = vec![Vec::new(); ids.len()];
            }
            *entries += 1;
            let mut next = 0;
            for (id, score) in &entry.scores {
                let Some(d) = position(id, next) else {
                    continue;
                };
                next = d + 1;
                scores[d].push(*score);
                match grid_point(*score) {
                    Some(k) => on_grid[d][k] = true,
                    None => others[d].push(*score),
                }
            }
        }
        let rankings: Vec<Ranking> = on_grid
            .iter()
            .zip(others)
            .map(|(on, rest)| Ranking::new(on, rest))
            .collect();
        let buckets = scores_by_bucket
            .into_iter()
            .map(|(entries, scores)| Bucket {
                entries,
                ranks: scores
                    .iter()
                    .zip(&rankings)
                    .map(|(scores, ranking)| {
                        let mut ranks: Vec<u32> = scores.iter().map(|s| ranking.rank(*s)).collect();
                        ranks.sort_unstable();
                        ranks
                    })
                    .collect(),
            })
            .collect();
        PeerIndex {
            source: benchmark.source.clone(),
            synthetic: benchmark.synthetic,
            network: benchmark.network.clone(),
            dimensions: ids.iter().map(|id| id.to_string()).collect(),
            values: rankings.into_iter().map(|r| r.values).collect(),
            buckets,
        }
    }

    /// The non-empty buckets of `group`.
    fn buckets_of(&self, group: &PeerGroup) -> Vec<&Bucket> {
        let (lo, hi) = group.size_range().indices();
        let states = match group.state {
            None => 0..STATES,
            Some(s) => state_slot(Some(s))..state_slot(Some(s)) + 1,
        };
        let kinds = match group.kind {
            None => 0..KINDS,
            Some(k) => kind_slot(Some(k))..kind_slot(Some(k)) + 1,
        };
        let mut found = Vec::new();
        for low in lo..=hi {
            for high in low..=hi {
                for state in states.clone() {
                    for kind in kinds.clone() {
                        if let Some(b) = self
                            .buckets
                            .get(bucket_index((low, high), state, kind))
                            .filter(|b| b.entries > 0)
                        {
                            found.push(b);
                        }
                    }
                }
            }
        }
        found
    }

    /// Number of entries in `group`.
    pub fn group_size(&self, group: &PeerGroup) -> usize {
        self.buckets_of(group).iter().map(|b| b.entries).sum()
    }

    /// The statistics of `group` (the same as [`GroupStats::new`] on the benchmark).
    pub fn group_stats(&self, group: PeerGroup) -> GroupStats {
        let buckets = self.buckets_of(&group);
        let group_size = buckets.iter().map(|b| b.entries).sum();
        let mut sorted = BTreeMap::new();
        // How often each rank occurs, and a bit per rank that occurs: the counting sort
        // visits only those ranks. Both are left all zero after each dimension.
        let most = self.values.iter().map(Vec::len).max().unwrap_or(0);
        let mut counts = vec![0u32; most];
        let mut seen = vec![0u64; most.div_ceil(64)];
        for (d, id) in self.dimensions.iter().enumerate() {
            let values = &self.values[d];
            let runs: Vec<&[u32]> = buckets
                .iter()
                .map(|b| b.ranks[d].as_slice())
                .filter(|r| !r.is_empty())
                .collect();
            let total: usize = runs.iter().map(|r| r.len()).sum();
            if total == 0 {
                continue;
            }
            let scores: Vec<f64> = if let [run] = runs.as_slice() {
                run.iter().map(|rank| values[*rank as usize]).collect()
            } else {
                for rank in runs.iter().flat_map(|r| r.iter()) {
                    let rank = *rank as usize;
                    counts[rank] += 1;
                    seen[rank / 64] |= 1 << (rank % 64);
                }
                let mut scores = vec![0.0; total];
                let mut at = 0;
                for (word_index, word) in seen.iter_mut().enumerate() {
                    let mut bits = std::mem::take(word);
                    while bits != 0 {
                        let rank = word_index * 64 + bits.trailing_zeros() as usize;
                        bits &= bits - 1;
                        let count = std::mem::take(&mut counts[rank]) as usize;
                        scores[at..at + count].fill(values[rank]);
                        at += count;
                    }
                }
                scores
            };
            sorted.insert(id.clone(), scores);
        }
        GroupStats::from_sorted(
            (&self.source, self.synthetic, self.network.as_ref()),
            group,
            group_size,
            sorted,
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::benchmark::{Entry, SizeRange};
    use crate::model::QuestionnaireRef;
    use rand::{Rng, SeedableRng};
    use rand_chacha::ChaCha8Rng;

    /// A random score: mostly one decimal, sometimes any value in 0–100, an edge (0, −0,
    /// 100) or a value just off the one-decimal grid.
    fn random_score(rng: &mut ChaCha8Rng) -> f64 {
        match rng.random_range(0..10) {
            0 => rng.random_range(0.0..=100.0),
            1 => [0.0, -0.0, 100.0, 0.1, 99.9][rng.random_range(0..5)],
            2 => f64::from(rng.random_range(0..=1000u32)) / 10.0 + 1e-9,
            3 => f64::from(rng.random_range(0..=100u32)) / 10.0 + 50.0,
            _ => f64::from(rng.random_range(0..=1000u32)) / 10.0,
        }
    }

    fn random_benchmark(rng: &mut ChaCha8Rng) -> Benchmark {
        let ids = ["backend", "frontend", "kultur", "ressourcen", "z.extra"];
        let mut entries = Vec::new();
        for _ in 0..rng.random_range(0..400) {
            let low = rng.random_range(0..SIZES);
            let high = if rng.random_bool(0.2) {
                rng.random_range(low..SIZES)
            } else {
                low
            };
            let mut scores = BTreeMap::new();
            for id in ids {
                if rng.random_bool(0.85) {
                    scores.insert(id.to_string(), random_score(rng));
                }
            }
            entries.push(Entry {
                size_class: SizeRange::from_indices(low, high),
                state: rng
                    .random_bool(0.8)
                    .then(|| FederalState::ALL[rng.random_range(0..FederalState::ALL.len())]),
                kind: rng
                    .random_bool(0.8)
                    .then(|| BodyKind::ALL[rng.random_range(0..BodyKind::ALL.len())]),
                year: 2026,
                scores,
                token: String::new(),
            });
        }
        Benchmark {
            format_version: 2,
            source: "Zufall".into(),
            synthetic: true,
            questionnaire: QuestionnaireRef {
                id: "q".into(),
                version: "1".into(),
            },
            entries,
            network: None,
        }
    }

    /// Property: on random benchmarks (generalised attributes, missing dimensions, scores
    /// on and off the one-decimal grid, 0 and −0) the index gives every group bit for bit
    /// the sorted scores, size and figures of the plain scan.
    #[test]
    fn index_agrees_with_the_scan_on_random_benchmarks() {
        let mut rng = ChaCha8Rng::seed_from_u64(15);
        let q = crate::model::bundled_questionnaire().unwrap();
        let mut town = crate::scoring::score(&q, &crate::example::example_assessment(&q));
        for _ in 0..150 {
            let b = random_benchmark(&mut rng);
            let index = PeerIndex::new(&b);
            for d in &mut town.dimensions {
                d.score = rng.random_bool(0.9).then(|| random_score(&mut rng));
            }
            for _ in 0..40 {
                let group = PeerGroup {
                    size_class: rng
                        .random_bool(0.7)
                        .then(|| SizeClass::ALL[rng.random_range(0..SIZES)]),
                    state: rng
                        .random_bool(0.5)
                        .then(|| FederalState::ALL[rng.random_range(0..FederalState::ALL.len())]),
                    kind: rng
                        .random_bool(0.6)
                        .then(|| BodyKind::ALL[rng.random_range(0..BodyKind::ALL.len())]),
                    neighbouring_sizes: rng.random_bool(0.3),
                };
                let fast = index.group_stats(group);
                let plain = GroupStats::new(&b, group);
                assert_eq!(fast.sorted_bits(), plain.sorted_bits(), "{group:?}");
                assert_eq!(fast, plain, "{group:?}");
                assert_eq!(index.group_size(&group), b.group_size(&group));
                assert_eq!(fast.compare(&town), plain.compare(&town));
            }
        }
    }

    #[test]
    fn index_gives_the_same_statistics_as_a_scan() {
        let q = crate::model::bundled_questionnaire().unwrap();
        let b = crate::benchmark::synthetic::generate(&q, 5, 1_500).unwrap();
        let index = PeerIndex::new(&b);
        let sizes = std::iter::once(None).chain(SizeClass::ALL.map(Some));
        for size_class in sizes {
            for state in [
                None,
                Some(FederalState::Bayern),
                Some(FederalState::Saarland),
            ] {
                for kind in std::iter::once(None).chain(BodyKind::ALL.map(Some)) {
                    for neighbouring_sizes in [false, true] {
                        let group = PeerGroup {
                            size_class,
                            state,
                            kind,
                            neighbouring_sizes,
                        };
                        assert_eq!(index.group_stats(group), b.group_stats(group), "{group:?}");
                        assert_eq!(index.group_size(&group), b.group_size(&group));
                    }
                }
            }
        }
    }

    #[test]
    fn index_matches_the_scan_with_generalised_entries() {
        let q = crate::model::bundled_questionnaire().unwrap();
        let mut b = crate::benchmark::synthetic::generate(&q, 9, 1_200).unwrap();
        for (i, e) in b.entries.iter_mut().enumerate() {
            if i % 3 == 0 {
                e.state = None;
            }
            if i % 5 == 0 {
                let (low, _) = e.size_class.indices();
                e.size_class = SizeRange::from_indices(low, low + 1);
            }
            if i % 7 == 0 {
                e.kind = None;
            }
        }
        let index = PeerIndex::new(&b);
        for size_class in std::iter::once(None).chain(SizeClass::ALL.map(Some)) {
            for state in std::iter::once(None).chain(FederalState::ALL.map(Some)) {
                for kind in std::iter::once(None).chain(BodyKind::ALL.map(Some)) {
                    for neighbouring_sizes in [false, true] {
                        let group = PeerGroup {
                            size_class,
                            state,
                            kind,
                            neighbouring_sizes,
                        };
                        assert_eq!(index.group_stats(group), b.group_stats(group), "{group:?}");
                    }
                }
            }
        }
        // A generalised attribute only counts in groups that do not filter on it.
        let hessen = PeerGroup {
            state: Some(FederalState::Hessen),
            ..PeerGroup::default()
        };
        assert!(
            b.entries
                .iter()
                .filter(|e| e.state.is_none())
                .all(|e| !hessen.matches(e))
        );
        assert_eq!(b.group_size(&PeerGroup::whole()), 1_200);
    }
}
