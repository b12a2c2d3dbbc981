//! The Beschlussvorlage: the council paper in the structure German councils decide on
//! (Betreff, Beschlussvorschlag, Sachverhalt und Begründung, Finanzielle Auswirkungen,
//! Zeitplan, Kennzahlen). Costs, owners, dates and targets come from the town's plan;
//! where they are missing, the section says what is missing instead of inventing it.

use super::ReportInput;
use super::layout::{Align, Colour, Column, Dash, Flow, Item, Role, Style, fit};
use crate::model::council::{council_of, submitter_of};
use crate::model::{Date, FieldTarget, Quarter};
use crate::present::narrative;
use crate::present::resolution::{
    PlannedRow as Row, Resolution, State, last_plan_year, planned_rows, resolution,
};
use crate::present::{
    format_date, format_euro, format_points, format_score, quote, stage_of_total,
};
use crate::text::Lang;
use crate::tr;

mod timeline;
use timeline::timeline;

const BODY: Style = Style::regular(10.0);
const SMALL: Style = Style::regular(9.0).colour(Colour::MUTED);
const H1: Style = Style::bold(17.0).colour(Colour::ACCENT);
const H2: Style = Style::bold(12.5).colour(Colour::ACCENT);

/// What the section needs from the report.
pub(super) struct Report<'a> {
    /// The report's input.
    pub(super) input: &'a ReportInput<'a>,
    /// Its language.
    pub(super) lang: Lang,
}

impl Report<'_> {
    fn name(&self) -> &str {
        &self.input.assessment.profile.name
    }

    fn date(&self, date: Date) -> String {
        format_date(date, self.lang)
    }
}

fn rect(x: f32, y: f32, w: f32, h: f32) -> Vec<(f32, f32)> {
    vec![(x, y), (x + w, y), (x + w, y + h), (x, y + h)]
}

/// The paper's own date: the day the PDF is made (`SOURCE_DATE_EPOCH` where set, as
/// for the PDF's creation date).
fn paper_date() -> Date {
    let (year, month, day, ..) = super::tagging::civil(super::tagging::creation_time());
    let year = u16::try_from(year).unwrap_or(2000);
    Date::new(year, month as u8, day as u8).unwrap_or_else(Date::today)
}

/// A line to fill in by hand.
const BLANK: &str = "________________________";

/// The whole Beschlussvorlage.
pub(super) fn council_paper(input: &ReportInput, flow: &mut Flow) {
    let r = &Report {
        input,
        lang: input.lang,
    };
    let lang = r.lang;
    let assessment = r.input.assessment;
    let plan = &assessment.plan;
    let body = council_of(&assessment.profile);
    let rows = planned_rows(r.input.analysis, plan, lang);
    let resolution = resolution(r.input.analysis, plan, &assessment.profile, lang);
    let state = resolution.state;
    flow.begin(Role::Sect);
    flow.heading_as(
        Role::H1,
        tr!(r.lang, "council-paper-council-proposal"),
        H1,
        40.0,
    );
    // The head of the paper as a clerk fills it in: number, submitter, dates, the
    // bodies that deliberate. What the assessment does not know is a line to fill in.
    let gremium = if body.source.is_empty() {
        body.name.clone()
    } else {
        format!("{} ({})", body.name, body.source)
    };
    let fields = [
        (tr!(lang, "council-paper-number"), BLANK.to_string()),
        (
            tr!(lang, "council-paper-submitted-by"),
            submitter_of(&assessment.profile).get(lang).to_string(),
        ),
        (
            tr!(lang, "council-paper-date"),
            tr!(
                lang,
                "council-paper-dates",
                paper = r.date(paper_date()),
                assessment = r.date(assessment.date)
            ),
        ),
        (
            tr!(lang, "council-paper-deliberation"),
            tr!(
                lang,
                "council-paper-deliberation-line",
                body = gremium,
                blank = BLANK
            ),
        ),
    ];
    for (label, value) in &fields {
        flow.paragraph(&format!("{label}: {value}"), BODY, 0.0);
    }
    flow.gap(6.0);

    // Betreff.
    flow.heading_as(Role::H2, tr!(r.lang, "council-paper-subject"), H2, 0.0);
    let years = match (
        plan.active().filter_map(|m| m.start).min(),
        last_plan_year(plan),
    ) {
        (Some(first), Some(last)) => format!(" {}–{last}", first.year),
        _ => String::new(),
    };
    let subject = match state {
        State::Empty => "empty",
        State::Preliminary => "preliminary",
        State::NothingToPlan => "keep",
        State::Measures | State::Planned => "plan",
    };
    flow.paragraph(
        &tr!(
            lang,
            "council-paper-subject-line",
            state = subject,
            name = r.name(),
            years = years,
            date = r.date(assessment.date)
        ),
        Style::bold(10.5),
        0.0,
    );
    flow.gap(6.0);

    proposal(flow, &resolution, lang);
    reasons(r, flow, state);
    finances(r, flow, &rows, state);
    if state == State::Planned {
        timeline(r, flow, &rows);
    }
    if state.has_plan_subject() || !plan.field_targets.is_empty() {
        targets(r, flow);
    }
    if state.has_plan_subject() {
        missing_inputs(r, flow, &rows);
    }
    attachments(r, flow);
    flow.end();
}

/// Anlagen: the strategy outline this paper ends.
fn attachments(r: &Report, flow: &mut Flow) {
    let lang = r.lang;
    flow.gap(6.0);
    flow.heading_as(Role::H2, tr!(lang, "council-paper-attachments"), H2, 0.0);
    let title = quote(lang, &tr!(lang, "pdf-title", name = r.name()));
    flow.paragraph(
        &tr!(
            lang,
            "council-paper-attachment-strategy",
            number = 1,
            title = title,
            date = r.date(r.input.assessment.date)
        ),
        BODY,
        0.0,
    );
}

/// Beschlussvorschlag: the one resolution, numbered (the summary prints the same).
fn proposal(flow: &mut Flow, resolution: &Resolution, lang: Lang) {
    flow.heading_as(
        Role::H2,
        tr!(lang, "council-paper-proposed-resolution"),
        H2,
        0.0,
    );
    print_resolution(flow, resolution, BODY);
    flow.gap(6.0);
}

/// The resolution's intro and numbered items, with the lines under them. The summary and
/// the Beschlussvorlage both print it through here, so both read the same.
pub(crate) fn print_resolution(flow: &mut Flow, resolution: &Resolution, style: Style) {
    flow.paragraph(&resolution.intro, style, 0.0);
    for (i, item) in resolution.items.iter().enumerate() {
        flow.bullet(&format!("{}.", i + 1), &item.text, style, 0.0);
        for line in &item.lines {
            flow.bullet("–", line, style, 20.0);
        }
        flow.y += 2.0;
    }
}

/// Sachverhalt und Begründung, from the analysis.
fn reasons(r: &Report, flow: &mut Flow, state: State) {
    let lang = r.lang;
    let scores = r.input.scores;
    let q = r.input.questionnaire;
    flow.heading_as(
        Role::H2,
        tr!(r.lang, "council-paper-facts-and-reasons"),
        H2,
        0.0,
    );
    let stage = scores
        .overall_stage
        .and_then(|i| q.stages.get(i).map(|s| (i, s)));
    let text = match (scores.overall, stage) {
        (Some(_), Some((i, s))) => tr!(
            lang,
            "council-paper-reasons-result",
            date = r.date(r.input.assessment.date),
            questionnaire = quote(lang, q.title.get(lang)),
            version = q.version.as_str(),
            score = format_score(scores.overall, lang),
            phase = stage_of_total(i, q.stages.len(), lang),
            stage = s.name.get(lang)
        ),
        _ => tr!(lang, "council-paper-too-incomplete-for-result").to_string(),
    };
    let consequence = match state {
        State::Planned => Some(tr!(lang, "council-paper-reasons-planned")),
        State::Measures => Some(tr!(lang, "council-paper-reasons-measures")),
        State::NothingToPlan => Some(tr!(lang, "council-paper-reasons-nothing-to-plan")),
        State::Empty | State::Preliminary => None,
    };
    let text = match consequence {
        Some(sentence) => format!("{text} {sentence}"),
        None => text,
    };
    flow.paragraph(&text, BODY, 0.0);
    if let Some(note) = narrative::preliminary_note(r.input.analysis, lang) {
        flow.paragraph(&note, BODY, 0.0);
    }
    for d in &scores.diagnoses {
        flow.bullet(
            "•",
            &format!(
                "{}: {}",
                narrative::diagnosis_title(q, d, lang),
                narrative::diagnosis_message(q, d, lang)
            ),
            BODY,
            0.0,
        );
    }
    // The staff survey in one line (its section in the report has the figures).
    if let Some(survey) = &r.input.analysis.survey {
        flow.paragraph(
            &crate::present::survey::summary_sentence(survey, lang),
            BODY,
            0.0,
        );
    }
    flow.gap(6.0);
}

/// Finanzielle Auswirkungen: sums per year from the plan.
fn finances(r: &Report, flow: &mut Flow, rows: &[Row], state: State) {
    let lang = r.lang;
    let plan = &r.input.assessment.plan;
    flow.heading_as(
        Role::H2,
        tr!(r.lang, "council-paper-financial-implications"),
        H2,
        0.0,
    );
    if !state.has_plan_subject() {
        // Nothing is spent: the field a clerk expects, without a costing.
        flow.paragraph(tr!(lang, "council-paper-no-spending"), BODY, 0.0);
        flow.gap(6.0);
        return;
    }
    let Some(last) = last_plan_year(plan) else {
        flow.paragraph(tr!(r.lang, "council-paper-measures-plan-has-no"), BODY, 0.0);
        flow.gap(6.0);
        return;
    };
    let spending = plan.spending_per_year(last);
    if spending.is_empty() {
        flow.paragraph(
            tr!(r.lang, "council-paper-measures-plan-contains-no"),
            BODY,
            0.0,
        );
    } else {
        let mut one_off_per_year = std::collections::BTreeMap::new();
        for m in plan.active() {
            if let (Some(start), Some(cost)) = (m.start, m.one_off_eur) {
                *one_off_per_year.entry(start.year).or_insert(0u64) += cost;
            }
        }
        let header = vec![
            tr!(r.lang, "council-paper-budget-year").to_string(),
            tr!(r.lang, "council-paper-one-off").to_string(),
            tr!(r.lang, "council-paper-recurring").to_string(),
            tr!(r.lang, "council-paper-total").to_string(),
        ];
        let mut table: Vec<Vec<String>> = Vec::new();
        let mut total = 0;
        for (year, sum) in &spending {
            let once = one_off_per_year.get(year).copied().unwrap_or(0);
            total += sum;
            table.push(vec![
                year.to_string(),
                format_euro(once, lang),
                format_euro(sum - once, lang),
                format_euro(*sum, lang),
            ]);
        }
        table.push(vec![
            tr!(r.lang, "council-paper-total-2").to_string(),
            String::new(),
            String::new(),
            format_euro(total, lang),
        ]);
        let columns = [
            Column {
                share: 1.5,
                align: Align::Left,
            },
            Column {
                share: 1.5,
                align: Align::Right,
            },
            Column {
                share: 1.5,
                align: Align::Right,
            },
            Column {
                share: 1.5,
                align: Align::Right,
            },
        ];
        flow.table(&columns, &header, &table, 10.0);
        flow.gap(4.0);
        flow.paragraph(
            &tr!(
                lang,
                "council-paper-recurring-costs",
                last = last.to_string()
            ),
            SMALL,
            0.0,
        );
    }
    let uncosted: Vec<String> = rows
        .iter()
        .filter(|row| {
            row.entry.start.is_none()
                || (row.entry.one_off_eur.is_none() && row.entry.yearly_eur.is_none())
        })
        .map(|row| row.label.clone())
        .collect();
    if !uncosted.is_empty() {
        flow.paragraph(
            &tr!(
                lang,
                "council-paper-uncosted",
                measures = uncosted.join(", ")
            ),
            BODY,
            0.0,
        );
    }
    let days = plan.person_days();
    if days > 0 {
        flow.paragraph(
            &tr!(lang, "council-paper-person-days", days = days.to_string()),
            BODY,
            0.0,
        );
    }
    flow.gap(6.0);
}

/// Kennzahlen: today and target per field.
fn targets(r: &Report, flow: &mut Flow) {
    let lang = r.lang;
    let plan = &r.input.assessment.plan;
    let q = r.input.questionnaire;
    flow.heading_as(Role::H2, tr!(r.lang, "council-paper-indicators"), H2, 0.0);
    if plan.field_targets.is_empty() {
        flow.paragraph(tr!(r.lang, "council-paper-no-targets-for-next"), BODY, 0.0);
        return;
    }
    let header = vec![
        tr!(r.lang, "field").to_string(),
        tr!(r.lang, "council-paper-today").to_string(),
        tr!(r.lang, "council-paper-target-next-assessment").to_string(),
    ];
    let table: Vec<Vec<String>> = r
        .input
        .scores
        .dimensions
        .iter()
        .map(|d| {
            let target = match plan.field_targets.get(&d.id) {
                Some(FieldTarget::Score(s)) => format_points(Some(f64::from(*s)), lang),
                Some(FieldTarget::Stage(s)) => {
                    stage_of_total(usize::from(*s).saturating_sub(1), q.stages.len(), lang)
                }
                None => "–".into(),
            };
            vec![
                d.name.get(lang).to_string(),
                format_points(d.score, lang),
                target,
            ]
        })
        .collect();
    let columns = [
        Column {
            share: 3.0,
            align: Align::Left,
        },
        Column {
            share: 1.2,
            align: Align::Right,
        },
        Column {
            share: 1.8,
            align: Align::Right,
        },
    ];
    flow.table(&columns, &header, &table, 10.0);
}

/// What the town would still have to enter for a complete proposal.
fn missing_inputs(r: &Report, flow: &mut Flow, rows: &[Row]) {
    let plan = &r.input.assessment.plan;
    let mut missing: Vec<&str> = Vec::new();
    if rows.is_empty() {
        missing.push(tr!(r.lang, "council-paper-measures-in-measures-plan"));
    }
    if rows.iter().any(|row| row.entry.owner.trim().is_empty()) {
        missing.push(tr!(r.lang, "council-paper-owner-per-measure"));
    }
    if rows.iter().any(|row| row.entry.start.is_none()) {
        missing.push(tr!(r.lang, "council-paper-start-quarter-per-measure"));
    }
    if rows
        .iter()
        .any(|row| row.entry.one_off_eur.is_none() && row.entry.yearly_eur.is_none())
    {
        missing.push(tr!(r.lang, "council-paper-costs-per-measure-one"));
    }
    if plan.field_targets.is_empty() {
        missing.push(tr!(r.lang, "council-paper-targets-per-field"));
    }
    if plan.next_assessment.is_none() {
        missing.push(tr!(r.lang, "council-paper-date-of-next-assessment"));
    }
    if missing.is_empty() {
        return;
    }
    flow.gap(6.0);
    flow.paragraph(
        tr!(r.lang, "council-paper-for-complete-proposal-these"),
        Style::bold(10.0),
        0.0,
    );
    for item in missing {
        flow.bullet("•", item, BODY, 0.0);
    }
}
