//! `reifegrad report`: writes the PDF strategy outline.

use super::history::load_cli_history;
use super::{OutputArgs, analyse_output, load_scored_assessment};
use crate::text::Lang;
use crate::tr;
use std::path::PathBuf;

pub(super) fn run_report(
    files: &OutputArgs,
    lang: Lang,
    compare: &[PathBuf],
) -> anyhow::Result<()> {
    let path = files.assessment.as_path();
    let output = files.output.as_path();
    let (questionnaire, assessment) =
        load_scored_assessment(path, files.questionnaire.as_deref(), lang)?;
    let (history, compared) = load_cli_history(path, &questionnaire, &assessment, compare, lang)?;
    compared?;
    let analysis = analyse_output(files, &questionnaire, &assessment, history)?;
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
