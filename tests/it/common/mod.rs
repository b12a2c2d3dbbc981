//! Code shared by several integration tests and benches.

pub mod app;
pub mod cli;
pub mod fixtures;
pub mod fuzz;
pub mod outputs;
pub mod pdf;
pub mod plan;
pub mod sheets;
