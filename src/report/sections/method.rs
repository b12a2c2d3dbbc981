//! „So wird gerechnet“: how answers become scores and stages, and the rating rule
//! ([`crate::present::rules::rating_rule`]).

use super::common::{BODY, H2, Report};
use crate::present::rules::rating_rule;
use crate::report::layout::Flow;
use crate::text::Lang;
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
    let levels = match lang {
        Lang::De => format!(
            "Jede Frage hat fünf beschriebene Stufen von 0 bis 4. {} „Weiß nicht“ und „trifft nicht zu“ zählen nicht mit.",
            rating_rule(lang)
        ),
        Lang::En => format!(
            "Every question has five described levels from 0 to 4. {} “Don't know” and “not applicable” are left out.",
            rating_rule(lang)
        ),
    };
    flow.paragraph(&levels, BODY, 0.0);
    flow.y += 4.0;
    let bands = crate::present::stage_bands(r.input.questionnaire, r.lang);
    let scores = match lang {
        Lang::De => format!(
            "Der Wert eines Handlungsfelds ist 100 × Σ(Gewicht × Stufe) / Σ(Gewicht × 4) über seine beantworteten Fragen, die Abdeckung der Anteil der mit einer Stufe beantworteten Fragen (unter {} gilt der Wert als unsicher). Der Gesamtwert ist der nach Handlungsfeldern gewichtete Mittelwert, und die Stufen entsprechen Punktbändern ({}).",
            crate::present::low_coverage_threshold(lang),
            bands.join(", ")
        ),
        Lang::En => format!(
            "A field's score is 100 × Σ(weight × level) / Σ(weight × 4) over its answered questions, its coverage the share of questions answered with a level (below {} the score counts as uncertain). The overall score is the weighted mean of the fields, and the stages are score bands ({}).",
            crate::present::low_coverage_threshold(lang),
            bands.join(", ")
        ),
    };
    flow.paragraph(&scores, BODY, 0.0);
}
