//! The profile page: radar chart with legend and the table of fields.

use super::common::{H1, Report, SMALL, diamond, rect};
use crate::present::{format_coverage, format_percent, format_points};
use crate::report::layout::{
    Align, Colour, Column, Dash, Flow, Item, Style, clean, wrap, wrap_max,
};
use crate::tr;

pub(super) fn profile(r: &Report, flow: &mut Flow) {
    let lang = r.lang;
    let scores = r.input.scores;
    let fields = scores.dimensions.len();
    // A radar needs three axes; with fewer there is no chart, legend or figure.
    let drawn = fields >= 3;
    let chart_h = radar_height(r, flow);
    let legend = if drawn { legend_entries(r) } else { Vec::new() };
    let legend_h = if drawn {
        legend_height(flow, &legend)
    } else {
        0.0
    };
    flow.heading(
        &tr!(lang, "sections-profile-profile-of-fields", count = fields),
        H1,
        chart_h + legend_h + 20.0,
    );
    flow.y += 6.0;
    let top = flow.y;
    if drawn {
        flow.begin_figure(radar_alt(r));
        radar(r, flow, top);
        draw_legend(flow, top + chart_h, &legend);
        flow.end();
        flow.y = top + chart_h + legend_h + 12.0;
    } else {
        radar(r, flow, top);
        flow.y += 6.0;
    }

    let header: Vec<String> = [
        tr!(r.lang, "field"),
        tr!(r.lang, "score"),
        tr!(r.lang, "phase"),
        tr!(r.lang, "sections-profile-coverage"),
        tr!(r.lang, "sections-profile-peer-median"),
        tr!(r.lang, "sections-profile-better-than"),
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    let mut rows: Vec<Vec<String>> = Vec::new();
    for d in &scores.dimensions {
        let peers = r.peers(&d.id);
        let warn = if d.score.is_some() && d.low_coverage() {
            " !"
        } else {
            ""
        };
        rows.push(vec![
            d.name.get(lang).to_string(),
            r.score(d.score),
            r.stage_name(d.stage),
            format!("{}{warn}", format_coverage(d.coverage, lang)),
            peers.map_or("–".into(), |p| r.score(Some(p.median))),
            peers
                .and_then(|p| p.percentile)
                .map_or("–".into(), |p| format_percent(p, lang)),
        ]);
    }
    rows.push(vec![
        tr!(r.lang, "overall").into(),
        r.score(scores.overall),
        r.stage_name(scores.overall_stage),
        String::new(),
        String::new(),
        String::new(),
    ]);
    let columns = [
        Column {
            share: 3.3,
            align: Align::Left,
        },
        Column {
            share: 1.1,
            align: Align::Right,
        },
        Column {
            share: 1.6,
            align: Align::Left,
        },
        Column {
            share: 1.4,
            align: Align::Right,
        },
        Column {
            share: 1.5,
            align: Align::Right,
        },
        Column {
            share: 1.3,
            align: Align::Right,
        },
    ];
    let keep = if r.input.peers.is_some() { 6 } else { 4 };
    let header: Vec<String> = header.into_iter().take(keep).collect();
    let rows: Vec<Vec<String>> = rows
        .into_iter()
        .map(|row| row.into_iter().take(keep).collect())
        .collect();
    flow.table_with_row_headers(&columns[..keep], &header, &rows, 9.0);
    flow.y += 6.0;
    let mut notes: Vec<String> = vec![tr!(
        lang,
        "profile-table-note",
        threshold = crate::present::low_coverage_threshold(lang)
    )];
    match r.input.peers {
        Some(peers) => {
            let k = crate::benchmark::MIN_GROUP_SIZE;
            notes.push(tr!(lang, "profile-peers-note", min = k));
            notes.push(r.peer_source_line(peers));
        }
        None => notes.push(tr!(r.lang, "sections-profile-created-without-peer-data").into()),
    }
    for note in &notes {
        flow.paragraph(note, SMALL, 0.0);
    }
}

/// Radius of the radar chart.
const RADIUS: f32 = 98.0;
/// Gap between the chart's outer ring and its axis labels.
const LABEL_GAP: f32 = 10.0;

/// The angle of axis `i` of `n` (the first points up).
fn axis_angle(i: usize, n: usize) -> f32 {
    -std::f32::consts::FRAC_PI_2 + i as f32 * std::f32::consts::TAU / n as f32
}

/// Each axis label's lines: the field's name wrapped at word boundaries (side labels
/// up to the margin, top and bottom ones up to 150 pt wide), then its score.
fn axis_labels(r: &Report, flow: &Flow) -> Vec<Vec<String>> {
    let m = flow.measure();
    let dims = &r.input.scores.dimensions;
    let cx = flow.left() + flow.width() / 2.0;
    dims.iter()
        .enumerate()
        .map(|(i, d)| {
            let a = axis_angle(i, dims.len());
            let max_w = if a.cos().abs() > 0.3 {
                (cx - flow.left() - RADIUS - LABEL_GAP).min(150.0)
            } else {
                150.0
            };
            let mut lines = wrap_max(m, &clean(m, d.name.get(r.lang)), LABEL, max_w, 4);
            lines.push(format_points(d.score, r.lang));
            lines
        })
        .collect()
}

/// The labels' room above and below the chart: (above, below).
fn label_room(r: &Report, flow: &Flow) -> (f32, f32) {
    let n = r.input.scores.dimensions.len();
    let mut room = (0.0f32, 0.0f32);
    for (i, lines) in axis_labels(r, flow).iter().enumerate() {
        let a = axis_angle(i, n);
        let block = lines.len() as f32 * LABEL.line_height();
        let reach = RADIUS + LABEL_GAP;
        // How far the label reaches above and below the centre.
        let (up, down) = if a.sin() < -0.5 {
            (-a.sin() * reach + block, 0.0)
        } else if a.sin() > 0.5 {
            (0.0, a.sin() * reach + 2.0 + block)
        } else {
            let mid = a.sin() * reach;
            (block / 2.0 - mid, mid + block / 2.0)
        };
        room.0 = room.0.max(up - RADIUS);
        room.1 = room.1.max(down - RADIUS);
    }
    (room.0.max(0.0), room.1.max(0.0))
}

/// The height of the radar chart with its labels.
fn radar_height(r: &Report, flow: &Flow) -> f32 {
    if r.input.scores.dimensions.len() < 3 {
        return 3.0 * SMALL.line_height();
    }
    let (above, below) = label_room(r, flow);
    above + 2.0 * RADIUS + below + 8.0
}

/// The radar chart from `top`, as high as [`radar_height`] (its legend goes below it,
/// see [`draw_legend`]).
pub(super) fn radar(r: &Report, flow: &mut Flow, top: f32) {
    let m = flow.measure();
    let dims = &r.input.scores.dimensions;
    let n = dims.len();
    if n < 3 {
        flow.paragraph(
            tr!(r.lang, "sections-profile-radar-chart-needs-at"),
            SMALL,
            0.0,
        );
        return;
    }
    let labels = axis_labels(r, flow);
    let (above, _) = label_room(r, flow);
    let (cx, cy) = (flow.left() + flow.width() / 2.0, top + above + RADIUS + 4.0);
    let radius = RADIUS;
    let angle = |i: usize| axis_angle(i, n);
    let at = |i: usize, v: f64| {
        let a = angle(i);
        let rr = radius * (v.clamp(0.0, 100.0) / 100.0) as f32;
        (cx + rr * a.cos(), cy + rr * a.sin())
    };
    // Which points, outline and peer segments are drawn: crate::analysis::radar, as in
    // the app.
    let radar = crate::analysis::radar(r.input.scores, r.input.peers);
    let peers = &radar.peers;
    let segments = || {
        radar
            .peer_segments
            .iter()
            .filter_map(|&(i, j)| Some((i, j, peers[i]?, peers[j]?)))
    };

    // Peer interquartile band: one quad between each pair of neighbouring axes with data.
    for (i, j, a, b) in segments() {
        flow.push(Item::Fill {
            points: vec![at(i, a.p75), at(j, b.p75), at(j, b.p25), at(i, a.p25)],
            colour: Colour::grey(0.86),
        });
    }
    // Grid: rings at the stage boundaries, axes.
    let mut rings: Vec<f64> = r
        .input
        .questionnaire
        .stages
        .iter()
        .map(|s| s.to)
        .filter(|v| *v > 0.0 && *v <= 100.0)
        .collect();
    if rings.is_empty() {
        rings = vec![25.0, 50.0, 75.0, 100.0];
    }
    for v in &rings {
        flow.push(Item::Line {
            points: (0..n).map(|i| at(i, *v)).collect(),
            closed: true,
            width: if *v >= 100.0 { 0.8 } else { 0.4 },
            colour: Colour::RULE,
            dash: Dash::Solid,
        });
    }
    for i in 0..n {
        flow.push(Item::Line {
            points: vec![(cx, cy), at(i, 100.0)],
            closed: false,
            width: 0.4,
            colour: Colour::RULE,
            dash: Dash::Solid,
        });
    }
    // Band outline (dotted) and peer median (dashed).
    for (i, j, a, b) in segments() {
        for (va, vb) in [(a.p25, b.p25), (a.p75, b.p75)] {
            flow.push(Item::Line {
                points: vec![at(i, va), at(j, vb)],
                closed: false,
                width: 0.6,
                colour: Colour::grey(0.45),
                dash: Dash::Dotted,
            });
        }
        flow.push(Item::Line {
            points: vec![at(i, a.median), at(j, b.median)],
            closed: false,
            width: 1.3,
            colour: Colour::grey(0.2),
            dash: Dash::Dashed,
        });
    }
    for (i, p) in peers.iter().enumerate() {
        if let Some(p) = p {
            let (x, y) = at(i, p.median);
            flow.push(Item::Fill {
                points: diamond(x, y, 2.6),
                colour: Colour::grey(0.2),
            });
        }
    }
    // Own profile: solid, thick, with square markers.
    let own: Vec<(f32, f32)> = radar
        .own
        .iter()
        .enumerate()
        .filter_map(|(i, s)| s.map(|s| at(i, s)))
        .collect();
    if radar.own_outline {
        flow.push(Item::Line {
            points: own.clone(),
            closed: true,
            width: 2.2,
            colour: Colour::ACCENT,
            dash: Dash::Solid,
        });
    }
    for (x, y) in own {
        flow.push(Item::Fill {
            points: rect(x - 2.6, y - 2.6, 5.2, 5.2),
            colour: Colour::ACCENT,
        });
    }
    // Scale labels last, on a white ground, so no data line runs through them.
    let tick = Style::regular(9.0).colour(Colour::MUTED);
    for v in &rings {
        let (x, y) = at(0, *v);
        let text = format!("{v:.0}");
        let w = m.width(&text, tick.size, tick.bold);
        flow.push(Item::Fill {
            points: rect(
                x + 1.5,
                y + 8.0 - tick.ascent() - 0.5,
                w + 3.0,
                tick.line_height(),
            ),
            colour: Colour::grey(1.0),
        });
        flow.text_at(x + 3.0, y + 8.0, text, tick);
    }
    // Axis labels: the name (wrapped) and the score.
    let label = LABEL;
    let value_style = Style::regular(9.0).colour(Colour::MUTED);
    for (i, lines) in labels.iter().enumerate() {
        let a = angle(i);
        let (ax, ay) = (
            cx + (radius + LABEL_GAP) * a.cos(),
            cy + (radius + LABEL_GAP) * a.sin(),
        );
        let line_h = label.line_height();
        let block_h = line_h * lines.len() as f32;
        let y0 = if a.sin() < -0.5 {
            ay - block_h
        } else if a.sin() > 0.5 {
            ay + 2.0
        } else {
            ay - block_h / 2.0
        };
        for (k, line) in lines.iter().enumerate() {
            let style = if k + 1 == lines.len() {
                value_style
            } else {
                label
            };
            let w = m.width(line, style.size, style.bold);
            let x = if a.cos() > 0.3 {
                ax
            } else if a.cos() < -0.3 {
                ax - w
            } else {
                ax - w / 2.0
            };
            flow.text_at(
                x,
                y0 + style.ascent() + k as f32 * line_h,
                line.clone(),
                style,
            );
        }
    }
}

/// Axis labels of the radar chart.
const LABEL: Style = Style::bold(9.0);
/// Legend text.
const LEGEND: Style = Style::regular(9.0);
/// Width of a legend entry's sample line and the gap after it.
const SAMPLE_W: f32 = 26.0;
const SAMPLE_GAP: f32 = 8.0;

/// The legend's entries: own values always, peer median and band only when drawn.
fn legend_entries(r: &Report) -> Vec<(u8, String)> {
    let mut entries: Vec<(u8, String)> = vec![(
        0,
        format!(
            "{} {}",
            tr!(r.lang, "sections-profile-own-scores"),
            r.name()
        ),
    )];
    let drawn = r
        .input
        .scores
        .dimensions
        .iter()
        .any(|d| r.peers(&d.id).is_some());
    if drawn {
        entries.push((1, tr!(r.lang, "peer-median").into()));
        entries.push((
            2,
            tr!(r.lang, "sections-profile-middle-half-of-peers").into(),
        ));
    }
    if r.input.peers.is_some_and(|p| p.synthetic) {
        entries.push((3, r.synthetic_label().into()));
    }
    entries
}

/// The style of a legend entry (the synthetic-data label is bold).
fn legend_style(kind: u8) -> Style {
    if kind == 3 { Style::bold(9.0) } else { LEGEND }
}

/// The legend's text lines per entry.
fn legend_lines(flow: &Flow, entries: &[(u8, String)]) -> Vec<Vec<String>> {
    let m = flow.measure();
    let w = flow.width() - SAMPLE_W - SAMPLE_GAP;
    entries
        .iter()
        .map(|(kind, entry)| wrap(m, &clean(m, entry), legend_style(*kind), w))
        .collect()
}

/// Height of the legend below the chart.
fn legend_height(flow: &Flow, entries: &[(u8, String)]) -> f32 {
    legend_lines(flow, entries)
        .iter()
        .map(|lines| lines.len() as f32 * LEGEND.line_height() + 3.0)
        .sum()
}

/// The legend below the chart, one entry per line (long town names wrap).
fn draw_legend(flow: &mut Flow, top: f32, entries: &[(u8, String)]) {
    let lx = flow.left();
    let sample = |flow: &mut Flow, y: f32, kind: u8| {
        let (x1, x2, my) = (lx, lx + SAMPLE_W, y - 3.0);
        match kind {
            0 => {
                flow.push(Item::Line {
                    points: vec![(x1, my), (x2, my)],
                    closed: false,
                    width: 2.2,
                    colour: Colour::ACCENT,
                    dash: Dash::Solid,
                });
                flow.push(Item::Fill {
                    points: rect(x1 + 10.4, my - 2.6, 5.2, 5.2),
                    colour: Colour::ACCENT,
                });
            }
            1 => {
                flow.push(Item::Line {
                    points: vec![(x1, my), (x2, my)],
                    closed: false,
                    width: 1.3,
                    colour: Colour::grey(0.2),
                    dash: Dash::Dashed,
                });
                flow.push(Item::Fill {
                    points: diamond(x1 + 13.0, my, 2.6),
                    colour: Colour::grey(0.2),
                });
            }
            2 => {
                flow.push(Item::Fill {
                    points: rect(x1, my - 4.0, SAMPLE_W, 8.0),
                    colour: Colour::grey(0.86),
                });
                for yy in [my - 4.0, my + 4.0] {
                    flow.push(Item::Line {
                        points: vec![(x1, yy), (x2, yy)],
                        closed: false,
                        width: 0.6,
                        colour: Colour::grey(0.45),
                        dash: Dash::Dotted,
                    });
                }
            }
            _ => {}
        }
    };
    let mut y = top;
    for ((kind, _), lines) in entries.iter().zip(legend_lines(flow, entries)) {
        sample(flow, y + LEGEND.ascent(), *kind);
        let style = legend_style(*kind);
        for (k, line) in lines.iter().enumerate() {
            flow.text_at(
                lx + SAMPLE_W + SAMPLE_GAP,
                y + style.ascent() + k as f32 * style.line_height(),
                line.clone(),
                style,
            );
        }
        y += lines.len() as f32 * LEGEND.line_height() + 3.0;
    }
}

/// What the radar chart shows, with its values, for screen readers.
fn radar_alt(r: &Report) -> String {
    let values: Vec<String> = r
        .input
        .scores
        .dimensions
        .iter()
        .map(|d| {
            let peers = r
                .peers(&d.id)
                .map(|p| {
                    format!(
                        " ({} {})",
                        tr!(r.lang, "peer-median-2"),
                        r.score(Some(p.median))
                    )
                })
                .unwrap_or_default();
            format!("{} {}{peers}", d.name.get(r.lang), r.score(d.score))
        })
        .collect();
    format!(
        "{}: {}",
        tr!(r.lang, "sections-profile-radar-chart-of-score"),
        values.join("; ")
    )
}
