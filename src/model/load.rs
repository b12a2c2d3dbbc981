//! Loading questionnaires and assessments from files, with every problem reported.

use super::assessment::{ASSESSMENT_FORMAT_VERSION, Assessment};
use super::migration::MigrationReport;
use super::questionnaire::Questionnaire;
use super::validation::{
    check_against, check_assessment, check_questionnaire, newer_format_message,
};
use crate::files::storage::write_text_atomic;
use crate::files::{
    FileError, FileKind, Problem, Severity, locate_token, parse_ron, read_text, sniff_kind, to_ron,
};
use crate::msg;
use serde::Deserialize;
use std::path::Path;

/// The text of the default questionnaire, compiled into the program.
pub const BUNDLED_QUESTIONNAIRE: &str = include_str!("../../questionnaires/kommunal-reifegrad.ron");

/// The file name shown for the bundled questionnaire in messages.
pub(crate) const BUNDLED_QUESTIONNAIRE_NAME: &str = "questionnaires/kommunal-reifegrad.ron";

/// The default questionnaire that ships with the program.
pub fn bundled_questionnaire() -> Result<Questionnaire, FileError> {
    parse_questionnaire(Path::new(BUNDLED_QUESTIONNAIRE_NAME), BUNDLED_QUESTIONNAIRE)
}

/// Parses and checks questionnaire text; `path` names the file in messages.
pub fn parse_questionnaire(path: &Path, text: &str) -> Result<Questionnaire, FileError> {
    expect_kind(path, text, FileKind::Questionnaire)?;
    let questionnaire: Questionnaire =
        parse_ron(text).map_err(|problem| FileError::single(path, problem))?;
    let problems = check_questionnaire(&questionnaire, text);
    if problems.is_empty() {
        Ok(questionnaire)
    } else {
        Err(FileError {
            path: path.to_path_buf(),
            problems,
        })
    }
}

/// Reads, parses and checks a questionnaire file.
pub fn load_questionnaire(path: &Path) -> Result<Questionnaire, FileError> {
    let text = read_text(path)?;
    parse_questionnaire(path, &text)
}

/// Fails with a clear message if `text` is not a file of kind `expected`.
pub(crate) fn expect_kind(path: &Path, text: &str, expected: FileKind) -> Result<(), FileError> {
    let found = sniff_kind(text).map_err(|problem| FileError::single(path, problem))?;
    if found == expected {
        Ok(())
    } else {
        Err(FileError::single(
            path,
            Problem::error(
                locate_token(text, found.struct_name(), 0),
                msg!(
                    "errors-wrong-kind",
                    found = found.with_article(),
                    expected = expected.with_article()
                ),
            ),
        ))
    }
}

/// Just the format version of an assessment file, read before the full parse so that a
/// file from a newer program gets a clear message instead of "unknown field".
#[derive(Deserialize)]
#[serde(rename = "Assessment")]
struct FormatProbe {
    format_version: u32,
}

/// Parses an assessment and checks it on its own (not yet against a questionnaire).
pub fn parse_assessment(path: &Path, text: &str) -> Result<Assessment, FileError> {
    expect_kind(path, text, FileKind::Assessment)?;
    if let Ok(probe) = parse_ron::<FormatProbe>(text)
        && probe.format_version > ASSESSMENT_FORMAT_VERSION
    {
        return Err(FileError::single(
            path,
            Problem::error(
                locate_token(text, "format_version", 0),
                newer_format_message(probe.format_version),
            ),
        ));
    }
    let assessment: Assessment =
        parse_ron(text).map_err(|problem| FileError::single(path, problem))?;
    let problems = check_assessment(&assessment, text);
    if problems.iter().any(|p| p.severity == Severity::Error) {
        return Err(FileError {
            path: path.to_path_buf(),
            problems,
        });
    }
    Ok(assessment)
}

/// An assessment ready for use with a questionnaire, and what the user should know about it.
#[derive(Debug, Clone)]
pub struct OpenedAssessment {
    /// The assessment, matched to the questionnaire.
    pub assessment: Assessment,
    /// Warnings (e.g. answers set aside after a questionnaire update).
    pub warnings: Vec<Problem>,
    /// What the migration to the questionnaire's version did, if the versions differed.
    pub migration: Option<MigrationReport>,
}

/// Parses an assessment and matches it to `questionnaire`: same id required; with another
/// version, answers are carried over by question id and the rest reported and kept aside.
pub fn open_assessment_text(
    path: &Path,
    text: &str,
    questionnaire: &Questionnaire,
) -> Result<OpenedAssessment, FileError> {
    let mut assessment = parse_assessment(path, text)?;
    let problems = check_against(&assessment, questionnaire, text);
    if problems.iter().any(|p| p.severity == Severity::Error) {
        return Err(FileError {
            path: path.to_path_buf(),
            problems,
        });
    }
    let migration = (assessment.questionnaire.version != questionnaire.version)
        .then(|| assessment.migrate_to(questionnaire));
    Ok(OpenedAssessment {
        assessment,
        warnings: problems,
        migration,
    })
}

/// Reads an assessment file and matches it to `questionnaire` (see [`open_assessment_text`]).
pub fn open_assessment(
    path: &Path,
    questionnaire: &Questionnaire,
) -> Result<OpenedAssessment, FileError> {
    let text = read_text(path)?;
    open_assessment_text(path, &text, questionnaire)
}

/// Saves an assessment as RON, atomically.
pub fn save_assessment(path: &Path, assessment: &Assessment) -> Result<(), FileError> {
    let text = assessment_text(path, assessment)?;
    write_text_atomic(path, &text)
}

/// The RON text an assessment is saved as.
pub(crate) fn assessment_text(path: &Path, assessment: &Assessment) -> Result<String, FileError> {
    to_ron(assessment).map_err(|e| {
        FileError::single(
            path,
            Problem::error(None, msg!("errors-internal-write", reason = e.to_string())),
        )
    })
}
