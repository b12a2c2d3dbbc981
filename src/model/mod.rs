//! The domain model: questionnaires, assessments and their profiles (no UI types).

pub mod assessment;
pub mod date;
pub mod profile;
pub mod questionnaire;

pub use assessment::{
    ASSESSMENT_FORMAT_VERSION, Answer, Assessment, MAX_HANDS, MigrationReport, QuestionnaireRef,
    Rater, Response, Tally,
};
pub use date::Date;
pub use profile::{BodyKind, FederalState, Profile, SizeClass};
pub use questionnaire::{
    DiagnosisRules, Dimension, Effort, Horizon, Measure, MeasureKind, Question, Questionnaire,
    Stage,
};
pub mod load;
pub mod validation;

pub use load::{
    OpenedAssessment, bundled_questionnaire, load_questionnaire, open_assessment,
    open_assessment_text, parse_assessment, parse_questionnaire,
};
