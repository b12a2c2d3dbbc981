//! Anonymised peer benchmarks: files, peer groups and their statistics (no UI types).

pub mod stats;

pub use stats::{DimensionPeers, PeerComparison, PeerGroup};
