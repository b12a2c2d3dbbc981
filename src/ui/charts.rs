//! The charts: radar of the dimension scores against the peers, peer box plots with the
//! town's own score, and the progress line chart over the years.

use crate::benchmark::PeerComparison;
use crate::progress::History;
use crate::scoring::Scores;
use crate::text::Lang;
use crate::tr;
use egui::Color32;
use egui_plot::{
    BoxElem, BoxPlot, BoxSpread, Legend, Line, LineStyle, Plot, PlotPoint, PlotPoints, Points,
    Polygon, Text,
};

/// Colour of the town's own figures (on light ground, and on dark ground).
fn own_color(ui: &egui::Ui) -> Color32 {
    chart_colors(ui.visuals().dark_mode).0
}

/// Colour of the peers' figures (on light ground, and on dark ground).
fn peers_color(ui: &egui::Ui) -> Color32 {
    chart_colors(ui.visuals().dark_mode).1
}

/// The own and the peers' chart colours on dark or light ground; each has at least 3:1
/// against the panel (WCAG 1.4.11, checked in `theme`'s tests).
pub(crate) fn chart_colors(dark: bool) -> (Color32, Color32) {
    if dark {
        (
            Color32::from_rgb(110, 190, 255),
            Color32::from_rgb(255, 190, 90),
        )
    } else {
        (Color32::from_rgb(0, 92, 175), Color32::from_rgb(150, 95, 0))
    }
}

/// Line colours for the dimensions, distinguishable also for common colour blindness
/// (Okabe–Ito), on dark ground.
const SERIES: [egui::Color32; 6] = [
    egui::Color32::from_rgb(0, 114, 178),
    egui::Color32::from_rgb(230, 159, 0),
    egui::Color32::from_rgb(0, 158, 115),
    egui::Color32::from_rgb(204, 121, 167),
    egui::Color32::from_rgb(86, 180, 233),
    egui::Color32::from_rgb(213, 94, 0),
];

/// The same hues darkened for light ground, where orange, sky blue and pink had 2.1–2.9:1
/// against the panel (WCAG 1.4.11 asks 3:1 of the lines a chart is read by).
const SERIES_LIGHT: [egui::Color32; 6] = [
    egui::Color32::from_rgb(0, 114, 178),
    egui::Color32::from_rgb(178, 110, 0),
    egui::Color32::from_rgb(0, 140, 100),
    egui::Color32::from_rgb(170, 68, 130),
    egui::Color32::from_rgb(0, 125, 190),
    egui::Color32::from_rgb(200, 80, 0),
];

/// The line colour of dimension `i` on dark or light ground.
pub(crate) fn series_color(i: usize, dark: bool) -> Color32 {
    let series = if dark { &SERIES } else { &SERIES_LIGHT };
    series[i % series.len()]
}

/// A date's position on the chart's x axis: the year, plus the share of the year passed
/// only where two assessments fall into the same year.
fn year_value(date: crate::model::Date, history: &History) -> f64 {
    let shared = history
        .points
        .iter()
        .filter(|p| p.date.year == date.year)
        .count()
        > 1;
    let offset = if shared {
        (f64::from(date.month) - 1.0) / 12.0
    } else {
        0.0
    };
    f64::from(date.year) + offset
}

/// Position on the radar for dimension `i` of `n` at radius `r` (first axis points up).
fn radar_point(i: usize, n: usize, r: f64) -> [f64; 2] {
    let angle = std::f64::consts::FRAC_PI_2 - std::f64::consts::TAU * i as f64 / n as f64;
    [r * angle.cos(), r * angle.sin()]
}

/// The size of `text` on one line in the body text style.
fn body_text_size(ui: &egui::Ui, text: &str) -> egui::Vec2 {
    egui::WidgetText::from(text)
        .into_galley(
            ui,
            Some(egui::TextWrapMode::Extend),
            f32::INFINITY,
            egui::TextStyle::Body,
        )
        .size()
}

/// The axis labels of the radar, as wide and as high as the largest of them is.
fn radar_label_size(ui: &egui::Ui, scores: &Scores, lang: Lang) -> egui::Vec2 {
    scores
        .dimensions
        .iter()
        .map(|d| body_text_size(ui, &chart_label(d.name.get(lang))))
        .fold(egui::Vec2::ZERO, egui::Vec2::max)
}

/// The outer ring's radius in pixels on a radar of `size`: the labels beside and above
/// it (drawn at 106 %) inside, at least a fifth of the smaller side.
fn ring_radius(size: egui::Vec2, label: egui::Vec2) -> f32 {
    ((size.x / 2.0 - label.x - 6.0) / 1.06)
        .min((size.y / 2.0 - label.y - 4.0) / 1.06)
        .max(0.2 * size.min_elem())
}

/// The width a radar `height` high needs: its rings as large as the height allows and
/// its labels beside them; wider only wastes room.
pub(crate) fn radar_width_for(ui: &egui::Ui, scores: &Scores, height: f32, lang: Lang) -> f32 {
    let label = radar_label_size(ui, scores, lang);
    let ring = ((height / 2.0 - label.y - 4.0) / 1.06).max(0.0);
    2.0 * (ring * 1.06 + label.x + 6.0)
}

/// The radar chart of the dimension scores, with the peers' median and middle half,
/// filling `size`: the rings as large as the axis labels beside and above them allow.
/// Its legend is [`radar_legend_ui`].
pub(crate) fn radar_ui(
    ui: &mut egui::Ui,
    scores: &Scores,
    comparison: Option<&PeerComparison>,
    targets: &[Option<f64>],
    size: egui::Vec2,
    lang: Lang,
) {
    let n = scores.dimensions.len().max(3);
    let radar = crate::analysis::radar(scores, comparison);
    let (own_c, peers_c) = (own_color(ui), peers_color(ui));
    let names: Vec<String> = scores
        .dimensions
        .iter()
        .map(|d| chart_label(d.name.get(lang)))
        .collect();
    // Room for the axis labels beside and above the outer ring.
    let ring_px = f64::from(ring_radius(size, radar_label_size(ui, scores, lang)));
    let half_x = 100.0 * f64::from(size.x) / 2.0 / ring_px;
    let half_y = 100.0 * f64::from(size.y) / 2.0 / ring_px;
    let grid_color = ui.visuals().weak_text_color();
    let text_color = ui.visuals().strong_text_color();
    let names_for_hover = names.clone();
    let peer_label = tr!(lang, "peer-median").to_string();
    let target_label = tr!(lang, "charts-target-for-next-assessment").to_string();
    let band_label = tr!(lang, "charts-middle-half-25th-75th").to_string();
    let own_label = tr!(lang, "charts-own-scores").to_string();
    let description = radar_description(scores, &radar, targets, lang);
    let plot = Plot::new("radar")
        .data_aspect(1.0)
        .width(size.x)
        .height(size.y)
        .set_margin_fraction(egui::Vec2::ZERO)
        .show_axes(false)
        .show_grid(false)
        .allow_zoom(false)
        .allow_drag(false)
        .allow_scroll(false)
        .allow_boxed_zoom(false)
        .allow_double_click_reset(false)
        .show_background(false)
        .include_x(-half_x)
        .include_x(half_x)
        .include_y(-half_y)
        .include_y(half_y)
        .label_formatter(move |position| {
            let egui_plot::HoverPosition::NearDataPoint {
                plot_name,
                position,
                ..
            } = position
            else {
                return None;
            };
            radar_hover_text(plot_name, [position.x, position.y], &names_for_hover, lang)
        })
        .show(ui, |plot| {
            for ring in [20.0, 40.0, 60.0, 80.0, 100.0] {
                let ring_points: Vec<[f64; 2]> = (0..=72)
                    .map(|k| {
                        let a = std::f64::consts::TAU * k as f64 / 72.0;
                        [ring * a.cos(), ring * a.sin()]
                    })
                    .collect();
                plot.line(
                    Line::new("", PlotPoints::from(ring_points))
                        .color(grid_color)
                        .width(0.5)
                        .allow_hover(false),
                );
            }
            for (i, name) in names.iter().enumerate() {
                plot.line(
                    Line::new(
                        "",
                        PlotPoints::from(vec![[0.0, 0.0], radar_point(i, n, 100.0)]),
                    )
                    .color(grid_color)
                    .width(0.5)
                    .allow_hover(false),
                );
                let [x, y] = radar_point(i, n, 106.0);
                let anchor = if x > 1.0 {
                    egui::Align2::LEFT_CENTER
                } else if x < -1.0 {
                    egui::Align2::RIGHT_CENTER
                } else if y > 0.0 {
                    egui::Align2::CENTER_BOTTOM
                } else {
                    egui::Align2::CENTER_TOP
                };
                plot.text(
                    Text::new(
                        "",
                        PlotPoint::new(x, y),
                        egui::RichText::new(name).color(text_color).strong(),
                    )
                    .anchor(anchor)
                    .allow_hover(false),
                );
            }
            for ring in [20.0, 60.0, 100.0] {
                let d = ring * std::f64::consts::FRAC_1_SQRT_2;
                plot.text(
                    Text::new(
                        "",
                        PlotPoint::new(d, d),
                        egui::RichText::new(format!("{ring:.0}"))
                            .small()
                            .color(grid_color),
                    )
                    .anchor(egui::Align2::LEFT_BOTTOM)
                    .allow_hover(false),
                );
            }
            // The peers' middle half and median between neighbouring fields that both
            // have figures (the rule is crate::analysis::radar, as in the PDF).
            for &(i, j) in &radar.peer_segments {
                let (Some(a), Some(b)) = (radar.peers[i], radar.peers[j]) else {
                    continue;
                };
                let quad = vec![
                    radar_point(i, n, a.p25),
                    radar_point(i, n, a.p75),
                    radar_point(j, n, b.p75),
                    radar_point(j, n, b.p25),
                ];
                plot.polygon(
                    Polygon::new(band_label.clone(), PlotPoints::from(quad))
                        .fill_color(peers_c.gamma_multiply(0.25))
                        .stroke(egui::Stroke::NONE)
                        .allow_hover(false),
                );
                let median = vec![radar_point(i, n, a.median), radar_point(j, n, b.median)];
                plot.line(
                    Line::new(peer_label.clone(), PlotPoints::from(median))
                        .color(peers_c)
                        .width(2.5)
                        .style(LineStyle::dashed_loose()),
                );
            }
            let own: Vec<[f64; 2]> = radar
                .own
                .iter()
                .enumerate()
                .filter_map(|(i, s)| s.map(|s| radar_point(i, n, s)))
                .collect();
            if radar.own_outline {
                plot.polygon(
                    Polygon::new(own_label.clone(), PlotPoints::from(own.clone()))
                        .fill_color(own_c.gamma_multiply(0.2))
                        .stroke(egui::Stroke::new(3.0, own_c)),
                );
            }
            plot.points(
                Points::new(own_label.clone(), PlotPoints::from(own))
                    .radius(4.0)
                    .color(own_c),
            );
            // Targets of the measures plan for the next assessment, beside today.
            let target_points: Vec<[f64; 2]> = targets
                .iter()
                .enumerate()
                .filter_map(|(i, t)| t.map(|t| radar_point(i, n, t)))
                .collect();
            if !target_points.is_empty() {
                plot.points(
                    Points::new(target_label.clone(), PlotPoints::from(target_points))
                        .shape(egui_plot::MarkerShape::Diamond)
                        .filled(false)
                        .radius(7.0)
                        .color(own_c),
                );
            }
        });
    super::a11y::describe_chart(&plot.response, tr!(lang, "a11y-radar-name"), &description);
}

/// The legend under the charts: own scores, targets, the peers' median and middle half,
/// wrapped into the width there is, and the box plots' caption. `small` (projector
/// mode) uses the small text style, still larger there than normal text.
pub(crate) fn chart_legend_ui(
    ui: &mut egui::Ui,
    with_peers: bool,
    with_targets: bool,
    small: bool,
    lang: Lang,
) {
    let (own_c, peers_c) = (own_color(ui), peers_color(ui));
    let style = if small {
        egui::TextStyle::Small
    } else {
        egui::TextStyle::Body
    };
    ui.scope(|ui| {
        ui.style_mut().override_text_style = Some(style.clone());
        let mut items = vec![(Swatch::Solid(own_c), tr!(lang, "charts-own-scores"))];
        if with_targets {
            items.push((
                Swatch::Diamond(own_c),
                tr!(lang, "charts-target-for-next-assessment"),
            ));
        }
        if with_peers {
            items.push((Swatch::Dashed(peers_c), tr!(lang, "peer-median")));
            items.push((
                Swatch::Solid(peers_c.gamma_multiply(0.35)),
                tr!(lang, "charts-middle-half-25th-75th"),
            ));
        }
        ui.horizontal_wrapped(|ui| {
            let height = ui.text_style_height(&style);
            for (i, (swatch, text)) in items.into_iter().enumerate() {
                // An entry stays on one row: it starts a new row where it would not fit.
                let text_width = egui::WidgetText::from(text)
                    .into_galley(
                        ui,
                        Some(egui::TextWrapMode::Extend),
                        f32::INFINITY,
                        style.clone(),
                    )
                    .size()
                    .x;
                let width = 2.0 * height + ui.spacing().item_spacing.x + text_width;
                if i > 0 && width > ui.available_size_before_wrap().x {
                    ui.end_row();
                }
                legend_item(ui, swatch, height, text);
                ui.add_space((2.0 * ui.spacing().item_spacing.x).round());
            }
        });
        if with_peers {
            ui.add(egui::Label::new(tr!(lang, "charts-own-score-box-middle")).wrap());
        }
    });
}

/// The mark of a legend entry.
#[derive(Clone, Copy)]
enum Swatch {
    Solid(Color32),
    Dashed(Color32),
    Diamond(Color32),
}

/// One legend entry: its mark, `height` high, and its meaning.
fn legend_item(ui: &mut egui::Ui, swatch: Swatch, height: f32, text: &str) {
    let height = height.round();
    let (rect, _) = ui.allocate_exact_size(egui::vec2(height * 2.0, height), egui::Sense::hover());
    let y = rect.center().y;
    match swatch {
        Swatch::Dashed(color) => {
            let dash = rect.width() / 5.0;
            for k in [0.0, 2.0, 4.0] {
                ui.painter().line_segment(
                    [
                        egui::pos2(rect.left() + k * dash, y),
                        egui::pos2(rect.left() + (k + 1.0) * dash, y),
                    ],
                    egui::Stroke::new(3.0, color),
                );
            }
        }
        Swatch::Solid(color) => {
            ui.painter()
                .rect_filled(rect.shrink2(egui::vec2(0.0, height * 0.2)), 2.0, color);
        }
        Swatch::Diamond(color) => {
            let r = height * 0.35;
            let c = rect.center();
            ui.painter().add(egui::Shape::closed_line(
                vec![
                    c + egui::vec2(0.0, -r),
                    c + egui::vec2(r, 0.0),
                    c + egui::vec2(0.0, r),
                    c + egui::vec2(-r, 0.0),
                ],
                egui::Stroke::new(2.0, color),
            ));
        }
    }
    ui.add(egui::Label::new(text).extend());
}

/// A short chart label: the bracketed short form if the name has one („Back-End“),
/// otherwise the name broken into two lines.
fn chart_label(name: &str) -> String {
    let short = super::short_dimension_name(name);
    if short != name {
        return short.to_string();
    }
    if name.chars().count() > 14
        && let Some(space) = name
            .char_indices()
            .filter(|(_, c)| *c == ' ')
            .map(|(i, _)| i)
            .min_by_key(|i| i.abs_diff(name.len() / 2))
    {
        return format!("{}\n{}", &name[..space], &name[space + 1..]);
    }
    name.to_string()
}

/// The peers' distribution per dimension as box plots, with the town's own score: its
/// heading and the plot together `height` high (the caption is in [`chart_legend_ui`]).
pub(crate) fn box_plot_ui(
    ui: &mut egui::Ui,
    scores: &Scores,
    comparison: Option<&PeerComparison>,
    height: f32,
    small: bool,
    lang: Lang,
) {
    let top = ui.cursor().top();
    // Projector mode: heading and axis labels in the small text style (still larger
    // there than normal text), so the four rows keep their names in a short window.
    let text_style = if small {
        egui::TextStyle::Small
    } else {
        egui::TextStyle::Body
    };
    ui.style_mut().override_text_style = Some(text_style.clone());
    let Some(comparison) = comparison else {
        ui.label(tr!(lang, "charts-without-large-enough-peer"));
        return;
    };
    let rows: Vec<(usize, &crate::scoring::DimensionScore)> =
        scores.dimensions.iter().rev().enumerate().collect();
    let (own_c, peers_c) = (own_color(ui), peers_color(ui));
    let names: Vec<String> = rows
        .iter()
        .map(|(_, d)| chart_label(d.name.get(lang)))
        .collect();
    let peers_name = tr!(lang, "charts-peers-10th-90th-percentile");
    let own_name = tr!(lang, "charts-own-score");
    ui.label(egui::RichText::new(tr!(lang, "charts-own-scores-within-peer")).strong());
    // Each field's row at least two lines of text high (a label may take two).
    let line = ui.text_style_height(&text_style);
    let plot_height =
        (height - (ui.cursor().top() - top)).max((2.0 * rows.len() as f32 + 2.2) * line);
    let own_hover = own_name.to_string();
    let rows_for_hover: Vec<String> = rows
        .iter()
        .map(|(_, d)| d.name.get(lang).to_string())
        .collect();
    let description = box_plot_description(scores, comparison, lang);
    let plot = Plot::new("peer-boxes")
        .height(plot_height)
        .allow_zoom(false)
        .allow_drag(false)
        .allow_scroll(false)
        .allow_boxed_zoom(false)
        .include_x(0.0)
        .include_x(100.0)
        .include_y(-0.6)
        .include_y(rows.len() as f64 - 0.4)
        .show_grid([true, false])
        .x_grid_spacer(|_| {
            (0..=10)
                .map(|k| egui_plot::GridMark {
                    value: f64::from(k) * 10.0,
                    step_size: if k % 2 == 0 { 20.0 } else { 10.0 },
                })
                .collect()
        })
        .x_axis_formatter(|mark, _| {
            if mark.step_size >= 20.0 && (0.0..=100.0).contains(&mark.value) {
                format!("{:.0}", mark.value)
            } else {
                String::new()
            }
        })
        .x_axis_label(tr!(lang, "charts-points-0-100"))
        .label_formatter(move |position| match position {
            egui_plot::HoverPosition::NearDataPoint {
                plot_name,
                position,
                ..
            } if *plot_name == own_hover => {
                let row = position.y.round();
                let name = (row >= 0.0)
                    .then(|| rows_for_hover.get(row as usize))
                    .flatten()
                    .cloned()
                    .unwrap_or_default();
                Some(format!(
                    "{own_hover}\n{name}: {}",
                    format_points(position.x, lang)
                ))
            }
            _ => None,
        })
        .y_axis_formatter(move |mark, _range| {
            let i = mark.value.round();
            if (mark.value - i).abs() < 1e-6 && i >= 0.0 {
                names.get(i as usize).cloned().unwrap_or_default()
            } else {
                String::new()
            }
        })
        .y_axis_min_width(120.0)
        .show(ui, |plot| {
            let boxes: Vec<BoxElem> = rows
                .iter()
                .filter_map(|(i, d)| {
                    let p = comparison.dimension(&d.id)?;
                    Some(
                        BoxElem::new(
                            *i as f64,
                            BoxSpread::new(p.p10, p.p25, p.median, p.p75, p.p90),
                        )
                        .box_width(0.5)
                        .whisker_width(0.3)
                        .name(d.name.get(lang)),
                    )
                })
                .collect();
            plot.box_plot(
                BoxPlot::new(peers_name, boxes)
                    .horizontal()
                    .color(peers_c)
                    .element_formatter(Box::new(move |elem, _| box_hover_text(elem, lang))),
            );
            let own: Vec<[f64; 2]> = rows
                .iter()
                .filter_map(|(i, d)| d.score.map(|s| [s, *i as f64]))
                .collect();
            plot.points(
                Points::new(own_name, PlotPoints::from(own))
                    .shape(egui_plot::MarkerShape::Diamond)
                    .radius(8.0)
                    .filled(true)
                    .color(own_c),
            );
        });
    super::a11y::describe_chart(&plot.response, tr!(lang, "a11y-boxes-name"), &description);
}

/// The progress line chart: each dimension's score per assessment year.
pub(crate) fn progress_chart_ui(ui: &mut egui::Ui, history: &History, lang: Lang) {
    let height = (ui.available_width() * 0.3).clamp(200.0, 420.0);
    let first = history
        .points
        .first()
        .map_or(0.0, |p| f64::from(p.date.year));
    let last = history
        .points
        .last()
        .map_or(0.0, |p| f64::from(p.date.year));
    let description = history_description(history, lang);
    let dark = ui.visuals().dark_mode;
    let plot = Plot::new("history-chart")
        .include_x(first - 0.4)
        .include_x(last + 0.6)
        .height(height)
        .allow_zoom(false)
        .allow_drag(false)
        .allow_scroll(false)
        .allow_boxed_zoom(false)
        .include_y(0.0)
        .include_y(100.0)
        .x_axis_formatter(|mark, _| {
            if (mark.value - mark.value.round()).abs() < 1e-6 {
                format!("{:.0}", mark.value)
            } else {
                String::new()
            }
        })
        .legend(Legend::default().position(egui_plot::Corner::LeftTop))
        .show(ui, |plot| {
            for (i, d) in history.dimensions.iter().enumerate() {
                let points: Vec<[f64; 2]> = history
                    .series(d)
                    .into_iter()
                    .map(|(date, score)| [year_value(date, history), score])
                    .collect();
                let name = super::short_dimension_name(d.name.get(lang)).to_string();
                let color = series_color(i, dark);
                plot.line(
                    Line::new(name.clone(), PlotPoints::from(points.clone()))
                        .color(color)
                        .width(3.0),
                );
                plot.points(
                    Points::new(name, PlotPoints::from(points))
                        .color(color)
                        .radius(5.0),
                );
            }
        });
    super::a11y::describe_chart(&plot.response, tr!(lang, "a11y-history-name"), &description);
}

/// The radar's figures for a screen reader, e.g. „Profil: Front-End 56,3 Punkte, Median
/// 48,0; …“: per field the own score, the peers' median where shown, the plan's target.
fn radar_description(
    scores: &Scores,
    radar: &crate::analysis::Radar<'_>,
    targets: &[Option<f64>],
    lang: Lang,
) -> String {
    let entries: Vec<String> = scores
        .dimensions
        .iter()
        .enumerate()
        .map(|(i, d)| {
            let field = super::short_dimension_name(d.name.get(lang));
            let score = score_or_none(d.score, lang);
            let entry = match radar.peers.get(i).copied().flatten() {
                Some(p) => tr!(
                    lang,
                    "a11y-radar-entry-peers",
                    field = field,
                    score = score,
                    median = format_points(p.median, lang)
                ),
                None => tr!(lang, "a11y-radar-entry", field = field, score = score),
            };
            match targets.get(i).copied().flatten() {
                Some(target) => tr!(
                    lang,
                    "a11y-radar-entry-target",
                    entry = entry,
                    target = format_points(target, lang)
                ),
                None => entry,
            }
        })
        .collect();
    tr!(lang, "a11y-radar-description", entries = entries.join("; "))
}

/// The box plot's figures for a screen reader: per field the own score and the peers'
/// five figures, in the order the chart lists the fields.
fn box_plot_description(scores: &Scores, comparison: &PeerComparison, lang: Lang) -> String {
    scores
        .dimensions
        .iter()
        .filter_map(|d| {
            let p = comparison.dimension(&d.id)?;
            Some(tr!(
                lang,
                "a11y-boxes-entry",
                field = super::short_dimension_name(d.name.get(lang)),
                score = score_or_none(d.score, lang),
                p10 = format_points(p.p10, lang),
                p25 = format_points(p.p25, lang),
                median = format_points(p.median, lang),
                p75 = format_points(p.p75, lang),
                p90 = format_points(p.p90, lang)
            ))
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// The progress chart's figures for a screen reader: per field its score in each year.
fn history_description(history: &History, lang: Lang) -> String {
    history
        .dimensions
        .iter()
        .map(|d| {
            let points: Vec<String> = history
                .series(d)
                .into_iter()
                .map(|(date, score)| format!("{} {}", date.year, format_points(score, lang)))
                .collect();
            tr!(
                lang,
                "a11y-history-entry",
                field = super::short_dimension_name(d.name.get(lang)),
                points = points.join(", ")
            )
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// A score as the charts write it, or „ohne Wert“ for a field without one.
fn score_or_none(score: Option<f64>, lang: Lang) -> String {
    match score {
        Some(score) => format_points(score, lang),
        None => tr!(lang, "a11y-no-score").to_string(),
    }
}

/// The hover text of a point on the radar: the series, the dimension on the nearest
/// axis and the score there, e.g. „Eigene Werte\nBack-End: 43,8“; none off the series.
fn radar_hover_text(series: &str, point: [f64; 2], names: &[String], lang: Lang) -> Option<String> {
    if series.is_empty() || names.is_empty() {
        return None;
    }
    let n = names.len().max(3);
    let [x, y] = point;
    let r = (x * x + y * y).sqrt();
    let angle = std::f64::consts::FRAC_PI_2 - y.atan2(x);
    let index =
        ((angle / std::f64::consts::TAU * n as f64).round() as i64).rem_euclid(n as i64) as usize;
    let dimension = names.get(index)?.replace('\n', " ");
    Some(format!("{series}\n{dimension}: {}", format_points(r, lang)))
}

/// A score on the chart in the user's language, e.g. „56,3“.
fn format_points(value: f64, lang: Lang) -> String {
    crate::present::format_score(Some(value), lang)
}

/// The hover text of one peer box: the dimension and its five figures, P90 first.
fn box_hover_text(elem: &BoxElem, lang: Lang) -> String {
    let s = &elem.spread;
    format!(
        "{}\n{}: {}\n{}: {}\n{}: {}\n{}: {}\n{}: {}",
        elem.name,
        tr!(lang, "charts-p90-90th-percentile"),
        format_points(s.upper_whisker, lang),
        tr!(lang, "charts-p75"),
        format_points(s.quartile3, lang),
        tr!(lang, "median"),
        format_points(s.median, lang),
        tr!(lang, "charts-p25"),
        format_points(s.quartile1, lang),
        tr!(lang, "charts-p10-10th-percentile"),
        format_points(s.lower_whisker, lang),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names() -> Vec<String> {
        ["Kultur und\nFührung", "Ressourcen", "Back-End", "Front-End"]
            .map(String::from)
            .to_vec()
    }

    #[test]
    fn radar_hover_names_the_axis_and_writes_a_decimal_comma_in_german() {
        // 56.25 straight down: the third axis (clockwise from the top).
        let text = radar_hover_text("Eigene Werte", [0.0, -56.25], &names(), Lang::De).unwrap();
        assert_eq!(text, "Eigene Werte\nBack-End: 56,3");
        let text = radar_hover_text("Own scores", [0.0, 40.0], &names(), Lang::En).unwrap();
        assert_eq!(text, "Own scores\nKultur und Führung: 40.0");
        assert_eq!(radar_hover_text("", [0.0, 40.0], &names(), Lang::De), None);
    }

    #[test]
    fn box_hover_names_p90_and_p10_with_decimal_commas() {
        let elem =
            BoxElem::new(0.0, BoxSpread::new(12.5, 30.0, 45.25, 60.0, 81.75)).name("Back-End");
        let text = box_hover_text(&elem, Lang::De);
        assert_eq!(
            text,
            "Back-End\nP90 (90. Perzentil): 81,8\nP75: 60,0\nMedian: 45,3\nP25: 30,0\nP10 (10. Perzentil): 12,5"
        );
        assert!(!text.contains("Max") && !text.contains("Min"));
        assert!(box_hover_text(&elem, Lang::En).contains("P90 (90th percentile): 81.8"));
    }
}
