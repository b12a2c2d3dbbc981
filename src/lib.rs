//! Reifegrad: a municipality assesses its digital maturity, compares itself with
//! anonymised peers and exports a strategy outline for its council.
//!
//! The domain ([`model`], [`scoring`]) is plain Rust without any UI types; the
//! command line lives in [`cli`].

pub mod benchmark;
pub mod cli;
pub mod council;
pub mod example;
pub mod files;
pub mod guard;
pub mod link_cache;
pub mod model;
pub mod prefs;
pub mod progress;
pub mod report;
pub mod scoring;
pub mod session;
pub mod storage;
pub mod text;
pub mod ui;
pub mod workshop;
