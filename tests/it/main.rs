//! The integration tests, in one binary: one module per area (one link instead of one per
//! file, which is most of a cold `cargo test`). Shared helpers are in [`common`];
//! fixtures in `tests/fixtures/`. Run one area with `cargo test --test it consistency`.

mod common;

mod accessibility;
mod app;
mod app_charts;
mod app_dialogs;
mod app_fit;
mod app_layout;
mod app_workshop;
mod bad_files;
mod benchmark;
mod cli;
mod consistency;
mod crash;
mod evidence_ui;
mod export;
mod file_guard;
mod file_safety;
mod fuzz;
mod languages;
mod migration;
mod narrative;
mod network;
mod plan_ui;
mod privacy;
mod progress;
mod q12;
mod report;
mod report_layout;
mod report_pdf;
mod report_states;
mod snapshots;
mod survey;
mod survey_ui;
mod validation;
mod workshop;
