//! File safety through the real binary: odd files never hang it, read-only files are
//! never replaced, saving keeps permissions, and nothing from a file reaches the terminal
//! unescaped. Each run that could hang is killed after [`LIMIT`] and counts as a failure.

#![allow(clippy::unwrap_used)]

use reifegrad::model::bundled_questionnaire;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

/// Longest any run may take before it counts as hanging.
const LIMIT: Duration = Duration::from_secs(30);

/// Runs the binary; kills it and fails after [`LIMIT`]. Output is read while it runs, so
/// a long message cannot block it on a full pipe.
fn run(args: &[&str]) -> (Output, Duration) {
    let started = Instant::now();
    let child = Command::new(env!("CARGO_BIN_EXE_reifegrad"))
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let pid = child.id();
    let (sender, receiver) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let _ = sender.send(child.wait_with_output());
    });
    match receiver.recv_timeout(LIMIT) {
        Ok(output) => (output.unwrap(), started.elapsed()),
        Err(_) => {
            let _ = Command::new("kill").args(["-9", &pid.to_string()]).status();
            panic!("reifegrad {args:?} hung for {LIMIT:?} and was killed");
        }
    }
}

fn s(path: &Path) -> &str {
    path.to_str().unwrap()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

fn example_text() -> String {
    let q = bundled_questionnaire().unwrap();
    reifegrad::files::to_ron(&reifegrad::model::example::example_assessment(&q)).unwrap()
}

fn example_file(dir: &Path, name: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, example_text()).unwrap();
    path
}

#[cfg(unix)]
fn mkfifo(path: &Path) {
    let status = Command::new("mkfifo").arg(path).status().unwrap();
    assert!(status.success(), "mkfifo failed");
}

#[cfg(unix)]
#[test]
fn a_fifo_is_refused_at_once_by_validate_and_as_a_link() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("pipe.ron");
    mkfifo(&fifo);
    let (output, took) = run(&["validate", s(&fifo)]);
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    assert!(stderr(&output).contains("FIFO"), "{}", stderr(&output));
    assert!(took < LIMIT);

    // Linked as an earlier assessment: the score still prints, the link is reported.
    let text = example_text().replacen(
        "    answers: {",
        "    earlier: [\"pipe.ron\"],\n    answers: {",
        1,
    );
    assert!(
        text.contains("earlier: [\"pipe.ron\"]"),
        "fixture did not change"
    );
    let file = dir.path().join("mit-link.ron");
    std::fs::write(&file, text).unwrap();
    let (output, _) = run(&["score", s(&file)]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let all = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        stderr(&output)
    );
    assert!(all.contains("FIFO"), "{all}");
}

#[cfg(target_os = "linux")]
#[test]
fn dev_zero_is_refused_without_reading_it() {
    let (output, took) = run(&["validate", "/dev/zero"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output).contains("Gerät"), "{}", stderr(&output));
    assert!(took < LIMIT);
    let dir = tempfile::tempdir().unwrap();
    let text = example_text().replacen(
        "    answers: {",
        "    earlier: [\"/dev/zero\"],\n    answers: {",
        1,
    );
    let file = dir.path().join("mit-link.ron");
    std::fs::write(&file, text).unwrap();
    let (output, _) = run(&["score", s(&file)]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let all = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        stderr(&output)
    );
    assert!(all.contains("Gerät"), "{all}");
}

#[cfg(unix)]
#[test]
fn report_refuses_to_replace_a_read_only_pdf() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let file = example_file(dir.path(), "a.ron");
    let pdf = dir.path().join("bericht.pdf");
    std::fs::write(&pdf, b"alt").unwrap();
    std::fs::set_permissions(&pdf, std::fs::Permissions::from_mode(0o444)).unwrap();
    let (output, _) = run(&["report", s(&file), "-o", s(&pdf)]);
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    assert!(
        stderr(&output).contains("schreibgeschützt"),
        "{}",
        stderr(&output)
    );
    assert_eq!(std::fs::read(&pdf).unwrap(), b"alt");
    let mode = std::fs::metadata(&pdf).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o444);
}

#[cfg(unix)]
#[test]
fn writing_keeps_a_private_files_mode_and_leaves_no_temporary_file() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("privat.ron");
    std::fs::write(&file, "alt").unwrap();
    std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o600)).unwrap();
    let (output, _) = run(&["example", "-o", s(&file)]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let mode = std::fs::metadata(&file).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600, "a private file became {mode:o}");
    let names: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names, ["privat.ron"]);
}

#[test]
fn control_characters_from_a_file_never_reach_the_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let evil = example_text().replacen(
        "name: \"Lindenhagen\"",
        "name: \"Lindenhagen\", \u{1b}]0;owned\u{7}\u{1b}[2J\r\u{202e}: 1",
        1,
    );
    let file = dir.path().join("boese\u{1b}[31m.ron");
    std::fs::write(&file, &evil).unwrap();
    let (output, _) = run(&["validate", s(&file)]);
    assert_eq!(output.status.code(), Some(1));
    let err = stderr(&output);
    for bad in ['\u{1b}', '\u{7}', '\r', '\u{202e}'] {
        assert!(!err.contains(bad), "raw {bad:?} in {err:?}");
    }
    assert!(err.contains("\\u{1b}"), "{err}");
}

#[test]
fn a_huge_value_is_shortened_in_the_message() {
    let dir = tempfile::tempdir().unwrap();
    let long = "9".repeat(1 << 20);
    let text = example_text();
    let at = text.find("date: ").unwrap();
    let end = at + text[at..].find(",\n").unwrap();
    let bad = format!("{}date: \"{long}\"{}", &text[..at], &text[end..]);
    let file = dir.path().join("lang.ron");
    std::fs::write(&file, bad).unwrap();
    let (output, _) = run(&["validate", s(&file)]);
    assert_eq!(output.status.code(), Some(1));
    let err = stderr(&output);
    let longest = err.lines().map(|l| l.chars().count()).max().unwrap_or(0);
    assert!(
        longest < 1_200,
        "a {longest}-character line: {}",
        &err[..300.min(err.len())]
    );
    assert!(err.contains('…'), "{err}");
}

#[test]
fn a_file_one_byte_over_the_limit_names_two_different_sizes() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("knapp.ron");
    let big = std::fs::File::create(&file).unwrap();
    big.set_len(reifegrad::files::MAX_FILE_BYTES + 1).unwrap();
    drop(big);
    let (output, _) = run(&["validate", s(&file)]);
    assert_eq!(output.status.code(), Some(1));
    let err = stderr(&output);
    assert!(err.contains("16.777.217 Bytes"), "{err}");
    assert!(err.contains("16.777.216 Bytes"), "{err}");
}

#[test]
fn a_byte_order_mark_is_accepted() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("notepad.ron");
    let mut bytes = vec![0xEF, 0xBB, 0xBF];
    bytes.extend(example_text().as_bytes());
    std::fs::write(&file, bytes).unwrap();
    let (output, _) = run(&["validate", s(&file)]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let (output, _) = run(&["score", s(&file)]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
}

#[test]
fn a_duplicate_answer_key_is_refused_with_both_positions() {
    let dir = tempfile::tempdir().unwrap();
    let text = example_text();
    let start = text.find("    answers: {\n").unwrap() + "    answers: {\n".len();
    let first_len = text[start..].find("        ),\n").unwrap() + "        ),\n".len();
    let first_answer = &text[start..start + first_len];
    let key = first_answer
        .trim_start()
        .split(':')
        .next()
        .unwrap()
        .to_string();
    let doubled = format!(
        "{}{first_answer}{}",
        &text[..start + first_len],
        &text[start + first_len..]
    );
    let file = dir.path().join("doppelt.ron");
    std::fs::write(&file, &doubled).unwrap();
    let first = reifegrad::files::location_at(&doubled, start + 8);
    let second = reifegrad::files::location_at(&doubled, start + first_len + 8);
    let (output, _) = run(&["validate", s(&file)]);
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    let err = stderr(&output);
    assert!(err.contains("doppelt"), "{err}");
    assert!(err.contains(&key.replace('"', "")), "{key} not in {err}");
    assert!(
        err.contains(&format!("{}:{}", first.line, first.col)),
        "{err}"
    );
    assert!(
        err.contains(&format!("{}:{}", second.line, second.col)),
        "{err}"
    );
}

/// Duplicate question ids by the thousand plus a long string: every duplicate used to be
/// located by scanning the whole file again (quadratic, 5 s and more); now one pass. The
/// speed is measured in the benchmark suite; here only that it ends with exact positions.
#[test]
fn a_questionnaire_with_thousands_of_duplicates_is_checked_with_exact_positions() {
    let dir = tempfile::tempdir().unwrap();
    let text = reifegrad::model::load::BUNDLED_QUESTIONNAIRE;
    let at = text.find("Question(").unwrap();
    let line_start = text[..at].rfind('\n').unwrap() + 1;
    let indent = &text[line_start..at];
    let end = at + text[at..].find(&format!("\n{indent}Question(")).unwrap() + 1;
    let block = &text[line_start..end];
    let mut mutated = String::new();
    mutated.push_str(&text[..line_start]);
    for _ in 0..800 {
        mutated.push_str(block);
    }
    mutated.push_str(&text[line_start..]);
    let mutated = mutated.replacen("help: \"", &format!("help: \"{}", "x".repeat(400_000)), 1);
    let file = dir.path().join("doppelt-fragebogen.ron");
    std::fs::write(&file, &mutated).unwrap();
    let assessment = example_file(dir.path(), "a.ron");
    let (output, took) = run(&["score", "-q", s(&file), s(&assessment)]);
    assert_eq!(output.status.code(), Some(1));
    let err = stderr(&output);
    assert!(
        err.contains("kommt mehrfach vor"),
        "{}",
        &err[..300.min(err.len())]
    );
    // Positions are still exact: the second copy of the block starts one block later.
    let second = reifegrad::files::location_at(&mutated, line_start + block.len());
    let id_line = second.line + 1;
    assert!(
        err.contains(&format!(":{id_line}:")),
        "line {id_line} not named"
    );
    eprintln!("{} bytes, 800 duplicates: {took:?}", mutated.len());
}
