//! Every performance figure the project tracks, with its goal beside it, in one run:
//! `bash scripts/bench.sh` (starts Xvfb for the cold start when there is no display) or
//! `cargo bench --bench suite`. Uses the same workloads as the criterion benches
//! (`benches/shared/`); each figure is the median of repeated runs on this machine.

#![allow(clippy::unwrap_used)]

#[path = "shared/mod.rs"]
mod shared;

use reifegrad::benchmark::file::benchmark_to_ron;
use reifegrad::benchmark::file::check_fits;
use reifegrad::benchmark::{PeerGroup, bundled_benchmark, parse_benchmark};
use reifegrad::model::example::example_assessment;
use reifegrad::model::load::BUNDLED_QUESTIONNAIRE;
use reifegrad::model::parse_questionnaire;
use reifegrad::report::{ReportInput, render_pdf};
use reifegrad::scoring::score;
use reifegrad::text::Lang;
use reifegrad::ui::command::Action;
use shared::{app_with_example, filled_assessment, frame, large_questionnaire};
use std::hint::black_box;
use std::path::Path;
use std::time::{Duration, Instant};

/// Median wall time of `f`, run for about `budget` (at least 5 times) after a warm-up.
fn median_time<T>(budget: Duration, mut f: impl FnMut() -> T) -> Duration {
    for _ in 0..3 {
        black_box(f());
    }
    let started = Instant::now();
    let mut times = Vec::new();
    while times.len() < 5 || (started.elapsed() < budget && times.len() < 10_000) {
        let t = Instant::now();
        black_box(f());
        times.push(t.elapsed());
    }
    times.sort();
    times[times.len() / 2]
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

struct Table {
    rows: Vec<(String, String, String, &'static str)>,
}

impl Table {
    /// A figure with an upper-bound goal (`None`: no goal set).
    fn row(&mut self, what: &str, value: f64, unit: &str, goal: Option<f64>) {
        let verdict = match goal {
            None => "–",
            Some(g) if value <= g => "ok",
            Some(_) => "MISSES",
        };
        let goal = goal.map_or("no goal set".into(), |g| format!("≤ {g} {unit}"));
        self.rows
            .push((what.into(), format!("{value:.2} {unit}"), goal, verdict));
        let (w, v, g, r) = self.rows.last().unwrap();
        println!("{w:<62} {v:>12}   goal {g:<14} {r}");
    }

    fn skipped(&mut self, what: &str, why: &str, goal: &str) {
        println!("{what:<62} {:>12}   goal {goal:<14} – ({why})", "skipped");
    }
}

fn main() {
    let budget = Duration::from_millis(
        std::env::var("REIFEGRAD_BENCH_MS")
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(1_000),
    );
    let mut t = Table { rows: Vec::new() };
    println!("Reifegrad benchmark suite (median of repeated runs; release build)\n");

    // Domain core.
    let path = Path::new("kommunal-reifegrad.ron");
    let q = parse_questionnaire(path, BUNDLED_QUESTIONNAIRE).unwrap();
    let d = median_time(budget, || {
        parse_questionnaire(path, BUNDLED_QUESTIONNAIRE).unwrap()
    });
    t.row(
        "parse + validate the default questionnaire",
        ms(d),
        "ms",
        None,
    );
    // A hostile questionnaire: 800 copies of a question (duplicate ids) and a 400 KB help
    // text; every duplicate is reported with its position in one pass.
    let text = BUNDLED_QUESTIONNAIRE;
    let at = text.find("Question(").unwrap();
    let line_start = text[..at].rfind('\n').unwrap() + 1;
    let indent = &text[line_start..at];
    let end = at + text[at..].find(&format!("\n{indent}Question(")).unwrap() + 1;
    let mut hostile = text[..line_start].to_string();
    for _ in 0..800 {
        hostile.push_str(&text[line_start..end]);
    }
    hostile.push_str(&text[line_start..]);
    let hostile = hostile.replacen("help: \"", &format!("help: \"{}", "x".repeat(400_000)), 1);
    let d = median_time(budget, || parse_questionnaire(path, &hostile).unwrap_err());
    t.row(
        &format!(
            "check a questionnaire with 800 duplicate questions ({:.1} MB)",
            hostile.len() as f64 / 1e6
        ),
        ms(d),
        "ms",
        Some(1000.0),
    );

    let large = large_questionnaire(&q, 125);
    assert_eq!(large.question_count(), 500);
    let filled = filled_assessment(&large);
    let d = median_time(budget, || score(&large, &filled));
    t.row("score a 500-question assessment", ms(d), "ms", None);

    // Peer benchmark at the scale of every German municipality.
    let example = example_assessment(&q);
    let scores = score(&q, &example);
    let big = shared::load_test_benchmark(&q, 11_000);
    let text = benchmark_to_ron(&big).unwrap();
    let file = Path::new("benchmark-11000.ron");
    let default_group = PeerGroup::default_for(&example.profile);
    let d_load = median_time(budget, || {
        let b = parse_benchmark(file, &text).unwrap();
        assert!(check_fits(&b.questionnaire, b.entries.iter(), &q, &text).is_empty());
        b
    });
    t.row(
        "11,000-entry benchmark: load (parse + validate)",
        ms(d_load),
        "ms",
        None,
    );
    let d_stats = median_time(budget, || big.group_stats(default_group).compare(&scores));
    t.row(
        "11,000-entry benchmark: default group statistics",
        ms(d_stats),
        "ms",
        None,
    );
    // The goal for the load with statistics (≤ 20 ms for all groups, so also for
    // one): reading 1.9 MB of RON into 11,000 entries with their score maps alone takes
    // about 6 ms here.
    t.row(
        "11,000-entry benchmark: load + default group statistics",
        ms(d_load + d_stats),
        "ms",
        Some(20.0),
    );

    // Frame time of the views, headless.
    let dir = tempfile::tempdir().unwrap();
    let big_file = dir.path().join("benchmark-11000.ron");
    std::fs::write(&big_file, &text).unwrap();
    for (name, size, projector) in [
        ("laptop 1366x768", egui::vec2(1366.0, 768.0), false),
        ("projector 1920x1080", egui::vec2(1920.0, 1080.0), true),
    ] {
        let mut app = app_with_example(dir.path());
        app.prefs.projector = projector;
        let ctx = egui::Context::default();
        for _ in 0..5 {
            frame(&ctx, &mut app, size);
        }
        let d = median_time(budget, || frame(&ctx, &mut app, size));
        t.row(
            &format!("frame: questionnaire view, {name}"),
            ms(d),
            "ms",
            Some(2.0),
        );
        app.execute(
            &ctx,
            reifegrad::ui::command::Command::Action(Action::ShowResults),
        );
        for _ in 0..5 {
            frame(&ctx, &mut app, size);
        }
        let d = median_time(budget, || frame(&ctx, &mut app, size));
        t.row(
            &format!("frame: results view, {name}"),
            ms(d),
            "ms",
            Some(2.0),
        );
        if !projector {
            app.load_benchmark_file(&big_file);
            assert_eq!(app.benchmark.as_ref().unwrap().entries.len(), 11_000);
            for _ in 0..5 {
                frame(&ctx, &mut app, size);
            }
            let d = median_time(budget, || frame(&ctx, &mut app, size));
            t.row(
                &format!("frame: results view, 11,000 entries loaded, {name}"),
                ms(d),
                "ms",
                Some(2.0),
            );
        }
    }

    // Cold start.
    let mut app_peak = None;
    match shared::cold_start(5) {
        Ok((times, peak)) => {
            app_peak = peak;
            t.row(
                "cold start to first frame (median of 5)",
                times[times.len() / 2],
                "ms",
                Some(300.0),
            );
        }
        Err(why) => t.skipped("cold start to first frame", &why, "≤ 300 ms"),
    }

    // The PDF report.
    let synthetic = bundled_benchmark().unwrap();
    let planned = shared::with_plan(&q, &example);
    for (name, peers, assessment) in [
        ("without peers", None, &example),
        ("with peers", Some((&synthetic, default_group)), &example),
        ("with a plan", None, &planned),
    ] {
        let analysis = reifegrad::analysis::analyse(&q, assessment, peers, None);
        let input = ReportInput::new(&analysis, assessment, Lang::De);
        let size = render_pdf(&input).unwrap().len();
        let d = median_time(budget, || render_pdf(&input).unwrap());
        t.row(
            &format!("PDF report, example town, {name}: time"),
            ms(d),
            "ms",
            Some(200.0),
        );
        t.row(
            &format!("PDF report, example town, {name}: size"),
            size as f64 / 1024.0,
            "KB",
            Some(400.0),
        );
    }

    // `score` of the real binary, with and without the 11,000-entry benchmark, in turns.
    let town = dir.path().join("lindenhagen.ron");
    let run = |extra: &[&Path]| {
        let t = Instant::now();
        let output = std::process::Command::new(env!("CARGO_BIN_EXE_reifegrad"))
            .arg("score")
            .arg(&town)
            .args(extra.iter().flat_map(|p| [Path::new("--benchmark"), p]))
            .output()
            .unwrap();
        assert!(output.status.success(), "{output:?}");
        t.elapsed()
    };
    let (mut plain, mut with) = (Vec::new(), Vec::new());
    for _ in 0..21 {
        plain.push(run(&[]));
        with.push(run(&[big_file.as_path()]));
    }
    plain.sort();
    with.sort();
    let (plain, with) = (plain[10], with[10]);
    t.row(
        "`reifegrad score` (wall, median of 21)",
        ms(plain),
        "ms",
        None,
    );
    t.row(
        "`reifegrad score --benchmark` 11,000 entries (wall, median of 21)",
        ms(with),
        "ms",
        Some(50.0),
    );
    t.row(
        "ratio `score --benchmark` / plain `score` (same run)",
        with.as_secs_f64() / plain.as_secs_f64(),
        "×",
        None,
    );

    // Peak memory of the real binary.
    let pdf = dir.path().join("bericht.pdf");
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_reifegrad"))
        .args([
            "report",
            town.to_str().unwrap(),
            "-o",
            pdf.to_str().unwrap(),
        ])
        .arg("--benchmark")
        .arg(&big_file)
        .env("REIFEGRAD_PEAK_MEMORY", "1")
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    match stderr.lines().find_map(shared::parse_peak_memory) {
        Some(kb) if output.status.success() => t.row(
            "peak memory: `reifegrad report` with the 11,000-entry benchmark",
            kb as f64 / 1024.0,
            "MB",
            None,
        ),
        _ => t.skipped("peak memory: `reifegrad report`", &stderr, "–"),
    }
    match app_peak {
        Some(kb) => t.row(
            "peak memory: app at first frame",
            kb as f64 / 1024.0,
            "MB",
            None,
        ),
        None => t.skipped("peak memory: app at first frame", "no display", "–"),
    }

    let misses = t.rows.iter().filter(|r| r.3 == "MISSES").count();
    println!(
        "\n{} figures, {} with a goal, {misses} missing it.",
        t.rows.len(),
        t.rows.iter().filter(|r| r.3 != "–").count()
    );
}
