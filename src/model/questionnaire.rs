//! The questionnaire: dimensions, anchored questions, maturity stages and measures.

use crate::text::Text;
use serde::{Deserialize, Serialize};

/// A maturity questionnaire as read from a RON file in `questionnaires/`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Questionnaire {
    /// Stable identifier, e.g. `kommunal-reifegrad`; assessments refer to it.
    pub id: String,
    /// Version of the content, e.g. `1.0`; assessments record it.
    pub version: String,
    /// Title shown in the app and on the report's title page.
    pub title: Text,
    /// A short description of what the questionnaire covers.
    #[serde(default)]
    pub description: Text,
    /// The maturity stages with their score bands, lowest first.
    pub stages: Vec<Stage>,
    /// Which dimensions and thresholds the diagnoses use.
    pub diagnoses: DiagnosisRules,
    /// The dimensions, in the order they are walked through.
    pub dimensions: Vec<Dimension>,
}

/// A maturity stage: a name for a band of scores.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Stage {
    /// Stage name, e.g. „Einsteiger“.
    pub name: Text,
    /// What a town at this stage typically looks like.
    #[serde(default)]
    pub description: Text,
    /// Lowest score of the band (inclusive).
    pub from: f64,
    /// Upper end of the band (exclusive, except for the last stage, which includes 100).
    pub to: f64,
}

/// Thresholds and dimension roles for the two diagnoses of the seeds.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DiagnosisRules {
    /// Id of the front-end dimension (online services).
    pub front_end: String,
    /// Id of the back-end dimension (internal processes and IT).
    pub back_end: String,
    /// Id of the culture and leadership dimension ("willing").
    pub culture: String,
    /// Id of the resources and organisation dimension ("able").
    pub resources: String,
    /// "Facade paint" is flagged when the front-end score exceeds the back-end score
    /// by at least this many points.
    pub facade_paint_gap: f64,
    /// Culture and resources differ by at least this many points before one of them
    /// is named as what holds the town back.
    pub willing_able_gap: f64,
    /// Below this score both culture and resources count as weak.
    pub weak_below: f64,
}

/// A dimension of maturity, e.g. culture & leadership.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Dimension {
    /// Stable identifier, e.g. `kultur`.
    pub id: String,
    /// Display name.
    pub name: Text,
    /// What the dimension covers.
    #[serde(default)]
    pub description: Text,
    /// Weight in the overall score (default 1).
    #[serde(default = "default_weight")]
    pub weight: f64,
    /// The questions of this dimension, in walk-through order.
    pub questions: Vec<Question>,
}

/// A question with five anchored levels and the measures to climb from each.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    /// Stable identifier, unique in the questionnaire, e.g. `backend.rechnung`.
    pub id: String,
    /// The question as asked.
    pub text: Text,
    /// Why it matters and what counts as evidence.
    pub help: Text,
    /// Weight within its dimension (default 1).
    #[serde(default = "default_weight")]
    pub weight: f64,
    /// Exactly five level descriptions, level 0 first; each a concrete, observable state.
    pub levels: Vec<Text>,
    /// One measure for each level below 4: what to do to climb one level.
    pub measures: Vec<Measure>,
}

/// What to do to climb one level from `from_level`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Measure {
    /// The level this measure starts from (0–3).
    pub from_level: u8,
    /// What to do, in one or two sentences.
    pub text: Text,
    /// When it can be done.
    pub horizon: Horizon,
    /// How much work it is.
    pub effort: Effort,
    /// What kind of work it is; process and people work comes before software.
    pub kind: MeasureKind,
}

/// When a measure can realistically be completed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Horizon {
    /// 0–6 months.
    Short,
    /// 6–18 months.
    Medium,
    /// More than 18 months.
    Long,
}

/// A rough effort estimate for a measure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Effort {
    /// A few days of work, little or no money.
    Low,
    /// Weeks of work or a modest budget.
    Medium,
    /// A project with budget, procurement or new staff.
    High,
}

/// The kind of a measure, used to put process work before software.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum MeasureKind {
    /// Analysing or redesigning processes, rules and responsibilities.
    Process,
    /// People: leadership, training, roles, culture, communication.
    People,
    /// Software, hardware, infrastructure.
    Technology,
}

fn default_weight() -> f64 {
    1.0
}

impl Questionnaire {
    /// All questions in walk-through order, each with its dimension.
    pub fn questions(&self) -> impl Iterator<Item = (&Dimension, &Question)> {
        self.dimensions
            .iter()
            .flat_map(|d| d.questions.iter().map(move |q| (d, q)))
    }

    /// Number of questions in all dimensions.
    pub fn question_count(&self) -> usize {
        self.dimensions.iter().map(|d| d.questions.len()).sum()
    }

    /// The question with this id, with its dimension.
    pub fn question(&self, id: &str) -> Option<(&Dimension, &Question)> {
        self.questions().find(|(_, q)| q.id == id)
    }

    /// The dimension with this id.
    pub fn dimension(&self, id: &str) -> Option<&Dimension> {
        self.dimensions.iter().find(|d| d.id == id)
    }

    /// The stage whose band holds `score` (0–100).
    pub fn stage_for(&self, score: f64) -> Option<(usize, &Stage)> {
        let last = self.stages.len().checked_sub(1)?;
        self.stages
            .iter()
            .enumerate()
            .find(|(i, s)| score >= s.from && (score < s.to || (*i == last && score <= s.to)))
    }
}

impl Question {
    /// The measure that climbs from `level`, if any.
    pub fn measure_from(&self, level: u8) -> Option<&Measure> {
        self.measures.iter().find(|m| m.from_level == level)
    }
}
