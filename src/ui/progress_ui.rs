//! Progress over the years: each dimension's score per assessment year as a line chart,
//! the change since the latest earlier assessment and the questions that moved.

use super::a11y::AccessibleResponse;
use super::command::{Action, Command};
use crate::model::Questionnaire;
use crate::present::{format_change, format_score, history_labels};
use crate::progress::History;
use crate::text::Lang;
use crate::tr;

/// Shows the progress section; returns commands (link another earlier assessment).
pub(crate) fn progress_ui(
    ui: &mut egui::Ui,
    questionnaire: &Questionnaire,
    history: &History,
    lang: Lang,
) -> Vec<Command> {
    let mut commands = Vec::new();
    ui.heading(if history.has_earlier() {
        history.title(lang)
    } else {
        tr!(lang, "progress-progress-over-years").to_string()
    })
    .heading_level(2);
    for note in &history.notes {
        let color = if note.is_error() {
            ui.visuals().error_fg_color
        } else {
            ui.visuals().warn_fg_color
        };
        ui.colored_label(color, note.line(lang));
    }
    if !history.has_earlier() {
        ui.label(tr!(lang, "progress-link-last-year-s"));
    } else {
        let labels = history_labels(history, lang);
        egui::Grid::new("history-table")
            .num_columns(labels.len() + 2)
            .striped(true)
            .spacing([14.0, 6.0])
            .show(ui, |ui| {
                ui.label(egui::RichText::new(tr!(lang, "field")).strong());
                for label in &labels {
                    ui.label(egui::RichText::new(label).strong());
                }
                ui.label(egui::RichText::new(tr!(lang, "change")).strong());
                ui.end_row();
                for d in &history.dimensions {
                    ui.label(super::short_dimension_name(d.name.get(lang)));
                    for s in &d.scores {
                        ui.label(format_score(*s, lang));
                    }
                    ui.label(egui::RichText::new(format_change(d.change, lang)).strong());
                    ui.end_row();
                }
                ui.label(tr!(lang, "overall"));
                for p in &history.points {
                    ui.label(format_score(p.overall, lang));
                }
                ui.label(egui::RichText::new(format_change(history.overall_change, lang)).strong());
                ui.end_row();
            });
        ui.add_space(6.0);
        super::charts::progress_chart_ui(ui, history, lang);
        if !history.moved.is_empty() {
            ui.add_space(6.0);
            ui.label(egui::RichText::new(tr!(lang, "progress-questions-that-moved")).strong());
            for moved in history.moved.iter().take(12) {
                let full = questionnaire
                    .question(&moved.question_id)
                    .map(|(_, q)| q.text.get(lang).to_string())
                    .unwrap_or_else(|| moved.question_id.clone());
                let arrow = if moved.is_up() { "▲" } else { "▼" };
                ui.add(
                    egui::Label::new(format!(
                        "{arrow} {}: {} → {}",
                        crate::present::question_label(questionnaire, &moved.question_id, lang),
                        crate::present::level_label(moved.from, lang),
                        moved.to
                    ))
                    .wrap(),
                )
                .on_hover_text(full);
            }
            if history.moved.len() > 12 {
                ui.label(format!(
                    "… {} {}",
                    history.moved.len() - 12,
                    tr!(lang, "progress-more-all-in-pdf")
                ));
            }
        }
    }
    if ui.button(Action::LinkEarlier.label(lang)).clicked() {
        commands.push(Command::Action(Action::LinkEarlier));
    }
    commands
}
