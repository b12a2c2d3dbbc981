//! Fuzzing every file Reifegrad reads, briefly (a few seconds in `cargo test`): each
//! mutated questionnaire, assessment, benchmark, contribution and preferences file must
//! give Ok or Err, never a panic or a hang. The long run (10⁶ executions per target) is
//! `cargo bench --bench fuzz`; `REIFEGRAD_FUZZ_EXECS` and `REIFEGRAD_FUZZ_SEED` change
//! the count and the seed here. Inputs that once failed are kept below as regression
//! tests, minimised.

#![allow(clippy::unwrap_used)]

use crate::common;

use common::fuzz::{Context, Kind, exec_path, fuzz, special_files};
use std::sync::Arc;
use std::time::Duration;

fn env_number(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn short_run(kind: Kind, default_execs: u64) {
    let ctx = Context::new();
    let execs = env_number("REIFEGRAD_FUZZ_EXECS", default_execs);
    let seed = env_number("REIFEGRAD_FUZZ_SEED", 20_260_501);
    let report = fuzz(&ctx, kind, execs, seed);
    eprintln!(
        "fuzz {}: {} executions ({} accepted) in {:.1} s, corpus {}, slowest {:?}",
        kind.name(),
        report.execs,
        report.ok,
        report.elapsed.as_secs_f64(),
        report.corpus,
        report.slowest
    );
    if let Some((input, message)) = report.failures.first() {
        panic!(
            "fuzz {} failed: {message}\nminimised input ({} bytes): {:?}",
            kind.name(),
            input.len(),
            String::from_utf8_lossy(input)
        );
    }
}

#[test]
fn fuzz_questionnaire() {
    short_run(Kind::Questionnaire, 1_500);
}

#[test]
fn fuzz_assessment() {
    short_run(Kind::Assessment, 3_000);
}

#[test]
fn fuzz_benchmark() {
    short_run(Kind::Benchmark, 2_000);
}

#[test]
fn fuzz_contribution() {
    short_run(Kind::Contribution, 3_000);
}

#[test]
fn fuzz_prefs() {
    short_run(Kind::Prefs, 3_000);
}

/// FIFOs, device files, folders and links to them, loaded as every kind of file: each is
/// refused within a second (a FIFO without writer or /dev/zero once hung or read 518 MB).
#[test]
fn fuzz_special_files_are_refused_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let ctx = Arc::new(Context::new());
    for (name, path) in special_files(dir.path()) {
        for kind in Kind::ALL {
            let (sender, receiver) = std::sync::mpsc::channel();
            let ctx = Arc::clone(&ctx);
            let target = path.clone();
            std::thread::spawn(move || {
                let _ = sender.send(exec_path(&ctx, kind, &target));
            });
            match receiver.recv_timeout(Duration::from_secs(1)) {
                Ok(result) => assert!(result.is_err(), "{name} accepted as {}", kind.name()),
                Err(_) => panic!("{name} as {} did not return within 1 s", kind.name()),
            }
        }
    }
}
