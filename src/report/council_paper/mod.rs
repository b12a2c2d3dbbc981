//! The Beschlussvorlage: the council paper in the structure German councils decide on
//! (Betreff, Beschlussvorschlag, Sachverhalt und Begründung, Finanzielle Auswirkungen,
//! Zeitplan, Kennzahlen). Costs, owners, dates and targets come from the town's plan;
//! where they are missing, the section says what is missing instead of inventing it.

use super::ReportInput;
use super::layout::{Align, Colour, Column, Dash, Flow, Item, Role, Style, fit};
use crate::model::council::council_of;
use crate::model::{Date, FieldTarget, Horizon, Plan, PlannedMeasure, Quarter};
use crate::present::narrative;
use crate::present::{
    format_date, format_euro, format_points, format_score, quote, stage_of_total,
};
use crate::text::{Lang, capitalise};
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

/// Years of running costs shown: the first start year and the two after it (at least),
/// as in the medium-term financial planning.
const PLAN_YEARS: u16 = 3;

/// A planned measure with its questionnaire text and its number in the plan (M1, M2 …).
struct Row<'a> {
    label: String,
    /// The measure's number in the report (its priority rank), if it is still ranked.
    number: Option<usize>,
    text: String,
    entry: &'a PlannedMeasure,
    /// Quarters it runs (its own duration or the measure's horizon).
    quarters: u32,
    /// Whether it works towards an open legal duty (listed first).
    for_duty: bool,
}

fn rows<'a>(r: &Report<'a>, plan: &'a Plan) -> Vec<Row<'a>> {
    plan.active()
        .enumerate()
        .map(|(i, entry)| {
            let found = r
                .input
                .questionnaire
                .questions()
                .find(|(_, q)| q.id == entry.question)
                .and_then(|(_, q)| q.measures.iter().find(|m| m.from_level == entry.from_level));
            let horizon_quarters = match found.map(|m| m.horizon) {
                Some(Horizon::Short) => 2,
                Some(Horizon::Medium) => 4,
                _ => 6,
            };
            let number = r
                .input
                .analysis
                .measures
                .iter()
                .position(|m| {
                    m.question.id == entry.question && m.measure.from_level == entry.from_level
                })
                .map(|rank| rank + 1);
            let for_duty = number.is_some_and(|n| r.input.analysis.measures[n - 1].for_open_duty);
            Row {
                label: format!("M{}", i + 1),
                number,
                text: found
                    .map(|m| m.text.get(r.lang).to_string())
                    .unwrap_or_else(|| entry.question.clone()),
                entry,
                quarters: entry.duration_quarters.map_or(horizon_quarters, u32::from),
                for_duty,
            }
        })
        .collect()
}

/// The last year whose running costs are counted.
pub(crate) fn last_plan_year(plan: &Plan) -> Option<u16> {
    let first = plan
        .active()
        .filter_map(|m| m.start)
        .map(|q| q.year)
        .min()?;
    let latest = plan
        .active()
        .filter_map(|m| m.start)
        .map(|q| q.year)
        .max()
        .unwrap_or(first);
    Some(latest.max(first + PLAN_YEARS - 1))
}

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
    let rows = rows(r, plan);
    flow.begin(Role::Sect);
    flow.heading_as(
        Role::H1,
        tr!(r.lang, "council-paper-council-proposal"),
        H1,
        40.0,
    );
    let gremium = if body.source.is_empty() {
        body.name.clone()
    } else {
        format!("{} ({})", body.name, body.source)
    };
    flow.paragraph(
        &format!(
            "{}: {gremium} · {} {}",
            tr!(r.lang, "council-paper-deciding-body"),
            tr!(r.lang, "council-paper-proposal-of-administration-of"),
            r.date(assessment.date)
        ),
        SMALL,
        0.0,
    );
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
    flow.paragraph(
        &tr!(
            lang,
            "council-paper-subject-line",
            name = r.name(),
            years = years,
            date = r.date(assessment.date)
        ),
        Style::bold(10.5),
        0.0,
    );
    flow.gap(6.0);

    proposal(r, flow, &rows, &body);
    reasons(r, flow);
    finances(r, flow, &rows);
    timeline(r, flow, &rows);
    targets(r, flow);
    missing_inputs(r, flow, &rows);
    flow.end();
}

/// Beschlussvorschlag: numbered and concrete.
fn proposal(r: &Report, flow: &mut Flow, rows: &[Row], body: &crate::model::council::CouncilBody) {
    let lang = r.lang;
    let plan = &r.input.assessment.plan;
    flow.heading_as(
        Role::H2,
        tr!(r.lang, "council-paper-proposed-resolution"),
        H2,
        0.0,
    );
    flow.paragraph(
        &tr!(
            lang,
            "council-paper-resolves",
            body = capitalise(&body.in_text(lang))
        ),
        BODY,
        0.0,
    );
    let mut items: Vec<String> = Vec::new();
    let analysis = r.input.analysis;
    // Open legal duties before any maturity measure, each with what closes it.
    let mut duty_lines: Vec<String> = Vec::new();
    let open: Vec<_> = analysis.open_duties().collect();
    if !open.is_empty() {
        items.push(tr!(
            lang,
            "council-paper-open-duties-item",
            heading = crate::present::duties::open_heading(lang)
        ));
        for status in &open {
            let mut line = format!(
                "{} ({})",
                status.duty.duty.get(lang).trim(),
                crate::present::duties::provision(status, lang)
            );
            if let Some(rank) = status.measure {
                let planned = rows
                    .iter()
                    .find(|row| row.number == Some(rank + 1))
                    .map(|row| format!(", {}", row.label))
                    .unwrap_or_default();
                line.push_str(&format!(
                    " – {} {}{planned}: {}",
                    tr!(r.lang, "measure"),
                    rank + 1,
                    analysis.measures[rank].measure.text.get(lang)
                ));
            }
            duty_lines.push(line);
        }
    }
    let duties_item = (!duty_lines.is_empty()).then_some(0);
    let unknown: Vec<String> = analysis
        .unknown_duties()
        .map(|status| {
            format!(
                "{} ({})",
                status.duty.duty.get(lang).trim(),
                crate::present::duties::provision(status, lang)
            )
        })
        .collect();
    if !unknown.is_empty() {
        items.push(tr!(
            lang,
            "council-paper-unknown-duties-item",
            duties = unknown.join("; ")
        ));
    }
    if analysis.is_preliminary() {
        items.push(tr!(
            lang,
            "council-paper-complete-first-item",
            coverage = narrative::coverage_line(analysis, lang)
        ));
    }
    // The adopted measures, listed under their item.
    let measures_item = items.len();
    let mut sub: Vec<String> = Vec::new();
    let nothing_to_do = rows.is_empty() && analysis.measures.is_empty();
    if nothing_to_do {
        items.push(tr!(r.lang, "council-paper-administration-sets-out-how").to_string());
    } else if rows.is_empty() {
        items.push(
            tr!(
                r.lang,
                "council-paper-administration-presents-measures-plan"
            )
            .to_string(),
        );
    } else {
        // Measures towards an open legal duty first; otherwise in the plan's order.
        let mut ordered: Vec<&Row> = rows.iter().collect();
        ordered.sort_by_key(|row| !row.for_duty);
        let list: Vec<String> = ordered
            .into_iter()
            .map(|row| {
                let owner = if row.entry.owner.trim().is_empty() {
                    tr!(r.lang, "council-paper-owner-to-be-named").to_string()
                } else {
                    format!(
                        "{}: {}",
                        tr!(r.lang, "council-paper-responsible"),
                        row.entry.owner.trim()
                    )
                };
                let start = row
                    .entry
                    .start
                    .map(|q| format!(", {} {}", tr!(r.lang, "council-paper-start"), q.label(lang)))
                    .unwrap_or_default();
                let number = row
                    .number
                    .map(|n| format!("{} {n}; ", tr!(r.lang, "measure")))
                    .unwrap_or_default();
                format!("{}: {} ({number}{owner}{start})", row.label, row.text)
            })
            .collect();
        items.push(tr!(
            lang,
            "council-paper-measures-adopted",
            count = rows.len()
        ));
        sub = list;
    }
    let spending = last_plan_year(plan)
        .map(|last| plan.spending_per_year(last))
        .unwrap_or_default();
    if nothing_to_do && spending.is_empty() {
        // Nothing to pay for: no item about money.
    } else if spending.is_empty() {
        items.push(tr!(r.lang, "council-paper-no-costs-have-been").to_string());
    } else {
        let per_year: Vec<String> = spending
            .iter()
            .map(|(year, sum)| format!("{year}: {}", format_euro(*sum, lang)))
            .collect();
        items.push(tr!(
            lang,
            "council-paper-budget-item",
            per_year = per_year.join(", ")
        ));
    }
    if !plan.field_targets.is_empty() {
        items.push(tr!(r.lang, "council-paper-targets-per-field-under").to_string());
    }
    items.push(match plan.next_assessment {
        Some(date) => tr!(lang, "council-paper-repeat-by", date = r.date(date)),
        None => tr!(r.lang, "council-paper-self-assessment-is-repeated").to_string(),
    });
    items.push(tr!(
        lang,
        "council-paper-report-item",
        body = body.in_text(lang),
        body_dative = body.dative()
    ));
    for (i, item) in items.iter().enumerate() {
        flow.bullet(&format!("{}.", i + 1), item, BODY, 0.0);
        if Some(i) == duties_item {
            for line in &duty_lines {
                flow.bullet("–", line, BODY, 20.0);
            }
        }
        if i == measures_item {
            for line in &sub {
                flow.bullet("–", line, BODY, 20.0);
            }
        }
        flow.y += 2.0;
    }
    flow.gap(6.0);
}

/// Sachverhalt und Begründung, from the analysis.
fn reasons(r: &Report, flow: &mut Flow) {
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
fn finances(r: &Report, flow: &mut Flow, rows: &[Row]) {
    let lang = r.lang;
    let plan = &r.input.assessment.plan;
    flow.heading_as(
        Role::H2,
        tr!(r.lang, "council-paper-financial-implications"),
        H2,
        0.0,
    );
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
