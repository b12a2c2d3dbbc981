//! What every section shares: the [`Report`] context, styles and small helpers.

use crate::analysis::Analysis;
use crate::benchmark::{DimensionPeers, PeerComparison};
use crate::model::{Effort, Horizon, MeasureKind, Question};
use crate::present::format_score;
use crate::report::ReportInput;
use crate::report::layout::{Colour, Style};
use crate::scoring::PrioritisedMeasure;
use crate::text::Lang;

pub(super) const BODY: Style = Style::regular(10.0);
pub(super) const SMALL: Style = Style::regular(9.0).colour(Colour::MUTED);
pub(super) const H1: Style = Style::bold(17.0).colour(Colour::ACCENT);
pub(super) const H2: Style = Style::bold(12.5).colour(Colour::ACCENT);
pub(super) const H3: Style = Style::bold(10.5);

pub(super) use crate::present::quote;

pub(super) struct Report<'a> {
    pub(super) input: &'a ReportInput<'a>,
    pub(super) lang: Lang,
    /// The analysis every figure and sentence comes from.
    pub(super) analysis: &'a Analysis<'a>,
    /// The prioritised measures; a measure's number is its position plus one.
    pub(super) measures: &'a [PrioritisedMeasure<'a>],
}

impl<'a> Report<'a> {
    pub(super) fn in_roadmap(&self, rank: usize) -> bool {
        self.analysis.in_roadmap(rank)
    }

    pub(super) fn code(&self, question_id: &str) -> String {
        crate::present::question_code(self.input.questionnaire, question_id)
    }

    pub(super) fn name(&self) -> &str {
        &self.input.assessment.profile.name
    }

    pub(super) fn score(&self, s: Option<f64>) -> String {
        format_score(s, self.lang)
    }

    pub(super) fn stage_name(&self, stage: Option<usize>) -> String {
        crate::present::stage_name(self.input.questionnaire, stage, self.lang)
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
        crate::present::peers::peer_source_line(peers, self.lang)
    }

    pub(super) fn level_text(&self, q: &Question, level: u8) -> String {
        q.levels
            .get(usize::from(level))
            .map(|t| t.get(self.lang).to_string())
            .unwrap_or_default()
    }

    pub(super) fn effort(&self, e: Effort) -> &'static str {
        crate::present::effort_word(e, self.lang)
    }

    pub(super) fn kind(&self, k: MeasureKind) -> &'static str {
        crate::present::kind_name(k, self.lang)
    }

    pub(super) fn horizon_short(&self, h: Horizon) -> &'static str {
        crate::present::horizon_span(h, self.lang)
    }

    pub(super) fn horizon(&self, h: Horizon) -> &'static str {
        crate::present::horizon_title(h, self.lang)
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
