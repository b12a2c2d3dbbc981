//! Anonymised peer benchmarks: files, peer groups and their statistics (no UI types).
//!
//! - [`entries`] holds the data (a [`Benchmark`] with its [`Entry`]s, a [`Network`], a
//!   [`Contribution`]); [`file`] reads, checks and writes them ([`bundled_benchmark`],
//!   [`load_benchmark_for`]), with [`fast`] as the fast path for large entry lists;
//!   `attrs` holds the published attributes that a merge may generalise.
//! - [`stats`]: a [`PeerGroup`], its [`GroupStats`] and the [`PeerComparison`] of one
//!   town; below [`MIN_GROUP_SIZE`] entries nothing is shown
//!   ([`PeerComparison::is_shown`]) and [`Benchmark::suggest_widening`] offers a larger
//!   group.
//! - [`pool`] and [`generalise`]: pooling contributions and benchmarks of a network
//!   (`reifegrad benchmark merge`); [`token`]: the contribution token that keeps a town
//!   out of its own peers; [`synthetic`]: the generator of the bundled example data.
//!
//! No output picks a group or compares by itself: the default group and the statistics
//! come from `analysis::default_peer_group` and `analysis::peer_stats` (a layer above),
//! and the words (with the source label) from `present::peers`.

pub(crate) mod attrs;
pub mod entries;
pub mod fast;
pub mod file;
pub mod generalise;
pub mod pool;
pub mod stats;
pub mod synthetic;
pub mod token;

pub use attrs::SizeRange;
pub use file::{
    Benchmark, Contribution, Entry, Network, bundled_benchmark, load_benchmark, load_benchmark_for,
    load_contribution, parse_benchmark, parse_contribution,
};
pub use stats::{
    DimensionPeers, GroupStats, MIN_GROUP_SIZE, PeerComparison, PeerGroup, WidenOption, WidenStep,
};
