//! The domain model: questionnaires, assessments and their profiles (no UI types).

pub(crate) mod anchor_rules;
pub mod assessment;
pub mod council;
pub mod date;
pub mod example;
pub mod plan;
pub mod profile;
pub mod questionnaire;
pub mod survey;

pub use assessment::{
    ASSESSMENT_FORMAT_VERSION, Answer, Assessment, EVIDENCE_TEXT_MAX, Evidence, MAX_HANDS, Rater,
    Response, Tally,
};
pub use date::Date;
pub use plan::{FieldTarget, Plan, PlanStatus, PlannedMeasure, Quarter};
pub use profile::{BodyKind, FederalState, Federation, FederationKind, Profile, SizeClass};
pub use questionnaire::{
    DiagnosisRules, DiagnosisText, Dimension, Effort, Fact, Horizon, LegalDuty, Measure,
    MeasureKind, Question, Questionnaire, QuestionnaireRef, SHORT_TITLE_MAX, Source, Stage,
};
pub use survey::{LevelCounts, NO_GROUP, StaffSurvey};
pub mod load;
pub mod migration;
pub mod validation;

pub use load::{
    OpenedAssessment, bundled_questionnaire, load_questionnaire, open_assessment,
    open_assessment_text, parse_assessment, parse_questionnaire, save_assessment,
};
pub use migration::{Mapping, MigrationReport, merge_responses};
