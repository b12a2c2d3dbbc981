//! The appendix: every question with its answer, and how the scores are computed.

use super::common::{BODY, H1, H2, Report};
use super::discussion::discussion_list;
use crate::model::Response;
use crate::report::layout::{Colour, Flow, Style, clean, wrap};
use crate::text::Lang;
use std::collections::HashMap;

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
    let q_style = Style::bold(8.0);
    let a_style = Style::regular(7.5);
    let n_style = Style::regular(7.5).colour(Colour::MUTED);
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
                q_style,
                flow.width() - 22.0,
            );
            flow.ensure((question_lines.len() + 1) as f32 * q_style.line_height());
            let baseline = flow.y + q_style.ascent();
            flow.text_at(flow.left(), baseline, r.code(&q.id), q_style);
            let x = flow.left() + 22.0;
            flow.lines(x, &question_lines, q_style);
            flow.paragraph(&answer, a_style, 22.0);
            let comment = input.assessment.comment(&q.id).trim();
            if !comment.is_empty() {
                flow.paragraph(
                    &format!("{} {}", r.t("Anmerkung:", "Comment:"), comment),
                    n_style,
                    22.0,
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
                flow.paragraph(&text, n_style, 22.0);
            }
            flow.y += 3.0;
        }
    }
    if crate::workshop::has_votes(input.assessment) {
        discussion_list(r, flow);
    }
    flow.y += 8.0;
    flow.heading(
        r.t("So wird gerechnet", "How the scores are computed"),
        H2,
        50.0,
    );
    let bands: Vec<String> = input
        .questionnaire
        .stages
        .iter()
        .enumerate()
        .map(|(i, s)| {
            format!(
                "{} {}",
                s.name.get(lang),
                crate::present::stage_band(input.questionnaire, i, lang)
            )
        })
        .collect();
    let method = match lang {
        Lang::De => format!(
            "Jede Frage hat fünf beschriebene Stufen von 0 bis 4; „weiß nicht“ und „trifft nicht zu“ zählen nicht mit. Der Wert eines Handlungsfelds ist 100 × Σ(Gewicht × Stufe) / Σ(Gewicht × 4) über seine beantworteten Fragen, die Abdeckung der Anteil der mit einer Stufe beantworteten Fragen (unter {} gilt der Wert als unsicher). Der Gesamtwert ist der nach Handlungsfeldern gewichtete Mittelwert, und die Stufen entsprechen Punktbändern ({}).",
            crate::present::low_coverage_threshold(lang),
            bands.join(", ")
        ),
        Lang::En => format!(
            "Every question has five described levels from 0 to 4; “don't know” and “not applicable” are left out. A field's score is 100 × Σ(weight × level) / Σ(weight × 4) over its answered questions, its coverage the share of questions answered with a level (below {} the score counts as uncertain). The overall score is the weighted mean of the fields, and the stages are score bands ({}).",
            crate::present::low_coverage_threshold(lang),
            bands.join(", ")
        ),
    };
    flow.paragraph(&method, BODY, 0.0);
}
