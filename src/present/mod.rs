//! The presentation layer: how figures, labels and states are written, in German and
//! English.
//!
//! No UI or PDF types: the command line, the PDF report and the app all format through
//! these functions, so a figure reads the same everywhere. Every number goes through the
//! one rounding rule ([`crate::scoring::round_to`]: halves away from zero), and a printed
//! change is always the difference of the printed values.

pub mod duties;
pub mod labels;
pub mod narrative;
pub mod peers;
pub(crate) mod resolution;
pub mod rules;
pub mod survey;

pub use crate::files::format_file_size;
pub use labels::*;

use crate::model::Questionnaire;
use crate::progress::History;
use crate::scoring::{LOW_COVERAGE, round_score, round_to};
use crate::text::Lang;
use crate::tr;

/// A number with `decimals` places, rounded by the one rule, with a decimal comma
/// (German) or point (English).
pub(crate) fn format_number(value: f64, decimals: usize, lang: Lang) -> String {
    let rounded = round_to(value, decimals as i32);
    // −0,0 reads as a change; a rounded zero is plain zero.
    let rounded = if rounded == 0.0 { 0.0 } else { rounded };
    format!("{rounded:.decimals$}").replace('.', tr!(lang, "number-decimal-separator"))
}

/// A score as text („56,3“ / „56.3“); „–“ when missing.
pub fn format_score(score: Option<f64>, lang: Lang) -> String {
    match score {
        None => "–".into(),
        Some(s) => format_number(s, 1, lang),
    }
}

/// A score with its unit: „56,3 Punkte“ / „56.3 points“ (no-break space); „–“ when
/// missing.
pub(crate) fn format_points(score: Option<f64>, lang: Lang) -> String {
    match score {
        None => "–".into(),
        Some(_) => tr!(lang, "present-points", score = format_score(score, lang)),
    }
}

/// A change of score as text: „+3,8“, „−2,1“, „±0,0“; „–“ when missing.
pub fn format_change(change: Option<f64>, lang: Lang) -> String {
    match change.map(round_score) {
        None => "–".into(),
        Some(0.0) => format!("±{}", format_score(Some(0.0), lang)),
        Some(c) if c > 0.0 => format!("+{}", format_score(Some(c), lang)),
        Some(c) => format!("−{}", format_score(Some(-c), lang)),
    }
}

/// A share of 0–100 as a whole percentage: „13 %“ (no-break space).
pub(crate) fn format_percent(value: f64, lang: Lang) -> String {
    format!("{}\u{a0}%", format_number(value, 0, lang))
}

/// A coverage (0–1) as a whole percentage: „75 %“.
pub(crate) fn format_coverage(share: f64, lang: Lang) -> String {
    format_percent(share * 100.0, lang)
}

/// The coverage threshold as printed: „60 %“.
pub(crate) fn low_coverage_threshold(lang: Lang) -> String {
    format_coverage(LOW_COVERAGE, lang)
}

/// A percentile rank in words: „besser als 13 %“ / „better than 13 %“.
pub(crate) fn better_than(percentile: f64, lang: Lang) -> String {
    if round_to(percentile, 0) == 0.0 {
        // „besser als 0 %“ counts nothing; say what it means.
        return tr!(lang, "present-below-every-peer").into();
    }
    tr!(
        lang,
        "present-better-than",
        percent = format_percent(percentile, lang)
    )
}

/// The decimal places the questionnaire's stage edges need (0–2): 62.5 needs one.
pub(crate) fn band_decimals(questionnaire: &Questionnaire) -> usize {
    questionnaire
        .stages
        .iter()
        .flat_map(|s| [s.from, s.to])
        .map(|edge| {
            (0..2)
                .find(|d| (round_to(edge, *d as i32) - edge).abs() < 1e-9)
                .unwrap_or(2)
        })
        .max()
        .unwrap_or(0)
}

/// A stage's band of scores at the questionnaire's precision: „40–62,5“.
pub(crate) fn stage_band(questionnaire: &Questionnaire, index: usize, lang: Lang) -> String {
    let Some(stage) = questionnaire.stages.get(index) else {
        return "–".into();
    };
    let decimals = band_decimals(questionnaire);
    format!(
        "{}–{}",
        format_number(stage.from, decimals, lang),
        format_number(stage.to, decimals, lang)
    )
}

/// Every stage with its band: „Startphase 0–20“, …, „Aufbau 40–62,5“.
pub(crate) fn stage_bands(questionnaire: &Questionnaire, lang: Lang) -> Vec<String> {
    questionnaire
        .stages
        .iter()
        .enumerate()
        .map(|(i, s)| {
            format!(
                "{} {}",
                s.name.get(lang),
                stage_band(questionnaire, i, lang)
            )
        })
        .collect()
}

/// Column headings for the history's points: the year, or the date where two points
/// share a year.
pub(crate) fn history_labels(history: &History, lang: Lang) -> Vec<String> {
    history
        .points
        .iter()
        .map(|p| {
            let shared = history
                .points
                .iter()
                .filter(|o| o.date.year == p.date.year)
                .count()
                > 1;
            if shared {
                format_date(p.date, lang)
            } else {
                p.date.year.to_string()
            }
        })
        .collect()
}

/// `text` cut to at most `max` characters, with „…“ where it was cut.
pub(crate) fn shorten(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        text.to_string()
    } else {
        let cut: String = text.chars().take(max.saturating_sub(1)).collect();
        format!("{}…", cut.trim_end())
    }
}

/// The label shown wherever synthetic peer figures appear:
/// „Synthetische Beispieldaten – keine echten Kommunen“.
pub(crate) fn synthetic_label(lang: Lang) -> &'static str {
    tr!(lang, "present-synthetic-label")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn history_columns_are_years_or_dates_in_the_reader_s_language() {
        let point = |year, month, day| crate::progress::HistoryPoint {
            date: crate::model::Date::new(year, month, day).unwrap(),
            path: None,
            is_current: false,
            overall: None,
            unmatched: Vec::new(),
        };
        let history = History {
            points: vec![point(2025, 3, 1), point(2026, 2, 3), point(2026, 11, 12)],
            dimensions: Vec::new(),
            baseline: None,
            overall_change: None,
            moved: Vec::new(),
            notes: Vec::new(),
        };
        assert_eq!(
            history_labels(&history, Lang::De),
            ["2025", "03.02.2026", "12.11.2026"]
        );
        assert_eq!(
            history_labels(&history, Lang::En),
            ["2025", "3\u{a0}February 2026", "12\u{a0}November 2026"]
        );
    }

    #[test]
    fn halves_round_away_from_zero_everywhere() {
        assert_eq!(format_score(Some(56.25), Lang::De), "56,3");
        assert_eq!(format_score(Some(56.25), Lang::En), "56.3");
        assert_eq!(format_percent(12.5, Lang::De), "13\u{a0}%");
        assert_eq!(format_number(0.35, 1, Lang::En), "0.4");
        assert_eq!(format_number(-0.04, 1, Lang::De), "0,0");
        assert_eq!(format_score(None, Lang::De), "–");
    }

    #[test]
    fn a_printed_change_is_the_difference_of_the_printed_values() {
        // The change itself is taken between printed values in `progress` (tested
        // there and in tests/it/progress.rs); here only how it is written.
        assert_eq!(format_change(Some(4.9), Lang::De), "+4,9");
        assert_eq!(format_change(Some(0.0), Lang::De), "±0,0");
        assert_eq!(format_change(Some(-2.06), Lang::De), "−2,1");
    }

    #[test]
    fn percentile_words_use_the_one_rule() {
        assert_eq!(better_than(12.5, Lang::De), "besser als 13\u{a0}%");
        assert_eq!(better_than(87.5, Lang::En), "better than 88\u{a0}%");
        assert_eq!(low_coverage_threshold(Lang::De), "60\u{a0}%");
        assert_eq!(better_than(0.4, Lang::De), "unter allen Vergleichswerten");
    }
}
