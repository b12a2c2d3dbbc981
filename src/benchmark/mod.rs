//! Anonymised peer benchmarks: files, peer groups and their statistics (no UI types).
//!
//! The results view loads a [`Benchmark`] (the bundled synthetic one from
//! [`bundled_benchmark`], or a file via [`load_benchmark_for`]), builds [`GroupStats`] for
//! the chosen [`PeerGroup`] once per group change, and shows the [`PeerComparison`] from
//! [`GroupStats::compare`].

pub mod file;
pub mod stats;
pub mod synthetic;

pub use file::{
    Benchmark, Contribution, Entry, bundled_benchmark, load_benchmark, load_benchmark_for,
    load_contribution, parse_benchmark, parse_contribution,
};
pub use stats::{
    DimensionPeers, GroupStats, MIN_GROUP_SIZE, PeerComparison, PeerGroup, PeerIndex, WidenOption,
};
