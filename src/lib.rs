//! Reifegrad: a municipality assesses its digital maturity, compares itself with
//! anonymised peers and exports a strategy outline for its council.
//!
//! Layers, bottom up: the domain ([`model`], [`scoring`], [`benchmark`], [`workshop`],
//! [`progress`]) is plain Rust without UI types; [`analysis`] computes everything an
//! output shows, once; [`present`] writes it in words and figures. Three front ends sit
//! on top and never import each other: [`cli`] (used only by `main.rs`), [`report`] (the
//! PDF) and [`ui`] (the app).

pub mod analysis;
pub mod benchmark;
pub mod cli;
pub mod council;
pub mod example;
pub mod files;
pub mod guard;
pub mod link_cache;
pub mod memory;
pub mod model;
pub mod prefs;
pub mod present;
pub mod progress;
pub mod report;
pub mod scoring;
pub mod session;
pub mod storage;
pub mod text;
pub mod ui;
pub mod workshop;
