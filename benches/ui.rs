//! Frame time of the app's views, headless: one full egui pass (layout and
//! tessellation) of the questionnaire view and the results view with the example town.

#![allow(clippy::unwrap_used)]

#[path = "shared/mod.rs"]
mod shared;

use criterion::{Criterion, criterion_group, criterion_main};
use reifegrad::ui::command::Action;
use shared::{app_with_example, frame};

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
        app.execute(
            &ctx,
            reifegrad::ui::command::Command::Action(Action::ShowResults),
        );
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
