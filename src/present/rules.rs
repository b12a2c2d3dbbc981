//! The sentences that state a rule of the method, each worded once for the app, the
//! command line and the PDF.

use crate::progress::OtherTown;
use crate::text::Lang;

/// Why a field's score is uncertain: fewer than the coverage threshold of its questions
/// have a level. The results view, `score` and the PDF put their own mark („⚠“, „!“) in
/// front of it.
pub fn uncertain_score(lang: Lang) -> String {
    let threshold = super::low_coverage_threshold(lang);
    match lang {
        Lang::De => format!(
            "Weniger als {threshold} der Fragen mit einer Stufe beantwortet – der Wert ist unsicher."
        ),
        Lang::En => format!(
            "Fewer than {threshold} of the questions answered with a level – the score is uncertain."
        ),
    }
}

/// The rating rule for anchors with several conditions, as the question help and the
/// PDF's method section state it.
pub fn rating_rule(lang: Lang) -> &'static str {
    match lang {
        Lang::De => {
            "Eine Stufe zählt, wenn alle ihre Bedingungen erfüllt sind; sonst gilt die Stufe darunter."
        }
        Lang::En => {
            "A level counts when all its conditions are met; otherwise the level below applies."
        }
    }
}

/// Why an earlier assessment is refused: it belongs to another town (the app adds how
/// to go on, `--compare` what it takes).
pub fn other_town(error: &OtherTown, lang: Lang) -> String {
    let OtherTown { path, own, other } = error;
    let path = path.display();
    match lang {
        Lang::De => format!("{path} ist die Bewertung von „{other}“, nicht von „{own}“."),
        Lang::En => format!("{path} is the assessment of “{other}”, not of “{own}”."),
    }
}
