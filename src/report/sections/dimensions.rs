//! „Die Handlungsfelder im Einzelnen“: strengths, gaps and comments per field.

use super::common::{H1, H2, H3, Report, SMALL, quote};
use crate::model::{Dimension, Question};
use crate::present::rules::uncertain_score;
use crate::present::{format_points, level_label, question_label};
use crate::report::layout::{Flow, Style, hang};
use crate::tr;

pub(super) fn dimensions(r: &Report, flow: &mut Flow) {
    let lang = r.lang;
    let input = r.input;
    flow.heading(
        tr!(r.lang, "sections-dimensions-fields-in-detail"),
        H1,
        60.0,
    );
    flow.paragraph(
        tr!(r.lang, "sections-dimensions-strengths-are-questions-with"),
        SMALL,
        0.0,
    );
    flow.y += 8.0;
    for (dimension, d) in input
        .questionnaire
        .dimensions
        .iter()
        .zip(&input.scores.dimensions)
    {
        // Keep the heading with its summary line and the first strength.
        flow.heading(dimension.name.get(lang), H2, 100.0);
        if d.score.is_none() {
            flow.paragraph(
                &tr!(lang, "dimensions-none-answered", count = d.total),
                SMALL,
                0.0,
            );
            comments(r, flow, dimension);
            flow.y += 12.0;
            continue;
        }
        let mut meta = format!(
            "{} · {} {} · {} {} {} {}",
            format_points(d.score, lang),
            tr!(r.lang, "sections-dimensions-phase"),
            quote(lang, &r.stage_name(d.stage)),
            d.answered,
            tr!(r.lang, "of"),
            d.total,
            tr!(r.lang, "sections-dimensions-questions-answered-with-level"),
        );
        if let Some(p) = r.peers(&d.id) {
            meta = format!(
                "{meta} · {} {}",
                tr!(r.lang, "peer-median-2"),
                r.score(Some(p.median))
            );
            if input.peers.is_some_and(|p| p.synthetic) {
                meta = format!("{meta} ({})", r.synthetic_label());
            }
        }
        flow.paragraph(&meta, SMALL, 0.0);
        if d.low_coverage() {
            flow.paragraph(
                &format!("! {}", uncertain_score(lang)),
                Style::bold(10.0),
                0.0,
            );
        }
        flow.y += 4.0;

        let answered: Vec<(&Question, u8)> = dimension
            .questions
            .iter()
            .filter_map(|q| input.assessment.response(&q.id)?.level().map(|l| (q, l)))
            .collect();
        let mut strengths: Vec<(&Question, u8)> =
            answered.iter().copied().filter(|(_, l)| *l >= 2).collect();
        strengths.sort_by(|a, b| b.1.cmp(&a.1).then(b.0.weight.total_cmp(&a.0.weight)));
        strengths.truncate(2);
        let strength_floor = strengths.iter().map(|(_, l)| *l).min().unwrap_or(4);
        let mut gaps: Vec<(&Question, u8)> = answered
            .iter()
            .copied()
            // A gap lies below every strength shown (and below level 4).
            .filter(|(q, l)| *l < strength_floor && !strengths.iter().any(|(s, _)| s.id == q.id))
            .collect();
        gaps.sort_by(|a, b| {
            let ga = a.0.weight * f64::from(4 - a.1);
            let gb = b.0.weight * f64::from(4 - b.1);
            gb.total_cmp(&ga).then(a.1.cmp(&b.1))
        });
        gaps.truncate(2);

        // The question, then the level description: what is true in the town hall today.
        let item = |flow: &mut Flow, q: &Question, level: u8| {
            flow.bullet(
                "•",
                &format!(
                    "{} – {}: {}",
                    question_label(input.questionnaire, &q.id, lang),
                    level_label(level, lang),
                    r.level_text(q, level)
                ),
                Style::regular(10.0),
                0.0,
            );
            flow.y += 2.0;
        };
        flow.heading(tr!(r.lang, "sections-dimensions-strengths"), H3, 30.0);
        if strengths.is_empty() {
            flow.paragraph(
                tr!(r.lang, "sections-dimensions-no-question-at-level"),
                SMALL,
                0.0,
            );
        }
        for (q, l) in &strengths {
            item(flow, q, *l);
        }
        flow.y += 3.0;
        flow.heading(tr!(r.lang, "sections-dimensions-largest-gaps"), H3, 30.0);
        if gaps.is_empty() && answered.iter().all(|(_, l)| *l == 4) {
            flow.paragraph(
                tr!(r.lang, "sections-dimensions-every-answered-question-is"),
                SMALL,
                0.0,
            );
        } else if gaps.is_empty() {
            flow.paragraph(
                &tr!(
                    lang,
                    "sections-dimensions-no-clear-gap",
                    level = strength_floor
                ),
                SMALL,
                0.0,
            );
        }
        for (q, l) in &gaps {
            item(flow, q, *l);
        }
        if d.dont_know > 0 {
            flow.paragraph(
                &tr!(lang, "dimensions-dont-know", count = d.dont_know),
                SMALL,
                0.0,
            );
        }
        comments(r, flow, dimension);
        flow.y += 12.0;
    }
}

/// The team's comments on the field's questions, each naming its question.
fn comments(r: &Report, flow: &mut Flow, dimension: &Dimension) {
    let lang = r.lang;
    let input = r.input;
    let comments: Vec<(&Question, &str)> = dimension
        .questions
        .iter()
        .map(|q| (q, input.assessment.comment(&q.id).trim()))
        .filter(|(_, c)| !c.is_empty())
        .collect();
    if comments.is_empty() {
        return;
    }
    flow.y += 3.0;
    flow.heading(tr!(r.lang, "sections-dimensions-team-s-comments"), H3, 30.0);
    for (q, c) in comments {
        flow.bullet("•", &quote(lang, c), Style::regular(10.0), 0.0);
        flow.paragraph(
            &format!(
                "{} {}",
                tr!(r.lang, "sections-dimensions-on"),
                question_label(input.questionnaire, &q.id, lang)
            ),
            SMALL,
            hang("•", Style::regular(10.0)),
        );
        flow.y += 2.0;
    }
}
