//! Peer-group statistics: the figures the results view, the CLI and the PDF show.

use crate::model::{BodyKind, FederalState, SizeClass};
use std::collections::BTreeMap;

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
}
