//! The embedded fonts (DejaVu Sans, regular and bold; licence in `assets/fonts/`).

use super::ReportError;
use super::layout::Measure;
use printpdf::ParsedFont;

/// DejaVu Sans.
pub(crate) const REGULAR_TTF: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans.ttf");
/// DejaVu Sans Bold.
pub(crate) const BOLD_TTF: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans-Bold.ttf");

/// The two parsed faces, used both to measure text and to embed it.
pub struct Fonts {
    /// Regular face.
    pub regular: ParsedFont,
    /// Bold face.
    pub bold: ParsedFont,
}

impl Fonts {
    /// Parses the embedded fonts.
    pub fn load() -> Result<Self, ReportError> {
        let parse = |bytes: &[u8], name: &'static str| {
            ParsedFont::from_bytes(bytes, 0, &mut Vec::new()).ok_or(ReportError::Font(name))
        };
        Ok(Self {
            regular: parse(REGULAR_TTF, "DejaVuSans.ttf")?,
            bold: parse(BOLD_TTF, "DejaVuSans-Bold.ttf")?,
        })
    }
}

impl Measure for Fonts {
    fn advance(&self, c: char, bold: bool) -> Option<f32> {
        let font = if bold { &self.bold } else { &self.regular };
        let gid = font.lookup_glyph_index(u32::from(c))?;
        if gid == 0 {
            return None;
        }
        let upm = f32::from(font.font_metrics.units_per_em.max(1));
        Some(f32::from(font.get_horizontal_advance(gid)) / upm)
    }
}
