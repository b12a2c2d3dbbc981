//! Benchmark and contribution files: anonymised entries (size class, federal state, kind
//! of body, year, dimension scores) and nothing else — no names, no free text per entry,
//! no exact population.
//!
//! ```ron
//! Benchmark(
//!     format_version: 1,
//!     source: "Netzwerk Mittelhessen, 2026",
//!     synthetic: false,
//!     questionnaire: (id: "kommunal-reifegrad", version: "1.0"),
//!     entries: [
//!         Entry(size_class: From10kTo20k, state: Hessen, kind: Stadt, year: 2026, scores: {"kultur": 55.0}),
//!         Entry(size_class: Range(From5kTo10k, From20kTo50k), state: Any, kind: Stadt, year: 2026, scores: {"kultur": 48.5}, token: "2026-…"),
//!     ],
//! )
//! ```
//!
//! A merge publishes an attribute generalised (`Any`, `Range(…, …)`, see
//! [`super::attrs`] and [`super::pool`]) where the exact one would occur fewer than five
//! times. A file from a network's merge also names the network:
//! `network: Some((name: "re@di", year: 2026, towns: 9))`.
//!
//! A contribution is one town's entry: `Contribution(format_version: 1, questionnaire: (…),
//! entry: Entry(…))`.

use super::attrs;
use super::token::{MAX_TOKEN_CHARS, is_valid_token};
use crate::files::{
    FileError, FileKind, Location, Problem, locate_quoted, locate_token, location_at, parse_ron,
    quoted_list, read_text,
};
use crate::model::load::expect_kind;
use crate::model::validation::is_slug;
use crate::model::{Assessment, Date, Questionnaire, QuestionnaireRef};
use crate::msg;
use crate::scoring::Scores;
use crate::text::catalogue::Message;
use serde::Deserialize;

use std::path::Path;

/// The bundled synthetic benchmark, compiled into the program.
pub const BUNDLED_BENCHMARK: &str = include_str!("../../assets/benchmark-synthetic.ron");

/// The file name shown for the bundled benchmark in messages.
pub(crate) const BUNDLED_BENCHMARK_NAME: &str = "assets/benchmark-synthetic.ron";

/// Earliest year an entry may carry.
pub(crate) const FIRST_YEAR: u16 = 2000;

/// Longest source description accepted (characters).
pub(crate) const MAX_SOURCE_CHARS: usize = 200;

/// At most this many problems are listed per file; the rest are counted.
const MAX_PROBLEMS: usize = 50;

pub use super::entries::{BENCHMARK_FORMAT_VERSION, Benchmark, Contribution, Entry, Network};

/// Writes the anonymised contribution of a scored assessment to `path` (atomically) and
/// returns it; refuses an assessment without any score.
pub(crate) fn write_contribution(
    path: &Path,
    assessment: &Assessment,
    scores: &Scores,
) -> Result<Contribution, FileError> {
    let contribution = Contribution::from_assessment(assessment, scores);
    if contribution.entry.scores.is_empty() {
        return Err(FileError::single(
            path,
            Problem::error(None, msg!("errors-contribution-no-scores")),
        ));
    }
    let text = crate::files::to_ron(&contribution).map_err(|e| {
        FileError::single(
            path,
            Problem::error(None, msg!("errors-internal-write", reason = e.to_string())),
        )
    })?;
    crate::files::storage::write_text_atomic(path, &text)?;
    Ok(contribution)
}

/// The bundled synthetic benchmark (see `docs/synthetic-benchmark.md`).
pub fn bundled_benchmark() -> Result<Benchmark, FileError> {
    parse_benchmark(Path::new(BUNDLED_BENCHMARK_NAME), BUNDLED_BENCHMARK)
}

/// Just the format version of a benchmark, read before the full parse so that a file
/// from a newer program gets a clear message instead of "unknown field".
#[derive(Deserialize)]
#[serde(rename = "Benchmark")]
struct BenchmarkProbe {
    format_version: u32,
}

/// Just the format version of a contribution (see [`BenchmarkProbe`]).
#[derive(Deserialize)]
#[serde(rename = "Contribution")]
struct ContributionProbe {
    format_version: u32,
}

fn check_format_version(path: &Path, text: &str) -> Result<(), FileError> {
    let version = parse_ron::<BenchmarkProbe>(text)
        .map(|p| p.format_version)
        .or_else(|_| parse_ron::<ContributionProbe>(text).map(|p| p.format_version));
    if let Ok(version) = version
        && (version == 0 || version > BENCHMARK_FORMAT_VERSION)
    {
        return Err(FileError::single(
            path,
            Problem::error(
                locate_token(text, "format_version", 0),
                format_version_message(version),
            ),
        ));
    }
    Ok(())
}

fn format_version_message(found: u32) -> Message {
    msg!(
        "errors-benchmark-newer-format",
        found = found,
        known = BENCHMARK_FORMAT_VERSION
    )
}

fn result_of(path: &Path, problems: Vec<Problem>) -> Result<(), FileError> {
    if problems.is_empty() {
        Ok(())
    } else {
        Err(FileError {
            path: path.to_path_buf(),
            problems,
        })
    }
}

/// Parses and checks benchmark text on its own; `path` names the file in messages.
pub fn parse_benchmark(path: &Path, text: &str) -> Result<Benchmark, FileError> {
    expect_kind(path, text, FileKind::Benchmark)?;
    // The fast path reads the entries list by hand; anything unusual, and every file
    // with a problem, goes through serde for the full message.
    // It checks each entry as it reads it, while the entry is fresh in the cache.
    let last_year = last_plausible_year();
    if let Some((benchmark, entries_plausible)) =
        super::fast::parse_inspecting(text, |e| entry_is_plausible(e, last_year))
        && (1..=BENCHMARK_FORMAT_VERSION).contains(&benchmark.format_version)
    {
        let problems = check_benchmark_parts(&benchmark, text, !entries_plausible);
        if problems.is_empty() {
            return Ok(benchmark);
        }
    }
    check_format_version(path, text)?;
    let benchmark: Benchmark =
        parse_ron(text).map_err(|problem| FileError::single(path, problem))?;
    result_of(path, check_benchmark(&benchmark, text))?;
    Ok(benchmark)
}

/// Reads, parses and checks a benchmark file.
pub fn load_benchmark(path: &Path) -> Result<Benchmark, FileError> {
    let text = read_text(path)?;
    parse_benchmark(path, &text)
}

/// Parses and checks contribution text on its own; `path` names the file in messages.
pub fn parse_contribution(path: &Path, text: &str) -> Result<Contribution, FileError> {
    expect_kind(path, text, FileKind::Contribution)?;
    check_format_version(path, text)?;
    let contribution: Contribution =
        parse_ron(text).map_err(|problem| FileError::single(path, problem))?;
    result_of(path, check_contribution(&contribution, text))?;
    Ok(contribution)
}

/// Reads, parses and checks a contribution file.
pub fn load_contribution(path: &Path) -> Result<Contribution, FileError> {
    let text = read_text(path)?;
    parse_contribution(path, &text)
}

/// Reads a benchmark and checks that it fits `questionnaire` (see [`check_fits`]).
pub fn load_benchmark_for(
    path: &Path,
    questionnaire: &Questionnaire,
) -> Result<Benchmark, FileError> {
    let text = read_text(path)?;
    let benchmark = parse_benchmark(path, &text)?;
    result_of(
        path,
        check_fits(
            &benchmark.questionnaire,
            benchmark.entries.iter(),
            questionnaire,
            &text,
        ),
    )?;
    Ok(benchmark)
}

/// Finds the `Entry(` of each entry in a file's text, once, for error positions.
struct EntryPositions<'t> {
    text: &'t str,
    offsets: Option<Vec<usize>>,
}

impl<'t> EntryPositions<'t> {
    fn new(text: &'t str) -> Self {
        Self {
            text,
            offsets: None,
        }
    }

    /// Byte range of entry `index` (from its `Entry(` to the next one).
    fn range(&mut self, index: usize) -> Option<(usize, usize)> {
        let text = self.text;
        let offsets = self.offsets.get_or_insert_with(|| {
            let start = ["entries", "entry"]
                .iter()
                .find_map(|t| text.find(&format!("{t}:")))
                .unwrap_or(0);
            text[start..]
                .match_indices("Entry(")
                .map(|(i, _)| start + i)
                .collect()
        });
        let begin = *offsets.get(index)?;
        let end = offsets.get(index + 1).copied().unwrap_or(text.len());
        Some((begin, end))
    }

    /// Where `token` first appears inside entry `index`, else the entry itself.
    fn within(&mut self, index: usize, token: &str) -> Option<Location> {
        let (begin, end) = self.range(index)?;
        let found = self.text[begin..end]
            .find(token)
            .map_or(begin, |i| begin + i);
        Some(location_at(self.text, found))
    }
}

/// Collects problems, listing at most [`MAX_PROBLEMS`] and counting the rest.
struct Problems {
    list: Vec<Problem>,
    more: usize,
}

impl Problems {
    fn push(&mut self, location: Option<Location>, message: Message) {
        if self.list.len() < MAX_PROBLEMS {
            self.list.push(Problem::error(location, message));
        } else {
            self.more += 1;
        }
    }

    fn finish(mut self) -> Vec<Problem> {
        if self.more > 0 {
            self.list.push(Problem::error(
                None,
                msg!(
                    "errors-more-problems",
                    count = self.more,
                    shown = MAX_PROBLEMS
                ),
            ));
        }
        self.list
    }
}

/// Checks a parsed benchmark on its own; `source` is its text, used to point at positions.
pub(crate) fn check_benchmark(b: &Benchmark, source: &str) -> Vec<Problem> {
    check_benchmark_parts(b, source, true)
}

/// [`check_benchmark`], with or without the checks of each entry (`entries: false` when
/// every entry is already known to pass them, see [`entry_is_plausible`]).
fn check_benchmark_parts(b: &Benchmark, source: &str, entries: bool) -> Vec<Problem> {
    let mut problems = Problems {
        list: Vec::new(),
        more: 0,
    };
    let at_start = locate_token(source, "Benchmark", 0);
    if b.format_version == 0 || b.format_version > BENCHMARK_FORMAT_VERSION {
        problems.push(
            locate_token(source, "format_version", 0).or(at_start),
            format_version_message(b.format_version),
        );
    }
    let source_loc = locate_token(source, "source", 0).or(at_start);
    if b.source.trim().is_empty() {
        problems.push(source_loc, msg!("errors-benchmark-no-source"));
    } else if b.source.chars().count() > MAX_SOURCE_CHARS {
        problems.push(
            source_loc,
            msg!("errors-benchmark-source-too-long", max = MAX_SOURCE_CHARS),
        );
    }
    check_questionnaire_ref(&b.questionnaire, source, &mut problems);
    if let Some(network) = &b.network
        && network.name.chars().count() > MAX_SOURCE_CHARS
    {
        problems.push(
            locate_token(source, "network", 0),
            msg!("errors-benchmark-network-too-long", max = MAX_SOURCE_CHARS),
        );
    }
    if entries {
        let mut positions = EntryPositions::new(source);
        let last_year = last_plausible_year();
        for (index, entry) in b.entries.iter().enumerate() {
            check_entry(entry, index, last_year, &mut positions, &mut problems);
        }
    }
    problems.finish()
}

/// Checks a parsed contribution on its own; `source` is its text.
pub(crate) fn check_contribution(c: &Contribution, source: &str) -> Vec<Problem> {
    let mut problems = Problems {
        list: Vec::new(),
        more: 0,
    };
    if c.format_version == 0 || c.format_version > BENCHMARK_FORMAT_VERSION {
        problems.push(
            locate_token(source, "format_version", 0),
            format_version_message(c.format_version),
        );
    }
    check_questionnaire_ref(&c.questionnaire, source, &mut problems);
    let mut positions = EntryPositions::new(source);
    check_entry(
        &c.entry,
        0,
        last_plausible_year(),
        &mut positions,
        &mut problems,
    );
    problems.finish()
}

fn check_questionnaire_ref(q: &QuestionnaireRef, source: &str, problems: &mut Problems) {
    let loc = locate_token(source, "questionnaire", 0);
    if !is_slug(&q.id) {
        problems.push(
            locate_quoted(source, &q.id, 0).or(loc),
            msg!("errors-questionnaire-bad-id", id = &q.id),
        );
    }
    if q.version.trim().is_empty() {
        problems.push(loc, msg!("errors-questionnaire-no-version"));
    }
}

/// The latest year an entry may carry: next year (read once per file, not per entry).
fn last_plausible_year() -> u16 {
    Date::today().year.saturating_add(1)
}

/// Whether [`check_entry`] finds nothing wrong with `entry` (the same conditions, without
/// the messages): a plausible year, at least one score, a valid token or none, valid
/// dimension ids and scores from 0 to 100.
fn entry_is_plausible(entry: &Entry, last_year: u16) -> bool {
    (FIRST_YEAR..=last_year).contains(&entry.year)
        && !entry.scores.is_empty()
        && (entry.token.is_empty() || is_valid_token(&entry.token))
        && entry.scores.iter().all(|(id, score)| {
            is_slug_quick(id) && score.is_finite() && (0.0..=100.0).contains(score)
        })
}

/// [`is_slug`] byte by byte, without decoding characters (every byte of a non-ASCII
/// character fails the test, as the character does).
fn is_slug_quick(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 100
        && id.bytes().fold(true, |ok, b| {
            ok & (b.is_ascii_lowercase() || b.is_ascii_digit() || matches!(b, b'-' | b'_' | b'.'))
        })
}

fn check_entry(
    entry: &Entry,
    index: usize,
    last_year: u16,
    positions: &mut EntryPositions<'_>,
    problems: &mut Problems,
) {
    let number = index + 1;
    if !(FIRST_YEAR..=last_year).contains(&entry.year) {
        problems.push(
            positions.within(index, "year"),
            msg!(
                "errors-entry-bad-year",
                number = number,
                year = entry.year,
                first = FIRST_YEAR,
                last = last_year
            ),
        );
    }
    if entry.scores.is_empty() {
        problems.push(
            positions.within(index, "scores"),
            msg!("errors-entry-no-scores", number = number),
        );
    }
    if !entry.token.is_empty() && !is_valid_token(&entry.token) {
        problems.push(
            positions.within(index, "token"),
            msg!(
                "errors-entry-bad-token",
                number = number,
                max = MAX_TOKEN_CHARS
            ),
        );
    }
    for (id, score) in &entry.scores {
        if !is_slug(id) {
            problems.push(
                positions.within(index, &format!("\"{id}\"")),
                msg!("errors-entry-bad-dimension-id", number = number, id = id),
            );
        }
        if !(score.is_finite() && (0.0..=100.0).contains(score)) {
            problems.push(
                positions.within(index, &format!("\"{id}\"")),
                msg!(
                    "errors-entry-bad-score",
                    number = number,
                    score = score.to_string(),
                    id = id
                ),
            );
        }
    }
}

/// Checks that a benchmark or contribution fits `questionnaire`: the same id and version,
/// and only dimension ids the questionnaire has. Returns the problems found.
pub fn check_fits<'e>(
    reference: &QuestionnaireRef,
    entries: impl Iterator<Item = &'e Entry>,
    questionnaire: &Questionnaire,
    source: &str,
) -> Vec<Problem> {
    let mut problems = Problems {
        list: Vec::new(),
        more: 0,
    };
    if reference.id != questionnaire.id || reference.version != questionnaire.version {
        problems.push(
            locate_quoted(source, &reference.id, 0).or(locate_token(source, "questionnaire", 0)),
            mismatch_message(reference, questionnaire),
        );
        return problems.finish();
    }
    let mut positions = EntryPositions::new(source);
    for (index, entry) in entries.enumerate() {
        for id in entry.scores.keys() {
            if questionnaire.dimension(id).is_none() {
                problems.push(
                    positions.within(index, &format!("\"{id}\"")),
                    msg!(
                        "errors-entry-unknown-dimension",
                        number = index + 1,
                        id = id,
                        questionnaire = &questionnaire.id,
                        version = &questionnaire.version,
                        known = quoted_list(questionnaire.dimensions.iter().map(|d| &d.id))
                    ),
                );
            }
        }
    }
    problems.finish()
}

/// The message for a file made with another questionnaire (id or version).
/// With the same questionnaire in another version, the message says why the values are
/// refused rather than converted, and what to do instead. Field scores are never carried
/// across versions: an answer can be mapped to its new question, but a field's score sums
/// its questions, and those change when questions are merged, split or moved.
pub(crate) fn mismatch_message(found: &QuestionnaireRef, expected: &Questionnaire) -> Message {
    if found.id != expected.id {
        return msg!(
            "errors-benchmark-other-questionnaire",
            found = &found.id,
            found_version = &found.version,
            expected = &expected.id,
            expected_version = &expected.version
        );
    }
    let moved = expected.questions().any(|(_, q)| !q.replaces.is_empty());
    msg!(
        "errors-benchmark-other-version",
        found = &found.id,
        found_version = &found.version,
        expected = &expected.id,
        expected_version = &expected.version,
        moved = if moved { "yes" } else { "no" }
    )
}

/// Writes a benchmark as RON text: the header pretty-printed, one line per entry, so
/// that files stay small and diffs stay readable. The text parses back to `b`.
pub fn benchmark_to_ron(b: &Benchmark) -> Result<String, ron::Error> {
    let mut out = String::with_capacity(256 + b.entries.len() * 150);
    out.push_str("Benchmark(\n");
    out.push_str(&format!("    format_version: {},\n", b.format_version));
    out.push_str(&format!("    source: {},\n", ron::to_string(&b.source)?));
    out.push_str(&format!("    synthetic: {},\n", b.synthetic));
    out.push_str(&format!(
        "    questionnaire: (id: {}, version: {}),\n",
        ron::to_string(&b.questionnaire.id)?,
        ron::to_string(&b.questionnaire.version)?
    ));
    if let Some(n) = &b.network {
        out.push_str(&format!(
            "    network: Some((name: {}, year: {}, towns: {})),\n",
            ron::to_string(&n.name)?,
            n.year,
            n.towns
        ));
    }
    out.push_str("    entries: [\n");
    for entry in &b.entries {
        out.push_str("        ");
        out.push_str(&entry_to_ron(entry)?);
        out.push_str(",\n");
    }
    out.push_str("    ],\n)\n");
    Ok(out)
}

/// One entry as a single line of RON, e.g.
/// `Entry(size_class: Under5k, state: Bayern, kind: Gemeinde, year: 2026, scores: {"kultur": 41.5})`.
pub fn entry_to_ron(e: &Entry) -> Result<String, ron::Error> {
    let scores: Vec<String> = e
        .scores
        .iter()
        .map(|(id, s)| Ok(format!("{}: {}", ron::to_string(id)?, ron::to_string(s)?)))
        .collect::<Result<_, ron::Error>>()?;
    let token = if e.token.is_empty() {
        String::new()
    } else {
        format!(", token: {}", ron::to_string(&e.token)?)
    };
    let state = match e.state {
        Some(s) => ron::to_string(&s)?,
        None => attrs::ANY.to_string(),
    };
    let kind = match e.kind {
        Some(k) => ron::to_string(&k)?,
        None => attrs::ANY.to_string(),
    };
    Ok(format!(
        "Entry(size_class: {}, state: {state}, kind: {kind}, year: {}, scores: {{{}}}{token})",
        ron::to_string(&e.size_class)?,
        e.year,
        scores.join(", ")
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::benchmark::SizeRange;
    use crate::model::{BodyKind, FederalState, SizeClass};
    use std::collections::BTreeMap;

    fn sample() -> Benchmark {
        Benchmark {
            format_version: 1,
            source: "Test \"Netz\", 2026".into(),
            synthetic: false,
            questionnaire: QuestionnaireRef {
                id: "kommunal-reifegrad".into(),
                version: "1.0".into(),
            },
            entries: vec![Entry {
                size_class: SizeRange::exact(SizeClass::From10kTo20k),
                state: Some(FederalState::Hessen),
                kind: Some(BodyKind::Stadt),
                year: 2025,
                scores: BTreeMap::from([("kultur".into(), 55.0), ("backend".into(), 12.3)]),
                token: String::new(),
            }],
            network: None,
        }
    }

    #[test]
    fn written_benchmark_parses_back() {
        let b = sample();
        let text = benchmark_to_ron(&b).unwrap();
        assert!(text.contains("Entry(size_class: From10kTo20k, state: Hessen"));
        assert_eq!(parse_benchmark(Path::new("b.ron"), &text).unwrap(), b);
    }

    #[test]
    fn bad_score_and_year_are_located() {
        let b = sample();
        let text = benchmark_to_ron(&b)
            .unwrap()
            .replace("55.0", "155.0")
            .replace("2025", "1850");
        let error = parse_benchmark(Path::new("b.ron"), &text).unwrap_err();
        let lines = error.to_string();
        assert!(lines.contains("b.ron:7:"), "{lines}");
        assert!(lines.contains("155"), "{lines}");
        assert!(lines.contains("1850"), "{lines}");
    }

    #[test]
    fn unknown_field_is_refused() {
        let text = benchmark_to_ron(&sample())
            .unwrap()
            .replace("year: 2025,", "year: 2025, name: \"Musterstadt\",");
        let error = parse_benchmark(Path::new("b.ron"), &text).unwrap_err();
        assert!(
            error.to_string().contains("Unbekanntes Feld „name“"),
            "{error}"
        );
    }

    #[test]
    fn newer_format_gets_a_clear_message() {
        // A newer format may have fields this build does not know.
        let text = benchmark_to_ron(&sample())
            .unwrap()
            .replace("format_version: 1", "format_version: 7")
            .replace("year: 2025,", "year: 2025, region: \"Süd\",");
        let error = parse_benchmark(Path::new("b.ron"), &text).unwrap_err();
        assert!(error.to_string().contains("Dateiformat 7"), "{error}");
        let text = "Contribution(format_version: 3, entry: Entry(future: 1))";
        let error = parse_contribution(Path::new("c.ron"), text).unwrap_err();
        assert!(error.to_string().contains("Dateiformat 3"), "{error}");
    }

    /// Property: on random entries (years, tokens, ids and scores, valid or not) the quick
    /// test passes exactly the entries that the full check finds nothing wrong with, and
    /// the quick id test agrees with `is_slug`.
    #[test]
    fn quick_entry_test_agrees_with_the_full_check() {
        use rand::{Rng, SeedableRng};
        let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(15);
        let ids = [
            "kultur", "backend", "Kultur", "", "a b", "grüße", "x.y-z_1", "k\u{0}",
        ];
        let tokens = ["", "2026-00ff", "2026-00FF", "2026-xyz", "-"];
        let scores = [0.0, -0.0, 100.0, 55.5, -0.1, 100.1, f64::NAN, f64::INFINITY];
        let last_year = last_plausible_year();
        let mut passed = 0;
        for _ in 0..5_000 {
            let mut entry = sample().entries[0].clone();
            entry.year = [1999, FIRST_YEAR, 2026, last_year, last_year + 1][rng.random_range(0..5)];
            entry.token = tokens[rng.random_range(0..tokens.len())].to_string();
            entry.scores = (0..rng.random_range(0..4))
                .map(|_| {
                    let id = if rng.random_bool(0.7) {
                        ids[rng.random_range(0..2)].to_string()
                    } else {
                        ids[rng.random_range(0..ids.len())].to_string()
                    };
                    let score = if rng.random_bool(0.7) {
                        rng.random_range(0.0..=100.0)
                    } else {
                        scores[rng.random_range(0..scores.len())]
                    };
                    (id, score)
                })
                .collect();
            let mut positions = EntryPositions::new("");
            let mut problems = Problems {
                list: Vec::new(),
                more: 0,
            };
            check_entry(&entry, 0, last_year, &mut positions, &mut problems);
            let quick = entry_is_plausible(&entry, last_year);
            assert_eq!(quick, problems.list.is_empty(), "{entry:?}");
            passed += usize::from(quick);
        }
        assert!((500..4_500).contains(&passed), "{passed}");
        for id in ids
            .iter()
            .chain(&["a".repeat(100).as_str(), &"a".repeat(101)])
        {
            assert_eq!(is_slug_quick(id), is_slug(id), "{id}");
        }
    }

    #[test]
    fn many_problems_are_capped() {
        let mut b = sample();
        b.entries = vec![b.entries[0].clone(); 500];
        let text = benchmark_to_ron(&b).unwrap().replace("55.0", "-1.0");
        let error = parse_benchmark(Path::new("b.ron"), &text).unwrap_err();
        assert_eq!(error.problems.len(), MAX_PROBLEMS + 1);
        assert!(error.to_string().contains("450 weitere"), "{error}");
    }
}
