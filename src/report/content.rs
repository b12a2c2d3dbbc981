//! What the report says and where it goes: title page, summary, profile chart, the
//! dimensions, measures and roadmap, appendix. Produces laid-out pages.

use super::ReportInput;
use super::layout::{
    Align, CONTENT_BOTTOM, Colour, Column, Dash, Flow, Item, MARGIN_X, Measure, PAGE_W, Page,
    Style, clean, fit, hang, wrap, wrap_max,
};
use crate::benchmark::{DimensionPeers, PeerComparison};
use crate::cli::{format_change, format_score, history_labels};
use crate::model::{Effort, Horizon, MeasureKind, Question, Response};
use crate::progress::History;
use crate::scoring::{DiagnosisKind, DimensionScore, PrioritisedMeasure, prioritised_measures};
use crate::text::Lang;
use std::collections::HashMap;

/// The label shown wherever synthetic peer figures appear.
pub const SYNTHETIC_LABEL_DE: &str = "Synthetische Beispieldaten – keine echten Kommunen";
const SYNTHETIC_LABEL_EN: &str = "Synthetic example data – not real municipalities";

/// How many measures the roadmap lists; the rest are named in the appendix.
const ROADMAP_SIZE: usize = 12;
/// Each period of the roadmap lists at least this many measures where there are any.
const MIN_PER_HORIZON: usize = 2;

const BODY: Style = Style::regular(10.0);
const SMALL: Style = Style::regular(8.5).colour(Colour::MUTED);
const H1: Style = Style::bold(17.0).colour(Colour::ACCENT);
const H2: Style = Style::bold(12.5).colour(Colour::ACCENT);
const H3: Style = Style::bold(10.5);

fn tr(lang: Lang, de: &'static str, en: &'static str) -> &'static str {
    match lang {
        Lang::De => de,
        Lang::En => en,
    }
}

/// „…“ in German, “…” in English.
fn quote(lang: Lang, text: &str) -> String {
    match lang {
        Lang::De => format!("„{text}“"),
        Lang::En => format!("“{text}”"),
    }
}

struct Report<'a> {
    input: &'a ReportInput<'a>,
    lang: Lang,
    measures: Vec<PrioritisedMeasure<'a>>,
    /// Short reference per question id, e.g. „3.4“ (dimension 3, question 4).
    codes: HashMap<&'a str, String>,
    /// Per measure (by priority rank): whether the roadmap lists it.
    roadmap: Vec<bool>,
}

impl<'a> Report<'a> {
    fn t(&self, de: &'static str, en: &'static str) -> &'static str {
        tr(self.lang, de, en)
    }

    fn in_roadmap(&self, rank: usize) -> bool {
        self.roadmap.get(rank).copied().unwrap_or(false)
    }

    fn code(&self, question_id: &str) -> String {
        self.codes.get(question_id).cloned().unwrap_or_default()
    }

    fn name(&self) -> &str {
        &self.input.assessment.profile.name
    }

    fn score(&self, s: Option<f64>) -> String {
        format_score(s, self.lang)
    }

    fn stage_name(&self, stage: Option<usize>) -> String {
        stage
            .and_then(|i| self.input.questionnaire.stages.get(i))
            .map(|s| s.name.get(self.lang).to_string())
            .unwrap_or_else(|| "–".into())
    }

    fn peers(&self, dimension: &str) -> Option<&'a DimensionPeers> {
        self.input
            .peers
            .and_then(|p| p.dimensions.get(dimension))
            .and_then(Option::as_ref)
    }

    fn synthetic_label(&self) -> &'static str {
        self.t(SYNTHETIC_LABEL_DE, SYNTHETIC_LABEL_EN)
    }

    fn peer_source_line(&self, peers: &PeerComparison) -> String {
        let lang = self.lang;
        let g = &peers.group;
        let mut parts: Vec<String> = Vec::new();
        if let Some(kind) = g.kind {
            parts.push(kind.name(lang).to_string());
        }
        if let Some(size) = g.size_class {
            parts.push(size.label(lang).to_string());
        }
        if let Some(state) = g.state {
            parts.push(state.name().to_string());
        }
        let group = if parts.is_empty() {
            self.t("alle Kommunen der Datei", "all municipalities in the file")
                .to_string()
        } else {
            parts.join(", ")
        };
        format!(
            "{}: {} – {} ({} {})",
            self.t("Vergleichsdaten", "Peer data"),
            peers.source,
            group,
            peers.group_size,
            self.t("Kommunen", "municipalities"),
        )
    }

    fn level_text(&self, q: &Question, level: u8) -> String {
        q.levels
            .get(usize::from(level))
            .map(|t| t.get(self.lang).to_string())
            .unwrap_or_default()
    }

    fn effort(&self, e: Effort) -> &'static str {
        match e {
            Effort::Low => self.t("gering", "low"),
            Effort::Medium => self.t("mittel", "medium"),
            Effort::High => self.t("hoch", "high"),
        }
    }

    fn kind(&self, k: MeasureKind) -> &'static str {
        match k {
            MeasureKind::Process => self.t("Abläufe", "Process"),
            MeasureKind::People => self.t("Menschen", "People"),
            MeasureKind::Technology => self.t("Technik", "Technology"),
        }
    }

    fn horizon_short(&self, h: Horizon) -> &'static str {
        match h {
            Horizon::Short => self.t("0–6 Monate", "0–6 months"),
            Horizon::Medium => self.t("6–18 Monate", "6–18 months"),
            Horizon::Long => self.t("über 18 Monate", "over 18 months"),
        }
    }

    fn horizon(&self, h: Horizon) -> &'static str {
        match h {
            Horizon::Short => self.t("Kurzfristig (0–6 Monate)", "Short term (0–6 months)"),
            Horizon::Medium => self.t("Mittelfristig (6–18 Monate)", "Medium term (6–18 months)"),
            Horizon::Long => self.t(
                "Langfristig (mehr als 18 Monate)",
                "Long term (more than 18 months)",
            ),
        }
    }
}

/// Lays out the whole report (without footers).
pub fn layout(input: &ReportInput, m: &dyn Measure) -> Vec<Page> {
    let medians: HashMap<String, f64> = input
        .peers
        .map(|p| {
            p.dimensions
                .iter()
                .filter_map(|(id, d)| d.as_ref().map(|d| (id.clone(), d.median)))
                .collect()
        })
        .unwrap_or_default();
    let codes = input
        .questionnaire
        .dimensions
        .iter()
        .enumerate()
        .flat_map(|(d, dim)| {
            dim.questions
                .iter()
                .enumerate()
                .map(move |(q, question)| (question.id.as_str(), format!("{}.{}", d + 1, q + 1)))
        })
        .collect();
    let measures = prioritised_measures(
        input.questionnaire,
        input.assessment,
        input.scores,
        &medians,
    );
    let report = Report {
        input,
        lang: input.lang,
        codes,
        roadmap: roadmap_selection(&measures),
        measures,
    };
    let mut flow = Flow::new(m);
    title_page(&report, &mut flow);
    flow.new_page();
    summary(&report, &mut flow);
    flow.new_page();
    profile(&report, &mut flow);
    flow.gap(18.0);
    if let Some(history) = input.history.filter(|h| h.has_earlier()) {
        changes(&report, history, &mut flow);
        flow.gap(18.0);
    }
    dimensions(&report, &mut flow);
    flow.gap(10.0);
    roadmap(&report, &mut flow);
    flow.new_page();
    super::council_paper::council_paper(input, &mut flow);
    flow.gap(18.0);
    appendix(&report, &mut flow);
    flow.finish()
}

/// The roadmap: the [`ROADMAP_SIZE`] highest-priority measures, plus the best ones of
/// any period that would otherwise have fewer than [`MIN_PER_HORIZON`] entries, so that
/// short, medium and long term all show up where the questionnaire offers them.
fn roadmap_selection(measures: &[PrioritisedMeasure]) -> Vec<bool> {
    let mut chosen: Vec<bool> = (0..measures.len()).map(|i| i < ROADMAP_SIZE).collect();
    for horizon in [Horizon::Short, Horizon::Medium, Horizon::Long] {
        let of_horizon = |i: &usize| measures[*i].measure.horizon == horizon;
        let have = (0..measures.len())
            .filter(of_horizon)
            .filter(|i| chosen[*i])
            .count();
        let missing: Vec<usize> = (0..measures.len())
            .filter(of_horizon)
            .filter(|i| !chosen[*i])
            .take(MIN_PER_HORIZON.saturating_sub(have))
            .collect();
        for i in missing {
            chosen[i] = true;
        }
    }
    chosen
}

/// Adds the running footer („Seite 3 von 7“) to every page.
pub fn add_footers(input: &ReportInput, m: &dyn Measure, pages: &mut [Page]) {
    let lang = input.lang;
    let total = pages.len();
    let style = Style::regular(8.0).colour(Colour::MUTED);
    let y = CONTENT_BOTTOM + 30.0;
    let right_edge = PAGE_W - MARGIN_X;
    for (i, page) in pages.iter_mut().enumerate() {
        let number = match lang {
            Lang::De => format!("Seite {} von {total}", i + 1),
            Lang::En => format!("Page {} of {total}", i + 1),
        };
        let number_w = m.width(&number, style.size, false);
        let left = format!(
            "{} · {} · {}",
            clean(m, &input.assessment.profile.name),
            tr(lang, "Digitaler Reifegrad", "Digital maturity"),
            input.assessment.date.german()
        );
        let left = fit(m, &left, style, right_edge - MARGIN_X - number_w - 24.0);
        page.items.push(Item::Line {
            points: vec![(MARGIN_X, y - 12.0), (right_edge, y - 12.0)],
            closed: false,
            width: 0.5,
            colour: Colour::RULE,
            dash: Dash::Solid,
        });
        page.items.push(Item::Text {
            x: MARGIN_X,
            y,
            text: left,
            style,
        });
        page.items.push(Item::Text {
            x: right_edge - number_w,
            y,
            text: number,
            style,
        });
    }
}

fn title_page(r: &Report, flow: &mut Flow) {
    let m = flow.measure();
    let input = r.input;
    let profile = &input.assessment.profile;
    let left = flow.left();
    let width = flow.width();

    flow.paragraph(
        r.t(
            "STRATEGIEPAPIER DIGITALISIERUNG",
            "DIGITALISATION STRATEGY OUTLINE",
        ),
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
        r.t(
            "Digitaler Reifegrad der Verwaltung",
            "Digital maturity of the administration",
        ),
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
    let desc_lines = stage
        .map(|s| wrap(m, &clean(m, s.description.get(r.lang)), BODY, inner))
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
        &[r.t("Gesamtergebnis", "Overall result").to_string()],
        SMALL,
    );
    let overall = match scores.overall {
        Some(_) => format!(
            "{} {}",
            r.score(scores.overall),
            r.t("von 100 Punkten", "out of 100 points")
        ),
        None => r.t("Noch kein Ergebnis", "No result yet").to_string(),
    };
    flow.lines(left + pad, &[overall], big);
    let stage_line = match (scores.overall_stage, stage) {
        (Some(i), Some(s)) => format!(
            "{} {} {} {}: {}",
            r.t("Stufe", "Stage"),
            i + 1,
            r.t("von", "of"),
            input.questionnaire.stages.len(),
            s.name.get(r.lang)
        ),
        _ => String::new(),
    };
    flow.lines(left + pad, &[stage_line], stage_style);
    flow.lines(left + pad, &desc_lines, BODY);
    flow.y += 6.0;
    stage_scale(r, flow, left + pad, inner);
    flow.y = box_top + box_h + 30.0;

    // Facts about the assessment.
    let answered = input
        .scores
        .dimensions
        .iter()
        .map(|d| d.answered)
        .sum::<usize>();
    let total = input.questionnaire.question_count();
    let mut facts: Vec<(String, String)> = vec![
        (
            r.t("Stand der Bewertung", "Assessment date").into(),
            input.assessment.date.german(),
        ),
        (
            r.t("Fragebogen", "Questionnaire").into(),
            format!(
                "{} ({} {})",
                input.questionnaire.title.get(r.lang),
                r.t("Version", "version"),
                input.questionnaire.version
            ),
        ),
        (
            r.t("Beantwortet", "Answered").into(),
            format!(
                "{answered} {} {total} {}",
                r.t("von", "of"),
                r.t("Fragen mit einer Stufe", "questions with a level")
            ),
        ),
    ];
    if !input.assessment.respondents.trim().is_empty() {
        facts.push((
            r.t("Mitwirkende", "Contributors").into(),
            input.assessment.respondents.clone(),
        ));
    }
    if let Some(peers) = input.peers {
        let mut line = r.peer_source_line(peers);
        if peers.synthetic {
            line = format!("{line}. {}", r.synthetic_label());
        }
        facts.push((r.t("Vergleich", "Comparison").into(), line));
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
fn stage_scale(r: &Report, flow: &mut Flow, x0: f32, width: f32) {
    let m = flow.measure();
    let stages = &r.input.questionnaire.stages;
    let (Some(first), Some(last)) = (stages.first(), stages.last()) else {
        return;
    };
    let (lo, hi) = (first.from, last.to.max(first.from + 1.0));
    let to_x = |v: f64| x0 + width * ((v - lo) / (hi - lo)) as f32;
    let top = flow.y + 8.0;
    let bar_h = 12.0;
    let label = Style::regular(7.5).colour(Colour::MUTED);
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
        let style = if own { Style::bold(7.5) } else { label };
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

fn rect(x: f32, y: f32, w: f32, h: f32) -> Vec<(f32, f32)> {
    vec![(x, y), (x + w, y), (x + w, y + h), (x, y + h)]
}

fn summary(r: &Report, flow: &mut Flow) {
    let input = r.input;
    let scores = input.scores;
    let lang = r.lang;
    flow.heading(r.t("Zusammenfassung", "Summary"), H1, 40.0);
    flow.y += 4.0;

    // Where the town stands.
    let stage = scores
        .overall_stage
        .and_then(|i| input.questionnaire.stages.get(i));
    let stands = match (scores.overall, stage) {
        (Some(_), Some(stage)) => match lang {
            Lang::De => format!(
                "{} erreicht insgesamt {} von 100 Punkten und steht damit auf der Stufe {}: {}",
                r.name(),
                r.score(scores.overall),
                quote(lang, stage.name.get(lang)),
                stage.description.get(lang)
            ),
            Lang::En => format!(
                "{} reaches {} out of 100 points overall, which is the stage {}: {}",
                r.name(),
                r.score(scores.overall),
                quote(lang, stage.name.get(lang)),
                stage.description.get(lang)
            ),
        },
        _ => r
            .t(
                "Es sind noch zu wenige Fragen beantwortet, um ein Gesamtergebnis zu berechnen.",
                "Too few questions are answered to compute an overall result.",
            )
            .to_string(),
    };
    flow.paragraph(&stands, BODY, 0.0);
    flow.y += 8.0;

    // Key findings.
    flow.heading(r.t("Die wichtigsten Befunde", "Key findings"), H3, 30.0);
    let scored: Vec<&DimensionScore> = scores
        .dimensions
        .iter()
        .filter(|d| d.score.is_some())
        .collect();
    let by_score = |d: &&DimensionScore| d.score.unwrap_or(0.0);
    let mut findings: Vec<String> = Vec::new();
    if let (Some(best), Some(worst)) = (
        scored
            .iter()
            .max_by(|a, b| by_score(a).total_cmp(&by_score(b))),
        scored
            .iter()
            .min_by(|a, b| by_score(a).total_cmp(&by_score(b))),
    ) && best.id != worst.id
    {
        findings.push(match lang {
            Lang::De => format!(
                "Am weitesten ist {} bei {} ({} Punkte), am wenigsten weit bei {} ({} Punkte).",
                r.name(),
                quote(lang, best.name.get(lang)),
                r.score(best.score),
                quote(lang, worst.name.get(lang)),
                r.score(worst.score)
            ),
            Lang::En => format!(
                "{} is furthest in {} ({} points) and least advanced in {} ({} points).",
                r.name(),
                quote(lang, best.name.get(lang)),
                r.score(best.score),
                quote(lang, worst.name.get(lang)),
                r.score(worst.score)
            ),
        });
    }
    let levels: Vec<u8> = input
        .questionnaire
        .questions()
        .filter_map(|(_, q)| input.assessment.response(&q.id)?.level())
        .collect();
    let low = levels.iter().filter(|l| **l <= 1).count();
    if !levels.is_empty() {
        findings.push(match lang {
            Lang::De => format!(
                "Bei {low} von {} beantworteten Fragen steht {} noch auf Stufe 0 oder 1; dort bringen die ersten, oft kleinen Schritte am meisten.",
                levels.len(),
                r.name()
            ),
            Lang::En => format!(
                "In {low} of {} answered questions {} is still at level 0 or 1; that is where the first, often small steps help most.",
                levels.len(),
                r.name()
            ),
        });
    }
    if let Some(peers) = input.peers {
        let compared: Vec<(&DimensionScore, &DimensionPeers)> = scores
            .dimensions
            .iter()
            .filter_map(|d| Some((d, r.peers(&d.id)?)))
            .filter(|(d, _)| d.score.is_some())
            .collect();
        if !compared.is_empty() {
            let below: Vec<String> = compared
                .iter()
                .filter(|(d, p)| d.score.unwrap_or(0.0) < p.median)
                .map(|(d, _)| quote(lang, d.name.get(lang)))
                .collect();
            let mut text = match (lang, below.is_empty()) {
                (Lang::De, true) => format!(
                    "In allen {} verglichenen Handlungsfeldern liegt {} mindestens auf dem Median der Vergleichsgruppe.",
                    compared.len(),
                    r.name()
                ),
                (Lang::De, false) => format!(
                    "In {} von {} verglichenen Handlungsfeldern liegt {} unter dem Median der Vergleichsgruppe: {}.",
                    below.len(),
                    compared.len(),
                    r.name(),
                    below.join(", ")
                ),
                (Lang::En, true) => format!(
                    "In all {} compared fields {} is at or above the peer median.",
                    compared.len(),
                    r.name()
                ),
                (Lang::En, false) => format!(
                    "In {} of {} compared fields {} is below the peer median: {}.",
                    below.len(),
                    compared.len(),
                    r.name(),
                    below.join(", ")
                ),
            };
            if peers.synthetic {
                text = format!("{text} ({})", r.synthetic_label());
            }
            findings.push(text);
        }
    }
    let uncertain: Vec<String> = scores
        .dimensions
        .iter()
        .filter(|d| d.low_coverage())
        .map(|d| quote(lang, d.name.get(lang)))
        .collect();
    if !uncertain.is_empty() {
        findings.push(match lang {
            Lang::De => format!(
                "Bei {} sind weniger als 60 % der Fragen mit einer Stufe beantwortet – diese Werte sind unsicher.",
                uncertain.join(", ")
            ),
            Lang::En => format!(
                "For {} fewer than 60 % of the questions have a level – these scores are uncertain.",
                uncertain.join(", ")
            ),
        });
    }
    findings.truncate(3);
    for finding in &findings {
        flow.bullet("•", finding, BODY, 0.0);
        flow.y += 2.0;
    }
    flow.y += 8.0;

    // Diagnoses.
    flow.heading(
        r.t("Was die Befunde bedeuten", "What the findings mean"),
        H3,
        30.0,
    );
    if scores.diagnoses.is_empty() {
        flow.paragraph(
            r.t(
                "Keine der beiden typischen Schieflagen liegt vor: Die Online-Angebote laufen den internen Abläufen nicht davon, und Kultur und Ressourcen sind ähnlich weit.",
                "Neither typical imbalance applies: online services do not run ahead of internal processes, and culture and resources are at a similar level.",
            ),
            BODY,
            0.0,
        );
    }
    for d in &scores.diagnoses {
        flow.bullet("•", d.title(lang), Style::bold(10.0), 0.0);
        flow.paragraph(&d.message(lang), BODY, 14.0);
        flow.y += 3.0;
    }
    flow.y += 8.0;

    // What the council is asked to decide.
    flow.heading(
        r.t(
            "Beschlussvorschlag für den Rat",
            "What the council is asked to decide",
        ),
        H3,
        40.0,
    );
    let short = r
        .measures
        .iter()
        .enumerate()
        .filter(|(rank, m)| r.in_roadmap(*rank) && m.measure.horizon == Horizon::Short)
        .count();
    let mut asks: Vec<String> = vec![match lang {
        Lang::De => format!(
            "die {short} kurzfristigen Maßnahmen des Fahrplans (Abschnitt „Maßnahmen und Fahrplan“) für die nächsten sechs Monate zu beauftragen und eine verantwortliche Person für die Umsetzung zu benennen;"
        ),
        Lang::En => format!(
            "to commission the {short} short-term measures of the roadmap (section “Measures and roadmap”) for the next six months and to name a person responsible for carrying them out;"
        ),
    }];
    let kinds: Vec<DiagnosisKind> = scores.diagnoses.iter().map(|d| d.kind).collect();
    if kinds.contains(&DiagnosisKind::NotAble)
        || kinds.contains(&DiagnosisKind::NeitherWillingNorAble)
    {
        asks.push(r.t(
            "Zeit und Geld verlässlich bereitzustellen: einen festen Stellenanteil für die Digitalisierung und ein jährliches Budget im Haushalt;",
            "to provide time and money reliably: a fixed share of a post for digitalisation and an annual budget line;",
        ).into());
    }
    if kinds.contains(&DiagnosisKind::NotWilling)
        || kinds.contains(&DiagnosisKind::NeitherWillingNorAble)
    {
        asks.push(r.t(
            "die Digitalisierung zur Chefsache zu erklären: messbare Ziele beschließen und sich halbjährlich berichten lassen;",
            "to make digitalisation a matter for the top: adopt measurable goals and ask for a report every six months;",
        ).into());
    }
    if kinds.contains(&DiagnosisKind::FacadePaint) {
        asks.push(r.t(
            "neue Online-Angebote erst dann zu starten, wenn die Abläufe dahinter ohne Medienbruch digital laufen;",
            "to launch new online services only once the processes behind them run digitally without media breaks;",
        ).into());
    }
    asks.push(
        r.t(
            "die Selbstbewertung in zwölf Monaten zu wiederholen und das Ergebnis zu veröffentlichen.",
            "to repeat this self-assessment in twelve months and publish the result.",
        )
        .into(),
    );
    flow.paragraph(
        r.t("Der Rat wird gebeten,", "The council is asked"),
        BODY,
        0.0,
    );
    for (i, ask) in asks.iter().enumerate() {
        flow.bullet(&format!("{}.", i + 1), ask, BODY, 0.0);
        flow.y += 2.0;
    }
}

fn profile(r: &Report, flow: &mut Flow) {
    let lang = r.lang;
    let scores = r.input.scores;
    let chart_h = 280.0;
    flow.heading(
        r.t(
            "Profil der vier Handlungsfelder",
            "Profile of the four fields",
        ),
        H1,
        chart_h + 20.0,
    );
    flow.y += 6.0;
    let top = flow.y;
    radar(r, flow, top, chart_h);
    flow.y = top + chart_h + 16.0;

    let header: Vec<String> = [
        r.t("Handlungsfeld", "Field"),
        r.t("Punkte", "Score"),
        r.t("Stufe", "Stage"),
        r.t("Abdeckung", "Coverage"),
        r.t("Median Vergleich", "Peer median"),
        r.t("Perzentil", "Percentile"),
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    let mut rows: Vec<Vec<String>> = Vec::new();
    for d in &scores.dimensions {
        let peers = r.peers(&d.id);
        let warn = if d.low_coverage() { " !" } else { "" };
        rows.push(vec![
            d.name.get(lang).to_string(),
            r.score(d.score),
            r.stage_name(d.stage),
            format!("{:.0}\u{a0}%{warn}", d.coverage * 100.0),
            peers.map_or("–".into(), |p| r.score(Some(p.median))),
            peers
                .and_then(|p| p.percentile)
                .map_or("–".into(), |p| format!("{p:.0}")),
        ]);
    }
    rows.push(vec![
        r.t("Gesamt", "Overall").into(),
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
    flow.table(&columns[..keep], &header, &rows, 9.0);
    flow.y += 6.0;
    let mut notes: Vec<String> = vec![
        r.t(
            "Punkte 0–100; die Ringe im Diagramm markieren die Grenzen der Reifestufen. Abdeckung: Anteil der Fragen, die mit einer Stufe beantwortet sind (mit „!“ markiert: unter 60 %, der Wert ist unsicher).",
            "Score 0–100; the chart's rings mark the boundaries of the maturity stages. Coverage: share of questions answered with a level (marked “!”: below 60 %, the score is uncertain).",
        )
        .into(),
    ];
    match r.input.peers {
        Some(peers) => {
            notes.push(r.t(
                "Perzentil: Anteil der Vergleichskommunen mit niedrigerem Wert. „–“ beim Vergleich: weniger als 5 Vergleichswerte, daher aus Datenschutzgründen nicht gezeigt.",
                "Percentile: share of peers with a lower score. “–” for peers: fewer than 5 peer values, not shown to protect anonymity.",
            ).into());
            notes.push(r.peer_source_line(peers));
        }
        None => notes.push(
            r.t(
                "Ohne Vergleichsdaten erstellt: keine Vergleichsdatei angegeben.",
                "Created without peer data: no benchmark file given.",
            )
            .into(),
        ),
    }
    for note in &notes {
        flow.paragraph(note, SMALL, 0.0);
    }
    if r.input.peers.is_some_and(|p| p.synthetic) {
        flow.paragraph(r.synthetic_label(), Style::bold(8.5), 0.0);
    }
}

/// The radar chart on the left, the legend on the right.
fn radar(r: &Report, flow: &mut Flow, top: f32, height: f32) {
    let m = flow.measure();
    let lang = r.lang;
    let dims = &r.input.scores.dimensions;
    let n = dims.len();
    if n < 3 {
        flow.paragraph(
            r.t(
                "Für ein Netzdiagramm sind mindestens drei Handlungsfelder nötig.",
                "A radar chart needs at least three fields.",
            ),
            SMALL,
            0.0,
        );
        return;
    }
    let (cx, cy) = (flow.left() + flow.width() / 2.0, top + height / 2.0 + 6.0);
    let radius = 98.0;
    let angle =
        |i: usize| -std::f32::consts::FRAC_PI_2 + i as f32 * std::f32::consts::TAU / n as f32;
    let at = |i: usize, v: f64| {
        let a = angle(i);
        let rr = radius * (v.clamp(0.0, 100.0) / 100.0) as f32;
        (cx + rr * a.cos(), cy + rr * a.sin())
    };
    let peers: Vec<Option<&DimensionPeers>> = dims.iter().map(|d| r.peers(&d.id)).collect();

    // Peer interquartile band: one quad between each pair of neighbouring axes with data.
    for i in 0..n {
        let j = (i + 1) % n;
        if let (Some(a), Some(b)) = (peers[i], peers[j]) {
            flow.push(Item::Fill {
                points: vec![at(i, a.p75), at(j, b.p75), at(j, b.p25), at(i, a.p25)],
                colour: Colour::grey(0.86),
            });
        }
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
    let tick = Style::regular(6.5).colour(Colour::MUTED);
    for v in &rings {
        let (x, y) = at(0, *v);
        flow.text_at(x + 3.0, y + 8.0, format!("{v:.0}"), tick);
    }
    // Band outline (dotted) and peer median (dashed).
    for i in 0..n {
        let j = (i + 1) % n;
        if let (Some(a), Some(b)) = (peers[i], peers[j]) {
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
    let own: Vec<(f32, f32)> = dims
        .iter()
        .enumerate()
        .map(|(i, d)| at(i, d.score.unwrap_or(0.0)))
        .collect();
    flow.push(Item::Line {
        points: own.clone(),
        closed: true,
        width: 2.2,
        colour: Colour::ACCENT,
        dash: Dash::Solid,
    });
    for (x, y) in own {
        flow.push(Item::Fill {
            points: rect(x - 2.6, y - 2.6, 5.2, 5.2),
            colour: Colour::ACCENT,
        });
    }
    // Axis labels: the name (up to two lines, shortened with „…“) and the score.
    let label = Style::bold(8.0);
    let value_style = Style::regular(8.0).colour(Colour::MUTED);
    for (i, d) in dims.iter().enumerate() {
        let a = angle(i);
        let (ax, ay) = (
            cx + (radius + 10.0) * a.cos(),
            cy + (radius + 10.0) * a.sin(),
        );
        // Side labels may use the room up to the margin, top and bottom ones less.
        let max_w = if a.cos().abs() > 0.3 {
            (cx - flow.left() - radius - 10.0).min(150.0)
        } else {
            150.0
        };
        let mut lines = wrap_max(m, &clean(m, d.name.get(lang)), label, max_w, 2);
        lines.push(format!("{} {}", r.score(d.score), r.t("Punkte", "points")));
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

    // Legend.
    let lx = cx + 92.0;
    let lw = flow.left() + flow.width() - lx;
    let mut y = top;
    let text = Style::regular(8.0);
    let sample = |flow: &mut Flow, y: f32, kind: u8| {
        let (x1, x2, my) = (lx, lx + 26.0, y - 3.0);
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
            _ => {
                flow.push(Item::Fill {
                    points: rect(x1, my - 5.0, 26.0, 10.0),
                    colour: Colour::grey(0.86),
                });
                for yy in [my - 5.0, my + 5.0] {
                    flow.push(Item::Line {
                        points: vec![(x1, yy), (x2, yy)],
                        closed: false,
                        width: 0.6,
                        colour: Colour::grey(0.45),
                        dash: Dash::Dotted,
                    });
                }
            }
        }
    };
    let mut entries: Vec<(u8, String)> = vec![(
        0,
        format!("{} {}", r.t("Eigene Werte:", "Own scores:"), r.name()),
    )];
    if r.input.peers.is_some() {
        entries.push((1, r.t("Median der Vergleichsgruppe", "Peer median").into()));
        entries.push((
            2,
            r.t(
                "Mittlere Hälfte der Vergleichsgruppe (25. bis 75. Perzentil)",
                "Middle half of the peers (25th to 75th percentile)",
            )
            .into(),
        ));
    }
    for (kind, entry) in entries {
        let lines = wrap_max(m, &clean(m, &entry), text, lw - 34.0, 4);
        sample(flow, y + text.ascent(), kind);
        for (k, line) in lines.iter().enumerate() {
            flow.text_at(
                lx + 34.0,
                y + text.ascent() + k as f32 * text.line_height(),
                line.clone(),
                text,
            );
        }
        y += lines.len() as f32 * text.line_height() + 6.0;
    }
    if r.input.peers.is_some_and(|p| p.synthetic) {
        let bold = Style::bold(8.0);
        for line in wrap(m, r.synthetic_label(), bold, lw) {
            flow.text_at(lx, y + bold.ascent(), line, bold);
            y += bold.line_height();
        }
    }
}

fn diamond(x: f32, y: f32, s: f32) -> Vec<(f32, f32)> {
    vec![
        (x, y - s * 1.3),
        (x + s * 1.3, y),
        (x, y + s * 1.3),
        (x - s * 1.3, y),
    ]
}

fn dimensions(r: &Report, flow: &mut Flow) {
    let lang = r.lang;
    let input = r.input;
    flow.heading(
        r.t("Die Handlungsfelder im Einzelnen", "The fields in detail"),
        H1,
        60.0,
    );
    flow.paragraph(
        r.t(
            "Stärken sind die Fragen mit der höchsten erreichten Stufe, Lücken die mit dem größten gewichteten Abstand zur Stufe 4. Die Anmerkungen stammen aus der Bewertung.",
            "Strengths are the questions with the highest level reached, gaps those with the largest weighted distance to level 4. The comments were written during the assessment.",
        ),
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
        let mut meta = format!(
            "{} {} · {} {} · {} {} {} {}",
            r.score(d.score),
            r.t("Punkte", "points"),
            r.t("Stufe", "stage"),
            quote(lang, &r.stage_name(d.stage)),
            d.answered,
            r.t("von", "of"),
            d.total,
            r.t(
                "Fragen mit Stufe beantwortet",
                "questions answered with a level"
            ),
        );
        if let Some(p) = r.peers(&d.id) {
            meta = format!(
                "{meta} · {} {}",
                r.t("Median Vergleich", "peer median"),
                r.score(Some(p.median))
            );
            if input.peers.is_some_and(|p| p.synthetic) {
                meta = format!("{meta} ({})", r.synthetic_label());
            }
        }
        flow.paragraph(&meta, SMALL, 0.0);
        if d.low_coverage() {
            flow.paragraph(
                r.t(
                    "! Weniger als 60 % der Fragen beantwortet – der Wert ist unsicher.",
                    "! Fewer than 60 % of the questions answered – the score is uncertain.",
                ),
                Style::bold(8.5),
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
        let mut gaps: Vec<(&Question, u8)> = answered
            .iter()
            .copied()
            .filter(|(q, l)| *l < 4 && !strengths.iter().any(|(s, _)| s.id == q.id))
            .collect();
        gaps.sort_by(|a, b| {
            let ga = a.0.weight * f64::from(4 - a.1);
            let gb = b.0.weight * f64::from(4 - b.1);
            gb.total_cmp(&ga).then(a.1.cmp(&b.1))
        });
        gaps.truncate(2);

        // The level description says what is true in the town hall today.
        let item = |flow: &mut Flow, q: &Question, level: u8| {
            flow.bullet(
                "•",
                &format!(
                    "{} {level}: {}",
                    r.t("Stufe", "Level"),
                    r.level_text(q, level)
                ),
                Style::regular(9.0),
                0.0,
            );
            flow.y += 2.0;
        };
        flow.heading(r.t("Stärken", "Strengths"), H3, 30.0);
        if strengths.is_empty() {
            flow.paragraph(
                r.t(
                    "Noch keine Frage mit Stufe 2 oder höher.",
                    "No question at level 2 or higher yet.",
                ),
                SMALL,
                0.0,
            );
        }
        for (q, l) in &strengths {
            item(flow, q, *l);
        }
        flow.y += 3.0;
        flow.heading(r.t("Größte Lücken", "Largest gaps"), H3, 30.0);
        if gaps.is_empty() {
            flow.paragraph(r.t("Keine.", "None."), SMALL, 0.0);
        }
        for (q, l) in &gaps {
            item(flow, q, *l);
        }
        if d.dont_know > 0 {
            flow.paragraph(
                &match lang {
                    Lang::De => format!(
                        "Bei {} {} lautete die Antwort „weiß nicht“ – das sollte geklärt werden.",
                        d.dont_know,
                        if d.dont_know == 1 { "Frage" } else { "Fragen" }
                    ),
                    Lang::En => format!(
                        "{} question(s) were answered “don't know” – worth clarifying.",
                        d.dont_know
                    ),
                },
                SMALL,
                0.0,
            );
        }
        let comments: Vec<(&Question, &str)> = dimension
            .questions
            .iter()
            .map(|q| (q, input.assessment.comment(&q.id).trim()))
            .filter(|(_, c)| !c.is_empty())
            .collect();
        if !comments.is_empty() {
            flow.y += 3.0;
            flow.heading(
                r.t("Anmerkungen des Teams", "The team's comments"),
                H3,
                30.0,
            );
            for (q, c) in comments {
                flow.bullet("•", &quote(lang, c), Style::regular(9.0), 0.0);
                flow.paragraph(
                    &format!("{} {}", r.t("zu:", "on:"), q.text.get(lang)),
                    SMALL,
                    hang("•", Style::regular(9.0)),
                );
                flow.y += 2.0;
            }
        }
        flow.y += 12.0;
    }
}

fn roadmap(r: &Report, flow: &mut Flow) {
    let lang = r.lang;
    flow.heading(
        r.t("Maßnahmen und Fahrplan", "Measures and roadmap"),
        H1,
        60.0,
    );
    flow.paragraph(
        r.t(
            "Die Maßnahmen stammen aus dem Fragebogen: Zu jeder Frage ist beschrieben, was den nächsten Schritt ausmacht. Ihre Priorität ergibt sich aus dem Gewicht der Frage, dem Abstand zur höchsten Stufe und – wo Vergleichsdaten vorliegen – dem Rückstand auf die Vergleichsgruppe. In jedem Zeitraum stehen Arbeit an Abläufen und mit Menschen vor Technik: Ein schlechter Prozess wird nicht besser, wenn man ihn digitalisiert. Die Nummer vor jeder Maßnahme ist ihr Rang nach Priorität.",
            "The measures come from the questionnaire: for every question it describes the next step. Their priority follows from the question's weight, the distance to the top level and – where peer data exists – how far the town trails its peers. Within each period, work on processes and people comes before technology: a bad process does not get better by digitising it. The number before each measure is its rank by priority.",
        ),
        BODY,
        0.0,
    );
    flow.y += 6.0;
    let top: Vec<(usize, &PrioritisedMeasure)> = r
        .measures
        .iter()
        .enumerate()
        .filter(|(rank, _)| r.in_roadmap(*rank))
        .collect();
    if top.is_empty() {
        flow.paragraph(
            r.t(
                "Keine Maßnahmen: Alle beantworteten Fragen stehen auf der höchsten Stufe.",
                "No measures: every answered question is at the top level.",
            ),
            BODY,
            0.0,
        );
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
            flow.bullet(
                &format!("{}.", rank + 1),
                pm.measure.text.get(lang),
                Style::regular(9.5),
                0.0,
            );
            let mut meta = format!(
                "{} · {} {} · {} · {} {}",
                r.kind(pm.measure.kind),
                r.t("Aufwand", "effort"),
                r.effort(pm.measure.effort),
                pm.dimension.name.get(lang),
                r.t("jetzt Stufe", "now level"),
                pm.level,
            );
            if pm.trails_peers {
                meta = format!(
                    "{meta} · {}",
                    r.t("unter dem Vergleichsmedian", "below the peer median")
                );
            }
            // The question, shortened with „…“ to two lines; the appendix has it in full.
            let indent = hang("10.", Style::regular(9.5));
            let m = flow.measure();
            let meta = format!(
                "{meta} · {} {}: {}",
                r.t("Frage", "question"),
                r.code(&pm.question.id),
                quote(lang, pm.question.text.get(lang))
            );
            let lines = wrap_max(m, &clean(m, &meta), SMALL, flow.width() - indent, 2);
            flow.lines(flow.left() + indent, &lines, SMALL);
            flow.y += 4.0;
        }
    }
    let rest = r.measures.len() - top.len();
    if rest > 0 {
        flow.y += 6.0;
        flow.paragraph(
            &match lang {
                Lang::De => format!(
                    "Weitere {rest} Maßnahmen mit geringerer Priorität stehen im Anhang jeweils bei ihrer Frage („Nächster Schritt“)."
                ),
                Lang::En => format!(
                    "{rest} further measures of lower priority are listed in the appendix with their question (“Next step”)."
                ),
            },
            SMALL,
            0.0,
        );
    }
    if r.input.peers.is_some_and(|p| p.synthetic) && r.measures.iter().any(|m| m.trails_peers) {
        flow.paragraph(
            &format!(
                "{} {}",
                r.t(
                    "Rückstand auf die Vergleichsgruppe berechnet mit:",
                    "Distance to peers computed with:"
                ),
                r.synthetic_label()
            ),
            Style::bold(8.5),
            0.0,
        );
    }
}

fn appendix(r: &Report, flow: &mut Flow) {
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
        .map(|s| format!("{} {:.0}–{:.0}", s.name.get(lang), s.from, s.to))
        .collect();
    let method = match lang {
        Lang::De => format!(
            "Jede Frage hat fünf beschriebene Stufen von 0 bis 4; „weiß nicht“ und „trifft nicht zu“ zählen nicht mit. Der Wert eines Handlungsfelds ist 100 × Σ(Gewicht × Stufe) / Σ(Gewicht × 4) über seine beantworteten Fragen, die Abdeckung der Anteil der mit einer Stufe beantworteten Fragen (unter 60 % gilt der Wert als unsicher). Der Gesamtwert ist der nach Handlungsfeldern gewichtete Mittelwert, und die Stufen entsprechen Punktbändern ({}).",
            bands.join(", ")
        ),
        Lang::En => format!(
            "Every question has five described levels from 0 to 4; “don't know” and “not applicable” are left out. A field's score is 100 × Σ(weight × level) / Σ(weight × 4) over its answered questions, its coverage the share of questions answered with a level (below 60 % the score counts as uncertain). The overall score is the weighted mean of the fields, and the stages are score bands ({}).",
            bands.join(", ")
        ),
    };
    flow.paragraph(&method, BODY, 0.0);
}

/// „Was sich seit <Jahr> verändert hat“: score per field and year, and the questions that moved.
fn changes(r: &Report, history: &History, flow: &mut Flow) {
    let lang = r.lang;
    let Some(base) = history.baseline_point() else {
        return;
    };
    flow.heading(&history.title(lang), H1, 160.0);
    flow.y += 4.0;
    let intro = match lang {
        Lang::De => format!(
            "Verglichen wird mit der Bewertung vom {} nach demselben Fragebogen. Punkte je Handlungsfeld (0–100); die letzte Spalte zeigt die Veränderung gegenüber {}.",
            base.date.german(),
            base.date.year
        ),
        Lang::En => format!(
            "Compared with the assessment of {} made with the same questionnaire. Score per field (0–100); the last column shows the change since {}.",
            base.date.german(),
            base.date.year
        ),
    };
    flow.paragraph(&intro, BODY, 0.0);
    flow.y += 6.0;
    let labels = history_labels(history);
    let mut header: Vec<String> = vec![r.t("Handlungsfeld", "Field").into()];
    header.extend(labels.iter().cloned());
    header.push(r.t("Veränderung", "Change").into());
    let mut rows: Vec<Vec<String>> = history
        .dimensions
        .iter()
        .map(|d| {
            let mut row = vec![d.name.get(lang).to_string()];
            row.extend(d.scores.iter().map(|s| r.score(*s)));
            row.push(format_change(d.change, lang));
            row
        })
        .collect();
    let mut overall = vec![r.t("Gesamt", "Overall").to_string()];
    overall.extend(history.points.iter().map(|p| r.score(p.overall)));
    overall.push(format_change(history.overall_change, lang));
    rows.push(overall);
    let mut columns = vec![Column {
        share: 3.3,
        align: Align::Left,
    }];
    columns.extend(labels.iter().map(|_| Column {
        share: 1.0,
        align: Align::Right,
    }));
    columns.push(Column {
        share: 1.3,
        align: Align::Right,
    });
    flow.table(&columns, &header, &rows, 9.0);
    flow.y += 8.0;

    for (up, title) in [
        (true, r.t("Gestiegen", "Moved up")),
        (false, r.t("Gesunken", "Moved down")),
    ] {
        let moved: Vec<_> = history.moved.iter().filter(|m| m.is_up() == up).collect();
        flow.heading(
            &format!(
                "{title} ({} {})",
                moved.len(),
                if moved.len() == 1 {
                    r.t("Frage", "question")
                } else {
                    r.t("Fragen", "questions")
                }
            ),
            H3,
            30.0,
        );
        if moved.is_empty() {
            flow.paragraph(r.t("Keine.", "None."), SMALL, 0.0);
        }
        for m in moved {
            let Some((_, q)) = r.input.questionnaire.question(&m.question_id) else {
                continue;
            };
            flow.bullet(
                &m.code,
                &format!(
                    "{} {} → {}: {}",
                    r.t("Stufe", "Level"),
                    m.from,
                    m.to,
                    q.text.get(lang)
                ),
                Style::regular(9.0),
                0.0,
            );
            flow.paragraph(
                &format!(
                    "{} {}: {}",
                    r.t("jetzt", "now"),
                    m.to,
                    r.level_text(q, m.to)
                ),
                SMALL,
                hang("10.10", Style::regular(9.0)),
            );
            flow.y += 2.0;
        }
        flow.y += 4.0;
    }
    let unmatched: usize = history.points.iter().map(|p| p.unmatched.len()).sum();
    let mut notes: Vec<String> = vec![
        r.t(
            "Verglichen werden nur Fragen, die beide Male mit einer Stufe beantwortet wurden; „weiß nicht“ und „trifft nicht zu“ zählen wie überall nicht mit.",
            "Only questions answered with a level both times are compared; “don't know” and “not applicable” are left out as everywhere.",
        )
        .into(),
    ];
    if unmatched > 0 {
        notes.push(match lang {
            Lang::De => format!(
                "{unmatched} Antwort(en) früherer Bewertungen gehören zu Fragen, die der Fragebogen in Version {} nicht mehr enthält; sie sind in den Werten nicht enthalten.",
                r.input.questionnaire.version
            ),
            Lang::En => format!(
                "{unmatched} answer(s) of earlier assessments belong to questions that version {} of the questionnaire no longer has; they are not included in the scores.",
                r.input.questionnaire.version
            ),
        });
    }
    for note in &notes {
        flow.paragraph(note, SMALL, 0.0);
    }
}

/// The appendix's „Diskussionsliste“: questions where the room disagreed, most first.
fn discussion_list(r: &Report, flow: &mut Flow) {
    let lang = r.lang;
    let input = r.input;
    let items = crate::workshop::discussion_list(input.questionnaire, input.assessment);
    flow.y += 8.0;
    flow.heading(r.t("Diskussionsliste", "Discussion list"), H2, 60.0);
    let intro = match lang {
        Lang::De => format!(
            "Fragen, bei denen die Stimmen im Workshop zwei oder mehr Stufen auseinanderlagen, die größte Uneinigkeit zuerst. {}",
            crate::workshop::consensus_rule(lang)
        ),
        Lang::En => format!(
            "Questions where the workshop votes were two or more levels apart, largest disagreement first. {}",
            crate::workshop::consensus_rule(lang)
        ),
    };
    flow.paragraph(&intro, SMALL, 0.0);
    flow.y += 4.0;
    if items.is_empty() {
        flow.paragraph(
            r.t(
                "Bei keiner Frage lagen die Stimmen zwei oder mehr Stufen auseinander.",
                "For no question were the votes two or more levels apart.",
            ),
            BODY,
            0.0,
        );
        return;
    }
    let q_style = Style::bold(8.0);
    let a_style = Style::regular(7.5);
    for item in &items {
        let Some((_, q)) = input.questionnaire.question(&item.question_id) else {
            continue;
        };
        let question_lines = wrap(
            flow.measure(),
            &clean(flow.measure(), q.text.get(lang)),
            q_style,
            flow.width() - 22.0,
        );
        flow.ensure((question_lines.len() + 2) as f32 * q_style.line_height());
        let baseline = flow.y + q_style.ascent();
        flow.text_at(flow.left(), baseline, item.code.clone(), q_style);
        let x = flow.left() + 22.0;
        flow.lines(x, &question_lines, q_style);
        let d = &item.summary.distribution;
        let mut counts: Vec<String> = (0..=4u8)
            .filter(|l| d.levels[usize::from(*l)] > 0)
            .map(|l| {
                format!(
                    "{}\u{a0}{l}:\u{a0}{}",
                    r.t("Stufe", "level"),
                    d.levels[usize::from(l)]
                )
            })
            .collect();
        if d.dont_know > 0 {
            counts.push(format!(
                "{}:\u{a0}{}",
                r.t("weiß nicht", "don't know"),
                d.dont_know
            ));
        }
        if d.not_applicable > 0 {
            counts.push(format!(
                "{}:\u{a0}{}",
                r.t("trifft nicht zu", "not applicable"),
                d.not_applicable
            ));
        }
        let agreed = match item.summary.agreed {
            Some(Response::Level(l)) => format!("{}\u{a0}{l}", r.t("Stufe", "level")),
            Some(Response::DontKnow) => r.t("weiß nicht", "don't know").into(),
            Some(Response::NotApplicable) => r.t("trifft nicht zu", "not applicable").into(),
            None => r.t("noch offen", "still open").into(),
        };
        let line = format!(
            "{} {} · {} {} · {} {} · {} {}",
            r.t("Stimmen:", "Votes:"),
            counts.join(", "),
            r.t("Spannweite", "spread"),
            item.summary.spread.unwrap_or(0),
            r.t("Konsens (Median): Stufe", "consensus (median): level"),
            item.summary
                .consensus
                .map_or("–".to_string(), |c| c.to_string()),
            r.t("vereinbart:", "agreed:"),
            agreed
        );
        flow.paragraph(&line, a_style, 22.0);
        flow.y += 3.0;
    }
}
