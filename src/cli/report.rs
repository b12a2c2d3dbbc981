//! `reifegrad report`: writes the PDF strategy outline.

use super::history::load_cli_history;
use super::load_scored_assessment;
use crate::analysis::analyse;
use crate::benchmark::file::load_benchmark_for;
use crate::text::Lang;
use crate::tr;
use std::path::{Path, PathBuf};

pub(super) fn run_report(
    path: &Path,
    output: &Path,
    benchmark: Option<&Path>,
    questionnaire: Option<&Path>,
    lang: Lang,
    compare: &[PathBuf],
) -> anyhow::Result<()> {
    let (questionnaire, assessment) = load_scored_assessment(path, questionnaire, lang)?;
    let (history, compared) = load_cli_history(path, &questionnaire, &assessment, compare, lang)?;
    compared?;
    let benchmark = match benchmark {
        Some(file) => Some(load_benchmark_for(file, &questionnaire)?),
        None => None,
    };
    let peers = benchmark.as_ref().map(|b| {
        (
            b,
            crate::analysis::default_peer_group(&assessment.profile, Some(b)),
        )
    });
    let analysis = analyse(&questionnaire, &assessment, peers, history);
    let input = crate::report::ReportInput::new(&analysis, &assessment, lang);
    let bytes = crate::report::write_pdf(&input, output)?;
    eprintln!(
        "{}",
        tr!(
            lang,
            "cli-report-written",
            name = assessment.profile.name.as_str(),
            path = output.display().to_string(),
            size = crate::present::format_file_size(bytes as u64, lang)
        )
    );
    Ok(())
}
