//! The command line as a user runs it: exit codes, messages, JSON.

#![allow(clippy::unwrap_used)]

use crate::common::cli::{path_str, reifegrad, stderr};
use std::path::Path;
use std::process::{Command, Output};

#[test]
fn validate_accepts_the_bundled_questionnaire() {
    let output = reifegrad(&["validate", "questionnaires/kommunal-reifegrad.ron"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
}

#[test]
fn validate_warns_about_anchor_rules_with_positions_and_still_exits_0() {
    let bundled = reifegrad(&["validate", "questionnaires/kommunal-reifegrad.ron"]);
    assert_eq!(
        stderr(&bundled),
        "",
        "the bundled questionnaire has warnings"
    );
    // Version 1.1 broke the rules: limiting clauses, non-cumulative levels.
    let old = reifegrad(&["validate", "tests/fixtures/kommunal-reifegrad-1.1.ron"]);
    assert_eq!(old.status.code(), Some(0), "{}", stderr(&old));
    let text = stderr(&old);
    assert!(
        text.contains(
            "kommunal-reifegrad-1.1.ron:144:35: Hinweis: Frage „kultur.chefsache“, Stufe 1 (de): „aber“ schränkt ein"
        ),
        "{text}"
    );
    assert!(
        text.contains("Stufe 2 (de): beginnt nicht mit „Wie Stufe 1; zusätzlich“"),
        "{text}"
    );
    assert!(text.contains("Stufe 1 (en): „but“ schränkt ein"), "{text}");
}

#[test]
fn example_scores_with_both_diagnoses() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("beispiel.ron");
    let output = reifegrad(&["example", "-o", path_str(&file)]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));

    let output = reifegrad(&["validate", path_str(&file)]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));

    let output = reifegrad(&["score", path_str(&file), "--json"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let dims = json["dimensions"].as_array().unwrap();
    assert_eq!(dims.len(), 4);
    for key in [
        "id", "name", "score", "coverage", "answered", "total", "stage",
    ] {
        assert!(dims[0].get(key).is_some(), "missing {key}");
    }
    assert!(json["overall"]["score"].as_f64().unwrap() > 0.0);
    assert!(json["overall"]["stage"].is_string());
    let ids: Vec<_> = json["diagnoses"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["id"].as_str().unwrap().to_string())
        .collect();
    assert!(ids.contains(&"facade_paint".to_string()), "{ids:?}");
    assert!(ids.contains(&"not_able".to_string()), "{ids:?}");

    let output = reifegrad(&["score", path_str(&file)]);
    let table = String::from_utf8(output.stdout).unwrap();
    assert!(table.contains("Lindenhagen"));
    assert!(table.contains("Kultur und Führung"));
    assert!(table.contains("Fassadenanstrich"));
}

#[test]
fn broken_files_give_file_line_col_and_exit_1() {
    let dir = tempfile::tempdir().unwrap();
    let q = std::fs::read_to_string("questionnaires/kommunal-reifegrad.ron").unwrap();
    let cases: Vec<(&str, Vec<u8>)> = vec![
        ("truncated.ron", q.as_bytes()[..q.len() / 3].to_vec()),
        (
            "wrong-type.ron",
            q.replacen("weight: 1.0", "weight: \"schwer\"", 1)
                .into_bytes(),
        ),
        ("empty.ron", Vec::new()),
        (
            "garbage.ron",
            (0..4096u32)
                .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
                .collect(),
        ),
        ("missing-level.ron", {
            let start = q.find("levels: [").unwrap() + "levels: [".len();
            let end = start + q[start..].find("\",").unwrap() + 2;
            format!("{}{}", &q[..start], &q[end..]).into_bytes()
        }),
    ];
    for (name, bytes) in cases {
        let path = dir.path().join(name);
        std::fs::write(&path, bytes).unwrap();
        let output = reifegrad(&["validate", path_str(&path)]);
        let message = stderr(&output);
        assert_eq!(output.status.code(), Some(1), "{name}: {message}");
        let first = message.lines().next().unwrap_or_default();
        assert!(first.starts_with(path_str(&path)), "{name}: {message}");
        if name != "empty.ron" {
            let rest = &first[path_str(&path).len()..];
            let mut parts = rest.split(':');
            assert_eq!(parts.next(), Some(""));
            assert!(
                parts.next().unwrap().parse::<usize>().is_ok(),
                "{name}: no line: {first}"
            );
            assert!(
                parts.next().unwrap().parse::<usize>().is_ok(),
                "{name}: no column: {first}"
            );
        }
        assert!(!message.contains("panicked"), "{name}: {message}");
    }
}

#[test]
fn duplicate_id_in_bundled_questionnaire_is_found() {
    let dir = tempfile::tempdir().unwrap();
    let q = std::fs::read_to_string("questionnaires/kommunal-reifegrad.ron").unwrap();
    let first_id = q.split("Question(").nth(1).unwrap();
    let first_id = &first_id[first_id.find("id: \"").unwrap() + 5..];
    let first_id = &first_id[..first_id.find('"').unwrap()];
    let second_id = q.split("Question(").nth(2).unwrap();
    let second_id = &second_id[second_id.find("id: \"").unwrap() + 5..];
    let second_id = &second_id[..second_id.find('"').unwrap()];
    let broken = q.replace(&format!("\"{second_id}\""), &format!("\"{first_id}\""));
    let path = dir.path().join("dup.ron");
    std::fs::write(&path, broken).unwrap();
    let output = reifegrad(&["validate", path_str(&path)]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).contains("kommt mehrfach vor"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn fifty_megabyte_file_is_refused_without_reading_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("huge.ron");
    let file = std::fs::File::create(&path).unwrap();
    file.set_len(50_000_000).unwrap();
    let output = reifegrad(&["validate", path_str(&path)]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).contains("50,0\u{a0}MB"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn missing_file_and_usage_errors() {
    let output = reifegrad(&["validate", "gibt-es-nicht.ron"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output).contains("gibt-es-nicht.ron: Datei nicht gefunden"));

    assert_eq!(reifegrad(&["validate"]).status.code(), Some(2));
    assert_eq!(reifegrad(&["score"]).status.code(), Some(2));
    assert_eq!(reifegrad(&["frobnicate", "x"]).status.code(), Some(2));
}

/// `score --json` is written from a serialised struct; its bytes are those the command
/// wrote when it assembled the object from string keys (saved before the change).
#[test]
fn score_json_keeps_its_bytes() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/consistency");
    let q = dir.join("questionnaire.ron");
    for (file, args, expected) in [
        (
            "edge.ron",
            vec!["--benchmark", path_str(&dir.join("peers-8.ron"))].into_iter(),
            "edge-peers.json",
        ),
        (
            "partial.ron",
            vec!["--lang", "en"].into_iter(),
            "partial-en.json",
        ),
    ] {
        let file = dir.join(file);
        let mut all = vec![
            "score",
            path_str(&file),
            "--json",
            "--questionnaire",
            path_str(&q),
        ];
        all.extend(args);
        let output = reifegrad(&all);
        assert!(output.status.success(), "{}", stderr(&output));
        let want = std::fs::read(dir.join("score-json").join(expected)).unwrap();
        assert_eq!(
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&want)
        );
    }
}

/// Runs the console twin (`reifegrad.com` on Windows) with `args`.
fn console_twin(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_reifegrad-console"))
        .args(args)
        .output()
        .expect("run reifegrad-console")
}

#[test]
fn the_console_twin_passes_output_and_exit_codes_through_unchanged() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("beispiel.reifegrad");
    let made = console_twin(&["example", "-o", path_str(&file)]);
    assert_eq!(made.status.code(), Some(0), "{}", stderr(&made));
    let broken = dir.path().join("kaputt.reifegrad");
    std::fs::write(&broken, "Assessment(\n  format_version: \"x\",\n").unwrap();
    let cases: [&[&str]; 5] = [
        &["--version"],
        &["score", path_str(&file)],
        &["score", path_str(&file), "--json"],
        &["validate", path_str(&broken)],
        &["score", "--no-such-flag"],
    ];
    let mut codes = Vec::new();
    for args in cases {
        let direct = reifegrad(args);
        let twin = console_twin(args);
        assert_eq!(twin.status.code(), direct.status.code(), "{args:?}");
        assert_eq!(twin.stdout, direct.stdout, "{args:?}");
        assert_eq!(twin.stderr, direct.stderr, "{args:?}");
        codes.push(direct.status.code());
    }
    // The cases cover success, bad input and a usage error.
    assert_eq!(codes, [Some(0), Some(0), Some(0), Some(1), Some(2)]);
}

#[test]
fn the_help_and_mistakes_on_the_command_line_are_german_by_default_and_english_on_request() {
    let help = reifegrad(&["score", "--help"]);
    assert!(help.status.success());
    let text = String::from_utf8_lossy(&help.stdout);
    assert!(text.contains("Aufruf: reifegrad score"), "{text}");
    assert!(
        text.contains("Die Werte einer Einschätzung ausgeben."),
        "{text}"
    );
    let mistake = reifegrad(&["score", "a.reifegrad", "--size-class", "riesig"]);
    assert_eq!(mistake.status.code(), Some(2));
    let text = stderr(&mistake);
    assert!(
        text.contains("Fehler: ungültiger Wert „riesig“ für --size-class"),
        "{text}"
    );
    assert!(text.contains("erlaubt sind own, all, Under5k"), "{text}");
    assert!(text.contains("Mehr dazu: reifegrad score --help"), "{text}");
    let english = reifegrad(&[
        "--lang",
        "en",
        "score",
        "a.reifegrad",
        "--size-class",
        "huge",
    ]);
    let text = stderr(&english);
    assert!(
        text.contains("error: invalid value \"huge\" for --size-class"),
        "{text}"
    );
    assert!(text.contains("allowed are own, all"), "{text}");
}
