//! Workloads shared by the criterion benches and the one-command suite (`bench-suite`),
//! so that both measure the same code paths.

#![allow(dead_code, clippy::unwrap_used)]

use reifegrad::model::{
    Assessment, BodyKind, Date, FederalState, FieldTarget, PlannedMeasure, Profile, Quarter,
    Questionnaire, Response,
};
use reifegrad::ui::dialogs::{DialogRequest, FileDialogs};
use reifegrad::ui::{AppEnv, ReifegradApp};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// A questionnaire of `dimensions × per_dimension` questions, built by repeating the
/// default questionnaire's questions under new ids.
pub fn large_questionnaire(base: &Questionnaire, per_dimension: usize) -> Questionnaire {
    let mut large = base.clone();
    for dimension in &mut large.dimensions {
        let template = dimension.questions.clone();
        dimension.questions = (0..per_dimension)
            .map(|i| {
                let mut q = template[i % template.len()].clone();
                q.id = format!("{}.{i}", dimension.id);
                q
            })
            .collect();
    }
    large
}

/// Every question answered: levels 0–4, "don't know" and "not applicable" in turn.
pub fn filled_assessment(q: &Questionnaire) -> Assessment {
    let profile = Profile {
        name: "Benchstadt".into(),
        council_name: None,
        state: FederalState::Bayern,
        kind: BodyKind::Stadt,
        population: 20_000,
        federation: None,
        district_services: false,
    };
    let mut a = Assessment::new(
        q,
        profile,
        Date::new(2026, 1, 1).unwrap_or_else(Date::today),
    );
    for (i, (_, question)) in q.questions().enumerate() {
        let response = match i % 7 {
            5 => Response::DontKnow,
            6 => Response::NotApplicable,
            n => Response::Level((n % 5) as u8),
        };
        a.set_response(&question.id, Some(response));
    }
    a
}

struct NoDialogs;

impl FileDialogs for NoDialogs {
    fn pick(&self, _: &DialogRequest, _: reifegrad::text::Lang) -> Option<PathBuf> {
        None
    }
}

/// The app with the example town open, data kept in `dir`.
pub fn app_with_example(dir: &Path) -> ReifegradApp {
    let questionnaire = reifegrad::model::bundled_questionnaire().unwrap();
    let file = dir.join("lindenhagen.ron");
    let example = reifegrad::model::example::example_assessment(&questionnaire);
    reifegrad::model::save_assessment(&file, &example).unwrap();
    let env = AppEnv {
        data_dir: dir.to_path_buf(),
        dialogs: Arc::new(NoDialogs),
        background_dialogs: false,
    };
    ReifegradApp::new(env, Some(file))
}

fn raw_input(size: egui::Vec2) -> egui::RawInput {
    egui::RawInput {
        screen_rect: Some(egui::Rect::from_min_size(egui::Pos2::ZERO, size)),
        ..Default::default()
    }
}

/// One full egui pass of the app (layout and tessellation), headless.
pub fn frame(ctx: &egui::Context, app: &mut ReifegradApp, size: egui::Vec2) -> usize {
    let output = ctx.run_ui(raw_input(size), |ui| app.ui_root(ui));
    let primitives = ctx.tessellate(output.shapes, output.pixels_per_point);
    primitives.len()
}

/// Cold start to first frame of the real binary (`--startup-probe`), `runs` times:
/// the times in ms (sorted) and the largest peak memory (KB) the app reported. Needs a
/// display; `Err` says why there is no figure.
pub fn cold_start(runs: usize) -> Result<(Vec<f64>, Option<u64>), String> {
    if std::env::var_os("DISPLAY").is_none() && std::env::var_os("WAYLAND_DISPLAY").is_none() {
        return Err("no display (run under Xvfb with DISPLAY set)".into());
    }
    let data_dir = std::env::temp_dir().join(format!("reifegrad-startup-{}", std::process::id()));
    let mut times = Vec::new();
    let mut peak = None;
    for _ in 0..runs {
        let output = std::process::Command::new(env!("CARGO_BIN_EXE_reifegrad"))
            .arg("--startup-probe")
            .env("XDG_DATA_HOME", &data_dir)
            .output()
            .map_err(|e| format!("could not start reifegrad: {e}"))?;
        let text = String::from_utf8_lossy(&output.stdout);
        if let Some(ms) = text
            .lines()
            .find_map(|l| l.strip_prefix("first frame: "))
            .and_then(|l| l.trim_end_matches(" ms").parse::<f64>().ok())
        {
            times.push(ms);
        }
        if let Some(kb) = text.lines().find_map(parse_peak_memory) {
            peak = Some(peak.map_or(kb, |p: u64| p.max(kb)));
        }
    }
    let _ = std::fs::remove_dir_all(&data_dir);
    if times.is_empty() {
        return Err("no measurement (did the window open?)".into());
    }
    times.sort_by(f64::total_cmp);
    Ok((times, peak))
}

/// Reads a `peak memory: N KB` line.
pub fn parse_peak_memory(line: &str) -> Option<u64> {
    line.strip_prefix("peak memory: ")?
        .trim_end_matches(" KB")
        .parse()
        .ok()
}

/// `assessment` with a measures plan: its first eight prioritised measures with owners,
/// start quarters and costs, a target of 60 points per field and the next assessment's
/// date.
pub fn with_plan(q: &Questionnaire, assessment: &Assessment) -> Assessment {
    let analysis = reifegrad::analysis::analyse(q, assessment, None, None);
    let mut planned = assessment.clone();
    for (i, m) in analysis.measures.iter().take(8).enumerate() {
        planned.plan.measures.push(PlannedMeasure {
            owner: "Hauptamt".into(),
            start: Some(Quarter {
                year: 2027 + (i as u16) / 4,
                quarter: (i % 4) as u8 + 1,
            }),
            one_off_eur: Some(5_000 * (i as u64 + 1)),
            yearly_eur: Some(1_200),
            person_days: Some(15),
            ..PlannedMeasure::new(&m.question.id, m.measure.from_level)
        });
    }
    for d in &q.dimensions {
        planned
            .plan
            .field_targets
            .insert(d.id.clone(), FieldTarget::Score(60));
    }
    planned.plan.next_assessment = Date::new(2027, 11, 12);
    planned
}

/// A load-test benchmark of `entries` entries for `questionnaire`, larger than the synthetic
/// generator gives (at most every body of the municipal directory once): whole rounds of
/// the directory with seeds 11, 12, …, the last round partial. Only for measuring speed;
/// a benchmark shaped like reality is [`reifegrad::benchmark::synthetic::generate`]'s.
pub fn load_test_benchmark(
    questionnaire: &Questionnaire,
    entries: usize,
) -> reifegrad::benchmark::Benchmark {
    use reifegrad::benchmark::synthetic::{BODY_COUNT, generate};
    let mut big = generate(questionnaire, 11, entries.min(BODY_COUNT)).unwrap();
    let mut seed = 12;
    while big.entries.len() < entries {
        let round = (entries - big.entries.len()).min(BODY_COUNT);
        big.entries
            .extend(generate(questionnaire, seed, round).unwrap().entries);
        seed += 1;
    }
    big
}
