//! The workbook of one assessment: the answers sheet, the info sheet and the column
//! widths; the results and the measures sheet are in `build_results.rs`.

use super::fit::{Fit, fitted_sheet};
use super::{Cell, ExportOptions, Formats, Sheet, Workbook};
use crate::analysis::Analysis;
use crate::model::{Assessment, Question, Response};
use crate::present::{question_code, response_label};
use crate::text::Lang;
use crate::tr;
use crate::workshop::VoteDistribution;

/// What a sheet is built from.
#[derive(Clone, Copy)]
struct Source<'a> {
    analysis: &'a Analysis<'a>,
    assessment: &'a Assessment,
    lang: Lang,
    options: ExportOptions,
}

/// The workbook of `assessment` with the figures of `analysis`, in `lang`: answers,
/// results, measures, info.
pub fn build_workbook(
    analysis: &Analysis,
    assessment: &Assessment,
    lang: Lang,
    options: ExportOptions,
) -> Workbook {
    let source = Source {
        analysis,
        assessment,
        lang,
        options,
    };
    Workbook {
        sheets: vec![
            answers_sheet(source),
            super::build_results::results_sheet(analysis, lang),
            super::build_results::measures_sheet(analysis, assessment, lang),
            info_sheet(source),
        ],
        formats: Formats::of(lang),
    }
}

/// „Antworten“: one row per question, in the questionnaire's order.
fn answers_sheet(source: Source) -> Sheet {
    let Source {
        analysis,
        assessment,
        lang,
        options,
    } = source;
    let questionnaire = analysis.questionnaire;
    let workshop = crate::workshop::has_votes(assessment);
    let raters: &[crate::model::Rater] = if options.without_names {
        &[]
    } else {
        &assessment.raters
    };
    let mut headings = vec![
        (tr!(lang, "export-col-field"), Fit::Wrap(18.0)),
        (tr!(lang, "export-col-number"), Fit::Content(6.0)),
        (tr!(lang, "export-col-question"), Fit::Wrap(50.0)),
        (tr!(lang, "export-col-level"), Fit::Content(6.0)),
        (tr!(lang, "export-col-anchor"), Fit::Wrap(50.0)),
        (tr!(lang, "export-col-without-level"), Fit::Wrap(14.0)),
        (tr!(lang, "export-col-comment"), Fit::Wrap(40.0)),
        (tr!(lang, "export-col-evidence"), Fit::Wrap(40.0)),
    ];
    if workshop {
        headings.extend([
            (tr!(lang, "export-col-votes"), Fit::Content(8.0)),
            (tr!(lang, "export-col-median"), Fit::Content(8.0)),
            (tr!(lang, "export-col-spread"), Fit::Content(8.0)),
            (tr!(lang, "export-col-distribution"), Fit::Wrap(24.0)),
        ]);
        // A participant's column holds levels and words: all on the left.
        headings.extend(raters.iter().map(|r| (r.label.trim(), Fit::WrapLeft(14.0))));
    }
    let rows: Vec<Vec<Cell>> = questionnaire
        .questions()
        .map(|(dimension, question)| {
            let mut row = vec![
                Cell::text(dimension.name.get(lang)),
                Cell::text(question_code(questionnaire, &question.id)),
                Cell::text(question.text.get(lang).trim()),
            ];
            row.extend(answer_cells(assessment, question, lang));
            if workshop {
                row.extend(vote_cells(assessment, question, raters, lang));
            }
            row
        })
        .collect();
    fitted_sheet(tr!(lang, "export-sheet-answers"), &headings, rows, true)
}

/// Level, its anchor text, „weiß nicht“ / „trifft nicht zu“, comment and evidence.
fn answer_cells(assessment: &Assessment, question: &Question, lang: Lang) -> [Cell; 5] {
    let answer = assessment.answers.get(&question.id);
    let response = answer.and_then(|a| a.response);
    let (level, anchor, without) = match response {
        Some(Response::Level(level)) => (
            Cell::integer(level),
            Cell::text(
                question
                    .levels
                    .get(usize::from(level))
                    .map(|t| t.get(lang).trim())
                    .unwrap_or_default(),
            ),
            Cell::Empty,
        ),
        Some(other) => (
            Cell::Empty,
            Cell::Empty,
            Cell::text(response_label(Some(other), lang)),
        ),
        None => (Cell::Empty, Cell::Empty, Cell::Empty),
    };
    let comment = answer.map(|a| a.comment.trim()).unwrap_or_default();
    let evidence: Vec<String> = answer
        .map(|a| a.evidence.iter().map(|e| e.line(lang)).collect())
        .unwrap_or_default();
    [
        level,
        anchor,
        without,
        Cell::text(comment),
        Cell::text(evidence.join("\n")),
    ]
}

/// The workshop's votes on `question`: how many, their median and spread, the
/// distribution in words and, per named participant, their vote.
fn vote_cells(
    assessment: &Assessment,
    question: &Question,
    raters: &[crate::model::Rater],
    lang: Lang,
) -> Vec<Cell> {
    let summary = crate::workshop::summary(assessment, &question.id);
    let votes = summary.distribution.total();
    let mut cells = vec![
        if votes > 0 {
            Cell::integer(votes as f64)
        } else {
            Cell::Empty
        },
        summary.consensus.map_or(Cell::Empty, Cell::integer),
        summary.spread.map_or(Cell::Empty, Cell::integer),
        Cell::text(distribution(&summary.distribution, lang)),
    ];
    cells.extend(
        raters
            .iter()
            .map(|rater| match assessment.vote(&question.id, &rater.id) {
                Some(Response::Level(level)) => Cell::integer(level),
                Some(other) => Cell::text(response_label(Some(other), lang)),
                None => Cell::Empty,
            }),
    );
    cells
}

/// „Stufe 2: 3, Stufe 3: 1, weiß nicht: 1“: the responses voted, with their counts.
fn distribution(distribution: &VoteDistribution, lang: Lang) -> String {
    let responses = (0..=4u8)
        .map(Response::Level)
        .chain([Response::DontKnow, Response::NotApplicable]);
    responses
        .filter_map(|response| {
            let count = distribution.count(response);
            (count > 0).then(|| {
                tr!(
                    lang,
                    "export-vote-count",
                    response = response_label(Some(response), lang),
                    count = count
                )
            })
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// „Info“: the town, the questionnaire, the date, who took part and where the peer
/// figures come from.
fn info_sheet(source: Source) -> Sheet {
    let (analysis, assessment, lang) = (source.analysis, source.assessment, source.lang);
    let options = source.options;
    let questionnaire = analysis.questionnaire;
    let profile = &assessment.profile;
    let left_out = || Cell::text(tr!(lang, "export-info-names-left-out"));
    let mut rows = vec![
        (
            tr!(lang, "export-info-town"),
            Cell::text(profile.name.trim()),
        ),
        (
            tr!(lang, "export-info-state"),
            Cell::text(profile.state.name()),
        ),
        (
            tr!(lang, "export-info-kind"),
            Cell::text(profile.kind.name(lang)),
        ),
        (
            tr!(lang, "export-info-population"),
            Cell::integer(profile.population),
        ),
        (
            tr!(lang, "export-info-size-class"),
            Cell::text(profile.size_class().label(lang)),
        ),
        (
            tr!(lang, "export-info-questionnaire"),
            Cell::text(questionnaire.title.get(lang).trim()),
        ),
        (
            tr!(lang, "export-info-version"),
            Cell::text(&questionnaire.version),
        ),
        (tr!(lang, "export-info-date"), Cell::Date(assessment.date)),
    ];
    let respondents = assessment.respondents.trim();
    if !respondents.is_empty() {
        let cell = if options.without_names {
            left_out()
        } else {
            Cell::text(respondents)
        };
        rows.push((tr!(lang, "export-info-respondents"), cell));
    }
    if !assessment.raters.is_empty() {
        let cell = if options.without_names {
            left_out()
        } else {
            let names: Vec<&str> = assessment.raters.iter().map(|r| r.label.trim()).collect();
            Cell::text(names.join(", "))
        };
        rows.push((tr!(lang, "export-info-participants"), cell));
    }
    if crate::workshop::has_votes(assessment) {
        rows.push((
            tr!(lang, "export-info-consensus"),
            Cell::text(crate::workshop::consensus_rule(lang)),
        ));
    }
    rows.extend(peer_rows(analysis, lang));
    if let Some(next) = assessment.plan.next_assessment {
        rows.push((tr!(lang, "export-info-next-assessment"), Cell::Date(next)));
    }
    rows.push((
        tr!(lang, "export-info-rounding"),
        Cell::text(tr!(lang, "export-info-rounding-rule")),
    ));
    let rows: Vec<Vec<Cell>> = rows
        .into_iter()
        .map(|(item, value)| vec![Cell::text(item), value])
        .collect();
    let headings = [
        (tr!(lang, "export-col-item"), Fit::Content(30.0)),
        (tr!(lang, "export-col-value"), Fit::WrapLeft(70.0)),
    ];
    fitted_sheet(tr!(lang, "export-sheet-info"), &headings, rows, false)
}

/// The peer group and the source of its figures (synthetic data labelled as such).
fn peer_rows(analysis: &Analysis, lang: Lang) -> Vec<(&'static str, Cell)> {
    let Some(comparison) = &analysis.peers else {
        return vec![(
            tr!(lang, "export-info-peer-group"),
            Cell::text(tr!(lang, "export-info-no-peers")),
        )];
    };
    let group = if comparison.is_shown() {
        format!(
            "{} ({})",
            crate::present::peers::peer_group(comparison, lang),
            crate::present::peers::towns(comparison.group_size, lang)
        )
    } else {
        crate::present::peers::too_small(comparison, lang)
    };
    let mut source =
        crate::present::peers::source_label(&comparison.source, comparison.synthetic, lang);
    if let Some(note) = crate::present::peers::own_excluded_note(comparison, lang) {
        source = format!("{source} {note}");
    }
    vec![
        (tr!(lang, "export-info-peer-group"), Cell::text(group)),
        (tr!(lang, "export-info-peer-source"), Cell::text(source)),
    ]
}
