//! The tally of a bundle of paper forms typed in: per question the crosses at each level
//! and „weiß nicht“, the number of forms in the bundle, its group and a label that keeps
//! the same bundle from counting twice (only a hash of it is kept). Counting goes through
//! the same rule as a tally file ([`add_tally`]).

use super::a11y::AccessibleResponse;
use crate::model::{LevelCounts, NO_GROUP, Questionnaire, StaffSurvey};
use crate::survey::answers::tally_template;
use crate::survey::import::add_tally;
use crate::text::Lang;
use crate::tr;
use std::collections::BTreeMap;

/// Columns of a question's row: levels 0–4 and „weiß nicht“.
const COLUMNS: usize = 6;

/// What counting the form did.
#[derive(Debug)]
pub(crate) enum TallyOutcome {
    /// The bundle counted: the survey with it.
    Counted(Box<StaffSurvey>),
    /// Nothing counted, and why.
    Refused(String),
}

/// State of the tally form: the texts as typed, so a half-typed number is kept.
#[derive(Debug, Default)]
pub(crate) struct TallyForm {
    /// The bundle's label, e.g. „Bauamt, Stapel 1“.
    bundle: String,
    /// The group the bundle's forms named ([`NO_GROUP`] for none).
    group: String,
    /// Forms in the bundle, as typed.
    sheets: String,
    /// Per question: crosses at levels 0–4 and „weiß nicht“, as typed.
    cells: BTreeMap<String, [String; COLUMNS]>,
}

impl TallyForm {
    /// Shows the form for `survey`; returns what „Strichliste zählen“ did, if clicked.
    pub(crate) fn ui(
        &mut self,
        ui: &mut egui::Ui,
        survey: &StaffSurvey,
        questionnaire: &Questionnaire,
        lang: Lang,
    ) -> Option<TallyOutcome> {
        ui.add(egui::Label::new(tr!(lang, "survey-tally-form-intro")).wrap());
        egui::Grid::new("tally-head").num_columns(2).show(ui, |ui| {
            let label = ui.label(tr!(lang, "survey-tally-form-bundle"));
            ui.add(
                egui::TextEdit::singleline(&mut self.bundle)
                    .hint_text(tr!(lang, "survey-tally-form-bundle-hint"))
                    .desired_width(280.0),
            )
            .labelled_by(label.id);
            ui.end_row();
            if !survey.groups.is_empty() {
                let label = ui.label(tr!(lang, "survey-tally-form-group"));
                let shown = if self.group == NO_GROUP {
                    tr!(lang, "survey-tally-form-no-group").to_string()
                } else {
                    self.group.clone()
                };
                egui::ComboBox::from_id_salt("tally-group")
                    .selected_text(shown)
                    .show_ui(ui, |ui| {
                        let none = tr!(lang, "survey-tally-form-no-group");
                        ui.selectable_value(&mut self.group, NO_GROUP.to_string(), none);
                        for group in &survey.groups {
                            ui.selectable_value(&mut self.group, group.clone(), group);
                        }
                    })
                    .response
                    .labelled_by(label.id);
                ui.end_row();
            }
            let label = ui.label(tr!(lang, "survey-tally-form-sheets"));
            ui.add(egui::TextEdit::singleline(&mut self.sheets).desired_width(60.0))
                .labelled_by(label.id);
            ui.end_row();
        });
        self.table_ui(ui, survey, questionnaire, lang);
        ui.button(tr!(lang, "survey-tally-form-count"))
            .clicked()
            .then(|| self.count(survey, questionnaire, lang))
    }

    /// One row per question of the survey: its code and short title, six count fields
    /// and the row's sum.
    fn table_ui(
        &mut self,
        ui: &mut egui::Ui,
        survey: &StaffSurvey,
        questionnaire: &Questionnaire,
        lang: Lang,
    ) {
        let headers = column_names(lang);
        egui::Grid::new("tally-counts")
            .num_columns(COLUMNS + 2)
            .show(ui, |ui| {
                ui.strong(tr!(lang, "survey-tally-form-question"));
                for header in &headers {
                    ui.strong(header);
                }
                ui.strong(tr!(lang, "survey-tally-form-sum"));
                ui.end_row();
                for id in &survey.questions {
                    let Some((_, question)) = questionnaire.question(id) else {
                        continue;
                    };
                    let title = format!(
                        "{} {}",
                        crate::present::question_code(questionnaire, id),
                        question.short_title(lang)
                    );
                    ui.label(&title);
                    let cells = self.cells.entry(id.clone()).or_default();
                    for (cell, header) in cells.iter_mut().zip(&headers) {
                        ui.add(egui::TextEdit::singleline(cell).desired_width(40.0))
                            .named(format!("{title}: {header}"));
                    }
                    let sum: u32 = cells.iter().filter_map(|c| parse_count(c).ok()).sum();
                    ui.label(sum.to_string());
                    ui.end_row();
                }
            });
    }

    /// Counts the bundle into a copy of `survey`, or says why not; a counted form is
    /// emptied for the next bundle.
    fn count(
        &mut self,
        survey: &StaffSurvey,
        questionnaire: &Questionnaire,
        lang: Lang,
    ) -> TallyOutcome {
        let mut tally = tally_template(survey, &self.group);
        tally.bundle = self.bundle.trim().to_string();
        let not_a_number = |text: &str, place: String| {
            TallyOutcome::Refused(tr!(
                lang,
                "survey-tally-form-not-a-number",
                text = text.trim(),
                place = place
            ))
        };
        match parse_count(&self.sheets) {
            Ok(sheets) => tally.sheets = sheets,
            Err(()) => {
                let place = tr!(lang, "survey-tally-form-sheets").trim_end_matches(':');
                return not_a_number(&self.sheets, place.to_string());
            }
        }
        let headers = column_names(lang);
        for (id, cells) in &self.cells {
            let mut counts = LevelCounts::default();
            for (column, cell) in cells.iter().enumerate() {
                let Ok(count) = parse_count(cell) else {
                    let code = crate::present::question_code(questionnaire, id);
                    return not_a_number(cell, format!("{code}, {}", headers[column]));
                };
                match counts.levels.get_mut(column) {
                    Some(level) => *level = count,
                    None => counts.dont_know = count,
                }
            }
            tally.counts.insert(id.clone(), counts);
        }
        let mut updated = survey.clone();
        match add_tally(&mut updated, &tally) {
            Ok(()) => {
                *self = TallyForm {
                    group: self.group.clone(),
                    ..TallyForm::default()
                };
                TallyOutcome::Counted(Box::new(updated))
            }
            Err(refusal) => TallyOutcome::Refused(refusal.message(lang)),
        }
    }
}

/// The count columns' headings: „Stufe 0“ … „Stufe 4“, „Weiß nicht“.
fn column_names(lang: Lang) -> Vec<String> {
    (0..5)
        .map(|level| format!("{} {level}", tr!(lang, "level")))
        .chain([tr!(lang, "survey-form-dont-know").to_string()])
        .collect()
}

/// A count as typed: empty is 0, otherwise a whole number.
fn parse_count(text: &str) -> Result<u32, ()> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(0);
    }
    text.parse().map_err(|_| ())
}
