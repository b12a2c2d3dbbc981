//! Offline and privacy guarantees of the command line, checked on its output files:
//!
//! - every subcommand works inside a network namespace without network (`unshare -n`;
//!   skipped with a message where namespaces are not permitted);
//! - contributions, merged benchmarks, PDFs and spreadsheets never contain a name,
//!   population, respondent or comment of any other input town;
//! - a peer group under 5 is never shown: not in the PDF, not in `score --json`, and
//!   `benchmark merge` generalises entries whose cell would be rarer than 5.

#![allow(clippy::unwrap_used)]

use printpdf::{PdfDocument, PdfParseOptions};
use reifegrad::benchmark::file::benchmark_to_ron;
use reifegrad::benchmark::{
    Benchmark, Entry, MIN_GROUP_SIZE, PeerGroup, SizeRange, parse_benchmark,
};
use reifegrad::model::example::example_assessment;
use reifegrad::model::save_assessment;
use reifegrad::model::{
    Assessment, BodyKind, FederalState, Questionnaire, QuestionnaireRef, Response, SizeClass,
    bundled_questionnaire,
};
use reifegrad::scoring::score;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// Runs the CLI, optionally inside `prefix` (e.g. `unshare -n`).
fn cli(prefix: &[&str], args: &[&str]) -> Output {
    let bin = env!("CARGO_BIN_EXE_reifegrad");
    let mut command = match prefix.split_first() {
        Some((first, rest)) => {
            let mut c = Command::new(first);
            c.args(rest).arg(bin);
            c
        }
        None => Command::new(bin),
    };
    command
        .env("LANG", "C.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .args(args)
        .output()
        .unwrap()
}

fn ok(prefix: &[&str], args: &[&str]) -> Output {
    let output = cli(prefix, args);
    assert!(
        output.status.success(),
        "{prefix:?} reifegrad {args:?} failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    output
}

fn s(path: &Path) -> &str {
    path.to_str().unwrap()
}

fn pdf_text(path: &Path) -> String {
    let bytes = std::fs::read(path).unwrap();
    let doc = PdfDocument::parse(&bytes, &PdfParseOptions::default(), &mut Vec::new()).unwrap();
    doc.extract_text()
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" ")
}

/// What must never leave a town's own files.
struct Secrets {
    names: Vec<String>,
    others: Vec<String>,
}

/// Seven towns of one cell (size class, state, kind) with distinct answers, and two of
/// another cell: names, respondents and comments that must not travel.
fn towns(q: &Questionnaire, dir: &Path) -> (Vec<PathBuf>, Secrets) {
    let ids: Vec<String> = q.questions().map(|(_, q)| q.id.clone()).collect();
    let mut files = Vec::new();
    let mut secrets = Secrets {
        names: Vec::new(),
        others: Vec::new(),
    };
    for i in 0..9 {
        let mut a: Assessment = example_assessment(q);
        a.profile.name = format!("Geheimhausen{i}");
        a.profile.population = 14_111 + i as u32 * 7;
        if i >= 7 {
            a.profile.state = FederalState::Bremen;
        }
        a.respondents = format!("Frau Verschwiegen{i}, Kämmerei");
        a.set_comment(&ids[0], format!("Vertraulicher Vermerk {i}"));
        // Distinct scores (exact duplicates would be merged into one entry).
        for id in &ids[..=i] {
            a.set_response(id, Some(Response::DontKnow));
        }
        secrets.names.push(a.profile.name.clone());
        secrets.others.extend([
            a.respondents.clone(),
            format!("Vertraulicher Vermerk {i}"),
            a.profile.population.to_string(),
        ]);
        let file = dir.join(format!("stadt{i}.ron"));
        save_assessment(&file, &a).unwrap();
        files.push(file);
    }
    (files, secrets)
}

fn assert_clean(path: &Path, text: &str, secrets: &Secrets, own: Option<&str>) {
    for name in &secrets.names {
        if Some(name.as_str()) != own {
            assert!(!text.contains(name), "{} contains {name}", path.display());
        }
    }
    if own.is_none() {
        for other in &secrets.others {
            assert!(!text.contains(other), "{} contains {other}", path.display());
        }
    }
}

/// The whole pooling round: contribute, merge, score and report against the pool;
/// checks every output for foreign names and small groups.
fn pooling_round(prefix: &[&str]) {
    let q = bundled_questionnaire().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let (files, secrets) = towns(&q, dir.path());

    let example = dir.path().join("beispiel.ron");
    ok(prefix, &["example", "-o", s(&example)]);
    ok(
        prefix,
        &[
            "validate",
            s(&example),
            "questionnaires/kommunal-reifegrad.ron",
        ],
    );

    let mut contributions = Vec::new();
    for (i, file) in files.iter().enumerate() {
        let out = dir.path().join(format!("beitrag{i}.ron"));
        ok(prefix, &["benchmark", "contribute", s(file), "-o", s(&out)]);
        let text = std::fs::read_to_string(&out).unwrap();
        assert_clean(&out, &text, &secrets, None);
        contributions.push(out);
    }
    let merged = dir.path().join("netz.ron");
    let mut args = vec![
        "benchmark",
        "merge",
        "-o",
        s(&merged),
        "--source",
        "Netz, 2026",
    ];
    args.extend(contributions.iter().map(|p| s(p)));
    let merge = ok(prefix, &args);
    let merge_report = String::from_utf8_lossy(&merge.stderr).into_owned();
    let merged_text = std::fs::read_to_string(&merged).unwrap();
    assert_clean(&merged, &merged_text, &secrets, None);
    // The two Bremen towns would form a cell of 2: they are kept with their state
    // generalised, so that no published combination is rarer than 5.
    let benchmark = parse_benchmark(&merged, &merged_text).unwrap();
    assert_eq!(benchmark.entries.len(), 9, "{merge_report}");
    assert!(
        benchmark
            .entries
            .iter()
            .all(|e| e.state != Some(FederalState::Bremen))
    );
    let mut combinations = std::collections::BTreeMap::new();
    for e in &benchmark.entries {
        *combinations
            .entry((e.size_class, e.state, e.kind))
            .or_insert(0) += 1;
    }
    assert!(combinations.values().all(|n| *n >= 5), "{combinations:?}");

    ok(prefix, &["validate", s(&merged)]);
    let json = ok(
        prefix,
        &["score", s(&files[0]), "--json", "--benchmark", s(&merged)],
    );
    let json = String::from_utf8(json.stdout).unwrap();
    assert_clean(
        Path::new("score --json"),
        &json,
        &secrets,
        Some("Geheimhausen0"),
    );

    let pdf = dir.path().join("bericht.pdf");
    ok(
        prefix,
        &[
            "report",
            s(&files[0]),
            "-o",
            s(&pdf),
            "--benchmark",
            s(&merged),
        ],
    );
    let text = pdf_text(&pdf);
    assert!(text.contains("Geheimhausen0"), "own name on the title page");
    assert_clean(&pdf, &text, &secrets, Some("Geheimhausen0"));
    assert!(text.contains("Median"), "peers of 7 are shown");

    // The spreadsheet: the own town's data and the published peer figures, nothing of
    // the others.
    for extension in ["ods", "xlsx", "csv"] {
        let sheet = dir.path().join(format!("tabelle.{extension}"));
        ok(
            prefix,
            &[
                "export",
                s(&files[0]),
                "-o",
                s(&sheet),
                "--benchmark",
                s(&merged),
            ],
        );
        let text = crate::common::sheets::texts(&sheet);
        assert_clean(&sheet, &text, &secrets, Some("Geheimhausen0"));
        for i in 1..9 {
            for other in [
                format!("Vertraulicher Vermerk {i}"),
                format!("Verschwiegen{i}"),
            ] {
                assert!(!text.contains(&other), "{extension} contains {other}");
            }
        }
    }

    let generated = dir.path().join("synthetisch.ron");
    ok(
        prefix,
        &[
            "benchmark",
            "generate",
            "--entries",
            "300",
            "-o",
            s(&generated),
        ],
    );
}

#[test]
fn pooled_outputs_never_carry_names_and_generalise_rare_cells() {
    pooling_round(&[]);
}

/// `unshare -n` as root, `unshare -rn` (with a user namespace) otherwise.
fn network_namespace() -> Option<Vec<&'static str>> {
    for prefix in [vec!["unshare", "-n"], vec!["unshare", "-rn"]] {
        let works = Command::new(prefix[0])
            .args(&prefix[1..])
            .arg("true")
            .output()
            .is_ok_and(|o| o.status.success());
        if works {
            return Some(prefix);
        }
    }
    None
}

#[test]
fn every_subcommand_works_without_network() {
    let Some(prefix) = network_namespace() else {
        eprintln!(
            "SKIPPED: `unshare -n` is not permitted here (no network namespaces); the \
             offline test did not run"
        );
        return;
    };
    // Inside, there is no way out: only the loopback device, and it is down.
    let links = Command::new(prefix[0])
        .args(&prefix[1..])
        .args(["cat", "/proc/net/dev"])
        .output()
        .unwrap();
    let devices = String::from_utf8_lossy(&links.stdout);
    let names: Vec<&str> = devices
        .lines()
        .skip(2)
        .filter_map(|l| l.split(':').next())
        .map(str::trim)
        .collect();
    assert_eq!(names, ["lo"], "{devices}");
    pooling_round(&prefix);

    // The app itself, where a display exists (X11 via its Unix socket).
    if std::env::var_os("DISPLAY").is_some() {
        let dir = tempfile::tempdir().unwrap();
        let output = Command::new(prefix[0])
            .args(&prefix[1..])
            .arg(env!("CARGO_BIN_EXE_reifegrad"))
            .arg("--startup-probe")
            .env("XDG_DATA_HOME", dir.path())
            .output()
            .unwrap();
        let stdout = String::from_utf8_lossy(&output.stdout);
        assert!(stdout.contains("first frame"), "app offline: {output:?}");
    } else {
        eprintln!("app window under `unshare -n`: skipped – no DISPLAY");
    }
}

/// A benchmark where the example town's default group has `n` entries (and other groups
/// enough for a valid file).
fn benchmark_with_default_group(q: &Questionnaire, n: usize) -> Benchmark {
    let a = example_assessment(q);
    let group = PeerGroup::default_for(&a.profile);
    let scores: BTreeMap<String, f64> = q
        .dimensions
        .iter()
        .enumerate()
        .map(|(i, d)| (d.id.clone(), 61.5 + i as f64))
        .collect();
    let entry = |size_class, state, kind, bump: f64| Entry {
        size_class: SizeRange::exact(size_class),
        state: Some(state),
        kind: Some(kind),
        year: 2026,
        scores: scores.iter().map(|(k, v)| (k.clone(), v + bump)).collect(),
        token: String::new(),
    };
    let mut entries = Vec::new();
    for i in 0..n {
        entries.push(entry(
            group.size_class.unwrap(),
            FederalState::ALL[i % 3],
            group.kind.unwrap(),
            i as f64,
        ));
    }
    for i in 0..6 {
        entries.push(entry(
            SizeClass::Over100k,
            FederalState::Bayern,
            BodyKind::Stadt,
            i as f64,
        ));
    }
    Benchmark {
        format_version: 1,
        source: "Testnetz".into(),
        synthetic: false,
        questionnaire: QuestionnaireRef {
            id: q.id.clone(),
            version: q.version.clone(),
        },
        entries,
        network: None,
    }
}

#[test]
fn a_peer_group_under_five_never_reaches_pdf_or_json() {
    let q = bundled_questionnaire().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let town = dir.path().join("lindenhagen.ron");
    save_assessment(&town, &example_assessment(&q)).unwrap();
    let own = score(&q, &example_assessment(&q));
    assert!(own.dimensions.iter().all(|d| d.score.is_some()));

    let mut texts = Vec::new();
    for n in [MIN_GROUP_SIZE - 1, MIN_GROUP_SIZE] {
        let file = dir.path().join(format!("netz{n}.ron"));
        std::fs::write(
            &file,
            benchmark_to_ron(&benchmark_with_default_group(&q, n)).unwrap(),
        )
        .unwrap();
        let pdf = dir.path().join(format!("bericht{n}.pdf"));
        ok(
            &[],
            &["report", s(&town), "-o", s(&pdf), "--benchmark", s(&file)],
        );
        let json = ok(&[], &["score", s(&town), "--json", "--benchmark", s(&file)]);
        let json: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
        let shown = json["dimensions"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|d| !d["peers"].is_null())
            .count();
        texts.push((
            n,
            pdf_text(&pdf),
            shown,
            json["peer_group"]["shown"].clone(),
        ));
    }
    let (_, small, small_shown, small_flag) = &texts[0];
    let (_, enough, enough_shown, enough_flag) = &texts[1];
    // With 5 peers the figures appear (the control) …
    assert!(enough.contains("Median Vergleich"), "{enough}");
    assert!(enough.contains("Besser als"), "{enough}");
    assert_eq!(*enough_shown, q.dimensions.len());
    assert_eq!(enough_flag, &serde_json::Value::Bool(true));
    for median in ["63,5", "64,5", "65,5", "66,5"] {
        assert!(enough.contains(median), "peer median {median} missing");
    }
    // … with 4 not a single one: every peer cell is „–“, no peer median, no percentile.
    let table = small
        .split("Median Vergleich Besser als")
        .nth(1)
        .unwrap()
        .split("Gesamt")
        .next()
        .unwrap();
    for d in &q.dimensions {
        let name = d.name.get(reifegrad::text::Lang::De);
        let row = table.split(name).nth(1).unwrap();
        let cells: Vec<&str> = row.split_whitespace().take(6).collect();
        assert_eq!(&cells[4..6], ["–", "–"], "{name}: {row}");
    }
    assert!(!small.contains("besser als"), "{small}");
    for median in ["63,0", "64,0", "65,0", "66,0"] {
        assert!(!small.contains(median), "peer median {median} in {small}");
    }
    assert_eq!(*small_shown, 0);
    assert_eq!(small_flag, &serde_json::Value::Bool(false));
}
