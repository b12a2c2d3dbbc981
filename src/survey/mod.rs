//! The anonymous staff survey: the kit (which questions, which groups), the answer file
//! and the short code staff hand back, importing them into counts (each answer once,
//! foreign ones refused), paper tallies, and the k-anonymity rules that decide which
//! figures may be shown. Plain Rust, no UI or PDF types.
//!
//! - [`answers`]: the answer file (`StaffAnswers(…)`), the short code and the tally file.
//! - [`import`]: adding answers to a survey's counts, refusals in plain words.
//! - [`privacy`]: which counts may be shown (k per group, no complement below k).
//! - [`html`]: the self-contained HTML form staff fill in offline.
//!
//! The saved data ([`StaffSurvey`]) lives in the assessment file (`model::survey`).

pub mod answers;
pub mod html;
pub mod import;
pub mod privacy;

#[cfg(test)]
mod tests;

use crate::model::{Date, Question, Questionnaire, QuestionnaireRef, StaffSurvey};
use std::collections::BTreeMap;
use std::hash::{BuildHasher, Hasher};

/// Most questions a kit may ask (about ten minutes for staff).
pub const MAX_QUESTIONS: usize = 15;
/// Most groups a kit may offer.
pub const MAX_GROUPS: usize = 20;
/// Longest group name, in characters.
pub const MAX_GROUP_CHARS: usize = 40;
/// How many hexadecimal digits survey, answer and tally ids have.
pub const ID_DIGITS: usize = 12;

/// Why a kit cannot be made.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum KitError {
    /// A chosen question is not in the questionnaire.
    #[error("unknown question {0}")]
    UnknownQuestion(String),
    /// A chosen question is not one the staff survey may ask.
    #[error("question {0} is not for staff")]
    NotForStaff(String),
    /// No question chosen (and none eligible).
    #[error("no question")]
    NoQuestion,
    /// More than [`MAX_QUESTIONS`].
    #[error("too many questions: {0}")]
    TooManyQuestions(usize),
    /// A question chosen twice.
    #[error("question {0} twice")]
    DuplicateQuestion(String),
    /// More than [`MAX_GROUPS`].
    #[error("too many groups: {0}")]
    TooManyGroups(usize),
    /// A group name empty, too long, with a control character, or given twice.
    #[error("bad group name {0:?}")]
    BadGroup(String),
}

/// The questions a kit asks when the officer picks none: the first [`MAX_QUESTIONS`] of
/// those the questionnaire marks for staff, in walk-through order.
pub fn default_questions(questionnaire: &Questionnaire) -> Vec<String> {
    questionnaire
        .staff_questions()
        .take(MAX_QUESTIONS)
        .map(|q| q.id.clone())
        .collect()
}

/// A new survey with a fresh random id on `questions` (empty: [`default_questions`]) and
/// `groups`, with no answers yet.
pub fn new_survey(
    questionnaire: &Questionnaire,
    questions: &[String],
    groups: &[String],
    created: Date,
) -> Result<StaffSurvey, KitError> {
    let questions = if questions.is_empty() {
        default_questions(questionnaire)
    } else {
        questions.to_vec()
    };
    if questions.is_empty() {
        return Err(KitError::NoQuestion);
    }
    if questions.len() > MAX_QUESTIONS {
        return Err(KitError::TooManyQuestions(questions.len()));
    }
    for (i, id) in questions.iter().enumerate() {
        let Some((_, question)) = questionnaire.question(id) else {
            return Err(KitError::UnknownQuestion(id.clone()));
        };
        if !questionnaire.staff_questions().any(|q| q.id == question.id) {
            return Err(KitError::NotForStaff(id.clone()));
        }
        if questions[..i].contains(id) {
            return Err(KitError::DuplicateQuestion(id.clone()));
        }
    }
    if groups.len() > MAX_GROUPS {
        return Err(KitError::TooManyGroups(groups.len()));
    }
    let mut clean_groups: Vec<String> = Vec::new();
    for group in groups {
        let name = group.trim();
        if !valid_group_name(name) || clean_groups.iter().any(|g| g == name) {
            return Err(KitError::BadGroup(group.clone()));
        }
        clean_groups.push(name.to_string());
    }
    Ok(StaffSurvey {
        id: random_id(),
        questionnaire: QuestionnaireRef {
            id: questionnaire.id.clone(),
            version: questionnaire.version.clone(),
        },
        created,
        questions,
        groups: clean_groups,
        counts: BTreeMap::new(),
        sheets: BTreeMap::new(),
        seen: Default::default(),
    })
}

/// Whether `name` may name a group: not empty, at most [`MAX_GROUP_CHARS`] characters,
/// no control characters.
pub(crate) fn valid_group_name(name: &str) -> bool {
    !name.is_empty()
        && name.chars().count() <= MAX_GROUP_CHARS
        && !name.chars().any(char::is_control)
}

/// The questions of `survey` as the questionnaire has them, in form order (questions the
/// questionnaire no longer has are left out).
pub fn survey_questions<'q>(
    survey: &StaffSurvey,
    questionnaire: &'q Questionnaire,
) -> Vec<&'q Question> {
    survey
        .questions
        .iter()
        .filter_map(|id| questionnaire.question(id).map(|(_, q)| q))
        .collect()
}

/// A fresh random id of [`ID_DIGITS`] lowercase hexadecimal digits.
pub fn random_id() -> String {
    // `RandomState` is seeded from the operating system's random source (as for the
    // benchmark token); the time is mixed in for a second source.
    let mut hasher = std::collections::hash_map::RandomState::new().build_hasher();
    if let Ok(elapsed) = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH) {
        hasher.write_u128(elapsed.as_nanos());
    }
    let bits = hasher.finish();
    format!("{bits:016x}")[..ID_DIGITS].to_string()
}

/// Whether `id` has the shape of a survey, answer or tally id.
pub(crate) fn valid_id(id: &str) -> bool {
    id.len() == ID_DIGITS
        && id
            .chars()
            .all(|c| c.is_ascii_digit() || ('a'..='f').contains(&c))
}

impl KitError {
    /// The problem in plain words.
    pub fn message(&self, lang: crate::text::Lang) -> String {
        use crate::files::escape_controls;
        use crate::tr;
        match self {
            KitError::UnknownQuestion(id) => tr!(
                lang,
                "survey-kit-unknown-question",
                question = escape_controls(id)
            ),
            KitError::NotForStaff(id) => tr!(
                lang,
                "survey-kit-not-for-staff",
                question = escape_controls(id)
            ),
            KitError::NoQuestion => tr!(lang, "survey-kit-no-question").to_string(),
            KitError::TooManyQuestions(count) => tr!(
                lang,
                "survey-kit-too-many-questions",
                count = *count,
                max = MAX_QUESTIONS
            ),
            KitError::DuplicateQuestion(id) => tr!(
                lang,
                "survey-kit-duplicate-question",
                question = escape_controls(id)
            ),
            KitError::TooManyGroups(count) => tr!(
                lang,
                "survey-kit-too-many-groups",
                count = *count,
                max = MAX_GROUPS
            ),
            KitError::BadGroup(group) => tr!(
                lang,
                "survey-kit-bad-group",
                group = escape_controls(group),
                max = MAX_GROUP_CHARS
            ),
        }
    }
}
