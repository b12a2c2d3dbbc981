//! Crash safety, for real: the `reifegrad` binary opens an assessment through the app's
//! session code, changes answers continuously and autosaves as the app does (the hidden
//! `autosave-drill` subcommand); we kill it with SIGKILL at random moments and check each
//! time that the file on disk opens and holds a state no older than the last autosave.
//!
//! `cargo test --test crash` runs a few kills; `REIFEGRAD_CRASH_RUNS=100` runs more.

#![allow(clippy::unwrap_used)]

use reifegrad::cli::DRILL_COMMENT_PREFIX;
use reifegrad::model::{bundled_questionnaire, open_assessment};
use reifegrad::session::AUTOSAVE_DELAY;
use std::io::{BufRead, BufReader};
use std::process::Stdio;
use std::sync::mpsc::{RecvTimeoutError, channel};
use std::time::{Duration, Instant};

/// Slack on top of the autosave delay for the save itself and a busy machine: the
/// product promise is "saved within about two seconds".
const SLACK: Duration = Duration::from_millis(1_000);

struct Outcome {
    killed_after: Duration,
    saves: usize,
    lost_window: Duration,
    file_seq: u64,
    leftover_temp_files: usize,
}

fn kill_once(delay: Duration) -> Outcome {
    let questionnaire = bundled_questionnaire().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("lindenhagen.ron");
    let example = reifegrad::model::example::example_assessment(&questionnaire);
    reifegrad::model::save_assessment(&file, &example).unwrap();
    let first_id = questionnaire.questions().next().unwrap().1.id.clone();

    let mut child = crate::common::cli::command()
        .args(["autosave-drill", file.to_str().unwrap(), "--pause-ms", "2"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let stdout = child.stdout.take().unwrap();
    let (sender, receiver) = channel();
    let reader = std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines() {
            let Ok(line) = line else { break };
            if sender.send((Instant::now(), line)).is_err() {
                break;
            }
        }
    });
    let ready = match receiver.recv_timeout(Duration::from_secs(20)) {
        Ok((at, line)) if line == "ready" => at,
        other => {
            let _ = child.kill();
            panic!("drill did not start: {other:?}");
        }
    };
    // Collect confirmations until the moment of the kill.
    let mut saved: Vec<(Instant, u64)> = Vec::new();
    let kill_at = ready + delay;
    loop {
        let now = Instant::now();
        if now >= kill_at {
            break;
        }
        match receiver.recv_timeout(kill_at - now) {
            Ok((at, line)) => saved.push((at, parse_saved(&line))),
            Err(RecvTimeoutError::Timeout) => break,
            Err(RecvTimeoutError::Disconnected) => {
                let output = child.wait_with_output().unwrap();
                panic!(
                    "drill ended early ({}): {}",
                    output.status,
                    String::from_utf8_lossy(&output.stderr)
                );
            }
        }
    }
    child.kill().unwrap(); // SIGKILL on Unix
    let killed = Instant::now();
    child.wait().unwrap();
    reader.join().unwrap();
    // Lines written before the kill but read after it are confirmations too.
    saved.extend(
        receiver
            .try_iter()
            .map(|(at, line)| (at, parse_saved(&line))),
    );

    let opened = open_assessment(&file, &questionnaire)
        .unwrap_or_else(|e| panic!("after SIGKILL at {delay:?} the file does not open: {e}"));
    let assessment = opened.assessment;
    assert_eq!(assessment.profile.name, example.profile.name);
    let comment = assessment.comment(&first_id);
    let file_seq: u64 = comment
        .strip_prefix(DRILL_COMMENT_PREFIX)
        .map_or(0, |n| n.parse().unwrap());
    if file_seq == 0 {
        assert_eq!(comment, example.comment(&first_id), "unexpected comment");
    }
    let last_confirmed = saved.iter().map(|(_, n)| *n).max().unwrap_or(0);
    assert!(
        file_seq >= last_confirmed,
        "file holds change {file_seq}, but change {last_confirmed} was reported saved"
    );
    // Work lost: from the last confirmed save (or the start) to the kill.
    let since = saved
        .iter()
        .filter(|(_, n)| *n <= file_seq)
        .map(|(at, _)| *at)
        .max()
        .unwrap_or(ready);
    let lost_window = killed.saturating_duration_since(since);
    assert!(
        lost_window <= AUTOSAVE_DELAY + SLACK,
        "killed at {delay:?}: the file is {lost_window:?} old (saves: {saved:?})"
    );
    let leftover_temp_files = std::fs::read_dir(dir.path())
        .unwrap()
        .filter_map(Result::ok)
        .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
        .count();
    Outcome {
        killed_after: delay,
        saves: saved.len(),
        lost_window,
        file_seq,
        leftover_temp_files,
    }
}

fn parse_saved(line: &str) -> u64 {
    line.strip_prefix("saved ")
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("unexpected drill output {line:?}"))
}

#[test]
fn sigkill_at_random_moments_never_corrupts_or_loses_more_than_the_autosave_interval() {
    let runs: usize = std::env::var("REIFEGRAD_CRASH_RUNS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(3);
    let mut state: u64 = std::env::var("REIFEGRAD_CRASH_SEED")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(7);
    let started = Instant::now();
    let mut worst = Duration::ZERO;
    let mut temp_files = 0;
    let mut saves = 0;
    for run in 0..runs {
        // Before the first autosave, around it, and well after it; then at random.
        let delay_ms = match run {
            0 => 400,
            1 => 1_050,
            2 => 2_600,
            _ => {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                50 + state % 3_500
            }
        };
        let outcome = kill_once(Duration::from_millis(delay_ms));
        worst = worst.max(outcome.lost_window);
        temp_files += outcome.leftover_temp_files;
        saves += outcome.saves;
        eprintln!(
            "kill {run}: after {:?}, {} saves confirmed, file at change {}, {:?} of work lost at most",
            outcome.killed_after, outcome.saves, outcome.file_seq, outcome.lost_window
        );
    }
    eprintln!(
        "{runs} kills in {:.1} s: every file opened; {saves} saves confirmed; at most {worst:?} \
         of work lost (limit {:?}); {temp_files} temporary files left by kills during a save",
        started.elapsed().as_secs_f64(),
        AUTOSAVE_DELAY + SLACK
    );
}

/// Starts the drill on `file` and waits for its first line.
fn start_drill(file: &std::path::Path) -> (std::process::Child, String) {
    let mut child = crate::common::cli::command()
        .args([
            "autosave-drill",
            file.to_str().unwrap(),
            "--max-seconds",
            "30",
        ])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut first)
        .unwrap();
    (child, first)
}

#[test]
fn a_second_process_is_refused_by_the_lock_and_a_killed_holders_lock_is_taken_over() {
    let questionnaire = bundled_questionnaire().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("geteilt.reifegrad");
    let example = reifegrad::model::example::example_assessment(&questionnaire);
    reifegrad::model::save_assessment(&file, &example).unwrap();

    let (mut holder, first) = start_drill(&file);
    assert_eq!(first.trim(), "ready");
    let second = crate::common::cli::command()
        .args([
            "autosave-drill",
            file.to_str().unwrap(),
            "--max-seconds",
            "1",
        ])
        .output()
        .unwrap();
    assert_eq!(second.status.code(), Some(1));
    let message = String::from_utf8_lossy(&second.stderr);
    let who = format!(
        "@ {} (PID {})",
        reifegrad::files::guard::host_name(),
        holder.id()
    );
    assert!(
        message.contains("bereits geöffnet") && message.contains(&who),
        "{message}"
    );

    // Killed: the lock file stays behind, but nobody holds its lock any more.
    holder.kill().unwrap();
    holder.wait().unwrap();
    let lock = reifegrad::files::guard::lock_path(&file);
    assert!(
        lock.exists(),
        "a killed process cannot remove its lock file"
    );
    let (mut third, first) = start_drill(&file);
    assert_eq!(first.trim(), "ready", "the stale lock was not taken over");
    let text = std::fs::read_to_string(&lock).unwrap();
    assert!(text.contains(&format!("pid={}", third.id())), "{text}");
    third.kill().unwrap();
    third.wait().unwrap();
}
