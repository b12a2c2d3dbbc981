//! `reifegrad survey kit | import | tally | show`: the staff survey from the command line.
//!
//! The survey lives in the assessment file (`Assessment::survey`): `kit` puts a new one
//! there and writes the HTML form, the paper form with its tally sheet and an empty tally
//! file; `import` and `tally` add answers and save the assessment atomically (refused
//! files are named and change nothing, the others still count); `show` prints the
//! comparison with the officer's rating.

use super::{file_error, load_scored_assessment};
use crate::analysis::survey::{SurveyComparison, compare_survey};
use crate::files::FileError;
use crate::files::storage::write_text_atomic;
use crate::model::{Assessment, Date, Questionnaire, StaffSurvey};
use crate::present::survey as words;
use crate::survey::answers::{read_tally, tally_template};
use crate::survey::import::{Refusal, add_code, add_tally, import_files};
use crate::survey::{html::form_html, new_survey};
use crate::text::Lang;
use crate::tr;
use std::path::{Path, PathBuf};

/// What `survey kit` is asked for.
pub(crate) struct KitRequest<'a> {
    pub assessment: &'a Path,
    pub output: &'a Path,
    pub questions: &'a [String],
    pub groups: &'a [String],
    pub replace: bool,
    pub questionnaire: Option<&'a Path>,
}

/// `survey kit`: a new survey in the assessment, and the kit's files in `output`.
pub(crate) fn run_kit(request: KitRequest, lang: Lang) -> anyhow::Result<()> {
    let (questionnaire, mut assessment) =
        load_scored_assessment(request.assessment, request.questionnaire, lang)?;
    if let Some(old) = &assessment.survey
        && old.sheet_count() > 0
        && !request.replace
    {
        return Err(file_error(
            request.assessment,
            crate::msg!("survey-cli-kit-exists", sheets = old.sheet_count()),
        )
        .into());
    }
    let survey = new_survey(
        &questionnaire,
        request.questions,
        request.groups,
        Date::today(),
    )
    .map_err(|e| {
        file_error(
            request.assessment,
            crate::msg!("survey-cli-problem", text = e.message(lang)),
        )
    })?;
    std::fs::create_dir_all(request.output)
        .map_err(|e| crate::files::storage::save_error(request.output, &e))?;
    let files = write_kit_files(&survey, &questionnaire, request.output, lang)?;
    assessment.survey = Some(survey);
    crate::model::save_assessment(request.assessment, &assessment)?;
    let survey = assessment.survey.as_ref().map_or("", |s| s.id.as_str());
    eprintln!(
        "{}",
        tr!(
            lang,
            "survey-cli-kit-written",
            id = survey,
            count = request_count(&assessment),
            files = files
                .iter()
                .map(|f| f.display().to_string())
                .collect::<Vec<_>>()
                .join(", ")
        )
    );
    Ok(())
}

fn request_count(assessment: &Assessment) -> usize {
    assessment.survey.as_ref().map_or(0, |s| s.questions.len())
}

/// Writes the HTML form, the paper form with its tally sheet and an empty tally file.
pub(crate) fn write_kit_files(
    survey: &StaffSurvey,
    questionnaire: &Questionnaire,
    output: &Path,
    lang: Lang,
) -> Result<Vec<PathBuf>, FileError> {
    let html = output.join(tr!(lang, "survey-file-html"));
    write_text_atomic(&html, &form_html(survey, questionnaire, lang))?;
    let pdf = output.join(tr!(lang, "survey-file-pdf"));
    crate::report::survey_form::write_survey_form(&pdf, survey, questionnaire, lang)?;
    let tally = output.join(tr!(lang, "survey-file-tally"));
    let template = tally_template(survey, "");
    let text = crate::files::to_ron(&template).map_err(|e| {
        file_error(
            &tally,
            crate::msg!("errors-internal-write", reason = e.to_string()),
        )
    })?;
    write_text_atomic(&tally, &text)?;
    Ok(vec![html, pdf, tally])
}

/// `survey import`: answer files and codes into the assessment's survey.
pub(crate) fn run_import(
    assessment_path: &Path,
    files: &[PathBuf],
    codes: &[String],
    questionnaire: Option<&Path>,
    lang: Lang,
) -> anyhow::Result<bool> {
    let (_, mut assessment) = load_scored_assessment(assessment_path, questionnaire, lang)?;
    let survey = survey_of(&mut assessment, assessment_path)?;
    let mut report = import_files(survey, files);
    for code in codes {
        match add_code(survey, code) {
            Ok(()) => report.added += 1,
            Err(Refusal::Duplicate) => report.duplicates.push(PathBuf::from(code)),
            Err(refusal) => report.refused.push((PathBuf::from(code), refusal)),
        }
    }
    for path in &report.duplicates {
        eprintln!("{}: {}", path.display(), Refusal::Duplicate.message(lang));
    }
    for (path, refusal) in &report.refused {
        match refusal {
            Refusal::File(error) => eprintln!("{error}"),
            other => eprintln!("{}: {}", path.display(), other.message(lang)),
        }
    }
    let total = survey.sheet_count();
    if report.added > 0 {
        crate::model::save_assessment(assessment_path, &assessment)?;
    }
    eprintln!(
        "{}",
        tr!(
            lang,
            "survey-cli-import-result",
            added = report.added,
            duplicates = report.duplicates.len(),
            refused = report.refused.len(),
            total = total
        )
    );
    Ok(report.refused.is_empty())
}

/// `survey tally`: tally files of paper forms into the assessment's survey.
pub(crate) fn run_tally(
    assessment_path: &Path,
    files: &[PathBuf],
    questionnaire: Option<&Path>,
    lang: Lang,
) -> anyhow::Result<bool> {
    let (_, mut assessment) = load_scored_assessment(assessment_path, questionnaire, lang)?;
    let survey = survey_of(&mut assessment, assessment_path)?;
    let mut added = 0usize;
    let mut refused = 0usize;
    for path in files {
        let result = read_tally(path)
            .map_err(Refusal::File)
            .and_then(|tally| add_tally(survey, &tally));
        match result {
            Ok(()) => added += 1,
            Err(Refusal::File(error)) => {
                refused += 1;
                eprintln!("{error}");
            }
            Err(refusal) => {
                refused += 1;
                eprintln!("{}: {}", path.display(), refusal.message(lang));
            }
        }
    }
    let total = survey.sheet_count();
    if added > 0 {
        crate::model::save_assessment(assessment_path, &assessment)?;
    }
    eprintln!(
        "{}",
        tr!(
            lang,
            "survey-cli-tally-result",
            added = added,
            refused = refused,
            total = total
        )
    );
    Ok(refused == 0)
}

fn survey_of<'a>(
    assessment: &'a mut Assessment,
    path: &Path,
) -> Result<&'a mut StaffSurvey, FileError> {
    assessment
        .survey
        .as_mut()
        .ok_or_else(|| file_error(path, crate::msg!("survey-cli-no-survey")))
}

/// `survey show`: the comparison as text or JSON on stdout.
pub(crate) fn run_show(
    assessment_path: &Path,
    json: bool,
    questionnaire: Option<&Path>,
    lang: Lang,
) -> anyhow::Result<()> {
    let (questionnaire, assessment) = load_scored_assessment(assessment_path, questionnaire, lang)?;
    let comparison = compare_survey(&questionnaire, &assessment)
        .ok_or_else(|| file_error(assessment_path, crate::msg!("survey-cli-no-survey")))?;
    if json {
        println!("{}", show_json(&comparison));
    } else {
        print!("{}", show_text(&questionnaire, &comparison, lang));
    }
    Ok(())
}

fn show_text(questionnaire: &Questionnaire, comparison: &SurveyComparison, lang: Lang) -> String {
    let mut out = String::new();
    out.push_str(&words::summary_sentence(comparison, lang));
    out.push_str("\n\n");
    for c in &comparison.questions {
        let code = crate::present::question_code(questionnaire, &c.question.id);
        out.push_str(&format!("{code} {}\n", c.question.short_title(lang)));
        out.push_str(&format!(
            "    {}   {}\n",
            words::comparison_line(c, lang),
            tr!(lang, "survey-cli-gap", gap = words::gap_label(c.gap, lang))
        ));
        if let Some(staff) = &c.staff {
            out.push_str(&format!(
                "    {}\n",
                words::distribution_line(&staff.counts, lang)
            ));
        }
        for (group, staff) in &c.groups {
            out.push_str(&format!(
                "    {group}: {}\n",
                words::group_label(staff.as_ref(), lang)
            ));
        }
    }
    let findings: Vec<String> = comparison
        .findings()
        .filter_map(|c| words::finding_sentence(c, lang))
        .collect();
    if !findings.is_empty() {
        out.push('\n');
        for finding in findings {
            out.push_str(&format!("• {finding}\n"));
        }
    }
    out.push('\n');
    out.push_str(&words::privacy_note(lang));
    out.push('\n');
    out
}

fn show_json(comparison: &SurveyComparison) -> String {
    let questions: Vec<serde_json::Value> = comparison
        .questions
        .iter()
        .map(|c| {
            let groups: Vec<serde_json::Value> = c
                .groups
                .iter()
                .map(|(name, staff)| match staff {
                    Some(s) => serde_json::json!({
                        "group": name, "n": s.n(), "median": s.median, "levels": s.counts.levels,
                    }),
                    None => serde_json::json!({ "group": name, "hidden": true }),
                })
                .collect();
            let staff = c.staff.as_ref().map(|s| {
                serde_json::json!({
                    "n": s.n(), "median": s.median, "levels": s.counts.levels,
                    "dont_know": s.counts.dont_know,
                })
            });
            serde_json::json!({
                "id": c.question.id,
                "officer": c.officer,
                "staff": staff,
                "gap": c.gap,
                "finding": c.is_finding(),
                "groups": groups,
            })
        })
        .collect();
    serde_json::json!({ "sheets": comparison.sheets, "questions": questions }).to_string()
}
