//! „Mitarbeitendenbefragung“: per question the leadership's level beside the staff's
//! answers (median, n, distribution), the largest gap first, and what the privacy rules
//! hide.

use super::common::{BODY, H2, Report, SMALL};
use crate::analysis::survey::SurveyComparison;
use crate::present::survey as words;
use crate::report::layout::{Align, Column, Flow};
use crate::tr;

/// The section, if the assessment has a staff survey.
pub(super) fn staff_survey(r: &Report, flow: &mut Flow) {
    let Some(survey) = &r.analysis.survey else {
        return;
    };
    let lang = r.lang;
    flow.heading(tr!(lang, "survey-section-title"), H2, 60.0);
    flow.paragraph(&words::summary_sentence(survey, lang), BODY, 0.0);
    flow.gap(4.0);
    table(r, survey, flow);
    flow.gap(4.0);
    flow.paragraph(&words::privacy_note(lang), SMALL, 0.0);
}

fn table(r: &Report, survey: &SurveyComparison, flow: &mut Flow) {
    let lang = r.lang;
    let columns = [
        Column {
            share: 3.0,
            align: Align::Left,
        },
        Column {
            share: 1.0,
            align: Align::Left,
        },
        Column {
            share: 1.8,
            align: Align::Left,
        },
        Column {
            share: 1.2,
            align: Align::Right,
        },
        Column {
            share: 2.4,
            align: Align::Left,
        },
    ];
    let header = [
        tr!(lang, "survey-column-question").to_string(),
        tr!(lang, "survey-column-leadership").to_string(),
        tr!(lang, "survey-column-staff").to_string(),
        tr!(lang, "survey-column-gap").to_string(),
        tr!(lang, "survey-column-distribution").to_string(),
    ];
    let rows: Vec<Vec<String>> = survey
        .questions
        .iter()
        .map(|c| {
            vec![
                format!(
                    "{} {}",
                    r.code(&c.question.id),
                    c.question.short_title(lang)
                ),
                words::officer_label(c.officer, lang),
                words::staff_label(c.staff.as_ref(), lang),
                words::gap_label(c.gap, lang),
                c.staff
                    .as_ref()
                    .map(|s| words::distribution_line(&s.counts, lang))
                    .unwrap_or_else(|| "–".to_string()),
            ]
        })
        .collect();
    flow.table(&columns, &header, &rows, 8.5);
}
