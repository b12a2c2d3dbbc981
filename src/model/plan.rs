//! The measures plan: which prioritised measures the town takes on, who owns them, when
//! they start, what they cost, and the targets for the next assessment.
//!
//! Saved in the assessment file as the optional `plan` field; an assessment without a
//! plan saves exactly as before. Every figure is the town's own entry: nothing here is
//! estimated by the program.

use super::date::Date;
use super::questionnaire::Questionnaire;
use crate::text::Lang;
use crate::tr;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The measures plan and the targets for the next assessment.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Plan {
    /// Measures taken into the plan, in the order the town lists them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub measures: Vec<PlannedMeasure>,
    /// Target per field (dimension id) for the next assessment.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub field_targets: BTreeMap<String, FieldTarget>,
    /// Optional target level (0–4) per question id.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub question_targets: BTreeMap<String, u8>,
    /// When the next assessment is due.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_assessment: Option<Date>,
}

impl Plan {
    /// Whether nothing has been entered (such a plan is not saved).
    pub fn is_empty(&self) -> bool {
        *self == Plan::default()
    }

    /// The entry for the measure of `question` starting at `from_level`, if planned.
    pub fn entry(&self, question: &str, from_level: u8) -> Option<&PlannedMeasure> {
        self.measures
            .iter()
            .find(|m| m.question == question && m.from_level == from_level)
    }

    /// Takes a measure into the plan (no-op if it is there); returns its index.
    pub(crate) fn adopt(&mut self, question: &str, from_level: u8) -> usize {
        if let Some(i) = self
            .measures
            .iter()
            .position(|m| m.question == question && m.from_level == from_level)
        {
            return i;
        }
        self.measures
            .push(PlannedMeasure::new(question, from_level));
        self.measures.len() - 1
    }

    /// Removes the measure of `question` at `from_level` from the plan.
    pub fn remove(&mut self, question: &str, from_level: u8) {
        self.measures
            .retain(|m| !(m.question == question && m.from_level == from_level));
    }

    /// The measures that count for the budget (not dropped).
    pub(crate) fn active(&self) -> impl Iterator<Item = &PlannedMeasure> {
        self.measures
            .iter()
            .filter(|m| m.status != PlanStatus::Dropped)
    }

    /// Spending per calendar year in euros: one-off costs in the start year, yearly
    /// costs from the start year to `last_year`. Measures without a start quarter or
    /// without costs are not counted.
    pub fn spending_per_year(&self, last_year: u16) -> BTreeMap<u16, u64> {
        let mut years = BTreeMap::new();
        for m in self.active() {
            let Some(start) = m.start else { continue };
            if let Some(one_off) = m.one_off_eur {
                *years.entry(start.year).or_insert(0) += one_off;
            }
            if let Some(yearly) = m.yearly_eur {
                for year in start.year..=last_year.max(start.year) {
                    *years.entry(year).or_insert(0) += yearly;
                }
            }
        }
        years
    }

    /// Internal effort of the active measures in person-days (entered values only).
    pub fn person_days(&self) -> u32 {
        self.active().filter_map(|m| m.person_days).sum()
    }

    /// Checks the plan against the questionnaire: every measure and target refers to
    /// something that exists, quarters are 1–4, levels 0–4, scores 0–100.
    pub fn validate(&self, questionnaire: &Questionnaire) -> Result<(), PlanError> {
        for m in &self.measures {
            let question = questionnaire
                .questions()
                .find(|(_, q)| q.id == m.question)
                .map(|(_, q)| q)
                .ok_or_else(|| PlanError::UnknownQuestion(m.question.clone()))?;
            if !question
                .measures
                .iter()
                .any(|x| x.from_level == m.from_level)
            {
                return Err(PlanError::UnknownMeasure {
                    question: m.question.clone(),
                    from_level: m.from_level,
                });
            }
            if let Some(q) = m.start
                && !(1..=4).contains(&q.quarter)
            {
                return Err(PlanError::BadQuarter(q.quarter));
            }
            if m.duration_quarters == Some(0) {
                return Err(PlanError::BadDuration);
            }
        }
        for (dim, target) in &self.field_targets {
            if !questionnaire.dimensions.iter().any(|d| &d.id == dim) {
                return Err(PlanError::UnknownField(dim.clone()));
            }
            match *target {
                FieldTarget::Score(s) if s > 100 => return Err(PlanError::BadScore(s)),
                FieldTarget::Stage(s) if s == 0 || usize::from(s) > questionnaire.stages.len() => {
                    return Err(PlanError::BadStage(s));
                }
                _ => {}
            }
        }
        for (question, level) in &self.question_targets {
            if !questionnaire.questions().any(|(_, q)| &q.id == question) {
                return Err(PlanError::UnknownQuestion(question.clone()));
            }
            if *level > 4 {
                return Err(PlanError::BadLevel(*level));
            }
        }
        Ok(())
    }
}

/// Why a plan does not fit its questionnaire.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PlanError {
    /// A measure or target names a question the questionnaire does not have.
    UnknownQuestion(String),
    /// The question has no measure starting at that level.
    UnknownMeasure {
        /// Question id.
        question: String,
        /// Level the measure would start from.
        from_level: u8,
    },
    /// A field target names an unknown field.
    UnknownField(String),
    /// A quarter outside 1–4.
    BadQuarter(u8),
    /// A duration of zero quarters.
    BadDuration,
    /// A target score above 100.
    BadScore(u8),
    /// A target stage outside the questionnaire's stages.
    BadStage(u8),
    /// A target level above 4.
    BadLevel(u8),
}

impl PlanError {
    /// Why, in `lang`.
    pub fn text(&self, lang: crate::text::Lang) -> String {
        self.message().text(lang)
    }

    /// Why, as a message of the catalogue.
    pub(crate) fn message(&self) -> crate::text::catalogue::Message {
        use crate::msg;
        match self {
            PlanError::UnknownQuestion(id) => msg!("errors-plan-unknown-question", id = id),
            PlanError::UnknownMeasure {
                question,
                from_level,
            } => msg!(
                "errors-plan-unknown-measure",
                question = question,
                level = *from_level
            ),
            PlanError::UnknownField(id) => msg!("errors-plan-unknown-field", id = id),
            PlanError::BadQuarter(quarter) => {
                msg!("errors-plan-bad-quarter", quarter = *quarter)
            }
            PlanError::BadDuration => msg!("errors-plan-bad-duration"),
            PlanError::BadScore(score) => msg!("errors-plan-bad-score", score = *score),
            PlanError::BadStage(stage) => msg!("errors-plan-bad-stage", stage = *stage),
            PlanError::BadLevel(level) => msg!("errors-plan-bad-level", level = *level),
        }
    }
}

crate::worded!(PlanError);

/// One measure taken into the plan. The measure itself is the questionnaire's (found
/// by question id and starting level); everything else is optional.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PlannedMeasure {
    /// The question the measure belongs to.
    pub question: String,
    /// The level the measure starts from.
    pub from_level: u8,
    /// Responsible office or role, e.g. „Hauptamt“.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub owner: String,
    /// Quarter in which work starts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<Quarter>,
    /// Planned duration in quarters (the time plan otherwise uses the measure's horizon).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duration_quarters: Option<u8>,
    /// One-off cost in euros.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub one_off_eur: Option<u64>,
    /// Cost per year in euros, from the start year on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub yearly_eur: Option<u64>,
    /// Internal effort in person-days.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person_days: Option<u32>,
    /// Where the measure stands.
    #[serde(default, skip_serializing_if = "PlanStatus::is_default")]
    pub status: PlanStatus,
}

impl PlannedMeasure {
    /// A measure just taken into the plan, nothing else entered.
    pub fn new(question: &str, from_level: u8) -> Self {
        Self {
            question: question.to_string(),
            from_level,
            owner: String::new(),
            start: None,
            duration_quarters: None,
            one_off_eur: None,
            yearly_eur: None,
            person_days: None,
            status: PlanStatus::default(),
        }
    }
}

/// A calendar quarter.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Quarter {
    /// Year, e.g. 2027.
    pub year: u16,
    /// Quarter 1–4.
    pub quarter: u8,
}

impl Quarter {
    /// The quarter a date falls in.
    pub fn of(date: Date) -> Self {
        Self {
            year: date.year,
            quarter: (date.month.clamp(1, 12) - 1) / 3 + 1,
        }
    }

    /// The quarter `n` quarters later.
    pub fn plus(self, n: u32) -> Self {
        let index = u32::from(self.year) * 4 + u32::from(self.quarter.clamp(1, 4) - 1) + n;
        Self {
            year: u16::try_from(index / 4).unwrap_or(u16::MAX),
            quarter: (index % 4) as u8 + 1,
        }
    }

    /// Number of quarters from `self` to `other` (0 if `other` is earlier).
    pub fn until(self, other: Quarter) -> u32 {
        let a = u32::from(self.year) * 4 + u32::from(self.quarter);
        let b = u32::from(other.year) * 4 + u32::from(other.quarter);
        b.saturating_sub(a)
    }

    /// „Q1/2027“ in German and English alike.
    pub fn label(self, _lang: Lang) -> String {
        format!("Q{}/{}", self.quarter, self.year)
    }
}

/// Where a planned measure stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum PlanStatus {
    /// Proposed to the council, not yet decided.
    #[default]
    Proposed,
    /// Decided, work not yet started.
    Adopted,
    /// Work under way.
    InProgress,
    /// Completed.
    Done,
    /// Put aside (not counted in the budget).
    Dropped,
}

impl PlanStatus {
    /// Every status, in the order a form lists them.
    pub const ALL: [PlanStatus; 5] = [
        Self::Proposed,
        Self::Adopted,
        Self::InProgress,
        Self::Done,
        Self::Dropped,
    ];

    fn is_default(&self) -> bool {
        *self == Self::default()
    }

    /// Display name in `lang`.
    pub fn name(self, lang: Lang) -> &'static str {
        match self {
            Self::Proposed => tr!(lang, "plan-status-proposed"),
            Self::Adopted => tr!(lang, "plan-status-adopted"),
            Self::InProgress => tr!(lang, "plan-status-in-progress"),
            Self::Done => tr!(lang, "plan-status-done"),
            Self::Dropped => tr!(lang, "plan-status-dropped"),
        }
    }
}

/// The target of a field for the next assessment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum FieldTarget {
    /// A score 0–100.
    Score(u8),
    /// A maturity phase, counted from 1 as in „Reifephase 3 von 5“.
    Stage(u8),
}

#[cfg(test)]
mod tests {
    use super::*;

    fn costed(
        question: &str,
        year: u16,
        one_off: Option<u64>,
        yearly: Option<u64>,
    ) -> PlannedMeasure {
        PlannedMeasure {
            start: Some(Quarter { year, quarter: 2 }),
            one_off_eur: one_off,
            yearly_eur: yearly,
            ..PlannedMeasure::new(question, 0)
        }
    }

    #[test]
    fn spending_sums_one_off_in_the_start_year_and_yearly_from_then_on() {
        let mut plan = Plan::default();
        plan.measures
            .push(costed("a", 2027, Some(10_000), Some(2_000)));
        plan.measures.push(costed("b", 2028, None, Some(500)));
        let mut dropped = costed("c", 2027, Some(99_999), None);
        dropped.status = PlanStatus::Dropped;
        plan.measures.push(dropped);
        plan.measures.push(PlannedMeasure::new("d", 1));
        let years = plan.spending_per_year(2029);
        assert_eq!(years.get(&2027), Some(&12_000));
        assert_eq!(years.get(&2028), Some(&2_500));
        assert_eq!(years.get(&2029), Some(&2_500));
    }

    #[test]
    fn quarters_count_and_label() {
        let q = Quarter {
            year: 2026,
            quarter: 4,
        };
        assert_eq!(
            q.plus(1),
            Quarter {
                year: 2027,
                quarter: 1
            }
        );
        assert_eq!(q.until(q.plus(5)), 5);
        assert_eq!(q.label(Lang::De), "Q4/2026");
        assert_eq!(
            Quarter::of(Date {
                year: 2026,
                month: 11,
                day: 12
            }),
            q
        );
    }

    #[test]
    fn adopt_is_idempotent_and_remove_removes() {
        let mut plan = Plan::default();
        assert!(plan.is_empty());
        assert_eq!(plan.adopt("q", 1), 0);
        assert_eq!(plan.adopt("q", 1), 0);
        assert_eq!(plan.adopt("q", 2), 1);
        plan.remove("q", 1);
        assert_eq!(plan.measures.len(), 1);
        assert!(plan.entry("q", 2).is_some());
    }
}
