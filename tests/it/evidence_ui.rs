//! Evidence in the app: add, edit and remove entries for the current answer through the
//! real UI (egui_kittest), and the help's federation hint and sources.

#![allow(clippy::unwrap_used)]

use egui::Key;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use reifegrad::model::{
    BodyKind, Date, Evidence, FederalState, Federation, FederationKind, Profile, Question, Source,
};
use reifegrad::text::{Lang, Text};
use reifegrad::ui::app::Screen;
use reifegrad::ui::dialogs::{DialogRequest, FileDialogs};
use reifegrad::ui::{AppEnv, ReifegradApp};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

/// Answers save dialogs with a prepared path.
#[derive(Default)]
struct SaveTo(Mutex<Option<PathBuf>>);

impl FileDialogs for SaveTo {
    fn pick(&self, request: &DialogRequest, _lang: Lang) -> Option<PathBuf> {
        match request {
            DialogRequest::SaveAssessment(_) => self.0.lock().unwrap().clone(),
            _ => None,
        }
    }
}

fn harness(data_dir: &Path, dialogs: Arc<SaveTo>) -> Harness<'static, ReifegradApp> {
    let env = AppEnv {
        data_dir: data_dir.to_path_buf(),
        dialogs,
        background_dialogs: false,
    };
    let app = ReifegradApp::new(env, None);
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1366.0, 900.0))
        .build_ui_state(|ui, app: &mut ReifegradApp| app.ui_root(ui), app);
    harness.run();
    harness
}

fn type_into(h: &mut Harness<'static, ReifegradApp>, label: &str, text: &str) {
    h.get_by_label(label).scroll_to_me();
    h.run();
    h.get_by_label(label).click();
    h.run();
    h.get_by_label(label).type_text(text);
    h.run();
}

fn click(h: &mut Harness<'static, ReifegradApp>, label: &str) {
    h.get_by_label(label).scroll_to_me();
    h.run();
    h.get_by_label(label).click();
    h.run();
}

fn evidence(h: &Harness<'static, ReifegradApp>) -> Vec<Evidence> {
    let app = h.state();
    let id = app
        .questions
        .current_id(app.questionnaire().unwrap())
        .unwrap();
    app.session
        .as_ref()
        .unwrap()
        .assessment
        .evidence(id)
        .to_vec()
}

#[test]
fn evidence_is_added_edited_removed_and_saved() {
    let dir = tempfile::tempdir().unwrap();
    let dialogs = Arc::new(SaveTo::default());
    let mut h = harness(dir.path(), dialogs.clone());
    type_into(&mut h, "Name der Kommune", "Teststadt");
    type_into(&mut h, "Einwohnerzahl", "8000");
    click(&mut h, "Bewertung beginnen");
    assert_eq!(h.state().screen, Screen::Questions);

    // An empty form is not taken over; the message says what is missing.
    click(&mut h, "Nachweis hinzufügen");
    assert!(evidence(&h).is_empty());
    assert!(
        h.query_by_label_contains("Bitte eintragen, was der Nachweis ist")
            .is_some()
    );

    type_into(
        &mut h,
        "Nachweis: was",
        "Ratsbeschluss „Digitalstrategie“ 2025/14",
    );
    type_into(
        &mut h,
        "Fundstelle (Pfad oder Webadresse)",
        "https://rat.teststadt.example/vorlage/14",
    );
    type_into(&mut h, "Datum (TT.MM.JJJJ)", "3.2.2025");
    click(&mut h, "Nachweis hinzufügen");
    let first = Evidence {
        what: "Ratsbeschluss „Digitalstrategie“ 2025/14".into(),
        location: "https://rat.teststadt.example/vorlage/14".into(),
        date: Date::new(2025, 2, 3),
    };
    assert_eq!(evidence(&h), [first]);
    assert!(h.query_by_label_contains("1. Ratsbeschluss").is_some());

    // A second entry by keyboard only: Enter in the field takes the form over.
    type_into(&mut h, "Nachweis: was", "Dienstanweisung E-Akte");
    h.key_press(Key::Enter);
    h.run();
    assert_eq!(evidence(&h).len(), 2);

    // A wrong date is refused with a message and nothing changes.
    click(&mut h, "Nachweis bearbeiten 2");
    type_into(&mut h, "Datum (TT.MM.JJJJ)", "31.02.2025");
    click(&mut h, "Änderung übernehmen");
    assert!(h.query_by_label_contains("TT.MM.JJJJ eintragen").is_some());
    assert_eq!(evidence(&h)[1].date, None);
    click(&mut h, "Abbrechen");
    click(&mut h, "Nachweis bearbeiten 2");
    type_into(&mut h, "Datum (TT.MM.JJJJ)", "2026-10-01");
    click(&mut h, "Änderung übernehmen");
    assert_eq!(evidence(&h)[1].date, Date::new(2026, 10, 1));

    click(&mut h, "Nachweis entfernen 1");
    let left = evidence(&h);
    assert_eq!(left.len(), 1);
    assert_eq!(left[0].what, "Dienstanweisung E-Akte");

    // Ctrl+S: the entry is in the file, as plain text.
    let file = dir.path().join("teststadt.ron");
    *dialogs.0.lock().unwrap() = Some(file.clone());
    h.key_press_modifiers(egui::Modifiers::COMMAND, Key::S);
    h.run();
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(text.contains("evidence"), "{text}");
    assert!(text.contains("what: \"Dienstanweisung E-Akte\""), "{text}");
    assert!(text.contains("date: Some(\"2026-10-01\")"), "{text}");
    assert!(!text.contains("Ratsbeschluss"), "{text}");
}

fn question_with_hint() -> Question {
    let mut question = reifegrad::model::bundled_questionnaire()
        .unwrap()
        .questions()
        .next()
        .unwrap()
        .1
        .clone();
    question.federation_hint = Some(Text::de(
        "In einer Verbandsgemeinde zählt der Stand der Verbandsgemeindeverwaltung.",
    ));
    question.sources = vec![Source {
        title: Text::de("Onlinezugangsgesetz (OZG), § 3"),
        reference: "https://www.gesetze-im-internet.de/ozg/__3.html".into(),
    }];
    question
}

fn profile(federation: Option<Federation>) -> Profile {
    Profile {
        name: "Ortsgemeinde Test".into(),
        council_name: None,
        state: FederalState::RheinlandPfalz,
        kind: BodyKind::Gemeinde,
        population: 1_200,
        federation,
        district_services: false,
    }
}

#[test]
fn help_shows_sources_always_and_the_federation_hint_only_for_members() {
    let question = question_with_hint();
    let member = profile(Some(Federation {
        kind: FederationKind::Verbandsgemeinde,
        name: "Verbandsgemeinde Testtal".into(),
    }));
    let h = Harness::new_ui(|ui| {
        reifegrad::ui::evidence_ui::help_extras(ui, &question, &member, Lang::De);
    });
    assert!(
        h.query_by_label_contains("Verbandsgemeindeverwaltung")
            .is_some()
    );
    assert!(
        h.query_by_label_contains("Verbandsgemeinde Testtal")
            .is_some()
    );
    assert!(
        h.query_by_label_contains(
            "Onlinezugangsgesetz (OZG), § 3 – https://www.gesetze-im-internet.de/ozg/__3.html"
        )
        .is_some()
    );
    assert!(
        h.query_by_label(reifegrad::present::rules::rating_rule(Lang::De))
            .is_some()
    );

    let alone = profile(None);
    let h = Harness::new_ui(|ui| {
        reifegrad::ui::evidence_ui::help_extras(ui, &question, &alone, Lang::De);
    });
    assert!(
        h.query_by_label_contains("Verbandsgemeindeverwaltung")
            .is_none()
    );
    assert!(h.query_by_label_contains("Onlinezugangsgesetz").is_some());

    let district = Profile {
        district_services: true,
        ..profile(None)
    };
    let h = Harness::new_ui(|ui| {
        reifegrad::ui::evidence_ui::help_extras(ui, &question, &district, Lang::En);
    });
    assert!(
        h.query_by_label_contains("services of the district")
            .is_some()
    );
}
