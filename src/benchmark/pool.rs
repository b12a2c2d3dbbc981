//! Pooling benchmark files and contributions into one benchmark: reading the inputs, the
//! rule that synthetic and real data are never mixed, and the privacy rules of
//! [`super::generalise`] (no duplicates, every published combination at least
//! [`super::MIN_GROUP_SIZE`]).

use super::file::{check_fits, parse_benchmark, parse_contribution};
use super::{Benchmark, Entry};
use crate::files::{FileError, FileKind, Problem, read_text, sniff_kind};
use crate::model::{Questionnaire, QuestionnaireRef};
use crate::msg;
use crate::text::catalogue::Message;
use std::path::{Path, PathBuf};

/// What a merge did, for its report.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct MergeCounts {
    /// Benchmark files read.
    pub benchmarks: usize,
    /// Contributions read.
    pub contributions: usize,
    /// Files refused (unreadable, wrong kind or questionnaire).
    pub refused: usize,
    /// Entries dropped as duplicates.
    pub duplicates: usize,
}

/// The result of a merge: the benchmark to write, the counts and a German report line.
#[derive(Debug, Clone)]
pub struct Merged {
    /// The pooled benchmark.
    pub benchmark: Benchmark,
    /// What was read and dropped.
    pub counts: MergeCounts,
    /// „Gelesen: … Verworfen: …“.
    pub report: String,
}

/// Pools `files` (benchmarks and contributions of `questionnaire`) into one benchmark.
/// Each refused file is passed to `refused` and counted; `Err` when synthetic and real
/// data would be mixed or no entry is left (located at `output`).
pub fn merge(
    files: &[PathBuf],
    output: &Path,
    source: Option<String>,
    network: Option<String>,
    questionnaire: &Questionnaire,
    refused: &mut dyn FnMut(&Path, &FileError),
) -> Result<Merged, FileError> {
    let mut counts = MergeCounts::default();
    let mut entries: Vec<Entry> = Vec::new();
    let mut synthetic_files: Vec<&Path> = Vec::new();
    let mut real_files: Vec<&Path> = Vec::new();
    for path in files {
        let read = read_merge_input(path, questionnaire);
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
                refused(path, &error);
                counts.refused += 1;
            }
        }
    }
    if !synthetic_files.is_empty() && !real_files.is_empty() {
        return Err(file_error(synthetic_files[0], msg!("errors-merge-mixed")));
    }
    let synthetic = !synthetic_files.is_empty();

    let files_used = counts.benchmarks + counts.contributions;
    let read = msg!(
        "errors-merge-read",
        benchmarks = counts.benchmarks,
        contributions = counts.contributions,
        refused = counts.refused
    );
    let settings = super::generalise::MergeSettings {
        synthetic,
        source,
        network,
        files: files_used,
        questionnaire: QuestionnaireRef {
            id: questionnaire.id.clone(),
            version: questionnaire.version.clone(),
        },
    };
    let (benchmark, pooled) =
        super::generalise::merged_benchmark(entries, settings).map_err(|too_few| {
            let message = msg!(
                "errors-merge-nothing-written",
                reason = too_few.message(),
                read = read.clone()
            );
            file_error(output, message)
        })?;
    counts.duplicates = pooled.duplicates;
    let report = format!("{read} {}", pooled.report());
    Ok(Merged {
        benchmark,
        counts,
        report,
    })
}

fn file_error(path: &Path, message: Message) -> FileError {
    FileError::single(path, Problem::error(None, message))
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
                    msg!("errors-merge-wrong-kind", kind = other.with_article()),
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
