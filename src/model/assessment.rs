//! An assessment: one municipality's answers to one questionnaire on one date.

use super::date::Date;
use super::plan::Plan;
use super::profile::Profile;
use super::questionnaire::{Questionnaire, QuestionnaireRef};
use super::survey::StaffSurvey;
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
    /// The measures plan and targets for the next assessment (not saved while empty).
    #[serde(default, skip_serializing_if = "Plan::is_empty")]
    pub plan: Plan,
    /// Random token of this year's benchmark contribution, e.g. „2026-3f…“, so that the
    /// town's own entry is left out of its peers (see `benchmark::token`).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub contribution_token: String,
    /// The anonymous staff survey beside the officer's rating: its questions, groups and
    /// the counts of the answers imported (absent in files without one).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub survey: Option<StaffSurvey>,
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
    /// What backs the response: documents, decisions, pages (referred to, never opened).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<Evidence>,
}

/// One piece of evidence for an answer. The location is only text: the program never
/// opens, fetches or uploads it.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Evidence {
    /// What it is, e.g. „Ratsbeschluss Digitalstrategie 2025/14“.
    pub what: String,
    /// Where to find it: a path, a file number or a web address, as text.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub location: String,
    /// The date of the document or of the check.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<Date>,
}

/// The longest evidence text (`what` or `location`) accepted, in characters.
pub const EVIDENCE_TEXT_MAX: usize = 1_000;

impl Evidence {
    /// What is wrong with this entry, or `None` if it is fine.
    pub fn problem(&self) -> Option<crate::text::catalogue::Message> {
        if self.what.trim().is_empty() {
            return Some(crate::msg!("errors-evidence-no-what"));
        }
        for (field, text) in [("what", &self.what), ("location", &self.location)] {
            if text.chars().count() > EVIDENCE_TEXT_MAX {
                return Some(crate::msg!(
                    "errors-evidence-too-long",
                    field = field,
                    max = EVIDENCE_TEXT_MAX
                ));
            }
            if text.chars().any(char::is_control) {
                return Some(crate::msg!("errors-evidence-control", field = field));
            }
        }
        None
    }

    /// One line for lists and the report: what, where and when, e.g.
    /// „Ratsbeschluss 2025/14 – Ratsinfo, Vorlage 14 (03.02.2025)“.
    pub fn line(&self, lang: crate::text::Lang) -> String {
        let mut line = self.what.trim().to_string();
        let location = self.location.trim();
        if !location.is_empty() {
            line.push_str(" – ");
            line.push_str(location);
        }
        if let Some(date) = self.date {
            line.push_str(&format!(" ({})", date.written(lang)));
        }
        line
    }
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
            plan: Plan::default(),
            contribution_token: String::new(),
            survey: None,
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

    /// The evidence entries of a question (empty if none).
    pub fn evidence(&self, question_id: &str) -> &[Evidence] {
        self.answers
            .get(question_id)
            .map(|a| a.evidence.as_slice())
            .unwrap_or(&[])
    }

    /// Replaces the evidence entries of a question, keeping its response and comment.
    pub fn set_evidence(&mut self, question_id: &str, evidence: Vec<Evidence>) {
        self.answers
            .entry(question_id.to_string())
            .or_default()
            .evidence = evidence;
        self.drop_if_empty(question_id);
    }

    /// Removes the answer to `question_id` if nothing is left in it.
    pub(crate) fn drop_if_empty(&mut self, question_id: &str) {
        if self.answers.get(question_id) == Some(&Answer::default()) {
            self.answers.remove(question_id);
        }
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::files::to_ron;
    use crate::model::{bundled_questionnaire, parse_assessment};
    use std::path::Path;

    #[test]
    fn evidence_round_trips_and_empty_evidence_writes_nothing() {
        let q = bundled_questionnaire().unwrap();
        let mut a = crate::model::example::example_assessment(&q);
        let plain = to_ron(&a).unwrap();
        assert!(!plain.contains("evidence"));
        let reread = parse_assessment(Path::new("a.ron"), &plain).unwrap();
        assert_eq!(
            to_ron(&reread).unwrap(),
            plain,
            "not byte for byte unchanged"
        );

        let id = q.questions().next().unwrap().1.id.clone();
        let entry = Evidence {
            what: "Ratsbeschluss „Digitalstrategie“ 2025/14".into(),
            location: "https://rat.lindenhagen.example/vorlage/14".into(),
            date: Date::new(2025, 2, 3),
        };
        a.set_evidence(&id, vec![entry.clone(), Evidence::default()]);
        a.answers.get_mut(&id).unwrap().evidence.pop();
        let text = to_ron(&a).unwrap();
        assert!(text.contains("evidence"));
        let reread = parse_assessment(Path::new("a.ron"), &text).unwrap();
        assert_eq!(reread.evidence(&id), std::slice::from_ref(&entry));
        assert_eq!(
            entry.line(crate::text::Lang::De),
            "Ratsbeschluss „Digitalstrategie“ 2025/14 – https://rat.lindenhagen.example/vorlage/14 (03.02.2025)"
        );
    }

    #[test]
    fn evidence_without_what_or_with_a_line_break_is_refused() {
        let q = bundled_questionnaire().unwrap();
        let mut a = crate::model::example::example_assessment(&q);
        let id = q.questions().next().unwrap().1.id.clone();
        for (bad, expected) in [
            (
                Evidence {
                    what: " ".into(),
                    ..Evidence::default()
                },
                "was er ist",
            ),
            (
                Evidence {
                    what: "Akte".into(),
                    location: "Regal 3\nOrdner 2".into(),
                    date: None,
                },
                "Zeilenumbruch",
            ),
        ] {
            a.set_evidence(&id, vec![bad]);
            let error = parse_assessment(Path::new("a.ron"), &to_ron(&a).unwrap()).unwrap_err();
            assert!(
                error.problems[0].message.to_string().contains(expected),
                "{:?}",
                error.problems
            );
            assert!(error.problems[0].message.to_string().contains("Nachweis 1"));
        }
    }

    #[test]
    fn clearing_the_last_evidence_of_an_empty_answer_drops_it() {
        let q = bundled_questionnaire().unwrap();
        let mut a = Assessment::new(
            &q,
            crate::model::example::example_assessment(&q).profile,
            Date::today(),
        );
        let entry = Evidence {
            what: "Dienstanweisung".into(),
            ..Evidence::default()
        };
        a.set_evidence("x", vec![entry]);
        assert_eq!(a.evidence("x").len(), 1);
        a.set_evidence("x", Vec::new());
        assert!(!a.answers.contains_key("x"));
    }
}
