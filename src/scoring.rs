//! Scores, stages, diagnoses and prioritised measures — the same for app, CLI and PDF.
//!
//! A dimension's score is `100 × Σ(weight × level) / Σ(weight × 4)` over its questions
//! answered with a level; "don't know" and "not applicable" are left out. Coverage is the
//! share of its questions answered with a level. The overall score is the mean of the
//! dimension scores weighted by the dimensions' weights, over dimensions that have a score.

use crate::model::{Assessment, Dimension, Measure, Question, Questionnaire, Response};
use crate::text::Text;
use std::collections::HashMap;

/// Below this coverage a dimension's score is flagged as uncertain, and an assessment
/// as a whole is preliminary.
pub(crate) const LOW_COVERAGE: f64 = 0.6;

/// The one rounding rule for every printed figure: to `decimals` places, halves away
/// from zero (56.25 → 56.3, 12.5 → 13). A tiny nudge keeps binary fractions such as
/// 0.35 on the side their decimal form is on.
pub(crate) fn round_to(value: f64, decimals: i32) -> f64 {
    let factor = 10f64.powi(decimals);
    let scaled = value * factor;
    let nudged = scaled + scaled.signum() * 1e-9 * scaled.abs().max(1.0);
    nudged.round() / factor
}

/// A score rounded as it is printed everywhere (one decimal, see [`round_to`]).
pub(crate) fn round_score(value: f64) -> f64 {
    round_to(value, 1)
}

/// The score of one dimension.
#[derive(Debug, Clone, PartialEq)]
pub struct DimensionScore {
    /// The dimension's id.
    pub id: String,
    /// The dimension's name.
    pub name: Text,
    /// Score 0–100, or `None` when no question has a level yet.
    pub score: Option<f64>,
    /// Share (0–1) of the dimension's questions answered with a level.
    pub coverage: f64,
    /// Questions answered with a level (0–4).
    pub answered: usize,
    /// All questions of the dimension.
    pub total: usize,
    /// Questions answered "don't know".
    pub dont_know: usize,
    /// Questions answered "not applicable".
    pub not_applicable: usize,
    /// Index of the stage the score falls into.
    pub stage: Option<usize>,
}

impl DimensionScore {
    /// Whether the coverage is too low to trust the score.
    pub(crate) fn low_coverage(&self) -> bool {
        self.coverage < LOW_COVERAGE
    }
}

/// All scores of an assessment.
#[derive(Debug, Clone, PartialEq)]
pub struct Scores {
    /// Weighted mean of the dimension scores, `None` when no dimension has a score.
    pub overall: Option<f64>,
    /// Index of the overall stage.
    pub overall_stage: Option<usize>,
    /// One entry per dimension, in questionnaire order.
    pub dimensions: Vec<DimensionScore>,
    /// The diagnoses that apply.
    pub diagnoses: Vec<Diagnosis>,
}

impl Scores {
    /// The score of the dimension with this id.
    pub fn dimension(&self, id: &str) -> Option<&DimensionScore> {
        self.dimensions.iter().find(|d| d.id == id)
    }
}

/// The diagnoses the seeds describe.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DiagnosisKind {
    /// Front-end clearly ahead of back-end: online services on analogue processes.
    FacadePaint,
    /// Culture and leadership lag behind resources: the town is "not willing".
    NotWilling,
    /// Resources and organisation lag behind culture: the town is "not able".
    NotAble,
    /// Both culture and resources are weak.
    NeitherWillingNorAble,
}

impl DiagnosisKind {
    /// Stable id used in JSON output.
    pub fn id(self) -> &'static str {
        match self {
            Self::FacadePaint => "facade_paint",
            Self::NotWilling => "not_willing",
            Self::NotAble => "not_able",
            Self::NeitherWillingNorAble => "not_willing_and_not_able",
        }
    }
}

/// A diagnosis with the two scores it rests on.
#[derive(Debug, Clone, PartialEq)]
pub struct Diagnosis {
    /// Which diagnosis.
    pub kind: DiagnosisKind,
    /// The first score compared (front-end, or culture).
    pub first: f64,
    /// The second score compared (back-end, or resources).
    pub second: f64,
}

/// Scores an assessment against its questionnaire.
pub fn score(questionnaire: &Questionnaire, assessment: &Assessment) -> Scores {
    let dimensions: Vec<DimensionScore> = questionnaire
        .dimensions
        .iter()
        .map(|d| score_dimension(questionnaire, d, assessment))
        .collect();
    let (sum, weights) = questionnaire
        .dimensions
        .iter()
        .zip(&dimensions)
        .filter_map(|(d, s)| s.score.map(|score| (d.weight * score, d.weight)))
        .fold((0.0, 0.0), |(s, w), (ds, dw)| (s + ds, w + dw));
    let overall = (weights > 0.0).then(|| sum / weights);
    let overall_stage = overall.and_then(|s| questionnaire.stage_for(s).map(|(i, _)| i));
    let diagnoses = diagnose(questionnaire, &dimensions);
    Scores {
        overall,
        overall_stage,
        dimensions,
        diagnoses,
    }
}

fn score_dimension(
    questionnaire: &Questionnaire,
    dimension: &Dimension,
    assessment: &Assessment,
) -> DimensionScore {
    let mut weighted_levels = 0.0;
    let mut weighted_max = 0.0;
    let (mut answered, mut dont_know, mut not_applicable) = (0, 0, 0);
    for question in &dimension.questions {
        match assessment.response(&question.id) {
            Some(Response::Level(level)) => {
                let level = f64::from(level.min(4));
                weighted_levels += question.weight * level;
                weighted_max += question.weight * 4.0;
                answered += 1;
            }
            Some(Response::DontKnow) => dont_know += 1,
            Some(Response::NotApplicable) => not_applicable += 1,
            None => {}
        }
    }
    let total = dimension.questions.len();
    let score = (weighted_max > 0.0).then(|| 100.0 * weighted_levels / weighted_max);
    DimensionScore {
        id: dimension.id.clone(),
        name: dimension.name.clone(),
        score,
        coverage: if total == 0 {
            0.0
        } else {
            answered as f64 / total as f64
        },
        answered,
        total,
        dont_know,
        not_applicable,
        stage: score.and_then(|s| questionnaire.stage_for(s).map(|(i, _)| i)),
    }
}

fn diagnose(questionnaire: &Questionnaire, dimensions: &[DimensionScore]) -> Vec<Diagnosis> {
    let rules = &questionnaire.diagnoses;
    // A field below the coverage threshold carries no finding.
    let score_of = |id: &str| {
        dimensions
            .iter()
            .find(|d| d.id == id)
            .filter(|d| !d.low_coverage())
            .and_then(|d| d.score)
    };
    let mut diagnoses = Vec::new();
    if let (Some(front), Some(back)) = (score_of(&rules.front_end), score_of(&rules.back_end))
        && front - back >= rules.facade_paint_gap
    {
        diagnoses.push(Diagnosis {
            kind: DiagnosisKind::FacadePaint,
            first: front,
            second: back,
        });
    }
    if let (Some(culture), Some(resources)) = (score_of(&rules.culture), score_of(&rules.resources))
    {
        let kind = if resources - culture >= rules.willing_able_gap {
            Some(DiagnosisKind::NotWilling)
        } else if culture - resources >= rules.willing_able_gap {
            Some(DiagnosisKind::NotAble)
        } else if culture < rules.weak_below && resources < rules.weak_below {
            Some(DiagnosisKind::NeitherWillingNorAble)
        } else {
            None
        };
        if let Some(kind) = kind {
            diagnoses.push(Diagnosis {
                kind,
                first: culture,
                second: resources,
            });
        }
    }
    diagnoses
}

/// A measure the town should take, with its priority.
#[derive(Debug, Clone)]
pub struct PrioritisedMeasure<'q> {
    /// The dimension of the question.
    pub dimension: &'q Dimension,
    /// The question the measure comes from.
    pub question: &'q Question,
    /// The level the town is at now.
    pub level: u8,
    /// The measure to climb one level.
    pub measure: &'q Measure,
    /// Priority: question weight × dimension weight × gap to level 4 × peer factor.
    pub priority: f64,
    /// Whether the dimension trails the peer median (which raised the priority).
    pub trails_peers: bool,
    /// Whether the question's legal duty is open at this level: the measure is the next
    /// step towards meeting it, and it comes before every maturity measure.
    pub for_open_duty: bool,
}

/// The measures for every question answered below level 4: first those that work
/// towards an open legal duty, then the others, each highest priority first.
///
/// Priority is `question weight × dimension weight × (4 − level)`, multiplied by
/// `1 + (peer median − own score) / 50` where the dimension trails the peer median.
/// Ties are broken so that process and people work comes before technology, then by
/// horizon (short first), then by questionnaire order.
pub fn prioritised_measures<'q>(
    questionnaire: &'q Questionnaire,
    assessment: &Assessment,
    scores: &Scores,
    peer_medians: &HashMap<String, f64>,
) -> Vec<PrioritisedMeasure<'q>> {
    let mut measures: Vec<(usize, PrioritisedMeasure<'q>)> = Vec::new();
    for (order, (dimension, question)) in questionnaire.questions().enumerate() {
        let Some(Response::Level(level)) = assessment.response(&question.id) else {
            continue;
        };
        let Some(measure) = question.measure_from(level) else {
            continue;
        };
        let own = scores.dimension(&dimension.id).and_then(|d| d.score);
        let trailing = match (own, peer_medians.get(&dimension.id)) {
            (Some(own), Some(median)) if *median > own => median - own,
            _ => 0.0,
        };
        let priority = question.weight
            * dimension.weight
            * f64::from(4 - level.min(4))
            * (1.0 + trailing / 50.0);
        measures.push((
            order,
            PrioritisedMeasure {
                dimension,
                question,
                level,
                measure,
                priority,
                trails_peers: trailing > 0.0,
                for_open_duty: question.legal.as_ref().is_some_and(|d| level < d.met_from),
            },
        ));
    }
    measures.sort_by(|(oa, a), (ob, b)| {
        b.for_open_duty
            .cmp(&a.for_open_duty)
            .then(b.priority.total_cmp(&a.priority))
            .then(a.measure.kind.cmp(&b.measure.kind))
            .then(a.measure.horizon.cmp(&b.measure.horizon))
            .then(oa.cmp(ob))
    });
    measures.into_iter().map(|(_, m)| m).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{BodyKind, Date, FederalState, Profile, parse_questionnaire};
    use crate::text::Lang;
    use std::path::Path;

    fn mini() -> Questionnaire {
        parse_questionnaire(
            Path::new("mini-questionnaire.ron"),
            include_str!("../tests/fixtures/mini-questionnaire.ron"),
        )
        .unwrap()
    }

    fn assessment(q: &Questionnaire, answers: &[(&str, Response)]) -> Assessment {
        let profile = Profile {
            name: "Teststadt".into(),
            council_name: None,
            state: FederalState::Bayern,
            kind: BodyKind::Gemeinde,
            population: 7_000,
            federation: None,
            district_services: false,
        };
        let mut a = Assessment::new(q, profile, Date::new(2026, 1, 1).unwrap());
        for (id, response) in answers {
            a.set_response(id, Some(*response));
        }
        a
    }

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-9
    }

    #[test]
    fn hand_computed_scores_with_dont_know_and_not_applicable() {
        let q = mini();
        let a = assessment(
            &q,
            &[
                ("k1", Response::Level(2)),
                ("k2", Response::Level(3)),
                ("r1", Response::DontKnow),
                ("b1", Response::Level(1)),
                ("b2", Response::NotApplicable),
                ("b3", Response::Level(0)),
                ("f1", Response::Level(4)),
            ],
        );
        let s = score(&q, &a);
        let kultur = s.dimension("kultur").unwrap();
        // 100 × (1×2 + 2×3) / (1×4 + 2×4) = 800 / 12.
        assert!(close(kultur.score.unwrap(), 800.0 / 12.0));
        assert_eq!((kultur.answered, kultur.total), (2, 2));
        assert_eq!(kultur.stage, Some(3));

        let ressourcen = s.dimension("ressourcen").unwrap();
        assert_eq!(ressourcen.score, None);
        assert_eq!(ressourcen.coverage, 0.0);
        assert_eq!(ressourcen.dont_know, 1);

        let backend = s.dimension("backend").unwrap();
        // 100 × (1 + 0) / (4 + 4); the not-applicable answer is left out.
        assert!(close(backend.score.unwrap(), 12.5));
        assert!(close(backend.coverage, 2.0 / 3.0));
        assert_eq!(backend.not_applicable, 1);
        assert_eq!(backend.stage, Some(0));

        assert!(close(
            s.dimension("frontend").unwrap().score.unwrap(),
            100.0
        ));
        assert_eq!(s.dimension("frontend").unwrap().stage, Some(4));

        // Dimension weights 1, 2, 1 over the three scored dimensions.
        let overall = (800.0 / 12.0 + 2.0 * 12.5 + 100.0) / 4.0;
        assert!(close(s.overall.unwrap(), overall));
        assert_eq!(s.overall_stage, Some(2));

        let kinds: Vec<_> = s.diagnoses.iter().map(|d| d.kind).collect();
        assert_eq!(kinds, vec![DiagnosisKind::FacadePaint]);
    }

    #[test]
    fn empty_assessment_has_no_scores_and_no_nan() {
        let q = mini();
        let s = score(&q, &assessment(&q, &[]));
        assert_eq!(s.overall, None);
        assert_eq!(s.overall_stage, None);
        assert!(s.diagnoses.is_empty());
        for d in &s.dimensions {
            assert_eq!(d.score, None);
            assert_eq!(d.coverage, 0.0);
            assert!(d.low_coverage());
        }
    }

    #[test]
    fn only_dont_know_and_not_applicable_gives_no_score() {
        let q = mini();
        let s = score(
            &q,
            &assessment(
                &q,
                &[("k1", Response::DontKnow), ("k2", Response::NotApplicable)],
            ),
        );
        assert_eq!(s.dimension("kultur").unwrap().score, None);
        assert_eq!(s.overall, None);
    }

    #[test]
    fn not_able_when_resources_trail_culture() {
        let q = mini();
        let a = assessment(
            &q,
            &[
                ("k1", Response::Level(2)),
                ("k2", Response::Level(2)),
                ("r1", Response::Level(0)),
            ],
        );
        let s = score(&q, &a);
        assert_eq!(s.diagnoses.len(), 1);
        assert_eq!(s.diagnoses[0].kind, DiagnosisKind::NotAble);
        assert!(close(s.diagnoses[0].first, 50.0));
        assert!(close(s.diagnoses[0].second, 0.0));
        let message = crate::present::narrative::diagnosis_message(&q, &s.diagnoses[0], Lang::De);
        assert!(message.contains("50,0\u{a0}Punkte"), "{message}");
    }

    #[test]
    fn not_willing_when_culture_trails_resources() {
        let q = mini();
        let a = assessment(
            &q,
            &[
                ("k1", Response::Level(1)),
                ("k2", Response::Level(1)),
                ("r1", Response::Level(3)),
            ],
        );
        assert_eq!(score(&q, &a).diagnoses[0].kind, DiagnosisKind::NotWilling);
    }

    #[test]
    fn both_weak_and_close_is_neither_willing_nor_able() {
        let q = mini();
        // Culture 100 × 2/12 ≈ 16.7, resources 25: 8.3 apart, both below 40.
        let a = assessment(
            &q,
            &[
                ("k1", Response::Level(0)),
                ("k2", Response::Level(1)),
                ("r1", Response::Level(1)),
            ],
        );
        assert_eq!(
            score(&q, &a).diagnoses[0].kind,
            DiagnosisKind::NeitherWillingNorAble
        );
    }

    #[test]
    fn facade_paint_needs_the_full_gap() {
        let q = mini();
        // Front-end 50, back-end 100 × 5/12… use b1..b3 = 1,1,2 → 100 × 4/12 ≈ 33.3: gap 16.7.
        let flagged = assessment(
            &q,
            &[
                ("f1", Response::Level(2)),
                ("b1", Response::Level(1)),
                ("b2", Response::Level(1)),
                ("b3", Response::Level(2)),
            ],
        );
        assert_eq!(
            score(&q, &flagged).diagnoses[0].kind,
            DiagnosisKind::FacadePaint
        );
        // b3 = 3 → back-end 100 × 5/12 ≈ 41.7: gap 8.3, not flagged.
        let not_flagged = assessment(
            &q,
            &[
                ("f1", Response::Level(2)),
                ("b1", Response::Level(1)),
                ("b2", Response::Level(1)),
                ("b3", Response::Level(3)),
            ],
        );
        assert!(score(&q, &not_flagged).diagnoses.is_empty());
    }

    #[test]
    fn stage_bands_include_lower_bound_and_100() {
        let q = mini();
        assert_eq!(q.stage_for(0.0).map(|s| s.0), Some(0));
        assert_eq!(q.stage_for(19.999).map(|s| s.0), Some(0));
        assert_eq!(q.stage_for(20.0).map(|s| s.0), Some(1));
        assert_eq!(q.stage_for(100.0).map(|s| s.0), Some(4));
        assert_eq!(q.stage_for(100.1), None);
    }

    #[test]
    fn measures_ordered_by_weight_gap_and_peers() {
        let q = mini();
        let a = assessment(
            &q,
            &[
                ("k1", Response::Level(2)),
                ("k2", Response::Level(3)),
                ("b1", Response::Level(1)),
                ("b3", Response::Level(0)),
                ("f1", Response::Level(4)),
            ],
        );
        let s = score(&q, &a);
        let plain = prioritised_measures(&q, &a, &s, &HashMap::new());
        let order: Vec<_> = plain
            .iter()
            .map(|m| (m.question.id.as_str(), m.priority))
            .collect();
        // b3: 1 × 2 × 4 = 8; b1: 1 × 2 × 3 = 6; k1: 1 × 1 × 2 = 2; k2: 2 × 1 × 1 = 2.
        assert_eq!(
            order,
            vec![("b3", 8.0), ("b1", 6.0), ("k1", 2.0), ("k2", 2.0)]
        );
        assert_eq!(plain[0].measure.from_level, 0);
        assert!(plain.iter().all(|m| !m.trails_peers));

        // Culture trails a peer median of 80 by 13.3 points: factor 1 + 13.3/50.
        let medians = HashMap::from([("kultur".to_string(), 80.0)]);
        let raised = prioritised_measures(&q, &a, &s, &medians);
        let k1 = raised.iter().find(|m| m.question.id == "k1").unwrap();
        assert!(close(
            k1.priority,
            2.0 * (1.0 + (80.0 - 800.0 / 12.0) / 50.0)
        ));
        assert!(k1.trails_peers);
    }
}
