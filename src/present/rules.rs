//! The sentences that state a rule of the method, each worded once for the app, the
//! command line and the PDF.

use crate::progress::OtherTown;
use crate::text::Lang;
use crate::tr;

/// Why a field's score is uncertain: fewer than the coverage threshold of its questions
/// have a level. The results view, `score` and the PDF put their own mark („⚠“, „!“) in
/// front of it.
pub fn uncertain_score(lang: Lang) -> String {
    tr!(
        lang,
        "rules-uncertain-score",
        threshold = super::low_coverage_threshold(lang)
    )
}

/// The rating rule for the cumulative anchors, stated once for the app's help, the
/// question help and the PDF's method section: the levels build on each other, and a
/// level counts when everything it describes exists.
pub fn rating_rule(lang: Lang) -> &'static str {
    tr!(lang, "rules-rating-rule")
}

/// Why an earlier assessment is refused: it belongs to another town (the app adds how
/// to go on, `--compare` what it takes).
pub fn other_town(error: &OtherTown, lang: Lang) -> String {
    let OtherTown { path, own, other } = error;
    tr!(
        lang,
        "rules-other-town",
        path = path.display().to_string(),
        other = other,
        own = own
    )
}
