//! The appendix: every question with its answer, the evidence behind it and the next
//! step, then the discussion list and how the scores are computed.

use super::common::{H1, H2, Report};
use super::discussion::discussion_list;
use super::method::method;
use crate::model::{Evidence, Response};
use crate::report::layout::{Colour, Flow, Style, clean, wrap};
use crate::report::typography;
use crate::text::Lang;
use std::collections::HashMap;

/// The question's text.
const QUESTION: Style = Style::bold(9.5);
/// The answer.
const ANSWER: Style = Style::regular(9.0);
/// Evidence, comments and next steps.
const NOTE: Style = Style::regular(9.0).colour(Colour::MUTED);
/// Indent of everything under the question's number.
const INDENT: f32 = 26.0;

/// One evidence entry as a line: what, where, and the date.
fn evidence_line(lang: Lang, e: &Evidence) -> String {
    let mut details: Vec<String> = Vec::new();
    if !e.location.trim().is_empty() {
        details.push(e.location.trim().to_string());
    }
    if let Some(date) = e.date {
        details.push(typography::date(lang, date));
    }
    let label = match lang {
        Lang::De => "Nachweis:",
        Lang::En => "Evidence:",
    };
    if details.is_empty() {
        format!("{label} {}", e.what.trim())
    } else {
        format!("{label} {} ({})", e.what.trim(), details.join(", "))
    }
}

pub(super) fn appendix(r: &Report, flow: &mut Flow) {
    let lang = r.lang;
    let input = r.input;
    flow.heading(
        r.t(
            "Anhang: Alle Fragen und Antworten",
            "Appendix: all questions and answers",
        ),
        H1,
        60.0,
    );
    let rank_of: HashMap<&str, usize> = r
        .measures
        .iter()
        .enumerate()
        .map(|(i, m)| (m.question.id.as_str(), i))
        .collect();
    for dimension in &input.questionnaire.dimensions {
        flow.y += 4.0;
        flow.heading(dimension.name.get(lang), H2, 40.0);
        for q in &dimension.questions {
            let mut answer = match input.assessment.response(&q.id) {
                Some(Response::Level(l)) => {
                    format!("{} {l}: {}", r.t("Stufe", "Level"), r.level_text(q, l))
                }
                Some(Response::DontKnow) => r.t("Weiß nicht", "Don't know").into(),
                Some(Response::NotApplicable) => r.t("Trifft nicht zu", "Not applicable").into(),
                None => r.t("Nicht beantwortet", "Not answered").into(),
            };
            let rank = rank_of.get(q.id.as_str()).copied();
            if let Some(rank) = rank.filter(|rank| r.in_roadmap(*rank)) {
                answer = format!(
                    "{answer} →\u{a0}{}\u{a0}{}",
                    r.t("Maßnahme", "measure"),
                    rank + 1
                );
            }
            let question_lines = wrap(
                flow.measure(),
                &clean(flow.measure(), q.text.get(lang)),
                QUESTION,
                flow.width() - INDENT,
            );
            flow.ensure(
                question_lines.len() as f32 * QUESTION.line_height() + 2.0 * ANSWER.line_height(),
            );
            let baseline = flow.y + QUESTION.ascent();
            flow.text_at(flow.left(), baseline, r.code(&q.id), QUESTION);
            flow.lines(flow.left() + INDENT, &question_lines, QUESTION);
            flow.paragraph(&answer, ANSWER, INDENT);
            for e in input.assessment.evidence(&q.id) {
                flow.paragraph(&evidence_line(lang, e), NOTE, INDENT);
            }
            let comment = input.assessment.comment(&q.id).trim();
            if !comment.is_empty() {
                flow.paragraph(
                    &format!("{} {}", r.t("Anmerkung:", "Comment:"), comment),
                    NOTE,
                    INDENT,
                );
            }
            if let Some(pm) = rank
                .filter(|rank| !r.in_roadmap(*rank))
                .map(|rank| &r.measures[rank])
            {
                let text = format!(
                    "{} {} ({}, {} {})",
                    r.t("Nächster Schritt:", "Next step:"),
                    pm.measure.text.get(lang),
                    r.horizon_short(pm.measure.horizon),
                    r.t("Aufwand", "effort"),
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
