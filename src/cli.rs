//! The command line: `validate`, `score`, `report`, `example`, `benchmark …` (and,
//! without a subcommand, the app).

use crate::benchmark::file::{
    benchmark_to_ron, check_fits, load_benchmark_for, parse_benchmark, parse_contribution,
};
use crate::benchmark::stats::source_label;
use crate::benchmark::synthetic::{DEFAULT_ENTRIES, DEFAULT_SEED, generate};
use crate::benchmark::{Entry, MIN_GROUP_SIZE, PeerComparison, PeerGroup};
use crate::example::example_assessment;
use crate::files::{FileError, FileKind, Problem, Severity, read_text, sniff_kind};
use crate::model::validation::check_against;
use crate::model::{
    Assessment, BodyKind, FederalState, Questionnaire, QuestionnaireRef, SizeClass,
    bundled_questionnaire, parse_assessment, parse_questionnaire,
};
use crate::progress::{History, history_from_links, load_history};
use crate::scoring::{Scores, score};
use crate::storage::{save_assessment, write_text_atomic};
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
    /// Measure start-up: print the time to the first painted frame and quit (benchmarks).
    #[arg(long, hide = true)]
    pub startup_probe: bool,
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
        /// Compare with the peers in this benchmark file.
        #[arg(long)]
        benchmark: Option<PathBuf>,
        /// Peer group size class: own (default), all, or a class such as From10kTo20k.
        #[arg(long, default_value = "own", value_parser = parse_choice::<SizeClass>)]
        size_class: Choice<SizeClass>,
        /// Peer group federal state: all (default), own, or a state such as Hessen.
        #[arg(long, default_value = "all", value_parser = parse_choice::<FederalState>)]
        state: Choice<FederalState>,
        /// Peer group kind of body: own (default), all, or a kind such as Stadt.
        #[arg(long, default_value = "own", value_parser = parse_choice::<BodyKind>)]
        kind: Choice<BodyKind>,
        /// Earlier assessments of the same town to show the change against (without it,
        /// the earlier assessments linked in the file are used).
        #[arg(long, num_args = 1.., value_name = "EARLIER")]
        compare: Vec<PathBuf>,
    },
    /// Peer benchmarks: anonymised contributions, merging, synthetic example data.
    Benchmark {
        /// What to do.
        #[command(subcommand)]
        action: BenchmarkCommand,
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
        /// Earlier assessments of the same town for the section on what changed (without
        /// it, the earlier assessments linked in the file are used).
        #[arg(long, num_args = 1.., value_name = "EARLIER")]
        compare: Vec<PathBuf>,
    },
    /// Write a filled-in assessment of a fictional small town.
    Example {
        /// Where to write it.
        #[arg(short, long)]
        output: PathBuf,
    },
    /// Developer drill for the crash-safety test (hidden): opens an assessment through
    /// the app's session, changes answers in a loop and autosaves as the app does,
    /// printing `saved N` after each successful save. Meant to be killed.
    #[command(hide = true)]
    AutosaveDrill {
        /// The assessment file (changed in place).
        assessment: PathBuf,
        /// Questionnaire the assessment belongs to (default: the bundled one).
        #[arg(long, short)]
        questionnaire: Option<PathBuf>,
        /// Pause between two changes, in milliseconds.
        #[arg(long, default_value_t = 5)]
        pause_ms: u64,
        /// Stop by itself after this many seconds (so a forgotten drill ends).
        #[arg(long, default_value_t = 60)]
        max_seconds: u64,
    },
}

/// The `benchmark` subcommands.
#[derive(Debug, Subcommand)]
pub enum BenchmarkCommand {
    /// Write an anonymised contribution of an assessment (size class, state, kind, year,
    /// dimension scores — no name, comments, population or respondents).
    Contribute {
        /// The assessment file.
        assessment: PathBuf,
        /// Where to write the contribution.
        #[arg(short, long)]
        output: PathBuf,
        /// Questionnaire the assessment belongs to (default: the bundled one).
        #[arg(long, short)]
        questionnaire: Option<PathBuf>,
    },
    /// Merge contributions and benchmark files into one benchmark file.
    Merge {
        /// Contribution and benchmark files.
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// Where to write the merged benchmark.
        #[arg(short, long)]
        output: PathBuf,
        /// Source description written into the benchmark (default: "Netzwerk NAME, YEAR,
        /// N Kommunen").
        #[arg(long)]
        source: Option<String>,
        /// Name of the network whose members contribute, e.g. "re@di".
        #[arg(long)]
        network: Option<String>,
        /// Questionnaire the files must belong to (default: the bundled one).
        #[arg(long, short)]
        questionnaire: Option<PathBuf>,
    },
    /// Write a synthetic example benchmark (reproducible from the seed).
    Generate {
        /// Seed of the random numbers.
        #[arg(long, default_value_t = DEFAULT_SEED)]
        seed: u64,
        /// Number of entries.
        #[arg(long, default_value_t = DEFAULT_ENTRIES)]
        entries: usize,
        /// Where to write the benchmark.
        #[arg(short, long)]
        output: PathBuf,
        /// Questionnaire whose dimensions get scores (default: the bundled one).
        #[arg(long, short)]
        questionnaire: Option<PathBuf>,
    },
}

/// A peer-group choice on the command line: the town's own value, any, or a given one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Choice<T> {
    /// The town's own value.
    Own,
    /// Any value.
    All,
    /// This value.
    Given(T),
}

impl<T: Copy> Choice<T> {
    fn resolve(self, own: T) -> Option<T> {
        match self {
            Choice::Own => Some(own),
            Choice::All => None,
            Choice::Given(value) => Some(value),
        }
    }
}

/// Values that can be named on the command line by their file name (e.g. `From10kTo20k`).
pub trait Named: Copy + std::fmt::Debug + 'static {
    /// Every value.
    fn all() -> &'static [Self];
}

impl Named for SizeClass {
    fn all() -> &'static [Self] {
        &SizeClass::ALL
    }
}

impl Named for FederalState {
    fn all() -> &'static [Self] {
        &FederalState::ALL
    }
}

impl Named for BodyKind {
    fn all() -> &'static [Self] {
        &BodyKind::ALL
    }
}

/// Parses `own`, `all` or a value's file name (case-insensitive).
pub fn parse_choice<T: Named>(text: &str) -> Result<Choice<T>, String> {
    match text.to_ascii_lowercase().as_str() {
        "own" | "eigen" | "eigene" => return Ok(Choice::Own),
        "all" | "alle" => return Ok(Choice::All),
        _ => {}
    }
    T::all()
        .iter()
        .find(|v| format!("{v:?}").eq_ignore_ascii_case(text))
        .map(|v| Choice::Given(*v))
        .ok_or_else(|| {
            let names: Vec<String> = T::all().iter().map(|v| format!("{v:?}")).collect();
            format!("erlaubt sind own, all, {}", names.join(", "))
        })
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
            benchmark,
            size_class,
            state,
            kind,
            compare,
        } => run_score(
            &assessment,
            json,
            questionnaire.as_deref(),
            lang.into(),
            benchmark.as_deref().map(|b| (b, (size_class, state, kind))),
            &compare,
        ),
        Command::Report {
            assessment,
            output,
            benchmark,
            questionnaire,
            lang,
            compare,
        } => run_report(
            &assessment,
            &output,
            benchmark.as_deref(),
            questionnaire.as_deref(),
            lang.into(),
            &compare,
        ),
        Command::Example { output } => run_example(&output),
        Command::AutosaveDrill {
            assessment,
            questionnaire,
            pause_ms,
            max_seconds,
        } => run_autosave_drill(&assessment, questionnaire.as_deref(), pause_ms, max_seconds),
        Command::Benchmark { action } => match action {
            BenchmarkCommand::Contribute {
                assessment,
                output,
                questionnaire,
            } => run_contribute(&assessment, &output, questionnaire.as_deref()),
            BenchmarkCommand::Merge {
                files,
                output,
                source,
                network,
                questionnaire,
            } => return run_merge(&files, &output, source, network, questionnaire.as_deref()),
            BenchmarkCommand::Generate {
                seed,
                entries,
                output,
                questionnaire,
            } => run_generate(seed, entries, &output, questionnaire.as_deref()),
        },
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
            format!(
                "Die Werte gehören zu Version {} des Fragebogens „{}“; aktuell ist Version {}. \
                 Für den Vergleich mit Bewertungen nach Version {} ist die Datei nicht nutzbar.",
                reference.version, q.id, q.version, q.version
            ),
        )],
        None => vec![Problem::error(
            location,
            format!(
                "Der Fragebogen „{}“ ist nicht bekannt; bitte mit --questionnaire DATEI angeben.",
                reference.id
            ),
        )],
    }
}

/// The peer-group flags of `score`: size class, state, kind.
type GroupChoice = (Choice<SizeClass>, Choice<FederalState>, Choice<BodyKind>);

/// The peer group the `score` flags select for `assessment`.
pub fn chosen_group(assessment: &Assessment, choice: GroupChoice) -> PeerGroup {
    let profile = &assessment.profile;
    PeerGroup {
        size_class: choice.0.resolve(profile.size_class()),
        state: choice.1.resolve(profile.state),
        kind: choice.2.resolve(profile.kind),
        neighbouring_sizes: false,
    }
}

/// A linked earlier assessment given with `--compare` could not be used.
#[derive(Debug, thiserror::Error)]
#[error("Nicht alle mit --compare angegebenen Bewertungen konnten verwendet werden (siehe oben).")]
pub struct CompareFailed;

/// The history for `score` and `report`: the files given with `--compare`, or else the
/// earlier assessments linked in the file (`earlier`). Problems with the linked files are
/// printed to stderr; `Err` only when a file given with `--compare` could not be used
/// (the caller still prints its output first).
pub fn load_cli_history(
    path: &Path,
    questionnaire: &Questionnaire,
    assessment: &Assessment,
    compare: &[PathBuf],
) -> (Option<History>, Result<(), CompareFailed>) {
    let explicit = !compare.is_empty();
    if !explicit && assessment.earlier.is_empty() {
        return (None, Ok(()));
    }
    let history = if explicit {
        load_history(questionnaire, assessment, Some(path), compare)
    } else {
        history_from_links(questionnaire, assessment, Some(path))
    };
    for note in &history.notes {
        eprintln!("{}", note.line());
    }
    let failed = explicit && history.notes.iter().any(|n| n.is_error());
    let result = if failed { Err(CompareFailed) } else { Ok(()) };
    (history.has_earlier().then_some(history), result)
}

fn run_score(
    path: &Path,
    json: bool,
    questionnaire: Option<&Path>,
    lang: Lang,
    benchmark: Option<(&Path, GroupChoice)>,
    compare: &[PathBuf],
) -> anyhow::Result<()> {
    let (questionnaire, assessment) = load_scored_assessment(path, questionnaire)?;
    let scores = score(&questionnaire, &assessment);
    let (history, compared) = load_cli_history(path, &questionnaire, &assessment, compare);
    let peers = match benchmark {
        None => None,
        Some((file, choice)) => {
            let benchmark = load_benchmark_for(file, &questionnaire)?;
            // The default flags take the file's default group: a network's whole network.
            let group = if choice == (Choice::Own, Choice::All, Choice::Own) {
                PeerGroup::default_for_benchmark(&assessment.profile, &benchmark)
            } else {
                chosen_group(&assessment, choice)
            };
            let own = crate::benchmark::token::token_of(&assessment);
            let comparison = benchmark.compare_own(group, &scores, own);
            let widen = (!comparison.is_shown())
                .then(|| benchmark.suggest_widening(group))
                .flatten();
            Some((comparison, widen))
        }
    };
    let output = if json {
        let value = scores_json_with_peers(
            &questionnaire,
            &scores,
            peers.as_ref().map(|(c, _)| c),
            lang,
        );
        let value = match &history {
            Some(history) => with_history_json(value, &questionnaire, history),
            None => value,
        };
        let mut text = serde_json::to_string_pretty(&value)?;
        text.push('\n');
        text
    } else {
        let mut table = scores_table(&questionnaire, &assessment, &scores, peers.as_ref(), lang);
        if let Some((comparison, _)) = &peers {
            table += &format!("\n{}\n", comparison.source_label(lang));
        }
        if let Some(history) = &history {
            table += &history_table(&questionnaire, history, lang);
        }
        table
    };
    std::io::stdout().write_all(output.as_bytes())?;
    compared?;
    Ok(())
}

/// A change of score as text: „+3,8“, „−2,1“, „±0,0“; „–“ when missing.
pub fn format_change(change: Option<f64>, lang: Lang) -> String {
    match change.map(round1) {
        None => "–".into(),
        Some(0.0) => format!("±{}", format_score(Some(0.0), lang)),
        Some(c) if c > 0.0 => format!("+{}", format_score(Some(c), lang)),
        Some(c) => format!("−{}", format_score(Some(-c), lang)),
    }
}

/// Column headings for the history's points: the year, or the date where two points
/// share a year.
pub fn history_labels(history: &History) -> Vec<String> {
    history
        .points
        .iter()
        .map(|p| {
            let shared = history
                .points
                .iter()
                .filter(|o| o.date.year == p.date.year)
                .count()
                > 1;
            if shared {
                p.date.german()
            } else {
                p.date.year.to_string()
            }
        })
        .collect()
}

/// Adds the history to a `score --json` object: per dimension `"history"` (every
/// assessment's year, date and score, oldest first) and `"change"`; at the top
/// `"history"` with the baseline, the overall change and the questions that moved.
pub fn with_history_json(
    mut value: serde_json::Value,
    questionnaire: &Questionnaire,
    history: &History,
) -> serde_json::Value {
    let series = |scores: &[Option<f64>]| -> Vec<serde_json::Value> {
        history
            .points
            .iter()
            .zip(scores)
            .map(|(p, s)| {
                serde_json::json!({
                    "year": p.date.year,
                    "date": p.date.to_string(),
                    "score": s.map(round1),
                })
            })
            .collect()
    };
    if let Some(dimensions) = value["dimensions"].as_array_mut() {
        for dimension in dimensions {
            let id = dimension["id"].as_str().unwrap_or_default().to_string();
            if let Some(h) = history.dimension(&id) {
                dimension["history"] = serde_json::Value::Array(series(&h.scores));
                dimension["change"] = serde_json::json!(h.change.map(round1));
            }
        }
    }
    let overall: Vec<Option<f64>> = history.points.iter().map(|p| p.overall).collect();
    let baseline = history.baseline_point();
    value["history"] = serde_json::json!({
        "since": baseline.map(|p| p.date.year),
        "since_date": baseline.map(|p| p.date.to_string()),
        "overall": series(&overall),
        "overall_change": history.overall_change.map(round1),
        "moved": history.moved.iter().map(|m| serde_json::json!({
            "id": m.question_id,
            "code": m.code,
            "dimension": m.dimension_id,
            "from": m.from,
            "to": m.to,
        })).collect::<Vec<_>>(),
        "unmatched": history.points.iter().filter(|p| !p.unmatched.is_empty()).map(|p| serde_json::json!({
            "date": p.date.to_string(),
            "questions": p.unmatched,
        })).collect::<Vec<_>>(),
        "questionnaire_version": questionnaire.version,
    });
    value
}

/// The `score` block on the change since the latest earlier assessment.
pub fn history_table(questionnaire: &Questionnaire, history: &History, lang: Lang) -> String {
    let de = lang == Lang::De;
    let Some(base) = history.baseline_point() else {
        return String::new();
    };
    let mut out = if de {
        format!(
            "\nVeränderung seit {} (Bewertung vom {}):\n",
            base.date.year,
            base.date.german()
        )
    } else {
        format!(
            "\nChange since {} (assessment of {}):\n",
            base.date.year, base.date
        )
    };
    let labels = history_labels(history);
    let width = history
        .dimensions
        .iter()
        .map(|d| d.name.get(lang).chars().count())
        .max()
        .unwrap_or(10)
        .max(12);
    let col = labels
        .iter()
        .map(|l| l.chars().count())
        .max()
        .unwrap_or(4)
        .max(6);
    let mut header = format!("{:<width$}", "Dimension");
    for label in &labels {
        header += &format!("  {label:>col$}");
    }
    header += &format!("  {:>7}\n", "Δ");
    out += &header;
    let row = |name: &str, scores: &[Option<f64>], change: Option<f64>| {
        let mut line = format!("{name:<width$}");
        for s in scores {
            line += &format!("  {:>col$}", format_score(*s, lang));
        }
        line + &format!("  {:>7}\n", format_change(change, lang))
    };
    for d in &history.dimensions {
        out += &row(d.name.get(lang), &d.scores, d.change);
    }
    let overall: Vec<Option<f64>> = history.points.iter().map(|p| p.overall).collect();
    out += &row(
        if de { "Gesamt" } else { "Overall" },
        &overall,
        history.overall_change,
    );
    for (up, title) in [
        (true, if de { "Gestiegen" } else { "Moved up" }),
        (false, if de { "Gesunken" } else { "Moved down" }),
    ] {
        let moved: Vec<_> = history.moved.iter().filter(|m| m.is_up() == up).collect();
        if moved.is_empty() {
            continue;
        }
        out += &format!("\n{title}:\n");
        for m in moved {
            let text = questionnaire
                .question(&m.question_id)
                .map(|(_, q)| q.text.get(lang).to_string())
                .unwrap_or_default();
            let text = shorten(&text, 70);
            out += &format!(
                "  {:<5} {} {} → {}  {text}\n",
                m.code,
                if de { "Stufe" } else { "level" },
                m.from,
                m.to
            );
        }
    }
    out
}

/// `text` cut to at most `max` characters, with „…“ where it was cut.
fn shorten(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        text.to_string()
    } else {
        let cut: String = text.chars().take(max.saturating_sub(1)).collect();
        format!("{}…", cut.trim_end())
    }
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
    scores_json_with_peers(questionnaire, scores, None, lang)
}

/// The `score --json` object; with a comparison, each dimension gains `"peers"` (an
/// object, or `null` where the group has fewer than [`MIN_GROUP_SIZE`] peers) and the
/// object gains `"peer_group"`.
pub fn scores_json_with_peers(
    questionnaire: &Questionnaire,
    scores: &Scores,
    peers: Option<&PeerComparison>,
    lang: Lang,
) -> serde_json::Value {
    let mut value = plain_scores_json(questionnaire, scores, lang);
    let Some(comparison) = peers else {
        return value;
    };
    if let Some(dimensions) = value["dimensions"].as_array_mut() {
        for dimension in dimensions {
            let id = dimension["id"].as_str().unwrap_or_default().to_string();
            dimension["peers"] = match comparison.dimension(&id) {
                None => serde_json::Value::Null,
                Some(p) => serde_json::json!({
                    "n": p.n,
                    "median": round1(p.median),
                    "p25": round1(p.p25),
                    "p75": round1(p.p75),
                    "p10": round1(p.p10),
                    "p90": round1(p.p90),
                    "percentile": p.percentile.map(round1),
                    "source": comparison.source,
                    "synthetic": comparison.synthetic,
                }),
            };
        }
    }
    value["peer_group"] = serde_json::json!({
        "description": comparison.group.describe(lang),
        "n": comparison.group_size,
        "shown": comparison.is_shown(),
        "source": comparison.source,
        "synthetic": comparison.synthetic,
    });
    value
}

fn plain_scores_json(
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
            // Rounded like the JSON and contribution figures, so 56.25 is 56,3 everywhere.
            let text = format!("{:.1}", round1(s));
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
    peers: Option<&(PeerComparison, Option<crate::benchmark::WidenOption>)>,
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
    let comparison = peers.map(|(c, _)| c).filter(|c| c.is_shown());
    // With peers, the stage column is padded so that the peer columns line up.
    let stage_width = if comparison.is_some() {
        scores
            .dimensions
            .iter()
            .map(|d| stage_name(d.stage).chars().count() + 2)
            .max()
            .unwrap_or(5)
            .max(7)
    } else {
        0
    };
    let peer_header = if comparison.is_some() {
        let h = if de {
            ("Median", "Mitte 50 %", "besser als")
        } else {
            ("Median", "Middle 50 %", "better than")
        };
        format!("  {:>6}  {:>11}  {:>11}", h.0, h.1, h.2)
    } else {
        String::new()
    };
    out += &format!(
        "{:<width$}  {:>6}  {:>9}  {:>11}  {:<stage_width$}{peer_header}\n",
        header.0, header.1, header.2, header.3, header.4
    );
    for d in &scores.dimensions {
        let warn = if d.low_coverage() { " !" } else { "" };
        let stage = format!("{}{warn}", stage_name(d.stage));
        let peer_columns = match comparison {
            None => String::new(),
            Some(c) => match c.dimension(&d.id) {
                None => format!("  {:>6}  {:>11}  {:>11}", "–", "–", "–"),
                Some(p) => format!(
                    "  {:>6}  {:>11}  {:>11}",
                    format_score(Some(p.median), lang),
                    format!(
                        "{}–{}",
                        format_score(Some(p.p25), lang),
                        format_score(Some(p.p75), lang)
                    ),
                    p.percentile
                        .map(|x| format!("{x:.0} %"))
                        .unwrap_or_else(|| "–".into()),
                ),
            },
        };
        out += &format!(
            "{:<width$}  {:>6}  {:>7.0} %  {:>11}  {stage:<stage_width$}{peer_columns}\n",
            d.name.get(lang),
            format_score(d.score, lang),
            d.coverage * 100.0,
            format!("{}/{}", d.answered, d.total),
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
    if let Some((c, widen)) = peers {
        out += &peer_lines(c, widen.as_ref(), lang);
    }
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
    compare: &[PathBuf],
) -> anyhow::Result<()> {
    let (questionnaire, assessment) = load_scored_assessment(path, questionnaire)?;
    let scores = score(&questionnaire, &assessment);
    let (history, compared) = load_cli_history(path, &questionnaire, &assessment, compare);
    compared?;
    let peers = match benchmark {
        Some(file) => Some(load_peers(file, &questionnaire, &assessment, &scores)?),
        None => None,
    };
    let input = crate::report::ReportInput {
        questionnaire: &questionnaire,
        assessment: &assessment,
        scores: &scores,
        peers: peers.as_ref(),
        history: history.as_ref(),
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

/// Loads the peer comparison for the report from a benchmark file: the town's default
/// peer group (the whole network for a network's file, else own size class and kind,
/// all states), without the town's own entry; groups under 5 show no figures.
pub fn load_peers(
    path: &Path,
    questionnaire: &Questionnaire,
    assessment: &Assessment,
    scores: &Scores,
) -> anyhow::Result<crate::benchmark::PeerComparison> {
    let benchmark = load_benchmark_for(path, questionnaire)?;
    let group = PeerGroup::default_for_benchmark(&assessment.profile, &benchmark);
    let own_token = crate::benchmark::token::token_of(assessment);
    Ok(benchmark.compare_own(group, scores, own_token))
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

/// Peak resident memory of this process in KB (`VmHWM`, Linux only). With the environment
/// variable `REIFEGRAD_PEAK_MEMORY` set, subcommands print it on stderr when done and the
/// `--startup-probe` prints it after the first frame (for the benchmark suite).
pub fn peak_memory_kb() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
}

/// The comment the autosave drill writes on the first question: `drill N`.
pub const DRILL_COMMENT_PREFIX: &str = "drill ";

/// The autosave drill (see [`Command::AutosaveDrill`]): change `N` sets the first
/// question's comment to `drill N` and some question's level; the real
/// [`crate::session::Session`] autosave writes; `saved N` on stdout follows each save.
fn run_autosave_drill(
    path: &Path,
    questionnaire: Option<&Path>,
    pause_ms: u64,
    max_seconds: u64,
) -> anyhow::Result<()> {
    use crate::model::Response;
    use crate::session::Session;
    use std::time::{Duration, Instant};
    let (questionnaire, assessment) = load_scored_assessment(path, questionnaire)?;
    let ids: Vec<String> = questionnaire
        .questions()
        .map(|(_, q)| q.id.clone())
        .collect();
    let Some(first) = ids.first().cloned() else {
        anyhow::bail!("Der Fragebogen hat keine Fragen.");
    };
    let mut session = Session::for_file(assessment, path.to_path_buf());
    let mut stdout = std::io::stdout();
    writeln!(stdout, "ready")?;
    stdout.flush()?;
    let started = Instant::now();
    let mut seq: u64 = 0;
    while started.elapsed() < Duration::from_secs(max_seconds) {
        seq += 1;
        let now = Instant::now();
        let question = &ids[(seq as usize) % ids.len()];
        session.set_response(question, Some(Response::Level((seq % 5) as u8)), now);
        session.set_comment(&first, format!("{DRILL_COMMENT_PREFIX}{seq}"), now);
        if let Some(result) = session.autosave_if_due(Instant::now()) {
            result?;
            writeln!(stdout, "saved {seq}")?;
            stdout.flush()?;
        }
        std::thread::sleep(Duration::from_millis(pause_ms));
    }
    Ok(())
}

/// The lines under the table that name the peer group, or say why it is not shown.
fn peer_lines(
    c: &PeerComparison,
    widen: Option<&crate::benchmark::WidenOption>,
    lang: Lang,
) -> String {
    let de = lang == Lang::De;
    let mut out = String::new();
    let group = c.group_label(lang);
    if c.is_shown() {
        out += &if de {
            format!(
                "\nVergleichsgruppe: {group}; verglichen mit {} Kommunen.\n",
                c.group_size
            )
        } else {
            format!(
                "\nPeer group: {group}; compared with {} municipalities.\n",
                c.group_size
            )
        };
        if let Some(note) = c.own_excluded_note(lang) {
            out += note;
            out += "\n";
        }
        if c.dimensions.values().any(Option::is_none) {
            out += if de {
                "– : weniger als 5 Vergleichswerte, daher nicht gezeigt.\n"
            } else {
                "– : fewer than 5 peer values, therefore not shown.\n"
            };
        }
    } else {
        out += &if de {
            format!(
                "\nVergleichsgruppe {group}: nur {} Kommunen. Gruppen mit weniger als \
                 {MIN_GROUP_SIZE} Kommunen werden zum Schutz der Beteiligten nicht gezeigt.\n",
                c.group_size
            )
        } else {
            format!(
                "\nPeer group {group}: only {} municipalities. Groups with fewer than \
                 {MIN_GROUP_SIZE} are not shown, to protect those taking part.\n",
                c.group_size
            )
        };
        if let Some(w) = widen {
            let flags = widen_flags(&c.group, &w.group);
            out += &if de {
                format!(
                    "Vorschlag: {} ({} Kommunen){flags}.\n",
                    w.change, w.group_size
                )
            } else {
                format!(
                    "Suggestion: {} ({} municipalities){flags}.\n",
                    w.change, w.group_size
                )
            };
        }
    }
    out
}

/// The `score` flags that select `wider` (where the command line can express it).
fn widen_flags(from: &PeerGroup, wider: &PeerGroup) -> String {
    let mut flags = Vec::new();
    if from.kind.is_some() && wider.kind.is_none() {
        flags.push("--kind all");
    }
    if from.state.is_some() && wider.state.is_none() {
        flags.push("--state all");
    }
    if from.size_class.is_some() && wider.size_class.is_none() {
        flags.push("--size-class all");
    }
    if flags.is_empty() || wider.neighbouring_sizes {
        String::new()
    } else {
        format!(": {}", flags.join(" "))
    }
}

fn file_error(path: &Path, message: String) -> FileError {
    FileError::single(path, Problem::error(None, message))
}

fn run_contribute(
    assessment_path: &Path,
    output: &Path,
    questionnaire: Option<&Path>,
) -> anyhow::Result<()> {
    let (questionnaire, mut assessment) = load_scored_assessment(assessment_path, questionnaire)?;
    let scores = score(&questionnaire, &assessment);
    // The token stays in the assessment so that its own entry is left out of its peers.
    if crate::benchmark::token::ensure_contribution_token(&mut assessment) {
        match crate::storage::save_assessment(assessment_path, &assessment) {
            Ok(()) => eprintln!(
                "{}: Kennzeichen des Beitrags in der Bewertung gespeichert (damit der eigene \
                 Eintrag beim Vergleich nicht mitzählt).",
                assessment_path.display()
            ),
            Err(error) => eprintln!(
                "{error}\nHinweis: Das Kennzeichen des Beitrags konnte nicht in der Bewertung \
                 gespeichert werden; der eigene Eintrag zählt dann beim Vergleich mit."
            ),
        }
    }
    let contribution = crate::benchmark::file::write_contribution(output, &assessment, &scores)?;
    let e = &contribution.entry;
    eprintln!(
        "Anonymisierter Beitrag geschrieben: {} ({}, {}, {}, {}, {} Punktwerte; ohne Name, \
         Einwohnerzahl, Kommentare und Beteiligte).",
        output.display(),
        e.size_class.label(Lang::De),
        e.state.map_or("alle Länder", |s| s.name()),
        e.kind.map_or("alle Arten", |k| k.name(Lang::De)),
        e.year,
        e.scores.len()
    );
    Ok(())
}

/// What `benchmark merge` did, for its report.
#[derive(Debug, Default)]
struct MergeCounts {
    benchmarks: usize,
    contributions: usize,
    refused: usize,
    duplicates: usize,
}

fn run_merge(
    files: &[PathBuf],
    output: &Path,
    source: Option<String>,
    network: Option<String>,
    questionnaire: Option<&Path>,
) -> ExitCode {
    match merge(files, output, source, network, questionnaire) {
        Ok(counts) if counts.refused == 0 => ExitCode::SUCCESS,
        Ok(_) => ExitCode::from(BAD_INPUT),
        Err(error) => {
            eprintln!("{error}");
            ExitCode::from(BAD_INPUT)
        }
    }
}

fn merge(
    files: &[PathBuf],
    output: &Path,
    source: Option<String>,
    network: Option<String>,
    questionnaire_arg: Option<&Path>,
) -> Result<MergeCounts, FileError> {
    let questionnaire = load_questionnaire_arg(questionnaire_arg)?;
    let mut counts = MergeCounts::default();
    let mut entries: Vec<Entry> = Vec::new();
    let mut synthetic_files: Vec<&Path> = Vec::new();
    let mut real_files: Vec<&Path> = Vec::new();
    for path in files {
        let read = read_merge_input(path, &questionnaire);
        match read {
            Ok((kind, file_entries, synthetic)) => {
                match kind {
                    FileKind::Benchmark => counts.benchmarks += 1,
                    _ => counts.contributions += 1,
                }
                if synthetic {
                    synthetic_files.push(path);
                } else {
                    real_files.push(path);
                }
                entries.extend(file_entries);
            }
            Err(error) => {
                eprintln!("{error}");
                eprintln!(
                    "{}: Hinweis: Diese Datei wird nicht übernommen.",
                    path.display()
                );
                counts.refused += 1;
            }
        }
    }
    if !synthetic_files.is_empty() && !real_files.is_empty() {
        return Err(file_error(
            synthetic_files[0],
            "Synthetische Beispieldaten und echte Beiträge werden nicht gemischt: das \
             Ergebnis wäre weder das eine noch das andere. Bitte nur echte Beiträge und \
             Vergleichsdateien zusammenführen."
                .into(),
        ));
    }
    let synthetic = !synthetic_files.is_empty();

    let files_used = counts.benchmarks + counts.contributions;
    let read = format!(
        "Gelesen: {} und {}; abgelehnt: {}.",
        counted(counts.benchmarks, "Vergleichsdatei", "Vergleichsdateien"),
        counted(counts.contributions, "Beitrag", "Beiträge"),
        counted(counts.refused, "Datei", "Dateien"),
    );
    let settings = crate::benchmark::generalise::MergeSettings {
        synthetic,
        source,
        network,
        files: files_used,
        questionnaire: QuestionnaireRef {
            id: questionnaire.id.clone(),
            version: questionnaire.version.clone(),
        },
    };
    let (benchmark, pooled) = crate::benchmark::generalise::merged_benchmark(entries, settings)
        .map_err(|too_few| file_error(output, format!("{} {read}", too_few.message())))?;
    counts.duplicates = pooled.duplicates;
    let report = format!("{read} {}", pooled.report());
    let text = benchmark_to_ron(&benchmark)
        .map_err(|e| file_error(output, format!("Interner Fehler beim Schreiben: {e}")))?;
    // Check what we are about to write, e.g. an over-long --source.
    parse_benchmark(output, &text)?;
    write_text_atomic(output, &text)?;
    eprintln!(
        "Vergleichsdatei geschrieben: {} mit {} Einträgen. {report}",
        output.display(),
        benchmark.entries.len()
    );
    if synthetic {
        eprintln!(
            "Hinweis: {}",
            source_label(&benchmark.source, true, Lang::De)
        );
    }
    Ok(counts)
}

/// „1 Eintrag“, „2 Einträge“.
fn counted(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// „ein Fragebogen“, „eine Bewertung“ …
fn with_article(kind: FileKind) -> String {
    let article = match kind {
        FileKind::Questionnaire | FileKind::Contribution => "ein",
        FileKind::Assessment | FileKind::Benchmark => "eine",
    };
    format!("{article} {}", kind.german_name())
}

/// Reads one input of `merge`: its kind, entries and synthetic flag.
fn read_merge_input(
    path: &Path,
    questionnaire: &Questionnaire,
) -> Result<(FileKind, Vec<Entry>, bool), FileError> {
    let text = read_text(path)?;
    let kind = sniff_kind(&text).map_err(|p| FileError::single(path, p))?;
    let (reference, entries, synthetic) = match kind {
        FileKind::Benchmark => {
            let b = parse_benchmark(path, &text)?;
            (b.questionnaire, b.entries, b.synthetic)
        }
        FileKind::Contribution => {
            let c = parse_contribution(path, &text)?;
            (c.questionnaire, vec![c.entry], false)
        }
        other => {
            return Err(FileError::single(
                path,
                Problem::error(
                    crate::files::locate_token(&text, other.struct_name(), 0),
                    format!(
                        "Das ist {}; zusammenführen lassen sich nur Vergleichsbeiträge und \
                         Vergleichsdateien. Einen Beitrag schreibt „reifegrad benchmark \
                         contribute BEWERTUNG -o DATEI“.",
                        with_article(other)
                    ),
                ),
            ));
        }
    };
    let problems = check_fits(&reference, entries.iter(), questionnaire, &text);
    if !problems.is_empty() {
        return Err(FileError {
            path: path.to_path_buf(),
            problems,
        });
    }
    Ok((kind, entries, synthetic))
}

fn run_generate(
    seed: u64,
    entries: usize,
    output: &Path,
    questionnaire: Option<&Path>,
) -> anyhow::Result<()> {
    let questionnaire = load_questionnaire_arg(questionnaire)?;
    if !(1..=crate::benchmark::file::MAX_GENERATED_ENTRIES).contains(&entries) {
        return Err(file_error(
            output,
            format!(
                "--entries muss zwischen 1 und {} liegen.",
                crate::benchmark::file::MAX_GENERATED_ENTRIES
            ),
        )
        .into());
    }
    let benchmark = generate(&questionnaire, seed, entries);
    let text = benchmark_to_ron(&benchmark)
        .map_err(|e| file_error(output, format!("Interner Fehler beim Schreiben: {e}")))?;
    write_text_atomic(output, &text)?;
    eprintln!(
        "Synthetische Vergleichsdatei geschrieben: {} ({} Einträge, Startwert {seed}). \
         Synthetische Beispieldaten – keine echten Kommunen.",
        output.display(),
        benchmark.entries.len()
    );
    Ok(())
}
