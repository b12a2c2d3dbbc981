//! `reifegrad export`: writes the assessment as a spreadsheet (ODS, XLSX or CSV).

use super::{OutputArgs, analyse_output, load_scored_assessment};
use crate::sheets::{ExportOptions, SheetFormat};
use crate::text::Lang;
use crate::tr;

pub(super) fn run_export(
    files: &OutputArgs,
    options: ExportOptions,
    lang: Lang,
) -> anyhow::Result<()> {
    let output = files.output.as_path();
    // A wrong extension is named before any file is read.
    SheetFormat::of_path(output)?;
    let (questionnaire, assessment) =
        load_scored_assessment(&files.assessment, files.questionnaire.as_deref(), lang)?;
    let analysis = analyse_output(files, &questionnaire, &assessment, None)?;
    let bytes = crate::sheets::export(&analysis, &assessment, lang, options, output)?;
    eprintln!(
        "{}",
        tr!(
            lang,
            "export-written",
            name = assessment.profile.name.as_str(),
            path = output.display().to_string(),
            size = crate::present::format_file_size(bytes as u64, lang)
        )
    );
    Ok(())
}
