//! `reifegrad report`: writes the PDF strategy outline.

use super::load_scored_assessment;
use super::score::load_cli_history;
use crate::benchmark::PeerGroup;
use crate::benchmark::file::load_benchmark_for;
use crate::model::{Assessment, Questionnaire};
use crate::scoring::{Scores, score};
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
    let scores = score(&questionnaire, &assessment);
    let (history, compared) = load_cli_history(path, &questionnaire, &assessment, compare);
    compared?;
    let peers = match benchmark {
        Some(file) => Some(load_peers(file, &questionnaire, &assessment, &scores)?),
        None => None,
    };
    let input = crate::report::ReportInput {
        questionnaire: &questionnaire,
        assessment: &assessment,
        scores: &scores,
        peers: peers.as_ref(),
        history: history.as_ref(),
        lang,
    };
    let bytes = crate::report::write_pdf(&input, output)?;
    eprintln!(
        "Bericht für „{}“ geschrieben: {} ({} KB)",
        assessment.profile.name,
        output.display(),
        bytes.div_ceil(1024)
    );
    Ok(())
}

/// Loads the peer comparison for the report from a benchmark file: the town's default
/// peer group (the whole network for a network's file, else own size class and kind,
/// all states), without the town's own entry; groups under 5 show no figures.
pub fn load_peers(
    path: &Path,
    questionnaire: &Questionnaire,
    assessment: &Assessment,
    scores: &Scores,
) -> anyhow::Result<crate::benchmark::PeerComparison> {
    let benchmark = load_benchmark_for(path, questionnaire)?;
    let group = PeerGroup::default_for_benchmark(&assessment.profile, &benchmark);
    let own_token = crate::benchmark::token::token_of(assessment);
    Ok(benchmark.compare_own(group, scores, own_token))
}
