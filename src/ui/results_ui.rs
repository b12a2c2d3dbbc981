//! The results summary: per dimension score, coverage and stage; overall stage; findings.

use super::command::Command;
use super::t;
use crate::cli::format_score;
use crate::model::Questionnaire;
use crate::scoring::Scores;
use crate::text::Lang;

/// The results view.
#[derive(Debug, Default)]
pub struct ResultsView;

impl ResultsView {
    /// Shows the scores; returns the commands its buttons triggered.
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        questionnaire: &Questionnaire,
        scores: &Scores,
        lang: Lang,
    ) -> Vec<Command> {
        let mut commands = Vec::new();
        let stage_name = |stage: Option<usize>| {
            stage
                .and_then(|i| questionnaire.stages.get(i))
                .map(|s| s.name.get(lang).to_string())
                .unwrap_or_else(|| "–".into())
        };
        egui::ScrollArea::vertical().show(ui, |ui| {
            ui.set_max_width(1100.0_f32.min(ui.available_width()));
            ui.heading(t(lang, "Ergebnis", "Results"));
            ui.add_space(4.0);
            ui.label(
                egui::RichText::new(format!(
                    "{}: {} – {} {}",
                    t(lang, "Gesamt", "Overall"),
                    stage_name(scores.overall_stage),
                    format_score(scores.overall, lang),
                    t(lang, "von 100 Punkten", "of 100 points"),
                ))
                .text_style(super::theme::question_style()),
            );
            if let Some(stage) = scores.overall_stage.and_then(|i| questionnaire.stages.get(i)) {
                ui.label(stage.description.get(lang));
            }
            ui.add_space(10.0);
            egui::Grid::new("scores")
                .num_columns(5)
                .striped(true)
                .spacing([16.0, 10.0])
                .show(ui, |ui| {
                    for header in [
                        t(lang, "Dimension", "Dimension"),
                        t(lang, "Punkte", "Score"),
                        "",
                        t(lang, "Beantwortet", "Answered"),
                        t(lang, "Stufe", "Stage"),
                    ] {
                        ui.label(egui::RichText::new(header).strong());
                    }
                    ui.end_row();
                    for d in &scores.dimensions {
                        ui.label(d.name.get(lang));
                        ui.label(format_score(d.score, lang));
                        ui.add(
                            egui::ProgressBar::new(d.score.unwrap_or(0.0) as f32 / 100.0)
                                .desired_width(200.0),
                        );
                        let coverage = format!(
                            "{}/{} ({:.0} %)",
                            d.answered,
                            d.total,
                            d.coverage * 100.0
                        );
                        if d.low_coverage() {
                            ui.colored_label(ui.visuals().warn_fg_color, format!("⚠ {coverage}"))
                                .on_hover_text(t(lang, "Weniger als 60 % der Fragen mit einer Stufe beantwortet – der Wert ist unsicher.", "Fewer than 60 % of the questions answered with a level – the score is uncertain."));
                        } else {
                            ui.label(coverage);
                        }
                        ui.label(stage_name(d.stage));
                        ui.end_row();
                    }
                });
            if scores.dimensions.iter().any(|d| d.low_coverage()) {
                ui.colored_label(
                    ui.visuals().warn_fg_color,
                    t(lang, "⚠ Bei weniger als 60 % beantworteter Fragen ist der Wert unsicher. „Weiß nicht“ und „Trifft nicht zu“ zählen nicht mit.", "⚠ With fewer than 60 % of questions answered the score is uncertain. “Don't know” and “not applicable” do not count."),
                );
            }
            ui.add_space(12.0);
            if !scores.diagnoses.is_empty() {
                ui.heading(t(lang, "Befunde", "Findings"));
                for diagnosis in &scores.diagnoses {
                    ui.add_space(4.0);
                    ui.label(egui::RichText::new(diagnosis.title(lang)).strong());
                    ui.label(diagnosis.message(lang));
                }
                ui.add_space(12.0);
            }
            if ui.button(format!("← {}", Command::ShowQuestions.label(lang))).clicked() {
                commands.push(Command::ShowQuestions);
            }
        });
        commands
    }
}
