//! The PDF strategy outline for the council (no UI types).
//!
//! Two steps: [`layout`] turns the report's content into pages of positioned text lines,
//! lines and filled shapes, measuring text with the embedded font's glyph advances; the
//! renderer turns those pages into a PDF with embedded, subset DejaVu fonts. The CLI and
//! the app both call [`render_pdf`] (or [`write_pdf`]); neither blocks on anything but
//! the CPU, so the app can run it on a background thread with owned copies of its data.

pub(crate) mod council_paper;
pub mod fonts;
pub mod layout;
mod render;
mod sections;
pub mod survey_form;
pub mod tagging;
mod typography;

use crate::analysis::Analysis;
use crate::benchmark::PeerComparison;
use crate::model::{Assessment, Questionnaire};
use crate::progress::History;
use crate::scoring::Scores;
use crate::text::Lang;
use crate::tr;
use std::path::Path;

/// Everything the report needs: the one analysis and the assessment it came from.
/// Build it with [`ReportInput::new`]; its fields are views into the analysis.
#[derive(Debug, Clone, Copy)]
pub struct ReportInput<'a> {
    /// The analysis every figure and sentence comes from.
    pub(crate) analysis: &'a Analysis<'a>,
    /// The questionnaire the assessment belongs to.
    pub(crate) questionnaire: &'a Questionnaire,
    /// The assessment (answers, comments, profile, date, respondents, plan).
    pub(crate) assessment: &'a Assessment,
    /// Its scores.
    pub(crate) scores: &'a Scores,
    /// Peer figures, if a benchmark was chosen (fields under 5 peers have none).
    pub(crate) peers: Option<&'a PeerComparison>,
    /// Earlier assessments, for the section on what changed.
    pub(crate) history: Option<&'a History>,
    /// Report language (German is the default and complete; English uses the
    /// questionnaire's translations where it has them).
    pub(crate) lang: Lang,
}

impl<'a> ReportInput<'a> {
    /// The report of `analysis` (made from `assessment`) in `lang`.
    pub fn new(analysis: &'a Analysis<'a>, assessment: &'a Assessment, lang: Lang) -> Self {
        ReportInput {
            analysis,
            questionnaire: analysis.questionnaire,
            assessment,
            scores: &analysis.scores,
            peers: analysis.peers.as_ref(),
            history: analysis.history.as_ref(),
            lang,
        }
    }
}

/// Why no report could be made.
#[derive(Debug, thiserror::Error)]
pub enum ReportError {
    /// An embedded font could not be parsed (a broken build).
    Font(&'static str),
    /// The PDF structure could not be assembled (a broken build).
    Pdf(String),
    /// The PDF could not be written.
    Write {
        /// Where it should have gone.
        path: String,
        /// Why it failed.
        source: std::io::Error,
    },
}

impl ReportError {
    /// Why, in `lang`.
    pub fn text(&self, lang: Lang) -> String {
        self.message().text(lang)
    }

    /// Why, as a message of the catalogue.
    pub(crate) fn message(&self) -> crate::text::catalogue::Message {
        use crate::msg;
        match self {
            ReportError::Font(name) => msg!("errors-report-font", name = *name),
            ReportError::Pdf(reason) => msg!("errors-report-pdf", reason = reason),
            ReportError::Write { path, source } => msg!(
                "errors-report-write",
                path = path,
                reason = source.to_string()
            ),
        }
    }
}

crate::worded!(ReportError);

/// Lays the report out into A4 pages (with footers), without rendering it.
pub fn layout(input: &ReportInput) -> Result<Vec<layout::Page>, ReportError> {
    let fonts = fonts::Fonts::load()?;
    Ok(layout_with(input, &fonts))
}

fn layout_with(input: &ReportInput, fonts: &fonts::Fonts) -> Vec<layout::Page> {
    let mut pages = sections::layout(input, fonts);
    // Running footers are page furniture: marked as artifacts, not read aloud.
    let mut furniture = vec![layout::Page::default(); pages.len()];
    sections::add_footers(input, fonts, &mut furniture);
    for (page, extra) in pages.iter_mut().zip(furniture) {
        if !extra.items.is_empty() {
            page.items.push(layout::Item::Begin {
                role: layout::Role::Artifact,
                alt: None,
            });
            page.items.extend(extra.items);
            page.items.push(layout::Item::End);
        }
    }
    pages
}

/// Renders the report as PDF bytes.
pub fn render_pdf(input: &ReportInput) -> Result<Vec<u8>, ReportError> {
    let fonts = fonts::Fonts::load()?;
    let pages = layout_with(input, &fonts);
    let name = &input.assessment.profile.name;
    let meta = tagging::Meta {
        title: tr!(input.lang, "pdf-title", name = name),
        author: name.clone(),
        subject: tr!(input.lang, "pdf-subject").into(),
        lang: input.lang.tag(),
        created: tagging::creation_time(),
    };
    render::render(&fonts, &meta, &pages).map_err(|e| ReportError::Pdf(e.to_string()))
}

/// Renders the report and writes it atomically to `path`; returns the number of bytes.
pub(crate) fn write_pdf(input: &ReportInput, path: &Path) -> Result<usize, ReportError> {
    let bytes = render_pdf(input)?;
    crate::files::storage::write_atomic(path, &bytes).map_err(|source| ReportError::Write {
        path: path.display().to_string(),
        source,
    })?;
    Ok(bytes.len())
}
