//! Reifegrad: a municipality assesses its digital maturity, compares itself with
//! anonymised peers and exports a strategy outline for its council.
//!
//! Layers, bottom up (`ARCHITECTURE.md` draws them); a module imports only from its own
//! layer or one below, never from above, and there is no cycle:
//!
//! 1. [`text`] (the languages, texts of data files, the catalogue of every user-visible
//!    text) and [`files`] (reading our RON files
//!    safely, the RON writer, atomic saving, the lock and fingerprint that guard a file,
//!    recovery files) know nothing of the domain. [`memory`] measures the process.
//! 2. The domain, plain Rust without UI or PDF types: [`model`] (questionnaire,
//!    assessment, profile, plan, the council bodies, loading and saving, the example
//!    town), [`scoring`], [`workshop`], [`progress`], [`benchmark`], [`survey`] (the
//!    anonymous staff survey: kit, answers, import, k-anonymity) and [`session`] (an
//!    open assessment with its file, autosave and recovery).
//! 3. [`analysis`] computes everything an output shows, once; [`present`] writes it in
//!    words and figures.
//! 4. Three front ends that never import each other: [`cli`] (used only by `main.rs`),
//!    [`report`] (the PDF) and [`ui`] (the app, with its preferences and the cache of
//!    linked earlier assessments). [`sheets`] (the spreadsheet export) is an output
//!    like [`report`]: the command line and the app both call it; it imports neither.

pub mod analysis;
pub mod benchmark;
pub mod cli;
pub mod files;
pub mod memory;
pub mod model;
pub mod present;
pub mod progress;
pub mod report;
pub mod scoring;
pub mod session;
pub mod sheets;
pub mod survey;
pub mod text;
pub mod ui;
pub mod workshop;
