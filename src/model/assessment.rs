//! An assessment: one municipality's answers to one questionnaire on one date.

use super::date::Date;
use super::profile::Profile;
use super::questionnaire::Questionnaire;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The assessment file format version this build writes and reads.
pub const ASSESSMENT_FORMAT_VERSION: u32 = 1;

/// One municipality's answers to a questionnaire, as saved in an assessment file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Assessment {
    /// Version of the file format; files newer than this build are refused with a message.
    pub format_version: u32,
    /// Which questionnaire (id and version) the answers belong to.
    pub questionnaire: QuestionnaireRef,
    /// The municipality.
    pub profile: Profile,
    /// When the assessment was made.
    pub date: Date,
    /// Who answered (names or departments); optional, shown on the report's title page.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub respondents: String,
    /// Answers keyed by question id.
    #[serde(default)]
    pub answers: BTreeMap<String, Answer>,
    /// Workshop participants whose votes the answers may carry.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub raters: Vec<Rater>,
    /// Earlier assessments of the same town, for the progress view (paths relative to this file).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub earlier: Vec<String>,
    /// Answers to questions that a newer questionnaire version no longer has; kept, never dropped.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub retired_answers: BTreeMap<String, Answer>,
}

/// Identifies the questionnaire an assessment was made with.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuestionnaireRef {
    /// The questionnaire's stable id.
    pub id: String,
    /// The questionnaire's version.
    pub version: String,
}

/// The answer to one question: the chosen response, a comment and workshop votes.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Answer {
    /// The response that counts; `None` while only a comment has been written.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub response: Option<Response>,
    /// Free-text comment (evidence, doubts, who said what).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub comment: String,
    /// Workshop votes keyed by rater id.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub votes: BTreeMap<String, Response>,
    /// Anonymous counts per level when the room voted by show of hands.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tally: Option<Tally>,
}

/// Most hands a show of hands may count for one response (a sanity limit for typing errors).
pub const MAX_HANDS: u32 = 999;

/// Anonymous vote counts of a show of hands: how many hands went up for each response.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Tally {
    /// Hands per level 0–4.
    #[serde(default)]
    pub levels: [u32; 5],
    /// Hands for "don't know".
    #[serde(default, skip_serializing_if = "is_zero")]
    pub dont_know: u32,
    /// Hands for "not applicable".
    #[serde(default, skip_serializing_if = "is_zero")]
    pub not_applicable: u32,
}

impl Tally {
    /// Whether no hand at all was counted.
    pub fn is_empty(&self) -> bool {
        *self == Tally::default()
    }
}

fn is_zero(n: &u32) -> bool {
    *n == 0
}

/// A response to a question.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Response {
    /// One of the anchored levels 0–4.
    Level(u8),
    /// "Don't know": excluded from the score.
    DontKnow,
    /// "Not applicable": excluded from the score.
    NotApplicable,
}

impl Response {
    /// The level, if this response is one.
    pub fn level(self) -> Option<u8> {
        match self {
            Response::Level(level) => Some(level),
            _ => None,
        }
    }
}

/// A workshop participant.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rater {
    /// Stable id used as key in votes.
    pub id: String,
    /// Name or role, e.g. „Kämmerei“.
    pub label: String,
}

/// What happened when an assessment was matched to a (possibly newer) questionnaire.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct MigrationReport {
    /// Questionnaire version the file was made with.
    pub from_version: String,
    /// Questionnaire version it now belongs to.
    pub to_version: String,
    /// Number of answers kept because their question still exists.
    pub kept: usize,
    /// Ids of answers whose question no longer exists; moved to `retired_answers`.
    pub retired: Vec<String>,
    /// Ids of retired answers that came back because the question exists again.
    pub restored: Vec<String>,
}

impl MigrationReport {
    /// Whether anything the user should know about happened.
    pub fn is_noteworthy(&self) -> bool {
        self.from_version != self.to_version || !self.retired.is_empty()
    }
}

impl Assessment {
    /// A new, empty assessment of `profile` for `questionnaire`, dated today.
    pub fn new(questionnaire: &Questionnaire, profile: Profile, date: Date) -> Self {
        Self {
            format_version: ASSESSMENT_FORMAT_VERSION,
            questionnaire: QuestionnaireRef {
                id: questionnaire.id.clone(),
                version: questionnaire.version.clone(),
            },
            profile,
            date,
            respondents: String::new(),
            answers: BTreeMap::new(),
            raters: Vec::new(),
            earlier: Vec::new(),
            retired_answers: BTreeMap::new(),
        }
    }

    /// The response given to a question, if any.
    pub fn response(&self, question_id: &str) -> Option<Response> {
        self.answers.get(question_id).and_then(|a| a.response)
    }

    /// Sets (or with `None` clears) the response to a question, keeping its comment.
    pub fn set_response(&mut self, question_id: &str, response: Option<Response>) {
        let answer = self.answers.entry(question_id.to_string()).or_default();
        answer.response = response;
        self.drop_if_empty(question_id);
    }

    /// The comment on a question ("" if none).
    pub fn comment(&self, question_id: &str) -> &str {
        self.answers
            .get(question_id)
            .map(|a| a.comment.as_str())
            .unwrap_or("")
    }

    /// Sets the comment on a question, keeping its response.
    pub fn set_comment(&mut self, question_id: &str, comment: String) {
        self.answers
            .entry(question_id.to_string())
            .or_default()
            .comment = comment;
        self.drop_if_empty(question_id);
    }

    /// Removes the answer to `question_id` if nothing is left in it.
    pub(crate) fn drop_if_empty(&mut self, question_id: &str) {
        if self.answers.get(question_id) == Some(&Answer::default()) {
            self.answers.remove(question_id);
        }
    }

    /// Matches the answers to `questionnaire` (same id, any version): answers to questions
    /// that no longer exist move to `retired_answers`, retired answers whose question exists
    /// again come back, and the questionnaire reference is updated.
    pub fn migrate_to(&mut self, questionnaire: &Questionnaire) -> MigrationReport {
        let mut report = MigrationReport {
            from_version: self.questionnaire.version.clone(),
            to_version: questionnaire.version.clone(),
            ..MigrationReport::default()
        };
        let known = |id: &str| questionnaire.question(id).is_some();
        let answers = std::mem::take(&mut self.answers);
        for (id, answer) in answers {
            if known(&id) {
                report.kept += 1;
                self.answers.insert(id, answer);
            } else {
                report.retired.push(id.clone());
                self.retired_answers.insert(id, answer);
            }
        }
        let retired = std::mem::take(&mut self.retired_answers);
        for (id, answer) in retired {
            if known(&id) && !self.answers.contains_key(&id) {
                report.restored.push(id.clone());
                self.answers.insert(id, answer);
            } else {
                self.retired_answers.insert(id, answer);
            }
        }
        self.questionnaire.version = questionnaire.version.clone();
        report
    }

    /// Number of questions of `questionnaire` that have any response (including
    /// don't know and not applicable).
    pub fn responded_count(&self, questionnaire: &Questionnaire) -> usize {
        questionnaire
            .questions()
            .filter(|(_, q)| self.response(&q.id).is_some())
            .count()
    }
}
