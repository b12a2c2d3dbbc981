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

/// The rating rule for the cumulative anchors, stated once for the app's help, the
/// question help and the PDF's method section: the levels build on each other, and a
/// level counts when everything it describes exists.
pub fn rating_rule(lang: Lang) -> &'static str {
    match lang {
        Lang::De => {
            "Die Stufen bauen aufeinander auf: Jede Stufe ab 2 beginnt mit „Wie Stufe n−1; zusätzlich …“ und umfasst alles der Stufe davor. Eine Stufe zählt, wenn alles vorhanden ist, was sie beschreibt; es gilt die höchste Stufe, für die das zutrifft."
        }
        Lang::En => {
            "The levels build on each other: every level from 2 on begins “As level n−1; in addition …” and includes everything of the level before. A level counts when everything it describes exists; the answer is the highest level for which this holds."
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
