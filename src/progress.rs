//! Progress over the years: an assessment linked to the town's earlier assessments.
//!
//! Earlier assessments are named in `Assessment.earlier` (paths relative to the
//! assessment file) or given directly (e.g. `score --compare`). Each must belong to the
//! same questionnaire id; an older questionnaire version is matched by question id, and
//! answers to questions the current version no longer has are reported, never silently
//! dropped. A linked file that cannot be read is reported with file and position and left
//! out; the current assessment is never affected.
//!
//! The change per dimension is the current score minus the score of the latest linked
//! assessment dated before the current one, both rounded as printed. Linked files dated on or after the current
//! date, or on the same date as another linked file, are reported and left out.

use crate::files::{FileError, Problem, Severity, read_text};
use crate::model::{Assessment, Date, Questionnaire, Response, open_assessment_text};
use crate::msg;
use crate::scoring::{Scores, round_score, score};
use crate::text::catalogue::{Message, Value};
use crate::text::{Lang, Text};
use crate::tr;
use std::path::{Component, Path, PathBuf};

/// An earlier assessment, read and matched to the current questionnaire.
#[derive(Debug, Clone)]
pub struct LinkedAssessment {
    /// Where it was read from.
    pub path: PathBuf,
    /// The assessment, migrated to the current questionnaire version.
    pub assessment: Assessment,
    /// Ids of answered questions the current questionnaire no longer has (not scored).
    pub unmatched: Vec<String>,
    /// Warnings found while reading it (e.g. another questionnaire version).
    pub warnings: Vec<Problem>,
}

/// Reads an earlier assessment and matches it to `questionnaire` (same id required).
pub fn load_linked(
    path: &Path,
    questionnaire: &Questionnaire,
) -> Result<LinkedAssessment, FileError> {
    let text = read_text(path)?;
    let opened = open_assessment_text(path, &text, questionnaire)?;
    let unmatched = opened.migration.map(|m| m.retired).unwrap_or_default();
    Ok(LinkedAssessment {
        path: path.to_path_buf(),
        assessment: opened.assessment,
        unmatched,
        warnings: opened.warnings,
    })
}

/// An earlier assessment of another town: it says nothing about this town's progress.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OtherTown {
    /// The earlier file.
    pub path: PathBuf,
    /// The current assessment's town, as written in it.
    pub own: String,
    /// The town the earlier file belongs to, as written in it.
    pub other: String,
}

/// Checks that `earlier` is an assessment of the same town as `current`: the names are
/// compared without surrounding blanks and without regard to ASCII case. The app (when
/// linking a file) and `score`/`report --compare` both ask here.
pub fn same_town(current: &Assessment, earlier: &LinkedAssessment) -> Result<(), OtherTown> {
    let own = current.profile.name.trim();
    let other = earlier.assessment.profile.name.trim();
    if own.eq_ignore_ascii_case(other) {
        Ok(())
    } else {
        Err(OtherTown {
            path: earlier.path.clone(),
            own: own.to_string(),
            other: other.to_string(),
        })
    }
}

/// Something the user should know about a linked file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LinkNote {
    /// The linked file.
    pub path: PathBuf,
    /// What is wrong (an error means the file was left out).
    pub problem: Problem,
}

impl LinkNote {
    /// The note as one line `FILE:LINE:COL: message`, in `lang`.
    pub fn line(&self, lang: Lang) -> String {
        self.problem.line_for(&self.path, lang)
    }

    /// Whether the file was left out because of it.
    pub fn is_error(&self) -> bool {
        self.problem.severity == Severity::Error
    }
}

/// One assessment in the history.
#[derive(Debug, Clone, PartialEq)]
pub struct HistoryPoint {
    /// Date of the assessment.
    pub date: Date,
    /// The file it was read from (`None` for the current assessment if not yet saved).
    pub path: Option<PathBuf>,
    /// Whether this is the current assessment.
    pub is_current: bool,
    /// Overall score.
    pub overall: Option<f64>,
    /// Ids of answered questions the current questionnaire no longer has.
    pub unmatched: Vec<String>,
}

/// One dimension's scores over the years.
#[derive(Debug, Clone, PartialEq)]
pub struct DimensionHistory {
    /// The dimension's id.
    pub id: String,
    /// The dimension's name.
    pub name: Text,
    /// Score per point of [`History::points`] (same order), `None` where it had no score.
    pub scores: Vec<Option<f64>>,
    /// Current score minus the score of the latest earlier assessment.
    pub change: Option<f64>,
}

/// A question whose level changed between the latest earlier and the current assessment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MovedQuestion {
    /// The question's id.
    pub question_id: String,
    /// The id of its dimension.
    pub dimension_id: String,
    /// Short reference such as „2.3“.
    pub code: String,
    /// Level in the earlier assessment.
    pub from: u8,
    /// Level now.
    pub to: u8,
}

impl MovedQuestion {
    /// Whether the question moved up.
    pub(crate) fn is_up(&self) -> bool {
        self.to > self.from
    }
}

/// The current assessment with its earlier ones.
#[derive(Debug, Clone, PartialEq)]
pub struct History {
    /// All assessments, sorted by date (the current one is last).
    pub points: Vec<HistoryPoint>,
    /// Per dimension, in questionnaire order.
    pub dimensions: Vec<DimensionHistory>,
    /// Index in `points` of the latest earlier assessment, the one changes refer to.
    pub baseline: Option<usize>,
    /// Change of the overall score against the baseline.
    pub overall_change: Option<f64>,
    /// Questions whose level moved since the baseline (both times answered with a level),
    /// largest move first, then in questionnaire order.
    pub moved: Vec<MovedQuestion>,
    /// Problems with linked files (errors: left out; warnings: used).
    pub notes: Vec<LinkNote>,
}

impl History {
    /// Whether there is at least one earlier assessment to compare with.
    pub(crate) fn has_earlier(&self) -> bool {
        self.baseline.is_some()
    }

    /// The baseline assessment (the latest earlier one).
    pub(crate) fn baseline_point(&self) -> Option<&HistoryPoint> {
        self.baseline.and_then(|i| self.points.get(i))
    }

    /// The history of one dimension.
    pub fn dimension(&self, id: &str) -> Option<&DimensionHistory> {
        self.dimensions.iter().find(|d| d.id == id)
    }

    /// The points that have a score for a dimension, as (date, score), oldest first —
    /// ready for a line chart.
    pub(crate) fn series(&self, dimension: &DimensionHistory) -> Vec<(Date, f64)> {
        self.points
            .iter()
            .zip(&dimension.scores)
            .filter_map(|(p, s)| s.map(|s| (p.date, s)))
            .collect()
    }

    /// Heading such as „Was sich seit 2025 verändert hat“.
    pub fn title(&self, lang: Lang) -> String {
        let year = self
            .baseline_point()
            .map(|p| p.date.year.to_string())
            .unwrap_or_default();
        tr!(lang, "progress-title", year = year)
    }
}

/// Not every earlier assessment asked for (`--compare`) could be used; each one's
/// problem was reported on its own.
#[derive(Debug, thiserror::Error)]
pub struct CompareFailed;

impl CompareFailed {
    /// Why, in `lang`.
    pub fn text(&self, lang: Lang) -> String {
        crate::tr!(lang, "errors-compare-failed").to_string()
    }
}

crate::worded!(CompareFailed);

/// The paths of `assessment.earlier`, resolved against the folder of `assessment_path`
/// (as given when the assessment has not been saved yet).
pub(crate) fn resolve_links(
    assessment: &Assessment,
    assessment_path: Option<&Path>,
) -> Vec<PathBuf> {
    let base = assessment_path
        .and_then(Path::parent)
        .map(Path::to_path_buf)
        .unwrap_or_default();
    assessment
        .earlier
        .iter()
        .map(|link| base.join(link))
        .collect()
}

/// The link to store in `earlier` for `earlier_path`: relative to the folder of
/// `assessment_path` with `/` separators, or absolute where no relative path exists
/// (e.g. another drive).
pub fn relative_link(assessment_path: &Path, earlier_path: &Path) -> String {
    let absolute = |p: &Path| -> PathBuf {
        std::fs::canonicalize(p).unwrap_or_else(|_| {
            std::env::current_dir()
                .map(|d| d.join(p))
                .unwrap_or_else(|_| p.to_path_buf())
        })
    };
    let from_file = absolute(assessment_path);
    let from = from_file.parent().unwrap_or(Path::new(""));
    let to = absolute(earlier_path);
    let from_parts: Vec<Component> = from.components().collect();
    let to_parts: Vec<Component> = to.components().collect();
    if from_parts.first() != to_parts.first() {
        return to.to_string_lossy().into_owned();
    }
    let common = from_parts
        .iter()
        .zip(&to_parts)
        .take_while(|(a, b)| a == b)
        .count();
    let mut parts: Vec<String> = vec!["..".into(); from_parts.len() - common];
    parts.extend(
        to_parts[common..]
            .iter()
            .map(|c| c.as_os_str().to_string_lossy().into_owned()),
    );
    parts.join("/")
}

/// Loads the assessments in `earlier` and builds the history; files that cannot be read
/// end up in [`History::notes`].
pub fn load_history(
    questionnaire: &Questionnaire,
    current: &Assessment,
    current_path: Option<&Path>,
    earlier: &[PathBuf],
) -> History {
    let (linked, notes) = load_all_linked(questionnaire, earlier);
    build_history(questionnaire, current, current_path, linked, notes)
}

/// Reads each of `paths` with [`load_linked`]; a file that cannot be used becomes notes.
pub(crate) fn load_all_linked(
    questionnaire: &Questionnaire,
    paths: &[PathBuf],
) -> (Vec<LinkedAssessment>, Vec<LinkNote>) {
    let mut linked = Vec::new();
    let mut notes = Vec::new();
    for path in paths {
        match load_linked(path, questionnaire) {
            Ok(l) => linked.push(l),
            Err(error) => notes.extend(error.problems.into_iter().map(|problem| LinkNote {
                path: error.path.clone(),
                problem,
            })),
        }
    }
    (linked, notes)
}

/// Loads the assessments linked in `current.earlier` (relative to `current_path`) and
/// builds the history.
pub fn history_from_links(
    questionnaire: &Questionnaire,
    current: &Assessment,
    current_path: Option<&Path>,
) -> History {
    let paths = resolve_links(current, current_path);
    load_history(questionnaire, current, current_path, &paths)
}

/// A date in each language, for a message.
fn date_value(date: Date) -> Value {
    Value::per_lang(move |lang| date.written(lang))
}

/// Builds the history from assessments already read.
pub fn build_history(
    questionnaire: &Questionnaire,
    current: &Assessment,
    current_path: Option<&Path>,
    linked: Vec<LinkedAssessment>,
    mut notes: Vec<LinkNote>,
) -> History {
    let earlier = usable_earlier(questionnaire, current, linked, &mut notes);

    let mut scored: Vec<(HistoryPoint, Scores)> = earlier
        .iter()
        .map(|l| {
            let scores = score(questionnaire, &l.assessment);
            (
                HistoryPoint {
                    date: l.assessment.date,
                    path: Some(l.path.clone()),
                    is_current: false,
                    overall: scores.overall,
                    unmatched: l.unmatched.clone(),
                },
                scores,
            )
        })
        .collect();
    let current_scores = score(questionnaire, current);
    scored.push((
        HistoryPoint {
            date: current.date,
            path: current_path.map(Path::to_path_buf),
            is_current: true,
            overall: current_scores.overall,
            unmatched: Vec::new(),
        },
        current_scores,
    ));
    let baseline = scored.len().checked_sub(2);
    // The change is taken between the rounded scores, so that a printed change always
    // equals the difference of the printed scores.
    let diff = |now: Option<f64>, then: Option<f64>| {
        Some(round_score(round_score(now?) - round_score(then?)))
    };
    let dimensions = questionnaire
        .dimensions
        .iter()
        .map(|d| {
            let scores: Vec<Option<f64>> = scored
                .iter()
                .map(|(_, s)| s.dimension(&d.id).and_then(|x| x.score))
                .collect();
            let change = baseline.and_then(|b| diff(*scores.last()?, *scores.get(b)?));
            DimensionHistory {
                id: d.id.clone(),
                name: d.name.clone(),
                scores,
                change,
            }
        })
        .collect();
    let overall_change = baseline.and_then(|b| {
        diff(
            scored.last().and_then(|(p, _)| p.overall),
            scored.get(b).and_then(|(p, _)| p.overall),
        )
    });
    let moved = match earlier.last() {
        Some(base) => moved_questions(questionnaire, &base.assessment, current),
        None => Vec::new(),
    };
    History {
        points: scored.into_iter().map(|(p, _)| p).collect(),
        dimensions,
        baseline,
        overall_change,
        moved,
        notes,
    }
}

/// The linked assessments that can stand in the history, oldest first: older than the
/// current one and one per date. Why each other one was left out, and the warnings of
/// those kept, go to `notes`.
fn usable_earlier(
    questionnaire: &Questionnaire,
    current: &Assessment,
    linked: Vec<LinkedAssessment>,
    notes: &mut Vec<LinkNote>,
) -> Vec<LinkedAssessment> {
    let mut earlier: Vec<LinkedAssessment> = Vec::new();
    for l in linked {
        let note = |message: Message| LinkNote {
            path: l.path.clone(),
            problem: Problem::error(None, message),
        };
        if l.assessment.date >= current.date {
            notes.push(note(msg!(
                "errors-history-not-older",
                date = date_value(l.assessment.date),
                current = date_value(current.date)
            )));
            continue;
        }
        if let Some(other) = earlier
            .iter()
            .find(|e| e.assessment.date == l.assessment.date)
        {
            notes.push(note(msg!(
                "errors-history-same-date",
                date = date_value(l.assessment.date),
                other = other.path.display().to_string()
            )));
            continue;
        }
        for warning in &l.warnings {
            notes.push(LinkNote {
                path: l.path.clone(),
                problem: warning.clone(),
            });
        }
        if !l.unmatched.is_empty() {
            notes.push(LinkNote {
                path: l.path.clone(),
                problem: Problem::warning(
                    None,
                    msg!(
                        "errors-history-unmatched",
                        count = l.unmatched.len(),
                        version = &questionnaire.version,
                        ids = l.unmatched.join(", ")
                    ),
                ),
            });
        }
        earlier.push(l);
    }
    earlier.sort_by_key(|l| l.assessment.date);
    earlier
}

/// Questions answered with a level both times whose level changed, largest move first.
fn moved_questions(
    questionnaire: &Questionnaire,
    then: &Assessment,
    now: &Assessment,
) -> Vec<MovedQuestion> {
    let level = |a: &Assessment, id: &str| match a.response(id) {
        Some(Response::Level(l)) => Some(l.min(4)),
        _ => None,
    };
    let mut moved = Vec::new();
    for (d, dimension) in questionnaire.dimensions.iter().enumerate() {
        for (q, question) in dimension.questions.iter().enumerate() {
            if let (Some(from), Some(to)) = (level(then, &question.id), level(now, &question.id))
                && from != to
            {
                moved.push(MovedQuestion {
                    question_id: question.id.clone(),
                    dimension_id: dimension.id.clone(),
                    code: format!("{}.{}", d + 1, q + 1),
                    from,
                    to,
                });
            }
        }
    }
    // Stable sort: questionnaire order among equal moves.
    moved.sort_by_key(|m| std::cmp::Reverse(m.from.abs_diff(m.to)));
    moved
}
