//! „So wird gerechnet“: how answers become scores and stages, and the rating rule
//! ([`crate::present::rules::rating_rule`]).

use super::common::{BODY, H2, Report};
use crate::present::rules::rating_rule;
use crate::report::layout::Flow;
use crate::tr;

/// The method section at the end of the appendix.
pub(super) fn method(r: &Report, flow: &mut Flow) {
    let lang = r.lang;
    flow.y += 8.0;
    flow.heading(
        tr!(r.lang, "sections-method-how-scores-are-computed"),
        H2,
        50.0,
    );
    let levels = tr!(lang, "method-levels", rating_rule = rating_rule(lang));
    flow.paragraph(&levels, BODY, 0.0);
    flow.y += 4.0;
    let bands = crate::present::stage_bands(r.input.questionnaire, r.lang);
    let scores = tr!(
        lang,
        "method-scores",
        threshold = crate::present::low_coverage_threshold(lang),
        bands = bands.join(", ")
    );
    flow.paragraph(&scores, BODY, 0.0);
}
