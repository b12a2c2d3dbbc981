//! Code shared by several integration tests and benches.

pub mod fuzz;
