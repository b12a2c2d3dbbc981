//! The appendix: every question with its answer, the evidence behind it and the next
//! step, then the discussion list and how the scores are computed.

use super::common::{H1, H2, Report, quote};
use super::discussion::discussion_list;
use super::method::method;
use crate::model::{Dimension, Evidence, Response};
use crate::present::format_date;
use crate::report::layout::{Colour, Flow, Style, clean, wrap};
use crate::text::Lang;
use crate::tr;
use std::collections::HashMap;

/// The question's text.
const QUESTION: Style = Style::bold(9.5);
/// The answer.
const ANSWER: Style = Style::regular(9.0);
/// Evidence, comments and next steps.
const NOTE: Style = Style::regular(9.0).colour(Colour::MUTED);
/// Indent of everything under the question's number.
const INDENT: f32 = 28.0;

/// One evidence entry as a line: what, where, and the date.
fn evidence_line(lang: Lang, e: &Evidence) -> String {
    let mut details: Vec<String> = Vec::new();
    if !e.location.trim().is_empty() {
        details.push(e.location.trim().to_string());
    }
    if let Some(date) = e.date {
        details.push(format_date(date, lang));
    }
    let label = tr!(lang, "appendix-evidence-label");
    if details.is_empty() {
        format!("{label} {}", e.what.trim())
    } else {
        format!("{label} {} ({})", e.what.trim(), details.join(", "))
    }
}

/// The question's text in lines beside its number.
fn question_lines(flow: &Flow, text: &str) -> Vec<String> {
    let m = flow.measure();
    wrap(m, &clean(m, text), QUESTION, flow.width() - INDENT)
}

/// The space a question needs on its page: its text and two lines of the answer.
fn question_keep(lines: usize) -> f32 {
    lines as f32 * QUESTION.line_height() + 2.0 * ANSWER.line_height()
}

/// What must fit below a field's heading: its first question.
fn field_keep(r: &Report, flow: &Flow, dimension: &Dimension) -> f32 {
    dimension.questions.first().map_or(0.0, |q| {
        question_keep(question_lines(flow, q.text.get(r.lang)).len())
    })
}

pub(super) fn appendix(r: &Report, flow: &mut Flow) {
    let lang = r.lang;
    let input = r.input;
    let first_field = input.questionnaire.dimensions.first();
    let keep = first_field.map_or(0.0, |d| 4.0 + H2.line_height() + field_keep(r, flow, d));
    flow.heading(
        tr!(r.lang, "sections-appendix-appendix-all-questions-and"),
        H1,
        keep,
    );
    let rank_of: HashMap<&str, usize> = r
        .measures
        .iter()
        .enumerate()
        .map(|(i, m)| (m.question.id.as_str(), i))
        .collect();
    for dimension in &input.questionnaire.dimensions {
        flow.y += 4.0;
        flow.heading(dimension.name.get(lang), H2, field_keep(r, flow, dimension));
        for q in &dimension.questions {
            let mut answer = match input.assessment.response(&q.id) {
                Some(Response::Level(l)) => {
                    format!("{} {l}: {}", tr!(r.lang, "level"), r.level_text(q, l))
                }
                Some(Response::DontKnow) => tr!(r.lang, "don-t-know").into(),
                Some(Response::NotApplicable) => tr!(r.lang, "not-applicable").into(),
                None => tr!(r.lang, "sections-appendix-not-answered").into(),
            };
            let rank = rank_of.get(q.id.as_str()).copied();
            if let Some(rank) = rank.filter(|rank| r.in_roadmap(*rank)) {
                answer = format!(
                    "{answer} →\u{a0}{}\u{a0}{}",
                    tr!(r.lang, "measure"),
                    rank + 1
                );
            }
            let question_lines = question_lines(flow, q.text.get(lang));
            flow.ensure(question_keep(question_lines.len()));
            let baseline = flow.y + QUESTION.ascent();
            flow.text_at(flow.left(), baseline, r.code(&q.id), QUESTION);
            flow.lines(flow.left() + INDENT, &question_lines, QUESTION);
            flow.paragraph(&answer, ANSWER, INDENT);
            for e in input.assessment.evidence(&q.id) {
                flow.paragraph(&evidence_line(lang, e), NOTE, INDENT);
            }
            // The comment itself stands once, with its field in „Die Handlungsfelder
            // im Einzelnen“; here a pointer to it.
            if !input.assessment.comment(&q.id).trim().is_empty() {
                let pointer = tr!(
                    lang,
                    "appendix-comment-pointer",
                    field = quote(lang, dimension.name.get(lang))
                );
                flow.paragraph(&pointer, NOTE, INDENT);
            }
            if let Some((rank, pm)) = rank
                .filter(|rank| !r.in_roadmap(*rank))
                .map(|rank| (rank, &r.measures[rank]))
            {
                let text = format!(
                    "{}\u{a0}{}: {} ({}, {} {})",
                    tr!(r.lang, "sections-appendix-measure"),
                    rank + 1,
                    pm.measure.text.get(lang),
                    r.horizon_short(pm.measure.horizon),
                    tr!(r.lang, "effort"),
                    r.effort(pm.measure.effort)
                );
                flow.paragraph(&text, NOTE, INDENT);
            }
            flow.y += 4.0;
        }
    }
    if crate::workshop::has_votes(input.assessment) {
        discussion_list(r, flow);
    }
    method(r, flow);
}
