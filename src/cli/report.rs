//! `reifegrad report`: writes the PDF strategy outline.

use super::history::load_cli_history;
use super::load_scored_assessment;
use crate::analysis::analyse;
use crate::benchmark::file::load_benchmark_for;
use crate::text::Lang;
use std::path::{Path, PathBuf};

pub(super) fn run_report(
    path: &Path,
    output: &Path,
    benchmark: Option<&Path>,
    questionnaire: Option<&Path>,
    lang: Lang,
    compare: &[PathBuf],
) -> anyhow::Result<()> {
    let (questionnaire, assessment) = load_scored_assessment(path, questionnaire)?;
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
    let (name, path, kb) = (
        &assessment.profile.name,
        output.display(),
        bytes.div_ceil(1024),
    );
    match lang {
        Lang::De => eprintln!("Bericht für „{name}“ geschrieben: {path} ({kb} KB)"),
        Lang::En => eprintln!("Report for “{name}” written: {path} ({kb} KB)"),
    }
    Ok(())
}
