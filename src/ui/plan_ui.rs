//! The „Maßnahmenplan“ view: take prioritised measures into the plan, give each an
//! owner, a start quarter, costs, effort and a status, and set targets per field for
//! the next assessment. Every input is a labelled widget reachable with Tab.

use super::a11y::AccessibleResponse;
use super::command::{Command, Edit};
use crate::analysis::Analysis;
use crate::model::{Date, FieldTarget, Plan, PlanStatus, PlannedMeasure, Quarter, Questionnaire};
use crate::present::question_code;
use crate::session::Session;
use crate::text::Lang;
use crate::tr;

/// How many of the prioritised measures the view offers before „show all“.
const OFFERED: usize = 12;

/// State of the plan view.
#[derive(Debug, Default)]
pub struct PlanView {
    /// Whether all prioritised measures are listed (not only the first [`OFFERED`]).
    pub show_all: bool,
}

/// An optional whole number typed as text: empty means „not entered“; thousands
/// separators („10.000“, „10 000“) are accepted.
fn parse_amount(text: &str) -> Option<u64> {
    let digits: String = text
        .chars()
        .filter(|c| !matches!(c, '.' | ' ' | '\u{a0}' | '\u{202f}' | '€'))
        .collect();
    digits.trim().parse().ok()
}

/// A labelled single-line input for an optional number; returns the new value when the
/// user changed it.
fn amount_field(ui: &mut egui::Ui, label: &str, value: Option<u64>) -> Option<Option<u64>> {
    let mut text = value.map(|v| v.to_string()).unwrap_or_default();
    let mut changed = None;
    ui.horizontal(|ui| {
        let label = ui.label(label);
        let response = ui
            .add(egui::TextEdit::singleline(&mut text).desired_width(90.0))
            .labelled_by(label.id);
        if response.changed() {
            let cleaned: String = text.chars().filter(|c| !c.is_alphabetic()).collect();
            changed = Some(if cleaned.trim().is_empty() {
                None
            } else {
                parse_amount(&cleaned).or(value)
            });
        }
    });
    changed
}

impl PlanView {
    /// Shows the view for the analysis of the session's assessment (the same ranking and
    /// numbers as the results view and the PDF); a change of the plan comes back as
    /// [`Command::Edit(Edit::SetPlan)`].
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        analysis: &Analysis,
        session: &Session,
        lang: Lang,
    ) -> Option<Command> {
        let Self { show_all } = self;
        let questionnaire = analysis.questionnaire;
        let mut plan = session.assessment.plan.clone();
        let scores = &analysis.scores;
        let default_start = Quarter::of(session.assessment.date).plus(1);

        super::screen::page_scroll(ui, "plan").show(ui, |ui| {
            ui.heading(tr!(lang, "measures-plan")).heading_level(1);
            ui.label(tr!(lang, "plan-take-measures-from-ranking"));
            ui.add_space(8.0);

            proposed_ui(ui, analysis, &mut plan, show_all, lang);
            ui.heading(tr!(lang, "plan-in-plan-2")).heading_level(2);
            if plan.measures.is_empty() {
                ui.label(tr!(lang, "plan-no-measure-taken-yet"));
            }
            let mut remove = None;
            for (i, entry) in plan.measures.iter_mut().enumerate() {
                if entry_ui(ui, questionnaire, i, entry, default_start, lang) {
                    remove = Some(i);
                }
            }
            if let Some(i) = remove {
                plan.measures.remove(i);
            }
            ui.add_space(10.0);

            targets_ui(
                ui,
                questionnaire,
                &mut plan,
                lang,
                scores,
                session.assessment.date,
            );
        });

        (plan != session.assessment.plan).then(|| Command::Edit(Edit::SetPlan(Box::new(plan))))
    }
}

/// The prioritised measures (the first [`OFFERED`], or all with `show_all`), each with a
/// button that takes it into `plan`.
fn proposed_ui(
    ui: &mut egui::Ui,
    analysis: &Analysis,
    plan: &mut Plan,
    show_all: &mut bool,
    lang: Lang,
) {
    let questionnaire = analysis.questionnaire;
    let measures = &analysis.measures;
    ui.heading(tr!(lang, "plan-proposed-measures"))
        .heading_level(2);
    let limit = if *show_all { measures.len() } else { OFFERED };
    let button_label = |rank: usize, code: &str| {
        format!(
            "{} {} ({} {code})",
            tr!(lang, "plan-into-plan"),
            rank + 1,
            tr!(lang, "question"),
        )
    };
    // The buttons in one column as wide as the widest, the measures beside them.
    let column = measures
        .iter()
        .enumerate()
        .take(limit)
        .map(|(rank, m)| {
            let code = question_code(questionnaire, &m.question.id);
            egui::WidgetText::from(button_label(rank, &code))
                .into_galley(
                    ui,
                    Some(egui::TextWrapMode::Extend),
                    f32::INFINITY,
                    egui::TextStyle::Button,
                )
                .size()
                .x
        })
        .fold(0.0, f32::max)
        + 2.0 * ui.spacing().button_padding.x;
    for (rank, m) in measures.iter().enumerate().take(limit) {
        let code = question_code(questionnaire, &m.question.id);
        ui.horizontal_top(|ui| {
            let planned = plan.entry(&m.question.id, m.measure.from_level).is_some();
            let size = egui::vec2(column, ui.spacing().interact_size.y);
            if planned {
                ui.add_sized(
                    size,
                    egui::Label::new(egui::RichText::new(tr!(lang, "plan-in-plan")).strong()),
                );
            } else if ui
                .add_sized(size, egui::Button::new(button_label(rank, &code)))
                .clicked()
            {
                plan.adopt(&m.question.id, m.measure.from_level);
            }
            ui.add(egui::Label::new(format!("{}. {}", rank + 1, m.measure.text.get(lang))).wrap());
        });
    }
    if measures.len() > OFFERED {
        ui.checkbox(show_all, tr!(lang, "plan-show-all-measures"));
    }
    if measures.is_empty() {
        ui.label(tr!(lang, "plan-no-measures-yet-answer"));
    }
    ui.add_space(10.0);
}

/// Measure number `i + 1` of the plan: its text, owner, start, costs, effort, status and
/// a button to remove it; returns whether that button was clicked.
fn entry_ui(
    ui: &mut egui::Ui,
    questionnaire: &Questionnaire,
    i: usize,
    entry: &mut PlannedMeasure,
    default_start: Quarter,
    lang: Lang,
) -> bool {
    let mut clicked = false;
    let text = questionnaire
        .questions()
        .find(|(_, q)| q.id == entry.question)
        .and_then(|(_, q)| q.measures.iter().find(|x| x.from_level == entry.from_level))
        .map(|x| x.text.get(lang).to_string())
        .unwrap_or_else(|| entry.question.clone());
    let code = question_code(questionnaire, &entry.question);
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.label(
            egui::RichText::new(format!(
                "M{} · {} {code}: {text}",
                i + 1,
                tr!(lang, "question")
            ))
            .strong(),
        );
        ui.horizontal_wrapped(|ui| {
            let label = ui.label(tr!(lang, "plan-owner"));
            ui.add(egui::TextEdit::singleline(&mut entry.owner).desired_width(160.0))
                .labelled_by(label.id);
            let mut has_start = entry.start.is_some();
            if ui
                .checkbox(&mut has_start, tr!(lang, "plan-start-set"))
                .changed()
            {
                entry.start = has_start.then_some(default_start);
            }
            if let Some(start) = entry.start.as_mut() {
                let label = ui.label(tr!(lang, "plan-start-year"));
                ui.add(egui::DragValue::new(&mut start.year).range(2000..=2100))
                    .labelled_by(label.id);
                egui::ComboBox::from_label(tr!(lang, "plan-start-quarter"))
                    .selected_text(format!("Q{}", start.quarter))
                    .show_ui(ui, |ui| {
                        for q in 1..=4u8 {
                            ui.selectable_value(&mut start.quarter, q, format!("Q{q}"));
                        }
                    });
            }
        });
        ui.horizontal_wrapped(|ui| {
            if let Some(v) = amount_field(ui, tr!(lang, "plan-one-off-cost"), entry.one_off_eur) {
                entry.one_off_eur = v;
            }
            if let Some(v) = amount_field(ui, tr!(lang, "plan-cost-per-year"), entry.yearly_eur) {
                entry.yearly_eur = v;
            }
            let days = entry.person_days.map(u64::from);
            if let Some(v) = amount_field(ui, tr!(lang, "plan-person-days"), days) {
                entry.person_days = v.and_then(|d| u32::try_from(d).ok());
            }
            let quarters = entry.duration_quarters.map(u64::from);
            if let Some(v) = amount_field(ui, tr!(lang, "plan-duration-quarters"), quarters) {
                entry.duration_quarters = v.and_then(|d| u8::try_from(d).ok()).filter(|d| *d > 0);
            }
            egui::ComboBox::from_label(tr!(lang, "plan-status"))
                .selected_text(entry.status.name(lang))
                .show_ui(ui, |ui| {
                    for status in PlanStatus::ALL {
                        ui.selectable_value(&mut entry.status, status, status.name(lang));
                    }
                });
            if ui
                .button(format!("{} M{}", tr!(lang, "remove"), i + 1))
                .clicked()
            {
                clicked = true;
            }
        });
    });
    clicked
}

/// Targets per field for the next assessment and its date.
fn targets_ui(
    ui: &mut egui::Ui,
    questionnaire: &Questionnaire,
    plan: &mut Plan,
    lang: Lang,
    scores: &crate::scoring::Scores,
    assessment_date: Date,
) {
    ui.heading(tr!(lang, "plan-targets-for-next-assessment"))
        .heading_level(2);
    for (dim, today) in questionnaire.dimensions.iter().zip(&scores.dimensions) {
        ui.horizontal_wrapped(|ui| {
            let name = dim.name.get(lang);
            let current = plan.field_targets.get(&dim.id).copied();
            let mut score_target = matches!(current, Some(FieldTarget::Score(_)));
            let today_text = crate::present::format_score(today.score, lang);
            ui.label(format!("{name} ({} {today_text})", tr!(lang, "plan-today")));
            if ui
                .checkbox(
                    &mut score_target,
                    format!("{} {name}", tr!(lang, "plan-target-for")),
                )
                .changed()
            {
                if score_target {
                    let base = today.score.unwrap_or(0.0).round().clamp(0.0, 90.0) as u8;
                    plan.field_targets
                        .insert(dim.id.clone(), FieldTarget::Score(base + 10));
                } else {
                    plan.field_targets.remove(&dim.id);
                }
            }
            if let Some(FieldTarget::Score(value)) = plan.field_targets.get_mut(&dim.id) {
                let label = ui.label(tr!(lang, "points"));
                ui.add(egui::DragValue::new(value).range(0..=100))
                    .labelled_by(label.id);
            }
        });
    }
    ui.horizontal_wrapped(|ui| {
        let mut set = plan.next_assessment.is_some();
        if ui
            .checkbox(&mut set, tr!(lang, "plan-next-assessment-scheduled"))
            .changed()
        {
            plan.next_assessment = set.then(|| {
                let d = assessment_date;
                Date::new(d.year + 1, d.month, d.day.min(28)).unwrap_or(d)
            });
        }
        if let Some(date) = plan.next_assessment {
            let (mut year, mut month, mut day) = (date.year, date.month, date.day);
            let label = ui.label(tr!(lang, "plan-year"));
            ui.add(egui::DragValue::new(&mut year).range(2000..=2100))
                .labelled_by(label.id);
            let label = ui.label(tr!(lang, "plan-month"));
            ui.add(egui::DragValue::new(&mut month).range(1..=12))
                .labelled_by(label.id);
            let label = ui.label(tr!(lang, "plan-day"));
            ui.add(egui::DragValue::new(&mut day).range(1..=31))
                .labelled_by(label.id);
            plan.next_assessment = Date::new(year, month, day)
                .or_else(|| Date::new(year, month, 28))
                .or(Some(date));
        }
    });
}

#[cfg(test)]
mod tests {
    use super::parse_amount;

    #[test]
    fn amounts_accept_thousands_separators() {
        assert_eq!(parse_amount("10.000"), Some(10_000));
        assert_eq!(parse_amount("2 500 €"), Some(2_500));
        assert_eq!(parse_amount(""), None);
        assert_eq!(parse_amount("-3"), None);
    }
}
