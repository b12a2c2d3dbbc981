//! „Maßnahmen und Fahrplan“: the measures by period, and which of them the roadmap lists.

use super::common::{BODY, H1, H2, Report, SMALL};
use crate::analysis::Shape;
use crate::model::{Horizon, MeasureKind};
use crate::present::{level_label, question_label};
use crate::report::layout::{Flow, Style, clean, hang, wrap_max};
use crate::scoring::PrioritisedMeasure;
use crate::tr;

pub(super) fn roadmap(r: &Report, flow: &mut Flow) {
    let lang = r.lang;
    flow.heading(
        tr!(r.lang, "sections-roadmap-measures-and-roadmap"),
        H1,
        60.0,
    );
    flow.paragraph(
        tr!(r.lang, "sections-roadmap-measures-come-from-questionnaire"),
        BODY,
        0.0,
    );
    flow.y += 6.0;
    // Measures towards open legal duties first, under their own heading; the periods
    // list the maturity measures.
    let duties: Vec<(usize, &PrioritisedMeasure)> = r
        .measures
        .iter()
        .enumerate()
        .filter(|(_, m)| m.for_open_duty)
        .collect();
    if !duties.is_empty() {
        flow.heading(crate::present::duties::open_heading(lang), H2, 50.0);
        flow.paragraph(
            tr!(r.lang, "sections-roadmap-these-measures-lead-towards"),
            BODY,
            0.0,
        );
        flow.y += 4.0;
        for (rank, pm) in &duties {
            measure_item(r, flow, *rank, pm);
        }
    }
    let top: Vec<(usize, &PrioritisedMeasure)> = r
        .measures
        .iter()
        .enumerate()
        .filter(|(rank, m)| r.in_roadmap(*rank) && !m.for_open_duty)
        .collect();
    if top.is_empty() && duties.is_empty() {
        let text = match r.analysis.shape {
            Shape::Empty => tr!(r.lang, "sections-roadmap-no-measures-yet-no"),
            _ => tr!(r.lang, "sections-roadmap-no-measures-every-answered"),
        };
        flow.paragraph(text, BODY, 0.0);
    }
    for horizon in [Horizon::Short, Horizon::Medium, Horizon::Long] {
        let mut group: Vec<&(usize, &PrioritisedMeasure)> = top
            .iter()
            .filter(|(_, m)| m.measure.horizon == horizon)
            .collect();
        if group.is_empty() {
            continue;
        }
        // Process and people before technology; otherwise in priority order.
        group.sort_by_key(|(rank, m)| (m.measure.kind == MeasureKind::Technology, *rank));
        flow.y += 6.0;
        flow.heading(r.horizon(horizon), H2, 50.0);
        flow.y += 2.0;
        for (rank, pm) in group {
            measure_item(r, flow, *rank, pm);
        }
    }
    let rest = r.measures.len() - top.len() - duties.len();
    if rest > 0 {
        flow.y += 6.0;
        flow.paragraph(
            &tr!(lang, "roadmap-further-measures", count = rest),
            SMALL,
            0.0,
        );
    }
    if r.input.peers.is_some_and(|p| p.synthetic) && r.measures.iter().any(|m| m.trails_peers) {
        flow.paragraph(
            &format!(
                "{} {}",
                tr!(r.lang, "sections-roadmap-distance-to-peers-computed"),
                r.synthetic_label()
            ),
            Style::bold(10.0),
            0.0,
        );
    }
}

/// One measure with its number, text and a line on kind, effort, field, level and
/// question (and the legal duty it works towards).
fn measure_item(r: &Report, flow: &mut Flow, rank: usize, pm: &PrioritisedMeasure) {
    let lang = r.lang;
    flow.bullet(
        &format!("{}.", rank + 1),
        pm.measure.text.get(lang),
        Style::regular(10.0),
        0.0,
    );
    let mut meta = format!(
        "{} · {} {} · {} · {} {}",
        r.kind(pm.measure.kind),
        tr!(r.lang, "effort"),
        r.effort(pm.measure.effort),
        pm.dimension.name.get(lang),
        tr!(r.lang, "now"),
        level_label(pm.level, lang),
    );
    if let Some(duty) = crate::present::duties::measure_duty(pm.question, pm.for_open_duty, lang) {
        meta = format!("{duty} · {meta}");
    }
    if pm.trails_peers {
        meta = format!(
            "{meta} · {}",
            tr!(r.lang, "sections-roadmap-below-peer-median")
        );
    }
    // The question by code and short title; the appendix has it in full.
    let indent = hang("10.", Style::regular(10.0));
    let m = flow.measure();
    let meta = format!(
        "{meta} · {}\u{a0}{}",
        tr!(r.lang, "question"),
        question_label(r.input.questionnaire, &pm.question.id, lang)
    );
    let lines = wrap_max(m, &clean(m, &meta), SMALL, flow.width() - indent, 3);
    flow.lines(flow.left() + indent, &lines, SMALL);
    flow.y += 4.0;
}
