//! Running the `reifegrad` binary from integration tests.

#![allow(dead_code, clippy::unwrap_used)]

use std::path::Path;
use std::process::{Command, Output};

/// Runs `reifegrad` with `args`.
pub fn reifegrad(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_reifegrad"))
        .args(args)
        .output()
        .expect("run reifegrad")
}

/// Runs `reifegrad` with `args`, asserts exit code 0 and returns stdout.
pub fn stdout_of(args: &[&str]) -> String {
    let output = reifegrad(args);
    assert_eq!(
        output.status.code(),
        Some(0),
        "{args:?}: {}",
        stderr(&output)
    );
    String::from_utf8(output.stdout).unwrap()
}

/// The process's stderr as text.
pub fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// A path as `&str` (test paths are UTF-8).
pub fn path_str(path: &Path) -> &str {
    path.to_str().unwrap()
}
