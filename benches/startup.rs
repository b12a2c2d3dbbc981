//! Cold start to the first painted frame of the real app window. Needs an X display
//! (e.g. `Xvfb :99 & DISPLAY=:99 cargo bench --bench startup`); without one it says so.

use std::process::Command;

const RUNS: usize = 10;
const GOAL_MS: f64 = 300.0;

fn main() {
    if std::env::var_os("DISPLAY").is_none() && std::env::var_os("WAYLAND_DISPLAY").is_none() {
        println!("startup: skipped – no display (run under Xvfb with DISPLAY set)");
        return;
    }
    let data_dir = std::env::temp_dir().join(format!("reifegrad-startup-{}", std::process::id()));
    let mut times = Vec::new();
    for _ in 0..RUNS {
        let output = Command::new(env!("CARGO_BIN_EXE_reifegrad"))
            .arg("--startup-probe")
            .env("XDG_DATA_HOME", &data_dir)
            .output();
        let Ok(output) = output else {
            println!("startup: could not start reifegrad");
            return;
        };
        let text = String::from_utf8_lossy(&output.stdout);
        if let Some(ms) = text
            .lines()
            .find_map(|l| l.strip_prefix("first frame: "))
            .and_then(|l| l.trim_end_matches(" ms").parse::<f64>().ok())
        {
            times.push(ms);
        }
    }
    let _ = std::fs::remove_dir_all(&data_dir);
    if times.is_empty() {
        println!("startup: no measurement (did the window open?)");
        return;
    }
    times.sort_by(f64::total_cmp);
    let median = times[times.len() / 2];
    println!(
        "cold start to first frame: median {median:.1} ms, min {:.1} ms, max {:.1} ms over {} runs (goal ≤ {GOAL_MS} ms)",
        times[0],
        times[times.len() - 1],
        times.len()
    );
}
