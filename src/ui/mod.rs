//! The desktop app (eframe/egui). Views only show state and turn clicks and keys into
//! [`command::Command`]s; all domain work happens in the plain-Rust modules.

pub(crate) mod a11y;
pub(crate) mod about_ui;
pub mod app;
pub mod charts;
pub mod command;
pub mod dialogs;
pub mod evidence_ui;
pub(crate) mod export_ui;
pub(crate) mod federation_ui;
pub(crate) mod file_dialog_ui;
pub(crate) mod file_guard_ui;
pub(crate) mod file_picker;
pub mod help;
pub(crate) mod link_cache;
pub mod plan_ui;
pub mod prefs;
pub(crate) mod progress_ui;
pub(crate) mod question_ui;
pub mod results_ui;
pub mod screen;
pub(crate) mod start_ui;
pub mod status;
mod survey_tally_ui;
pub mod survey_ui;
pub mod theme;
pub mod toolbar;
pub(crate) mod workshop_ui;

pub use app::{AppEnv, ReifegradApp};

/// A short dimension name for narrow places: the bracketed short form if the name has
/// one („Back-End“), otherwise the name itself.
pub(crate) fn short_dimension_name(name: &str) -> &str {
    match (name.find('('), name.rfind(')')) {
        (Some(open), Some(close)) if open < close => &name[open + 1..close],
        _ => name,
    }
}

/// Opens the app window; `file` is an assessment to open at once. With `startup_probe`
/// (the process start), the app prints the time to its first painted frame and quits.
pub fn run_native(
    file: Option<std::path::PathBuf>,
    startup_probe: Option<std::time::Instant>,
) -> eframe::Result {
    let (prefs, _) = crate::ui::prefs::Prefs::load(&crate::files::data_dir());
    // Small enough for a 1366×768 screen with title bar and task bar; maximised again if
    // it was maximised when the app was closed.
    let mut viewport = egui::ViewportBuilder::default()
        .with_title("Reifegrad")
        .with_app_id("reifegrad")
        .with_inner_size([1240.0, 660.0])
        .with_min_inner_size([800.0, 540.0])
        .with_maximized(prefs.maximized);
    if let Some(icon) = about_ui::window_icon() {
        viewport = viewport.with_icon(icon);
    }
    let options = eframe::NativeOptions {
        viewport,
        ..Default::default()
    };
    eframe::run_native(
        "Reifegrad",
        options,
        Box::new(move |_cc| {
            let env = AppEnv::desktop(crate::files::data_dir());
            let mut app = ReifegradApp::new(env, file);
            app.startup_probe = startup_probe;
            if let Some(view) = std::env::var_os("REIFEGRAD_VIEW") {
                app.open_view(&view.to_string_lossy());
            }
            Ok(Box::new(app))
        }),
    )
}
