//! Bad files in the app: each broken file, opened as a user would (Ctrl+O and the file
//! dialog), shows a message naming the file (and line:column where one exists), and the
//! app stays usable: the next file opens, a new assessment can be started.

#![allow(clippy::unwrap_used)]

use egui::Key;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use reifegrad::model::bundled_questionnaire;
use reifegrad::text::Lang;
use reifegrad::ui::app::Screen;
use reifegrad::ui::dialogs::{DialogRequest, FileDialogs};
use reifegrad::ui::{AppEnv, ReifegradApp};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

#[derive(Default)]
struct OpenDialog(Mutex<Option<PathBuf>>);

impl FileDialogs for OpenDialog {
    fn pick(&self, request: &DialogRequest, _lang: Lang) -> Option<PathBuf> {
        match request {
            DialogRequest::OpenAssessment | DialogRequest::OpenBenchmark => {
                self.0.lock().unwrap().clone()
            }
            _ => None,
        }
    }
}

/// A broken file and what its message must contain besides the file name.
struct Broken {
    name: &'static str,
    /// `Some("L:C")`: the message carries this line:column after the file name.
    position: Option<String>,
    /// A word of the explanation.
    says: &'static str,
}

fn example_text() -> String {
    let q = bundled_questionnaire().unwrap();
    reifegrad::files::to_ron(&reifegrad::model::example::example_assessment(&q)).unwrap()
}

fn line_col_of(text: &str, needle: &str) -> String {
    let offset = text.find(needle).unwrap();
    let loc = reifegrad::files::location_at(text, offset);
    format!("{}:{}", loc.line, loc.col)
}

/// Writes the broken fixtures into `dir`.
fn broken_files(dir: &Path) -> Vec<Broken> {
    let good = example_text();
    let mut list = Vec::new();

    // Truncated in the middle (a save interrupted by a tool that does not write atomically).
    let mut middle = good.len() / 2;
    while !good.is_char_boundary(middle) {
        middle -= 1;
    }
    let cut = &good[..good[..middle].rfind('\n').unwrap() + 1];
    std::fs::write(dir.join("abgeschnitten.ron"), cut).unwrap();
    list.push(Broken {
        name: "abgeschnitten.ron",
        position: None, // the end of the file; the position is checked to exist below
        says: "endet zu früh",
    });

    // Wrong type: the population as text.
    let wrong = good.replacen("population: 14800", "population: \"viele\"", 1);
    assert_ne!(wrong, good, "fixture did not change");
    std::fs::write(dir.join("falscher-typ.ron"), &wrong).unwrap();
    list.push(Broken {
        name: "falscher-typ.ron",
        position: Some(line_col_of(&wrong, "\"viele\"")),
        says: "erwartet",
    });

    // Another questionnaire.
    let foreign = good.replacen("id: \"kommunal-reifegrad\"", "id: \"smart-city-check\"", 1);
    assert_ne!(foreign, good, "fixture did not change");
    std::fs::write(dir.join("fremder-fragebogen.ron"), &foreign).unwrap();
    list.push(Broken {
        name: "fremder-fragebogen.ron",
        position: Some(line_col_of(&foreign, "\"smart-city-check\"")),
        says: "smart-city-check",
    });

    // A file from a newer program.
    let newer = good.replacen("format_version: 1", "format_version: 7", 1);
    std::fs::write(dir.join("neueres-format.ron"), &newer).unwrap();
    list.push(Broken {
        name: "neueres-format.ron",
        position: Some(line_col_of(&newer, "format_version")),
        says: "Format",
    });

    // 50 MB (sparse: no disk space used).
    let big = std::fs::File::create(dir.join("riesig.ron")).unwrap();
    big.set_len(50_000_000).unwrap();
    list.push(Broken {
        name: "riesig.ron",
        position: None,
        says: "50,0\u{a0}MB",
    });

    // Binary garbage (a PNG header and noise).
    let mut garbage = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
    let mut x: u32 = 12345;
    for _ in 0..4096 {
        x = x.wrapping_mul(1_103_515_245).wrapping_add(12_345);
        garbage.push((x >> 16) as u8);
    }
    std::fs::write(dir.join("binaer.ron"), &garbage).unwrap();
    list.push(Broken {
        name: "binaer.ron",
        position: Some("1:1".into()),
        says: "UTF-8",
    });

    // Empty file.
    std::fs::write(dir.join("leer.ron"), "").unwrap();
    list.push(Broken {
        name: "leer.ron",
        position: Some("1:1".into()),
        says: "leer",
    });
    list
}

#[test]
fn every_broken_file_names_file_and_position_and_the_app_stays_usable() {
    let dir = tempfile::tempdir().unwrap();
    let files = dir.path().join("dateien");
    std::fs::create_dir(&files).unwrap();
    let broken = broken_files(&files);
    let good = files.join("lindenhagen.ron");
    std::fs::write(&good, example_text()).unwrap();

    let dialog = Arc::new(OpenDialog::default());
    let env = AppEnv {
        data_dir: dir.path().join("daten"),
        dialogs: dialog.clone(),
        background_dialogs: false,
    };
    let app = ReifegradApp::new(env, None);
    let mut h = Harness::builder()
        .with_size(egui::vec2(1366.0, 768.0))
        .build_ui_state(|ui, app: &mut ReifegradApp| app.ui_root(ui), app);
    h.run();

    for case in &broken {
        let path = files.join(case.name);
        *dialog.0.lock().unwrap() = Some(path.clone());
        let before = h.state().notices.len();
        h.key_press_modifiers(egui::Modifiers::COMMAND, Key::O);
        h.run();
        let notices = &h.state().notices;
        assert_eq!(notices.len(), before + 1, "{}: no message", case.name);
        let notice = notices.last().unwrap();
        assert!(notice.is_error);
        let text = notice.text.clone();
        let file = path.display().to_string();
        assert!(
            text.contains(&file),
            "{}: file not named in {text}",
            case.name
        );
        assert!(text.contains(case.says), "{}: {text}", case.name);
        match &case.position {
            Some(position) => assert!(
                text.contains(&format!("{file}:{position}:")),
                "{}: expected {position} in {text}",
                case.name
            ),
            None if case.name == "abgeschnitten.ron" => {
                // Some line:col, at the end of what is there.
                let rest = text.split(&format!("{file}:")).nth(1).unwrap();
                let line: usize = rest.split(':').next().unwrap().parse().unwrap();
                assert!(line > 1, "{text}");
            }
            None => {}
        }
        // Shown on screen, and nothing was opened.
        h.get_by_label_contains(case.says);
        assert!(h.state().session.is_none(), "{}", case.name);
        assert_eq!(h.state().screen, Screen::Start);
        // Close the message with its × button (named for screen readers).
        let closers: Vec<_> = h.get_all_by_label("Meldung schließen").collect();
        closers.last().unwrap().click();
        h.run();
        assert_eq!(h.state().notices.len(), before, "{}", case.name);
    }

    // Still usable: a good file opens …
    *dialog.0.lock().unwrap() = Some(good.clone());
    h.key_press_modifiers(egui::Modifiers::COMMAND, Key::O);
    h.run();
    assert_eq!(h.state().screen, Screen::Questions);
    assert_eq!(
        h.state().session.as_ref().unwrap().assessment.profile.name,
        "Lindenhagen"
    );
    // … a broken one while it is open leaves it open and unchanged …
    *dialog.0.lock().unwrap() = Some(files.join("abgeschnitten.ron"));
    h.key_press_modifiers(egui::Modifiers::COMMAND, Key::O);
    h.run();
    assert_eq!(h.state().screen, Screen::Questions);
    assert_eq!(
        h.state().session.as_ref().unwrap().path.as_deref(),
        Some(good.as_path())
    );
    // … and a new assessment can be started from the start screen.
    h.get_by_label("Start").click();
    h.run();
    assert_eq!(h.state().screen, Screen::Start);
    h.get_by_label("Name der Kommune").click();
    h.run();
    h.get_by_label("Name der Kommune").type_text("Neustadt");
    h.run();
    h.get_by_label("Einwohnerzahl").click();
    h.run();
    h.get_by_label("Einwohnerzahl").type_text("8000");
    h.run();
    h.get_by_label("Bewertung beginnen").click();
    h.run();
    assert_eq!(h.state().screen, Screen::Questions);
    assert_eq!(
        h.state().session.as_ref().unwrap().assessment.profile.name,
        "Neustadt"
    );
}
