//! The council paper's Zeitplan: one bar per measure over the quarters.

use super::*;
use crate::tr;

/// Zeitplan: one bar per measure over the quarters, drawn as vectors.
pub(super) fn timeline(r: &Report, flow: &mut Flow, rows: &[Row]) {
    let lang = r.lang;
    let dated: Vec<(&Row, Quarter)> = rows
        .iter()
        .filter_map(|row| row.entry.start.map(|q| (row, q)))
        .collect();
    flow.heading_as(
        Role::H2,
        tr!(r.lang, "council-paper-timeline-time-plan"),
        H2,
        120.0,
    );
    let Some(first) = dated.iter().map(|(_, q)| *q).min() else {
        flow.paragraph(
            tr!(r.lang, "council-paper-timeline-no-measure-has-start"),
            BODY,
            0.0,
        );
        flow.gap(6.0);
        return;
    };
    let end = dated
        .iter()
        .map(|(row, q)| q.plus(row.quarters))
        .max()
        .unwrap_or(first.plus(4));
    // Up to six years; a longer plan is cut at the edge.
    let span = first.until(end).clamp(4, 24);
    let label_w = 40.0;
    let row_h = 16.0;
    let axis = Style::regular(9.0).colour(Colour::MUTED);
    let height = axis.line_height() * 2.0 + row_h * dated.len() as f32 + 6.0;
    let alt: Vec<String> = dated
        .iter()
        .map(|(row, q)| {
            let last = q.plus(row.quarters.saturating_sub(1));
            format!(
                "{} {} {} {}",
                row.label,
                q.label(lang),
                tr!(r.lang, "council-paper-timeline-to"),
                last.label(lang)
            )
        })
        .collect();
    flow.ensure(height);
    flow.begin_figure(format!(
        "{}: {}",
        tr!(r.lang, "council-paper-timeline-time-plan-of-measures"),
        alt.join("; ")
    ));
    let m = flow.measure();
    let left = flow.left() + label_w;
    let width = flow.width() - label_w;
    let qw = width / span as f32;
    let top = flow.y;
    // Quarter labels and year grid.
    for i in 0..span {
        let q = first.plus(i);
        let x = left + i as f32 * qw;
        let label = fit(m, &format!("Q{}", q.quarter), axis, qw - 2.0);
        flow.text_at(x + 2.0, top + axis.ascent(), label, axis);
        if q.quarter == 1 || i == 0 {
            flow.text_at(
                x + 2.0,
                top + axis.line_height() + axis.ascent(),
                q.year.to_string(),
                axis,
            );
            flow.push(Item::Line {
                points: vec![(x, top), (x, top + height - 4.0)],
                closed: false,
                width: 0.4,
                colour: Colour::RULE,
                dash: Dash::Solid,
            });
        }
    }
    // The chart's right edge, so the last bar ends inside a frame.
    let right = left + span as f32 * qw;
    flow.push(Item::Line {
        points: vec![(right, top), (right, top + height - 4.0)],
        closed: false,
        width: 0.4,
        colour: Colour::RULE,
        dash: Dash::Solid,
    });
    let mut y = top + axis.line_height() * 2.0 + 4.0;
    for (row, q) in &dated {
        flow.text_at(flow.left(), y + 11.0, row.label.clone(), Style::bold(9.0));
        let offset = first.until(*q).min(span) as f32;
        let len = (row.quarters as f32).min(span as f32 - offset).max(0.25);
        flow.push(Item::Fill {
            points: rect(
                left + offset * qw + 1.0,
                y + 2.0,
                len * qw - 2.0,
                row_h - 5.0,
            ),
            colour: Colour::ACCENT,
        });
        y += row_h;
    }
    flow.y = top + height;
    flow.end();
    flow.gap(6.0);
}
