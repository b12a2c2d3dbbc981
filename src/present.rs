//! The presentation layer: how figures and states are written, in German and English.
//!
//! No UI or PDF types: the command line, the PDF report and the app all format through
//! these functions, so a figure reads the same everywhere.

use crate::progress::History;
use crate::text::Lang;

/// A score as text with a decimal comma (German) or point (English); „–“ when missing.
pub fn format_score(score: Option<f64>, lang: Lang) -> String {
    match score {
        None => "–".into(),
        Some(s) => {
            // Rounded like the JSON and contribution figures, so 56.25 is 56,3 everywhere.
            let text = format!("{:.1}", round1(s));
            if lang == Lang::De {
                text.replace('.', ",")
            } else {
                text
            }
        }
    }
}

/// A change of score as text: „+3,8“, „−2,1“, „±0,0“; „–“ when missing.
pub fn format_change(change: Option<f64>, lang: Lang) -> String {
    match change.map(round1) {
        None => "–".into(),
        Some(0.0) => format!("±{}", format_score(Some(0.0), lang)),
        Some(c) if c > 0.0 => format!("+{}", format_score(Some(c), lang)),
        Some(c) => format!("−{}", format_score(Some(-c), lang)),
    }
}

/// Column headings for the history's points: the year, or the date where two points
/// share a year.
pub fn history_labels(history: &History) -> Vec<String> {
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
                p.date.german()
            } else {
                p.date.year.to_string()
            }
        })
        .collect()
}

/// `text` cut to at most `max` characters, with „…“ where it was cut.
pub fn shorten(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        text.to_string()
    } else {
        let cut: String = text.chars().take(max.saturating_sub(1)).collect();
        format!("{}…", cut.trim_end())
    }
}

/// Rounds to one decimal, as scores are shown everywhere.
pub fn round1(value: f64) -> f64 {
    (value * 10.0).round() / 10.0
}

/// The label shown wherever synthetic peer figures appear (German).
pub const SYNTHETIC_LABEL_DE: &str = "Synthetische Beispieldaten – keine echten Kommunen";
/// The label shown wherever synthetic peer figures appear (English).
pub const SYNTHETIC_LABEL_EN: &str = "Synthetic example data – not real municipalities";

/// The synthetic-data label in `lang`.
pub fn synthetic_label(lang: Lang) -> &'static str {
    match lang {
        Lang::De => SYNTHETIC_LABEL_DE,
        Lang::En => SYNTHETIC_LABEL_EN,
    }
}
