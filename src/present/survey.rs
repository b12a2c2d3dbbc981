//! The staff survey in words: the officer's level beside the staff's median, the
//! distribution as a line, the findings where leadership and staff differ by two levels
//! or more, and the one line for the council paper.

use super::format_number;
use crate::analysis::survey::{StaffComparison, StaffDistribution, SurveyComparison};
use crate::model::LevelCounts;
use crate::survey::privacy::K;
use crate::text::Lang;
use crate::tr;

/// A median as printed: „1“, „1,5“ (German) or „1.5“ (English).
pub fn format_median(median: f64, lang: Lang) -> String {
    let decimals = if median.fract() == 0.0 { 0 } else { 1 };
    format_number(median, decimals, lang)
}

/// The officer's level: „Stufe 3“, or „keine Stufe“.
pub fn officer_label(officer: Option<u8>, lang: Lang) -> String {
    match officer {
        Some(level) => tr!(lang, "survey-level", level = level),
        None => tr!(lang, "survey-no-level").to_string(),
    }
}

/// The staff's answers in short: „Median 1 (n = 23)“, or „weniger als 5 Antworten“.
pub fn staff_label(staff: Option<&StaffDistribution>, lang: Lang) -> String {
    match staff {
        Some(staff) => tr!(
            lang,
            "survey-median",
            median = format_median(staff.median, lang),
            n = staff.n()
        ),
        None => tr!(lang, "survey-hidden", k = K),
    }
}

/// A group's answers in short: „Median 1 (n = 6)“, or „nicht gezeigt“ (too few answers,
/// or hidden so that no one can be worked out by subtraction).
pub fn group_label(staff: Option<&StaffDistribution>, lang: Lang) -> String {
    match staff {
        Some(_) => staff_label(staff, lang),
        None => tr!(lang, "survey-group-hidden").to_string(),
    }
}

/// „Leitung: Stufe 3 — Mitarbeitende: Median 1 (n = 23)“.
pub fn comparison_line(comparison: &StaffComparison, lang: Lang) -> String {
    tr!(
        lang,
        "survey-comparison-line",
        officer = officer_label(comparison.officer, lang),
        staff = staff_label(comparison.staff.as_ref(), lang)
    )
}

/// The distribution as a line: „0: 3 · 1: 12 · 2: 5 · 3: 2 · 4: 1 · weiß nicht: 2“.
pub fn distribution_line(counts: &LevelCounts, lang: Lang) -> String {
    let mut parts: Vec<String> = counts
        .levels
        .iter()
        .enumerate()
        .map(|(level, n)| format!("{level}: {n}"))
        .collect();
    if counts.dont_know > 0 {
        parts.push(tr!(
            lang,
            "survey-dont-know-count",
            count = counts.dont_know
        ));
    }
    parts.join(" · ")
}

/// The gap as printed, signed: „+2“, „−1,5“, or „–“ without one.
pub fn gap_label(gap: Option<f64>, lang: Lang) -> String {
    match gap {
        None => "–".to_string(),
        Some(gap) if gap > 0.0 => format!("+{}", format_median(gap, lang)),
        Some(gap) if gap < 0.0 => format!("−{}", format_median(-gap, lang)),
        Some(_) => "0".to_string(),
    }
}

/// The finding for a question where leadership and staff differ by two levels or more.
pub fn finding_sentence(comparison: &StaffComparison, lang: Lang) -> Option<String> {
    let (Some(officer), Some(staff), Some(gap)) =
        (comparison.officer, &comparison.staff, comparison.gap)
    else {
        return None;
    };
    if !comparison.is_finding() {
        return None;
    }
    let title = super::quote(lang, &comparison.question.short_title(lang));
    let median = format_median(staff.median, lang);
    let difference = format_median(gap.abs(), lang);
    Some(if gap > 0.0 {
        tr!(
            lang,
            "survey-finding-higher",
            question = title,
            officer = officer,
            median = median,
            n = staff.n(),
            difference = difference
        )
    } else {
        tr!(
            lang,
            "survey-finding-lower",
            question = title,
            officer = officer,
            median = median,
            n = staff.n(),
            difference = difference
        )
    })
}

/// The survey in one sentence (council paper, summaries): how many answered and how
/// many questions show a gap of two levels or more.
pub fn summary_sentence(comparison: &SurveyComparison, lang: Lang) -> String {
    let gaps = comparison.findings().count();
    let compared = comparison.questions.iter().any(|q| q.gap.is_some());
    if comparison.sheets == 0 {
        tr!(
            lang,
            "survey-summary-empty",
            count = comparison.questions.len()
        )
    } else if !compared {
        tr!(
            lang,
            "survey-summary-not-yet",
            sheets = comparison.sheets,
            k = K
        )
    } else if gaps == 0 {
        tr!(
            lang,
            "survey-summary-no-gap",
            sheets = comparison.sheets,
            count = comparison.questions.len()
        )
    } else {
        tr!(
            lang,
            "survey-summary-gaps",
            sheets = comparison.sheets,
            count = comparison.questions.len(),
            gaps = gaps
        )
    }
}

/// What the privacy rules hide, for a note under the figures.
pub fn privacy_note(lang: Lang) -> String {
    tr!(lang, "survey-privacy-note", k = K)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::survey::compare_survey;
    use crate::model::example::example_assessment;
    use crate::model::{Date, bundled_questionnaire};
    use crate::survey::answers::{StaffAnswers, StaffResponse};
    use crate::survey::import::add_answers;

    #[test]
    fn the_summary_says_what_the_counts_allow() {
        let q = bundled_questionnaire().unwrap();
        let mut assessment = example_assessment(&q);
        let chef = vec!["kultur.chefsache".to_string()];
        let survey = crate::survey::new_survey(&q, &chef, &[], Date::new(2026, 3, 1).unwrap());
        assessment.survey = Some(survey.unwrap());
        let summary = |a: &crate::model::Assessment, lang| {
            summary_sentence(&compare_survey(&q, a).unwrap(), lang)
        };
        assert_eq!(
            summary(&assessment, Lang::De),
            "Mitarbeitendenbefragung zu 1\u{a0}Frage: noch keine Antworten gezählt."
        );
        let add = |assessment: &mut crate::model::Assessment, n: u64, level: u8| {
            let survey = assessment.survey.as_mut().unwrap();
            let answers = StaffAnswers {
                format_version: 1,
                survey: survey.id.clone(),
                questionnaire: survey.questionnaire.clone(),
                id: format!("{n:012x}"),
                group: String::new(),
                answers: [("kultur.chefsache".to_string(), StaffResponse::Level(level))].into(),
            };
            add_answers(survey, &answers).unwrap();
        };
        for n in 0..4 {
            add(&mut assessment, n, 0);
        }
        assert!(summary(&assessment, Lang::De).contains("noch keine Frage hat 5\u{a0}Antworten"));
        add(&mut assessment, 4, 0);
        // The example town's officer says level 2; five staff say 0.
        let comparison = compare_survey(&q, &assessment).unwrap();
        assert_eq!(comparison.questions[0].gap, Some(2.0));
        assert!(
            summary(&assessment, Lang::En)
                .contains("on 1 question leadership and staff are 2 levels")
        );
        let finding = finding_sentence(&comparison.questions[0], Lang::De).unwrap();
        assert_eq!(
            finding,
            "Bei „Rolle der Verwaltungsspitze“ sieht die Leitung Stufe\u{a0}2, die Mitarbeitenden im Median Stufe\u{a0}0 (n\u{a0}=\u{a0}5): Die Leitung schätzt den Stand um 2\u{a0}Stufen höher ein."
        );
        assert_eq!(gap_label(Some(-1.5), Lang::De), "−1,5");
        assert_eq!(format_median(1.5, Lang::En), "1.5");
    }
}
