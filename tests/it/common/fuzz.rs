//! A deterministic mutation fuzzer for every file Reifegrad reads (stable Rust: no
//! libFuzzer). Shared by the short run in `cargo test --test it fuzz` and the long run in
//! `cargo bench --bench fuzz`.
//!
//! Inputs start from real files (the fixtures, the bundled questionnaire and benchmark,
//! files the program writes itself) and are mutated by bit flips, random and "interesting"
//! bytes, truncation, deletion and duplication of ranges, splicing of two files, RON
//! tokens and field names taken from the seeds, huge and odd numbers and deep nesting.
//! A mutated input whose outcome (Ok, or the first error message with its digits removed)
//! was not seen before joins the corpus: a coarse stand-in for coverage feedback.
//!
//! Each execution must return (Ok or Err) without panicking; executions slower than
//! [`SLOW_EXEC`] count as hangs. Control characters (ESC, BEL, CR, direction overrides)
//! are among the mutations, and no error message may show one unescaped. Besides byte
//! inputs, [`special_files`] gives FIFOs, device files, folders and links to them, which
//! every loader must refuse at once ([`exec_path`]). Parsed files must also survive what the program does
//! next with them: scoring, statistics, and writing them back (which must parse again).

#![allow(dead_code, clippy::unwrap_used)]

use reifegrad::benchmark::file::benchmark_to_ron;
use reifegrad::benchmark::{Contribution, PeerGroup, parse_benchmark, parse_contribution};
use reifegrad::files::{FileError, parse_ron, text_from_bytes, to_ron};
use reifegrad::model::{
    Answer, Assessment, BodyKind, Date, FederalState, Profile, Questionnaire, Rater, Response,
    bundled_questionnaire, open_assessment_text, parse_assessment, parse_questionnaire,
};
use reifegrad::scoring::{prioritised_measures, score};
use reifegrad::text::Lang;
use reifegrad::ui::prefs::{Prefs, ThemeChoice, clamp_zoom};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// An execution slower than this is reported as a hang.
pub const SLOW_EXEC: Duration = Duration::from_secs(2);

/// Largest input the mutator produces (the app refuses files over 16 MB before parsing).
pub const MAX_INPUT: usize = 1 << 20;

/// The file kinds under test.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    Questionnaire,
    Assessment,
    Benchmark,
    Contribution,
    Prefs,
}

impl Kind {
    pub const ALL: [Kind; 5] = [
        Kind::Questionnaire,
        Kind::Assessment,
        Kind::Benchmark,
        Kind::Contribution,
        Kind::Prefs,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Kind::Questionnaire => "questionnaire",
            Kind::Assessment => "assessment",
            Kind::Benchmark => "benchmark",
            Kind::Contribution => "contribution",
            Kind::Prefs => "prefs",
        }
    }
}

/// xorshift64*: small, fast, reproducible.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }

    pub fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// A number in `0..n` (`n` > 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    pub fn chance(&mut self, one_in: usize) -> bool {
        self.below(one_in) == 0
    }
}

/// The questionnaires the parsed files are checked and scored against.
pub struct Context {
    pub bundled: Questionnaire,
    pub mini: Questionnaire,
}

fn mini_text() -> &'static str {
    include_str!("../../fixtures/mini-questionnaire.ron")
}

impl Context {
    pub fn new() -> Self {
        Context {
            bundled: bundled_questionnaire().unwrap(),
            mini: parse_questionnaire(Path::new("mini.ron"), mini_text()).unwrap(),
        }
    }

    /// Runs one input through everything the program does with a file of `kind`; true
    /// when the file was accepted.
    pub fn exec(&self, kind: Kind, bytes: &[u8]) -> bool {
        let path = Path::new("fuzz.ron");
        let Ok(text) = text_from_bytes(bytes.to_vec()) else {
            return false;
        };
        let mut accepted = false;
        match kind {
            Kind::Questionnaire => {
                if let Ok(q) = outcome(parse_questionnaire(path, &text)) {
                    accepted = true;
                    let a = Assessment::new(&q, profile(), Date::new(2026, 1, 1).unwrap());
                    let s = score(&q, &a);
                    let _ = prioritised_measures(&q, &a, &s, &HashMap::new());
                    let written = to_ron(&q).unwrap();
                    parse_questionnaire(path, &written)
                        .unwrap_or_else(|e| panic!("written questionnaire does not parse: {e}"));
                }
            }
            Kind::Assessment => {
                let _ = outcome(parse_assessment(path, &text));
                for q in [&self.mini, &self.bundled] {
                    if let Ok(opened) = outcome(open_assessment_text(path, &text, q)) {
                        accepted = true;
                        let a = opened.assessment;
                        let s = score(q, &a);
                        let _ = prioritised_measures(q, &a, &s, &HashMap::new());
                        let _ = a.responded_count(q);
                        // What autosave writes must open again.
                        let written = to_ron(&a).unwrap();
                        if let Err(e) = open_assessment_text(path, &written, q) {
                            panic!("saved assessment does not open again: {e}\n{written}");
                        }
                    }
                }
            }
            Kind::Benchmark => {
                if let Ok(b) = outcome(parse_benchmark(path, &text)) {
                    accepted = true;
                    let _ = reifegrad::benchmark::file::check_fits(
                        &b.questionnaire,
                        b.entries.iter(),
                        &self.bundled,
                        &text,
                    );
                    let a = reifegrad::model::example::example_assessment(&self.bundled);
                    let s = score(&self.bundled, &a);
                    for group in [PeerGroup::default_for(&a.profile), PeerGroup::default()] {
                        let _ = b.compare(group, &s);
                        let _ = b.suggest_widening(group);
                    }
                    let written = benchmark_to_ron(&b).unwrap();
                    parse_benchmark(path, &written)
                        .unwrap_or_else(|e| panic!("written benchmark does not parse: {e}"));
                }
            }
            Kind::Contribution => {
                if let Ok(c) = outcome(parse_contribution(path, &text)) {
                    accepted = true;
                    let _ = reifegrad::benchmark::file::check_fits(
                        &c.questionnaire,
                        std::iter::once(&c.entry),
                        &self.bundled,
                        &text,
                    );
                    let written = to_ron(&c).unwrap();
                    parse_contribution(path, &written)
                        .unwrap_or_else(|e| panic!("written contribution does not parse: {e}"));
                }
            }
            Kind::Prefs => {
                let parsed = parse_ron::<Prefs>(&text);
                if let Err(problem) = &parsed {
                    assert_clean(&problem.line_for(path, Lang::De));
                }
                if let Ok(mut prefs) = parsed {
                    accepted = true;
                    prefs.zoom = clamp_zoom(prefs.zoom);
                    assert!((0.5..=3.0).contains(&prefs.zoom));
                    let written = to_ron(&prefs).unwrap();
                    parse_ron::<Prefs>(&written)
                        .unwrap_or_else(|e| panic!("written prefs do not parse: {e:?}"));
                }
            }
        }
        accepted
    }

    /// The outcome signature of an input (for the corpus): Ok, or the first message
    /// with digits removed.
    pub fn signature(&self, kind: Kind, bytes: &[u8]) -> String {
        let path = Path::new("fuzz.ron");
        let text = match text_from_bytes(bytes.to_vec()) {
            Ok(text) => text,
            Err(p) => return strip_digits(&p.message.to_string()),
        };
        let first = |r: Result<(), FileError>| match r {
            Ok(()) => "ok".to_string(),
            Err(e) => e
                .problems
                .first()
                .map(|p| strip_digits(&p.message.to_string()))
                .unwrap_or_default(),
        };
        match kind {
            Kind::Questionnaire => first(parse_questionnaire(path, &text).map(drop)),
            Kind::Assessment => first(open_assessment_text(path, &text, &self.mini).map(drop)),
            Kind::Benchmark => first(parse_benchmark(path, &text).map(drop)),
            Kind::Contribution => first(parse_contribution(path, &text).map(drop)),
            Kind::Prefs => match parse_ron::<Prefs>(&text) {
                Ok(_) => "ok".into(),
                Err(p) => strip_digits(&p.message.to_string()),
            },
        }
    }
}

/// Also formats the error, as the app and CLI do (exercises the position code), and
/// checks that no line of it carries a raw control character.
fn outcome<T>(result: Result<T, FileError>) -> Result<T, ()> {
    result.map_err(|e| {
        for problem in &e.problems {
            assert_clean(&problem.line_for(&e.path, Lang::De));
        }
        let _ = e.to_string();
    })
}

/// Panics if `line` shows a control character or direction override unescaped.
pub fn assert_clean(line: &str) {
    if let Some(c) = line.chars().find(|&c| reifegrad::files::is_unsafe_char(c)) {
        panic!("raw control character {c:?} in message: {line:?}");
    }
}

fn strip_digits(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_ascii_digit())
        .take(120)
        .collect()
}

fn profile() -> Profile {
    Profile {
        name: "Fuzzingen \"an der\" Aue\n/* ( [".into(),
        council_name: None,
        state: FederalState::Sachsen,
        kind: BodyKind::Gemeinde,
        population: 4_321,
        federation: None,
        district_services: false,
    }
}

/// The starting files of each target.
pub fn seeds(ctx: &Context, kind: Kind) -> Vec<Vec<u8>> {
    let texts: Vec<String> = match kind {
        Kind::Questionnaire => vec![mini_text().to_string()],
        Kind::Assessment => {
            let mut a = Assessment::new(&ctx.mini, profile(), Date::new(2026, 2, 28).unwrap());
            a.set_response("k1", Some(Response::Level(3)));
            a.set_response("k2", Some(Response::DontKnow));
            a.set_response("r1", Some(Response::NotApplicable));
            a.set_comment("k1", "Kämmerei: „12 Rechnungen“\t\\ \u{1F600}".into());
            a.respondents = "Amt 1, Amt 2".into();
            a.raters = vec![Rater {
                id: "r1".into(),
                label: "Kämmerei".into(),
            }];
            a.answers.entry("k1".into()).or_default();
            if let Some(answer) = a.answers.get_mut("k1") {
                answer.votes.insert("r1".into(), Response::Level(2));
            }
            a.earlier = vec!["../2025/bewertung.ron".into()];
            a.retired_answers = BTreeMap::from([(
                "alt".to_string(),
                Answer {
                    response: Some(Response::Level(1)),
                    comment: "früher".into(),
                    ..Answer::default()
                },
            )]);
            let example = reifegrad::model::example::example_assessment(&ctx.bundled);
            vec![to_ron(&a).unwrap(), to_ron(&example).unwrap()]
        }
        Kind::Benchmark => {
            let b = reifegrad::benchmark::synthetic::generate(&ctx.bundled, 7, 12).unwrap();
            let mut small = benchmark_to_ron(&b).unwrap();
            small.insert_str(0, "// Kommentar\n");
            vec![small]
        }
        Kind::Contribution => {
            let example = reifegrad::model::example::example_assessment(&ctx.bundled);
            let s = score(&ctx.bundled, &example);
            vec![to_ron(&Contribution::from_assessment(&example, &s)).unwrap()]
        }
        Kind::Prefs => {
            let prefs = Prefs {
                theme: ThemeChoice::HighContrast,
                projector: true,
                zoom: 1.3,
                recent: vec![PathBuf::from("/home/a/b.ron"), PathBuf::from("c:\\x.ron")],
                benchmark: Some(PathBuf::from("netz.ron")),
                ..Prefs::default()
            };
            vec![
                to_ron(&prefs).unwrap(),
                "()".into(),
                "Prefs(zoom: 2.0)".into(),
            ]
        }
    };
    texts.into_iter().map(String::into_bytes).collect()
}

/// Large real files, used as seeds now and then (they are slow to parse).
pub fn big_seeds(kind: Kind) -> Vec<Vec<u8>> {
    match kind {
        Kind::Questionnaire => vec![
            reifegrad::model::load::BUNDLED_QUESTIONNAIRE
                .as_bytes()
                .to_vec(),
        ],
        Kind::Benchmark => vec![
            reifegrad::benchmark::file::BUNDLED_BENCHMARK
                .as_bytes()
                .to_vec(),
        ],
        _ => Vec::new(),
    }
}

const TOKENS: &[&str] = &[
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    ",",
    ":",
    "\"",
    "'",
    "\\",
    "\\u{0}",
    "\\u{D800}",
    "\\x",
    "Some(",
    "None",
    "true",
    "false",
    "()",
    "0",
    "-1",
    "-0.0",
    "1e308",
    "1e999",
    "NaN",
    "inf",
    "-inf",
    ".5",
    "0x7f",
    "0b101",
    "1_000",
    "255",
    "256",
    "65535",
    "65536",
    "4294967295",
    "4294967296",
    "18446744073709551616",
    "-9223372036854775809",
    "340282366920938463463374607431768211456",
    "Level(",
    "Level(4)",
    "Level(5)",
    "Level(255)",
    "DontKnow",
    "NotApplicable",
    "r#\"",
    "\"#",
    "b\"",
    "/*",
    "*/",
    "//",
    "\n",
    "\r\n",
    "\t",
    "\u{FEFF}",
    "\u{0}",
    "ä",
    "\u{10FFFF}",
    "#![enable(implicit_some)]",
    "#![enable(unwrap_newtypes)]",
    "#![enable(unwrap_variant_newtypes)]",
    "#![enable(explicit_struct_names)]",
    "Assessment(",
    "Questionnaire(",
    "Benchmark(",
    "Contribution(",
    "Entry(",
    "Prefs(",
    "\"2026-02-30\"",
    "\"0000-00-00\"",
    "\"9999-99-99\"",
    "\"\"",
    "\u{1b}[2J",
    "\u{1b}]0;owned\u{7}",
    "\u{7}",
    "\r",
    "\u{9b}",
    "\u{202e}",
    "\u{2066}",
    "\u{feff}",
    "\"\u{1b}[31m\"",
];

/// Identifiers of the seeds (field, struct and variant names), for the dictionary.
pub fn dictionary(seeds: &[Vec<u8>]) -> Vec<Vec<u8>> {
    let mut words: HashSet<Vec<u8>> = TOKENS.iter().map(|t| t.as_bytes().to_vec()).collect();
    for seed in seeds {
        let text = String::from_utf8_lossy(seed);
        for word in text.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_')) {
            if word.len() > 1 && word.len() < 40 {
                words.insert(word.as_bytes().to_vec());
                words.insert(format!("{word}:").into_bytes());
                words.insert(format!("\"{word}\"").into_bytes());
            }
        }
    }
    let mut words: Vec<_> = words.into_iter().collect();
    words.sort();
    words
}

const INTERESTING: &[u8] = b"()[]{},:\"'\\/*#!-.0123456789eE\n\x00\xff\x7f\x1b\x07\r\x08 ";

/// One mutation of `input` (mostly one edit, sometimes up to six stacked).
pub fn mutate(rng: &mut Rng, input: &[u8], corpus: &[Vec<u8>], dict: &[Vec<u8>]) -> Vec<u8> {
    let mut data = input.to_vec();
    let edits = match rng.below(8) {
        0..=4 => 1,
        5 | 6 => 2,
        _ => 3 + rng.below(4),
    };
    for _ in 0..edits {
        let len = data.len();
        let at = rng.below(len + 1);
        match rng.below(15) {
            0 if len > 0 => {
                let i = rng.below(len);
                data[i] ^= 1 << rng.below(8);
            }
            1 if len > 0 => {
                let i = rng.below(len);
                data[i] = rng.next() as u8;
            }
            2 if len > 0 => {
                let i = rng.below(len);
                data[i] = INTERESTING[rng.below(INTERESTING.len())];
            }
            3 => data.truncate(at),
            4 if len > 0 => {
                let end = (at + 1 + rng.below(64)).min(len);
                data.drain(at.min(end)..end);
            }
            5 if len > 0 => {
                let start = rng.below(len);
                let end = (start + 1 + rng.below(256)).min(len);
                let chunk = data[start..end].to_vec();
                let times = if rng.chance(8) { 1 + rng.below(200) } else { 1 };
                for _ in 0..times {
                    if data.len() + chunk.len() > MAX_INPUT {
                        break;
                    }
                    data.splice(at..at, chunk.iter().copied());
                }
            }
            6..=8 => {
                let word = &dict[rng.below(dict.len())];
                data.splice(at..at, word.iter().copied());
            }
            9 if len > 0 => {
                // Replace a run of digits by an odd number.
                if let Some(start) = (at..len).find(|&i| data[i].is_ascii_digit()) {
                    let end = (start..len)
                        .find(|&i| !(data[i].is_ascii_digit() || data[i] == b'.'))
                        .unwrap_or(len);
                    let number = ODD_NUMBERS[rng.below(ODD_NUMBERS.len())];
                    data.splice(start..end, number.bytes());
                }
            }
            10 if !corpus.is_empty() => {
                // Splice: our head, another file's tail.
                let other = &corpus[rng.below(corpus.len())];
                let from = rng.below(other.len() + 1);
                data.truncate(at);
                data.extend_from_slice(&other[from..]);
            }
            11 => {
                let depth = 1 + rng.below(300);
                let open = [b"[".as_slice(), b"(", b"{", b"Some("][rng.below(4)];
                let nested: Vec<u8> = open.repeat(depth);
                data.splice(at..at, nested);
            }
            12 if len > 0 => {
                // Swap two bytes far apart.
                let (i, j) = (rng.below(len), rng.below(len));
                data.swap(i, j);
            }
            13 if len > 1 => {
                // Delete a line.
                let start = data[..at.min(len)]
                    .iter()
                    .rposition(|&b| b == b'\n')
                    .map_or(0, |i| i + 1);
                let end = data[at.min(len)..]
                    .iter()
                    .position(|&b| b == b'\n')
                    .map_or(len, |i| at.min(len) + i + 1);
                data.drain(start..end);
            }
            _ => {
                let word = &dict[rng.below(dict.len())];
                let end = (at + word.len()).min(len);
                data.splice(at..end, word.iter().copied());
            }
        }
        data.truncate(MAX_INPUT);
    }
    data
}

const ODD_NUMBERS: &[&str] = &[
    "0",
    "-0",
    "-1",
    "4",
    "5",
    "255",
    "256",
    "-128",
    "65536",
    "4294967296",
    "1e400",
    "-1e400",
    "NaN",
    "inf",
    "-inf",
    "0.0000001",
    "99999999999999999999999",
    "1.5",
    "3.0",
    "2147483648",
    "1900",
    "2100",
    "65535",
];

/// What a fuzz run found.
#[derive(Debug, Default)]
pub struct RunReport {
    pub execs: u64,
    pub ok: u64,
    pub corpus: usize,
    pub slowest: Duration,
    pub elapsed: Duration,
    /// Minimised inputs that panicked or hung, with the message.
    pub failures: Vec<(Vec<u8>, String)>,
}

fn run_one(ctx: &Context, kind: Kind, input: &[u8]) -> Result<(Duration, bool), String> {
    let start = Instant::now();
    let result = catch_unwind(AssertUnwindSafe(|| ctx.exec(kind, input)));
    let took = start.elapsed();
    match result {
        Err(payload) => Err(panic_message(&payload)),
        Ok(_) if took > SLOW_EXEC => Err(format!("slow: {took:?}")),
        Ok(accepted) => Ok((took, accepted)),
    }
}

fn panic_message(payload: &Box<dyn std::any::Any + Send>) -> String {
    payload
        .downcast_ref::<String>()
        .cloned()
        .or_else(|| payload.downcast_ref::<&str>().map(|s| s.to_string()))
        .unwrap_or_else(|| "panic".into())
}

/// Fuzzes `kind` for `execs` executions from `seed`; stops at the first failure
/// (minimised) when `stop_on_failure`.
pub fn fuzz(ctx: &Context, kind: Kind, execs: u64, seed: u64) -> RunReport {
    let quiet = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    let report = fuzz_inner(ctx, kind, execs, seed);
    std::panic::set_hook(quiet);
    report
}

fn fuzz_inner(ctx: &Context, kind: Kind, execs: u64, seed: u64) -> RunReport {
    let started = Instant::now();
    let mut rng = Rng::new(seed ^ (kind as u64 + 1).wrapping_mul(0xA24B_AED4_963E_E407));
    let seeds = seeds(ctx, kind);
    let big = big_seeds(kind);
    let mut all = seeds.clone();
    all.extend(big.iter().cloned());
    let dict = dictionary(&all);
    let mut corpus = seeds.clone();
    let mut seen: HashSet<String> = corpus.iter().map(|s| ctx.signature(kind, s)).collect();
    let mut report = RunReport::default();
    for input in &all {
        if let Err(message) = run_one(ctx, kind, input) {
            report.failures.push((input.clone(), message));
            return report;
        }
    }
    while report.execs < execs {
        // Mostly small edits of the real files, so that many inputs get past the syntax
        // and reach the checks; otherwise anything from the corpus.
        let base = if !big.is_empty() && rng.chance(500) {
            &big[rng.below(big.len())]
        } else if rng.chance(2) {
            &seeds[rng.below(seeds.len())]
        } else {
            &corpus[rng.below(corpus.len())]
        };
        let input = mutate(&mut rng, base, &corpus, &dict);
        report.execs += 1;
        match run_one(ctx, kind, &input) {
            Ok((took, accepted)) => {
                report.slowest = report.slowest.max(took);
                report.ok += u64::from(accepted);
                // Cheap novelty check on a sample of inputs only.
                if corpus.len() < 1024 && rng.chance(if accepted { 2 } else { 16 }) {
                    let signature = ctx.signature(kind, &input);
                    if seen.insert(signature) && input.len() < 64 * 1024 {
                        corpus.push(input);
                    }
                }
            }
            Err(message) => {
                let small = minimise(ctx, kind, input);
                let message = run_one(ctx, kind, &small).err().unwrap_or(message);
                report.failures.push((small, message));
                break;
            }
        }
    }
    report.corpus = corpus.len();
    report.elapsed = started.elapsed();
    report
}

/// Shrinks a failing input by removing chunks while it still fails.
pub fn minimise(ctx: &Context, kind: Kind, mut input: Vec<u8>) -> Vec<u8> {
    let mut chunk = input.len().div_ceil(2).max(1);
    let mut budget = 20_000;
    while chunk >= 1 && budget > 0 {
        let mut i = 0;
        let mut shrunk = false;
        while i < input.len() && budget > 0 {
            budget -= 1;
            let end = (i + chunk).min(input.len());
            let mut candidate = input.clone();
            candidate.drain(i..end);
            if run_one(ctx, kind, &candidate).is_err() {
                input = candidate;
                shrunk = true;
            } else {
                i += chunk;
            }
        }
        if !shrunk {
            if chunk == 1 {
                break;
            }
            chunk /= 2;
        }
    }
    input
}

/// Peak resident memory of this process in KB (Linux), if known.
pub fn peak_memory_kb() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
}

/// Files that are no regular files, and links to them, created in `dir`: a FIFO (nobody
/// writes to it), device files, a folder, a dangling link. Each loader must refuse them at
/// once, without reading endlessly or waiting for a writer.
pub fn special_files(dir: &Path) -> Vec<(String, PathBuf)> {
    let mut files = Vec::new();
    let folder = dir.join("ordner.ron");
    std::fs::create_dir_all(&folder).unwrap();
    files.push(("folder".to_string(), folder));
    #[cfg(unix)]
    {
        let fifo = dir.join("pipe.ron");
        if !fifo.exists() {
            let status = std::process::Command::new("mkfifo").arg(&fifo).status();
            assert!(status.is_ok_and(|s| s.success()), "mkfifo failed");
        }
        files.push(("fifo".to_string(), fifo.clone()));
        for device in ["/dev/zero", "/dev/urandom", "/dev/null", "/dev/full"] {
            if Path::new(device).exists() {
                files.push((device.to_string(), PathBuf::from(device)));
            }
        }
        let link = dir.join("link-auf-pipe.ron");
        let _ = std::os::unix::fs::symlink(&fifo, &link);
        files.push(("link to fifo".to_string(), link));
        let zero_link = dir.join("link-auf-null.ron");
        let _ = std::os::unix::fs::symlink("/dev/zero", &zero_link);
        files.push(("link to /dev/zero".to_string(), zero_link));
        let dangling = dir.join("ins-leere.ron");
        let _ = std::os::unix::fs::symlink(dir.join("gibt-es-nicht"), &dangling);
        files.push(("dangling link".to_string(), dangling));
    }
    files
}

/// Loads the file at `path` as `kind` the way the program does (and as a linked earlier
/// assessment); must return an error at once. Returns the first message.
pub fn exec_path(ctx: &Context, kind: Kind, path: &Path) -> Result<(), String> {
    let result = match kind {
        Kind::Questionnaire => reifegrad::model::load_questionnaire(path).map(drop),
        Kind::Assessment => reifegrad::model::open_assessment(path, &ctx.bundled)
            .map(drop)
            .and_then(|()| reifegrad::progress::load_linked(path, &ctx.bundled).map(drop)),
        Kind::Benchmark => reifegrad::benchmark::file::load_benchmark(path).map(drop),
        Kind::Contribution => reifegrad::benchmark::file::load_contribution(path).map(drop),
        Kind::Prefs => reifegrad::files::read_text(path).map(drop),
    };
    match result {
        Ok(()) => Ok(()),
        Err(error) => {
            for problem in &error.problems {
                assert_clean(&problem.line_for(&error.path, Lang::De));
            }
            Err(error.to_string())
        }
    }
}
