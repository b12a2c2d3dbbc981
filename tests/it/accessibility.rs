//! Accessibility (BITV 2.0 / EN 301 549) in the AccessKit tree a screen reader reads:
//! the real app driven through egui_kittest through each main view (start, a question,
//! results with peers, plan, workshop with participants, discussion, the built-in file
//! dialog, keyboard help, about). Every interactive node must have a name with letters
//! in it; the window and the dialogs are named; the charts carry a name and a
//! description with their figures; headings have the heading role; the results table
//! exposes table, row and cell roles; the progress bar is named and has a maximum.

#![allow(clippy::unwrap_used)]

use crate::common::app as support;

use egui::accesskit::{Action, Role};
use egui::{Key, accessibility::is_input};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use reifegrad::ui::ReifegradApp;
use std::sync::Arc;
use support::{ScriptedDialogs, example_file, harness, harness_sized};

type App = Harness<'static, ReifegradApp>;

/// What a screen reader reads as the node's name (AT-SPI: the value of a label, the
/// label or the labelling nodes of anything else).
fn name_of(node: &egui_kittest::Node<'_>) -> String {
    let ak = node.accesskit_node();
    let name = if ak.label_comes_from_value() {
        ak.value()
    } else {
        ak.label()
    };
    name.unwrap_or_default()
}

/// Whether the user can act on the node: an input role, or a click or focus action on
/// anything but text (a selectable label or heading is read, not operated) and a scroll bar (egui's
/// scroll bars have no name of their own; screen readers scroll by moving the focus).
fn is_interactive(node: &egui_kittest::Node<'_>) -> bool {
    let ak = node.accesskit_node();
    let data = ak.data();
    is_input(ak.role())
        || (!matches!(ak.role(), Role::Label | Role::Heading | Role::ScrollBar)
            && (data.supports_action(Action::Click) || data.supports_action(Action::Focus)))
}

/// Whether a name says something: it has at least one letter.
fn has_letters(name: &str) -> bool {
    name.chars().any(char::is_alphabetic)
}

/// The findings of one view.
#[derive(Default, Debug)]
struct Audit {
    view: String,
    interactive: usize,
    nameless: Vec<String>,
    symbols_only: Vec<String>,
}

/// Walks the whole tree of the last frame: every interactive node, and every window or
/// dialog, must have a name with letters in it.
fn audit(h: &App, view: &str) -> Audit {
    let mut found = Audit {
        view: view.to_string(),
        ..Audit::default()
    };
    let root = h.root();
    let nodes = std::iter::once(root).chain(root.children_recursive());
    for node in nodes {
        let role = node.accesskit_node().role();
        let window = matches!(role, Role::Window | Role::Dialog | Role::AlertDialog);
        if !(is_interactive(&node) || window) {
            continue;
        }
        found.interactive += 1;
        let name = name_of(&node);
        let at = match node.accesskit_node().bounding_box() {
            Some(r) => format!(
                "{role:?} at ({:.0},{:.0})–({:.0},{:.0})",
                r.x0, r.y0, r.x1, r.y1
            ),
            None => format!("{role:?} (the window)"),
        };
        if name.trim().is_empty() {
            found.nameless.push(at);
        } else if !has_letters(&name) {
            found.symbols_only.push(format!("{at} named {name:?}"));
        }
    }
    found
}

fn data_dir() -> tempfile::TempDir {
    tempfile::tempdir().unwrap()
}

/// The example town opened in a window of `size`.
fn example_at(dir: &tempfile::TempDir, size: egui::Vec2) -> App {
    let file = example_file(dir.path());
    harness_sized(
        dir.path(),
        Arc::new(ScriptedDialogs::default()),
        Some(file),
        size,
    )
}

/// Adds workshop participants by name through the „Neu:“ field.
fn add_participants(h: &mut App, names: &[&str]) {
    for name in names {
        h.get_by_label("Neu:").click();
        h.run();
        h.get_by_label("Neu:").type_text(name);
        h.run();
        h.get_by_label("Hinzufügen").click();
        h.run();
    }
}

/// The example town in workshop mode with three participants who voted on question 1.
fn workshop(dir: &tempfile::TempDir) -> App {
    let mut h = example_at(dir, egui::vec2(1366.0, 768.0));
    h.key_press(Key::F2);
    h.run();
    add_participants(&mut h, &["Anna", "Kämmerei", "IT"]);
    h.get_by_label_contains("Stimmen:").click();
    h.run();
    for key in [Key::Num2, Key::Num3, Key::Num1] {
        h.key_press(key);
        h.run();
    }
    h
}

/// The example town's results with the bundled benchmark's peers, tall enough for the
/// table and both charts.
fn results(dir: &tempfile::TempDir) -> App {
    let mut h = example_at(dir, egui::vec2(1366.0, 2400.0));
    assert!(h.state().benchmark.is_some(), "no benchmark loaded");
    h.get_by_label("Ergebnis").click();
    h.run();
    h
}

/// Every main view, each in its state, audited.
fn audit_every_view() -> Vec<Audit> {
    let mut audits = Vec::new();

    let dir = data_dir();
    let h = harness(dir.path(), Arc::new(ScriptedDialogs::default()), None);
    audits.push(audit(&h, "start"));
    let mut h = h;
    h.state_mut()
        .open_file(&dir.path().join("does-not-exist.reifegrad"));
    h.run();
    assert!(!h.state().notices.is_empty(), "no message shown");
    audits.push(audit(&h, "message"));

    let dir = data_dir();
    let h = example_at(&dir, egui::vec2(1366.0, 768.0));
    audits.push(audit(&h, "question"));

    let dir = data_dir();
    let h = results(&dir);
    audits.push(audit(&h, "results"));

    let dir = data_dir();
    let mut h = example_at(&dir, egui::vec2(1366.0, 1200.0));
    h.state_mut().open_view("plan");
    h.run();
    audits.push(audit(&h, "plan"));

    let dir = data_dir();
    let mut h = workshop(&dir);
    audits.push(audit(&h, "workshop"));
    h.state_mut().open_view("discussion");
    h.run();
    audits.push(audit(&h, "discussion"));

    let dir = data_dir();
    let file = example_file(dir.path());
    let mut h = harness(
        dir.path(),
        Arc::new(ScriptedDialogs::unavailable()),
        Some(file),
    );
    h.state_mut().open_view("open-dialog");
    h.run();
    assert!(h.state().file_dialog.is_some(), "no built-in dialog");
    audits.push(audit(&h, "file dialog"));

    let dir = data_dir();
    let mut h = example_at(&dir, egui::vec2(1366.0, 768.0));
    h.state_mut().open_view("help");
    h.run();
    audits.push(audit(&h, "help"));

    let dir = data_dir();
    let mut h = example_at(&dir, egui::vec2(1366.0, 768.0));
    h.state_mut().about.open = true;
    h.run();
    audits.push(audit(&h, "about"));

    audits
}

#[test]
fn every_interactive_node_has_a_name_with_letters_in_every_view() {
    let audits = audit_every_view();
    let mut report = String::new();
    for a in &audits {
        eprintln!(
            "{:<12} interactive {:>3}  nameless {:>2}  symbols only {:>2}",
            a.view,
            a.interactive,
            a.nameless.len(),
            a.symbols_only.len()
        );
        for offender in a.nameless.iter().chain(&a.symbols_only) {
            report.push_str(&format!("  {}: {offender}\n", a.view));
        }
    }
    assert!(
        report.is_empty(),
        "interactive nodes without a name that says what they do:\n{report}"
    );
}

/// Every node of the last frame.
fn all_nodes(h: &App) -> Vec<egui_kittest::Node<'_>> {
    let root = h.root();
    std::iter::once(root)
        .chain(root.children_recursive())
        .collect()
}

/// The nodes of `role`.
fn with_role(h: &App, role: Role) -> Vec<egui_kittest::Node<'_>> {
    all_nodes(h)
        .into_iter()
        .filter(|n| n.accesskit_node().role() == role)
        .collect()
}

/// The text a node and its descendants show (labels' values, other nodes' names).
fn text_of(node: &egui_kittest::Node<'_>) -> String {
    std::iter::once(*node)
        .chain(node.children_recursive())
        .map(|n| name_of(&n))
        .filter(|t| !t.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn the_window_and_the_dialogs_are_named_like_their_titles() {
    let dir = data_dir();
    let file = example_file(dir.path());
    let mut h = harness(
        dir.path(),
        Arc::new(ScriptedDialogs::unavailable()),
        Some(file),
    );
    let window = name_of(&h.root());
    assert!(window.starts_with("Reifegrad – Lindenhagen"), "{window}");
    h.state_mut().open_view("open-dialog");
    h.run();
    let dialogs: Vec<String> = with_role(&h, Role::Dialog).iter().map(name_of).collect();
    assert!(
        dialogs.iter().any(|d| d == "Bewertung öffnen"),
        "dialogs: {dialogs:?}"
    );
}

#[test]
fn the_charts_are_images_with_a_name_and_their_figures_as_description() {
    let dir = data_dir();
    let h = results(&dir);
    let charts = with_role(&h, Role::Image);
    assert_eq!(charts.len(), 2, "radar and box plot: {charts:?}");
    for chart in &charts {
        let name = name_of(chart);
        let description = chart.accesskit_node().description().unwrap_or_default();
        assert!(has_letters(&name), "chart without a name: {chart:?}");
        let figures = description
            .split(|c: char| !(c.is_ascii_digit() || c == ','))
            .filter(|w| w.contains(',') && w.chars().any(|c| c.is_ascii_digit()))
            .count();
        assert!(
            figures >= 4,
            "{name}: description without figures: {description:?}"
        );
        eprintln!("{name}\n  {description}");
    }
    let radar = charts
        .iter()
        .find(|c| name_of(c).starts_with("Netzdiagramm"))
        .expect("no radar chart");
    let description = radar.accesskit_node().description().unwrap();
    assert!(description.starts_with("Profil: "), "{description}");
    assert!(description.contains("Punkte, Median "), "{description}");
    // The figures are those of the results table, field by field.
    let analysis_scores = {
        let q = reifegrad::model::bundled_questionnaire().unwrap();
        let a = reifegrad::model::example::example_assessment(&q);
        reifegrad::scoring::score(&q, &a)
    };
    for d in &analysis_scores.dimensions {
        let score = reifegrad::present::format_score(d.score, reifegrad::text::Lang::De);
        assert!(description.contains(&score), "{score} not in {description}");
    }
}

#[test]
fn each_view_has_headings_with_the_heading_role() {
    let expect = |h: &App, view: &str, heading: &str| {
        let headings: Vec<String> = with_role(h, Role::Heading).iter().map(name_of).collect();
        assert!(
            headings.iter().any(|t| t.starts_with(heading)),
            "{view}: no heading {heading:?} among {headings:?}"
        );
    };
    let dir = data_dir();
    let h = harness(dir.path(), Arc::new(ScriptedDialogs::default()), None);
    expect(&h, "start", "Digitaler Reifegrad");

    let dir = data_dir();
    let mut h = results(&dir);
    expect(&h, "results", "Ergebnis – Lindenhagen");
    expect(&h, "results", "Wichtigste nächste Schritte");
    let levels: Vec<usize> = with_role(&h, Role::Heading)
        .iter()
        .filter_map(|n| n.accesskit_node().level())
        .collect();
    assert!(levels.contains(&1) && levels.contains(&2), "{levels:?}");
    h.state_mut().open_view("plan");
    h.run();
    expect(&h, "plan", "Maßnahmenplan");
}

#[test]
fn the_results_table_has_table_row_and_cell_roles() {
    let dir = data_dir();
    let h = results(&dir);
    let tables = with_role(&h, Role::Table);
    assert_eq!(tables.len(), 1, "{tables:?}");
    let table = tables[0];
    assert!(has_letters(&name_of(&table)));
    assert!(
        table
            .accesskit_node()
            .description()
            .is_some_and(|d| d.contains("Dimension")),
        "table without description"
    );
    let rows: Vec<_> = table
        .children()
        .filter(|r| r.accesskit_node().role() == Role::Row)
        .collect();
    let fields = h.state().questionnaire().unwrap().dimensions.len();
    assert_eq!(rows.len(), fields + 1, "header row and a row per field");
    let cells = |row: &egui_kittest::Node<'_>| -> Vec<(Role, String)> {
        row.children()
            .map(|c| (c.accesskit_node().role(), text_of(&c)))
            .collect()
    };
    let header = cells(&rows[0]);
    assert!(
        header.iter().all(|(role, _)| *role == Role::ColumnHeader),
        "{header:?}"
    );
    assert_eq!(header[0].1, "Dimension");
    assert_eq!(header[1].1, "Punkte");
    for row in &rows[1..] {
        let cells = cells(row);
        assert_eq!(cells.len(), header.len(), "{cells:?}");
        assert!(
            cells.iter().all(|(role, _)| *role == Role::Cell),
            "{cells:?}"
        );
        assert!(cells.iter().all(|(_, text)| !text.is_empty()), "{cells:?}");
    }
}

#[test]
fn the_progress_bar_level_cards_and_remove_buttons_say_what_they_are() {
    let dir = data_dir();
    let h = workshop(&dir);
    let bars = with_role(&h, Role::ProgressIndicator);
    assert_eq!(bars.len(), 1, "{bars:?}");
    let bar = bars[0].accesskit_node();
    let name = name_of(&bars[0]);
    assert!(
        name.starts_with("Fortschritt: ") && name.ends_with("Fragen beantwortet"),
        "{name}"
    );
    assert_eq!(bar.max_numeric_value(), Some(100.0));
    assert_eq!(bar.min_numeric_value(), Some(0.0));
    assert!(
        bar.numeric_value()
            .is_some_and(|v| (0.0..=100.0).contains(&v))
    );

    let buttons: Vec<String> = with_role(&h, Role::Button).iter().map(name_of).collect();
    for level in 0..=4 {
        let prefix = format!("Stufe {level}: ");
        let card = buttons
            .iter()
            .find(|b| b.starts_with(&prefix))
            .unwrap_or_else(|| panic!("no level card {level} in {buttons:?}"));
        assert!(card.len() > prefix.len() + 10, "{card}");
    }
    // The votes cast on this question are read with the level.
    assert!(
        buttons.iter().any(|b| b.ends_with("(1 Stimme)")),
        "{buttons:?}"
    );
    for name in ["Anna", "Kämmerei", "IT"] {
        let remove = format!("Teilnehmende „{name}“ entfernen (mit ihren Stimmen)");
        assert!(buttons.contains(&remove), "no {remove:?} in {buttons:?}");
    }
}
