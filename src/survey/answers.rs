//! What staff hand back: the answer file the HTML form saves (`StaffAnswers(…)`, RON),
//! the short code it shows instead, and the tally file of a bundle of paper forms
//! (`StaffTally(…)`).
//!
//! An answer file:
//!
//! ```ron
//! StaffAnswers(
//!     format_version: 1,
//!     survey: "3f9a0c12be47",
//!     questionnaire: (id: "kommunal-reifegrad", version: "1.2"),
//!     id: "9c41d07a2e55",
//!     group: "Bauamt",
//!     answers: {"kultur.chefsache": Level(1), "kultur.ziele": DontKnow},
//! )
//! ```
//!
//! The code carries the same in one line: `RS1-<survey>-<id>-<group>-<answers>-<check>`,
//! where `<group>` is the group's place in the kit (1, 2, …; `0` for none, base 36),
//! `<answers>` one character per question of the kit (`0`–`4` a level, `x` „weiß nicht“,
//! `.` no answer) and `<check>` two hexadecimal digits of [`checksum`].

use crate::files::{FileError, Problem, locate_token, parse_ron, read_text};
use crate::model::{LevelCounts, QuestionnaireRef, StaffSurvey};
use crate::msg;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::Path;

/// The answer file format this build writes and reads.
pub const ANSWERS_FORMAT_VERSION: u32 = 1;

/// Largest answer or tally file read (real ones have well under 1 kB).
pub const MAX_ANSWER_FILE_BYTES: usize = 64 * 1024;

/// One staff member's answers, as the HTML form saves them. No name, no free text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StaffAnswers {
    /// Version of the format.
    pub format_version: u32,
    /// The survey's id.
    pub survey: String,
    /// The questionnaire (id and version) of the survey.
    pub questionnaire: QuestionnaireRef,
    /// Random id of this answer sheet, so that importing it twice counts once.
    pub id: String,
    /// The group named ("" for none).
    #[serde(default)]
    pub group: String,
    /// The answers by question id; unanswered questions are absent.
    #[serde(default)]
    pub answers: BTreeMap<String, StaffResponse>,
}

/// A staff member's answer to one question.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum StaffResponse {
    /// One of the anchored levels 0–4.
    Level(u8),
    /// „Weiß nicht“.
    DontKnow,
}

/// The counts of a bundle of paper forms, typed in from the tally sheet.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StaffTally {
    /// The survey's id (printed on the form and the tally sheet).
    pub survey: String,
    /// A label the officer writes on the bundle of forms, e.g. „Bauamt 1“; a bundle
    /// with the same label counts once.
    pub bundle: String,
    /// The group of the bundle ("" for none).
    #[serde(default)]
    pub group: String,
    /// How many forms the bundle has.
    pub sheets: u32,
    /// Ticks per question id.
    #[serde(default)]
    pub counts: BTreeMap<String, LevelCounts>,
}

/// Reads an answer file: size, encoding and RON syntax errors name the file, line and
/// column.
pub fn read_answers(path: &Path) -> Result<StaffAnswers, FileError> {
    let text = read_small(path)?;
    parse_answers(path, &text)
}

/// Parses the text of an answer file; `path` names it in messages.
pub fn parse_answers(path: &Path, text: &str) -> Result<StaffAnswers, FileError> {
    expect_struct(path, text, "StaffAnswers")?;
    let answers: StaffAnswers =
        parse_ron(text).map_err(|problem| FileError::single(path, problem))?;
    if answers.format_version > ANSWERS_FORMAT_VERSION {
        return Err(FileError::single(
            path,
            Problem::error(
                locate_token(text, "format_version", 0),
                msg!(
                    "survey-errors-answers-format",
                    found = answers.format_version,
                    known = ANSWERS_FORMAT_VERSION
                ),
            ),
        ));
    }
    Ok(answers)
}

/// Reads a tally file.
pub fn read_tally(path: &Path) -> Result<StaffTally, FileError> {
    let text = read_small(path)?;
    expect_struct(path, &text, "StaffTally")?;
    parse_ron(&text).map_err(|problem| FileError::single(path, problem))
}

fn read_small(path: &Path) -> Result<String, FileError> {
    let text = read_text(path)?;
    if text.len() > MAX_ANSWER_FILE_BYTES {
        return Err(FileError::single(
            path,
            Problem::error(
                None,
                msg!(
                    "survey-errors-answers-too-large",
                    limit = MAX_ANSWER_FILE_BYTES / 1000
                ),
            ),
        ));
    }
    Ok(text)
}

/// Refuses a file that does not start with `name(`, naming what it is instead.
fn expect_struct(path: &Path, text: &str, name: &str) -> Result<(), FileError> {
    let start = text
        .trim_start()
        .trim_start_matches(|c: char| c != '(' && !c.is_alphanumeric());
    let found: String = start
        .chars()
        .take_while(|c| c.is_alphanumeric() || *c == '_')
        .collect();
    if found == name {
        return Ok(());
    }
    Err(FileError::single(
        path,
        Problem::error(
            Some(crate::files::Location { line: 1, col: 1 }),
            msg!(
                "survey-errors-not-this-kind",
                // „none“ selects the message for a file that names no struct at all.
                found = if found.is_empty() {
                    "none".to_string()
                } else {
                    found
                },
                expected = name
            ),
        ),
    ))
}

/// Why a code cannot be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CodeError {
    /// Not of the shape `RS1-…-…-…-…-…`.
    #[error("not a survey code")]
    Shape,
    /// The check digits do not match: a character was mistyped.
    #[error("checksum")]
    Checksum,
    /// The answers do not fit the kit (length, characters, group).
    #[error("does not fit the kit")]
    Mismatch,
}

/// The two check digits of a code's body (everything before the last `-`).
pub fn checksum(body: &str) -> u8 {
    let sum = body.bytes().enumerate().fold(0u32, |acc, (i, b)| {
        (acc + (i as u32 + 1) * u32::from(b)) % 251
    });
    sum as u8
}

/// The code for `answers` of `survey` (as the HTML form writes it).
pub fn encode_code(survey: &StaffSurvey, answers: &StaffAnswers) -> String {
    let group = survey
        .groups
        .iter()
        .position(|g| *g == answers.group)
        .map_or(0, |i| i + 1);
    let marks: String = survey
        .questions
        .iter()
        .map(|q| match answers.answers.get(q) {
            Some(StaffResponse::Level(level)) => char::from(b'0' + level.min(&4)),
            Some(StaffResponse::DontKnow) => 'x',
            None => '.',
        })
        .collect();
    let body = format!(
        "RS1-{}-{}-{}-{marks}",
        survey.id,
        answers.id,
        std::char::from_digit(group as u32, 36).unwrap_or('0')
    );
    format!("{body}-{:02x}", checksum(&body))
}

/// Reads a code against `survey`'s kit. The survey id is checked by the import.
pub fn decode_code(survey: &StaffSurvey, code: &str) -> Result<StaffAnswers, CodeError> {
    let code: String = code
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .to_ascii_lowercase();
    let (body, check) = code.rsplit_once('-').ok_or(CodeError::Shape)?;
    let parts: Vec<&str> = body.split('-').collect();
    let [tag, survey_id, id, group, marks] = parts.as_slice() else {
        return Err(CodeError::Shape);
    };
    if *tag != "rs1" || !super::valid_id(survey_id) || !super::valid_id(id) {
        return Err(CodeError::Shape);
    }
    let body = format!("RS1-{survey_id}-{id}-{group}-{marks}");
    if u8::from_str_radix(check, 16).ok() != Some(checksum(&body)) || check.len() != 2 {
        return Err(CodeError::Checksum);
    }
    let group = match u32::from_str_radix(group, 36) {
        Ok(0) => String::new(),
        Ok(n) => survey
            .groups
            .get(n as usize - 1)
            .cloned()
            .ok_or(CodeError::Mismatch)?,
        Err(_) => return Err(CodeError::Mismatch),
    };
    if marks.chars().count() != survey.questions.len() {
        return Err(CodeError::Mismatch);
    }
    let mut answers = BTreeMap::new();
    for (question, mark) in survey.questions.iter().zip(marks.chars()) {
        let response = match mark {
            '0'..='4' => StaffResponse::Level(mark as u8 - b'0'),
            'x' => StaffResponse::DontKnow,
            '.' => continue,
            _ => return Err(CodeError::Mismatch),
        };
        answers.insert(question.clone(), response);
    }
    Ok(StaffAnswers {
        format_version: ANSWERS_FORMAT_VERSION,
        survey: survey_id.to_string(),
        questionnaire: survey.questionnaire.clone(),
        id: id.to_string(),
        group,
        answers,
    })
}

/// An empty tally file for `survey`'s kit and `group`, for the officer to fill in.
pub fn tally_template(survey: &StaffSurvey, group: &str) -> StaffTally {
    StaffTally {
        survey: survey.id.clone(),
        bundle: String::new(),
        group: group.to_string(),
        sheets: 0,
        counts: survey
            .questions
            .iter()
            .map(|q| (q.clone(), LevelCounts::default()))
            .collect(),
    }
}
