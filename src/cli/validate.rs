//! `reifegrad validate`: checks files, one line per problem on stderr.

use super::{BAD_INPUT, load_questionnaire_arg};
use crate::benchmark::Entry;
use crate::benchmark::file::{check_fits, parse_benchmark, parse_contribution};
use crate::files::{FileError, FileKind, Problem, Severity, read_text, sniff_kind};
use crate::model::anchor_rules::check_anchors;
use crate::model::validation::check_against;
use crate::model::{Questionnaire, QuestionnaireRef, parse_assessment, parse_questionnaire};
use crate::msg;
use crate::text::Lang;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

pub(super) fn validate(
    files: &[PathBuf],
    questionnaire_arg: Option<&Path>,
    lang: Lang,
) -> ExitCode {
    let mut questionnaires: Vec<Questionnaire> = Vec::new();
    let mut all_ok = true;
    let report = |path: &Path, problems: &[Problem]| {
        for problem in problems {
            eprintln!("{}", problem.line_for(path, lang));
        }
    };
    match load_questionnaire_arg(questionnaire_arg) {
        Ok(q) => questionnaires.push(q),
        Err(error) => {
            report(&error.path, &error.problems);
            return ExitCode::from(BAD_INPUT);
        }
    }
    // Questionnaires named on the command line are used for assessments named with them.
    let mut texts = Vec::new();
    for path in files {
        match read_text(path).and_then(|text| {
            let kind = sniff_kind(&text).map_err(|p| FileError::single(path, p))?;
            Ok((kind, text))
        }) {
            Ok((kind, text)) => texts.push((path, kind, text)),
            Err(error) => {
                report(path, &error.problems);
                all_ok = false;
            }
        }
    }
    for (path, kind, text) in &texts {
        if *kind == FileKind::Questionnaire {
            match parse_questionnaire(path, text) {
                Ok(q) => {
                    // Rules for the level texts are warnings: the file stays usable.
                    report(path, &check_anchors(&q, text));
                    questionnaires.insert(0, q);
                }
                Err(error) => {
                    report(path, &error.problems);
                    all_ok = false;
                }
            }
        }
    }
    for (path, kind, text) in &texts {
        let problems = match kind {
            FileKind::Questionnaire => continue,
            FileKind::Assessment => match parse_assessment(path, text) {
                Err(error) => error.problems,
                Ok(assessment) => {
                    match questionnaires
                        .iter()
                        .find(|q| q.id == assessment.questionnaire.id)
                    {
                        Some(q) => check_against(&assessment, q, text),
                        None => vec![Problem::error(
                            crate::files::locate_quoted(text, &assessment.questionnaire.id, 0),
                            msg!(
                                "errors-validate-unknown-questionnaire",
                                id = &assessment.questionnaire.id
                            ),
                        )],
                    }
                }
            },
            FileKind::Benchmark => match parse_benchmark(path, text) {
                Err(error) => error.problems,
                Ok(b) => fits_known(&b.questionnaire, b.entries.iter(), &questionnaires, text),
            },
            FileKind::Contribution => match parse_contribution(path, text) {
                Err(error) => error.problems,
                Ok(c) => fits_known(
                    &c.questionnaire,
                    std::iter::once(&c.entry),
                    &questionnaires,
                    text,
                ),
            },
        };
        report(path, &problems);
        if problems.iter().any(|p| p.severity == Severity::Error) {
            all_ok = false;
        }
    }
    if all_ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(BAD_INPUT)
    }
}

/// Checks a benchmark or contribution against the questionnaire with its id (and version).
fn fits_known<'e>(
    reference: &QuestionnaireRef,
    entries: impl Iterator<Item = &'e Entry>,
    questionnaires: &[Questionnaire],
    text: &str,
) -> Vec<Problem> {
    let location = crate::files::locate_quoted(text, &reference.id, 0);
    if let Some(q) = questionnaires
        .iter()
        .find(|q| q.id == reference.id && q.version == reference.version)
    {
        return check_fits(reference, entries, q, text);
    }
    match questionnaires.iter().find(|q| q.id == reference.id) {
        Some(q) => vec![Problem::warning(
            crate::files::locate_quoted(text, &reference.version, 0).or(location),
            msg!(
                "errors-validate-benchmark-version",
                found = &reference.version,
                id = &q.id,
                current = &q.version
            ),
        )],
        None => vec![Problem::error(
            location,
            msg!("errors-validate-unknown-questionnaire", id = &reference.id),
        )],
    }
}
