//! Cold start to the first painted frame of the real app window. Needs an X display
//! (e.g. `Xvfb :99 & DISPLAY=:99 cargo bench --bench startup`); without one it says so.

#[path = "shared/mod.rs"]
mod shared;

const RUNS: usize = 10;
const GOAL_MS: f64 = 300.0;

fn main() {
    match shared::cold_start(RUNS) {
        Err(why) => println!("startup: skipped – {why}"),
        Ok((times, peak)) => {
            let median = times[times.len() / 2];
            println!(
                "cold start to first frame: median {median:.1} ms, min {:.1} ms, max {:.1} ms over {} runs (goal ≤ {GOAL_MS} ms)",
                times[0],
                times[times.len() - 1],
                times.len()
            );
            if let Some(kb) = peak {
                println!("peak memory at first frame: {} MB", kb / 1024);
            }
        }
    }
}
