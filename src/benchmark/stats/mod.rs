//! Peer-group statistics: the figures the results view, the CLI and the PDF show.
//!
//! **Percentiles** are computed by linear interpolation between the closest ranks — the
//! default method (`"linear"`) of numpy's `percentile`: for `n` sorted values `x[0..n]`
//! the p-th percentile is at rank `h = (n − 1) · p / 100`, i.e.
//! `x[⌊h⌋] + (h − ⌊h⌋) · (x[⌊h⌋ + 1] − x[⌊h⌋])`. The median is the 50th percentile.
//!
//! **Percentile rank** („besser als X % der vergleichbaren Kommunen“) is the share of
//! peers whose score is *strictly below* the town's own score. Peers with exactly the same
//! score do not count: a town level with every peer is „besser als 0 %“, a town above
//! every peer „besser als 100 %“. The town's own entry, recognised by its contribution
//! token, is left out of its peers ([`crate::analysis::peer_stats`]); the comparison says so.
//!
//! **Generalised entries** (see [`super::generalise`]): a group that filters on an
//! attribute only counts entries that publish it. An entry with `state: Any` counts only
//! in groups of all states; an entry with a size range only in groups whose size classes
//! hold the whole range.
//!
//! **k-anonymity**: no figure is ever computed for a group or dimension with fewer than
//! [`MIN_GROUP_SIZE`] scores; such dimensions are `None`.

use super::attrs::{SizeRange, size_index};
use super::file::{Benchmark, Entry, Network};
use crate::model::{BodyKind, FederalState, Profile, SizeClass};
use crate::scoring::Scores;

use std::collections::{BTreeMap, HashMap};

/// Smallest peer group that may be shown (k-anonymity).
pub const MIN_GROUP_SIZE: usize = 5;

/// Which entries of a benchmark count as peers; `None` means "any".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct PeerGroup {
    /// Only this size class.
    pub size_class: Option<SizeClass>,
    /// Only this federal state.
    pub state: Option<FederalState>,
    /// Only this kind of body.
    pub kind: Option<BodyKind>,
    /// With a size class: also the size classes directly below and above it (used to
    /// widen a group that is too small). Ignored without a size class.
    pub neighbouring_sizes: bool,
}

impl PeerGroup {
    /// A town's own size class and kind, all federal states (the default group without a
    /// network; see [`crate::analysis::default_peer_group`]).
    pub fn default_for(profile: &Profile) -> Self {
        PeerGroup {
            size_class: Some(profile.size_class()),
            state: None,
            kind: Some(profile.kind),
            neighbouring_sizes: false,
        }
    }

    /// The whole benchmark, e.g. every member of a network („ganzes Netzwerk“).
    pub fn whole() -> Self {
        PeerGroup::default()
    }

    /// Whether this group takes every entry.
    pub(crate) fn is_whole(&self) -> bool {
        self.size_class.is_none() && self.state.is_none() && self.kind.is_none()
    }

    /// The size classes the group takes.
    pub(crate) fn size_range(&self) -> SizeRange {
        match self.size_class {
            None => SizeRange::ANY,
            Some(c) if self.neighbouring_sizes => {
                let i = size_index(c);
                SizeRange::from_indices(i.saturating_sub(1), i + 1)
            }
            Some(c) => SizeRange::exact(c),
        }
    }

    /// Whether `entry` belongs to this group: every attribute the group filters on is
    /// published by the entry and fits (a generalised attribute fits only „any“).
    pub fn matches(&self, entry: &Entry) -> bool {
        self.state.is_none_or(|s| entry.state == Some(s))
            && self.kind.is_none_or(|k| entry.kind == Some(k))
            && entry.size_class.within(self.size_range())
    }
}

/// The peers' distribution of one dimension's score, and where the town stands in it.
#[derive(Debug, Clone, PartialEq)]
pub struct DimensionPeers {
    /// Number of peers with a score for this dimension (always ≥ [`MIN_GROUP_SIZE`]).
    pub n: usize,
    /// Median score.
    pub median: f64,
    /// 25th percentile.
    pub p25: f64,
    /// 75th percentile.
    pub p75: f64,
    /// 10th percentile.
    pub p10: f64,
    /// 90th percentile.
    pub p90: f64,
    /// Share (0–100) of peers whose score is below the town's own score, if it has one.
    pub percentile: Option<f64>,
}

/// The comparison of one town with one peer group of one benchmark.
#[derive(Debug, Clone, PartialEq)]
pub struct PeerComparison {
    /// The benchmark's source description, e.g. „Synthetische Beispieldaten“.
    pub source: String,
    /// Whether the benchmark is synthetic example data (must be labelled wherever shown).
    pub synthetic: bool,
    /// The peer group compared with.
    pub group: PeerGroup,
    /// Number of entries in the peer group.
    pub group_size: usize,
    /// Per dimension id: the peers' figures, or `None` where fewer than
    /// [`MIN_GROUP_SIZE`] peers have a score (never shown).
    pub dimensions: BTreeMap<String, Option<DimensionPeers>>,
    /// Whether the town's own entry was found in the group and left out.
    pub own_excluded: bool,
    /// The network, when the benchmark is a network's merged file.
    pub network: Option<Network>,
}

impl PeerComparison {
    /// Whether the group is large enough to be shown at all.
    pub fn is_shown(&self) -> bool {
        self.group_size >= MIN_GROUP_SIZE
    }

    /// The figures for dimension `id`, if there are enough peers.
    pub fn dimension(&self, id: &str) -> Option<&DimensionPeers> {
        self.dimensions.get(id).and_then(Option::as_ref)
    }

    /// Peer medians by dimension id, as [`crate::scoring::prioritised_measures`] takes them.
    pub fn medians(&self) -> HashMap<String, f64> {
        self.dimensions
            .iter()
            .filter_map(|(id, d)| d.as_ref().map(|d| (id.clone(), d.median)))
            .collect()
    }
}

/// The p-th percentile (0–100) of ascending `sorted` values by linear interpolation
/// between the closest ranks (numpy's default); `None` for no values.
pub fn percentile(sorted: &[f64], p: f64) -> Option<f64> {
    let last = sorted.len().checked_sub(1)?;
    let h = last as f64 * (p.clamp(0.0, 100.0) / 100.0);
    let lower = (h.floor() as usize).min(last);
    let upper = (lower + 1).min(last);
    let fraction = h - lower as f64;
    Some(sorted[lower] + fraction * (sorted[upper] - sorted[lower]))
}

/// Share (0–100) of ascending `sorted` values strictly below `own`; `None` for no values.
pub(crate) fn share_below(sorted: &[f64], own: f64) -> Option<f64> {
    if sorted.is_empty() {
        return None;
    }
    let below = sorted.partition_point(|x| *x < own);
    Some(100.0 * below as f64 / sorted.len() as f64)
}

/// The statistics of one peer group, computed once when the group changes and then held
/// (e.g. by the results view): the peers' scores per dimension, sorted.
///
/// It never gives out figures for fewer than [`MIN_GROUP_SIZE`] scores.
#[derive(Debug, Clone, PartialEq)]
pub struct GroupStats {
    group: PeerGroup,
    source: String,
    synthetic: bool,
    network: Option<Network>,
    own_excluded: bool,
    group_size: usize,
    /// Scores per dimension id, ascending. Private: only k-anonymous figures leave.
    sorted: BTreeMap<String, Vec<f64>>,
}

impl GroupStats {
    /// Selects the entries of `group` from `benchmark` and sorts their scores.
    pub fn new(benchmark: &Benchmark, group: PeerGroup) -> Self {
        let mut sorted: BTreeMap<String, Vec<f64>> = BTreeMap::new();
        let mut group_size = 0;
        for entry in benchmark.entries.iter().filter(|e| group.matches(e)) {
            group_size += 1;
            for (id, score) in &entry.scores {
                match sorted.get_mut(id.as_str()) {
                    Some(values) => values.push(*score),
                    None => {
                        sorted.insert(id.clone(), vec![*score]);
                    }
                }
            }
        }
        for values in sorted.values_mut() {
            values.sort_unstable_by(f64::total_cmp);
        }
        GroupStats {
            group,
            source: benchmark.source.clone(),
            synthetic: benchmark.synthetic,
            network: benchmark.network.clone(),
            own_excluded: false,
            group_size,
            sorted,
        }
    }

    /// Leaves the town's own entry (found by its contribution token) out of the group, if
    /// it is in it. Call once; the comparison then says the own entry was left out.
    pub(crate) fn exclude_own(&mut self, benchmark: &Benchmark, token: Option<&str>) {
        let Some(token) = token.filter(|t| !t.is_empty()) else {
            return;
        };
        if self.own_excluded {
            return;
        }
        let Some(own) = benchmark
            .entries
            .iter()
            .find(|e| e.token == token && self.group.matches(e))
        else {
            return;
        };
        self.group_size = self.group_size.saturating_sub(1);
        for (id, score) in &own.scores {
            if let Some(values) = self.sorted.get_mut(id.as_str())
                && let Ok(at) = values.binary_search_by(|v| v.total_cmp(score))
            {
                values.remove(at);
            }
        }
        self.own_excluded = true;
    }

    /// Whether the town's own entry was left out.
    pub fn own_excluded(&self) -> bool {
        self.own_excluded
    }

    /// The peer group.
    pub fn group(&self) -> PeerGroup {
        self.group
    }

    /// Number of entries in the group (may be shown even when below [`MIN_GROUP_SIZE`]).
    pub fn group_size(&self) -> usize {
        self.group_size
    }

    /// Whether the group is large enough to be shown.
    pub fn is_shown(&self) -> bool {
        self.group_size >= MIN_GROUP_SIZE
    }

    /// The benchmark's source description.
    pub fn source(&self) -> &str {
        &self.source
    }

    /// Whether the benchmark is synthetic example data.
    pub fn synthetic(&self) -> bool {
        self.synthetic
    }

    /// The peers' figures for dimension `id` and where `own` stands; `None` when fewer
    /// than [`MIN_GROUP_SIZE`] peers have a score for it.
    pub fn dimension(&self, id: &str, own: Option<f64>) -> Option<DimensionPeers> {
        let values = self.sorted.get(id)?;
        if values.len() < MIN_GROUP_SIZE || self.group_size < MIN_GROUP_SIZE {
            return None;
        }
        let at = |p| percentile(values, p).unwrap_or(f64::NAN);
        Some(DimensionPeers {
            n: values.len(),
            median: at(50.0),
            p25: at(25.0),
            p75: at(75.0),
            p10: at(10.0),
            p90: at(90.0),
            percentile: own
                .filter(|s| s.is_finite())
                .and_then(|s| share_below(values, s)),
        })
    }

    /// Compares a town's scores with the group: one entry per dimension of `scores`.
    pub fn compare(&self, scores: &Scores) -> PeerComparison {
        PeerComparison {
            source: self.source.clone(),
            synthetic: self.synthetic,
            group: self.group,
            group_size: self.group_size,
            dimensions: scores
                .dimensions
                .iter()
                .map(|d| (d.id.clone(), self.dimension(&d.id, d.score)))
                .collect(),
            own_excluded: self.own_excluded,
            network: self.network.clone(),
        }
    }
}

/// A way to widen a peer group that is too small.
#[derive(Debug, Clone, PartialEq)]
pub struct WidenOption {
    /// The widened group.
    pub group: PeerGroup,
    /// Its number of entries.
    pub group_size: usize,
    /// What changes against the original group, in order (see
    /// [`crate::present::peers::widen_change`] for the words).
    pub steps: Vec<WidenStep>,
}

/// One step of widening a peer group.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WidenStep {
    /// Every kind of body.
    AllKinds,
    /// Every federal state.
    AllStates,
    /// The neighbouring size classes too.
    NeighbouringSizes,
    /// Every size class (replaces [`WidenStep::NeighbouringSizes`]).
    AllSizes,
}

impl Benchmark {
    /// Number of entries in `group`.
    pub fn group_size(&self, group: &PeerGroup) -> usize {
        self.entries.iter().filter(|e| group.matches(e)).count()
    }

    /// The statistics of `group`, to be held until the group changes.
    pub fn group_stats(&self, group: PeerGroup) -> GroupStats {
        GroupStats::new(self, group)
    }

    /// Compares a town's scores with `group`. Dimensions with fewer than
    /// [`MIN_GROUP_SIZE`] peers are `None`.
    pub fn compare(&self, group: PeerGroup, scores: &Scores) -> PeerComparison {
        GroupStats::new(self, group).compare(scores)
    }

    /// Ways to widen `group`, each step including the ones before: first all kinds of
    /// body, then all federal states, then the neighbouring size classes, then all size
    /// classes. Steps that would change nothing are left out.
    pub(crate) fn widen_options(&self, group: PeerGroup) -> Vec<WidenOption> {
        let mut options = Vec::new();
        let mut current = group;
        let mut steps: Vec<WidenStep> = Vec::new();
        let mut step = |g: PeerGroup, change: WidenStep| {
            if change == WidenStep::AllSizes {
                steps.retain(|c| *c != WidenStep::NeighbouringSizes);
            }
            steps.push(change);
            options.push(WidenOption {
                group: g,
                group_size: self.group_size(&g),
                steps: steps.clone(),
            });
        };
        if current.kind.is_some() {
            current.kind = None;
            step(current, WidenStep::AllKinds);
        }
        if current.state.is_some() {
            current.state = None;
            step(current, WidenStep::AllStates);
        }
        if current.size_class.is_some() && !current.neighbouring_sizes {
            current.neighbouring_sizes = true;
            step(current, WidenStep::NeighbouringSizes);
        }
        if current.size_class.is_some() {
            current.size_class = None;
            current.neighbouring_sizes = false;
            step(current, WidenStep::AllSizes);
        }
        options
    }

    /// The smallest widening of `group` that has at least [`MIN_GROUP_SIZE`] entries.
    pub fn suggest_widening(&self, group: PeerGroup) -> Option<WidenOption> {
        self.widen_options(group)
            .into_iter()
            .find(|o| o.group_size >= MIN_GROUP_SIZE)
    }
}

#[cfg(test)]
mod tests;
