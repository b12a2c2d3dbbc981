//! The title page: name, overall result with the stage scale, facts.

use super::common::{BODY, Report, SMALL, rect};
use crate::present::narrative;
use crate::report::layout::{Colour, Dash, Flow, Item, Style, clean, fit, wrap};
use crate::tr;

pub(super) fn title_page(r: &Report, flow: &mut Flow) {
    let m = flow.measure();
    let input = r.input;
    let profile = &input.assessment.profile;
    let left = flow.left();
    let width = flow.width();

    flow.paragraph(
        tr!(r.lang, "sections-title-digitalisation-strategy-outline"),
        Style::bold(9.0).colour(Colour::ACCENT),
        0.0,
    );
    flow.y += 4.0;
    flow.push(Item::Line {
        points: vec![(left, flow.y), (left + width, flow.y)],
        closed: false,
        width: 2.0,
        colour: Colour::ACCENT,
        dash: Dash::Solid,
    });
    flow.y += 90.0;
    flow.paragraph(
        tr!(r.lang, "sections-title-digital-maturity-of-administration"),
        Style::regular(13.0).colour(Colour::MUTED),
        0.0,
    );
    flow.y += 4.0;
    // Long names wrap; very long ones get a smaller size so the page still holds.
    let name = clean(m, &profile.name);
    let mut name_style = Style::bold(28.0).colour(Colour::ACCENT);
    if wrap(m, &name, name_style, width).len() > 3 {
        name_style = Style::bold(18.0).colour(Colour::ACCENT);
    }
    let lines = wrap(m, &name, name_style, width);
    flow.lines(left, &lines, name_style);
    flow.y += 2.0;
    flow.paragraph(
        &format!(
            "{} · {} · {}",
            profile.kind.name(r.lang),
            profile.state.name(),
            profile.size_class().label(r.lang)
        ),
        Style::regular(11.0).colour(Colour::MUTED),
        0.0,
    );
    flow.y += 36.0;

    // The overall result in a box, with the stage scale below.
    let scores = input.scores;
    let stage = scores
        .overall_stage
        .and_then(|i| input.questionnaire.stages.get(i));
    let pad = 16.0;
    let inner = width - 2.0 * pad;
    // A preliminary result names its coverage instead of describing the stage.
    let description = match narrative::title_caveat(r.analysis, r.lang) {
        Some(caveat) => Some(caveat),
        None => stage.map(|s| s.description.get(r.lang).to_string()),
    };
    let desc_lines = description
        .map(|d| wrap(m, &clean(m, &d), BODY, inner))
        .unwrap_or_default();
    let box_top = flow.y;
    let big = Style::bold(22.0).colour(Colour::ACCENT);
    let stage_style = Style::bold(13.0);
    let box_h = pad
        + SMALL.line_height()
        + big.line_height()
        + stage_style.line_height()
        + desc_lines.len() as f32 * BODY.line_height()
        + 6.0
        + 46.0
        + pad;
    flow.push(Item::Fill {
        points: rect(left, box_top, width, box_h),
        colour: Colour::LIGHT,
    });
    flow.y += pad;
    flow.lines(
        left + pad,
        &[if r.analysis.is_preliminary() {
            tr!(r.lang, "sections-title-preliminary-overall-result")
        } else {
            tr!(r.lang, "sections-title-overall-result")
        }
        .to_string()],
        SMALL,
    );
    let overall = match scores.overall {
        Some(_) => format!(
            "{} {}",
            r.score(scores.overall),
            tr!(r.lang, "sections-title-out-of-100-points")
        ),
        None => tr!(r.lang, "sections-title-no-result-yet").to_string(),
    };
    flow.lines(left + pad, &[overall], big);
    let stage_line = match (scores.overall_stage, stage) {
        (Some(i), Some(s)) => {
            let phase = crate::present::stage_of_total(i, input.questionnaire.stages.len(), r.lang);
            format!(
                "{}: {}",
                crate::text::capitalise(&phase),
                s.name.get(r.lang)
            )
        }
        _ => String::new(),
    };
    flow.lines(left + pad, &[stage_line], stage_style);
    flow.lines(left + pad, &desc_lines, BODY);
    flow.y += 6.0;
    flow.begin_figure(stage_scale_alt(r));
    stage_scale(r, flow, left + pad, inner);
    flow.end();
    flow.y = box_top + box_h + 30.0;

    // Facts about the assessment.
    let mut facts: Vec<(String, String)> = vec![
        (
            tr!(r.lang, "sections-title-assessment-date").into(),
            crate::present::format_date(input.assessment.date, r.lang),
        ),
        (
            tr!(r.lang, "sections-title-questionnaire").into(),
            format!(
                "{} ({} {})",
                input.questionnaire.title.get(r.lang),
                tr!(r.lang, "sections-title-version"),
                input.questionnaire.version
            ),
        ),
        (
            tr!(r.lang, "answered").into(),
            narrative::coverage_line(r.analysis, r.lang),
        ),
    ];
    if !input.assessment.respondents.trim().is_empty() {
        facts.push((
            tr!(r.lang, "sections-title-contributors").into(),
            input.assessment.respondents.clone(),
        ));
    }
    if let Some(peers) = input.peers {
        let line = if peers.is_shown() {
            r.peer_source_line(peers)
        } else {
            crate::present::peers::too_small(peers, r.lang)
        };
        facts.push((tr!(r.lang, "sections-title-comparison").into(), line));
    }
    let label_w = 140.0;
    for (label, value) in facts {
        let lines = wrap(m, &clean(m, &value), BODY, width - label_w);
        flow.ensure(BODY.line_height() * lines.len() as f32);
        let baseline = flow.y + BODY.ascent();
        flow.text_at(
            left,
            baseline,
            label,
            Style::bold(10.0).colour(Colour::MUTED),
        );
        flow.lines(left + label_w, &lines, BODY);
        flow.y += 5.0;
    }
}

/// The five stages as a bar of score bands, the town's stage filled, a marker at its score.
pub(super) fn stage_scale(r: &Report, flow: &mut Flow, x0: f32, width: f32) {
    let m = flow.measure();
    let stages = &r.input.questionnaire.stages;
    let (Some(first), Some(last)) = (stages.first(), stages.last()) else {
        return;
    };
    let (lo, hi) = (first.from, last.to.max(first.from + 1.0));
    let to_x = |v: f64| x0 + width * ((v - lo) / (hi - lo)) as f32;
    let top = flow.y + 8.0;
    let bar_h = 12.0;
    let label = Style::regular(9.0).colour(Colour::MUTED);
    for (i, stage) in stages.iter().enumerate() {
        let (a, b) = (to_x(stage.from), to_x(stage.to));
        let own = r.input.scores.overall_stage == Some(i);
        flow.push(Item::Fill {
            points: rect(a + 1.0, top, b - a - 2.0, bar_h),
            colour: if own {
                Colour::ACCENT
            } else {
                Colour::grey(0.78)
            },
        });
        let name = fit(m, stage.name.get(r.lang), label, b - a - 4.0);
        let style = if own { Style::bold(9.0) } else { label };
        let name = if own {
            fit(m, stage.name.get(r.lang), style, b - a - 4.0)
        } else {
            name
        };
        let w = m.width(&name, style.size, style.bold);
        flow.text_at((a + b - w) / 2.0, top + bar_h + 11.0, name, style);
    }
    if let Some(score) = r.input.scores.overall {
        let x = to_x(score.clamp(lo, hi));
        flow.push(Item::Fill {
            points: vec![(x - 4.5, top - 7.0), (x + 4.5, top - 7.0), (x, top - 0.5)],
            colour: Colour::TEXT,
        });
    }
    flow.y = top + bar_h + 16.0;
}

/// What the stage scale shows, with its values, for screen readers.
fn stage_scale_alt(r: &Report) -> String {
    let stages = crate::present::stage_bands(r.input.questionnaire, r.lang);
    format!(
        "{}: {}. {} {} {}",
        tr!(r.lang, "sections-title-scale-of-maturity-phases"),
        stages.join("; "),
        r.name(),
        r.score(r.input.scores.overall),
        tr!(r.lang, "points")
    )
}
