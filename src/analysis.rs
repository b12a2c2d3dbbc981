//! The one analysis of an assessment: everything any output shows, computed once.
//!
//! `score`, `report`, the results view, the app's PDF export and contributions all take
//! their figures from [`analyse`]; none of them re-derives a figure. How the figures are
//! written is the job of [`crate::present`]. Plain Rust, no UI or PDF types.

pub mod survey;

use crate::benchmark::{
    Benchmark, DimensionPeers, GroupStats, PeerComparison, PeerGroup, WidenOption,
};
use crate::model::{Assessment, Horizon, LegalDuty, Profile, Question, Questionnaire, Response};
use crate::progress::History;
use crate::scoring::{DimensionScore, LOW_COVERAGE, PrioritisedMeasure, Scores, round_score};
use crate::workshop::DiscussionItem;

/// How many measures the roadmap lists (before each period gets its minimum).
pub(crate) const ROADMAP_SIZE: usize = 12;
/// The roadmap shows at least this many measures per period, where there are that many.
pub(crate) const MIN_PER_HORIZON: usize = 2;

/// How complete the assessment is, which decides how firmly results are stated.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Completeness {
    /// No question is answered with a level.
    Empty,
    /// Fewer than [`LOW_COVERAGE`] of the questions have a level: results are preliminary.
    Preliminary,
    /// Enough questions have a level to state results.
    Sufficient,
}

/// How many questions are answered with a level, over the whole questionnaire.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Coverage {
    /// Questions answered with a level (0–4).
    pub answered: usize,
    /// All questions.
    pub total: usize,
    /// `answered / total` (0 for an empty questionnaire).
    pub share: f64,
    /// What the share means for the results.
    pub completeness: Completeness,
}

/// The pattern of the levels given, for sentences that must not sound like a spread.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// No level given.
    Empty,
    /// Every level given is 0.
    AllLowest,
    /// Every level given is the top level 4.
    AllHighest,
    /// Anything else.
    Mixed,
}

/// A statement the data carries, with the figures it rests on. Field ids refer to the
/// questionnaire's dimensions; the words come from [`crate::present::narrative`].
#[derive(Debug, Clone, PartialEq)]
pub enum Finding {
    /// The furthest and the least advanced of the reliably scored fields differ.
    Spread {
        /// Id of the field with the highest score.
        best: String,
        /// Its score.
        best_score: f64,
        /// Id of the field with the lowest score.
        worst: String,
        /// Its score.
        worst_score: f64,
    },
    /// Every reliably scored field (two or more) has the same score as printed.
    Even {
        /// The common score.
        score: f64,
        /// How many fields.
        fields: usize,
    },
    /// Some answered questions are at level 0 or 1.
    LowLevels {
        /// Questions at level 0 or 1.
        low: usize,
        /// Questions answered with a level.
        answered: usize,
    },
    /// Every answered question is at level 2 or above (and not all at 4).
    NoLowLevels {
        /// Questions answered with a level.
        answered: usize,
    },
    /// Every answered question is at level 0.
    AllLowest {
        /// Questions answered with a level.
        answered: usize,
    },
    /// Every answered question is at the top level 4.
    AllHighest {
        /// Questions answered with a level.
        answered: usize,
    },
    /// Where the reliably scored fields stand against the peer median.
    Peers {
        /// Ids of fields below the median (as printed).
        below: Vec<String>,
        /// How many fields were compared.
        compared: usize,
        /// Whether the peer figures are synthetic.
        synthetic: bool,
    },
    /// Fields with some answers, but fewer than [`LOW_COVERAGE`]: their scores are
    /// uncertain and carry no other finding.
    Uncertain {
        /// Their ids.
        fields: Vec<String>,
    },
    /// Fields without any level: they have no score.
    Unanswered {
        /// Their ids.
        fields: Vec<String>,
    },
}

/// Where a town stands on one legal duty of the questionnaire (see
/// [`crate::model::LegalDuty`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DutyStatus {
    /// Answered below the level that meets the duty: the duty is open.
    Open {
        /// The level given.
        level: u8,
    },
    /// Answered „weiß nicht“: nobody could say whether the duty is met.
    Unknown,
    /// Answered at or above the level that meets the duty.
    Met {
        /// The level given.
        level: u8,
    },
    /// Answered „trifft nicht zu“: the duty does not apply to the town.
    NotApplicable,
    /// Not answered yet.
    Unanswered,
}

/// One legal duty of the questionnaire with the town's status.
#[derive(Debug, Clone)]
pub struct LegalDutyStatus<'q> {
    /// The question that covers the duty.
    pub question: &'q Question,
    /// The duty, its provision and since when.
    pub duty: &'q LegalDuty,
    /// Where the town stands.
    pub status: DutyStatus,
    /// Rank (0-based) of the measure that is the next step towards meeting the duty, if
    /// it is open and the question has one.
    pub measure: Option<usize>,
}

impl LegalDutyStatus<'_> {
    /// Whether the duty is open.
    pub(crate) fn is_open(&self) -> bool {
        matches!(self.status, DutyStatus::Open { .. })
    }
}

/// The status of `duty` for a response.
pub(crate) fn duty_status(duty: &LegalDuty, response: Option<Response>) -> DutyStatus {
    match response {
        None => DutyStatus::Unanswered,
        Some(Response::DontKnow) => DutyStatus::Unknown,
        Some(Response::NotApplicable) => DutyStatus::NotApplicable,
        Some(Response::Level(level)) if level < duty.met_from => DutyStatus::Open { level },
        Some(Response::Level(level)) => DutyStatus::Met { level },
    }
}

/// Everything the outputs show about one assessment.
#[derive(Debug, Clone)]
pub struct Analysis<'q> {
    /// The questionnaire the assessment belongs to.
    pub questionnaire: &'q Questionnaire,
    /// The town's name, as the sentences name it.
    pub town: String,
    /// Scores, stages and diagnoses (diagnoses only from reliably scored fields).
    pub scores: Scores,
    /// Coverage over all questions and its verdict.
    pub coverage: Coverage,
    /// The pattern of the levels given.
    pub shape: Shape,
    /// The peer comparison, if a benchmark was given. Percentiles of fields below the
    /// coverage threshold are left out.
    pub peers: Option<PeerComparison>,
    /// A wider group with enough peers, where the chosen one is too small.
    pub widening: Option<WidenOption>,
    /// Earlier assessments and the change since the latest of them.
    pub history: Option<History>,
    /// What the data says, most important first.
    pub findings: Vec<Finding>,
    /// Measures for every question below level 4, highest priority first; a measure's
    /// number everywhere is its position here plus one.
    pub measures: Vec<PrioritisedMeasure<'q>>,
    /// Per measure: whether the roadmap lists it.
    pub roadmap: Vec<bool>,
    /// Questions the workshop should discuss (empty without votes).
    pub discussion: Vec<DiscussionItem>,
    /// Every legal duty of the questionnaire with the town's status, in questionnaire
    /// order (empty when the questionnaire names none).
    pub legal_duties: Vec<LegalDutyStatus<'q>>,
    /// The staff survey beside the officer's rating, if the assessment has one.
    pub survey: Option<survey::SurveyComparison<'q>>,
}

/// What the radar chart draws, the same in the app and in the PDF: one axis per field
/// of the questionnaire, in its order.
#[derive(Debug, Clone, PartialEq)]
pub struct Radar<'a> {
    /// Per axis: the own score (0–100), where the field has one. A field without a score
    /// gets no point: it is not drawn as 0.
    pub own: Vec<Option<f64>>,
    /// Whether the own outline (the closed area) is drawn: only when every field has a
    /// score.
    pub own_outline: bool,
    /// Per axis: the peers' figures, where the group shows them for that field.
    pub peers: Vec<Option<&'a DimensionPeers>>,
    /// Neighbouring axes `(i, i + 1)` (the last with the first) between which the peers'
    /// middle half and median are drawn: both have figures.
    pub peer_segments: Vec<(usize, usize)>,
}

/// The radar's rule for `scores` against `peers` (a comparison that is shown).
pub fn radar<'a>(scores: &Scores, peers: Option<&'a PeerComparison>) -> Radar<'a> {
    let own: Vec<Option<f64>> = scores
        .dimensions
        .iter()
        .map(|d| d.score.map(|s| s.clamp(0.0, 100.0)))
        .collect();
    let peers: Vec<Option<&DimensionPeers>> = scores
        .dimensions
        .iter()
        .map(|d| peers.and_then(|p| p.dimension(&d.id)))
        .collect();
    let n = own.len();
    let peer_segments = (0..n)
        .map(|i| (i, (i + 1) % n))
        .filter(|(i, j)| n >= 2 && peers[*i].is_some() && peers[*j].is_some())
        .collect();
    Radar {
        own_outline: n > 0 && own.iter().all(Option::is_some),
        own,
        peers,
        peer_segments,
    }
}

/// The peer group a town is compared with until the user picks another: with a
/// network's file the whole network, else the town's own size class and kind in all
/// federal states. The app (at start, for the PDF, and behind „Standard“), `score` and
/// `report` all take it from here.
pub fn default_peer_group(profile: &Profile, benchmark: Option<&Benchmark>) -> PeerGroup {
    match benchmark {
        Some(b) if b.network.is_some() => PeerGroup::whole(),
        _ => PeerGroup::default_for(profile),
    }
}

/// The statistics of `group` in `benchmark` with the town's own entry (found by its
/// contribution token) left out: a town is never its own peer.
pub fn peer_stats(benchmark: &Benchmark, group: PeerGroup, assessment: &Assessment) -> GroupStats {
    let mut stats = benchmark.group_stats(group);
    stats.exclude_own(benchmark, crate::benchmark::token::token_of(assessment));
    stats
}

/// Analyses `assessment`: with `peers`, against that group of the benchmark (the town's
/// own entry left out); with `history`, the change since the latest earlier assessment.
pub fn analyse<'q>(
    questionnaire: &'q Questionnaire,
    assessment: &Assessment,
    peers: Option<(&Benchmark, PeerGroup)>,
    history: Option<History>,
) -> Analysis<'q> {
    let stats =
        peers.map(|(benchmark, group)| (benchmark, peer_stats(benchmark, group, assessment)));
    analyse_with(
        questionnaire,
        assessment,
        stats.as_ref().map(|(b, s)| (*b, s)),
        history,
    )
}

/// Like [`analyse`], with the group's statistics already selected (the app keeps them
/// while the group stays the same). `stats` must have the town's own entry left out.
pub(crate) fn analyse_with<'q>(
    questionnaire: &'q Questionnaire,
    assessment: &Assessment,
    peers: Option<(&Benchmark, &GroupStats)>,
    history: Option<History>,
) -> Analysis<'q> {
    let scores = crate::scoring::score(questionnaire, assessment);
    let (comparison, widening) = match peers {
        None => (None, None),
        Some((benchmark, stats)) => {
            let comparison = stats.compare(&scores);
            let widening = (!comparison.is_shown())
                .then(|| benchmark.suggest_widening(stats.group()))
                .flatten();
            (Some(comparison), widening)
        }
    };
    build(
        questionnaire,
        assessment,
        scores,
        comparison,
        widening,
        history,
    )
}

/// Like [`analyse`], against a peer comparison made elsewhere (e.g. figures published by
/// a network); the same rules apply to it (no percentile for a field below the coverage
/// threshold).
pub fn analyse_against<'q>(
    questionnaire: &'q Questionnaire,
    assessment: &Assessment,
    comparison: PeerComparison,
    history: Option<History>,
) -> Analysis<'q> {
    let scores = crate::scoring::score(questionnaire, assessment);
    build(
        questionnaire,
        assessment,
        scores,
        Some(comparison),
        None,
        history,
    )
}

fn build<'q>(
    questionnaire: &'q Questionnaire,
    assessment: &Assessment,
    scores: Scores,
    comparison: Option<PeerComparison>,
    widening: Option<WidenOption>,
    history: Option<History>,
) -> Analysis<'q> {
    let levels: Vec<u8> = questionnaire
        .questions()
        .filter_map(|(_, q)| assessment.response(&q.id)?.level())
        .map(|l| l.min(4))
        .collect();
    let coverage = coverage_of(questionnaire, levels.len());
    let shape = shape_of(&levels);
    let peers = comparison.map(|mut comparison| {
        for (id, figures) in comparison.dimensions.iter_mut() {
            if let Some(f) = figures.as_mut()
                && !scores.dimension(id).is_some_and(is_reliable)
            {
                f.percentile = None;
            }
        }
        comparison
    });
    let medians = peers
        .as_ref()
        .map(|p| {
            p.medians()
                .into_iter()
                .filter(|(id, _)| scores.dimension(id).is_some_and(is_reliable))
                .collect()
        })
        .unwrap_or_default();
    let measures =
        crate::scoring::prioritised_measures(questionnaire, assessment, &scores, &medians);
    let roadmap = roadmap_selection(&measures);
    let findings = findings(&scores, &levels, shape, peers.as_ref());
    let discussion = crate::workshop::discussion_list(questionnaire, assessment);
    let legal_duties = legal_duties(questionnaire, assessment, &measures);
    Analysis {
        questionnaire,
        town: assessment.profile.name.clone(),
        scores,
        coverage,
        shape,
        peers,
        widening,
        history: history.filter(History::has_earlier),
        findings,
        measures,
        roadmap,
        discussion,
        legal_duties,
        survey: survey::compare_survey(questionnaire, assessment),
    }
}

fn legal_duties<'q>(
    questionnaire: &'q Questionnaire,
    assessment: &Assessment,
    measures: &[PrioritisedMeasure<'q>],
) -> Vec<LegalDutyStatus<'q>> {
    questionnaire
        .questions()
        .filter_map(|(_, question)| {
            let duty = question.legal.as_ref()?;
            let status = duty_status(duty, assessment.response(&question.id));
            let measure = matches!(status, DutyStatus::Open { .. })
                .then(|| measures.iter().position(|m| m.question.id == question.id))
                .flatten();
            Some(LegalDutyStatus {
                question,
                duty,
                status,
                measure,
            })
        })
        .collect()
}

impl Analysis<'_> {
    /// Whether the field's score is reliable: it has a score and enough answers.
    pub(crate) fn is_reliable(&self, id: &str) -> bool {
        self.scores.dimension(id).is_some_and(is_reliable)
    }

    /// Whether the roadmap lists the measure at `rank` (0-based).
    pub(crate) fn in_roadmap(&self, rank: usize) -> bool {
        self.roadmap.get(rank).copied().unwrap_or(false)
    }

    /// The measures the roadmap lists, with their rank (0-based).
    pub(crate) fn roadmap_measures(
        &self,
    ) -> impl Iterator<Item = (usize, &PrioritisedMeasure<'_>)> {
        self.measures
            .iter()
            .enumerate()
            .filter(|(rank, _)| self.in_roadmap(*rank))
    }

    /// How many roadmap measures are short-term.
    pub(crate) fn short_term_in_roadmap(&self) -> usize {
        self.roadmap_measures()
            .filter(|(_, m)| m.measure.horizon == Horizon::Short)
            .count()
    }

    /// The peer figures shown for a field, if any.
    pub(crate) fn peer_figures(&self, id: &str) -> Option<&crate::benchmark::DimensionPeers> {
        self.peers.as_ref().and_then(|p| p.dimension(id))
    }

    /// The legal duties that are open, in questionnaire order.
    pub(crate) fn open_duties(&self) -> impl Iterator<Item = &LegalDutyStatus<'_>> {
        self.legal_duties.iter().filter(|d| d.is_open())
    }

    /// The legal duties answered „weiß nicht“, in questionnaire order.
    pub(crate) fn unknown_duties(&self) -> impl Iterator<Item = &LegalDutyStatus<'_>> {
        self.legal_duties
            .iter()
            .filter(|d| d.status == DutyStatus::Unknown)
    }

    /// Whether the results may be stated without the word „vorläufig“.
    pub(crate) fn is_preliminary(&self) -> bool {
        self.coverage.completeness != Completeness::Sufficient
    }
}

fn is_reliable(d: &DimensionScore) -> bool {
    d.score.is_some() && !d.low_coverage()
}

fn coverage_of(questionnaire: &Questionnaire, answered: usize) -> Coverage {
    let total = questionnaire.question_count();
    let share = if total == 0 {
        0.0
    } else {
        answered as f64 / total as f64
    };
    let completeness = if answered == 0 {
        Completeness::Empty
    } else if share < LOW_COVERAGE {
        Completeness::Preliminary
    } else {
        Completeness::Sufficient
    };
    Coverage {
        answered,
        total,
        share,
        completeness,
    }
}

fn shape_of(levels: &[u8]) -> Shape {
    if levels.is_empty() {
        Shape::Empty
    } else if levels.iter().all(|l| *l == 0) {
        Shape::AllLowest
    } else if levels.iter().all(|l| *l >= 4) {
        Shape::AllHighest
    } else {
        Shape::Mixed
    }
}

fn findings(
    scores: &Scores,
    levels: &[u8],
    shape: Shape,
    peers: Option<&PeerComparison>,
) -> Vec<Finding> {
    let mut findings = Vec::new();
    let reliable: Vec<&DimensionScore> = scores
        .dimensions
        .iter()
        .filter(|d| is_reliable(d))
        .collect();
    let printed = |d: &DimensionScore| round_score(d.score.unwrap_or(0.0));
    let best = reliable
        .iter()
        .copied()
        .max_by(|a, b| printed(a).total_cmp(&printed(b)));
    let worst = reliable
        .iter()
        .copied()
        .min_by(|a, b| printed(a).total_cmp(&printed(b)));
    if let (Some(best), Some(worst)) = (best, worst)
        && reliable.len() >= 2
    {
        if printed(best) > printed(worst) {
            findings.push(Finding::Spread {
                best: best.id.clone(),
                best_score: printed(best),
                worst: worst.id.clone(),
                worst_score: printed(worst),
            });
        } else {
            findings.push(Finding::Even {
                score: printed(best),
                fields: reliable.len(),
            });
        }
    }
    let answered = levels.len();
    match shape {
        Shape::Empty => {}
        Shape::AllLowest => findings.push(Finding::AllLowest { answered }),
        Shape::AllHighest => findings.push(Finding::AllHighest { answered }),
        Shape::Mixed => {
            let low = levels.iter().filter(|l| **l <= 1).count();
            findings.push(if low > 0 {
                Finding::LowLevels { low, answered }
            } else {
                Finding::NoLowLevels { answered }
            });
        }
    }
    if let Some(peers) = peers {
        let compared: Vec<(&DimensionScore, f64)> = reliable
            .iter()
            .filter_map(|d| Some((*d, peers.dimension(&d.id)?.median)))
            .collect();
        if !compared.is_empty() {
            findings.push(Finding::Peers {
                below: compared
                    .iter()
                    .filter(|(d, median)| printed(d) < round_score(*median))
                    .map(|(d, _)| d.id.clone())
                    .collect(),
                compared: compared.len(),
                synthetic: peers.synthetic,
            });
        }
    }
    let uncertain: Vec<String> = scores
        .dimensions
        .iter()
        .filter(|d| d.score.is_some() && d.low_coverage())
        .map(|d| d.id.clone())
        .collect();
    let unanswered: Vec<String> = scores
        .dimensions
        .iter()
        .filter(|d| d.score.is_none())
        .map(|d| d.id.clone())
        .collect();
    // With nothing answered, the headline says so; listing every field would repeat it.
    if shape != Shape::Empty {
        if !uncertain.is_empty() {
            findings.push(Finding::Uncertain { fields: uncertain });
        }
        if !unanswered.is_empty() {
            findings.push(Finding::Unanswered { fields: unanswered });
        }
    }
    findings
}

/// The measures the roadmap lists: the first [`ROADMAP_SIZE`] by priority, plus the best
/// of each period until it has [`MIN_PER_HORIZON`].
fn roadmap_selection(measures: &[PrioritisedMeasure]) -> Vec<bool> {
    let mut chosen: Vec<bool> = (0..measures.len()).map(|i| i < ROADMAP_SIZE).collect();
    for horizon in [Horizon::Short, Horizon::Medium, Horizon::Long] {
        let of_horizon = |i: &usize| measures[*i].measure.horizon == horizon;
        let have = (0..measures.len())
            .filter(of_horizon)
            .filter(|i| chosen[*i])
            .count();
        let missing: Vec<usize> = (0..measures.len())
            .filter(of_horizon)
            .filter(|i| !chosen[*i])
            .take(MIN_PER_HORIZON.saturating_sub(have))
            .collect();
        for i in missing {
            chosen[i] = true;
        }
    }
    chosen
}
