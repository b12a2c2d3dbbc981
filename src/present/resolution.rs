//! The one resolution the council is asked to adopt, chosen by the assessment's state and
//! the town's plan. The summary and the Beschlussvorlage both print it, word for word, so
//! the report never makes two different proposals.
//!
//! | state | what the council resolves |
//! |---|---|
//! | nothing answered | carry out the self-assessment first; name who is responsible |
//! | too little answered („vorläufig“) | open legal duties; complete the assessment first |
//! | measures but no plan | open legal duties; a measures plan from the prioritised measures |
//! | a plan | open legal duties; the planned measures with owner, start and costs |
//! | nothing to plan (all levels 4) | keep the level reached; repeat the assessment |

use super::duties;
use super::narrative::coverage_line;
use super::{format_date, format_euro};
use crate::analysis::{Analysis, Completeness};
use crate::model::council::council_of;
use crate::model::{Date, Horizon, Plan, PlannedMeasure, Profile};
use crate::scoring::DiagnosisKind;
use crate::text::{Lang, capitalise};
use crate::tr;

/// Which resolution the assessment's state calls for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum State {
    /// Nothing answered: no result, no measures, no money.
    Empty,
    /// Too little answered for a result to be stated without „vorläufig“.
    Preliminary,
    /// A result with measures to take, but no measure in the town's plan.
    Measures,
    /// A result and a plan with measures.
    Planned,
    /// A result with nothing left to plan (every answer at the highest level).
    NothingToPlan,
}

impl State {
    /// The state of `a` with `plan`.
    pub(crate) fn of(a: &Analysis, plan: &Plan) -> State {
        match a.coverage.completeness {
            Completeness::Empty => State::Empty,
            Completeness::Preliminary => State::Preliminary,
            Completeness::Sufficient if plan.active().next().is_some() => State::Planned,
            Completeness::Sufficient if a.measures.is_empty() => State::NothingToPlan,
            Completeness::Sufficient => State::Measures,
        }
    }

    /// Whether the Vorlage is about a measures plan (its subject, costs and schedule).
    pub(crate) fn has_plan_subject(self) -> bool {
        matches!(self, State::Measures | State::Planned)
    }
}

/// A planned measure with its questionnaire text and its label in the plan (M1, M2 …).
pub(crate) struct PlannedRow<'a> {
    /// „M1“, „M2“, … in the plan's order.
    pub(crate) label: String,
    /// The measure's number in the report (its priority rank), if it is still ranked.
    pub(crate) number: Option<usize>,
    /// What the measure does.
    pub(crate) text: String,
    /// The town's entry.
    pub(crate) entry: &'a PlannedMeasure,
    /// Quarters it runs (its own duration or the measure's horizon).
    pub(crate) quarters: u32,
    /// Whether it works towards an open legal duty (listed first).
    pub(crate) for_duty: bool,
}

/// The plan's active measures with their texts and numbers.
pub(crate) fn planned_rows<'a>(a: &Analysis, plan: &'a Plan, lang: Lang) -> Vec<PlannedRow<'a>> {
    plan.active()
        .enumerate()
        .map(|(i, entry)| {
            let found = a
                .questionnaire
                .questions()
                .find(|(_, q)| q.id == entry.question)
                .and_then(|(_, q)| q.measures.iter().find(|m| m.from_level == entry.from_level));
            let horizon_quarters = match found.map(|m| m.horizon) {
                Some(Horizon::Short) => 2,
                Some(Horizon::Medium) => 4,
                _ => 6,
            };
            let number = a
                .measures
                .iter()
                .position(|m| {
                    m.question.id == entry.question && m.measure.from_level == entry.from_level
                })
                .map(|rank| rank + 1);
            let for_duty = number.is_some_and(|n| a.measures[n - 1].for_open_duty);
            PlannedRow {
                label: format!("M{}", i + 1),
                number,
                text: found
                    .map(|m| m.text.get(lang).to_string())
                    .unwrap_or_else(|| entry.question.clone()),
                entry,
                quarters: entry.duration_quarters.map_or(horizon_quarters, u32::from),
                for_duty,
            }
        })
        .collect()
}

/// The last year whose running costs are counted: the first start year and the two
/// after it at least, as in the medium-term financial planning.
pub(crate) fn last_plan_year(plan: &Plan) -> Option<u16> {
    const PLAN_YEARS: u16 = 3;
    let starts = || plan.active().filter_map(|m| m.start).map(|q| q.year);
    let first = starts().min()?;
    let latest = starts().max().unwrap_or(first);
    Some(latest.max(first + PLAN_YEARS - 1))
}

/// One numbered item of the resolution, with the lines listed under it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Item {
    /// The item's sentence.
    pub(crate) text: String,
    /// Lines under it (the open duties, the adopted measures).
    pub(crate) lines: Vec<String>,
}

impl Item {
    fn new(text: impl Into<String>) -> Self {
        Item {
            text: text.into(),
            lines: Vec::new(),
        }
    }
}

/// The resolution: „Der Stadtrat beschließt:“ and its numbered items.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Resolution {
    /// The state it was chosen for.
    pub(crate) state: State,
    /// „Die Stadtverordnetenversammlung beschließt:“
    pub(crate) intro: String,
    /// The numbered items.
    pub(crate) items: Vec<Item>,
}

/// The resolution for the assessment analysed in `a`, with the town's `plan` and
/// `profile`, in `lang`.
pub(crate) fn resolution(a: &Analysis, plan: &Plan, profile: &Profile, lang: Lang) -> Resolution {
    let state = State::of(a, plan);
    let body = council_of(profile);
    let rows = planned_rows(a, plan, lang);
    let mut items: Vec<Item> = Vec::new();

    // Open legal duties before any maturity measure, each with what closes it.
    let open: Vec<_> = a.open_duties().collect();
    if !open.is_empty() {
        let mut item = Item::new(tr!(
            lang,
            "council-paper-open-duties-item",
            heading = duties::open_heading(lang)
        ));
        for status in &open {
            let mut line = format!(
                "{} ({})",
                status.duty.duty.get(lang).trim(),
                duties::provision(status, lang)
            );
            if let Some(rank) = status.measure {
                let planned = rows
                    .iter()
                    .find(|row| row.number == Some(rank + 1))
                    .map(|row| format!(", {}", row.label))
                    .unwrap_or_default();
                // The measure's words stand in its section and in the adopted list.
                line.push_str(&format!(
                    " – {} {}{planned}",
                    tr!(lang, "measure"),
                    rank + 1
                ));
            }
            item.lines.push(line);
        }
        items.push(item);
    }
    let unknown: Vec<String> = a
        .unknown_duties()
        .map(|status| {
            format!(
                "{} ({})",
                status.duty.duty.get(lang).trim(),
                duties::provision(status, lang)
            )
        })
        .collect();
    if !unknown.is_empty() {
        items.push(Item::new(tr!(
            lang,
            "council-paper-unknown-duties-item",
            duties = unknown.join("; ")
        )));
    }

    match state {
        State::Empty => {
            items.push(Item::new(tr!(
                lang,
                "resolution-carry-out",
                coverage = coverage_line(a, lang)
            )));
            items.push(Item::new(tr!(lang, "resolution-name-responsible")));
        }
        State::Preliminary => {
            items.push(Item::new(tr!(
                lang,
                "council-paper-complete-first-item",
                coverage = coverage_line(a, lang)
            )));
            items.push(Item::new(tr!(lang, "resolution-name-responsible")));
        }
        State::NothingToPlan => {
            items.push(Item::new(tr!(lang, "resolution-keep-level")));
        }
        State::Measures => {
            let short = a.short_term_in_roadmap();
            items.push(Item::new(tr!(
                lang,
                "resolution-present-plan",
                count = a.roadmap_measures().count(),
                short = short
            )));
            let kinds: Vec<DiagnosisKind> = a.scores.diagnoses.iter().map(|d| d.kind).collect();
            let has = |k: DiagnosisKind| kinds.contains(&k);
            if has(DiagnosisKind::NotAble) || has(DiagnosisKind::NeitherWillingNorAble) {
                items.push(Item::new(tr!(lang, "resolution-time-and-money")));
            }
            if has(DiagnosisKind::NotWilling) || has(DiagnosisKind::NeitherWillingNorAble) {
                items.push(Item::new(tr!(lang, "resolution-leadership")));
            }
            if has(DiagnosisKind::FacadePaint) {
                items.push(Item::new(tr!(lang, "resolution-processes-first")));
            }
        }
        State::Planned => {
            let mut ordered: Vec<&PlannedRow> = rows.iter().collect();
            ordered.sort_by_key(|row| !row.for_duty);
            let mut item = Item::new(tr!(
                lang,
                "council-paper-measures-adopted",
                count = rows.len()
            ));
            item.lines = ordered.into_iter().map(|row| row_line(row, lang)).collect();
            items.push(item);
            let spending = last_plan_year(plan)
                .map(|last| plan.spending_per_year(last))
                .unwrap_or_default();
            if spending.is_empty() {
                items.push(Item::new(tr!(lang, "council-paper-no-costs-have-been")));
            } else {
                let per_year: Vec<String> = spending
                    .iter()
                    .map(|(year, sum)| format!("{year}: {}", format_euro(*sum, lang)))
                    .collect();
                items.push(Item::new(tr!(
                    lang,
                    "council-paper-budget-item",
                    per_year = per_year.join(", ")
                )));
            }
            if !plan.field_targets.is_empty() {
                items.push(Item::new(tr!(
                    lang,
                    "council-paper-targets-per-field-under"
                )));
            }
        }
    }
    if !matches!(state, State::Empty | State::Preliminary) {
        items.push(Item::new(repeat_item(plan.next_assessment, lang)));
    }
    let report = match state {
        State::Empty | State::Preliminary => None,
        State::NothingToPlan => Some(tr!(
            lang,
            "resolution-report-yearly",
            body = body.in_text(lang),
            body_dative = body.dative(lang)
        )),
        State::Measures | State::Planned => Some(tr!(
            lang,
            "council-paper-report-item",
            body = body.in_text(lang),
            body_dative = body.dative(lang)
        )),
    };
    items.extend(report.map(Item::new));
    Resolution {
        state,
        intro: tr!(
            lang,
            "council-paper-resolves",
            body = capitalise(&body.in_text(lang))
        ),
        items,
    }
}

fn repeat_item(next: Option<Date>, lang: Lang) -> String {
    match next {
        Some(date) => tr!(
            lang,
            "council-paper-repeat-by",
            date = format_date(date, lang)
        ),
        None => tr!(lang, "council-paper-self-assessment-is-repeated").to_string(),
    }
}

/// „M1: … (Maßnahme 3; verantwortlich: Hauptamt, Beginn 1. Quartal 2027)“.
fn row_line(row: &PlannedRow, lang: Lang) -> String {
    let owner = if row.entry.owner.trim().is_empty() {
        tr!(lang, "council-paper-owner-to-be-named").to_string()
    } else {
        format!(
            "{}: {}",
            tr!(lang, "council-paper-responsible"),
            row.entry.owner.trim()
        )
    };
    let start = row
        .entry
        .start
        .map(|q| format!(", {} {}", tr!(lang, "council-paper-start"), q.label(lang)))
        .unwrap_or_default();
    let number = row
        .number
        .map(|n| format!("{} {n}; ", tr!(lang, "measure")))
        .unwrap_or_default();
    format!("{}: {} ({number}{owner}{start})", row.label, row.text)
}
