//! Every output of one consistency fixture, side by side: `score --json`, the `score`
//! table, the PDF's text and the labels of the app's results view (driven through
//! egui_kittest). The consistency and narrative tests compare and read them.

#![allow(dead_code, clippy::unwrap_used)]

use super::cli::{path_str, stdout_of};
use super::fixtures::{self, Fixture};
use egui_kittest::Harness;
use egui_kittest::kittest::{By, NodeT, Queryable};
use reifegrad::session::Session;
use reifegrad::text::Lang;
use reifegrad::ui::results_ui::ResultsView;
use std::sync::Arc;

/// The outputs of one fixture in one language.
pub struct Outputs {
    /// The fixture.
    pub fixture: Fixture,
    /// `score --json`.
    pub json: serde_json::Value,
    /// The `score` table, no-break spaces as spaces.
    pub table: String,
    /// The PDF's text, white space collapsed.
    pub pdf: String,
    /// The results view's label texts in reading order, no-break spaces as spaces.
    pub labels: Vec<String>,
}

fn lang_arg(lang: Lang) -> &'static str {
    match lang {
        Lang::De => "de",
        Lang::En => "en",
    }
}

/// Runs every output for `fixture` in `lang`.
pub fn outputs(fixture: Fixture, lang: Lang) -> Outputs {
    let questionnaire = fixtures::questionnaire_path();
    let file = fixture.path();
    let bench = fixtures::benchmark_path();
    let mut args = vec![
        "score",
        path_str(&file),
        "--questionnaire",
        path_str(&questionnaire),
        "--lang",
        lang_arg(lang),
    ];
    if fixture.with_peers {
        args.extend(["--benchmark", path_str(&bench)]);
    }
    let table = stdout_of(&args).replace('\u{a0}', " ");
    args.push("--json");
    let json: serde_json::Value = serde_json::from_str(&stdout_of(&args)).unwrap();

    let dir = tempfile::tempdir().unwrap();
    let pdf_path = dir.path().join("report.pdf");
    let mut args = vec![
        "report",
        path_str(&file),
        "--questionnaire",
        path_str(&questionnaire),
        "--lang",
        lang_arg(lang),
        "-o",
        path_str(&pdf_path),
    ];
    if fixture.with_peers {
        args.extend(["--benchmark", path_str(&bench)]);
    }
    stdout_of(&args);
    let pdf = super::pdf::text(&std::fs::read(&pdf_path).unwrap());

    Outputs {
        fixture,
        json,
        table,
        pdf,
        labels: results_labels(fixture, lang),
    }
}

/// The label texts of the results view showing `fixture` (with the 8 peers where the
/// fixture has them), in reading order.
pub fn results_labels(fixture: Fixture, lang: Lang) -> Vec<String> {
    let questionnaire = Arc::new(fixtures::questionnaire());
    let assessment = fixture.assessment(&questionnaire);
    let data = tempfile::tempdir().unwrap();
    let session = Session::open_file(assessment, fixture.path(), data.path());
    let benchmark = fixture.with_peers.then(|| Arc::new(fixtures::benchmark()));
    // No group set: the view takes the app's default group.
    let mut view = ResultsView::default();
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1366.0, 3000.0))
        .build_ui(move |ui| {
            reifegrad::ui::theme::install_fonts(ui.ctx());
            reifegrad::ui::theme::apply(ui.ctx(), reifegrad::ui::prefs::ThemeChoice::Light, false);
            *ui.style_mut() = (*ui.ctx().style_of(egui::Theme::Light)).clone();
            view.ui(ui, &questionnaire, &session, benchmark.as_ref(), lang);
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

/// A JSON number as the outputs print it: one decimal, German comma; „–“ for null.
pub fn score_text(value: &serde_json::Value, lang: Lang) -> String {
    match value.as_f64() {
        None => "–".into(),
        Some(v) => {
            let text = format!("{v:.1}");
            match lang {
                Lang::De => text.replace('.', ","),
                Lang::En => text,
            }
        }
    }
}

/// A JSON stage as printed: its name, „–“ for null.
pub fn stage_text(value: &serde_json::Value) -> String {
    value.as_str().unwrap_or("–").to_string()
}
