//! The schema of `score --json`: one object, written by serde from these structs.
//!
//! Keys are written in the order of the fields, which is alphabetical (as the output has
//! always been). Scores are rounded as printed (one decimal), shares to three decimals,
//! percentiles to whole numbers; `null` stands for „no value“. Optional parts are left
//! out entirely when their input is missing: `peer_group` and each dimension's `peers`
//! without a benchmark, `history` and each dimension's `history` and `change` without an
//! earlier assessment. `legal_duties` is always written (empty for a questionnaire
//! without legal duties).

use crate::analysis::{Analysis, DutyStatus, LegalDutyStatus};
use crate::benchmark::{DimensionPeers, PeerComparison};
use crate::model::Questionnaire;
use crate::present::duties;
use crate::present::narrative::{self, diagnosis_message, diagnosis_title};
use crate::present::peers::peer_group;
use crate::progress::{History, HistoryPoint};
use crate::scoring::{round_score, round_to};
use crate::text::Lang;
use serde::Serialize;

/// The whole `score --json` object.
#[derive(Debug, Serialize)]
pub(super) struct ScoreJson<'a> {
    /// Questions answered with a level, over the whole questionnaire.
    coverage: CoverageJson,
    /// The diagnoses (facade paint, not willing / not able, …) from reliable fields.
    diagnoses: Vec<DiagnosisJson>,
    /// One entry per field of the questionnaire, in its order.
    dimensions: Vec<DimensionJson<'a>>,
    /// The sentences the report states about the data.
    findings: Vec<String>,
    /// The change since the latest earlier assessment (only with one).
    #[serde(skip_serializing_if = "Option::is_none")]
    history: Option<HistoryJson<'a>>,
    /// Every legal duty of the questionnaire with the town's status, in questionnaire
    /// order.
    legal_duties: Vec<LegalDutyJson<'a>>,
    /// The overall score and stage.
    overall: OverallJson,
    /// The peer group compared with (only with a benchmark).
    #[serde(skip_serializing_if = "Option::is_none")]
    peer_group: Option<PeerGroupJson<'a>>,
}

/// `"coverage"`.
#[derive(Debug, Serialize)]
struct CoverageJson {
    /// Questions answered with a level (0–4).
    answered: usize,
    /// `answered / total`, three decimals.
    share: f64,
    /// All questions.
    total: usize,
}

/// One of `"diagnoses"`.
#[derive(Debug, Serialize)]
struct DiagnosisJson {
    /// Stable id, e.g. `"facade_paint"`.
    id: &'static str,
    /// What it means and what to do, in the chosen language.
    message: String,
    /// Its name, in the chosen language.
    title: String,
}

/// One of `"dimensions"`.
#[derive(Debug, Serialize)]
struct DimensionJson<'a> {
    /// Questions answered with a level.
    answered: usize,
    /// Change of the printed score since the baseline (with history; `null` where either
    /// year has no score).
    #[serde(skip_serializing_if = "Option::is_none")]
    change: Option<Option<f64>>,
    /// Share of its questions answered with a level, three decimals.
    coverage: f64,
    /// Its score in every assessment, oldest first (with history).
    #[serde(skip_serializing_if = "Option::is_none")]
    history: Option<Vec<PointJson>>,
    /// The field's id in the questionnaire.
    id: &'a str,
    /// Its name in the chosen language.
    name: &'a str,
    /// The peers' figures (with a benchmark; `null` where fewer than
    /// [`crate::benchmark::MIN_GROUP_SIZE`] peers have a score).
    #[serde(skip_serializing_if = "Option::is_none")]
    peers: Option<Option<PeersJson<'a>>>,
    /// The score 0–100, `null` without any answer with a level.
    score: Option<f64>,
    /// The maturity stage's name, `null` without a score.
    stage: Option<String>,
    /// All its questions.
    total: usize,
}

/// A field's `"peers"`.
#[derive(Debug, Serialize)]
struct PeersJson<'a> {
    /// Median.
    median: f64,
    /// Peers with a score for this field.
    n: usize,
    /// 10th percentile.
    p10: f64,
    /// 25th percentile.
    p25: f64,
    /// 75th percentile.
    p75: f64,
    /// 90th percentile.
    p90: f64,
    /// Share of peers below the town's score, whole per cent; `null` for an uncertain
    /// score or none.
    percentile: Option<f64>,
    /// The benchmark's source.
    source: &'a str,
    /// Whether the benchmark is synthetic.
    synthetic: bool,
}

/// One of `"legal_duties"`: a legal duty and where the town stands on it.
#[derive(Debug, Serialize)]
struct LegalDutyJson<'a> {
    /// The short code of the question that covers the duty.
    code: String,
    /// The duty, in the chosen language.
    duty: &'a str,
    /// The question's id.
    id: &'a str,
    /// The level given (for `open` and `met`; else `null`).
    level: Option<u8>,
    /// The number (from 1) of the measure towards the duty: only for an open duty whose
    /// question has one, else `null`.
    measure: Option<usize>,
    /// The lowest level that meets the duty (1 or 2).
    met_from: u8,
    /// Since when the duty applies, as written in the source.
    since: &'a str,
    /// The provision, e.g. „§ 12b BGG, § 7 BITV 2.0“.
    source: &'a str,
    /// `open`, `unknown`, `met`, `not_applicable` or `unanswered`.
    status: &'static str,
}

/// `"overall"`.
#[derive(Debug, Serialize)]
struct OverallJson {
    /// Whether coverage is below the threshold (results are „vorläufig“).
    preliminary: bool,
    /// The overall score, `null` without any answer.
    score: Option<f64>,
    /// The overall stage's name.
    stage: Option<String>,
}

/// `"peer_group"`.
#[derive(Debug, Serialize)]
struct PeerGroupJson<'a> {
    /// The group in words, as the app and the PDF name it.
    description: String,
    /// Entries in the group (the town's own entry left out).
    n: usize,
    /// Whether the group is large enough to be shown.
    shown: bool,
    /// The benchmark's source.
    source: &'a str,
    /// Whether the benchmark is synthetic.
    synthetic: bool,
}

/// One assessment in a series.
#[derive(Debug, Serialize)]
struct PointJson {
    /// Its date, ISO.
    date: String,
    /// The score then.
    score: Option<f64>,
    /// Its year.
    year: u16,
}

/// `"history"`.
#[derive(Debug, Serialize)]
struct HistoryJson<'a> {
    /// Questions whose level changed since the baseline.
    moved: Vec<MovedJson<'a>>,
    /// The overall score in every assessment, oldest first.
    overall: Vec<PointJson>,
    /// Change of the printed overall score since the baseline.
    overall_change: Option<f64>,
    /// The questionnaire version the earlier files were matched to.
    questionnaire_version: &'a str,
    /// The baseline's year.
    since: Option<u16>,
    /// The baseline's date, ISO.
    since_date: Option<String>,
    /// Per earlier assessment: answered questions the questionnaire no longer has.
    unmatched: Vec<UnmatchedJson<'a>>,
}

/// One of `"moved"`.
#[derive(Debug, Serialize)]
struct MovedJson<'a> {
    /// The question's short code.
    code: &'a str,
    /// Its field's id.
    dimension: &'a str,
    /// The level at the baseline.
    from: u8,
    /// The question's id.
    id: &'a str,
    /// The level now.
    to: u8,
}

/// One of `"unmatched"`.
#[derive(Debug, Serialize)]
struct UnmatchedJson<'a> {
    /// The earlier assessment's date, ISO.
    date: String,
    /// Ids of its answered questions the questionnaire no longer has.
    questions: &'a [String],
}

impl<'a> ScoreJson<'a> {
    /// The object for `analysis` in `lang`.
    pub(super) fn new(analysis: &'a Analysis, lang: Lang) -> Self {
        let questionnaire = analysis.questionnaire;
        let scores = &analysis.scores;
        let stage_name = |stage: Option<usize>| {
            stage
                .and_then(|i| questionnaire.stages.get(i))
                .map(|s| s.name.get(lang).to_string())
        };
        let comparison = analysis.peers.as_ref();
        let history = analysis.history.as_ref();
        let dimensions = scores
            .dimensions
            .iter()
            .map(|d| {
                let moved = history.and_then(|h| h.dimension(&d.id));
                DimensionJson {
                    answered: d.answered,
                    change: moved.map(|h| h.change.map(round_score)),
                    coverage: round_to(d.coverage, 3),
                    history: moved.map(|h| series(history.map_or(&[], |h| &h.points), &h.scores)),
                    id: &d.id,
                    name: d.name.get(lang),
                    peers: comparison.map(|c| c.dimension(&d.id).map(|p| peers_json(c, p))),
                    score: d.score.map(round_score),
                    stage: stage_name(d.stage),
                    total: d.total,
                }
            })
            .collect();
        ScoreJson {
            coverage: CoverageJson {
                answered: analysis.coverage.answered,
                share: round_to(analysis.coverage.share, 3),
                total: analysis.coverage.total,
            },
            diagnoses: scores
                .diagnoses
                .iter()
                .map(|d| DiagnosisJson {
                    id: d.kind.id(),
                    message: diagnosis_message(questionnaire, d, lang),
                    title: diagnosis_title(questionnaire, d, lang),
                })
                .collect(),
            dimensions,
            findings: narrative::findings(analysis, lang),
            history: history.map(|h| history_json(questionnaire, h)),
            legal_duties: analysis
                .legal_duties
                .iter()
                .map(|d| legal_duty_json(questionnaire, d, lang))
                .collect(),
            overall: OverallJson {
                preliminary: analysis.is_preliminary(),
                score: scores.overall.map(round_score),
                stage: stage_name(scores.overall_stage),
            },
            peer_group: comparison.map(|c| PeerGroupJson {
                description: peer_group(c, lang),
                n: c.group_size,
                shown: c.is_shown(),
                source: &c.source,
                synthetic: c.synthetic,
            }),
        }
    }
}

fn legal_duty_json<'a>(
    questionnaire: &Questionnaire,
    d: &LegalDutyStatus<'a>,
    lang: Lang,
) -> LegalDutyJson<'a> {
    let level = match d.status {
        DutyStatus::Open { level } | DutyStatus::Met { level } => Some(level),
        _ => None,
    };
    LegalDutyJson {
        code: crate::present::question_code(questionnaire, &d.question.id),
        duty: d.duty.duty.get(lang).trim(),
        id: &d.question.id,
        level,
        measure: d.measure.map(|rank| rank + 1),
        met_from: d.duty.met_from,
        since: d.duty.since.trim(),
        source: d.duty.source.trim(),
        status: duties::status_id(d.status),
    }
}

fn peers_json<'a>(comparison: &'a PeerComparison, p: &DimensionPeers) -> PeersJson<'a> {
    PeersJson {
        median: round_score(p.median),
        n: p.n,
        p10: round_score(p.p10),
        p25: round_score(p.p25),
        p75: round_score(p.p75),
        p90: round_score(p.p90),
        percentile: p.percentile.map(|x| round_to(x, 0)),
        source: &comparison.source,
        synthetic: comparison.synthetic,
    }
}

/// Every assessment's year, date and score, oldest first.
fn series(points: &[HistoryPoint], scores: &[Option<f64>]) -> Vec<PointJson> {
    points
        .iter()
        .zip(scores)
        .map(|(p, s)| PointJson {
            date: p.date.to_string(),
            score: s.map(round_score),
            year: p.date.year,
        })
        .collect()
}

fn history_json<'a>(questionnaire: &'a Questionnaire, history: &'a History) -> HistoryJson<'a> {
    let overall: Vec<Option<f64>> = history.points.iter().map(|p| p.overall).collect();
    let baseline = history.baseline_point();
    HistoryJson {
        moved: history
            .moved
            .iter()
            .map(|m| MovedJson {
                code: &m.code,
                dimension: &m.dimension_id,
                from: m.from,
                id: &m.question_id,
                to: m.to,
            })
            .collect(),
        overall: series(&history.points, &overall),
        overall_change: history.overall_change.map(round_score),
        questionnaire_version: &questionnaire.version,
        since: baseline.map(|p| p.date.year),
        since_date: baseline.map(|p| p.date.to_string()),
        unmatched: history
            .points
            .iter()
            .filter(|p| !p.unmatched.is_empty())
            .map(|p| UnmatchedJson {
                date: p.date.to_string(),
                questions: &p.unmatched,
            })
            .collect(),
    }
}
