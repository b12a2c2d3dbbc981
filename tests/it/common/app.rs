//! Helpers for UI tests that drive the real app through egui_kittest: scripted file
//! dialogs (also "unavailable" ones), a harness at a given window size, typing into a
//! labelled field.

#![allow(dead_code, clippy::unwrap_used)]

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use reifegrad::text::Lang;
use reifegrad::ui::dialogs::{DialogRequest, FileDialogs, Pick};
use reifegrad::ui::{AppEnv, ReifegradApp};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

/// File dialogs that answer with prepared paths, or cannot be shown at all (as on a
/// desktop without xdg-desktop-portal and zenity).
#[derive(Default)]
pub struct ScriptedDialogs {
    /// The answer to save requests.
    pub save_to: Mutex<Option<PathBuf>>,
    /// The answer to open requests.
    pub open: Mutex<Option<PathBuf>>,
    /// Whether the dialogs say beforehand that they cannot be shown.
    pub unavailable: bool,
    /// Whether the dialogs return at once without a choice (as rfd does without a
    /// portal): available on paper, but never shown.
    pub not_shown: bool,
    /// Every request the app made.
    pub asked: Mutex<Vec<DialogRequest>>,
}

impl ScriptedDialogs {
    /// Dialogs that cannot be shown.
    pub fn unavailable() -> Self {
        Self {
            unavailable: true,
            ..Self::default()
        }
    }
}

impl FileDialogs for ScriptedDialogs {
    fn pick(&self, request: &DialogRequest, _lang: Lang) -> Option<PathBuf> {
        self.asked.lock().unwrap().push(request.clone());
        match request {
            DialogRequest::SaveAssessment(_)
            | DialogRequest::SaveContribution(_)
            | DialogRequest::SavePdf(_)
            | DialogRequest::SaveSheets(..) => self.save_to.lock().unwrap().clone(),
            DialogRequest::OpenAssessment
            | DialogRequest::OpenBenchmark
            | DialogRequest::OpenEarlier => self.open.lock().unwrap().clone(),
        }
    }

    fn available(&self) -> bool {
        !self.unavailable
    }

    fn pick_in(&self, request: &DialogRequest, _folder: &Path, lang: Lang) -> Pick {
        if self.not_shown {
            self.asked.lock().unwrap().push(request.clone());
            return Pick::Unavailable;
        }
        match self.pick(request, lang) {
            Some(path) => Pick::Chosen(path),
            None => Pick::Cancelled,
        }
    }
}

/// The app in a window of `size`, with its data in `data_dir`.
pub fn harness_sized(
    data_dir: &Path,
    dialogs: Arc<dyn FileDialogs>,
    file: Option<PathBuf>,
    size: egui::Vec2,
) -> Harness<'static, ReifegradApp> {
    let env = AppEnv {
        data_dir: data_dir.to_path_buf(),
        dialogs,
        background_dialogs: false,
    };
    let app = ReifegradApp::new(env, file);
    let mut harness = Harness::builder()
        .with_size(size)
        .build_ui_state(|ui, app: &mut ReifegradApp| app.ui_root(ui), app);
    harness.run();
    harness
}

/// The app at 1366×768.
pub fn harness(
    data_dir: &Path,
    dialogs: Arc<ScriptedDialogs>,
    file: Option<PathBuf>,
) -> Harness<'static, ReifegradApp> {
    harness_sized(data_dir, dialogs, file, egui::vec2(1366.0, 768.0))
}

/// Clicks the field labelled `label` and types `text`.
pub fn type_into(harness: &mut Harness<'static, ReifegradApp>, label: &str, text: &str) {
    harness.get_by_label(label).click();
    harness.run();
    harness.get_by_label(label).type_text(text);
    harness.run();
}

/// The example town Lindenhagen saved as a file in `dir`.
pub fn example_file(dir: &Path) -> PathBuf {
    let q = reifegrad::model::bundled_questionnaire().unwrap();
    let path = dir.join("lindenhagen-2026.ron");
    reifegrad::model::save_assessment(&path, &reifegrad::model::example::example_assessment(&q))
        .unwrap();
    path
}

/// The id of the question at walk-through `index`.
pub fn question_id(harness: &Harness<'static, ReifegradApp>, index: usize) -> String {
    let app = harness.state();
    app.questionnaire()
        .unwrap()
        .questions()
        .nth(index)
        .unwrap()
        .1
        .id
        .clone()
}

/// Types `text` as a keyboard does: a key press and a text event per character, so
/// letters also reach the app's shortcut handling unless a text field has the focus.
pub fn type_like_keyboard(harness: &mut Harness<'static, ReifegradApp>, text: &str) {
    for c in text.chars() {
        let key = egui::Key::from_name(&c.to_uppercase().to_string());
        if let Some(key) = key {
            harness.event(egui::Event::Key {
                key,
                pressed: true,
                modifiers: egui::Modifiers::default(),
                repeat: false,
                physical_key: None,
            });
        }
        harness.event(egui::Event::Text(c.to_string()));
        if let Some(key) = key {
            harness.event(egui::Event::Key {
                key,
                pressed: false,
                modifiers: egui::Modifiers::default(),
                repeat: false,
                physical_key: None,
            });
        }
        harness.step();
    }
    harness.run();
}

/// The open assessment.
pub fn assessment<'h>(
    harness: &'h Harness<'static, ReifegradApp>,
) -> &'h reifegrad::model::Assessment {
    &harness.state().session.as_ref().unwrap().assessment
}
