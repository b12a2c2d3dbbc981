//! Benchmarks as a user meets them: validating, comparing, contributing and merging,
//! with k-anonymity and the privacy rules checked through the command line.

#![allow(clippy::unwrap_used)]

use reifegrad::benchmark::file::{BUNDLED_BENCHMARK, benchmark_to_ron, entry_to_ron};
use reifegrad::benchmark::{
    Benchmark, Entry, MIN_GROUP_SIZE, PeerGroup, SizeRange, bundled_benchmark, parse_benchmark,
};
use reifegrad::model::{
    BodyKind, FederalState, QuestionnaireRef, SizeClass, bundled_questionnaire,
};
use std::path::{Path, PathBuf};
use std::process::Output;

fn reifegrad(args: &[&str]) -> Output {
    crate::common::cli::command()
        .args(args)
        .output()
        .expect("run reifegrad")
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

fn s(path: &Path) -> &str {
    path.to_str().unwrap()
}

fn entry(size_class: SizeClass, state: FederalState, kind: BodyKind, base: f64) -> Entry {
    Entry {
        size_class: SizeRange::exact(size_class),
        state: Some(state),
        kind: Some(kind),
        year: 2026,
        scores: ["kultur", "ressourcen", "backend", "frontend"]
            .iter()
            .enumerate()
            .map(|(i, id)| (id.to_string(), base + i as f64))
            .collect(),
        token: String::new(),
    }
}

fn benchmark(entries: Vec<Entry>, synthetic: bool) -> Benchmark {
    Benchmark {
        format_version: 1,
        source: "Testnetz 2026".into(),
        synthetic,
        questionnaire: QuestionnaireRef {
            id: "kommunal-reifegrad".into(),
            version: current_version(),
        },
        entries,
        network: None,
    }
}

/// The example town (Lindenhagen: Stadt, Hessen, 10,000–19,999) written to `dir`.
fn example(dir: &Path) -> PathBuf {
    let path = dir.join("beispiel.ron");
    let output = reifegrad(&["example", "-o", s(&path)]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    path
}

/// The version of the bundled questionnaire, which contributions must carry to be accepted.
fn current_version() -> String {
    bundled_questionnaire().unwrap().version
}

fn contribution_text(e: &Entry, questionnaire_version: &str) -> String {
    format!(
        "Contribution(format_version: 1, questionnaire: (id: \"kommunal-reifegrad\", \
         version: \"{questionnaire_version}\"), entry: {})\n",
        entry_to_ron(e).unwrap()
    )
}

#[test]
fn bundled_benchmark_is_valid_synthetic_and_labelled() {
    let b = bundled_benchmark().unwrap();
    assert!(b.synthetic);
    assert!(b.source.contains("Synthetische Beispieldaten"));
    assert_eq!(b.entries.len(), 557);
    let output = reifegrad(&["validate", "assets/benchmark-synthetic.ron"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(BUNDLED_BENCHMARK.len() < 1024 * 1024);
}

#[test]
fn score_json_carries_peers_and_table_names_the_source() {
    let dir = tempfile::tempdir().unwrap();
    let file = example(dir.path());
    let bench = "assets/benchmark-synthetic.ron";

    let plain = reifegrad(&["score", s(&file), "--json"]);
    let json: serde_json::Value = serde_json::from_slice(&plain.stdout).unwrap();
    for d in json["dimensions"].as_array().unwrap() {
        assert!(d.get("peers").is_none(), "peers without --benchmark");
    }

    let output = reifegrad(&["score", s(&file), "--json", "--benchmark", bench]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    for d in json["dimensions"].as_array().unwrap() {
        let peers = &d["peers"];
        for key in [
            "n",
            "median",
            "p25",
            "p75",
            "p10",
            "p90",
            "percentile",
            "source",
            "synthetic",
        ] {
            assert!(peers.get(key).is_some(), "missing {key}: {peers}");
        }
        assert!(peers["n"].as_u64().unwrap() >= MIN_GROUP_SIZE as u64);
        assert_eq!(peers["synthetic"], true);
        let (p10, p25, median, p75, p90) = (
            peers["p10"].as_f64().unwrap(),
            peers["p25"].as_f64().unwrap(),
            peers["median"].as_f64().unwrap(),
            peers["p75"].as_f64().unwrap(),
            peers["p90"].as_f64().unwrap(),
        );
        assert!(p10 <= p25 && p25 <= median && median <= p75 && p75 <= p90);
    }
    assert_eq!(
        json["peer_group"]["description"],
        "Kreisangehörige Stadt · 10.000–19.999 Einw. · alle Länder"
    );

    let output = reifegrad(&["score", s(&file), "--benchmark", bench]);
    let table = String::from_utf8(output.stdout).unwrap();
    assert!(table.contains("Median"), "{table}");
    assert!(table.contains("Vergleichsgruppe"), "{table}");
    assert!(
        table.contains("Synthetische Beispieldaten – keine echten Kommunen"),
        "{table}"
    );

    // Flags change the group.
    let output = reifegrad(&[
        "score",
        s(&file),
        "--json",
        "--benchmark",
        bench,
        "--kind",
        "all",
        "--size-class",
        "all",
    ]);
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(json["peer_group"]["n"], 557);
    assert_eq!(
        reifegrad(&[
            "score",
            s(&file),
            "--benchmark",
            bench,
            "--state",
            "Atlantis"
        ])
        .status
        .code(),
        Some(2)
    );
}

#[test]
fn a_group_of_four_is_never_shown_not_even_through_the_cli() {
    let dir = tempfile::tempdir().unwrap();
    let file = example(dir.path());
    let own = |base| {
        entry(
            SizeClass::From10kTo20k,
            FederalState::Hessen,
            BodyKind::Stadt,
            base,
        )
    };
    let others: Vec<Entry> = (0..20)
        .map(|i| {
            entry(
                SizeClass::Over100k,
                FederalState::Bayern,
                BodyKind::Landkreis,
                i as f64,
            )
        })
        .collect();
    let mut entries: Vec<Entry> = (0..4).map(|i| own(10.0 * i as f64)).collect();
    entries.extend(others.clone());
    let path = dir.path().join("four.ron");
    std::fs::write(&path, benchmark_to_ron(&benchmark(entries, false)).unwrap()).unwrap();

    let output = reifegrad(&["score", s(&file), "--json", "--benchmark", s(&path)]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    for d in json["dimensions"].as_array().unwrap() {
        assert!(d["peers"].is_null(), "group of 4 shown: {d}");
    }
    assert_eq!(json["peer_group"]["n"], 4);
    assert_eq!(json["peer_group"]["shown"], false);

    let output = reifegrad(&["score", s(&file), "--benchmark", s(&path)]);
    let table = String::from_utf8(output.stdout).unwrap();
    assert!(table.contains("nur 4 Kommunen"), "{table}");
    assert!(!table.contains("Median"), "{table}");
    // 0, 10, 20, 30 (+1…) are the group's values: none may show up as a peer figure.
    assert!(table.contains("Vorschlag"), "{table}");

    // The fifth town makes the group visible, with n = 5.
    let mut entries: Vec<Entry> = (0..5).map(|i| own(10.0 * i as f64)).collect();
    entries.extend(others);
    std::fs::write(&path, benchmark_to_ron(&benchmark(entries, false)).unwrap()).unwrap();
    let output = reifegrad(&["score", s(&file), "--json", "--benchmark", s(&path)]);
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let kultur = &json["dimensions"][0]["peers"];
    assert_eq!(kultur["n"], 5);
    assert_eq!(kultur["median"], 20.0);
    assert_eq!(kultur["p25"], 10.0);
    assert_eq!(kultur["p90"], 36.0);
}

#[test]
fn compare_matches_hand_computed_figures() {
    let entries: Vec<Entry> = [15.0, 20.0, 35.0, 40.0, 50.0]
        .iter()
        .map(|base| {
            entry(
                SizeClass::Under5k,
                FederalState::Bayern,
                BodyKind::Gemeinde,
                *base,
            )
        })
        .collect();
    let b = benchmark(entries, false);
    let stats = b.group_stats(PeerGroup::default());
    let peers = stats.dimension("kultur", Some(35.0)).unwrap();
    assert_eq!(
        (peers.p10, peers.p25, peers.median, peers.p75, peers.p90),
        (17.0, 20.0, 35.0, 40.0, 46.0)
    );
    // Two peers (15, 20) are strictly below 35; the tie does not count.
    assert_eq!(peers.percentile, Some(40.0));
    assert_eq!(b.group_size(&PeerGroup::default()), 5);
}

#[test]
fn contribution_holds_no_name_comment_population_or_respondents() {
    let dir = tempfile::tempdir().unwrap();
    let file = example(dir.path());
    let assessment = std::fs::read_to_string(&file).unwrap();
    let out = dir.path().join("beitrag.ron");
    let output = reifegrad(&["benchmark", "contribute", s(&file), "-o", s(&out)]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let text = std::fs::read_to_string(&out).unwrap();

    for forbidden in [
        "Lindenhagen",
        "name",
        "comment",
        "population",
        "respondents",
        "14800",
        "14_800",
        "raters",
        "votes",
    ] {
        assert!(!text.contains(forbidden), "{forbidden} in {text}");
    }
    // No free text of the assessment made it over: every quoted string is an id.
    let quoted: Vec<&str> = text.split('"').skip(1).step_by(2).collect();
    for q in &quoted {
        assert!(
            q.chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || "-_.".contains(c)),
            "free text {q:?} in {text}"
        );
    }
    assert!(
        assessment.contains("comment"),
        "example should have comments"
    );

    let output = reifegrad(&["validate", s(&out)]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
}

#[test]
fn merge_keeps_valid_entries_refuses_other_questionnaires_and_drops_duplicate_tokens() {
    let dir = tempfile::tempdir().unwrap();
    let mut files = Vec::new();
    for i in 0..6 {
        let mut e = entry(
            SizeClass::From5kTo10k,
            FederalState::Sachsen,
            BodyKind::Gemeinde,
            10.0 * i as f64,
        );
        e.token = format!("2026-{i:032x}");
        let path = dir.path().join(format!("c{i}.ron"));
        std::fs::write(&path, contribution_text(&e, &current_version())).unwrap();
        files.push(path);
    }
    // The same contribution sent twice.
    let again = dir.path().join("c0-again.ron");
    std::fs::copy(&files[0], &again).unwrap();
    files.push(again);
    // A contribution made with another questionnaire version.
    let old = dir.path().join("old.ron");
    let e = entry(
        SizeClass::From5kTo10k,
        FederalState::Sachsen,
        BodyKind::Gemeinde,
        90.0,
    );
    std::fs::write(&old, contribution_text(&e, "0.9")).unwrap();
    files.push(old.clone());

    let out = dir.path().join("netz.ron");
    let mut args = vec!["benchmark", "merge"];
    args.extend(files.iter().map(|f| s(f)));
    args.extend(["-o", s(&out), "--source", "Netzwerk Sachsen, 2026"]);
    let output = reifegrad(&args);
    let message = stderr(&output);
    assert_eq!(output.status.code(), Some(1), "{message}");
    assert!(message.contains(s(&old)), "{message}");
    assert!(message.contains("Version 0.9"), "{message}");
    assert!(
        message.contains("Doppelt (gleiches Kennzeichen): 1 Eintrag."),
        "{message}"
    );
    assert!(message.contains("abgelehnt: 1 Datei."), "{message}");

    let merged = parse_benchmark(&out, &std::fs::read_to_string(&out).unwrap()).unwrap();
    assert_eq!(merged.entries.len(), 6);
    assert_eq!(merged.source, "Netzwerk Sachsen, 2026");
    assert!(!merged.synthetic);
    assert!(merged.entries.iter().all(|e| e.scores["kultur"] != 90.0));
    let output = reifegrad(&["validate", s(&out)]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));

    // Merging the merged file with a new contribution works, and is idempotent.
    let out2 = dir.path().join("netz2.ron");
    let output = reifegrad(&["benchmark", "merge", s(&out), s(&files[1]), "-o", s(&out2)]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let merged2 = parse_benchmark(&out2, &std::fs::read_to_string(&out2).unwrap()).unwrap();
    assert_eq!(merged2.entries, merged.entries);
}

#[test]
fn merge_never_writes_a_file_of_four_towns() {
    let dir = tempfile::tempdir().unwrap();
    let mut files = Vec::new();
    for i in 0..4 {
        let e = entry(
            SizeClass::From20kTo50k,
            FederalState::Saarland,
            BodyKind::Stadt,
            20.0 + i as f64,
        );
        let path = dir.path().join(format!("c{i}.ron"));
        std::fs::write(&path, contribution_text(&e, &current_version())).unwrap();
        files.push(path);
    }
    let out = dir.path().join("netz.ron");
    let mut args = vec!["benchmark", "merge"];
    args.extend(files.iter().map(|f| s(f)));
    args.extend(["-o", s(&out)]);
    let output = reifegrad(&args);
    let message = stderr(&output);
    assert_eq!(output.status.code(), Some(1), "{message}");
    assert!(!out.exists(), "a file with a group of four was written");
    assert!(message.contains("nur 4 Einträge"), "{message}");
    assert!(message.contains("es fehlt 1"), "{message}");
    for score in ["20", "21", "22", "23"] {
        assert!(!message.contains(&format!("{score}.0")), "{message}");
    }

    // With a fifth town of the same kind the group may be pooled.
    let e = entry(
        SizeClass::From20kTo50k,
        FederalState::Saarland,
        BodyKind::Stadt,
        30.0,
    );
    let fifth = dir.path().join("c4.ron");
    std::fs::write(&fifth, contribution_text(&e, &current_version())).unwrap();
    args.insert(2, s(&fifth));
    let output = reifegrad(&args);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let merged = parse_benchmark(&out, &std::fs::read_to_string(&out).unwrap()).unwrap();
    assert_eq!(merged.entries.len(), 5);
}

#[test]
fn merge_does_not_mix_synthetic_and_real_data() {
    let dir = tempfile::tempdir().unwrap();
    let e = entry(
        SizeClass::Under5k,
        FederalState::Bayern,
        BodyKind::Gemeinde,
        10.0,
    );
    let c = dir.path().join("c.ron");
    std::fs::write(&c, contribution_text(&e, &current_version())).unwrap();
    let out = dir.path().join("out.ron");
    let output = reifegrad(&[
        "benchmark",
        "merge",
        "assets/benchmark-synthetic.ron",
        s(&c),
        "-o",
        s(&out),
    ]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).contains("nicht gemischt"),
        "{}",
        stderr(&output)
    );
    assert!(!out.exists());
}

#[test]
fn generate_is_reproducible_from_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("syn.ron");
    let output = reifegrad(&[
        "benchmark",
        "generate",
        "--seed",
        "2026",
        "--entries",
        "557",
        "-o",
        s(&out),
    ]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_eq!(std::fs::read_to_string(&out).unwrap(), BUNDLED_BENCHMARK);

    // The defaults are the bundled file's; no body takes part twice.
    let again = dir.path().join("again.ron");
    let output = reifegrad(&["benchmark", "generate", "-o", s(&again)]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_eq!(std::fs::read_to_string(&again).unwrap(), BUNDLED_BENCHMARK);
    for entries in ["0", "5571"] {
        let output = reifegrad(&["benchmark", "generate", "--entries", entries, "-o", s(&out)]);
        assert_eq!(output.status.code(), Some(1), "{entries}");
        assert!(
            stderr(&output).contains("zwischen 1 und 5570"),
            "{}",
            stderr(&output)
        );
    }
}

#[test]
fn broken_benchmark_files_give_file_line_col_and_exit_1() {
    let dir = tempfile::tempdir().unwrap();
    let good = benchmark_to_ron(&benchmark(
        vec![
            entry(
                SizeClass::Under5k,
                FederalState::Bayern,
                BodyKind::Gemeinde,
                10.0,
            ),
            entry(
                SizeClass::Under5k,
                FederalState::Bayern,
                BodyKind::Gemeinde,
                20.0,
            ),
        ],
        false,
    ))
    .unwrap();
    let contribution = contribution_text(
        &entry(
            SizeClass::Under5k,
            FederalState::Bayern,
            BodyKind::Gemeinde,
            10.0,
        ),
        &current_version(),
    );
    let cases: Vec<(&str, String, &str)> = vec![
        ("truncated.ron", good[..good.len() / 2].to_string(), ""),
        (
            "score-too-high.ron",
            good.replacen("\"kultur\": 20.0", "\"kultur\": 120.0", 1),
            "120",
        ),
        (
            "unknown-dimension.ron",
            good.replacen("\"backend\"", "\"bakend\"", 1),
            "bakend",
        ),
        (
            "with-name.ron",
            good.replacen("year: 2026", "name: \"Musterdorf\", year: 2026", 1),
            "Unbekanntes Feld „name“",
        ),
        (
            "bad-state.ron",
            good.replacen("Bayern", "Bayernland", 1),
            "Bayernland",
        ),
        (
            "year.ron",
            good.replacen("year: 2026", "year: 1999", 1),
            "1999",
        ),
        (
            "population.ron",
            contribution.replacen("year: 2026", "population: 4200, year: 2026", 1),
            "population",
        ),
        (
            "nan.ron",
            contribution.replacen("10.0", "NaN", 1),
            "nicht zwischen",
        ),
    ];
    for (name, text, expected) in cases {
        let path = dir.path().join(name);
        std::fs::write(&path, &text).unwrap();
        let output = reifegrad(&["validate", s(&path)]);
        let message = stderr(&output);
        assert_eq!(output.status.code(), Some(1), "{name}: {message}");
        let first = message.lines().next().unwrap_or_default();
        let rest = first
            .strip_prefix(s(&path))
            .unwrap_or_else(|| panic!("{name}: {message}"));
        let mut parts = rest.split(':');
        assert_eq!(parts.next(), Some(""), "{name}: {first}");
        let line: usize = parts.next().unwrap().parse().expect(first);
        let _col: usize = parts.next().unwrap().parse().expect(first);
        assert!(line >= 1);
        assert!(message.contains(expected), "{name}: {message}");
        assert!(!message.contains("panicked"), "{name}: {message}");
    }
    // The score of the second entry is reported on the second entry's line.
    let path = dir.path().join("score-too-high.ron");
    let message = stderr(&reifegrad(&["validate", s(&path)]));
    let second_entry_line = good.lines().position(|l| l.contains("20.0")).unwrap() + 1;
    assert!(
        message.starts_with(&format!("{}:{second_entry_line}:", s(&path))),
        "{message}"
    );
}

#[test]
fn no_panic_on_garbage_benchmarks() {
    let seeds = [
        "Benchmark(",
        "Benchmark()",
        "Contribution(entry: Entry())",
        "Benchmark(format_version: 4294967295)",
        "Benchmark(format_version: 1, source: \"\", synthetic: true, questionnaire: (id: \"\", version: \"\"), entries: [])",
    ];
    for text in seeds {
        let _ = parse_benchmark(Path::new("x.ron"), text);
        let _ = reifegrad::benchmark::parse_contribution(Path::new("x.ron"), text);
    }
    let empty = parse_benchmark(
        Path::new("x.ron"),
        "Benchmark(format_version: 1, source: \"\", synthetic: true, questionnaire: (id: \"\", version: \"\"), entries: [])",
    )
    .unwrap_err();
    assert!(empty.problems.len() >= 2);
}
