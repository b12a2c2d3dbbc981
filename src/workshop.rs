//! Workshop mode: several raters vote on each question, the room sees the distribution,
//! the consensus and where it disagrees; the facilitator sets the agreed level.
//!
//! Votes come in two forms that may be combined: named votes (`Answer.votes`, one per
//! participant in `Assessment.raters`) and anonymous counts of a show of hands
//! (`Answer.tally`). Neither ever scores: only the agreed level (`Answer.response`) does,
//! and it is changed only by an explicit call ([`Assessment::apply_consensus`] with
//! [`Replace::Yes`], or [`Assessment::set_response`]).
//!
//! Consensus rule: the median of the level votes; with an even number of level votes the
//! lower of the two middle levels counts (when in doubt, the more cautious assessment).
//! "Don't know" and "not applicable" are counted and shown but take no part in consensus
//! or spread.

use crate::model::{Answer, Assessment, Questionnaire, Rater, Response, Tally};
use crate::text::Lang;
use crate::tr;

/// A spread (highest minus lowest level vote) of at least this many levels means
/// "discuss this".
pub(crate) const DISCUSS_SPREAD: u8 = 2;

pub use crate::model::MAX_HANDS;

/// The consensus and tie rule, as shown on screen and in the report.
pub fn consensus_rule(lang: Lang) -> &'static str {
    tr!(lang, "workshop-consensus-rule")
}

/// How the votes on one question are distributed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct VoteDistribution {
    /// Votes per level 0–4.
    pub levels: [u32; 5],
    /// "Don't know" votes.
    pub dont_know: u32,
    /// "Not applicable" votes.
    pub not_applicable: u32,
}

impl VoteDistribution {
    /// The distribution of an answer's named votes and show-of-hands counts together.
    pub fn of(answer: &Answer) -> Self {
        let mut d = Self::default();
        for response in answer.votes.values() {
            d.add(*response, 1);
        }
        if let Some(tally) = &answer.tally {
            for (level, count) in tally.levels.iter().enumerate() {
                d.levels[level] = d.levels[level].saturating_add(*count);
            }
            d.dont_know = d.dont_know.saturating_add(tally.dont_know);
            d.not_applicable = d.not_applicable.saturating_add(tally.not_applicable);
        }
        d
    }

    /// Adds `count` votes for `response` (levels above 4 are ignored).
    pub fn add(&mut self, response: Response, count: u32) {
        let slot = match response {
            Response::Level(level) => match self.levels.get_mut(usize::from(level)) {
                Some(slot) => slot,
                None => return,
            },
            Response::DontKnow => &mut self.dont_know,
            Response::NotApplicable => &mut self.not_applicable,
        };
        *slot = slot.saturating_add(count);
    }

    /// Votes for a level (0–4).
    pub(crate) fn level_votes(&self) -> u64 {
        self.levels.iter().map(|n| u64::from(*n)).sum()
    }

    /// All votes, including "don't know" and "not applicable".
    pub fn total(&self) -> u64 {
        self.level_votes() + u64::from(self.dont_know) + u64::from(self.not_applicable)
    }

    /// Votes for `response`.
    pub fn count(&self, response: Response) -> u32 {
        match response {
            Response::Level(level) => self.levels.get(usize::from(level)).copied().unwrap_or(0),
            Response::DontKnow => self.dont_know,
            Response::NotApplicable => self.not_applicable,
        }
    }

    /// The consensus: the median level, the lower middle one for an even count;
    /// `None` without level votes.
    pub fn consensus(&self) -> Option<u8> {
        let n = self.level_votes();
        if n == 0 {
            return None;
        }
        // 0-based rank of the (lower) median in the sorted votes.
        let rank = (n - 1) / 2;
        let mut seen = 0u64;
        for (level, count) in self.levels.iter().enumerate() {
            seen += u64::from(*count);
            if seen > rank {
                return u8::try_from(level).ok();
            }
        }
        None
    }

    /// Lowest and highest level voted.
    pub(crate) fn range(&self) -> Option<(u8, u8)> {
        let voted = |(level, count): (usize, &u32)| (*count > 0).then_some(level as u8);
        let min = self.levels.iter().enumerate().find_map(voted)?;
        let max = self.levels.iter().enumerate().rev().find_map(voted)?;
        Some((min, max))
    }

    /// Highest minus lowest level voted; `None` without level votes.
    pub fn spread(&self) -> Option<u8> {
        self.range().map(|(min, max)| max - min)
    }

    /// Population variance of the level votes; `None` without level votes.
    pub fn variance(&self) -> Option<f64> {
        let n = self.level_votes();
        if n == 0 {
            return None;
        }
        let n = n as f64;
        let weighted = |f: &dyn Fn(f64) -> f64| -> f64 {
            self.levels
                .iter()
                .enumerate()
                .map(|(level, count)| f64::from(*count) * f(level as f64))
                .sum()
        };
        let mean = weighted(&|l| l) / n;
        Some(weighted(&|l| (l - mean) * (l - mean)) / n)
    }

    /// Whether the room disagrees by [`DISCUSS_SPREAD`] levels or more.
    pub fn needs_discussion(&self) -> bool {
        self.spread().is_some_and(|s| s >= DISCUSS_SPREAD)
    }
}

/// The votes on one question, summed up for the question view.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct VoteSummary {
    /// The distribution of all votes.
    pub distribution: VoteDistribution,
    /// Median level (lower middle for an even count), see [`consensus_rule`].
    pub consensus: Option<u8>,
    /// Highest minus lowest level voted.
    pub spread: Option<u8>,
    /// Population variance of the level votes.
    pub variance: Option<f64>,
    /// Spread of [`DISCUSS_SPREAD`] or more: "discuss this".
    pub needs_discussion: bool,
    /// The agreed response (what scores), if set.
    pub agreed: Option<Response>,
}

impl VoteSummary {
    /// Whether any vote (named or by show of hands) was cast.
    pub fn has_votes(&self) -> bool {
        self.distribution.total() > 0
    }

    /// Whether an agreed level is set and differs from the consensus.
    pub fn agreed_differs(&self) -> bool {
        matches!((self.agreed, self.consensus), (Some(a), Some(c)) if a != Response::Level(c))
    }
}

/// The vote summary of one question of `assessment` (empty if nobody voted).
pub fn summary(assessment: &Assessment, question_id: &str) -> VoteSummary {
    let answer = assessment.answers.get(question_id);
    let distribution = answer.map(VoteDistribution::of).unwrap_or_default();
    VoteSummary {
        distribution,
        consensus: distribution.consensus(),
        spread: distribution.spread(),
        variance: distribution.variance(),
        needs_discussion: distribution.needs_discussion(),
        agreed: answer.and_then(|a| a.response),
    }
}

/// Whether any question of the assessment has votes.
pub fn has_votes(assessment: &Assessment) -> bool {
    assessment
        .answers
        .values()
        .any(|a| !a.votes.is_empty() || a.tally.is_some_and(|t| !t.is_empty()))
}

/// One entry of the discussion list.
#[derive(Debug, Clone, PartialEq)]
pub struct DiscussionItem {
    /// The question's id.
    pub question_id: String,
    /// The id of the question's dimension.
    pub dimension_id: String,
    /// Position of the question in the questionnaire (0-based, across dimensions).
    pub index: usize,
    /// Short reference such as „2.3“ (dimension 2, question 3).
    pub code: String,
    /// The votes.
    pub summary: VoteSummary,
}

/// Every question of `questionnaire` where the room disagreed (spread of
/// [`DISCUSS_SPREAD`] or more), most disagreement first: by spread, then by variance of
/// the votes, then in questionnaire order.
pub fn discussion_list(
    questionnaire: &Questionnaire,
    assessment: &Assessment,
) -> Vec<DiscussionItem> {
    let mut items: Vec<DiscussionItem> = Vec::new();
    let mut index = 0;
    for (d, dimension) in questionnaire.dimensions.iter().enumerate() {
        for (q, question) in dimension.questions.iter().enumerate() {
            let summary = summary(assessment, &question.id);
            if summary.needs_discussion {
                items.push(DiscussionItem {
                    question_id: question.id.clone(),
                    dimension_id: dimension.id.clone(),
                    index,
                    code: format!("{}.{}", d + 1, q + 1),
                    summary,
                });
            }
            index += 1;
        }
    }
    items.sort_by(|a, b| {
        b.summary
            .spread
            .cmp(&a.summary.spread)
            .then_with(|| {
                let (va, vb) = (
                    a.summary.variance.unwrap_or(0.0),
                    b.summary.variance.unwrap_or(0.0),
                );
                vb.total_cmp(&va)
            })
            .then(a.index.cmp(&b.index))
    });
    items
}

/// Why a workshop change was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum WorkshopError {
    /// No participant with this id.
    UnknownRater(String),
    /// A level outside 0–4.
    InvalidLevel(u8),
    /// A show-of-hands count above [`MAX_HANDS`].
    TooManyHands(u32),
}

impl WorkshopError {
    /// Why, in `lang`.
    pub fn text(&self, lang: Lang) -> String {
        self.message().text(lang)
    }

    /// Why, as a message of the catalogue.
    pub(crate) fn message(&self) -> crate::text::catalogue::Message {
        use crate::msg;
        match self {
            WorkshopError::UnknownRater(id) => msg!("errors-workshop-unknown-rater", id = id),
            WorkshopError::InvalidLevel(level) => {
                msg!("errors-workshop-invalid-level", level = *level)
            }
            WorkshopError::TooManyHands(count) => msg!(
                "errors-workshop-too-many-hands",
                count = *count,
                max = MAX_HANDS
            ),
        }
    }
}

crate::worded!(WorkshopError);

/// What [`Assessment::apply_consensus`] did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConsensusOutcome {
    /// The consensus became the agreed level.
    Applied(u8),
    /// The agreed level already equals the consensus.
    Unchanged(u8),
    /// Another agreed level is set and was kept; replacing it needs [`Replace::Yes`].
    Kept {
        /// The agreed response that was kept.
        agreed: Response,
        /// The consensus level that was not applied.
        consensus: u8,
    },
    /// No level votes, so no consensus; nothing changed.
    NoConsensus,
}

/// Whether [`Assessment::apply_consensus`] may replace an agreed level that differs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Replace {
    /// Keep an agreed level that is already set.
    No,
    /// The facilitator confirmed: replace it with the consensus.
    Yes,
}

/// A participant removed with [`Assessment::remove_rater`], and how many votes went with them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RemovedRater {
    /// The participant.
    pub rater: Rater,
    /// Number of votes removed with them.
    pub votes_removed: usize,
}

fn check_response(response: Response) -> Result<(), WorkshopError> {
    match response {
        Response::Level(level) if level > 4 => Err(WorkshopError::InvalidLevel(level)),
        _ => Ok(()),
    }
}

impl Assessment {
    /// The participant with this id.
    pub fn rater(&self, id: &str) -> Option<&Rater> {
        self.raters.iter().find(|r| r.id == id)
    }

    /// Adds a participant with a name or role (trimmed; an empty label becomes
    /// „Person N“) and returns the new, stable id (`t1`, `t2`, …; never reused while
    /// the id is taken).
    pub fn add_rater(&mut self, label: &str) -> String {
        let mut n = self.raters.len() + 1;
        while self.rater(&format!("t{n}")).is_some() {
            n += 1;
        }
        let id = format!("t{n}");
        let label = label.trim();
        let label = if label.is_empty() {
            format!("Person {n}")
        } else {
            label.to_string()
        };
        self.raters.push(Rater {
            id: id.clone(),
            label,
        });
        id
    }

    /// Renames a participant; their votes stay.
    pub fn rename_rater(&mut self, id: &str, label: &str) -> Result<(), WorkshopError> {
        let rater = self
            .raters
            .iter_mut()
            .find(|r| r.id == id)
            .ok_or_else(|| WorkshopError::UnknownRater(id.to_string()))?;
        rater.label = label.trim().to_string();
        Ok(())
    }

    /// Number of votes a participant has cast (to show before removing them).
    pub fn votes_of(&self, rater_id: &str) -> usize {
        self.answers
            .values()
            .filter(|a| a.votes.contains_key(rater_id))
            .count()
    }

    /// Removes a participant **and all their votes**; agreed levels stay as they are.
    pub fn remove_rater(&mut self, id: &str) -> Result<RemovedRater, WorkshopError> {
        let position = self
            .raters
            .iter()
            .position(|r| r.id == id)
            .ok_or_else(|| WorkshopError::UnknownRater(id.to_string()))?;
        let rater = self.raters.remove(position);
        let mut votes_removed = 0;
        let ids: Vec<String> = self.answers.keys().cloned().collect();
        for question_id in ids {
            if let Some(answer) = self.answers.get_mut(&question_id)
                && answer.votes.remove(id).is_some()
            {
                votes_removed += 1;
            }
            self.drop_if_empty(&question_id);
        }
        Ok(RemovedRater {
            rater,
            votes_removed,
        })
    }

    /// A participant's vote on a question.
    pub fn vote(&self, question_id: &str, rater_id: &str) -> Option<Response> {
        self.answers
            .get(question_id)
            .and_then(|a| a.votes.get(rater_id).copied())
    }

    /// Sets (or with `None` clears) a participant's vote; the agreed level is not touched.
    pub fn set_vote(
        &mut self,
        question_id: &str,
        rater_id: &str,
        vote: Option<Response>,
    ) -> Result<(), WorkshopError> {
        if self.rater(rater_id).is_none() {
            return Err(WorkshopError::UnknownRater(rater_id.to_string()));
        }
        if let Some(response) = vote {
            check_response(response)?;
        }
        let answer = self.answers.entry(question_id.to_string()).or_default();
        match vote {
            Some(response) => {
                answer.votes.insert(rater_id.to_string(), response);
            }
            None => {
                answer.votes.remove(rater_id);
            }
        }
        self.drop_if_empty(question_id);
        Ok(())
    }

    /// The show-of-hands counts of a question.
    pub fn tally(&self, question_id: &str) -> Tally {
        self.answers
            .get(question_id)
            .and_then(|a| a.tally)
            .unwrap_or_default()
    }

    /// Sets the show-of-hands counts of a question (all zero clears them); the agreed
    /// level is not touched.
    pub fn set_tally(&mut self, question_id: &str, tally: Tally) -> Result<(), WorkshopError> {
        let counts = tally
            .levels
            .iter()
            .chain([&tally.dont_know, &tally.not_applicable]);
        if let Some(too_many) = counts.copied().find(|n| *n > MAX_HANDS) {
            return Err(WorkshopError::TooManyHands(too_many));
        }
        let answer = self.answers.entry(question_id.to_string()).or_default();
        answer.tally = (!tally.is_empty()).then_some(tally);
        self.drop_if_empty(question_id);
        Ok(())
    }

    /// Sets the show-of-hands count for one response of a question.
    pub fn set_hands(
        &mut self,
        question_id: &str,
        response: Response,
        count: u32,
    ) -> Result<(), WorkshopError> {
        check_response(response)?;
        let mut tally = self.tally(question_id);
        match response {
            Response::Level(level) => {
                if let Some(slot) = tally.levels.get_mut(usize::from(level)) {
                    *slot = count;
                }
            }
            Response::DontKnow => tally.dont_know = count,
            Response::NotApplicable => tally.not_applicable = count,
        }
        self.set_tally(question_id, tally)
    }

    /// Clears all votes (named and show of hands) on a question; the agreed level stays.
    pub fn clear_votes(&mut self, question_id: &str) {
        if let Some(answer) = self.answers.get_mut(question_id) {
            answer.votes.clear();
            answer.tally = None;
        }
        self.drop_if_empty(question_id);
    }

    /// Makes the consensus the agreed level of a question. An agreed level that is
    /// already set and differs is kept unless `replace` is [`Replace::Yes`].
    pub fn apply_consensus(&mut self, question_id: &str, replace: Replace) -> ConsensusOutcome {
        let summary = summary(self, question_id);
        let Some(consensus) = summary.consensus else {
            return ConsensusOutcome::NoConsensus;
        };
        match summary.agreed {
            Some(Response::Level(level)) if level == consensus => {
                ConsensusOutcome::Unchanged(consensus)
            }
            Some(agreed) if replace == Replace::No => ConsensusOutcome::Kept { agreed, consensus },
            _ => {
                self.set_response(question_id, Some(Response::Level(consensus)));
                ConsensusOutcome::Applied(consensus)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    fn dist(levels: [u32; 5]) -> VoteDistribution {
        VoteDistribution {
            levels,
            ..VoteDistribution::default()
        }
    }

    #[test]
    fn median_with_lower_middle_for_even_counts() {
        // Votes 1, 2, 4 → median 2.
        assert_eq!(dist([0, 1, 1, 0, 1]).consensus(), Some(2));
        // Votes 1, 3 → the lower middle: 1.
        assert_eq!(dist([0, 1, 0, 1, 0]).consensus(), Some(1));
        // Votes 0, 0, 3, 4 → middles 0 and 3 → 0.
        assert_eq!(dist([2, 0, 0, 1, 1]).consensus(), Some(0));
        // Votes 2, 2, 3, 3 → 2.
        assert_eq!(dist([0, 0, 2, 2, 0]).consensus(), Some(2));
        // One vote.
        assert_eq!(dist([0, 0, 0, 0, 1]).consensus(), Some(4));
        assert_eq!(dist([0; 5]).consensus(), None);
    }

    #[test]
    fn spread_variance_and_discussion_flag() {
        let d = dist([0, 1, 1, 1, 0]); // 1, 2, 3
        assert_eq!(d.spread(), Some(2));
        assert!((d.variance().unwrap() - 2.0 / 3.0).abs() < 1e-12);
        assert!(d.needs_discussion());
        let d = dist([0, 0, 3, 1, 0]); // 2, 2, 2, 3
        assert_eq!(d.spread(), Some(1));
        assert!(!d.needs_discussion());
        assert_eq!(dist([0; 5]).spread(), None);
        assert!(!dist([0; 5]).needs_discussion());
    }

    #[test]
    fn dont_know_and_not_applicable_are_counted_not_scored() {
        let mut d = dist([0, 0, 1, 0, 0]);
        d.add(Response::DontKnow, 2);
        d.add(Response::NotApplicable, 1);
        d.add(Response::Level(9), 5);
        assert_eq!(d.total(), 4);
        assert_eq!(d.consensus(), Some(2));
        assert_eq!(d.spread(), Some(0));
    }

    #[test]
    fn huge_tallies_do_not_overflow() {
        let d = dist([u32::MAX; 5]);
        assert_eq!(d.consensus(), Some(2));
        assert_eq!(d.spread(), Some(4));
        assert!(d.variance().unwrap().is_finite());
    }
}
