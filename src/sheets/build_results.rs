//! The results sheet (scores, coverage, stages, peers: the figures of `score --json`,
//! rounded by the one rule) and the measures sheet (the town's plan).

use super::fit::{Fit, fitted_sheet};
use super::{Cell, Sheet};
use crate::analysis::Analysis;
use crate::model::{Assessment, Date, Quarter};
use crate::present::{field_name, low_coverage_threshold, question_code};
use crate::scoring::{LOW_COVERAGE, round_score, round_to};
use crate::text::Lang;
use crate::tr;

/// A score rounded as printed, one decimal.
fn score_cell(score: Option<f64>) -> Cell {
    score.map_or(Cell::Empty, |s| Cell::Number {
        value: round_score(s),
        decimals: 1,
    })
}

/// A coverage share rounded as `score --json` writes it (three decimals), shown as a
/// whole percentage.
fn coverage_cell(share: f64) -> Cell {
    Cell::Percent(round_to(share, 3))
}

/// „Ergebnis“: one row per field, then the overall row; with a benchmark the peer
/// group's median, the percentile and the number of peers where the group shows them.
pub(super) fn results_sheet(analysis: &Analysis, lang: Lang) -> Sheet {
    let questionnaire = analysis.questionnaire;
    let scores = &analysis.scores;
    let stage = |index: Option<usize>| {
        Cell::text(
            index
                .and_then(|i| questionnaire.stages.get(i))
                .map(|s| s.name.get(lang))
                .unwrap_or_default(),
        )
    };
    let preliminary = || {
        Cell::text(tr!(
            lang,
            "export-preliminary",
            threshold = low_coverage_threshold(lang)
        ))
    };
    let peers = analysis.peers.as_ref();
    let mut headings = vec![
        (tr!(lang, "export-col-field"), Fit::Wrap(40.0)),
        (tr!(lang, "export-col-score"), Fit::Content(10.0)),
        (tr!(lang, "export-col-coverage"), Fit::Content(10.0)),
        (tr!(lang, "export-col-answered"), Fit::Content(10.0)),
        (tr!(lang, "export-col-questions"), Fit::Content(8.0)),
        (tr!(lang, "export-col-stage"), Fit::Content(24.0)),
        (tr!(lang, "export-col-note"), Fit::Wrap(30.0)),
    ];
    if peers.is_some() {
        headings.extend([
            (tr!(lang, "export-col-peer-median"), Fit::Content(12.0)),
            (tr!(lang, "export-col-percentile"), Fit::Content(14.0)),
            (tr!(lang, "export-col-peer-count"), Fit::Content(12.0)),
        ]);
    }
    let mut rows: Vec<Vec<Cell>> = scores
        .dimensions
        .iter()
        .map(|d| {
            let uncertain = d.score.is_some() && d.coverage < LOW_COVERAGE;
            let mut row = vec![
                Cell::text(d.name.get(lang)),
                score_cell(d.score),
                coverage_cell(d.coverage),
                Cell::integer(d.answered as f64),
                Cell::integer(d.total as f64),
                stage(d.stage),
                if uncertain {
                    preliminary()
                } else {
                    Cell::Empty
                },
            ];
            if let Some(comparison) = peers {
                let figures = comparison.dimension(&d.id);
                row.extend([
                    score_cell(figures.map(|p| p.median)),
                    figures
                        .and_then(|p| p.percentile)
                        .map_or(Cell::Empty, |p| Cell::integer(round_to(p, 0))),
                    figures.map_or(Cell::Empty, |p| Cell::integer(p.n as f64)),
                ]);
            }
            row
        })
        .collect();
    rows.push(vec![
        Cell::text(tr!(lang, "export-overall")),
        score_cell(scores.overall),
        coverage_cell(analysis.coverage.share),
        Cell::integer(analysis.coverage.answered as f64),
        Cell::integer(analysis.coverage.total as f64),
        stage(scores.overall_stage),
        if analysis.is_preliminary() && scores.overall.is_some() {
            preliminary()
        } else {
            Cell::Empty
        },
    ]);
    fitted_sheet(tr!(lang, "export-sheet-results"), &headings, rows, true)
}

/// The first day of a quarter.
fn first_day(quarter: Quarter) -> Option<Date> {
    Date::new(quarter.year, quarter.quarter.clamp(1, 4) * 3 - 2, 1)
}

/// „Maßnahmen“: the town's plan in its own order, with numbers for sorting and summing:
/// costs in euros, the start as a date, the target level.
pub(super) fn measures_sheet(analysis: &Analysis, assessment: &Assessment, lang: Lang) -> Sheet {
    let questionnaire = analysis.questionnaire;
    let plan = &assessment.plan;
    let optional = |value: Option<f64>| value.map_or(Cell::Empty, Cell::integer);
    let rows: Vec<Vec<Cell>> = plan
        .measures
        .iter()
        .enumerate()
        .map(|(i, entry)| {
            let found = questionnaire.question(&entry.question);
            let text = found
                .and_then(|(_, q)| q.measures.iter().find(|m| m.from_level == entry.from_level))
                .map(|m| m.text.get(lang).trim())
                .unwrap_or_default();
            let field = found
                .map(|(d, _)| field_name(questionnaire, &d.id, lang))
                .unwrap_or_default();
            let target = plan
                .question_targets
                .get(&entry.question)
                .copied()
                .unwrap_or(entry.from_level.saturating_add(1).min(4));
            vec![
                Cell::integer((i + 1) as f64),
                Cell::text(field),
                Cell::text(question_code(questionnaire, &entry.question)),
                Cell::text(text),
                Cell::text(entry.owner.trim()),
                entry
                    .start
                    .and_then(first_day)
                    .map_or(Cell::Empty, Cell::Date),
                entry
                    .start
                    .map_or(Cell::Empty, |q| Cell::text(q.label(lang))),
                optional(entry.duration_quarters.map(f64::from)),
                entry.one_off_eur.map_or(Cell::Empty, Cell::Euro),
                entry.yearly_eur.map_or(Cell::Empty, Cell::Euro),
                optional(entry.person_days.map(f64::from)),
                Cell::integer(target),
                Cell::text(entry.status.name(lang)),
            ]
        })
        .collect();
    let headings = [
        (tr!(lang, "export-col-number"), Fit::Content(5.0)),
        (tr!(lang, "export-col-field"), Fit::Wrap(18.0)),
        (tr!(lang, "question"), Fit::Content(6.0)),
        (tr!(lang, "export-col-measure"), Fit::Wrap(50.0)),
        (tr!(lang, "export-col-owner"), Fit::Wrap(20.0)),
        (tr!(lang, "export-col-start"), Fit::Content(12.0)),
        (tr!(lang, "export-col-quarter"), Fit::Content(9.0)),
        (tr!(lang, "export-col-duration"), Fit::Content(10.0)),
        (tr!(lang, "export-col-one-off"), Fit::Content(14.0)),
        (tr!(lang, "export-col-yearly"), Fit::Content(14.0)),
        (tr!(lang, "export-col-person-days"), Fit::Content(12.0)),
        (tr!(lang, "export-col-target-level"), Fit::Content(8.0)),
        (tr!(lang, "export-col-status"), Fit::Content(16.0)),
    ];
    fitted_sheet(tr!(lang, "export-sheet-measures"), &headings, rows, true)
}
