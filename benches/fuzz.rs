//! The long fuzz run: `cargo bench --bench fuzz [-- EXECS [TARGET...]]` (default 10⁶
//! executions per target, all targets, one thread per target on two cores). Prints the
//! executions, time and peak memory of each target and fails on the first panic or hang
//! with the minimised input. The short run is part of `cargo test` (tests/it/fuzz.rs).

#![allow(clippy::unwrap_used)]

#[path = "../tests/it/common/fuzz.rs"]
mod fuzz;

use fuzz::{Context, Kind, peak_memory_kb};
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| a != "--bench")
        .collect();
    let execs: u64 = args
        .iter()
        .find_map(|a| a.replace('_', "").parse().ok())
        .unwrap_or(1_000_000);
    let kinds: Vec<Kind> = Kind::ALL
        .into_iter()
        .filter(|k| {
            args.iter().all(|a| a.parse::<u64>().is_ok()) || args.iter().any(|a| a == k.name())
        })
        .collect();
    let seed = std::env::var("REIFEGRAD_FUZZ_SEED")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1);
    let threads: usize = std::env::var("REIFEGRAD_FUZZ_THREADS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(2);
    let started = std::time::Instant::now();
    let ctx = Context::new();
    let mut failed = false;
    for batch in kinds.chunks(threads.max(1)) {
        let reports: Vec<_> = std::thread::scope(|s| {
            let handles: Vec<_> = batch
                .iter()
                .map(|&kind| {
                    let ctx = &ctx;
                    s.spawn(move || (kind, fuzz::fuzz(ctx, kind, execs, seed)))
                })
                .collect();
            handles.into_iter().map(|h| h.join().unwrap()).collect()
        });
        for (kind, report) in reports {
            println!(
                "fuzz {:<13} {:>9} executions in {:>6.1} s ({:>6.0}/s), {} accepted, corpus {}, slowest {:.1} ms",
                kind.name(),
                report.execs,
                report.elapsed.as_secs_f64(),
                report.execs as f64 / report.elapsed.as_secs_f64().max(1e-9),
                report.ok,
                report.corpus,
                report.slowest.as_secs_f64() * 1000.0
            );
            for (input, message) in &report.failures {
                failed = true;
                println!(
                    "  FAILED: {message}\n  minimised input ({} bytes): {:?}",
                    input.len(),
                    String::from_utf8_lossy(input)
                );
            }
        }
    }
    println!(
        "fuzz total {:.1} s, peak memory {} MB",
        started.elapsed().as_secs_f64(),
        peak_memory_kb().map_or("?".into(), |kb| format!("{:.0}", kb as f64 / 1024.0))
    );
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
