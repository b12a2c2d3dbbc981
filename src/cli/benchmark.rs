//! `reifegrad benchmark contribute | merge | generate`.

use super::{BAD_INPUT, file_error, load_questionnaire_arg, load_scored_assessment};
use crate::benchmark::file::{benchmark_to_ron, parse_benchmark};
use crate::benchmark::pool;
use crate::benchmark::synthetic::{BODY_COUNT, generate};
use crate::files::FileError;
use crate::files::storage::write_text_atomic;
use crate::msg;
use crate::present::peers::source_label;
use crate::scoring::score;
use crate::text::Lang;
use crate::tr;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

pub(super) fn run_contribute(
    assessment_path: &Path,
    output: &Path,
    questionnaire: Option<&Path>,
    lang: Lang,
) -> anyhow::Result<()> {
    let (questionnaire, mut assessment) =
        load_scored_assessment(assessment_path, questionnaire, lang)?;
    let scores = score(&questionnaire, &assessment);
    // The token stays in the assessment so that its own entry is left out of its peers.
    if crate::benchmark::token::ensure_contribution_token(&mut assessment) {
        match crate::model::save_assessment(assessment_path, &assessment) {
            Ok(()) => eprintln!(
                "{}: {}",
                assessment_path.display(),
                tr!(lang, "cli-contribute-token-saved")
            ),
            Err(error) => eprintln!("{error}\n{}", tr!(lang, "cli-contribute-token-not-saved")),
        }
    }
    let contribution = crate::benchmark::file::write_contribution(output, &assessment, &scores)?;
    let e = &contribution.entry;
    eprintln!(
        "{}",
        tr!(
            lang,
            "cli-contribution-written",
            path = output.display().to_string(),
            size_class = e.size_class.label(lang),
            state = e.state.map_or(tr!(lang, "cli-all-states"), |s| s.name()),
            kind = e.kind.map_or(tr!(lang, "cli-all-kinds"), |k| k.name(lang)),
            year = e.year.to_string(),
            count = e.scores.len()
        )
    );
    Ok(())
}

pub(super) fn run_merge(
    files: &[PathBuf],
    output: &Path,
    source: Option<String>,
    network: Option<String>,
    questionnaire: Option<&Path>,
    lang: Lang,
) -> ExitCode {
    match merge(files, output, source, network, questionnaire, lang) {
        Ok(counts) if counts.refused == 0 => ExitCode::SUCCESS,
        Ok(_) => ExitCode::from(BAD_INPUT),
        Err(error) => {
            eprintln!("{error}");
            ExitCode::from(BAD_INPUT)
        }
    }
}

/// Merges with [`pool::merge`], writes the result and reports on stderr.
fn merge(
    files: &[PathBuf],
    output: &Path,
    source: Option<String>,
    network: Option<String>,
    questionnaire_arg: Option<&Path>,
    lang: Lang,
) -> Result<pool::MergeCounts, FileError> {
    let questionnaire = load_questionnaire_arg(questionnaire_arg)?;
    let mut refused = |path: &Path, error: &FileError| {
        eprintln!("{error}");
        eprintln!(
            "{}: {}",
            path.display(),
            tr!(lang, "cli-merge-file-refused")
        );
    };
    let pool::Merged {
        benchmark,
        counts,
        report,
    } = pool::merge(files, output, source, network, &questionnaire, &mut refused)?;
    let synthetic = benchmark.synthetic;
    let text = benchmark_to_ron(&benchmark).map_err(|e| {
        file_error(
            output,
            msg!("errors-internal-write", reason = e.to_string()),
        )
    })?;
    // Check what we are about to write, e.g. an over-long --source.
    parse_benchmark(output, &text)?;
    write_text_atomic(output, &text)?;
    eprintln!(
        "{}",
        tr!(
            lang,
            "cli-merge-written",
            path = output.display().to_string(),
            count = benchmark.entries.len(),
            report = report.to_string()
        )
    );
    if synthetic {
        eprintln!(
            "{}",
            tr!(
                lang,
                "cli-note",
                note = source_label(&benchmark.source, true, lang)
            )
        );
    }
    Ok(counts)
}

pub(super) fn run_generate(
    seed: u64,
    entries: usize,
    output: &Path,
    questionnaire: Option<&Path>,
    lang: Lang,
) -> anyhow::Result<()> {
    let questionnaire = load_questionnaire_arg(questionnaire)?;
    let too_many = || file_error(output, msg!("errors-generate-entries", max = BODY_COUNT));
    if entries == 0 {
        return Err(too_many().into());
    }
    let benchmark = generate(&questionnaire, seed, entries).map_err(|_| too_many())?;
    let text = benchmark_to_ron(&benchmark).map_err(|e| {
        file_error(
            output,
            msg!("errors-internal-write", reason = e.to_string()),
        )
    })?;
    write_text_atomic(output, &text)?;
    eprintln!(
        "{}",
        tr!(
            lang,
            "cli-generate-written",
            path = output.display().to_string(),
            count = benchmark.entries.len(),
            seed = seed.to_string()
        )
    );
    Ok(())
}
