//! Anonymised peer benchmarks: files, peer groups and their statistics (no UI types).
//!
//! The results view loads a [`Benchmark`] (the bundled synthetic one from
//! [`bundled_benchmark`], or a file via [`load_benchmark_for`]), and on each change of the
//! [`PeerGroup`] (start: [`crate::analysis::default_peer_group`]) takes the group's
//! statistics once ([`crate::analysis::peer_stats`]) and keeps the [`PeerComparison`]
//! from [`GroupStats::compare`]. Below [`MIN_GROUP_SIZE`] entries
//! ([`PeerComparison::is_shown`]) nothing is shown; [`Benchmark::suggest_widening`] offers
//! a larger group. Every display carries the source label of [`crate::present::peers::source_label`].

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
