//! The command line: `validate`, `score`, `report`, `export`, `example`, `benchmark …` and the
//! hidden `autosave-drill` of the crash test (without a subcommand, `main.rs` starts the
//! app instead).
//!
//! [`args`] holds the clap definitions; every subcommand has its own file (`score` with
//! `history` for `--compare`, `score_table` for the text and `score_json` for `--json`).
//! Only `main.rs` uses this module. It never imports [`crate::ui`]; figures come from
//! [`crate::analysis`] and words from [`crate::present`], which the app and the PDF
//! share, and `report` hands its analysis to the PDF's one entry
//! ([`crate::report::ReportInput`], `report::write_pdf`), as the app's export does;
//! `export` likewise to the spreadsheet's ([`crate::sheets::export`]).

mod args;
mod autosave_drill;
mod benchmark;
mod errors;
mod example;
mod export;
mod help;
mod history;
mod report;
mod score;
mod score_json;
mod score_table;
mod survey;
mod validate;

pub use args::{
    BenchmarkCommand, Choice, Cli, Command, LangArg, Named, OutputArgs, SurveyCommand, language_of,
    output_language, parse_choice,
};
pub use autosave_drill::DRILL_COMMENT_PREFIX;
pub use help::{command, command_named, describe_error, parse_command_line, parse_from};

use crate::files::{FileError, Problem};
use crate::model::{Assessment, Questionnaire, bundled_questionnaire};
use crate::text::Lang;
use std::path::Path;
use std::process::ExitCode;

/// Exit code for bad input.
pub(crate) const BAD_INPUT: u8 = 1;

/// Runs a subcommand with its output in `lang` and returns the process exit code (0 ok,
/// 1 bad input).
pub fn run(command: Command, lang: Lang) -> ExitCode {
    let result = match command {
        Command::Validate {
            files,
            questionnaire,
        } => return validate::validate(&files, questionnaire.as_deref(), lang),
        Command::Score {
            assessment,
            json,
            questionnaire,
            benchmark,
            size_class,
            state,
            kind,
            compare,
        } => score::run_score(
            &assessment,
            json,
            questionnaire.as_deref(),
            lang,
            benchmark.as_deref().map(|b| (b, (size_class, state, kind))),
            &compare,
        ),
        Command::Report { files, compare } => report::run_report(&files, lang, &compare),
        Command::Export {
            files,
            without_names,
        } => export::run_export(&files, crate::sheets::ExportOptions { without_names }, lang),
        Command::Survey { action } => return run_survey(action, lang),
        Command::Example { output } => example::run_example(&output, lang),
        Command::AutosaveDrill {
            assessment,
            questionnaire,
            pause_ms,
            max_seconds,
        } => autosave_drill::run_autosave_drill(
            &assessment,
            questionnaire.as_deref(),
            pause_ms,
            max_seconds,
            lang,
        ),
        Command::Benchmark { action } => match action {
            BenchmarkCommand::Contribute {
                assessment,
                output,
                questionnaire,
            } => benchmark::run_contribute(&assessment, &output, questionnaire.as_deref(), lang),
            BenchmarkCommand::Merge {
                files,
                output,
                source,
                network,
                questionnaire,
            } => {
                return benchmark::run_merge(
                    &files,
                    &output,
                    source,
                    network,
                    questionnaire.as_deref(),
                    lang,
                );
            }
            BenchmarkCommand::Generate {
                seed,
                entries,
                output,
                questionnaire,
            } => benchmark::run_generate(seed, entries, &output, questionnaire.as_deref(), lang),
        },
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("{}", errors::describe(&error, lang));
            ExitCode::from(BAD_INPUT)
        }
    }
}

fn run_survey(action: SurveyCommand, lang: Lang) -> ExitCode {
    let result = match action {
        SurveyCommand::Kit {
            assessment,
            output,
            questions,
            groups,
            replace,
            questionnaire,
        } => survey::run_kit(
            survey::KitRequest {
                assessment: &assessment,
                output: &output,
                questions: &questions,
                groups: &groups,
                replace,
                questionnaire: questionnaire.as_deref(),
            },
            lang,
        )
        .map(|()| true),
        SurveyCommand::Import {
            assessment,
            files,
            codes,
            questionnaire,
        } => survey::run_import(&assessment, &files, &codes, questionnaire.as_deref(), lang),
        SurveyCommand::Tally {
            assessment,
            files,
            questionnaire,
        } => survey::run_tally(&assessment, &files, questionnaire.as_deref(), lang),
        SurveyCommand::Show {
            assessment,
            json,
            questionnaire,
        } => survey::run_show(&assessment, json, questionnaire.as_deref(), lang).map(|()| true),
    };
    match result {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(BAD_INPUT),
        Err(error) => {
            eprintln!("{error}");
            ExitCode::from(BAD_INPUT)
        }
    }
}

pub(crate) fn load_questionnaire_arg(path: Option<&Path>) -> Result<Questionnaire, FileError> {
    match path {
        Some(path) => crate::model::load_questionnaire(path),
        None => bundled_questionnaire(),
    }
}

/// Loads an assessment and the questionnaire it belongs to, matched by id and version;
/// the questionnaire comes with the names of the town's bodies filled in
/// ([`crate::model::council::resolve_questionnaire`]).
pub(crate) fn load_scored_assessment(
    path: &Path,
    questionnaire: Option<&Path>,
    lang: Lang,
) -> Result<(Questionnaire, Assessment), FileError> {
    let questionnaire = load_questionnaire_arg(questionnaire)?;
    let opened = crate::model::open_assessment(path, &questionnaire)?;
    for warning in &opened.warnings {
        eprintln!("{}", warning.line_for(path, lang));
    }
    let questionnaire =
        crate::model::council::resolve_questionnaire(&questionnaire, &opened.assessment.profile);
    Ok((questionnaire, opened.assessment))
}

/// The assessment of `files` analysed against the benchmark it names (if any), in the
/// town's default peer group, with `history`: what `report` and `export` show.
pub(crate) fn analyse_output<'q>(
    files: &OutputArgs,
    questionnaire: &'q Questionnaire,
    assessment: &Assessment,
    history: Option<crate::progress::History>,
) -> Result<crate::analysis::Analysis<'q>, FileError> {
    let benchmark = match &files.benchmark {
        Some(file) => Some(crate::benchmark::file::load_benchmark_for(
            file,
            questionnaire,
        )?),
        None => None,
    };
    let peers = benchmark.as_ref().map(|b| {
        (
            b,
            crate::analysis::default_peer_group(&assessment.profile, Some(b)),
        )
    });
    Ok(crate::analysis::analyse(
        questionnaire,
        assessment,
        peers,
        history,
    ))
}

fn file_error(path: &Path, message: crate::text::catalogue::Message) -> FileError {
    FileError::single(path, Problem::error(None, message))
}
