//! The staff survey as saved in the assessment file: which questions were put to staff,
//! the groups they could name, and the counts of their answers — counts, not people.
//!
//! The rules (importing answer files, refusing foreign ones, k-anonymity) are in
//! `crate::survey`; this is only the data.

use super::date::Date;
use super::questionnaire::QuestionnaireRef;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

/// The group key of answers that named no group.
pub const NO_GROUP: &str = "";

/// An anonymous staff survey on some questions of the assessment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StaffSurvey {
    /// Random id of the survey (12 lowercase letters and digits); every answer file and
    /// code carries it, so answers to another survey are refused.
    pub id: String,
    /// The questionnaire (id and version) the questions belong to.
    pub questionnaire: QuestionnaireRef,
    /// When the kit was made.
    pub created: Date,
    /// Ids of the questions put to staff, in the order of the form.
    pub questions: Vec<String>,
    /// Groups staff may name (e.g. departments), in the order of the form; empty for none.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub groups: Vec<String>,
    /// Answers per question id, per group ([`NO_GROUP`] for none named).
    #[serde(default)]
    pub counts: BTreeMap<String, BTreeMap<String, LevelCounts>>,
    /// Answer sheets counted per group (files, codes and paper forms).
    #[serde(default)]
    pub sheets: BTreeMap<String, u32>,
    /// Ids of the answer files, codes and tallies already counted, so that nothing
    /// counts twice. They say nothing about who answered.
    #[serde(default)]
    pub seen: BTreeSet<String>,
}

/// How many staff chose each level of one question (in one group).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LevelCounts {
    /// Answers per level 0–4.
    #[serde(default)]
    pub levels: [u32; 5],
    /// Answers „weiß nicht“.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub dont_know: u32,
}

fn is_zero(n: &u32) -> bool {
    *n == 0
}

impl LevelCounts {
    /// Answers with a level (without „weiß nicht“).
    pub fn n(&self) -> u32 {
        self.levels.iter().sum()
    }

    /// Adds `other` to these counts.
    pub fn add(&mut self, other: &LevelCounts) {
        for (mine, theirs) in self.levels.iter_mut().zip(other.levels) {
            *mine = mine.saturating_add(theirs);
        }
        self.dont_know = self.dont_know.saturating_add(other.dont_know);
    }
}

impl StaffSurvey {
    /// All answer sheets counted.
    pub fn sheet_count(&self) -> u32 {
        self.sheets.values().sum()
    }
}
