//! Carrying an assessment over to another version of its questionnaire.
//!
//! Rules, in this order, for every question of the new version:
//! 1. An answer to a question whose id still exists stays with it (the id keeps its meaning).
//! 2. A question with a `replaces` list takes over the answers of the listed old questions.
//!    With one answer, the whole answer moves (response, comment, votes, tally, evidence).
//!    With several (a merge), the response is the **lowest level** among them, as the rating
//!    rule says: a level counts only when all its conditions are met, so the merged question
//!    is met only as far as every part was. Only when none of them has a level, the response
//!    is „weiß nicht“ if any part was unknown, else „trifft nicht zu“. Each rater's votes are
//!    merged by the same rule, the show-of-hands tally is not (hands cannot be combined),
//!    comments are joined under a note saying what was merged, evidence entries are joined,
//!    and the original answers are kept in `retired_answers`.
//! 3. A new question that gets no answer this way stays open and is listed as unanswered.
//! 4. Every other answer moves to `retired_answers` and is reported, never dropped; a retired
//!    answer whose question exists again comes back.

use super::assessment::{Answer, Assessment, Response};
use super::questionnaire::Questionnaire;
use crate::text::Lang;
use crate::tr;
use std::collections::BTreeMap;

/// What happened when an assessment was matched to a (possibly newer) questionnaire.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct MigrationReport {
    /// Questionnaire version the file was made with.
    pub from_version: String,
    /// Questionnaire version it now belongs to.
    pub to_version: String,
    /// Number of answers kept because their question still exists.
    pub kept: usize,
    /// Answers carried over to new questions through their `replaces` lists.
    pub mapped: Vec<Mapping>,
    /// Ids of answers whose question no longer exists and that no question replaces; moved
    /// to `retired_answers`.
    pub retired: Vec<String>,
    /// Ids of retired answers that came back because the question exists again.
    pub restored: Vec<String>,
    /// Ids of questions of the new version that have no response after the migration.
    pub unanswered: Vec<String>,
}

/// One question of the new version that took over answers of the old one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mapping {
    /// The question of the new version.
    pub to: String,
    /// The old questions whose answers it took over, each with its response.
    pub from: Vec<(String, Option<Response>)>,
    /// The response the new question got.
    pub response: Option<Response>,
}

impl Mapping {
    /// Whether several answers were merged (the result should be checked by the user).
    pub fn is_merge(&self) -> bool {
        self.from.len() > 1
    }
}

impl MigrationReport {
    /// One line for a notification: versions, kept, carried over, set aside, open.
    pub fn summary(&self, lang: Lang) -> String {
        let merged = self.mapped.iter().filter(|m| m.is_merge()).count();
        tr!(
            lang,
            "migration-summary",
            from = self.from_version.as_str(),
            to = self.to_version.as_str(),
            kept = self.kept,
            mapped = self.mapped.len(),
            merged = merged,
            retired = self.retired.len(),
            open = self.unanswered.len()
        )
    }
}

/// A response in words, for notes and reports.
fn describe(response: Option<Response>) -> String {
    match response {
        Some(Response::Level(level)) => format!("Stufe {level}"),
        Some(Response::DontKnow) => "weiß nicht".into(),
        Some(Response::NotApplicable) => "trifft nicht zu".into(),
        None => "ohne Antwort".into(),
    }
}

/// The response of a merged question: the lowest level; without any level „weiß nicht“ if
/// any part was unknown, else „trifft nicht zu“ if any part was, else none.
pub fn merge_responses(responses: impl IntoIterator<Item = Option<Response>>) -> Option<Response> {
    let responses: Vec<Response> = responses.into_iter().flatten().collect();
    if let Some(lowest) = responses.iter().filter_map(|r| r.level()).min() {
        return Some(Response::Level(lowest));
    }
    if responses.contains(&Response::DontKnow) {
        Some(Response::DontKnow)
    } else if responses.contains(&Response::NotApplicable) {
        Some(Response::NotApplicable)
    } else {
        None
    }
}

/// Several answers merged into one (see the module documentation).
fn merge_answers(sources: &[(String, Answer)], from_version: &str) -> Answer {
    let response = merge_responses(sources.iter().map(|(_, a)| a.response));
    let parts: Vec<String> = sources
        .iter()
        .map(|(id, a)| format!("„{id}“ ({})", describe(a.response)))
        .collect();
    let mut comment = format!(
        "Aus Version {from_version} zusammengeführt: {} – gewertet: {} (eine Stufe zählt nur, \
         wenn alle ihre Bedingungen erfüllt sind). Bitte prüfen.",
        parts.join(", "),
        describe(response)
    );
    for (id, answer) in sources {
        if !answer.comment.trim().is_empty() {
            comment.push_str(&format!("\n„{id}“: {}", answer.comment.trim()));
        }
    }
    let mut raters: Vec<&String> = sources.iter().flat_map(|(_, a)| a.votes.keys()).collect();
    raters.sort();
    raters.dedup();
    let votes: BTreeMap<String, Response> = raters
        .into_iter()
        .filter_map(|rater| {
            merge_responses(sources.iter().map(|(_, a)| a.votes.get(rater).copied()))
                .map(|r| (rater.clone(), r))
        })
        .collect();
    let mut evidence = Vec::new();
    for entry in sources.iter().flat_map(|(_, a)| &a.evidence) {
        if !evidence.contains(entry) {
            evidence.push(entry.clone());
        }
    }
    Answer {
        response,
        comment,
        votes,
        tally: None,
        evidence,
    }
}

impl Assessment {
    /// Matches the answers to `questionnaire` (same id, any version) by the rules of this
    /// module and updates the questionnaire reference. Nothing is dropped: what cannot be
    /// carried over is kept in `retired_answers` and listed in the report.
    pub(crate) fn migrate_to(&mut self, questionnaire: &Questionnaire) -> MigrationReport {
        let mut report = MigrationReport {
            from_version: self.questionnaire.version.clone(),
            to_version: questionnaire.version.clone(),
            ..MigrationReport::default()
        };
        let mut old = std::mem::take(&mut self.answers);
        for (_, question) in questionnaire.questions() {
            let own = old.remove(&question.id);
            let had_own = own.is_some();
            let mut sources: Vec<(String, Answer)> =
                own.map(|a| (question.id.clone(), a)).into_iter().collect();
            for old_id in &question.replaces {
                if let Some(answer) = old.remove(old_id) {
                    sources.push((old_id.clone(), answer));
                }
            }
            let answer = match sources.len() {
                0 => continue,
                1 if had_own => {
                    report.kept += 1;
                    sources.remove(0).1
                }
                1 => {
                    let (from, answer) = sources.remove(0);
                    report.mapped.push(Mapping {
                        to: question.id.clone(),
                        from: vec![(from, answer.response)],
                        response: answer.response,
                    });
                    answer
                }
                _ => {
                    let merged = merge_answers(&sources, &report.from_version);
                    report.mapped.push(Mapping {
                        to: question.id.clone(),
                        from: sources
                            .iter()
                            .map(|(id, a)| (id.clone(), a.response))
                            .collect(),
                        response: merged.response,
                    });
                    for (id, original) in sources {
                        if id != question.id {
                            self.retired_answers.insert(id, original);
                        }
                    }
                    merged
                }
            };
            self.answers.insert(question.id.clone(), answer);
        }
        for (id, answer) in old {
            report.retired.push(id.clone());
            self.retired_answers.insert(id, answer);
        }
        let retired = std::mem::take(&mut self.retired_answers);
        for (id, answer) in retired {
            if questionnaire.question(&id).is_some() && !self.answers.contains_key(&id) {
                report.restored.push(id.clone());
                self.answers.insert(id, answer);
            } else {
                self.retired_answers.insert(id, answer);
            }
        }
        report.unanswered = questionnaire
            .questions()
            .filter(|(_, q)| self.response(&q.id).is_none())
            .map(|(_, q)| q.id.clone())
            .collect();
        self.questionnaire.version = questionnaire.version.clone();
        report
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_summary_counts_one_answer_and_one_question_in_the_singular() {
        let report = MigrationReport {
            from_version: "1.0".into(),
            to_version: "1.1".into(),
            kept: 1,
            mapped: Vec::new(),
            retired: Vec::new(),
            restored: Vec::new(),
            unanswered: vec!["a".into()],
        };
        assert_eq!(
            report.summary(Lang::De),
            "Fragebogen aktualisiert 1.0 → 1.1: 1 Antwort übernommen, 0 über neue Fragen \
             übernommen (davon 0 zusammengeführt – bitte prüfen), 0 beiseitegelegt (nicht mehr \
             gefragt, in der Datei aufbewahrt), 1 Frage offen"
        );
        assert!(report.summary(Lang::En).ends_with("1 answer kept, 0 carried over to new questions (0 of them merged – please check), 0 set aside (no longer asked, kept in the file), 1 question open"));
    }

    #[test]
    fn merged_response_is_the_lowest_level_then_unknown_then_not_applicable() {
        use Response::*;
        assert_eq!(
            merge_responses([Some(Level(3)), Some(Level(1)), Some(DontKnow)]),
            Some(Level(1))
        );
        assert_eq!(
            merge_responses([Some(NotApplicable), Some(Level(4))]),
            Some(Level(4))
        );
        assert_eq!(
            merge_responses([Some(NotApplicable), Some(DontKnow), None]),
            Some(DontKnow)
        );
        assert_eq!(
            merge_responses([Some(NotApplicable), None]),
            Some(NotApplicable)
        );
        assert_eq!(merge_responses([None, None]), None);
    }
}
