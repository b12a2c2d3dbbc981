//! The clap definitions: the command line's arguments and their small value types.

use crate::benchmark::synthetic::{DEFAULT_ENTRIES, DEFAULT_SEED};
use crate::model::{BodyKind, FederalState, SizeClass};
use crate::text::Lang;
use crate::tr;
use clap::{Parser, Subcommand};
use std::path::PathBuf;

/// Reifegrad – digital maturity of towns and municipalities.
#[derive(Debug, Parser)]
#[command(name = "reifegrad", bin_name = "reifegrad", version, about, long_about = None)]
pub struct Cli {
    /// An assessment file to open in the app.
    pub file: Option<PathBuf>,
    /// Measure start-up: print the time to the first painted frame and quit (benchmarks).
    #[arg(long, hide = true)]
    pub startup_probe: bool,
    /// Language of messages, tables and reports [default: from LC_ALL, LC_MESSAGES or
    /// LANG: English where it starts with "en", German otherwise].
    #[arg(long, value_enum, global = true)]
    pub lang: Option<LangArg>,
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
        /// The assessment, the PDF to write, peers and questionnaire.
        #[command(flatten)]
        files: OutputArgs,
        /// Earlier assessments of the same town for the section on what changed (without
        /// it, the earlier assessments linked in the file are used).
        #[arg(long, num_args = 1.., value_name = "EARLIER")]
        compare: Vec<PathBuf>,
    },
    /// Write the assessment as a spreadsheet: ODS, XLSX (answers, results, measures,
    /// info) or CSV (the answers only), chosen by the output's extension.
    Export {
        /// The assessment, the file to write (FILE.ods, FILE.xlsx or FILE.csv), peers and
        /// questionnaire.
        #[command(flatten)]
        files: OutputArgs,
        /// Leave out the names of workshop participants and of those taking part.
        #[arg(long)]
        without_names: bool,
    },
    /// Anonymous staff survey: make the kit, import answers and paper tallies, show the
    /// comparison with the officer's rating.
    Survey {
        /// What to do.
        #[command(subcommand)]
        action: SurveyCommand,
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

/// What `report` and `export` read and write: an assessment (with its questionnaire and,
/// optionally, peers to compare with) and the file made from it.
#[derive(Debug, clap::Args)]
pub struct OutputArgs {
    /// The assessment file.
    pub assessment: PathBuf,
    /// Where to write it: FILE.pdf for `report`; FILE.ods, FILE.xlsx or FILE.csv for
    /// `export`.
    #[arg(short, long)]
    pub output: PathBuf,
    /// Benchmark file with anonymised peers to compare with.
    #[arg(long)]
    pub benchmark: Option<PathBuf>,
    /// Questionnaire the assessment belongs to (default: the bundled one).
    #[arg(long, short)]
    pub questionnaire: Option<PathBuf>,
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
        #[arg(long, default_value_t = DEFAULT_SEED, value_parser = parse_whole_number::<u64>)]
        seed: u64,
        /// Number of entries: each body of the municipal directory at most once (at most
        /// 5,570); the default is 10 % of them, the bundled file's.
        #[arg(long, default_value_t = DEFAULT_ENTRIES, value_parser = parse_whole_number::<usize>)]
        entries: usize,
        /// Where to write the benchmark.
        #[arg(short, long)]
        output: PathBuf,
        /// Questionnaire whose dimensions get scores (default: the bundled one).
        #[arg(long, short)]
        questionnaire: Option<PathBuf>,
    },
}

/// The `survey` subcommands.
#[derive(Debug, Subcommand)]
pub enum SurveyCommand {
    /// Put a new survey into the assessment and write its kit: the HTML form, the
    /// printable form with its tally sheet (PDF) and an empty tally file.
    Kit {
        /// The assessment file (the survey is saved in it).
        assessment: PathBuf,
        /// Folder for the kit's files.
        #[arg(short, long)]
        output: PathBuf,
        /// A question to ask (repeat; at most 15; default: the first 15 of culture and
        /// resources).
        #[arg(long = "question", value_name = "ID")]
        questions: Vec<String>,
        /// A group staff may name, e.g. a department (repeat; optional).
        #[arg(long = "group", value_name = "NAME")]
        groups: Vec<String>,
        /// Replace a survey that already has answers (its counts are lost).
        #[arg(long)]
        replace: bool,
        /// Questionnaire the assessment belongs to (default: the bundled one).
        #[arg(long, short)]
        questionnaire: Option<PathBuf>,
    },
    /// Count answer files and codes; each counts once, foreign or broken ones are
    /// refused with the reason and the others still count.
    Import {
        /// The assessment file with the survey.
        assessment: PathBuf,
        /// Answer files saved by the HTML form.
        files: Vec<PathBuf>,
        /// A code shown by the HTML form (repeat).
        #[arg(long = "code", value_name = "CODE")]
        codes: Vec<String>,
        /// Questionnaire the assessment belongs to (default: the bundled one).
        #[arg(long, short)]
        questionnaire: Option<PathBuf>,
    },
    /// Count tally files typed in from the tally sheet of paper forms.
    Tally {
        /// The assessment file with the survey.
        assessment: PathBuf,
        /// Tally files (StaffTally, see docs/file-formats.md).
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// Questionnaire the assessment belongs to (default: the bundled one).
        #[arg(long, short)]
        questionnaire: Option<PathBuf>,
    },
    /// Print the officer's level beside the staff's answers, the largest gap first.
    Show {
        /// The assessment file with the survey.
        assessment: PathBuf,
        /// Print one JSON object instead of text.
        #[arg(long)]
        json: bool,
        /// Questionnaire the assessment belongs to (default: the bundled one).
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
    /// The value this choice selects for a town whose own value is `own` (`None`: any).
    pub(crate) fn resolve(self, own: T) -> Option<T> {
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
            tr!(
                language_of_process(),
                "cli-choices",
                names = names.join(", ")
            )
        })
}

/// Parses a whole number, with the reason worded in the user's language.
pub fn parse_whole_number<T: std::str::FromStr>(text: &str) -> Result<T, String> {
    text.trim()
        .parse()
        .map_err(|_| tr!(language_of_process(), "cli-whole-number").to_string())
}

/// The language of this run's output, from its arguments and the locale (for value
/// parsers, which clap gives no other context).
fn language_of_process() -> Lang {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    language_of(&args)
}

/// The language of the help and of the output: `--lang de|en` (or `--lang=…`) among
/// `args`, else the locale (see [`output_language`]).
pub fn language_of(args: &[std::ffi::OsString]) -> Lang {
    let mut given = None;
    let mut args = args.iter().filter_map(|arg| arg.to_str());
    while let Some(arg) = args.next() {
        let value = match arg.strip_prefix("--lang") {
            Some("") => args.next(),
            Some(rest) => rest.strip_prefix('='),
            None => None,
        };
        given = match value {
            Some("de") => Some(LangArg::De),
            Some("en") => Some(LangArg::En),
            _ => given,
        };
    }
    output_language(given)
}

/// Language choice on the command line.
#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum LangArg {
    /// German.
    De,
    /// English.
    En,
}

/// The language of the command line's output: `--lang`, else the first of `LC_ALL`,
/// `LC_MESSAGES` and `LANG` that is set (English where it starts with `en`, German for
/// any other value), else German.
pub fn output_language(arg: Option<LangArg>) -> Lang {
    if let Some(arg) = arg {
        return arg.into();
    }
    let locale = ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|name| std::env::var(name).ok())
        .find(|value| !value.is_empty());
    locale.map_or_else(Lang::default, |value| Lang::from_locale(&value))
}

impl From<LangArg> for Lang {
    fn from(arg: LangArg) -> Self {
        match arg {
            LangArg::De => Lang::De,
            LangArg::En => Lang::En,
        }
    }
}
