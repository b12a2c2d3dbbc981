//! Frame time of the app's views, headless: one full egui pass (layout and
//! tessellation) of the questionnaire view and the results view with the example town.

#![allow(clippy::unwrap_used)]

use criterion::{Criterion, criterion_group, criterion_main};
use reifegrad::model::bundled_questionnaire;
use reifegrad::ui::dialogs::{DialogRequest, FileDialogs};
use reifegrad::ui::{AppEnv, ReifegradApp};
use std::path::PathBuf;
use std::sync::Arc;

struct NoDialogs;

impl FileDialogs for NoDialogs {
    fn pick(&self, _: &DialogRequest) -> Option<PathBuf> {
        None
    }
}

fn app_with_example(dir: &std::path::Path) -> ReifegradApp {
    let questionnaire = bundled_questionnaire().unwrap();
    let file = dir.join("lindenhagen.ron");
    let example = reifegrad::example::example_assessment(&questionnaire);
    reifegrad::storage::save_assessment(&file, &example).unwrap();
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

fn frame(ctx: &egui::Context, app: &mut ReifegradApp, size: egui::Vec2) -> usize {
    let output = ctx.run_ui(raw_input(size), |ui| app.ui_root(ui));
    let primitives = ctx.tessellate(output.shapes, output.pixels_per_point);
    primitives.len()
}

fn benches(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    for (name, size, projector) in [
        ("laptop 1366x768", egui::vec2(1366.0, 768.0), false),
        ("projector 1920x1080", egui::vec2(1920.0, 1080.0), true),
    ] {
        let mut app = app_with_example(dir.path());
        app.prefs.projector = projector;
        let ctx = egui::Context::default();
        // Warm up: fonts, style and text layout caches, as after the first frames.
        for _ in 0..5 {
            frame(&ctx, &mut app, size);
        }
        c.bench_function(&format!("questionnaire view frame, {name}"), |b| {
            b.iter(|| frame(&ctx, &mut app, size))
        });
        app.execute(&ctx, reifegrad::ui::command::Command::ShowResults);
        for _ in 0..5 {
            frame(&ctx, &mut app, size);
        }
        c.bench_function(&format!("results view frame, {name}"), |b| {
            b.iter(|| frame(&ctx, &mut app, size))
        });
    }
}

criterion_group!(ui, benches);
criterion_main!(ui);
