//! UI tests that drive the real app through egui_kittest: find widgets by label, click,
//! type, press keys, and check what ends up in the assessment and on disk.

#![allow(clippy::unwrap_used)]

use crate::common::app as support;

use egui::Key;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use reifegrad::model::Response;
use reifegrad::session::AUTOSAVE_DELAY;
use reifegrad::text::Lang;
use reifegrad::ui::ReifegradApp;
use reifegrad::ui::app::Screen;
use reifegrad::ui::dialogs::{DialogRequest, FileDialogs};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

/// Answers file dialogs with prepared paths, as a user would pick them.
#[derive(Default)]
struct ScriptedDialogs {
    save_to: Mutex<Option<PathBuf>>,
    open: Mutex<Option<PathBuf>>,
}

impl FileDialogs for ScriptedDialogs {
    fn pick(&self, request: &DialogRequest, _lang: Lang) -> Option<PathBuf> {
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
}

fn harness(
    data_dir: &Path,
    dialogs: Arc<ScriptedDialogs>,
    file: Option<PathBuf>,
) -> Harness<'static, ReifegradApp> {
    support::harness_sized(data_dir, dialogs, file, egui::vec2(1366.0, 768.0))
}

fn type_into(harness: &mut Harness<'static, ReifegradApp>, label: &str, text: &str) {
    harness.get_by_label(label).click();
    harness.run();
    harness.get_by_label(label).type_text(text);
    harness.run();
}

fn create_assessment(harness: &mut Harness<'static, ReifegradApp>, name: &str) {
    type_into(harness, "Name der Kommune", name);
    type_into(harness, "Einwohnerzahl", "12.500");
    harness.get_by_label("Bewertung beginnen").click();
    harness.run();
    assert_eq!(harness.state().screen, Screen::Questions);
}

fn question_id(harness: &Harness<'static, ReifegradApp>, index: usize) -> String {
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

fn response(harness: &Harness<'static, ReifegradApp>, index: usize) -> Option<Response> {
    let id = question_id(harness, index);
    harness
        .state()
        .session
        .as_ref()
        .unwrap()
        .assessment
        .response(&id)
}

#[test]
fn walk_through_by_click_and_keyboard_then_reopen() {
    let dir = tempfile::tempdir().unwrap();
    let dialogs = Arc::new(ScriptedDialogs::default());
    let mut h = harness(dir.path(), dialogs.clone(), None);
    create_assessment(&mut h, "Teststadt an der Aue");

    // By click: the level card of question 1.
    // A level card is named with its level and its text.
    h.get_by_label_contains("Stufe 2: ").click();
    h.run();
    assert_eq!(response(&h, 0), Some(Response::Level(2)));
    // Changing an answer is one more click.
    h.get_by_label_contains("Stufe 3: ").click();
    h.run();
    assert_eq!(response(&h, 0), Some(Response::Level(3)));

    // By keyboard: → moves on, digits choose levels, D and N the other answers.
    h.key_press(Key::ArrowRight);
    h.run();
    assert_eq!(h.state().questions.index, 1);
    h.key_press(Key::Num4);
    h.run();
    assert_eq!(response(&h, 1), Some(Response::Level(4)));
    h.key_press(Key::PageDown);
    h.key_press(Key::D);
    h.run();
    assert_eq!(response(&h, 2), Some(Response::DontKnow));
    h.key_press(Key::PageDown);
    h.key_press(Key::N);
    h.run();
    assert_eq!(response(&h, 3), Some(Response::NotApplicable));
    h.key_press(Key::PageUp);
    h.key_press(Key::ArrowLeft);
    h.run();
    assert_eq!(h.state().questions.index, 1);

    // Typing digits and letters in the comment does not change the level.
    h.get_by_label("Kommentar").scroll_to_me();
    h.run();
    h.get_by_label("Kommentar").click();
    h.run();
    assert!(h.get_by_label("Kommentar").is_focused());
    h.key_press(Key::Num1);
    h.key_press(Key::D);
    h.get_by_label("Kommentar")
        .type_text("Laut Kämmerei 12 Rechnungen, „digital“ 3 von 4");
    h.run();
    assert_eq!(response(&h, 1), Some(Response::Level(4)));
    let id = question_id(&h, 1);
    assert_eq!(
        h.state().session.as_ref().unwrap().assessment.comment(&id),
        "Laut Kämmerei 12 Rechnungen, „digital“ 3 von 4"
    );

    // The "next" button below the comment.
    h.get_by_label("Weiter →").scroll_to_me();
    h.run();
    h.get_by_label("Weiter →").click();
    h.run();
    assert_eq!(h.state().questions.index, 2);

    // Ctrl+S saves where the user chooses.
    let file = dir.path().join("teststadt.ron");
    *dialogs.save_to.lock().unwrap() = Some(file.clone());
    h.key_press_modifiers(egui::Modifiers::COMMAND, Key::S);
    h.run();
    assert!(file.exists());
    drop(h);

    // Reopen: every answer and the comment are back.
    let h = harness(
        dir.path(),
        Arc::new(ScriptedDialogs::default()),
        Some(file.clone()),
    );
    assert_eq!(h.state().screen, Screen::Questions);
    assert_eq!(response(&h, 0), Some(Response::Level(3)));
    assert_eq!(response(&h, 1), Some(Response::Level(4)));
    assert_eq!(response(&h, 2), Some(Response::DontKnow));
    assert_eq!(response(&h, 3), Some(Response::NotApplicable));
    let session = h.state().session.as_ref().unwrap();
    assert!(session.assessment.comment(&id).contains("12 Rechnungen"));
    assert_eq!(session.assessment.profile.name, "Teststadt an der Aue");
    assert_eq!(session.assessment.profile.population, 12_500);
    assert!(
        h.state()
            .prefs
            .recent
            .iter()
            .any(|p| p.ends_with("teststadt.ron"))
    );
}

#[test]
fn autosave_writes_the_answer_and_a_write_failure_keeps_it() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(dir.path(), Arc::new(ScriptedDialogs::default()), None);
    create_assessment(&mut h, "Autosavestadt");
    h.key_press(Key::Num3);
    h.run();
    std::thread::sleep(AUTOSAVE_DELAY + std::time::Duration::from_millis(200));
    h.run();
    let recovery = h.state().session.as_ref().unwrap().recovery_path.clone();
    let text = std::fs::read_to_string(&recovery).unwrap();
    assert!(text.contains("Level(3)"), "{text}");
    drop(h);

    // The next start offers the never-saved work back.
    let mut h = harness(dir.path(), Arc::new(ScriptedDialogs::default()), None);
    h.get_by_label("Wiederherstellen").click();
    h.run();
    assert_eq!(response(&h, 0), Some(Response::Level(3)));

    // The file's folder disappears (USB stick pulled): the answer stays, a message shows.
    let stick = dir.path().join("stick");
    std::fs::create_dir(&stick).unwrap();
    h.state_mut().save_as(stick.join("b.ron"));
    std::fs::remove_dir_all(&stick).unwrap();
    h.key_press(Key::Num1);
    h.run();
    std::thread::sleep(AUTOSAVE_DELAY + std::time::Duration::from_millis(200));
    h.run();
    h.run();
    // The restored work continues at the first open question, so `1` answers that one.
    assert_eq!(response(&h, 0), Some(Response::Level(3)));
    assert_eq!(response(&h, 1), Some(Response::Level(1)));
    assert!(h.state().session.as_ref().unwrap().save_error().is_some());
    h.get_by_label_contains("Nicht gespeichert");
}

#[test]
fn broken_file_shows_position_and_app_stays_usable() {
    let dir = tempfile::tempdir().unwrap();
    let broken = dir.path().join("kaputt.ron");
    std::fs::write(
        &broken,
        "Assessment(\n  format_version: 1,\n  questionnaire: 42,\n)",
    )
    .unwrap();
    let mut h = harness(
        dir.path(),
        Arc::new(ScriptedDialogs::default()),
        Some(broken.clone()),
    );
    assert_eq!(h.state().screen, Screen::Start);
    let error = &h.state().notices[0].text;
    assert!(error.contains("kaputt.ron:3:"), "{error}");
    h.get_by_label_contains("kaputt.ron:3:");
    create_assessment(&mut h, "Trotzdem");
}

#[test]
fn help_overlay_lists_shortcuts_and_language_switches() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(dir.path(), Arc::new(ScriptedDialogs::default()), None);
    h.key_press(Key::F1);
    h.run();
    assert!(h.state().show_help);
    h.get_by_label("Weiß nicht");
    h.get_by_label("Strg+S");
    h.key_press(Key::Escape);
    h.run();
    assert!(!h.state().show_help);

    h.get_by_label("Ansicht").click();
    h.run();
    h.get_by_label("English").click();
    h.run();
    h.get_by_label("Start assessment");
    assert!(h.query_by_label("Bewertung beginnen").is_none());
}

#[test]
fn projector_mode_and_zoom_are_remembered() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(dir.path(), Arc::new(ScriptedDialogs::default()), None);
    h.get_by_label("Beamer-Modus").click();
    h.run();
    h.key_press_modifiers(egui::Modifiers::COMMAND, Key::Plus);
    h.run();
    assert!(h.state().prefs.projector);
    assert!((h.state().prefs.zoom - 1.1).abs() < 1e-6);
    drop(h);
    let h = harness(dir.path(), Arc::new(ScriptedDialogs::default()), None);
    assert!(h.state().prefs.projector);
    assert!((h.state().prefs.zoom - 1.1).abs() < 1e-6);
}

fn example_file(dir: &Path) -> PathBuf {
    let questionnaire = reifegrad::model::bundled_questionnaire().unwrap();
    let file = dir.join("lindenhagen.ron");
    let example = reifegrad::model::example::example_assessment(&questionnaire);
    reifegrad::model::save_assessment(&file, &example).unwrap();
    file
}

#[test]
fn switching_the_peer_group_changes_n_and_percentile_and_hides_small_groups() {
    use reifegrad::benchmark::{MIN_GROUP_SIZE, PeerGroup};
    let dir = tempfile::tempdir().unwrap();
    let file = example_file(dir.path());
    let mut h = harness(dir.path(), Arc::new(ScriptedDialogs::default()), Some(file));
    h.get_by_label("Ergebnis").click();
    h.run();
    assert_eq!(h.state().screen, Screen::Results);

    let benchmark = h.state().benchmark.clone().unwrap();
    let profile = h
        .state()
        .session
        .as_ref()
        .unwrap()
        .assessment
        .profile
        .clone();
    let default = PeerGroup::default_for(&profile);
    let n_default = benchmark.group_size(&default);
    assert!(n_default >= MIN_GROUP_SIZE);
    h.get_by_label_contains(&format!("n = {n_default} ·"));
    assert!(
        h.get_all_by_label_contains("Synthetische Beispieldaten – keine echten Kommunen")
            .next()
            .is_some()
    );
    let text_before = h
        .get_all_by_label_contains("besser als")
        .next()
        .unwrap()
        .value()
        .unwrap_or_default();

    // All sizes: a larger group, other percentiles.
    // The peer group choice is below the charts: scroll to it first.
    h.get_by_label("Größe").scroll_to_me();
    h.run();
    h.get_by_label("Größe").click();
    h.run();
    h.get_by_label("alle Größen").click();
    h.run();
    let all_sizes = PeerGroup {
        size_class: None,
        ..default
    };
    let n_all = benchmark.group_size(&all_sizes);
    assert_ne!(n_all, n_default);
    h.get_by_label_contains(&format!("n = {n_all} ·"));
    let text_after = h
        .get_all_by_label_contains("besser als")
        .next()
        .unwrap()
        .value()
        .unwrap_or_default();
    assert_ne!(text_before, text_after);

    // A state whose group is too small: no figures at all, an offer to widen.
    let small_state = reifegrad::model::FederalState::ALL
        .into_iter()
        .find(|s| {
            let n = benchmark.group_size(&PeerGroup {
                state: Some(*s),
                ..default
            });
            (1..MIN_GROUP_SIZE).contains(&n)
        })
        .expect("the synthetic benchmark has a state with 1–4 peers of this kind and size");
    // The peer group choice is below the charts: scroll to it first.
    h.get_by_label("Größe").scroll_to_me();
    h.run();
    h.get_by_label("Größe").click();
    h.run();
    h.get_by_label(profile.size_class().label(reifegrad::text::Lang::De))
        .click();
    h.run();
    h.get_by_label("Land").click();
    h.run();
    h.get_by_label(small_state.name()).scroll_to_me();
    h.run();
    h.get_by_label(small_state.name()).click();
    h.run();
    h.get_by_label_contains("Zu wenige Kommunen in dieser Gruppe");
    assert!(h.query_by_label_contains("besser als").is_none());
    assert!(h.state().results.comparison().is_none());
    h.get_by_label_contains("Gruppe erweitern").click();
    h.run();
    assert!(h.state().results.comparison().is_some());
}

#[test]
fn contribution_export_and_broken_benchmark_from_the_results_view() {
    let dir = tempfile::tempdir().unwrap();
    let file = example_file(dir.path());
    let dialogs = Arc::new(ScriptedDialogs::default());
    let mut h = harness(dir.path(), dialogs.clone(), Some(file));
    h.get_by_label("Ergebnis").click();
    h.run();

    let contribution = dir.path().join("beitrag.ron");
    *dialogs.save_to.lock().unwrap() = Some(contribution.clone());
    h.get_by_label("Anonymen Beitrag exportieren…")
        .scroll_to_me();
    h.run();
    h.get_by_label("Anonymen Beitrag exportieren…").click();
    h.run();
    let text = std::fs::read_to_string(&contribution).unwrap();
    assert!(text.starts_with("Contribution("), "{text}");
    assert!(!text.contains("Lindenhagen"));
    assert!(!text.contains("14800") && !text.contains("14_800"));
    assert!(!text.contains("Kämmerei"));

    let broken = dir.path().join("netz.ron");
    std::fs::write(&broken, "Benchmark(\n  format_version: 1,\n  source: 7,\n)").unwrap();
    *dialogs.open.lock().unwrap() = Some(broken);
    let before = h.state().benchmark.clone().unwrap();
    h.get_by_label("Vergleichsdatei laden…").click();
    h.run();
    let notice = &h.state().notices.last().unwrap().text;
    assert!(notice.contains("netz.ron:3:"), "{notice}");
    assert!(Arc::ptr_eq(&before, h.state().benchmark.as_ref().unwrap()));
    assert!(h.state().results.comparison().is_some());
}

#[test]
fn pdf_export_runs_in_the_background_and_names_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let file = example_file(dir.path());
    let dialogs = Arc::new(ScriptedDialogs::default());
    let mut h = harness(dir.path(), dialogs.clone(), Some(file));
    let pdf = dir.path().join("strategie");
    *dialogs.save_to.lock().unwrap() = Some(pdf.clone());
    h.get_by_label("PDF exportieren…").click();
    h.step();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
    while h.state().pdf_export_running() && std::time::Instant::now() < deadline {
        std::thread::sleep(std::time::Duration::from_millis(20));
        h.step();
    }
    h.run();
    let written = dir.path().join("strategie.pdf");
    let bytes = std::fs::read(&written).unwrap();
    assert!(bytes.starts_with(b"%PDF"));
    let notice = &h.state().notices.last().unwrap().text;
    assert!(
        notice.contains("PDF gespeichert") && notice.contains("strategie.pdf"),
        "{notice}"
    );
    // The UI stayed usable: keys still answer questions.
    h.key_press(Key::Num0);
    h.run();
    assert_eq!(response(&h, 0), Some(Response::Level(0)));
}

#[test]
fn workshop_three_participants_vote_by_keyboard_and_the_agreed_level_scores() {
    let dir = tempfile::tempdir().unwrap();
    let file = example_file(dir.path());
    let original = std::fs::read_to_string(&file).unwrap();
    let dialogs = Arc::new(ScriptedDialogs::default());
    let mut h = harness(dir.path(), dialogs.clone(), Some(file.clone()));
    // An old file without votes opens unchanged, without workshop mode.
    assert!(!h.state().workshop_mode);
    assert!(
        h.state()
            .session
            .as_ref()
            .unwrap()
            .assessment
            .raters
            .is_empty()
    );

    h.key_press(Key::F2);
    h.run();
    assert!(h.state().workshop_mode);
    for name in ["Hauptamt", "Kämmerei", "IT"] {
        h.get_by_label("Neu:").click();
        h.run();
        h.get_by_label("Neu:").type_text(name);
        h.run();
        h.get_by_label("Hinzufügen").click();
        h.run();
    }
    assert_eq!(
        h.state().session.as_ref().unwrap().assessment.raters.len(),
        3
    );

    // Move to a question, then one key per participant in turn: 1, 4, 2.
    h.key_press(Key::ArrowRight);
    h.run();
    let id = question_id(&h, 1);
    h.key_press(Key::Num1);
    h.key_press(Key::Num4);
    h.key_press(Key::Num2);
    h.run();
    let summary =
        reifegrad::workshop::summary(&h.state().session.as_ref().unwrap().assessment, &id);
    assert_eq!(summary.distribution.levels, [0, 1, 1, 0, 1]);
    assert_eq!(summary.consensus, Some(2));
    assert!(summary.needs_discussion);
    h.get_by_label_contains("Bitte besprechen");

    // Enter makes the median the agreed level; an agreed level already set is replaced
    // only after the facilitator confirms.
    let agreed_before = response(&h, 1);
    h.key_press(Key::Enter);
    h.run();
    if agreed_before.is_some() && agreed_before != Some(Response::Level(2)) {
        assert_eq!(response(&h, 1), agreed_before);
        h.get_by_label("Ersetzen durch Stufe 2").click();
        h.run();
    }
    assert_eq!(response(&h, 1), Some(Response::Level(2)));
    h.key_press(Key::F3);
    h.run();
    assert_eq!(h.state().screen, Screen::Discussion);
    h.get_by_label("Zur Frage").click();
    h.run();
    assert_eq!(h.state().questions.index, 1);

    // The agreed level is what scores.
    let session = h.state().session.as_ref().unwrap();
    let q = h.state().questionnaire().unwrap();
    let mut expected = session.assessment.clone();
    expected.set_response(&id, Some(Response::Level(2)));
    assert_eq!(
        reifegrad::scoring::score(q, &session.assessment),
        reifegrad::scoring::score(q, &expected)
    );

    // Saved and reopened, the votes are still there.
    std::thread::sleep(AUTOSAVE_DELAY + std::time::Duration::from_millis(200));
    h.run();
    drop(h);
    let saved = std::fs::read_to_string(&file).unwrap();
    assert_ne!(saved, original);
    let h = harness(dir.path(), Arc::new(ScriptedDialogs::default()), Some(file));
    assert!(h.state().workshop_mode);
    let assessment = &h.state().session.as_ref().unwrap().assessment;
    assert_eq!(assessment.raters.len(), 3);
    assert_eq!(
        reifegrad::workshop::summary(assessment, &id)
            .distribution
            .levels,
        [0, 1, 1, 0, 1]
    );
}

#[test]
fn linking_last_years_assessment_shows_the_change_per_dimension() {
    use reifegrad::model::Date;
    let dir = tempfile::tempdir().unwrap();
    let file = example_file(dir.path());
    let questionnaire = reifegrad::model::bundled_questionnaire().unwrap();
    let current = reifegrad::model::example::example_assessment(&questionnaire);
    // Last year: every culture answer one level lower, everything else the same.
    let mut earlier = current.clone();
    earlier.date = Date::new(2025, 11, 12).unwrap();
    let kultur: Vec<String> = questionnaire
        .dimension("kultur")
        .unwrap()
        .questions
        .iter()
        .map(|q| q.id.clone())
        .collect();
    for id in &kultur {
        if let Some(Response::Level(level)) = earlier.response(id) {
            earlier.set_response(id, Some(Response::Level(level.saturating_sub(1))));
        }
    }
    let earlier_file = dir.path().join("lindenhagen-2025.ron");
    reifegrad::model::save_assessment(&earlier_file, &earlier).unwrap();

    let dialogs = Arc::new(ScriptedDialogs::default());
    let mut h = harness(dir.path(), dialogs.clone(), Some(file.clone()));
    h.get_by_label("Ergebnis").click();
    h.run();
    *dialogs.open.lock().unwrap() = Some(earlier_file);
    h.get_by_label("Frühere Bewertung verknüpfen…")
        .scroll_to_me();
    h.run();
    h.get_by_label("Frühere Bewertung verknüpfen…").click();
    h.run();
    h.run();
    assert_eq!(
        h.state().session.as_ref().unwrap().assessment.earlier,
        vec!["lindenhagen-2025.ron".to_string()]
    );

    // Hand-computed: each culture question that was above 0 climbs one level, so the
    // score rises by 100 × Σ(weight of those questions) / Σ(weight × 4) over answered ones.
    let dimension = questionnaire.dimension("kultur").unwrap();
    let answered: Vec<_> = dimension
        .questions
        .iter()
        .filter(|q| matches!(current.response(&q.id), Some(Response::Level(_))))
        .collect();
    let raised: f64 = answered
        .iter()
        .filter(|q| matches!(current.response(&q.id), Some(Response::Level(l)) if l > 0))
        .map(|q| q.weight)
        .sum();
    let max: f64 = answered.iter().map(|q| q.weight * 4.0).sum();
    let expected = 100.0 * raised / max;
    let history = h.state().results.history().unwrap();
    let change = history.dimension("kultur").unwrap().change.unwrap();
    assert!((change - expected).abs() < 1e-9, "{change} vs {expected}");
    assert_eq!(history.dimension("backend").unwrap().change, Some(0.0));
    h.get_by_label_contains("Was sich seit 2025 verändert hat");
    h.get_by_label(&reifegrad::present::format_change(
        Some(expected),
        reifegrad::text::Lang::De,
    ));
}

#[test]
fn the_results_are_analysed_when_an_answer_changes_not_on_every_frame() {
    let dir = tempfile::tempdir().unwrap();
    let file = example_file(dir.path());
    let mut h = harness(dir.path(), Arc::new(ScriptedDialogs::default()), Some(file));
    h.get_by_label("Ergebnis").click();
    h.run();
    let after_open = h.state().results.analyses_computed();
    assert!(after_open >= 1);
    // Plain repaints: no new analysis.
    for _ in 0..5 {
        h.run();
    }
    assert_eq!(h.state().results.analyses_computed(), after_open);
    // An answer changes: analysed once more, and the view shows the new figures.
    let before = h.state().results.comparison().cloned();
    let id = h
        .state()
        .session
        .as_ref()
        .unwrap()
        .assessment
        .answers
        .keys()
        .next()
        .unwrap()
        .clone();
    h.state_mut().session.as_mut().unwrap().set_response(
        &id,
        Some(Response::Level(0)),
        std::time::Instant::now(),
    );
    h.run();
    assert_eq!(h.state().results.analyses_computed(), after_open + 1);
    h.run();
    assert_eq!(h.state().results.analyses_computed(), after_open + 1);
    assert_ne!(h.state().results.comparison().cloned(), before);
}
