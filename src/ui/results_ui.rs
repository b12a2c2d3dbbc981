//! The results view: overall stage, radar chart against the peer median and interquartile
//! band, peer box plots with the town's own score, percentile ranks in words, coverage
//! warnings, the diagnoses and the top measures.

use super::command::Command;
use super::t;
use crate::benchmark::{Benchmark, GroupStats, MIN_GROUP_SIZE, PeerComparison, PeerGroup};
use crate::cli::format_score;
use crate::model::{BodyKind, Effort, FederalState, Horizon, Questionnaire, SizeClass};
use crate::scoring::{Scores, prioritised_measures, score};
use crate::session::Session;
use crate::text::Lang;
use egui::Color32;
use egui_plot::{
    BoxElem, BoxPlot, BoxSpread, Line, LineStyle, Plot, PlotPoint, PlotPoints, Points, Polygon,
    Text,
};
use std::sync::Arc;

/// How many measures the results view lists.
const TOP_MEASURES: usize = 8;

/// Colour of the town's own figures (on light ground, and on dark ground).
fn own_color(ui: &egui::Ui) -> Color32 {
    if ui.visuals().dark_mode {
        Color32::from_rgb(110, 190, 255)
    } else {
        Color32::from_rgb(0, 92, 175)
    }
}

/// Colour of the peers' figures (on light ground, and on dark ground).
fn peers_color(ui: &egui::Ui) -> Color32 {
    if ui.visuals().dark_mode {
        Color32::from_rgb(255, 190, 90)
    } else {
        Color32::from_rgb(150, 95, 0)
    }
}

/// The results view and its cached peer statistics.
#[derive(Default)]
pub struct ResultsView {
    /// The peer group chosen; `None` until the first frame picks the default for the town.
    pub group: Option<PeerGroup>,
    /// Statistics of the chosen group, computed once per group or benchmark change.
    stats: Option<(PeerGroup, usize, GroupStats)>,
    /// Scores and comparison for the session generation they were computed for.
    cached: Option<(u64, usize, Scores, Option<PeerComparison>)>,
    /// The history with earlier assessments, for the session generation it was built for.
    history: Option<((u64, u64), crate::progress::History)>,
}

impl ResultsView {
    /// Forgets the group and caches (another assessment or benchmark was opened).
    pub fn reset(&mut self) {
        *self = Self::default();
    }

    /// The history shown in the progress section, if built.
    pub fn history(&self) -> Option<&crate::progress::History> {
        self.history.as_ref().map(|(_, h)| h)
    }

    /// The comparison shown, if the group is large enough (for tests and the PDF export).
    pub fn comparison(&self) -> Option<&PeerComparison> {
        self.cached.as_ref().and_then(|c| c.3.as_ref())
    }

    fn refresh(
        &mut self,
        questionnaire: &Questionnaire,
        session: &Session,
        benchmark: Option<&Arc<Benchmark>>,
    ) {
        let group = *self
            .group
            .get_or_insert_with(|| PeerGroup::default_for(&session.assessment.profile));
        let bench_key = benchmark.map_or(0, |b| Arc::as_ptr(b) as usize);
        let stale_stats = !matches!(&self.stats, Some((g, k, _)) if *g == group && *k == bench_key);
        if stale_stats {
            self.stats = benchmark.map(|b| (group, bench_key, b.group_stats(group)));
            self.cached = None;
        }
        let stale = !matches!(&self.cached, Some((generation, k, _, _)) if *generation == session.generation && *k == bench_key);
        if stale {
            let scores = score(questionnaire, &session.assessment);
            let comparison = self
                .stats
                .as_ref()
                .filter(|(_, _, stats)| stats.is_shown())
                .map(|(_, _, stats)| stats.compare(&scores));
            self.cached = Some((session.generation, bench_key, scores, comparison));
        }
    }

    /// Shows the results; returns the commands its buttons triggered.
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        questionnaire: &Questionnaire,
        session: &Session,
        benchmark: Option<&Arc<Benchmark>>,
        lang: Lang,
    ) -> Vec<Command> {
        let mut commands = Vec::new();
        self.refresh(questionnaire, session, benchmark);
        let Some((_, _, scores, comparison)) = self.cached.clone() else {
            return commands;
        };
        let stage_name = |stage: Option<usize>| {
            stage
                .and_then(|i| questionnaire.stages.get(i))
                .map(|s| s.name.get(lang).to_string())
                .unwrap_or_else(|| "–".into())
        };
        let profile = &session.assessment.profile;

        egui::ScrollArea::vertical().show(ui, |ui| {
            ui.horizontal_wrapped(|ui| {
                ui.heading(format!("{} – {}", t(lang, "Ergebnis", "Results"), profile.name));
            });
            ui.label(
                egui::RichText::new(format!(
                    "{}: {} · {} {}",
                    t(lang, "Gesamt", "Overall"),
                    stage_name(scores.overall_stage),
                    format_score(scores.overall, lang),
                    t(lang, "von 100 Punkten", "of 100 points"),
                ))
                .text_style(super::theme::question_style()),
            );
            if let Some(stage) = scores.overall_stage.and_then(|i| questionnaire.stages.get(i)) {
                ui.label(stage.description.get(lang));
            }
            ui.add_space(8.0);
            self.group_ui(ui, profile, benchmark.map(|b| b.as_ref()), lang);
            ui.add_space(8.0);

            let width = ui.available_width();
            let chart = (width * 0.48).clamp(300.0, 820.0);
            if width > 760.0 {
                ui.horizontal_top(|ui| {
                    ui.vertical(|ui| {
                        ui.set_width(chart);
                        radar_ui(ui, &scores, comparison.as_ref(), chart, lang);
                    });
                    ui.add_space(12.0);
                    ui.vertical(|ui| {
                        ui.set_width(ui.available_width());
                        box_plot_ui(ui, &scores, comparison.as_ref(), chart, lang);
                    });
                });
            } else {
                radar_ui(ui, &scores, comparison.as_ref(), chart, lang);
                box_plot_ui(ui, &scores, comparison.as_ref(), chart, lang);
            }
            ui.add_space(8.0);
            dimension_table_ui(ui, questionnaire, &scores, comparison.as_ref(), lang);

            if scores.dimensions.iter().any(|d| d.low_coverage()) {
                ui.add_space(6.0);
                ui.colored_label(
                    ui.visuals().warn_fg_color,
                    t(lang, "⚠ Bei weniger als 60 % beantworteter Fragen ist der Wert einer Dimension unsicher. „Weiß nicht“ und „Trifft nicht zu“ zählen nicht mit.", "⚠ With fewer than 60 % of its questions answered a dimension's score is uncertain. “Don't know” and “not applicable” do not count."),
                );
            }
            ui.add_space(12.0);
            if !scores.diagnoses.is_empty() {
                ui.heading(t(lang, "Befunde", "Findings"));
                for diagnosis in &scores.diagnoses {
                    ui.add_space(4.0);
                    ui.label(egui::RichText::new(diagnosis.title(lang)).strong());
                    ui.label(diagnosis.message(lang));
                }
                ui.add_space(12.0);
            }
            measures_ui(ui, questionnaire, session, &scores, comparison.as_ref(), lang);
            ui.add_space(12.0);
            // Linked files are read in the background, never while drawing.
            let stamp = (session.generation, crate::link_cache::version());
            if !matches!(&self.history, Some((s, _)) if *s == stamp) {
                let history = crate::link_cache::history(
                    questionnaire,
                    &session.assessment,
                    session.path.as_deref(),
                );
                self.history = Some((stamp, history));
            }
            if crate::link_cache::loading() {
                ui.ctx().request_repaint_after(std::time::Duration::from_millis(100));
            }
            if let Some((_, history)) = &self.history {
                commands.extend(super::progress_ui::progress_ui(ui, questionnaire, history, lang));
            }
            ui.add_space(12.0);
            ui.horizontal_wrapped(|ui| {
                if ui.button(format!("← {}", Command::ShowQuestions.label(lang))).clicked() {
                    commands.push(Command::ShowQuestions);
                }
                for command in [Command::ExportPdf, Command::ExportContribution, Command::LoadBenchmark] {
                    if ui.button(command.label(lang)).on_hover_text(command.tooltip(lang)).clicked() {
                        commands.push(command);
                    }
                }
                if benchmark.is_some_and(|b| !b.synthetic)
                    && ui.button(Command::UseBundledBenchmark.label(lang)).clicked()
                {
                    commands.push(Command::UseBundledBenchmark);
                }
            });
            ui.add_space(12.0);
        });
        commands
    }

    fn group_ui(
        &mut self,
        ui: &mut egui::Ui,
        profile: &crate::model::Profile,
        benchmark: Option<&Benchmark>,
        lang: Lang,
    ) {
        let Some(benchmark) = benchmark else {
            ui.label(t(
                lang,
                "Keine Vergleichsdaten geladen.",
                "No comparison data loaded.",
            ));
            return;
        };
        let Some(mut group) = self.group else {
            return;
        };
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.horizontal_wrapped(|ui| {
                ui.label(egui::RichText::new(t(lang, "Vergleichsgruppe:", "Peer group:")).strong());
                size_choice(ui, &mut group, profile.size_class(), lang);
                state_choice(ui, &mut group, profile.state, lang);
                kind_choice(ui, &mut group, profile.kind, lang);
                if group != PeerGroup::default_for(profile)
                    && ui.button(t(lang, "Standard", "Default")).on_hover_text(t(lang, "Eigene Größenklasse und Art, alle Länder", "Own size class and kind, all states")).clicked()
                {
                    group = PeerGroup::default_for(profile);
                }
            });
            let n = self
                .stats
                .as_ref()
                .map_or(0, |(_, _, stats)| stats.group_size());
            let source = crate::benchmark::stats::source_label(&benchmark.source, benchmark.synthetic, lang);
            if n >= MIN_GROUP_SIZE {
                ui.label(format!(
                    "n = {n} {} · {source}",
                    t(lang, "vergleichbare Kommunen", "comparable municipalities")
                ));
            } else {
                ui.colored_label(
                    ui.visuals().warn_fg_color,
                    format!(
                        "{} (n = {n}; {} {MIN_GROUP_SIZE}). {source}",
                        t(lang, "Zu wenige Kommunen in dieser Gruppe – zum Schutz der Beteiligten werden keine Vergleichswerte gezeigt", "Too few municipalities in this group – to protect those who took part, no comparison is shown"),
                        t(lang, "mindestens", "at least"),
                    ),
                );
                if let Some(option) = benchmark.suggest_widening(group)
                    && ui
                        .button(format!(
                            "{} ({}; n = {})",
                            t(lang, "Gruppe erweitern", "Widen the group"),
                            option.change,
                            option.group_size
                        ))
                        .clicked()
                {
                    group = option.group;
                }
            }
        });
        if self.group != Some(group) {
            self.group = Some(group);
        }
    }
}

fn size_choice(ui: &mut egui::Ui, group: &mut PeerGroup, own: SizeClass, lang: Lang) {
    let label = |g: &PeerGroup| match (g.size_class, g.neighbouring_sizes) {
        (None, _) => t(lang, "alle Größen", "all sizes").to_string(),
        (Some(c), true) => format!("{} ±1", c.label(lang)),
        (Some(c), false) => c.label(lang).to_string(),
    };
    let mut chosen = *group;
    let caption = ui.label(t(lang, "Größe", "Size"));
    egui::ComboBox::from_id_salt("peer-size")
        .selected_text(label(group))
        .show_ui(ui, |ui| {
            let mut options = vec![
                PeerGroup {
                    size_class: Some(own),
                    neighbouring_sizes: false,
                    ..*group
                },
                PeerGroup {
                    size_class: Some(own),
                    neighbouring_sizes: true,
                    ..*group
                },
                PeerGroup {
                    size_class: None,
                    neighbouring_sizes: false,
                    ..*group
                },
            ];
            options.extend(
                SizeClass::ALL
                    .iter()
                    .filter(|c| **c != own)
                    .map(|c| PeerGroup {
                        size_class: Some(*c),
                        neighbouring_sizes: false,
                        ..*group
                    }),
            );
            for option in options {
                let text = label(&option);
                ui.selectable_value(&mut chosen, option, text);
            }
        })
        .response
        .labelled_by(caption.id);
    *group = chosen;
}

fn state_choice(ui: &mut egui::Ui, group: &mut PeerGroup, own: FederalState, lang: Lang) {
    let label = |s: Option<FederalState>| match s {
        None => t(lang, "alle Länder", "all states").to_string(),
        Some(s) => s.name().to_string(),
    };
    let mut chosen = group.state;
    let caption = ui.label(t(lang, "Land", "State"));
    egui::ComboBox::from_id_salt("peer-state")
        .selected_text(label(chosen))
        .show_ui(ui, |ui| {
            ui.selectable_value(&mut chosen, None, label(None));
            ui.selectable_value(&mut chosen, Some(own), label(Some(own)));
            for state in FederalState::ALL.into_iter().filter(|s| *s != own) {
                ui.selectable_value(&mut chosen, Some(state), label(Some(state)));
            }
        })
        .response
        .labelled_by(caption.id);
    group.state = chosen;
}

fn kind_choice(ui: &mut egui::Ui, group: &mut PeerGroup, own: BodyKind, lang: Lang) {
    let label = |k: Option<BodyKind>| match k {
        None => t(lang, "alle Arten", "all kinds").to_string(),
        Some(k) => k.name(lang).to_string(),
    };
    let mut chosen = group.kind;
    let caption = ui.label(t(lang, "Art", "Kind"));
    egui::ComboBox::from_id_salt("peer-kind")
        .selected_text(label(chosen))
        .show_ui(ui, |ui| {
            ui.selectable_value(&mut chosen, Some(own), label(Some(own)));
            ui.selectable_value(&mut chosen, None, label(None));
            for kind in BodyKind::ALL.into_iter().filter(|k| *k != own) {
                ui.selectable_value(&mut chosen, Some(kind), label(Some(kind)));
            }
        })
        .response
        .labelled_by(caption.id);
    group.kind = chosen;
}

/// Position on the radar for dimension `i` of `n` at radius `r` (first axis points up).
fn radar_point(i: usize, n: usize, r: f64) -> [f64; 2] {
    let angle = std::f64::consts::FRAC_PI_2 - std::f64::consts::TAU * i as f64 / n as f64;
    [r * angle.cos(), r * angle.sin()]
}

fn closed(points: Vec<[f64; 2]>) -> Vec<[f64; 2]> {
    let mut points = points;
    if let Some(first) = points.first().copied() {
        points.push(first);
    }
    points
}

fn radar_ui(
    ui: &mut egui::Ui,
    scores: &Scores,
    comparison: Option<&PeerComparison>,
    size: f32,
    lang: Lang,
) {
    let n = scores.dimensions.len().max(3);
    let (own_c, peers_c) = (own_color(ui), peers_color(ui));
    // Leave room for the axis labels beside the rings: about 6.5 characters of body
    // text on each side, so the chart stays readable with projector-size text.
    let half = f64::from(size) / 2.0;
    let label_px = 6.5 * f64::from(ui.text_style_height(&egui::TextStyle::Body));
    let ring_px = (half - label_px).max(half * 0.45);
    let half_range = 100.0 * half / ring_px;
    let names: Vec<String> = scores
        .dimensions
        .iter()
        .map(|d| chart_label(d.name.get(lang)))
        .collect();
    let grid_color = ui.visuals().weak_text_color();
    let text_color = ui.visuals().strong_text_color();
    let names_for_hover = names.clone();
    let peer_label = t(lang, "Median der Vergleichsgruppe", "Peer median").to_string();
    let band_label = t(
        lang,
        "mittlere Hälfte (25.–75. Perzentil)",
        "middle half (25th–75th percentile)",
    )
    .to_string();
    let own_label = t(lang, "Eigene Werte", "Own scores").to_string();
    Plot::new("radar")
        .data_aspect(1.0)
        .width(size)
        .height(size * 0.8)
        .show_axes(false)
        .show_grid(false)
        .allow_zoom(false)
        .allow_drag(false)
        .allow_scroll(false)
        .allow_boxed_zoom(false)
        .allow_double_click_reset(false)
        .show_background(false)
        .include_x(-half_range)
        .include_x(half_range)
        .include_y(-half_range * 0.8)
        .include_y(half_range * 0.8)
        .label_formatter(move |position| {
            let egui_plot::HoverPosition::NearDataPoint {
                plot_name,
                position,
                ..
            } = position
            else {
                return None;
            };
            if plot_name.is_empty() {
                return None;
            }
            let r = (position.x * position.x + position.y * position.y).sqrt();
            let angle = std::f64::consts::FRAC_PI_2 - position.y.atan2(position.x);
            let index = ((angle / std::f64::consts::TAU * n as f64).round() as i64)
                .rem_euclid(n as i64) as usize;
            let dimension = names_for_hover.get(index).cloned().unwrap_or_default();
            Some(format!("{plot_name}\n{dimension}: {r:.1}"))
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
            if let Some(comparison) = comparison {
                let peers: Vec<Option<&crate::benchmark::DimensionPeers>> = scores
                    .dimensions
                    .iter()
                    .map(|d| comparison.dimension(&d.id))
                    .collect();
                if peers.iter().all(Option::is_some) {
                    let peers: Vec<_> = peers.into_iter().flatten().collect();
                    for i in 0..peers.len() {
                        let j = (i + 1) % peers.len();
                        let quad = vec![
                            radar_point(i, n, peers[i].p25),
                            radar_point(i, n, peers[i].p75),
                            radar_point(j, n, peers[j].p75),
                            radar_point(j, n, peers[j].p25),
                        ];
                        plot.polygon(
                            Polygon::new(band_label.clone(), PlotPoints::from(quad))
                                .fill_color(peers_c.gamma_multiply(0.25))
                                .stroke(egui::Stroke::NONE)
                                .allow_hover(false),
                        );
                    }
                    let median: Vec<[f64; 2]> = peers
                        .iter()
                        .enumerate()
                        .map(|(i, p)| radar_point(i, n, p.median))
                        .collect();
                    plot.line(
                        Line::new(peer_label.clone(), PlotPoints::from(closed(median)))
                            .color(peers_c)
                            .width(2.5)
                            .style(LineStyle::dashed_loose()),
                    );
                }
            }
            let own: Vec<[f64; 2]> = scores
                .dimensions
                .iter()
                .enumerate()
                .map(|(i, d)| radar_point(i, n, d.score.unwrap_or(0.0)))
                .collect();
            plot.polygon(
                Polygon::new(own_label.clone(), PlotPoints::from(own.clone()))
                    .fill_color(own_c.gamma_multiply(0.2))
                    .stroke(egui::Stroke::new(3.0, own_c)),
            );
            plot.points(
                Points::new(own_label.clone(), PlotPoints::from(own))
                    .radius(4.0)
                    .color(own_c),
            );
        });
    legend_row(ui, own_c, false, &own_label);
    if comparison.is_some() {
        legend_row(ui, peers_c, true, &peer_label);
        legend_row(ui, peers_c.gamma_multiply(0.35), false, &band_label);
    }
}

/// One legend line: a colour swatch (solid or dashed) and its meaning.
fn legend_row(ui: &mut egui::Ui, color: Color32, dashed: bool, text: &str) {
    ui.horizontal(|ui| {
        let height = ui.text_style_height(&egui::TextStyle::Body);
        let (rect, _) =
            ui.allocate_exact_size(egui::vec2(height * 2.0, height), egui::Sense::hover());
        let y = rect.center().y;
        if dashed {
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
        } else {
            ui.painter()
                .rect_filled(rect.shrink2(egui::vec2(0.0, height * 0.2)), 2.0, color);
        }
        ui.label(text);
    });
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

/// The part of a dimension name before a bracket, for chart labels.
fn short_name(name: &str) -> String {
    name.split(" (").next().unwrap_or(name).to_string()
}

fn dimension_table_ui(
    ui: &mut egui::Ui,
    questionnaire: &Questionnaire,
    scores: &Scores,
    comparison: Option<&PeerComparison>,
    lang: Lang,
) {
    egui::Grid::new("dimension-scores")
        .num_columns(5)
        .striped(true)
        .spacing([14.0, 8.0])
        .show(ui, |ui| {
            for header in [
                t(lang, "Dimension", "Dimension"),
                t(lang, "Punkte", "Score"),
                t(lang, "Stufe", "Stage"),
                t(lang, "Beantwortet", "Answered"),
                t(lang, "Im Vergleich", "Compared with peers"),
            ] {
                ui.label(egui::RichText::new(header).strong());
            }
            ui.end_row();
            for d in &scores.dimensions {
                ui.label(d.name.get(lang));
                ui.label(egui::RichText::new(format_score(d.score, lang)).strong());
                ui.label(
                    d.stage
                        .and_then(|i| questionnaire.stages.get(i))
                        .map(|s| s.name.get(lang).to_string())
                        .unwrap_or_else(|| "–".into()),
                );
                let coverage = format!("{}/{}", d.answered, d.total);
                if d.low_coverage() {
                    ui.colored_label(ui.visuals().warn_fg_color, format!("⚠ {coverage}"))
                        .on_hover_text(t(lang, "Weniger als 60 % der Fragen mit einer Stufe beantwortet – der Wert ist unsicher.", "Fewer than 60 % of the questions answered with a level – the score is uncertain."));
                } else {
                    ui.label(coverage);
                }
                let peers = comparison.and_then(|c| c.dimension(&d.id));
                match peers.and_then(|p| p.percentile_text(lang).map(|text| (p, text))) {
                    Some((p, text)) => {
                        ui.label(text).on_hover_text(format!(
                            "{}: {:.1} · 25.–75. {}: {:.1}–{:.1} · 10.–90.: {:.1}–{:.1} · n = {}",
                            t(lang, "Median", "Median"),
                            p.median,
                            t(lang, "Perzentil", "percentile"),
                            p.p25,
                            p.p75,
                            p.p10,
                            p.p90,
                            p.n
                        ));
                    }
                    None => {
                        ui.label("–");
                    }
                }
                ui.end_row();
            }
        });
}

fn box_plot_ui(
    ui: &mut egui::Ui,
    scores: &Scores,
    comparison: Option<&PeerComparison>,
    height: f32,
    lang: Lang,
) {
    let Some(comparison) = comparison else {
        ui.label(t(
            lang,
            "Ohne ausreichend große Vergleichsgruppe werden nur die eigenen Werte gezeigt.",
            "Without a large enough peer group only the town's own scores are shown.",
        ));
        return;
    };
    let rows: Vec<(usize, &crate::scoring::DimensionScore)> =
        scores.dimensions.iter().rev().enumerate().collect();
    let (own_c, peers_c) = (own_color(ui), peers_color(ui));
    let names: Vec<String> = rows
        .iter()
        .map(|(_, d)| chart_label(d.name.get(lang)))
        .collect();
    let peers_name = t(
        lang,
        "Vergleichsgruppe (10.–90. Perzentil, Kasten: mittlere Hälfte)",
        "Peers (10th–90th percentile, box: middle half)",
    );
    let own_name = t(lang, "Eigener Wert", "Own score");
    ui.label(
        egui::RichText::new(t(
            lang,
            "Eigene Werte in der Verteilung der Vergleichsgruppe",
            "Own scores within the peer distribution",
        ))
        .strong(),
    );
    let caption = t(
        lang,
        "◆ eigener Wert · Kasten: mittlere Hälfte der Vergleichsgruppe, Strich: Median · Linien: 10. bis 90. Perzentil",
        "◆ own score · box: middle half of the peers, line: median · whiskers: 10th to 90th percentile",
    );
    let plot_height = (height * 0.8).max(160.0);
    Plot::new("peer-boxes")
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
            plot.box_plot(BoxPlot::new(peers_name, boxes).horizontal().color(peers_c));
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
    ui.label(egui::RichText::new(caption).small());
}

fn measures_ui(
    ui: &mut egui::Ui,
    questionnaire: &Questionnaire,
    session: &Session,
    scores: &Scores,
    comparison: Option<&PeerComparison>,
    lang: Lang,
) {
    let medians = comparison.map(|c| c.medians()).unwrap_or_default();
    let measures = prioritised_measures(questionnaire, &session.assessment, scores, &medians);
    if measures.is_empty() {
        return;
    }
    ui.heading(t(
        lang,
        "Wichtigste nächste Schritte",
        "Most important next steps",
    ));
    ui.label(t(lang, "Geordnet nach Gewicht der Frage, Abstand zur höchsten Stufe und Rückstand auf die Vergleichsgruppe; Prozess- und Personalarbeit vor Technik.", "Ordered by question weight, distance to the top level and gap to the peers; process and people work before technology."));
    ui.add_space(4.0);
    for (rank, m) in measures.iter().take(TOP_MEASURES).enumerate() {
        ui.horizontal_top(|ui| {
            ui.label(egui::RichText::new(format!("{:>2}.", rank + 1)).strong());
            ui.vertical(|ui| {
                ui.set_width(ui.available_width());
                ui.add(
                    egui::Label::new(egui::RichText::new(m.measure.text.get(lang)).strong()).wrap(),
                );
                ui.add(
                    egui::Label::new(format!(
                        "{} · {} {} → {} · {} · {}{}",
                        short_name(m.dimension.name.get(lang)),
                        t(lang, "Stufe", "level"),
                        m.level,
                        m.level + 1,
                        horizon_name(m.measure.horizon, lang),
                        effort_name(m.measure.effort, lang),
                        if m.trails_peers {
                            t(
                                lang,
                                " · liegt hinter der Vergleichsgruppe",
                                " · behind peers",
                            )
                        } else {
                            ""
                        }
                    ))
                    .wrap(),
                )
                .on_hover_text(m.question.text.get(lang));
            });
        });
        ui.add_space(6.0);
    }
}

/// A horizon in words, e.g. „kurzfristig (0–6 Monate)“.
pub fn horizon_name(horizon: Horizon, lang: Lang) -> &'static str {
    match horizon {
        Horizon::Short => t(lang, "kurzfristig (0–6 Monate)", "short term (0–6 months)"),
        Horizon::Medium => t(
            lang,
            "mittelfristig (6–18 Monate)",
            "medium term (6–18 months)",
        ),
        Horizon::Long => t(
            lang,
            "langfristig (über 18 Monate)",
            "long term (over 18 months)",
        ),
    }
}

/// An effort in words, e.g. „Aufwand gering“.
pub fn effort_name(effort: Effort, lang: Lang) -> &'static str {
    match effort {
        Effort::Low => t(lang, "Aufwand gering", "low effort"),
        Effort::Medium => t(lang, "Aufwand mittel", "medium effort"),
        Effort::High => t(lang, "Aufwand hoch", "high effort"),
    }
}
