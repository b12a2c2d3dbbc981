//! Questionnaire 1.2 in every output, over the fixtures in `tests/fixtures/q12/`: open
//! legal duties are named before any maturity measure („Pflichtaufgaben offen“), the
//! names of the town's bodies are filled from its profile so that no `{…}` reaches a
//! reader, and the rating rule is stated in the app's help and the PDF's method section.

#![allow(clippy::unwrap_used)]

use crate::common::app::{ScriptedDialogs, harness};
use crate::common::cli::{path_str, stdout_of};
use crate::common::outputs::results_labels;
use crate::common::{fixtures, pdf};
use egui_kittest::Harness;
use egui_kittest::kittest::{By, NodeT, Queryable};
use reifegrad::analysis::{DutyStatus, analyse};
use reifegrad::model::council::resolve_questionnaire;
use reifegrad::model::{PlannedMeasure, Questionnaire, load_questionnaire, open_assessment};
use reifegrad::text::Lang;
use reifegrad::ui::screen::Screen;
use reifegrad::ui::{AppEnv, ReifegradApp};
use std::path::{Path, PathBuf};
use std::sync::Arc;

fn path(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/q12")
        .join(name)
}

fn questionnaire() -> Questionnaire {
    load_questionnaire(&path("questionnaire.ron")).unwrap()
}

fn lang_arg(lang: Lang) -> &'static str {
    match lang {
        Lang::De => "de",
        Lang::En => "en",
    }
}

/// `score` as text and as JSON for a fixture.
fn score(file: &Path, questionnaire: &Path, lang: Lang) -> (String, serde_json::Value) {
    let args = [
        "score",
        path_str(file),
        "--questionnaire",
        path_str(questionnaire),
        "--lang",
        lang_arg(lang),
    ];
    let text = stdout_of(&args).replace('\u{a0}', " ");
    let mut json_args = args.to_vec();
    json_args.push("--json");
    let json = serde_json::from_str(&stdout_of(&json_args)).unwrap();
    (text, json)
}

/// The text of the PDF that `reifegrad report` writes for a fixture.
fn report(file: &Path, questionnaire: &Path, lang: Lang) -> String {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("bericht.pdf");
    stdout_of(&[
        "report",
        path_str(file),
        "--questionnaire",
        path_str(questionnaire),
        "--lang",
        lang_arg(lang),
        "-o",
        path_str(&out),
    ]);
    pdf::text(&std::fs::read(&out).unwrap())
}

/// The labels of the app's results view for a fixture (questionnaire resolved as the
/// app does it).
fn results_view(file: &Path, lang: Lang) -> Vec<String> {
    let raw = questionnaire();
    let assessment = open_assessment(file, &raw).unwrap().assessment;
    let questionnaire = Arc::new(resolve_questionnaire(&raw, &assessment.profile));
    let data = tempfile::tempdir().unwrap();
    let session = reifegrad::session::Session::open_file(assessment, file.into(), data.path());
    let mut view = reifegrad::ui::results_ui::ResultsView::default();
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1366.0, 3000.0))
        .build_ui(move |ui| {
            reifegrad::ui::theme::install_fonts(ui.ctx());
            reifegrad::ui::theme::apply(ui.ctx(), reifegrad::ui::prefs::ThemeChoice::Light, false);
            *ui.style_mut() = (*ui.ctx().style_of(egui::Theme::Light)).clone();
            view.ui(ui, &questionnaire, &session, None, lang);
        });
    harness.run();
    // Texts and headings (a heading is named by its label, a text by its value).
    harness
        .query_all(By::new().predicate(|node| {
            matches!(
                node.role(),
                egui::accesskit::Role::Label | egui::accesskit::Role::Heading
            )
        }))
        .filter_map(|node| {
            let node = node.accesskit_node();
            node.value().or_else(|| node.label())
        })
        .map(|text| text.replace('\u{a0}', " "))
        .collect()
}

fn position(haystack: &str, needle: &str) -> usize {
    haystack
        .find(needle)
        .unwrap_or_else(|| panic!("missing: {needle}\n\n{haystack}"))
}

#[test]
fn open_duties_are_computed_once_and_their_measures_come_first() {
    let q = questionnaire();
    let a = open_assessment(&path("hessen-stadt.ron"), &q)
        .unwrap()
        .assessment;
    let analysis = analyse(&q, &a, None, None);
    let statuses: Vec<(&str, DutyStatus)> = analysis
        .legal_duties
        .iter()
        .map(|d| (d.question.id.as_str(), d.status))
        .collect();
    assert_eq!(
        statuses,
        vec![
            ("backend.erechnung", DutyStatus::Open { level: 0 }),
            ("frontend.barrierefreiheit", DutyStatus::Open { level: 1 }),
            ("frontend.bauleitplanung", DutyStatus::Unknown),
        ]
    );
    // The two measures towards open duties lead the ranking, though a maturity measure
    // (kultur.fuehrung from level 1, weight × gap 3) outweighs the one from level 1.
    let first: Vec<(&str, bool)> = analysis
        .measures
        .iter()
        .take(3)
        .map(|m| (m.question.id.as_str(), m.for_open_duty))
        .collect();
    assert_eq!(first[0], ("backend.erechnung", true));
    assert_eq!(first[1], ("frontend.barrierefreiheit", true));
    assert!(!first[2].1);
    assert!(analysis.measures.iter().skip(2).all(|m| !m.for_open_duty));
    assert_eq!(analysis.legal_duties[0].measure, Some(0));
    assert_eq!(analysis.legal_duties[1].measure, Some(1));
    assert_eq!(analysis.legal_duties[2].measure, None);
}

#[test]
fn pflichtaufgaben_offen_stand_before_any_measure_in_cli_pdf_and_app() {
    let file = path("hessen-stadt.ron");
    let qpath = path("questionnaire.ron");
    let (text, json) = score(&file, &qpath, Lang::De);
    let block = position(&text, "Pflichtaufgaben offen:");
    assert!(block < position(&text, "Befunde:"));
    for line in [
        "- Elektronische Rechnungen empfangen und verarbeiten – § 3 E-Rechnungsverordnung, gilt seit 27.11.2020 · nicht erfüllt: bewertet mit Stufe 0, erfüllt ab Stufe 1 · Frage 3.1 · nächster Schritt: Maßnahme 1",
        "- Barrierefreiheitserklärung veröffentlichen – § 12b BGG, § 7 BITV 2.0, gilt seit 23.09.2020 · nicht erfüllt: bewertet mit Stufe 1, erfüllt ab Stufe 2 · Frage 4.1 · nächster Schritt: Maßnahme 2",
        "- Bauleitpläne im Internet veröffentlichen – § 3 Abs. 2 BauGB, gilt seit 07.07.2023 · Stand unbekannt („weiß nicht“) – zuerst klären, ob die Pflicht erfüllt ist · Frage 4.2",
    ] {
        assert!(text.contains(line), "missing: {line}\n{text}");
    }
    // JSON: a documented array beside the keys that were there before.
    for key in [
        "overall",
        "coverage",
        "dimensions",
        "diagnoses",
        "findings",
        "legal_duties",
    ] {
        assert!(json.get(key).is_some(), "{key}");
    }
    let duties = json["legal_duties"].as_array().unwrap();
    assert_eq!(duties.len(), 3);
    assert_eq!(duties[0]["id"], "backend.erechnung");
    assert_eq!(duties[0]["status"], "open");
    assert_eq!(duties[0]["level"], 0);
    assert_eq!(duties[0]["measure"], 1);
    assert_eq!(duties[0]["source"], "§ 3 E-Rechnungsverordnung");
    assert_eq!(duties[0]["since"], "27.11.2020");
    assert_eq!(
        duties[1]["duty"],
        "Barrierefreiheitserklärung veröffentlichen"
    );
    assert_eq!(duties[1]["met_from"], 2);
    assert_eq!(duties[2]["status"], "unknown");
    assert!(duties[2]["level"].is_null() && duties[2]["measure"].is_null());

    // PDF: in the summary before the findings, in the measures before the periods, and
    // in the council paper as the first item before the measures.
    let text = report(&file, &qpath, Lang::De);
    let summary = position(&text, "Zusammenfassung");
    let duties = position(&text, "Pflichtaufgaben offen");
    assert!(summary < duties && duties < position(&text, "Die wichtigsten Befunde"));
    assert!(text.contains(
        "Barrierefreiheitserklärung veröffentlichen – § 12b BGG, § 7 BITV 2.0, gilt seit 23.09.2020 · nicht erfüllt"
    ));
    let measures = &text[position(&text, "Maßnahmen und Fahrplan")..];
    let first_period = ["Kurzfristig", "Mittelfristig", "Langfristig"]
        .iter()
        .filter_map(|h| measures.find(h))
        .min()
        .unwrap();
    let duty_heading = position(measures, "Pflichtaufgaben offen");
    assert!(duty_heading < first_period, "{measures}");
    assert!(measures[duty_heading..first_period].contains("1. Von 0 nach 1 bei backend.erechnung"));
    assert!(measures[duty_heading..first_period].contains(
        "Pflichtaufgabe: Barrierefreiheitserklärung veröffentlichen (§ 12b BGG, § 7 BITV 2.0)"
    ));
    let paper = &text[position(&text, "Beschlussvorlage")..];
    let proposal = &paper[position(paper, "Beschlussvorschlag")..];
    let item = position(
        proposal,
        "1. Pflichtaufgaben offen: Die Verwaltung erfüllt vorrangig die folgenden gesetzlichen Pflichten",
    );
    assert!(item < position(proposal, "Maßnahmenplan"));
    assert!(proposal.contains(
        "Elektronische Rechnungen empfangen und verarbeiten (§ 3 E-Rechnungsverordnung, gilt seit 27.11.2020) – Maßnahme 1"
    ));
    assert!(
        proposal.contains("Die Verwaltung klärt, ob diese gesetzlichen Pflichten erfüllt sind")
    );
    // The summary prints the same resolution, starting with the duties.
    let asks = &text[position(&text, "Wortlaut wie in der Beschlussvorlage")..];
    assert!(asks.contains(
        "Die Stadtverordnetenversammlung beschließt: 1. Pflichtaufgaben offen: Die Verwaltung erfüllt vorrangig"
    ), "{asks}");

    // The app's results view: the block before the findings and the measures.
    let labels = results_view(&file, Lang::De);
    let at = |text: &str| {
        labels
            .iter()
            .position(|l| l.contains(text))
            .unwrap_or_else(|| panic!("missing: {text}\n{labels:#?}"))
    };
    let heading = at("Pflichtaufgaben offen");
    assert!(heading < at("Befunde") && heading < at("Wichtigste nächste Schritte"));
    assert!(
        labels[heading + 1..]
            .iter()
            .any(|l| l == "Elektronische Rechnungen empfangen und verarbeiten")
    );
    assert!(
        labels
            .iter()
            .any(|l| l.contains("§ 12b BGG, § 7 BITV 2.0, gilt seit 23.09.2020"))
    );
    assert!(at("Stand unbekannt („weiß nicht“)") < at("Befunde"));

    // English, too.
    let (text, _) = score(&file, &qpath, Lang::En);
    assert!(text.contains("Open legal duties:"));
    // Dates in the language's format, as everywhere.
    let text = text.replace('\u{a0}', " ");
    assert!(text.contains("- Publish the accessibility statement – § 12b BGG, § 7 BITV 2.0, applies since 23 September 2020 · not met: rated level 1, met from level 2 · question 4.1 · next step: measure 2"));
}

#[test]
fn no_heading_when_no_duty_is_open_or_the_questionnaire_has_none() {
    // Every duty met or not applicable: listed in JSON, no block anywhere.
    let file = path("landkreis.ron");
    let qpath = path("questionnaire.ron");
    let (text, json) = score(&file, &qpath, Lang::De);
    assert!(!text.contains("Pflichtaufgabe"), "{text}");
    let statuses: Vec<&str> = json["legal_duties"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["status"].as_str().unwrap())
        .collect();
    assert_eq!(statuses, ["met", "met", "not_applicable"]);
    assert!(!report(&file, &qpath, Lang::De).contains("Pflichtaufgabe"));
    assert!(
        !results_view(&file, Lang::De)
            .iter()
            .any(|l| l.contains("Pflichtaufgabe"))
    );

    // A questionnaire without legal fields: an empty array and no heading.
    let fixture = fixtures::fixture("partial");
    let (text, json) = score(&fixture.path(), &fixtures::questionnaire_path(), Lang::De);
    assert!(!text.contains("Pflichtaufgabe"));
    assert_eq!(json["legal_duties"], serde_json::json!([]));
    assert!(
        !report(&fixture.path(), &fixtures::questionnaire_path(), Lang::De)
            .contains("Pflichtaufgabe")
    );
    assert!(
        !results_labels(fixture, Lang::De)
            .iter()
            .any(|l| l.contains("Pflichtaufgabe"))
    );
}

/// A fixture's profile and the names its outputs must show.
struct Case {
    file: &'static str,
    /// The question as the town reads it (German).
    question: &'static str,
    /// The measure towards level 2 of that question.
    measure: &'static str,
    /// The diagnosis message's second sentence, as `score` prints it (German).
    diagnosis: &'static str,
    /// The question in English.
    question_en: &'static str,
}

const CASES: [Case; 3] = [
    Case {
        file: "hessen-stadt.ron",
        question: "Wie treibt der Magistrat die Digitalisierung an, und was erfährt die Stadtverordnetenversammlung?",
        measure: "Den Magistrat verpflichten, der Stadtverordnetenversammlung jährlich zu berichten.",
        diagnosis: "Zuerst beauftragt die Stadtverordnetenversammlung den Magistrat, eine verantwortliche Person zu benennen, und lässt sich von dem Magistrat berichten.",
        question_en: "How does the executive board (Magistrat) drive digitalisation, and what does the council learn?",
    },
    Case {
        file: "bayern-gemeinde.ron",
        question: "Wie treibt die Bürgermeisterin oder der Bürgermeister mit den Amtsleitungen die Digitalisierung an, und was erfährt der Gemeinderat?",
        measure: "Die Bürgermeisterin oder den Bürgermeister mit den Amtsleitungen verpflichten, dem Gemeinderat jährlich zu berichten.",
        diagnosis: "Zuerst beauftragt der Gemeinderat die Bürgermeisterin oder den Bürgermeister mit den Amtsleitungen, eine verantwortliche Person zu benennen, und lässt sich von der Bürgermeisterin oder dem Bürgermeister mit den Amtsleitungen berichten.",
        question_en: "How does the mayor with the heads of department drive digitalisation, and what does the council learn?",
    },
    Case {
        file: "landkreis.ron",
        question: "Wie treibt die Landrätin oder der Landrat mit den Dezernentinnen und Dezernenten die Digitalisierung an, und was erfährt der Kreistag?",
        measure: "Die Landrätin oder den Landrat mit den Dezernentinnen und Dezernenten verpflichten, dem Kreistag jährlich zu berichten.",
        diagnosis: "Zuerst beauftragt der Kreistag die Landrätin oder den Landrat mit den Dezernentinnen und Dezernenten, eine verantwortliche Person zu benennen, und lässt sich von der Landrätin oder dem Landrat mit den Dezernentinnen und Dezernenten berichten.",
        question_en: "How does the district administrator with the heads of department drive digitalisation, and what does the district council learn?",
    },
];

/// The app on the fixture questionnaire with `file` open, at the first question.
fn app_at_first_question(data: &Path, file: &Path) -> Harness<'static, ReifegradApp> {
    let env = AppEnv {
        data_dir: data.to_path_buf(),
        dialogs: Arc::new(ScriptedDialogs::default()),
        background_dialogs: false,
    };
    let app = ReifegradApp::with_questionnaire(env, Ok(questionnaire()), Some(file.into()));
    let mut h = Harness::builder()
        .with_size(egui::vec2(1366.0, 1400.0))
        .build_ui_state(|ui, app: &mut ReifegradApp| app.ui_root(ui), app);
    h.run();
    let q = questionnaire();
    h.state_mut().questions.go_to(0, &q);
    h.run();
    h
}

fn all_labels(h: &Harness<'static, ReifegradApp>) -> Vec<String> {
    h.query_all(By::new())
        .filter_map(|node| node.accesskit_node().label().or_else(|| node.value()))
        .map(|text| text.replace('\u{a0}', " "))
        .collect()
}

fn no_brace(what: &str, texts: &[String]) {
    for text in texts {
        assert!(
            !text.contains('{') && !text.contains('}'),
            "{what}: a placeholder reached the reader: {text}"
        );
    }
}

#[test]
fn names_of_bodies_come_from_the_profile_in_app_pdf_and_cli() {
    let qpath = path("questionnaire.ron");
    let raw = std::fs::read_to_string(&qpath).unwrap();
    assert!(raw.contains("{leitung}") && raw.contains("{rat:dat}"));
    for case in CASES {
        let file = path(case.file);
        // The app's question view (and its help, levels and sidebar).
        let data = tempfile::tempdir().unwrap();
        let mut h = app_at_first_question(data.path(), &file);
        assert_eq!(h.state().screen, Screen::Questions);
        let labels = all_labels(&h);
        assert!(
            labels.iter().any(|l| l.contains(case.question)),
            "{}: {labels:#?}",
            case.file
        );
        no_brace(case.file, &labels);
        // The results view of the same app: measures with the names.
        h.state_mut().screen = Screen::Results;
        h.run();
        let labels = all_labels(&h);
        no_brace(case.file, &labels);
        // The file keeps its raw form.
        assert!(
            h.state()
                .questionnaire()
                .unwrap()
                .questions()
                .next()
                .unwrap()
                .1
                .text
                .de
                .contains("{leitung}")
        );
        drop(h);

        // The PDF: question, measure and diagnosis with the names, no brace.
        let text = report(&file, &qpath, Lang::De);
        assert!(text.contains(case.question), "{}: {text}", case.file);
        assert!(text.contains(case.measure), "{}: {text}", case.file);
        assert!(
            !text.contains('{') && !text.contains('}'),
            "{}: {text}",
            case.file
        );
        let en = report(&file, &qpath, Lang::En);
        assert!(en.contains(case.question_en), "{}: {en}", case.file);
        assert!(!en.contains('{') && !en.contains('}'), "{}", case.file);

        // The CLI: the diagnosis text of the questionnaire names the bodies.
        let (text, json) = score(&file, &qpath, Lang::De);
        assert!(text.contains(case.diagnosis), "{}: {text}", case.file);
        assert!(!text.contains('{') && !text.contains('}'), "{text}");
        let json = json.to_string();
        assert!(
            !json.contains("{rat") && !json.contains("{leitung"),
            "{json}"
        );
    }
}

#[test]
fn the_app_help_states_the_rating_rule() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(dir.path(), Arc::new(ScriptedDialogs::default()), None);
    h.key_press(egui::Key::F1);
    h.run();
    h.get_by_label(reifegrad::present::rules::rating_rule(Lang::De));
}

#[test]
fn the_council_paper_lists_planned_measures_towards_open_duties_first() {
    let raw = questionnaire();
    let mut a = open_assessment(&path("hessen-stadt.ron"), &raw)
        .unwrap()
        .assessment;
    // Planned in the order a maturity measure, then the accessibility statement.
    for (question, from) in [("kultur.fuehrung", 1), ("frontend.barrierefreiheit", 1)] {
        a.plan.measures.push(PlannedMeasure {
            owner: "Hauptamt".into(),
            ..PlannedMeasure::new(question, from)
        });
    }
    let q = resolve_questionnaire(&raw, &a.profile);
    let analysis = analyse(&q, &a, None, None);
    let input = reifegrad::report::ReportInput::new(&analysis, &a, Lang::De);
    let text = pdf::text(&reifegrad::report::render_pdf(&input).unwrap());
    let proposal = &text[position(
        &text,
        "Beschlussvorschlag Die Stadtverordnetenversammlung beschließt",
    )..];
    // The duty item names the planned entry; the list puts M2 (the duty) before M1.
    assert!(proposal.contains(
        "Barrierefreiheitserklärung veröffentlichen (§ 12b BGG, § 7 BITV 2.0, gilt seit 23.09.2020) – Maßnahme 2, M2 "
    ), "{proposal}");
    let adopted = &proposal[position(proposal, "Maßnahmen werden beschlossen")..];
    assert!(
        position(adopted, "M2: Barrierefreiheitserklärung veröffentlichen")
            < position(adopted, "M1: Den Magistrat verpflichten"),
        "{adopted}"
    );
}

#[test]
fn the_apps_pdf_export_names_the_bodies_of_the_open_assessment() {
    let data = tempfile::tempdir().unwrap();
    let file = path("bayern-gemeinde.ron");
    let mut h = app_at_first_question(data.path(), &file);
    let target = data.path().join("bericht.pdf");
    h.state_mut().start_pdf_export(target.clone());
    h.step();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
    while h.state().pdf_export_running() && std::time::Instant::now() < deadline {
        std::thread::sleep(std::time::Duration::from_millis(20));
        h.step();
    }
    h.run();
    let text = pdf::text(&std::fs::read(&target).unwrap());
    let case = &CASES[1];
    assert!(text.contains(case.question), "{text}");
    assert!(text.contains(case.measure), "{text}");
    assert!(!text.contains('{') && !text.contains('}'), "{text}");
    assert!(text.contains("Pflichtaufgaben offen"));
}
