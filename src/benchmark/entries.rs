//! The data of benchmark and contribution files: a benchmark with its anonymised entries,
//! a network's name, one town's contribution. Reading, checking and writing them is
//! [`super::file`]'s job (and [`super::fast`]'s, for large files).

use super::attrs::{self, SizeRange};
use super::token::{new_token, token_of};
use crate::model::{Assessment, BodyKind, FederalState, QuestionnaireRef};
use crate::scoring::Scores;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The benchmark and contribution file format version this build writes and reads.
///
/// Format 2 added generalised attributes, the contribution token and the network; a file
/// that uses none of them is written as format 1, byte for byte as before.
pub const BENCHMARK_FORMAT_VERSION: u32 = 2;

/// A benchmark: anonymised entries of many municipalities for one questionnaire.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Benchmark {
    /// Version of the file format.
    pub format_version: u32,
    /// Where the data come from, e.g. „Netzwerk Mittelhessen, 2026“ (shown with every figure).
    pub source: String,
    /// Whether the entries are synthetic example data (labelled wherever shown).
    pub synthetic: bool,
    /// The questionnaire (id and version) the scores were computed with.
    pub questionnaire: QuestionnaireRef,
    /// The anonymised entries.
    pub entries: Vec<Entry>,
    /// For a network's merged file: the network (its entries form the peer group „whole
    /// network“, the default for its members).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub network: Option<Network>,
}

/// The network whose members' contributions a benchmark pools.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Network {
    /// The network's name, e.g. „re@di“ (may be empty).
    pub name: String,
    /// The latest assessment year of its entries.
    pub year: u16,
    /// Number of towns (entries) in the file.
    pub towns: usize,
}

impl Network {
    /// „Netzwerk re@di, 2026, 9 Kommunen“ – the source text of a network's file.
    pub(crate) fn source_text(&self) -> String {
        let name = if self.name.trim().is_empty() {
            "Netzwerk".to_string()
        } else {
            format!("Netzwerk {}", self.name.trim())
        };
        format!(
            "{name}, {}, {} {}",
            self.year,
            self.towns,
            if self.towns == 1 {
                "Kommune"
            } else {
                "Kommunen"
            }
        )
    }
}

/// One municipality's anonymised result: no name, no comment, no exact population.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    /// Size class by population, or a range of neighbouring ones when generalised.
    pub size_class: SizeRange,
    /// Federal state; `None` (`Any` in the file) when generalised.
    #[serde(with = "attrs::any")]
    pub state: Option<FederalState>,
    /// Kind of local body; `None` (`Any` in the file) when generalised.
    #[serde(with = "attrs::any")]
    pub kind: Option<BodyKind>,
    /// Year of the assessment.
    pub year: u16,
    /// Score 0–100 per dimension id; dimensions without a score are left out.
    pub scores: BTreeMap<String, f64>,
    /// The contribution's random token (see [`super::token`]); empty in older files.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub token: String,
}

/// One town's anonymised contribution to a benchmark.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Contribution {
    /// Version of the file format.
    pub format_version: u32,
    /// The questionnaire (id and version) the scores were computed with.
    pub questionnaire: QuestionnaireRef,
    /// The anonymised entry.
    pub entry: Entry,
}

impl Entry {
    /// The anonymised entry of an assessment: size class, state, kind, year and the
    /// dimension scores (rounded to one decimal). Name, population, comments and
    /// respondents are not copied.
    pub fn from_assessment(assessment: &Assessment, scores: &Scores) -> Self {
        let profile = &assessment.profile;
        Entry {
            size_class: SizeRange::exact(profile.size_class()),
            state: Some(profile.state),
            kind: Some(profile.kind),
            year: assessment.date.year,
            scores: scores
                .dimensions
                .iter()
                .filter_map(|d| {
                    d.score.map(|s| {
                        (
                            d.id.clone(),
                            crate::scoring::round_score(s).clamp(0.0, 100.0),
                        )
                    })
                })
                .collect(),
            token: token_of(assessment)
                .map(str::to_string)
                .unwrap_or_else(|| new_token(assessment.date.year)),
        }
    }

    /// Whether any attribute is generalised.
    pub(crate) fn is_generalised(&self) -> bool {
        self.size_class.exact_class().is_none() || self.state.is_none() || self.kind.is_none()
    }
}

impl Benchmark {
    /// The lowest format version that can hold this benchmark: 1 unless it uses
    /// generalised attributes, tokens or a network.
    pub(crate) fn needed_format_version(&self) -> u32 {
        let new = self.network.is_some()
            || self
                .entries
                .iter()
                .any(|e| e.is_generalised() || !e.token.is_empty());
        if new { 2 } else { 1 }
    }
}

impl Contribution {
    /// The anonymised contribution of a scored assessment, with the assessment's token
    /// for its year (or a fresh one if it has none; see
    /// [`super::token::ensure_contribution_token`]).
    pub fn from_assessment(assessment: &Assessment, scores: &Scores) -> Self {
        Contribution {
            format_version: BENCHMARK_FORMAT_VERSION,
            questionnaire: assessment.questionnaire.clone(),
            entry: Entry::from_assessment(assessment, scores),
        }
    }
}
