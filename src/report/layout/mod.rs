//! The pure layout step: text measured from glyph advances, word wrapping, page breaks.
//!
//! Everything here is in PDF points with the origin at the top left of an A4 page; the
//! renderer flips the y axis. Nothing in this module knows about printpdf.

mod check;
mod flow;

pub use check::{Fault, MIN_GAP, MIN_TEXT_SIZE, PRINT_INSET, check};
pub use flow::{BODY_LINE, Flow, HEADING_KEEP};

/// A4 width in points.
pub(crate) const PAGE_W: f32 = 595.28;
/// A4 height in points.
pub(crate) const PAGE_H: f32 = 841.89;
/// Left and right margin.
pub(crate) const MARGIN_X: f32 = 62.0;
/// Top margin.
pub(crate) const MARGIN_TOP: f32 = 62.0;
/// Bottom of the text area; the running footer sits below it.
pub(crate) const CONTENT_BOTTOM: f32 = PAGE_H - 66.0;
/// The visible mark for text that had to be shortened.
pub(crate) const ELLIPSIS: char = '…';

/// Horizontal advances of the two fonts, in em (1/size).
pub trait Measure {
    /// The advance of `c` in em; `None` if the font has no glyph for it.
    fn advance(&self, c: char, bold: bool) -> Option<f32>;

    /// Width of `text` in points.
    fn width(&self, text: &str, size: f32, bold: bool) -> f32 {
        text.chars()
            .map(|c| self.advance(c, bold).unwrap_or(0.6))
            .sum::<f32>()
            * size
    }
}

/// An RGB colour, components 0–1.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Colour(pub f32, pub f32, pub f32);

impl Colour {
    /// Body text.
    pub const TEXT: Colour = Colour(0.1, 0.1, 0.12);
    /// Secondary text (meta lines, captions).
    pub(crate) const MUTED: Colour = Colour(0.36, 0.36, 0.4);
    /// Headings and the town's own values (dark blue, prints as near-black).
    pub(crate) const ACCENT: Colour = Colour(0.06, 0.24, 0.45);
    /// Hairlines and grids.
    pub(crate) const RULE: Colour = Colour(0.7, 0.7, 0.72);
    /// Light fills (boxes, peer band).
    pub(crate) const LIGHT: Colour = Colour(0.9, 0.91, 0.93);

    /// A grey.
    pub(crate) fn grey(v: f32) -> Colour {
        Colour(v, v, v)
    }
}

/// How a piece of text looks.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Style {
    /// Font size in points.
    pub size: f32,
    /// Bold face.
    pub bold: bool,
    /// Colour.
    pub colour: Colour,
}

impl Style {
    /// Regular text of `size` points.
    pub const fn regular(size: f32) -> Self {
        Self {
            size,
            bold: false,
            colour: Colour::TEXT,
        }
    }

    /// Bold text of `size` points.
    pub(crate) const fn bold(size: f32) -> Self {
        Self {
            size,
            bold: true,
            colour: Colour::TEXT,
        }
    }

    /// The same style in another colour.
    pub const fn colour(mut self, colour: Colour) -> Self {
        self.colour = colour;
        self
    }

    /// Distance between two baselines.
    pub(crate) fn line_height(&self) -> f32 {
        if self.size < 9.0 {
            self.size * 1.3
        } else {
            self.size * 1.38
        }
    }

    /// Height above the baseline (DejaVu's ascender is about 0.93 em; caps ~0.73 em).
    pub(crate) fn ascent(&self) -> f32 {
        self.size * 0.76
    }
}

/// A line pattern, so that print in greyscale still tells lines apart.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Dash {
    /// Unbroken.
    Solid,
    /// Long dashes.
    Dashed,
    /// Dots.
    Dotted,
}

/// The semantic role of a stretch of the document: the PDF standard structure types
/// the renderer writes into the structure tree, plus [`Role::Artifact`] for running
/// headers, footers and decoration that assistive technology should skip.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// A section (groups a heading with what belongs to it).
    Sect,
    /// Top-level heading (one per section, listed in the bookmarks).
    H1,
    /// Second-level heading (listed in the bookmarks under its H1).
    H2,
    /// Third-level heading.
    H3,
    /// A paragraph.
    P,
    /// A list.
    L,
    /// A list item.
    LI,
    /// The bullet or number of a list item.
    Lbl,
    /// The text of a list item.
    LBody,
    /// A table.
    Table,
    /// A table row.
    TR,
    /// A column header cell.
    TH,
    /// A row header cell (the first cell of a data row that names the row).
    RowHeader,
    /// A data cell.
    TD,
    /// A chart or drawing (needs alternative text).
    Figure,
    /// The caption of a figure or table.
    Caption,
    /// Not content: page furniture and decoration.
    Artifact,
}

impl Role {
    /// The PDF structure type name.
    pub(crate) fn tag(self) -> &'static str {
        match self {
            Role::Sect => "Sect",
            Role::H1 => "H1",
            Role::H2 => "H2",
            Role::H3 => "H3",
            Role::P => "P",
            Role::L => "L",
            Role::LI => "LI",
            Role::Lbl => "Lbl",
            Role::LBody => "LBody",
            Role::Table => "Table",
            Role::TR => "TR",
            Role::TH | Role::RowHeader => "TH",
            Role::TD => "TD",
            Role::Figure => "Figure",
            Role::Caption => "Caption",
            Role::Artifact => "Artifact",
        }
    }

    /// Whether this is a heading.
    pub(crate) fn is_heading(self) -> bool {
        matches!(self, Role::H1 | Role::H2 | Role::H3)
    }
}

/// One thing drawn on a page.
#[derive(Debug, Clone, PartialEq)]
pub enum Item {
    /// A single line of text; `y` is the baseline.
    Text {
        /// Left edge.
        x: f32,
        /// Baseline.
        y: f32,
        /// The text (never wider than the space it was laid out for).
        text: String,
        /// Font, size and colour.
        style: Style,
    },
    /// An open or closed polyline.
    Line {
        /// The points.
        points: Vec<(f32, f32)>,
        /// Whether the last point joins the first.
        closed: bool,
        /// Stroke width.
        width: f32,
        /// Stroke colour.
        colour: Colour,
        /// Line pattern.
        dash: Dash,
    },
    /// A filled polygon.
    Fill {
        /// The corner points.
        points: Vec<(f32, f32)>,
        /// Fill colour.
        colour: Colour,
    },
    /// Opens a structure element: what follows, up to the matching [`Item::End`]
    /// (possibly on a later page), has this role.
    Begin {
        /// The role.
        role: Role,
        /// Alternative text (figures: what the chart shows, with its values).
        alt: Option<String>,
    },
    /// Closes the innermost open structure element.
    End,
}

/// A laid-out page.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Page {
    /// What is drawn, in drawing order.
    pub items: Vec<Item>,
}

/// Spaces that join words instead of separating lines (no-break and narrow no-break).
pub(crate) const NO_BREAK: [char; 2] = ['\u{a0}', '\u{202f}'];

/// Replaces characters the font cannot show (and control characters) so nothing
/// renders as an invisible box.
/// Nested quotation marks are set as single quotes (‚…‘ inside „…“).
pub(crate) fn clean(m: &dyn Measure, text: &str) -> String {
    let cleaned: String = text
        .chars()
        .map(|c| match c {
            '\t' => ' ',
            c if c.is_control() && c != '\n' => ' ',
            '\n' => '\n',
            c if m.advance(c, false).is_some() => c,
            _ => '?',
        })
        .collect();
    super::typography::nest_quotes(&cleaned)
}

/// The words of a paragraph, split at breakable white space; a number and the word it
/// belongs to („Frage 4.8“, „56,3 Punkte“, „12. November“) are joined by a no-break
/// space (see [`super::typography::binds`]).
fn words(paragraph: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut previous = "";
    for word in paragraph
        .split(|c: char| c.is_whitespace() && !NO_BREAK.contains(&c))
        .filter(|w| !w.is_empty())
    {
        match out.last_mut() {
            Some(last) if super::typography::binds(previous, word) => {
                last.push('\u{a0}');
                last.push_str(word);
            }
            _ => out.push(word.to_string()),
        }
        previous = word;
    }
    out
}

/// Greedy word wrap of `text` into lines no wider than `width`. Paragraph breaks (`\n`)
/// are kept; a word wider than a whole line is broken between characters. Nothing is
/// dropped: joining the lines with spaces gives the words of `text` back (with no-break
/// spaces where a number belongs to its neighbour).
pub(crate) fn wrap(m: &dyn Measure, text: &str, style: Style, width: f32) -> Vec<String> {
    let space = m.width(" ", style.size, style.bold);
    let mut lines = Vec::new();
    for paragraph in text.split('\n') {
        let mut line = String::new();
        let mut line_w = 0.0;
        for word in words(paragraph) {
            let mut word_w = m.width(&word, style.size, style.bold);
            let mut word = word;
            if !line.is_empty() && line_w + space + word_w <= width {
                line.push(' ');
                line.push_str(&word);
                line_w += space + word_w;
                continue;
            }
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
            }
            // Break words that do not fit on a line of their own.
            while word_w > width {
                let mut head = String::new();
                let mut head_w = 0.0;
                let mut rest = word.chars().peekable();
                while let Some(&c) = rest.peek() {
                    let cw = m.advance(c, style.bold).unwrap_or(0.6) * style.size;
                    if head_w + cw > width && !head.is_empty() {
                        break;
                    }
                    head.push(c);
                    head_w += cw;
                    rest.next();
                }
                lines.push(head);
                word = rest.collect();
                word_w = m.width(&word, style.size, style.bold);
            }
            line_w = word_w;
            line = word;
        }
        if !line.is_empty() {
            lines.push(line);
        }
    }
    lines
}

/// `text` if it fits into `width`, otherwise as much of it as fits followed by „…“.
pub(crate) fn fit(m: &dyn Measure, text: &str, style: Style, width: f32) -> String {
    if m.width(text, style.size, style.bold) <= width {
        return text.to_string();
    }
    let mark = m.width(&ELLIPSIS.to_string(), style.size, style.bold);
    let mut out = String::new();
    let mut w = mark;
    for c in text.chars() {
        let cw = m.advance(c, style.bold).unwrap_or(0.6) * style.size;
        if w + cw > width {
            break;
        }
        out.push(c);
        w += cw;
    }
    let mut out = out.trim_end().to_string();
    out.push(ELLIPSIS);
    out
}

/// Wraps into at most `max_lines` lines; if more would be needed, the last line ends
/// in „…“ (the full text must then appear elsewhere in the report).
pub(crate) fn wrap_max(
    m: &dyn Measure,
    text: &str,
    style: Style,
    width: f32,
    max_lines: usize,
) -> Vec<String> {
    let mut lines = wrap(m, text, style, width);
    if lines.len() > max_lines && max_lines > 0 {
        let rest = lines[max_lines - 1..].join(" ");
        lines.truncate(max_lines - 1);
        let mut last = fit(m, &rest, style, width);
        if !last.ends_with(ELLIPSIS) {
            last.push(ELLIPSIS);
        }
        lines.push(last);
    }
    lines
}

/// Horizontal alignment in a table cell.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    /// Left.
    Left,
    /// Right.
    Right,
}

/// A table column.
#[derive(Debug, Clone, Copy)]
pub struct Column {
    /// Share of the available width (the shares are normalised).
    pub share: f32,
    /// Alignment of header and cells.
    pub align: Align,
}

/// The hanging indent of a list item's text: wider for numbers than bullets; numbers
/// up to „99.“ share one indent, longer ones („2.10“, „10.10“) get room for every
/// character (digits are 0.64 em wide in DejaVu Sans) and a gap, so they never touch
/// the text.
pub fn hang(marker: &str, style: Style) -> f32 {
    let chars = marker.chars().count() as f32;
    if marker.starts_with(|c: char| c.is_ascii_digit()) {
        style.size
            * if chars <= 3.0 {
                2.0
            } else {
                0.64 * chars + 0.6
            }
    } else {
        style.size * 1.3
    }
}

#[cfg(test)]
mod tests;
