//! „Zusammenfassung“: where the town stands, key findings, diagnoses, council proposal.

use super::common::{BODY, H1, H3, Report, SMALL};
use crate::analysis::Completeness;
use crate::present::narrative;
use crate::present::resolution::resolution;
use crate::report::council_paper::print_resolution;
use crate::report::layout::{Flow, Style};
use crate::tr;

pub(super) fn summary(r: &Report, flow: &mut Flow) {
    let a = r.analysis;
    let q = a.questionnaire;
    let lang = r.lang;
    flow.heading(tr!(r.lang, "sections-summary-summary"), H1, 40.0);
    flow.y += 4.0;

    // Where the town stands, and how firm that is.
    flow.paragraph(&narrative::overall_sentence(a, lang), BODY, 0.0);
    if let Some(note) = narrative::preliminary_note(a, lang) {
        flow.y += 4.0;
        flow.paragraph(&note, Style::bold(10.0), 0.0);
    }
    flow.y += 8.0;

    // Open legal duties come before any finding or measure.
    if let Some(duties) = crate::present::duties::legal_duties(a, lang) {
        flow.heading(duties.heading, H3, 40.0);
        flow.paragraph(&duties.intro, BODY, 0.0);
        flow.y += 2.0;
        for entry in &duties.entries {
            flow.bullet("•", &entry.line(), BODY, 0.0);
            flow.y += 2.0;
        }
        if let Some(note) = &duties.unanswered {
            flow.paragraph(note, BODY, 0.0);
        }
        flow.y += 8.0;
    }

    // Key findings: every one the data carries (the list is short by construction).
    let findings = narrative::findings(a, lang);
    if !findings.is_empty() {
        flow.heading(tr!(r.lang, "sections-summary-key-findings"), H3, 30.0);
        for finding in &findings {
            flow.bullet("•", finding, BODY, 0.0);
            flow.y += 2.0;
        }
        flow.y += 8.0;
    }

    // Diagnoses.
    if a.coverage.completeness != Completeness::Empty {
        flow.heading(tr!(r.lang, "what-findings-mean"), H3, 30.0);
        if a.scores.diagnoses.is_empty() {
            flow.paragraph(&narrative::no_diagnosis(a, lang), BODY, 0.0);
        }
        for d in &a.scores.diagnoses {
            flow.bullet(
                "•",
                &narrative::diagnosis_title(q, d, lang),
                Style::bold(10.0),
                0.0,
            );
            flow.paragraph(&narrative::diagnosis_message(q, d, lang), BODY, 14.0);
            flow.y += 3.0;
        }
        flow.y += 8.0;
    }

    // What the council is asked to decide.
    // The body is named as the state's municipal code names it (or as the profile says).
    let body = crate::model::council::council_of(&r.input.assessment.profile);
    let heading = tr!(
        lang,
        "summary-council-heading",
        body = body.in_text(lang),
        body_accusative = body.accusative(lang)
    );
    flow.heading(&heading, H3, 40.0);
    flow.paragraph(tr!(lang, "summary-council-same-text"), SMALL, 0.0);
    flow.y += 2.0;
    let resolution = resolution(
        a,
        &r.input.assessment.plan,
        &r.input.assessment.profile,
        lang,
    );
    print_resolution(flow, &resolution, BODY);
}
