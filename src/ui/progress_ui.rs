//! Progress over the years: each dimension's score per assessment year as a line chart,
//! the change since the latest earlier assessment and the questions that moved.

use super::command::Command;
use super::t;
use crate::model::Questionnaire;
use crate::present::{format_change, format_score, history_labels};
use crate::progress::History;
use crate::text::Lang;
use egui_plot::{Legend, Line, Plot, PlotPoints, Points};

/// Line colours for the dimensions, distinguishable also for common colour blindness.
const SERIES: [egui::Color32; 6] = [
    egui::Color32::from_rgb(0, 114, 178),
    egui::Color32::from_rgb(230, 159, 0),
    egui::Color32::from_rgb(0, 158, 115),
    egui::Color32::from_rgb(204, 121, 167),
    egui::Color32::from_rgb(86, 180, 233),
    egui::Color32::from_rgb(213, 94, 0),
];

/// A date's position on the chart's x axis: the year, plus the share of the year passed
/// only where two assessments fall into the same year.
fn year_value(date: crate::model::Date, history: &History) -> f64 {
    let shared = history
        .points
        .iter()
        .filter(|p| p.date.year == date.year)
        .count()
        > 1;
    let offset = if shared {
        (f64::from(date.month) - 1.0) / 12.0
    } else {
        0.0
    };
    f64::from(date.year) + offset
}

/// Shows the progress section; returns commands (link another earlier assessment).
pub fn progress_ui(
    ui: &mut egui::Ui,
    questionnaire: &Questionnaire,
    history: &History,
    lang: Lang,
) -> Vec<Command> {
    let mut commands = Vec::new();
    ui.heading(if history.has_earlier() {
        history.title(lang)
    } else {
        t(
            lang,
            "Entwicklung über die Jahre",
            "Progress over the years",
        )
        .to_string()
    });
    for note in &history.notes {
        let color = if note.is_error() {
            ui.visuals().error_fg_color
        } else {
            ui.visuals().warn_fg_color
        };
        ui.colored_label(color, note.line());
    }
    if !history.has_earlier() {
        ui.label(t(lang, "Verknüpfen Sie die Bewertung des Vorjahres, um die Veränderung je Handlungsfeld zu sehen.", "Link last year's assessment to see the change per field."));
    } else {
        let labels = history_labels(history);
        egui::Grid::new("history-table")
            .num_columns(labels.len() + 2)
            .striped(true)
            .spacing([14.0, 6.0])
            .show(ui, |ui| {
                ui.label(egui::RichText::new(t(lang, "Handlungsfeld", "Field")).strong());
                for label in &labels {
                    ui.label(egui::RichText::new(label).strong());
                }
                ui.label(egui::RichText::new(t(lang, "Veränderung", "Change")).strong());
                ui.end_row();
                for d in &history.dimensions {
                    ui.label(super::short_dimension_name(d.name.get(lang)));
                    for s in &d.scores {
                        ui.label(format_score(*s, lang));
                    }
                    ui.label(egui::RichText::new(format_change(d.change, lang)).strong());
                    ui.end_row();
                }
                ui.label(t(lang, "Gesamt", "Overall"));
                for p in &history.points {
                    ui.label(format_score(p.overall, lang));
                }
                ui.label(egui::RichText::new(format_change(history.overall_change, lang)).strong());
                ui.end_row();
            });
        ui.add_space(6.0);
        let height = (ui.available_width() * 0.3).clamp(200.0, 420.0);
        let first = history
            .points
            .first()
            .map_or(0.0, |p| f64::from(p.date.year));
        let last = history
            .points
            .last()
            .map_or(0.0, |p| f64::from(p.date.year));
        Plot::new("history-chart")
            .include_x(first - 0.4)
            .include_x(last + 0.6)
            .height(height)
            .allow_zoom(false)
            .allow_drag(false)
            .allow_scroll(false)
            .allow_boxed_zoom(false)
            .include_y(0.0)
            .include_y(100.0)
            .x_axis_formatter(|mark, _| {
                if (mark.value - mark.value.round()).abs() < 1e-6 {
                    format!("{:.0}", mark.value)
                } else {
                    String::new()
                }
            })
            .legend(Legend::default().position(egui_plot::Corner::LeftTop))
            .show(ui, |plot| {
                for (i, d) in history.dimensions.iter().enumerate() {
                    let points: Vec<[f64; 2]> = history
                        .series(d)
                        .into_iter()
                        .map(|(date, score)| [year_value(date, history), score])
                        .collect();
                    let name = super::short_dimension_name(d.name.get(lang)).to_string();
                    let color = SERIES[i % SERIES.len()];
                    plot.line(
                        Line::new(name.clone(), PlotPoints::from(points.clone()))
                            .color(color)
                            .width(3.0),
                    );
                    plot.points(
                        Points::new(name, PlotPoints::from(points))
                            .color(color)
                            .radius(5.0),
                    );
                }
            });
        if !history.moved.is_empty() {
            ui.add_space(6.0);
            ui.label(
                egui::RichText::new(t(
                    lang,
                    "Fragen, die sich bewegt haben",
                    "Questions that moved",
                ))
                .strong(),
            );
            for moved in history.moved.iter().take(12) {
                let text = questionnaire
                    .question(&moved.question_id)
                    .map(|(_, q)| q.text.get(lang).to_string())
                    .unwrap_or_else(|| moved.question_id.clone());
                let arrow = if moved.is_up() { "▲" } else { "▼" };
                ui.add(
                    egui::Label::new(format!(
                        "{arrow} {} {} → {}: {text}",
                        moved.code, moved.from, moved.to
                    ))
                    .wrap(),
                );
            }
            if history.moved.len() > 12 {
                ui.label(format!(
                    "… {} {}",
                    history.moved.len() - 12,
                    t(
                        lang,
                        "weitere (im PDF vollständig)",
                        "more (all in the PDF)"
                    )
                ));
            }
        }
    }
    if ui.button(Command::LinkEarlier.label(lang)).clicked() {
        commands.push(Command::LinkEarlier);
    }
    commands
}
