//! The staff survey beside the officer's rating: per question the officer's level, the
//! staff's distribution where it may be shown (k-anonymity from
//! [`crate::survey::privacy`]), the median and the gap, sorted by the largest gap.

use crate::model::{Assessment, LevelCounts, Question, Questionnaire};
use crate::survey::privacy::{K, median, visible};

/// Leadership and staff differ noticeably from this many levels on (a finding).
pub const GAP_FINDING: f64 = 2.0;

/// The staff's answers to one question as they may be shown.
#[derive(Debug, Clone, PartialEq)]
pub struct StaffDistribution {
    /// Answers per level 0–4 (and „weiß nicht“ for all staff; 0 for a group).
    pub counts: LevelCounts,
    /// The median level.
    pub median: f64,
}

impl StaffDistribution {
    fn of(counts: LevelCounts) -> Option<Self> {
        median(&counts).map(|median| Self { counts, median })
    }

    /// How many gave a level.
    pub fn n(&self) -> u32 {
        self.counts.n()
    }
}

/// One question of the survey: the officer's level beside the staff's answers.
#[derive(Debug, Clone)]
pub struct StaffComparison<'q> {
    /// The question.
    pub question: &'q Question,
    /// The officer's level, if the assessment gives one.
    pub officer: Option<u8>,
    /// All staff's answers, if at least k gave a level.
    pub staff: Option<StaffDistribution>,
    /// How many staff gave a level (shown only as „fewer than k“ while `staff` is hidden).
    pub n: u32,
    /// The groups in form order, each with its answers where they may be shown.
    pub groups: Vec<(String, Option<StaffDistribution>)>,
    /// Officer's level minus the staff median, where both exist.
    pub gap: Option<f64>,
}

impl StaffComparison<'_> {
    /// Whether leadership and staff differ by [`GAP_FINDING`] levels or more.
    pub fn is_finding(&self) -> bool {
        self.gap.is_some_and(|gap| gap.abs() >= GAP_FINDING)
    }
}

/// The survey of an assessment, compared with the officer's rating.
#[derive(Debug, Clone)]
pub struct SurveyComparison<'q> {
    /// Answer sheets counted (files, codes and paper forms).
    pub sheets: u32,
    /// The questions, the largest gap first (questions without a gap last, in form order).
    pub questions: Vec<StaffComparison<'q>>,
}

impl SurveyComparison<'_> {
    /// The questions where leadership and staff differ by two levels or more.
    pub fn findings(&self) -> impl Iterator<Item = &StaffComparison<'_>> {
        self.questions.iter().filter(|q| q.is_finding())
    }
}

/// The comparison of `assessment`'s staff survey, if it has one.
pub fn compare_survey<'q>(
    questionnaire: &'q Questionnaire,
    assessment: &Assessment,
) -> Option<SurveyComparison<'q>> {
    let survey = assessment.survey.as_ref()?;
    let mut questions: Vec<StaffComparison> =
        crate::survey::survey_questions(survey, questionnaire)
            .into_iter()
            .map(|question| {
                let shown = visible(survey, &question.id, K);
                let officer = assessment.response(&question.id).and_then(|r| r.level());
                let staff = shown.all.and_then(StaffDistribution::of);
                let gap = match (officer, &staff) {
                    (Some(level), Some(staff)) => Some(f64::from(level) - staff.median),
                    _ => None,
                };
                StaffComparison {
                    question,
                    officer,
                    staff,
                    n: shown.n_all,
                    groups: shown
                        .groups
                        .into_iter()
                        .map(|(g, c)| (g, c.and_then(StaffDistribution::of)))
                        .collect(),
                    gap,
                }
            })
            .collect();
    // A stable sort keeps form order among equal gaps.
    questions.sort_by(|a, b| {
        let key = |c: &StaffComparison| c.gap.map_or(-1.0, f64::abs);
        key(b).total_cmp(&key(a))
    });
    Some(SurveyComparison {
        sheets: survey.sheet_count(),
        questions,
    })
}

/// The ids of the survey's questions with the largest gaps (at most `limit`, gap ≥ 1),
/// for a workshop that opens on them.
pub fn largest_gaps(comparison: &SurveyComparison, limit: usize) -> Vec<String> {
    comparison
        .questions
        .iter()
        .filter(|q| q.gap.is_some_and(|g| g.abs() >= 1.0))
        .take(limit)
        .map(|q| q.question.id.clone())
        .collect()
}
