//! What every section shares: the [`Report`] context, styles and small helpers.

use crate::benchmark::{DimensionPeers, PeerComparison};
use crate::model::{Effort, Horizon, MeasureKind, Question};
use crate::present::format_score;
use crate::report::ReportInput;
use crate::report::layout::{Colour, Style};
use crate::scoring::PrioritisedMeasure;
use crate::text::Lang;
use std::collections::HashMap;

pub(super) const BODY: Style = Style::regular(10.0);
pub(super) const SMALL: Style = Style::regular(9.0).colour(Colour::MUTED);
pub(super) const H1: Style = Style::bold(17.0).colour(Colour::ACCENT);
pub(super) const H2: Style = Style::bold(12.5).colour(Colour::ACCENT);
pub(super) const H3: Style = Style::bold(10.5);

pub(super) fn tr(lang: Lang, de: &'static str, en: &'static str) -> &'static str {
    match lang {
        Lang::De => de,
        Lang::En => en,
    }
}

/// „…“ in German, “…” in English.
pub(super) fn quote(lang: Lang, text: &str) -> String {
    match lang {
        Lang::De => format!("„{text}“"),
        Lang::En => format!("“{text}”"),
    }
}

pub(super) struct Report<'a> {
    pub(super) input: &'a ReportInput<'a>,
    pub(super) lang: Lang,
    pub(super) measures: Vec<PrioritisedMeasure<'a>>,
    /// Short reference per question id, e.g. „3.4“ (dimension 3, question 4).
    pub(super) codes: HashMap<&'a str, String>,
    /// Per measure (by priority rank): whether the roadmap lists it.
    pub(super) roadmap: Vec<bool>,
}

impl<'a> Report<'a> {
    pub(super) fn t(&self, de: &'static str, en: &'static str) -> &'static str {
        tr(self.lang, de, en)
    }

    pub(super) fn in_roadmap(&self, rank: usize) -> bool {
        self.roadmap.get(rank).copied().unwrap_or(false)
    }

    pub(super) fn code(&self, question_id: &str) -> String {
        self.codes.get(question_id).cloned().unwrap_or_default()
    }

    pub(super) fn name(&self) -> &str {
        &self.input.assessment.profile.name
    }

    pub(super) fn score(&self, s: Option<f64>) -> String {
        format_score(s, self.lang)
    }

    pub(super) fn stage_name(&self, stage: Option<usize>) -> String {
        stage
            .and_then(|i| self.input.questionnaire.stages.get(i))
            .map(|s| s.name.get(self.lang).to_string())
            .unwrap_or_else(|| "–".into())
    }

    pub(super) fn peers(&self, dimension: &str) -> Option<&'a DimensionPeers> {
        self.input
            .peers
            .and_then(|p| p.dimensions.get(dimension))
            .and_then(Option::as_ref)
    }

    pub(super) fn synthetic_label(&self) -> &'static str {
        crate::present::synthetic_label(self.lang)
    }

    pub(super) fn peer_source_line(&self, peers: &PeerComparison) -> String {
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

    pub(super) fn level_text(&self, q: &Question, level: u8) -> String {
        q.levels
            .get(usize::from(level))
            .map(|t| t.get(self.lang).to_string())
            .unwrap_or_default()
    }

    pub(super) fn effort(&self, e: Effort) -> &'static str {
        match e {
            Effort::Low => self.t("gering", "low"),
            Effort::Medium => self.t("mittel", "medium"),
            Effort::High => self.t("hoch", "high"),
        }
    }

    pub(super) fn kind(&self, k: MeasureKind) -> &'static str {
        match k {
            MeasureKind::Process => self.t("Abläufe", "Process"),
            MeasureKind::People => self.t("Menschen", "People"),
            MeasureKind::Technology => self.t("Technik", "Technology"),
        }
    }

    pub(super) fn horizon_short(&self, h: Horizon) -> &'static str {
        match h {
            Horizon::Short => self.t("0–6 Monate", "0–6 months"),
            Horizon::Medium => self.t("6–18 Monate", "6–18 months"),
            Horizon::Long => self.t("über 18 Monate", "over 18 months"),
        }
    }

    pub(super) fn horizon(&self, h: Horizon) -> &'static str {
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

pub(super) fn rect(x: f32, y: f32, w: f32, h: f32) -> Vec<(f32, f32)> {
    vec![(x, y), (x + w, y), (x + w, y + h), (x, y + h)]
}

pub(super) fn diamond(x: f32, y: f32, s: f32) -> Vec<(f32, f32)> {
    vec![
        (x, y - s * 1.3),
        (x + s * 1.3, y),
        (x, y + s * 1.3),
        (x - s * 1.3, y),
    ]
}
