//! The result charts' hover texts, driven through egui_kittest: German with decimal
//! commas, the peers' box named with P10/P90 (never Max/Min), the own-value marker with
//! its own hover text, a 0–100 axis under the box plot; the radar is larger in projector
//! mode.

#![allow(clippy::unwrap_used)]

use crate::common::app as support;

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use reifegrad::ui::ReifegradApp;
use std::sync::Arc;
use support::{ScriptedDialogs, example_file, harness_sized};

/// Every text painted in the last frame (labels, plot axes, plot hover texts).
fn painted_texts(h: &Harness<'static, ReifegradApp>) -> Vec<String> {
    fn collect(shape: &egui::Shape, out: &mut Vec<String>) {
        match shape {
            egui::Shape::Text(text) => out.push(text.galley.text().to_string()),
            egui::Shape::Vec(shapes) => shapes.iter().for_each(|s| collect(s, out)),
            _ => {}
        }
    }
    let mut out = Vec::new();
    for clipped in &h.output().shapes {
        collect(&clipped.shape, &mut out);
    }
    out
}

/// Hovers at `pos` and returns the painted texts containing `needle`.
fn hover_texts(
    h: &mut Harness<'static, ReifegradApp>,
    pos: egui::Pos2,
    needle: &str,
) -> Vec<String> {
    h.hover_at(pos);
    h.run();
    painted_texts(h)
        .into_iter()
        .filter(|t| t.contains(needle))
        .collect()
}

/// The example town's results in a window tall enough for both charts.
fn results() -> (tempfile::TempDir, Harness<'static, ReifegradApp>) {
    let dir = tempfile::tempdir().unwrap();
    let file = example_file(dir.path());
    let mut h = harness_sized(
        dir.path(),
        Arc::new(ScriptedDialogs::default()),
        Some(file),
        egui::vec2(1366.0, 1500.0),
    );
    h.get_by_label("Ergebnis").click();
    h.run();
    (dir, h)
}

#[test]
fn box_plot_hover_is_german_with_p10_p90_and_the_own_marker_has_its_own() {
    let (_dir, mut h) = results();
    let heading = h
        .get_by_label("Eigene Werte in der Verteilung der Vergleichsgruppe")
        .rect();
    let caption = h.get_by_label_contains("◆ eigener Wert").rect();
    // The 0–100 axis: its marks and its title are painted under the boxes.
    let texts = painted_texts(&h);
    for mark in ["0", "20", "40", "60", "80", "100", "Punkte (0–100)"] {
        assert!(texts.iter().any(|t| t == mark), "no axis mark {mark}");
    }

    // Walk down the middle of the plot until a peer box answers.
    let right = 1366.0 - 16.0;
    let middle_x = (heading.left() + 120.0 + right) / 2.0;
    let mut found = None;
    let mut y = heading.bottom() + 10.0;
    while y < caption.top() && found.is_none() {
        let texts = hover_texts(&mut h, egui::pos2(middle_x, y), "P90");
        if let Some(text) = texts.first() {
            found = Some((y, text.clone()));
        }
        y += 12.0;
    }
    let (top, text) = found.expect("no box answered to the pointer");
    // The box's lower edge: where it stops answering.
    let mut bottom = top;
    while !hover_texts(&mut h, egui::pos2(middle_x, bottom + 2.0), "P90").is_empty() {
        bottom += 2.0;
    }
    let row_y = (top + bottom) / 2.0;
    assert!(text.contains("P90 (90. Perzentil): "), "{text}");
    assert!(text.contains("P10 (10. Perzentil): "), "{text}");
    assert!(text.contains("Median: "), "{text}");
    assert!(!text.contains("Max") && !text.contains("Min"), "{text}");
    // Every figure has one decimal after a comma.
    for line in text.lines().skip(1) {
        let figure = line.rsplit(": ").next().unwrap();
        assert!(
            figure.len() >= 3 && figure.as_bytes()[figure.len() - 2] == b',',
            "{line}"
        );
    }

    // Walk along the middle of the box's row until the own score's diamond answers.
    let mut own = None;
    let mut x = heading.left() + 120.0;
    while x < right && own.is_none() {
        own = hover_texts(&mut h, egui::pos2(x, row_y), "Eigener Wert")
            .first()
            .cloned();
        x += 3.0;
    }
    let own = own.expect("the own-value marker has no hover text");
    let figure = own.rsplit(": ").next().unwrap();
    assert!(figure.contains(','), "{own}");
}

/// Where the text `wanted` was painted in the last frame.
fn painted_rect(h: &Harness<'static, ReifegradApp>, wanted: &str) -> Option<egui::Rect> {
    fn find(shape: &egui::Shape, wanted: &str) -> Option<egui::Rect> {
        match shape {
            egui::Shape::Text(text) if text.galley.text() == wanted => {
                Some(text.galley.rect.translate(text.pos.to_vec2()))
            }
            egui::Shape::Vec(shapes) => shapes.iter().find_map(|s| find(s, wanted)),
            _ => None,
        }
    }
    h.output()
        .shapes
        .iter()
        .find_map(|c| find(&c.shape, wanted))
}

#[test]
fn radar_hover_names_the_dimension_with_a_decimal_comma() {
    let (_dir, mut h) = results();
    // The first axis points up: its label sits above the centre, the fourth axis's
    // label left of it.
    let top = painted_rect(&h, "Kultur und\nFührung").expect("no label on the first axis");
    let left = painted_rect(&h, "Front-End").expect("no label on the fourth axis");
    let center = egui::pos2(top.center().x, left.center().y);
    let q = reifegrad::model::bundled_questionnaire().unwrap();
    let a = support::assessment(&h).clone();
    let own = reifegrad::scoring::score(&q, &a).dimensions[0]
        .score
        .unwrap();
    let expected = format!(
        "Eigene Werte\nKultur und Führung: {}",
        reifegrad::present::format_score(Some(own), reifegrad::text::Lang::De)
    );
    let mut y = top.bottom();
    let mut found = None;
    while y < center.y && found.is_none() {
        found = hover_texts(&mut h, egui::pos2(center.x, y), "Eigene Werte\n")
            .first()
            .cloned();
        y += 3.0;
    }
    assert_eq!(found.as_deref(), Some(expected.as_str()));
}

/// The radius of the radar's outer ring in pixels, from where its axis labels were
/// painted: the first axis's label sits on top at 106 % of the ring, the fourth axis's
/// label level with the centre.
fn radar_ring_radius(h: &Harness<'static, ReifegradApp>) -> f32 {
    let top = painted_rect(h, "Kultur und\nFührung").expect("no label on the first axis");
    let left = painted_rect(h, "Front-End").expect("no label on the fourth axis");
    (left.center().y - top.bottom()) / 1.06
}

#[test]
fn the_radar_is_larger_in_projector_mode_than_in_normal_mode_on_the_same_screen() {
    let mut radius = Vec::new();
    for projector in [false, true] {
        let dir = tempfile::tempdir().unwrap();
        let file = example_file(dir.path());
        let mut h = harness_sized(
            dir.path(),
            Arc::new(ScriptedDialogs::default()),
            Some(file),
            egui::vec2(1920.0, 2400.0),
        );
        if projector {
            h.get_by_label("Beamer-Modus").click();
            h.run();
        }
        h.get_by_label("Ergebnis").click();
        h.run();
        radius.push(radar_ring_radius(&h));
    }
    assert!(radius[0] > 150.0, "normal ring radius {}", radius[0]);
    assert!(
        radius[1] > radius[0],
        "projector ring radius {} not above normal {}",
        radius[1],
        radius[0]
    );
}
