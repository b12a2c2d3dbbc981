//! Running the `reifegrad` binary from integration tests.

#![allow(dead_code, clippy::unwrap_used)]

use std::path::Path;
use std::process::{Command, Output};

/// The `reifegrad` binary as a command, in a neutral locale (`LANG=C.UTF-8`, no
/// `LC_ALL` or `LC_MESSAGES`), so its output is German unless a test asks otherwise.
pub fn command() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_reifegrad"));
    command
        .env("LANG", "C.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES");
    command
}

/// Runs `reifegrad` with `args`.
pub fn reifegrad(args: &[&str]) -> Output {
    command().args(args).output().expect("run reifegrad")
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
