//! Adding answers to a survey's counts. An answer sheet is checked whole before anything
//! is added, so a refused sheet changes nothing; a sheet whose id was seen counts once.
//! Only counts and the set of seen ids are kept — never the sheet itself.

use super::answers::{
    StaffAnswers, StaffResponse, StaffTally, decode_code, read_answers, read_tally,
};
use crate::files::FileError;
use crate::model::{NO_GROUP, StaffSurvey};
use crate::text::Lang;
use crate::tr;
use std::hash::Hasher;
use std::path::{Path, PathBuf};

/// Why an answer sheet, code or tally is not counted.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Refusal {
    /// It belongs to another survey.
    #[error("other survey {found}")]
    OtherSurvey {
        /// The survey id it carries.
        found: String,
    },
    /// It was made for another questionnaire or version.
    #[error("other questionnaire {found}")]
    OtherQuestionnaire {
        /// „id version“ it carries.
        found: String,
        /// „id version“ of the survey.
        expected: String,
    },
    /// It was counted before.
    #[error("already counted")]
    Duplicate,
    /// Its id is not of the right shape.
    #[error("bad id")]
    BadId,
    /// It names a group the kit does not offer.
    #[error("unknown group {0}")]
    UnknownGroup(String),
    /// It answers a question the kit does not ask.
    #[error("unknown question {0}")]
    UnknownQuestion(String),
    /// A level outside 0–4.
    #[error("level {level} for {question}")]
    BadLevel {
        /// The question.
        question: String,
        /// The level given.
        level: u8,
    },
    /// A tally without a bundle label or with more ticks than forms.
    #[error("bad tally")]
    BadTally,
    /// The code could not be read.
    #[error("bad code")]
    BadCode,
    /// The file could not be read (its problems, with positions).
    #[error("{0}")]
    File(FileError),
}

impl Refusal {
    /// The refusal in plain words.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            Refusal::OtherSurvey { found } => {
                tr!(lang, "survey-refused-other-survey", found = found.as_str())
            }
            Refusal::OtherQuestionnaire { found, expected } => tr!(
                lang,
                "survey-refused-other-questionnaire",
                found = found.as_str(),
                expected = expected.as_str()
            ),
            Refusal::Duplicate => tr!(lang, "survey-refused-duplicate").to_string(),
            Refusal::BadId => tr!(lang, "survey-refused-bad-id").to_string(),
            Refusal::UnknownGroup(group) => tr!(
                lang,
                "survey-refused-unknown-group",
                group = crate::files::escape_controls(group)
            ),
            Refusal::UnknownQuestion(question) => tr!(
                lang,
                "survey-refused-unknown-question",
                question = crate::files::escape_controls(question)
            ),
            Refusal::BadLevel { question, level } => tr!(
                lang,
                "survey-refused-bad-level",
                question = crate::files::escape_controls(question),
                level = *level
            ),
            Refusal::BadTally => tr!(lang, "survey-refused-bad-tally").to_string(),
            Refusal::BadCode => tr!(lang, "survey-refused-bad-code").to_string(),
            Refusal::File(error) => error.to_string(),
        }
    }
}

/// Adds one answer sheet to `survey`'s counts, or refuses it and changes nothing.
pub fn add_answers(survey: &mut StaffSurvey, answers: &StaffAnswers) -> Result<(), Refusal> {
    if answers.survey != survey.id {
        return Err(Refusal::OtherSurvey {
            found: crate::files::escape_controls(&answers.survey),
        });
    }
    if answers.questionnaire != survey.questionnaire {
        return Err(Refusal::OtherQuestionnaire {
            found: crate::files::escape_controls(&format!(
                "{} {}",
                answers.questionnaire.id, answers.questionnaire.version
            )),
            expected: format!(
                "{} {}",
                survey.questionnaire.id, survey.questionnaire.version
            ),
        });
    }
    if !super::valid_id(&answers.id) {
        return Err(Refusal::BadId);
    }
    if survey.seen.contains(&answers.id) {
        return Err(Refusal::Duplicate);
    }
    check_group(survey, &answers.group)?;
    for (question, response) in &answers.answers {
        if !survey.questions.contains(question) {
            return Err(Refusal::UnknownQuestion(question.clone()));
        }
        if let StaffResponse::Level(level) = response
            && *level > 4
        {
            return Err(Refusal::BadLevel {
                question: question.clone(),
                level: *level,
            });
        }
    }
    for (question, response) in &answers.answers {
        let cell = survey
            .counts
            .entry(question.clone())
            .or_default()
            .entry(answers.group.clone())
            .or_default();
        match response {
            StaffResponse::Level(level) => cell.levels[usize::from(*level)] += 1,
            StaffResponse::DontKnow => cell.dont_know += 1,
        }
    }
    *survey.sheets.entry(answers.group.clone()).or_default() += 1;
    survey.seen.insert(answers.id.clone());
    Ok(())
}

/// Adds the answers of a code (see [`super::answers`]), or refuses it.
pub fn add_code(survey: &mut StaffSurvey, code: &str) -> Result<(), Refusal> {
    let answers = decode_code(survey, code).map_err(|_| Refusal::BadCode)?;
    add_answers(survey, &answers)
}

/// Adds a tally of paper forms, or refuses it and changes nothing. A bundle label seen
/// before counts once.
pub fn add_tally(survey: &mut StaffSurvey, tally: &StaffTally) -> Result<(), Refusal> {
    if tally.survey != survey.id {
        return Err(Refusal::OtherSurvey {
            found: crate::files::escape_controls(&tally.survey),
        });
    }
    let bundle = tally.bundle.trim();
    if bundle.is_empty() || tally.sheets == 0 || tally.sheets > crate::model::MAX_HANDS {
        return Err(Refusal::BadTally);
    }
    let seen_id = bundle_id(bundle);
    if survey.seen.contains(&seen_id) {
        return Err(Refusal::Duplicate);
    }
    check_group(survey, &tally.group)?;
    for (question, counts) in &tally.counts {
        if !survey.questions.contains(question) {
            return Err(Refusal::UnknownQuestion(question.clone()));
        }
        // A form has at most one tick per question.
        if counts.n().saturating_add(counts.dont_know) > tally.sheets {
            return Err(Refusal::BadTally);
        }
    }
    for (question, counts) in &tally.counts {
        survey
            .counts
            .entry(question.clone())
            .or_default()
            .entry(tally.group.clone())
            .or_default()
            .add(counts);
    }
    *survey.sheets.entry(tally.group.clone()).or_default() += tally.sheets;
    survey.seen.insert(seen_id);
    Ok(())
}

fn check_group(survey: &StaffSurvey, group: &str) -> Result<(), Refusal> {
    if group == NO_GROUP || survey.groups.iter().any(|g| g == group) {
        Ok(())
    } else {
        Err(Refusal::UnknownGroup(group.to_string()))
    }
}

/// The seen-id of a tally bundle: a hash of its label, so the label itself (the officer's
/// free text) is not kept.
fn bundle_id(bundle: &str) -> String {
    // FNV-1a: stable across runs and platforms, unlike std's hasher.
    let mut hash = Fnv(0xcbf2_9ce4_8422_2325);
    hash.write(bundle.as_bytes());
    format!("t{:016x}", hash.finish())
}

struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for byte in bytes {
            self.0 = (self.0 ^ u64::from(*byte)).wrapping_mul(0x0100_0000_01b3);
        }
    }
}

/// What an import of many files did.
#[derive(Debug, Default)]
pub struct ImportReport {
    /// Sheets added.
    pub added: usize,
    /// Sheets counted before (skipped).
    pub duplicates: Vec<PathBuf>,
    /// Files refused, with why.
    pub refused: Vec<(PathBuf, Refusal)>,
}

/// Imports answer files (and tally files) into `survey`: each file is read and checked on
/// its own; a broken or foreign file is refused with its reason and the others are still
/// counted.
pub fn import_files(survey: &mut StaffSurvey, paths: &[PathBuf]) -> ImportReport {
    let mut report = ImportReport::default();
    for path in paths {
        match import_file(survey, path) {
            Ok(()) => report.added += 1,
            Err(Refusal::Duplicate) => report.duplicates.push(path.clone()),
            Err(refusal) => report.refused.push((path.clone(), refusal)),
        }
    }
    report
}

/// Counts one file: a tally file (`StaffTally(…)`) as a bundle of paper forms, anything
/// else as an answer file.
fn import_file(survey: &mut StaffSurvey, path: &Path) -> Result<(), Refusal> {
    let is_tally = std::fs::File::open(path).is_ok_and(|mut file| {
        let mut start = [0u8; 64];
        let n = std::io::Read::read(&mut file, &mut start).unwrap_or(0);
        String::from_utf8_lossy(&start[..n])
            .trim_start_matches('\u{feff}')
            .trim_start()
            .starts_with("StaffTally")
    });
    if is_tally {
        let tally = read_tally(path).map_err(Refusal::File)?;
        return add_tally(survey, &tally);
    }
    let answers = read_answers(path).map_err(Refusal::File)?;
    add_answers(survey, &answers)
}
