//! Progress over the years: the example town assessed in 2025 and 2026, compared through
//! the library, the command line and the PDF.
//!
//! Hand computation (dimension weights 1; question weights from the questionnaire 1.2):
//! - Kultur: weights sum to 14, so the maximum is 56. 2026 Σ(w·l) = 30,5 → 54,5. In 2025
//!   „chefsache“ (w 2) was 1 instead of 2: 28,5/56 → 50,9; change 54,5 − 50,9 = +3,6.
//! - Ressourcen: weights sum to 16,5 (maximum 66). 2026 23/66 → 34,8. 2025
//!   „verantwortung“ (w 2) and „budget“ (w 1) one lower: 20/66 → 30,3; change
//!   taken between the printed values, 34,8 − 30,3 = +4,5.
//! - Back-End: 2026 16/60 (one „weiß nicht“, weight 1) → 26,7. 2025 „e-akte“ (w 1,5) and
//!   „it-landschaft“ (w 1) one lower: 13,5/60 → 22,5 („standardisierung“ is level 1 in
//!   both years); change 26,7 − 22,5 = +4,2.
//! - Front-End: 2026 27/52 (one „trifft nicht zu“, weight 1) → 51,9. 2025 „epayment“ (w 1)
//!   was 2 instead of 1: 28/52 → 53,8; change 51,9 − 53,8 = −1,9.
//! - Overall: 2026 (54,46 + 34,85 + 26,67 + 51,92)/4 = 41,98 → 42,0; 2025 (50,89 + 30,30
//!   + 22,50 + 53,85)/4 = 39,39 → 39,4; change +2,6.

#![allow(clippy::unwrap_used)]

use printpdf::{PdfDocument, PdfParseOptions};
use reifegrad::model::example::example_assessment;
use reifegrad::model::save_assessment;
use reifegrad::model::{Answer, Assessment, Date, Questionnaire, Response, bundled_questionnaire};
use reifegrad::progress::{History, history_from_links, load_history, relative_link};
use reifegrad::report::{ReportInput, render_pdf};
use reifegrad::scoring::score;
use reifegrad::text::Lang;
use std::path::{Path, PathBuf};
use std::process::Output;

fn set(a: &mut Assessment, id: &str, response: Response) {
    assert!(a.answers.contains_key(id), "{id} not in the example");
    a.set_response(id, Some(response));
}

/// The example town one year earlier, made with questionnaire version „0.9“ that still
/// had a question the current version no longer has.
fn earlier(q: &Questionnaire) -> Assessment {
    let mut a = example_assessment(q);
    a.date = Date::new(2025, 11, 12).unwrap();
    a.questionnaire.version = "0.9".into();
    set(&mut a, "kultur.chefsache", Response::Level(1));
    set(&mut a, "ressourcen.verantwortung", Response::Level(1));
    set(&mut a, "ressourcen.budget", Response::Level(1));
    set(&mut a, "backend.e-akte", Response::Level(1));
    set(&mut a, "backend.it-landschaft", Response::Level(1));
    set(&mut a, "backend.standardisierung", Response::Level(1));
    set(&mut a, "frontend.epayment", Response::Level(2));
    a.answers.insert(
        "kultur.leitbild".into(),
        Answer {
            response: Some(Response::Level(2)),
            ..Answer::default()
        },
    );
    a
}

/// Writes both years into `dir`; the current file links the earlier one.
fn two_years(dir: &Path) -> (Questionnaire, PathBuf, PathBuf) {
    let q = bundled_questionnaire().unwrap();
    let old = dir.join("lindenhagen-2025.ron");
    save_assessment(&old, &earlier(&q)).unwrap();
    let mut now = example_assessment(&q);
    let new = dir.join("lindenhagen-2026.ron");
    now.earlier = vec![relative_link(&new, &old)];
    assert_eq!(now.earlier, ["lindenhagen-2025.ron"]);
    save_assessment(&new, &now).unwrap();
    (q, new, old)
}

fn current(q: &Questionnaire, path: &Path) -> Assessment {
    reifegrad::model::open_assessment(path, q)
        .unwrap()
        .assessment
}

fn round1(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}

const EXPECTED: [(&str, f64, f64, f64); 4] = [
    ("kultur", 50.9, 54.5, 3.6),
    ("ressourcen", 30.3, 34.8, 4.5),
    ("backend", 22.5, 26.7, 4.2),
    ("frontend", 53.8, 51.9, -1.9),
];

fn check_history(h: &History) {
    assert_eq!(h.points.len(), 2);
    assert_eq!(h.points[0].date.year, 2025);
    assert!(h.points[1].is_current);
    assert_eq!(h.baseline, Some(0));
    for (id, then, now, change) in EXPECTED {
        let d = h.dimension(id).unwrap();
        assert_eq!(round1(d.scores[0].unwrap()), then, "{id} 2025");
        assert_eq!(round1(d.scores[1].unwrap()), now, "{id} 2026");
        assert_eq!(round1(d.change.unwrap()), change, "{id} change");
    }
    assert_eq!(round1(h.points[0].overall.unwrap()), 39.4);
    assert_eq!(round1(h.points[1].overall.unwrap()), 42.0);
    assert_eq!(round1(h.overall_change.unwrap()), 2.6);
    let moved: Vec<(&str, u8, u8)> = h
        .moved
        .iter()
        .map(|m| (m.question_id.as_str(), m.from, m.to))
        .collect();
    assert_eq!(
        moved,
        [
            ("kultur.chefsache", 1, 2),
            ("ressourcen.verantwortung", 1, 2),
            ("ressourcen.budget", 1, 2),
            ("backend.e-akte", 1, 2),
            ("backend.it-landschaft", 1, 2),
            ("frontend.epayment", 2, 1),
        ]
    );
    assert_eq!(h.points[0].unmatched, ["kultur.leitbild"]);
}

#[test]
fn change_per_dimension_through_the_library() {
    let dir = tempfile::tempdir().unwrap();
    let (q, new, _) = two_years(dir.path());
    let now = current(&q, &new);
    let h = history_from_links(&q, &now, Some(&new));
    check_history(&h);
    // The unmatched question and the older version are reported, not dropped silently.
    let lines: Vec<String> = h
        .notes
        .iter()
        .map(|n| n.line(reifegrad::text::Lang::De))
        .collect();
    assert!(
        lines.iter().any(|l| l.contains("kultur.leitbild")),
        "{lines:?}"
    );
    assert!(h.notes.iter().all(|n| !n.is_error()), "{lines:?}");
    // The current assessment itself is unchanged by linking.
    assert_eq!(
        score(&q, &now).overall.map(round1),
        Some(42.0),
        "current score"
    );
}

#[test]
fn broken_and_missing_earlier_files_are_reported_and_left_out() {
    let dir = tempfile::tempdir().unwrap();
    let (q, new, old) = two_years(dir.path());
    let broken = dir.path().join("kaputt.ron");
    let text = std::fs::read_to_string(&old).unwrap();
    std::fs::write(&broken, text.replacen("Level(1)", "Level(7)", 1)).unwrap();
    let missing = dir.path().join("gibt-es-nicht.ron");
    let same_year = dir.path().join("zukunft.ron");
    let mut future = earlier(&q);
    future.date = Date::new(2027, 1, 1).unwrap();
    save_assessment(&same_year, &future).unwrap();
    let now = current(&q, &new);
    let h = load_history(
        &q,
        &now,
        Some(&new),
        &[broken.clone(), old, missing.clone(), same_year.clone()],
    );
    check_history(&h);
    let errors: Vec<String> = h
        .notes
        .iter()
        .filter(|n| n.is_error())
        .map(|n| n.line(reifegrad::text::Lang::De))
        .collect();
    assert_eq!(errors.len(), 3, "{errors:?}");
    let broken_line = errors
        .iter()
        .find(|l| l.starts_with(broken.to_str().unwrap()))
        .unwrap();
    let rest = &broken_line[broken.to_str().unwrap().len()..];
    let parts: Vec<&str> = rest.split(':').collect();
    assert!(parts[1].parse::<usize>().is_ok() && parts[2].parse::<usize>().is_ok());
    assert!(errors.iter().any(|l| l.contains("Datei nicht gefunden")));
    assert!(errors.iter().any(|l| l.contains("nicht älter")));
}

fn reifegrad(args: &[&str]) -> Output {
    crate::common::cli::command()
        .args(args)
        .output()
        .expect("run reifegrad")
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

#[test]
fn cli_compare_prints_the_change_as_table_and_json() {
    let dir = tempfile::tempdir().unwrap();
    let (_, new, old) = two_years(dir.path());
    let output = reifegrad(&["score", s(&new), "--compare", s(&old)]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(0), "{stderr}");
    let table = String::from_utf8(output.stdout).unwrap();
    assert!(table.contains("Veränderung seit 2025"), "{table}");
    let row = |name: &str| {
        table
            .lines()
            .rfind(|l| l.starts_with(name))
            .unwrap()
            .split_whitespace()
            .rev()
            .take(3)
            .collect::<Vec<_>>()
    };
    assert_eq!(row("Kultur und Führung"), ["+3,6", "54,5", "50,9"]);
    assert_eq!(row("Ressourcen und Organisation"), ["+4,5", "34,8", "30,3"]);
    assert_eq!(row("Interne Prozesse"), ["+4,2", "26,7", "22,5"]);
    assert_eq!(row("Angebote für Bürgerschaft"), ["−1,9", "51,9", "53,8"]);
    assert_eq!(row("Gesamt"), ["+2,6", "42,0", "39,4"]);
    assert!(table.contains("Gesunken"), "{table}");
    assert!(stderr.contains("kultur.leitbild"), "{stderr}");

    let output = reifegrad(&["score", s(&new), "--compare", s(&old), "--json"]);
    assert_eq!(output.status.code(), Some(0));
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    for (i, (id, then, now, change)) in EXPECTED.iter().enumerate() {
        let d = &json["dimensions"][i];
        assert_eq!(d["id"], *id);
        // All keys of plain `score --json` are still there.
        for key in ["name", "score", "coverage", "answered", "total", "stage"] {
            assert!(d.get(key).is_some(), "missing {key}");
        }
        let history = d["history"].as_array().unwrap();
        assert_eq!(history.len(), 2);
        assert_eq!(history[0]["year"], 2025);
        assert_eq!(history[1]["year"], 2026);
        assert_eq!(history[0]["score"].as_f64().unwrap(), *then);
        // JSON rounds 56,25 half away from zero, like everything else in `score --json`.
        assert!((history[1]["score"].as_f64().unwrap() - now).abs() < 0.051);
        assert_eq!(d["change"].as_f64().unwrap(), *change);
    }
    assert_eq!(json["history"]["since"], 2025);
    assert_eq!(json["history"]["overall_change"].as_f64().unwrap(), 2.6);
    assert_eq!(json["history"]["moved"].as_array().unwrap().len(), 6);

    // Without --compare the link stored in the file is used.
    let output = reifegrad(&["score", s(&new), "--json"]);
    let linked: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(linked, json);

    // A missing --compare file: reported with its name, exit 1, scores still printed.
    let output = reifegrad(&["score", s(&new), "--compare", "weg.ron"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&output.stderr).contains("weg.ron: Datei nicht gefunden"));
    assert!(String::from_utf8_lossy(&output.stdout).contains("Lindenhagen"));
}

fn pdf_text(pdf: &[u8]) -> String {
    let doc = PdfDocument::parse(pdf, &PdfParseOptions::default(), &mut Vec::new()).unwrap();
    let words: Vec<String> = doc
        .extract_text()
        .into_iter()
        .flatten()
        .flat_map(|chunk| {
            chunk
                .split_whitespace()
                .map(str::to_string)
                .collect::<Vec<_>>()
        })
        .collect();
    words.join(" ")
}

#[test]
fn pdf_says_what_changed_since_2025() {
    let dir = tempfile::tempdir().unwrap();
    let (q, new, _) = two_years(dir.path());
    let now = current(&q, &new);
    let history = history_from_links(&q, &now, Some(&new));
    let pdf = render_pdf(&ReportInput::new(
        &reifegrad::analysis::analyse(&q, &now, None, Some(history.clone())),
        &now,
        Lang::De,
    ))
    .unwrap();
    let text = pdf_text(&pdf);
    assert!(text.contains("Was sich seit 2025 verändert hat"), "{text}");
    for row in [
        "Kultur und Führung 50,9 54,5 +3,6",
        "Ressourcen und Organisation 30,3 34,8 +4,5",
        "Interne Prozesse und IT (Back-End) 22,5 26,7 +4,2",
        "Angebote für Bürgerschaft und Wirtschaft (Front-End) 53,8 51,9 −1,9",
        "Gesamt 39,4 42,0 +2,6",
    ] {
        assert!(text.contains(row), "missing row {row:?} in {text}");
    }
    assert!(text.contains("Gestiegen (5 Fragen)"), "{text}");
    assert!(text.contains("Gesunken (1 Frage)"), "{text}");
    assert!(text.contains("Stufe 2 → 1"), "{text}");
    // Without votes there is no discussion list.
    assert!(!text.contains("Diskussionsliste"));

    // Via the CLI, with --compare.
    let out = dir.path().join("bericht.pdf");
    let output = reifegrad(&[
        "report",
        s(&new),
        "-o",
        s(&out),
        "--compare",
        s(&dir.path().join("lindenhagen-2025.ron")),
    ]);
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let text = pdf_text(&std::fs::read(&out).unwrap());
    assert!(text.contains("Gesamt 39,4 42,0 +2,6"), "{text}");
}

#[test]
fn pdf_appendix_lists_where_the_room_disagreed() {
    let q = bundled_questionnaire().unwrap();
    let mut a = example_assessment(&q);
    let raters: Vec<String> = ["Hauptamt", "Kämmerei", "IT"]
        .iter()
        .map(|l| a.add_rater(l))
        .collect();
    for (rater, level) in raters.iter().zip([0, 2, 4]) {
        a.set_vote("backend.e-akte", rater, Some(Response::Level(level)))
            .unwrap();
    }
    for (rater, level) in raters.iter().zip([1, 2, 3]) {
        a.set_vote("kultur.ziele", rater, Some(Response::Level(level)))
            .unwrap();
    }
    for (rater, level) in raters.iter().zip([2, 2, 3]) {
        a.set_vote("kultur.delegation", rater, Some(Response::Level(level)))
            .unwrap();
    }
    let pdf = render_pdf(&ReportInput::new(
        &reifegrad::analysis::analyse(&q, &a, None, None),
        &a,
        Lang::De,
    ))
    .unwrap();
    let text = pdf_text(&pdf);
    let list = &text[text.find("Diskussionsliste").expect("discussion list")..];
    assert!(!text.contains("Was sich seit"));
    let e_akte = list.find("Spannweite 4").unwrap();
    let ziele = list.find("Spannweite 2").unwrap();
    assert!(e_akte < ziele, "most disagreement first: {list}");
    assert!(list.contains("Konsens (Median): Stufe 2"), "{list}");
    assert!(!list.contains("Spannweite 1"), "{list}");
}

/// Another town's earlier assessment is refused by the app and by `score` and `report
/// --compare`, with the same sentence naming the file and both towns.
#[test]
fn another_towns_assessment_is_refused_by_app_and_cli_alike() {
    use crate::common::app::{ScriptedDialogs, harness};
    let dir = tempfile::tempdir().unwrap();
    let (q, new, _) = two_years(dir.path());
    let mut other = earlier(&q);
    other.profile.name = "Birkenau".into();
    let foreign = dir.path().join("birkenau-2025.ron");
    save_assessment(&foreign, &other).unwrap();
    let now = current(&q, &new);
    let linked = reifegrad::progress::load_linked(&foreign, &q).unwrap();
    let refused = reifegrad::progress::same_town(&now, &linked).unwrap_err();
    let sentence = reifegrad::present::rules::other_town(&refused, Lang::De);
    assert!(sentence.contains("birkenau-2025.ron"), "{sentence}");
    assert!(sentence.contains("„Birkenau“") && sentence.contains("„Lindenhagen“"));

    // The command line refuses before printing anything.
    let output = reifegrad(&["score", s(&new), "--compare", s(&foreign)]);
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains(&sentence), "{stderr}");
    assert!(output.stdout.is_empty());
    let output = reifegrad(&["score", s(&new), "--compare", s(&foreign), "--lang", "en"]);
    assert_eq!(output.status.code(), Some(1));
    let english = reifegrad::present::rules::other_town(&refused, Lang::En);
    assert!(String::from_utf8_lossy(&output.stderr).contains(&english));
    let pdf = dir.path().join("bericht.pdf");
    let output = reifegrad(&["report", s(&new), "-o", s(&pdf), "--compare", s(&foreign)]);
    assert_eq!(output.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&output.stderr).contains(&sentence));
    assert!(!pdf.exists());

    // The app does not link it and says the same.
    let mut h = harness(
        dir.path(),
        std::sync::Arc::new(ScriptedDialogs::default()),
        Some(new.clone()),
    );
    h.run();
    h.state_mut().link_earlier(&foreign);
    let notice = &h.state().notices.last().unwrap().text;
    assert!(notice.contains(&sentence), "{notice}");
    let session = h.state().session.as_ref().unwrap();
    assert_eq!(session.assessment.earlier, ["lindenhagen-2025.ron"]);
}
