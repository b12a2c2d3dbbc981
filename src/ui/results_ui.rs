//! The results view: overall stage, radar chart against the peer median and interquartile
//! band, peer box plots with the town's own score, percentile ranks in words, coverage
//! warnings, the diagnoses and the top measures.

use super::a11y::AccessibleResponse;
use super::charts::{box_plot_ui, chart_legend_ui, radar_ui};
use super::command::{Action, Command};
use crate::analysis::{Analysis, analyse_with, default_peer_group, peer_stats};
use crate::benchmark::{Benchmark, GroupStats, MIN_GROUP_SIZE, PeerComparison, PeerGroup};
use crate::model::{BodyKind, FederalState, FieldTarget, Plan, Questionnaire, SizeClass};
use crate::present::narrative;
use crate::present::peers::{group_description, source_label, widen_change};
use crate::present::rules::uncertain_score;
use crate::present::{
    effort_name, format_points, format_score, horizon_name, level_label, question_label, stage_name,
};
use crate::session::Session;
use crate::text::Lang;
use crate::tr;
use std::rc::Rc;
use std::sync::Arc;

/// How many measures the results view lists.
const TOP_MEASURES: usize = 8;

self_cell::self_cell!(
    /// One analysis kept between frames, with the questionnaire it borrows from.
    pub struct KeptAnalysis {
        owner: Arc<Questionnaire>,
        #[covariant]
        dependent: Analysis,
    }
);

impl KeptAnalysis {
    /// The analysis.
    pub fn get(&self) -> &Analysis<'_> {
        self.borrow_dependent()
    }
}

/// What the kept analysis was computed from: the questionnaire, the session and its
/// revision, the benchmark, the peer group and the linked files' version.
type AnalysisKey = (usize, usize, u64, usize, PeerGroup, u64);

/// The results view and its cached peer statistics.
#[derive(Default)]
pub struct ResultsView {
    /// The peer group chosen; `None` until the first frame picks the default for the town
    /// and benchmark.
    pub group: Option<PeerGroup>,
    /// Statistics of the chosen group (own entry left out), computed once per group or
    /// benchmark change.
    stats: Option<(PeerGroup, usize, GroupStats)>,
    /// The comparison shown in the last frame.
    shown: Option<PeerComparison>,
    /// The history with earlier assessments, for the session generation it was built for.
    history: Option<((u64, u64), crate::progress::History)>,
    /// The analysis for the current inputs, recomputed only when one of them changes.
    kept: Option<(AnalysisKey, Rc<KeptAnalysis>)>,
    /// How many times the analysis was computed (for tests).
    computed: usize,
    /// Projector mode: larger charts.
    pub projector: bool,
}

impl ResultsView {
    /// Forgets the group and caches (another assessment or benchmark was opened).
    pub(crate) fn reset(&mut self) {
        *self = Self {
            projector: self.projector,
            ..Self::default()
        };
    }

    /// The history shown in the progress section, if built.
    pub fn history(&self) -> Option<&crate::progress::History> {
        self.history.as_ref().map(|(_, h)| h)
    }

    /// The comparison shown, if a benchmark is loaded (for tests).
    pub fn comparison(&self) -> Option<&PeerComparison> {
        self.shown.as_ref().filter(|c| c.is_shown())
    }

    /// How many times the analysis was computed since the view was made or reset.
    pub fn analyses_computed(&self) -> usize {
        self.computed
    }

    /// The analysis of the session with the chosen group and the linked history (the plan
    /// view uses it too, so measures carry the same numbers everywhere). It is computed
    /// when the questionnaire, the assessment, the benchmark, the group or the linked
    /// files change, not on every frame.
    pub fn analysis(
        &mut self,
        questionnaire: &Arc<Questionnaire>,
        session: &Session,
        benchmark: Option<&Arc<Benchmark>>,
    ) -> Rc<KeptAnalysis> {
        let profile = &session.assessment.profile;
        let group = *self
            .group
            .get_or_insert_with(|| default_peer_group(profile, benchmark.map(Arc::as_ref)));
        let bench_key = benchmark.map_or(0, |b| Arc::as_ptr(b) as usize);
        let stale = !matches!(&self.stats, Some((g, k, _)) if *g == group && *k == bench_key);
        if stale {
            self.stats =
                benchmark.map(|b| (group, bench_key, peer_stats(b, group, &session.assessment)));
        }
        // Linked files are read in the background, never while drawing.
        let stamp = (session.generation, crate::ui::link_cache::version());
        if !matches!(&self.history, Some((s, _)) if *s == stamp) {
            let history = crate::ui::link_cache::history(
                questionnaire,
                &session.assessment,
                session.path.as_deref(),
            );
            self.history = Some((stamp, history));
        }
        let key: AnalysisKey = (
            Arc::as_ptr(questionnaire) as usize,
            std::ptr::from_ref(session) as usize,
            session.generation,
            bench_key,
            group,
            crate::ui::link_cache::version(),
        );
        if let Some((kept_key, kept)) = &self.kept
            && *kept_key == key
        {
            return kept.clone();
        }
        let peers = benchmark
            .zip(self.stats.as_ref())
            .map(|(b, (_, _, stats))| (b.as_ref(), stats));
        let history = self.history.as_ref().map(|(_, h)| h.clone());
        let kept = Rc::new(KeptAnalysis::new(questionnaire.clone(), |q| {
            analyse_with(q, &session.assessment, peers, history)
        }));
        self.computed += 1;
        self.shown = kept.get().peers.clone();
        self.kept = Some((key, kept.clone()));
        kept
    }

    /// Shows the results; returns the commands its buttons triggered.
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        questionnaire: &Arc<Questionnaire>,
        session: &Session,
        benchmark: Option<&Arc<Benchmark>>,
        lang: Lang,
    ) -> Vec<Command> {
        let mut commands = Vec::new();
        let kept = self.analysis(questionnaire, session, benchmark);
        let analysis = kept.get();
        let scores = &analysis.scores;
        let comparison = analysis.peers.as_ref().filter(|c| c.is_shown());
        let profile = &session.assessment.profile;
        let warn = ui.visuals().warn_fg_color;
        let targets = field_targets(questionnaire, &session.assessment.plan);

        super::screen::page_scroll(ui, "results").show(ui, |ui| {
            // The comparison fills the first screen: above the charts only the heading,
            // the headline, a warning and whom the town is compared with; the peer group
            // choice and the rest below them.
            let viewport_height = ui.clip_rect().height();
            let content_top = ui.max_rect().top();
            ui.horizontal_wrapped(|ui| {
                ui.heading(format!("{} – {}", tr!(lang, "results"), profile.name))
                    .heading_level(1);
            });
            ui.label(
                egui::RichText::new(narrative::headline(analysis, lang))
                    .text_style(super::theme::question_style()),
            );
            let note = narrative::preliminary_note(analysis, lang);
            if let Some(note) = &note {
                ui.colored_label(warn, note);
            }
            self.compared_with_ui(ui, benchmark.map(|b| b.as_ref()), lang);
            ui.add_space(4.0);
            let left = viewport_height - (ui.cursor().top() - content_top) - 6.0;
            charts_ui(ui, scores, comparison, &targets, left, self.projector, lang);
            ui.add_space(8.0);
            if note.is_none()
                && let Some(stage) = scores
                    .overall_stage
                    .and_then(|i| questionnaire.stages.get(i))
            {
                ui.label(stage.description.get(lang));
                ui.add_space(8.0);
            }
            self.group_ui(ui, profile, benchmark.map(|b| b.as_ref()), lang);
            ui.add_space(8.0);
            dimension_table_ui(ui, analysis, &session.assessment.plan, lang);

            if scores
                .dimensions
                .iter()
                .any(|d| d.score.is_some() && d.low_coverage())
            {
                ui.add_space(6.0);
                ui.colored_label(
                    warn,
                    format!(
                        "⚠ {} {}",
                        uncertain_score(lang),
                        tr!(lang, "results-don-t-know-and")
                    ),
                );
            }
            ui.add_space(12.0);
            legal_duties_ui(ui, analysis, lang);
            let findings = narrative::findings(analysis, lang);
            if !findings.is_empty() {
                ui.heading(tr!(lang, "results-findings")).heading_level(2);
                for finding in &findings {
                    ui.horizontal_top(|ui| {
                        ui.label("•");
                        ui.add(egui::Label::new(finding.as_str()).wrap());
                    });
                }
                ui.add_space(8.0);
            }
            if !scores.diagnoses.is_empty() {
                ui.heading(tr!(lang, "what-findings-mean")).heading_level(2);
                for diagnosis in &scores.diagnoses {
                    ui.add_space(4.0);
                    ui.label(
                        egui::RichText::new(narrative::diagnosis_title(
                            questionnaire,
                            diagnosis,
                            lang,
                        ))
                        .strong(),
                    );
                    ui.label(narrative::diagnosis_message(questionnaire, diagnosis, lang));
                }
                ui.add_space(12.0);
            }
            measures_ui(ui, analysis, lang);
            ui.add_space(12.0);
            if crate::ui::link_cache::loading() {
                ui.ctx()
                    .request_repaint_after(std::time::Duration::from_millis(100));
            }
            if let Some((_, history)) = &self.history {
                commands.extend(super::progress_ui::progress_ui(
                    ui,
                    questionnaire,
                    history,
                    lang,
                ));
            }
            ui.add_space(12.0);
            ui.horizontal_wrapped(|ui| {
                if ui
                    .button(format!("← {}", Action::ShowQuestions.label(lang)))
                    .clicked()
                {
                    commands.push(Command::Action(Action::ShowQuestions));
                }
                for action in [
                    Action::ExportPdf,
                    Action::ExportSheets,
                    Action::ExportContribution,
                    Action::LoadBenchmark,
                ] {
                    if ui
                        .button(action.label(lang))
                        .on_hover_text(action.tooltip(lang))
                        .clicked()
                    {
                        commands.push(Command::Action(action));
                    }
                }
                if benchmark.is_some_and(|b| !b.synthetic)
                    && ui.button(Action::UseBundledBenchmark.label(lang)).clicked()
                {
                    commands.push(Command::Action(Action::UseBundledBenchmark));
                }
            });
            ui.add_space(12.0);
        });
        commands
    }

    /// How many peers the chosen group has (own entry left out).
    fn group_size(&self) -> usize {
        self.stats
            .as_ref()
            .map_or(0, |(_, _, stats)| stats.group_size())
    }

    /// Whom the town is compared with, on one line above the charts: the group, its size
    /// and the data's source (synthetic data says so), or why there is no comparison.
    fn compared_with_ui(&self, ui: &mut egui::Ui, benchmark: Option<&Benchmark>, lang: Lang) {
        let Some(benchmark) = benchmark else {
            ui.label(tr!(lang, "results-no-comparison-data-loaded"));
            return;
        };
        let Some(group) = self.group else {
            return;
        };
        let n = self.group_size();
        let source = source_label(&benchmark.source, benchmark.synthetic, lang);
        if n >= MIN_GROUP_SIZE {
            // Small in projector mode (still larger there than normal text), so the
            // charts below keep their room.
            let text = egui::RichText::new(format!(
                "{}: {} · n = {n} · {source}",
                tr!(lang, "results-compared-with"),
                group_description(&group, benchmark.network.as_ref(), lang)
            ));
            let text = if self.projector { text.small() } else { text };
            ui.add(egui::Label::new(text).wrap());
        } else {
            ui.colored_label(
                ui.visuals().warn_fg_color,
                format!(
                    "{} (n = {n}; {} {MIN_GROUP_SIZE}). {source}",
                    tr!(lang, "results-too-few-municipalities-in"),
                    tr!(lang, "results-at-least"),
                ),
            );
        }
    }

    fn group_ui(
        &mut self,
        ui: &mut egui::Ui,
        profile: &crate::model::Profile,
        benchmark: Option<&Benchmark>,
        lang: Lang,
    ) {
        let Some(benchmark) = benchmark else {
            return;
        };
        let Some(mut group) = self.group else {
            return;
        };
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.horizontal_wrapped(|ui| {
                ui.label(egui::RichText::new(tr!(lang, "results-peer-group")).strong());
                size_choice(ui, &mut group, profile.size_class(), lang);
                state_choice(ui, &mut group, profile.state, lang);
                kind_choice(ui, &mut group, profile.kind, lang);
                let default = default_peer_group(profile, Some(benchmark));
                let hint = if default.is_whole() {
                    tr!(lang, "results-every-municipality-in-comparison")
                } else {
                    tr!(lang, "results-own-size-class-and")
                };
                if group != default
                    && ui
                        .button(tr!(lang, "results-default"))
                        .on_hover_text(hint)
                        .clicked()
                {
                    group = default;
                }
            });
            if self.group_size() < MIN_GROUP_SIZE
                && let Some(option) = benchmark.suggest_widening(group)
                && ui
                    .button(format!(
                        "{} ({}; n = {})",
                        tr!(lang, "results-widen-group"),
                        widen_change(&option.steps, lang),
                        option.group_size
                    ))
                    .clicked()
            {
                group = option.group;
            }
        });
        if self.group != Some(group) {
            self.group = Some(group);
        }
    }
}

/// The radar and the box plots, side by side where the width allows, with their legend
/// below, together `height` high (the rest of the screen below the text above them), so
/// the comparison is seen whole; never smaller than their labels need, never larger than
/// a comfortable size.
fn charts_ui(
    ui: &mut egui::Ui,
    scores: &crate::scoring::Scores,
    comparison: Option<&PeerComparison>,
    targets: &[Option<f64>],
    height: f32,
    projector: bool,
    lang: Lang,
) {
    let body = ui.text_style_height(&egui::TextStyle::Body);
    let width = ui.available_width();
    // The legend's height as measured in the last frame (it wraps with the width).
    let legend_id = ui.scope_id().with("chart-legend-height");
    let legend = ui
        .data(|d| d.get_temp::<f32>(legend_id))
        .unwrap_or(3.0 * (body + ui.spacing().item_spacing.y));
    let gap = 16.0;
    let side_by_side = width >= 700.0;
    let share = if projector { 0.6 } else { 0.5 };
    let widest = if side_by_side {
        (width * share).min(if projector { 1200.0 } else { 820.0 })
    } else {
        width
    };
    // At least about 11 lines of text high (the box plots' four rows of two lines and
    // the axis); at most what a square-ish radar of the widest width needs. Where the
    // height limits the radar, the width it does not need goes to the box plots.
    let charts = (height - legend).max(11.0 * body).min(widest * 0.85);
    let radar_width = if side_by_side {
        widest.min(super::charts::radar_width_for(ui, scores, charts, lang))
    } else {
        width
    };
    if side_by_side {
        ui.horizontal_top(|ui| {
            radar_ui(
                ui,
                scores,
                comparison,
                targets,
                egui::vec2(radar_width, charts),
                lang,
            );
            ui.add_space(gap);
            ui.vertical(|ui| {
                ui.set_width(ui.available_width());
                box_plot_ui(ui, scores, comparison, charts, projector, lang);
            });
        });
    } else {
        radar_ui(
            ui,
            scores,
            comparison,
            targets,
            egui::vec2(radar_width, charts / 2.0),
            lang,
        );
        ui.vertical(|ui| box_plot_ui(ui, scores, comparison, charts / 2.0, projector, lang));
    }
    let top = ui.cursor().top();
    chart_legend_ui(
        ui,
        comparison.is_some(),
        targets.iter().any(Option::is_some),
        projector,
        lang,
    );
    let measured = ui.cursor().top() - top;
    if (measured - legend).abs() > 0.5 {
        ui.data_mut(|d| d.insert_temp(legend_id, measured));
        ui.ctx().request_repaint();
    }
}

fn size_choice(ui: &mut egui::Ui, group: &mut PeerGroup, own: SizeClass, lang: Lang) {
    let label = |g: &PeerGroup| match (g.size_class, g.neighbouring_sizes) {
        (None, _) => tr!(lang, "results-all-sizes").to_string(),
        (Some(c), true) => format!("{} ±1", c.label(lang)),
        (Some(c), false) => c.label(lang).to_string(),
    };
    let mut chosen = *group;
    let caption = ui.label(tr!(lang, "results-size"));
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
        None => tr!(lang, "results-all-states").to_string(),
        Some(s) => s.name().to_string(),
    };
    let mut chosen = group.state;
    let caption = ui.label(tr!(lang, "results-state"));
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
        None => tr!(lang, "results-all-kinds").to_string(),
        Some(k) => k.name(lang).to_string(),
    };
    let mut chosen = group.kind;
    let caption = ui.label(tr!(lang, "results-kind"));
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

fn dimension_table_ui(ui: &mut egui::Ui, analysis: &Analysis, plan: &Plan, lang: Lang) {
    let questionnaire = analysis.questionnaire;
    let with_targets = !plan.field_targets.is_empty();
    let mut headers = vec![
        tr!(lang, "results-dimension"),
        tr!(lang, "score"),
        tr!(lang, "phase"),
        tr!(lang, "answered"),
        tr!(lang, "results-compared-with-peers"),
    ];
    if with_targets {
        headers.push(tr!(lang, "results-target"));
    }
    let rows = analysis.scores.dimensions.len();
    let description = tr!(
        lang,
        "a11y-results-table-description",
        rows = rows,
        columns = headers.len(),
        headers = headers.join(", ")
    );
    egui::Grid::new("dimension-scores")
        .num_columns(headers.len())
        .striped(true)
        .spacing([14.0, 8.0])
        .show(ui, |ui| {
            // A grid is a flat list of labels to a screen reader: give it table roles.
            let mut table = super::a11y::GridTable::begin(
                ui,
                tr!(lang, "a11y-results-table"),
                &description,
                rows + 1,
                headers.len(),
                1,
            );
            for header in &headers {
                table.cell(ui, |ui| ui.label(egui::RichText::new(*header).strong()));
            }
            table.end_row(ui);
            for d in &analysis.scores.dimensions {
                table.cell(ui, |ui| ui.label(d.name.get(lang)));
                table.cell(ui, |ui| {
                    ui.label(egui::RichText::new(format_score(d.score, lang)).strong())
                });
                table.cell(ui, |ui| ui.label(stage_name(questionnaire, d.stage, lang)));
                let coverage = format!("{}/{}", d.answered, d.total);
                table.cell(ui, |ui| {
                    if d.low_coverage() {
                        ui.colored_label(ui.visuals().warn_fg_color, format!("⚠ {coverage}"))
                            .on_hover_text(uncertain_score(lang));
                    } else {
                        ui.label(coverage);
                    }
                });
                table.cell(ui, |ui| {
                    match (
                        analysis.peer_figures(&d.id),
                        narrative::field_rank(analysis, &d.id, lang),
                    ) {
                        (Some(p), rank) => {
                            let text = rank.unwrap_or_else(|| {
                                format!(
                                    "{} {}",
                                    tr!(lang, "results-median"),
                                    format_score(Some(p.median), lang)
                                )
                            });
                            ui.label(text).on_hover_text(format!(
                                "{} {} · {} {}–{} · P10–P90 {}–{} · n = {}",
                                tr!(lang, "median"),
                                format_score(Some(p.median), lang),
                                tr!(lang, "results-middle-50"),
                                format_score(Some(p.p25), lang),
                                format_score(Some(p.p75), lang),
                                format_score(Some(p.p10), lang),
                                format_score(Some(p.p90), lang),
                                p.n
                            ));
                        }
                        (None, _) => {
                            ui.label("–");
                        }
                    }
                });
                if with_targets {
                    table.cell(ui, |ui| {
                        ui.label(match plan.field_targets.get(&d.id) {
                            Some(FieldTarget::Score(s)) => format_points(Some(f64::from(*s)), lang),
                            Some(FieldTarget::Stage(stage)) => {
                                stage_name(questionnaire, usize::from(*stage).checked_sub(1), lang)
                            }
                            None => "–".into(),
                        })
                    });
                }
                table.end_row(ui);
            }
        });
}

/// „Pflichtaufgaben offen“: the open (and unclear) legal duties, before findings and
/// measures; nothing for a questionnaire without legal duties.
fn legal_duties_ui(ui: &mut egui::Ui, analysis: &Analysis, lang: Lang) {
    let Some(duties) = crate::present::duties::legal_duties(analysis, lang) else {
        return;
    };
    let warn = ui.visuals().warn_fg_color;
    egui::Frame::group(ui.style())
        .stroke(egui::Stroke::new(1.5, warn))
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.heading(egui::RichText::new(format!("⚠ {}", duties.heading)).color(warn))
                .heading_level(2);
            ui.add(egui::Label::new(duties.intro.as_str()).wrap());
            ui.add_space(4.0);
            for entry in &duties.entries {
                ui.horizontal_top(|ui| {
                    ui.label("•");
                    ui.vertical(|ui| {
                        ui.set_width(ui.available_width());
                        ui.add(
                            egui::Label::new(egui::RichText::new(entry.title.as_str()).strong())
                                .wrap(),
                        );
                        ui.add(egui::Label::new(entry.detail.as_str()).wrap());
                    });
                });
                ui.add_space(2.0);
            }
            if let Some(note) = &duties.unanswered {
                ui.weak(note.as_str());
            }
        });
    ui.add_space(12.0);
}

fn measures_ui(ui: &mut egui::Ui, analysis: &Analysis, lang: Lang) {
    if analysis.measures.is_empty() {
        return;
    }
    let questionnaire = analysis.questionnaire;
    ui.heading(tr!(lang, "results-most-important-next-steps"))
        .heading_level(2);
    let order = tr!(lang, "results-ordered-by-question-weight");
    if analysis.measures.iter().any(|m| m.for_open_duty) {
        ui.label(format!(
            "{} {order}",
            tr!(lang, "results-measures-towards-open-legal")
        ));
    } else {
        ui.label(order);
    }
    ui.add_space(4.0);
    for (rank, m) in analysis.measures.iter().take(TOP_MEASURES).enumerate() {
        ui.horizontal_top(|ui| {
            ui.label(egui::RichText::new(format!("{:>2}.", rank + 1)).strong());
            ui.vertical(|ui| {
                ui.set_width(ui.available_width());
                ui.add(
                    egui::Label::new(egui::RichText::new(m.measure.text.get(lang)).strong()).wrap(),
                );
                if let Some(duty) =
                    crate::present::duties::measure_duty(m.question, m.for_open_duty, lang)
                {
                    ui.colored_label(ui.visuals().warn_fg_color, duty);
                }
                ui.add(
                    egui::Label::new(format!(
                        "{} · {} → {} · {} · {}{}",
                        question_label(questionnaire, &m.question.id, lang),
                        level_label(m.level, lang),
                        m.level + 1,
                        horizon_name(m.measure.horizon, lang),
                        effort_name(m.measure.effort, lang),
                        if m.trails_peers {
                            tr!(lang, "results-behind-peers")
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

/// Per field, the plan's target score for the next assessment (a target phase counts as
/// the lower edge of its band).
fn field_targets(questionnaire: &Questionnaire, plan: &Plan) -> Vec<Option<f64>> {
    questionnaire
        .dimensions
        .iter()
        .map(|d| match plan.field_targets.get(&d.id)? {
            FieldTarget::Score(s) => Some(f64::from(*s)),
            FieldTarget::Stage(stage) => questionnaire
                .stages
                .get(usize::from(*stage).checked_sub(1)?)
                .map(|s| s.from),
        })
        .collect()
}
