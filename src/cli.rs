//! The command line: `validate`, `score`, `report`, `example` (and, without a subcommand, the app).

use crate::example::example_assessment;
use crate::files::{FileError, FileKind, Problem, Severity, read_text, sniff_kind};
use crate::model::validation::check_against;
use crate::model::{
    Assessment, Questionnaire, bundled_questionnaire, parse_assessment, parse_questionnaire,
};
use crate::scoring::{Scores, score};
use crate::storage::save_assessment;
use crate::text::Lang;
use clap::{Parser, Subcommand};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Reifegrad – digital maturity of towns and municipalities.
#[derive(Debug, Parser)]
#[command(name = "reifegrad", version, about, long_about = None)]
pub struct Cli {
    /// An assessment file to open in the app.
    pub file: Option<PathBuf>,
    /// What to do; without a subcommand the app opens.
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check questionnaire, assessment or benchmark files; one line per problem on stderr.
    Validate {
        /// The files to check.
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// Questionnaire to check assessments against (default: the bundled one).
        #[arg(long, short)]
        questionnaire: Option<PathBuf>,
    },
    /// Print the scores of an assessment.
    Score {
        /// The assessment file.
        assessment: PathBuf,
        /// Print one JSON object instead of a table.
        #[arg(long)]
        json: bool,
        /// Questionnaire the assessment belongs to (default: the bundled one).
        #[arg(long, short)]
        questionnaire: Option<PathBuf>,
        /// Language of names and messages.
        #[arg(long, value_enum, default_value = "de")]
        lang: LangArg,
    },
    /// Write the PDF strategy outline for the council.
    Report {
        /// The assessment file.
        assessment: PathBuf,
        /// Where to write the PDF.
        #[arg(short, long)]
        output: PathBuf,
        /// Benchmark file with anonymised peers to compare with.
        #[arg(long)]
        benchmark: Option<PathBuf>,
        /// Questionnaire the assessment belongs to (default: the bundled one).
        #[arg(long, short)]
        questionnaire: Option<PathBuf>,
        /// Language of the report.
        #[arg(long, value_enum, default_value = "de")]
        lang: LangArg,
    },
    /// Write a filled-in assessment of a fictional small town.
    Example {
        /// Where to write it.
        #[arg(short, long)]
        output: PathBuf,
    },
}

/// Language choice on the command line.
#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum LangArg {
    /// German.
    De,
    /// English.
    En,
}

impl From<LangArg> for Lang {
    fn from(arg: LangArg) -> Self {
        match arg {
            LangArg::De => Lang::De,
            LangArg::En => Lang::En,
        }
    }
}

/// Exit code for bad input.
const BAD_INPUT: u8 = 1;

/// Runs a subcommand and returns the process exit code (0 ok, 1 bad input).
pub fn run(command: Command) -> ExitCode {
    let result = match command {
        Command::Validate {
            files,
            questionnaire,
        } => return validate(&files, questionnaire.as_deref()),
        Command::Score {
            assessment,
            json,
            questionnaire,
            lang,
        } => run_score(&assessment, json, questionnaire.as_deref(), lang.into()),
        Command::Report {
            assessment,
            output,
            benchmark,
            questionnaire,
            lang,
        } => run_report(
            &assessment,
            &output,
            benchmark.as_deref(),
            questionnaire.as_deref(),
            lang.into(),
        ),
        Command::Example { output } => run_example(&output),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("{error}");
            ExitCode::from(BAD_INPUT)
        }
    }
}

fn load_questionnaire_arg(path: Option<&Path>) -> Result<Questionnaire, FileError> {
    match path {
        Some(path) => crate::model::load_questionnaire(path),
        None => bundled_questionnaire(),
    }
}

/// Loads an assessment and the questionnaire it belongs to, matched by id and version.
pub fn load_scored_assessment(
    path: &Path,
    questionnaire: Option<&Path>,
) -> Result<(Questionnaire, Assessment), FileError> {
    let questionnaire = load_questionnaire_arg(questionnaire)?;
    let opened = crate::model::open_assessment(path, &questionnaire)?;
    for warning in &opened.warnings {
        eprintln!("{}", warning.line_for(path));
    }
    Ok((questionnaire, opened.assessment))
}

fn validate(files: &[PathBuf], questionnaire_arg: Option<&Path>) -> ExitCode {
    let mut questionnaires: Vec<Questionnaire> = Vec::new();
    let mut all_ok = true;
    let report = |path: &Path, problems: &[Problem]| {
        for problem in problems {
            eprintln!("{}", problem.line_for(path));
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
                Ok(q) => questionnaires.insert(0, q),
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
                            format!(
                                "Der Fragebogen „{}“ ist nicht bekannt; bitte mit --questionnaire DATEI angeben.",
                                assessment.questionnaire.id
                            ),
                        )],
                    }
                }
            },
            FileKind::Benchmark | FileKind::Contribution => vec![Problem::error(
                None,
                format!(
                    "{}en werden von dieser Version noch nicht unterstützt.",
                    kind.german_name()
                ),
            )],
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

fn run_score(
    path: &Path,
    json: bool,
    questionnaire: Option<&Path>,
    lang: Lang,
) -> anyhow::Result<()> {
    let (questionnaire, assessment) = load_scored_assessment(path, questionnaire)?;
    let scores = score(&questionnaire, &assessment);
    let output = if json {
        let mut text = serde_json::to_string_pretty(&scores_json(&questionnaire, &scores, lang))?;
        text.push('\n');
        text
    } else {
        scores_table(&questionnaire, &assessment, &scores, lang)
    };
    std::io::stdout().write_all(output.as_bytes())?;
    Ok(())
}

/// Rounds to one decimal, as scores are shown everywhere.
fn round1(value: f64) -> f64 {
    (value * 10.0).round() / 10.0
}

/// The `score --json` object.
pub fn scores_json(
    questionnaire: &Questionnaire,
    scores: &Scores,
    lang: Lang,
) -> serde_json::Value {
    let stage_name = |stage: Option<usize>| {
        stage
            .and_then(|i| questionnaire.stages.get(i))
            .map(|s| s.name.get(lang).to_string())
    };
    serde_json::json!({
        "overall": {
            "score": scores.overall.map(round1),
            "stage": stage_name(scores.overall_stage),
        },
        "dimensions": scores.dimensions.iter().map(|d| serde_json::json!({
            "id": d.id,
            "name": d.name.get(lang),
            "score": d.score.map(round1),
            "coverage": (d.coverage * 1000.0).round() / 1000.0,
            "answered": d.answered,
            "total": d.total,
            "stage": stage_name(d.stage),
        })).collect::<Vec<_>>(),
        "diagnoses": scores.diagnoses.iter().map(|d| serde_json::json!({
            "id": d.kind.id(),
            "message": d.message(lang),
        })).collect::<Vec<_>>(),
    })
}

/// A score as text with a decimal comma (German) or point (English); „–“ when missing.
pub fn format_score(score: Option<f64>, lang: Lang) -> String {
    match score {
        None => "–".into(),
        Some(s) => {
            let text = format!("{s:.1}");
            if lang == Lang::De {
                text.replace('.', ",")
            } else {
                text
            }
        }
    }
}

fn scores_table(
    questionnaire: &Questionnaire,
    assessment: &Assessment,
    scores: &Scores,
    lang: Lang,
) -> String {
    let de = lang == Lang::De;
    let profile = &assessment.profile;
    let stage_name = |stage: Option<usize>| {
        stage
            .and_then(|i| questionnaire.stages.get(i))
            .map(|s| s.name.get(lang).to_string())
            .unwrap_or_else(|| "–".into())
    };
    let mut out = format!(
        "{} ({}, {}, {}) – {}\n{} {}\n\n",
        profile.name,
        profile.kind.name(lang),
        profile.state.name(),
        profile.size_class().label(lang),
        assessment.date.german(),
        questionnaire.title.get(lang),
        questionnaire.version,
    );
    let header = if de {
        ("Dimension", "Punkte", "Abdeckung", "Beantwortet", "Stufe")
    } else {
        ("Dimension", "Score", "Coverage", "Answered", "Stage")
    };
    let width = scores
        .dimensions
        .iter()
        .map(|d| d.name.get(lang).chars().count())
        .max()
        .unwrap_or(10)
        .max(12);
    out += &format!(
        "{:<width$}  {:>6}  {:>9}  {:>11}  {}\n",
        header.0, header.1, header.2, header.3, header.4
    );
    for d in &scores.dimensions {
        let warn = if d.low_coverage() { " !" } else { "" };
        out += &format!(
            "{:<width$}  {:>6}  {:>7.0} %  {:>11}  {}{warn}\n",
            d.name.get(lang),
            format_score(d.score, lang),
            d.coverage * 100.0,
            format!("{}/{}", d.answered, d.total),
            stage_name(d.stage),
        );
    }
    out += &format!(
        "{:<width$}  {:>6}  {:>9}  {:>11}  {}\n",
        if de { "Gesamt" } else { "Overall" },
        format_score(scores.overall, lang),
        "",
        "",
        stage_name(scores.overall_stage)
    );
    if scores.dimensions.iter().any(|d| d.low_coverage()) {
        out += if de {
            "\n! Weniger als 60 % der Fragen mit einer Stufe beantwortet – der Wert ist unsicher.\n"
        } else {
            "\n! Fewer than 60 % of the questions answered with a level – the score is uncertain.\n"
        };
    }
    if !scores.diagnoses.is_empty() {
        out += if de { "\nBefunde:\n" } else { "\nFindings:\n" };
        for d in &scores.diagnoses {
            out += &format!("- {}: {}\n", d.title(lang), d.message(lang));
        }
    }
    out
}

fn run_report(
    path: &Path,
    output: &Path,
    benchmark: Option<&Path>,
    questionnaire: Option<&Path>,
    lang: Lang,
) -> anyhow::Result<()> {
    let (questionnaire, assessment) = load_scored_assessment(path, questionnaire)?;
    let scores = score(&questionnaire, &assessment);
    let peers = match benchmark {
        Some(file) => Some(load_peers(file, &assessment.profile, &scores)?),
        None => None,
    };
    let input = crate::report::ReportInput {
        questionnaire: &questionnaire,
        assessment: &assessment,
        scores: &scores,
        peers: peers.as_ref(),
        lang,
    };
    let bytes = crate::report::write_pdf(&input, output)?;
    eprintln!(
        "Bericht für „{}“ geschrieben: {} ({} KB)",
        assessment.profile.name,
        output.display(),
        bytes.div_ceil(1024)
    );
    Ok(())
}

/// Loads the peer comparison for the report from a benchmark file.
///
/// The benchmark loader (`crate::benchmark::load_benchmark`) is built on another branch;
/// until it is merged, this refuses with a clear message. Wiring it means: load the file,
/// choose the peer group for `profile`, and compute the comparison against `scores`.
pub fn load_peers(
    path: &Path,
    profile: &crate::model::Profile,
    scores: &Scores,
) -> anyhow::Result<crate::benchmark::PeerComparison> {
    let _ = (profile, scores);
    anyhow::bail!(
        "{}: Vergleichsdateien werden noch nicht unterstützt.",
        path.display()
    )
}

fn run_example(output: &Path) -> anyhow::Result<()> {
    let questionnaire = bundled_questionnaire()?;
    let assessment = example_assessment(&questionnaire);
    save_assessment(output, &assessment)?;
    eprintln!(
        "Beispielbewertung „{}“ geschrieben: {}",
        assessment.profile.name,
        output.display()
    );
    Ok(())
}
