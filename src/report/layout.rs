//! The pure layout step: text measured from glyph advances, word wrapping, page breaks.
//!
//! Everything here is in PDF points with the origin at the top left of an A4 page; the
//! renderer flips the y axis. Nothing in this module knows about printpdf.

/// A4 width in points.
pub const PAGE_W: f32 = 595.28;
/// A4 height in points.
pub const PAGE_H: f32 = 841.89;
/// Left and right margin.
pub const MARGIN_X: f32 = 62.0;
/// Top margin.
pub const MARGIN_TOP: f32 = 62.0;
/// Bottom of the text area; the running footer sits below it.
pub const CONTENT_BOTTOM: f32 = PAGE_H - 66.0;
/// The visible mark for text that had to be shortened.
pub const ELLIPSIS: char = '…';

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
    pub const MUTED: Colour = Colour(0.36, 0.36, 0.4);
    /// Headings and the town's own values (dark blue, prints as near-black).
    pub const ACCENT: Colour = Colour(0.06, 0.24, 0.45);
    /// Hairlines and grids.
    pub const RULE: Colour = Colour(0.7, 0.7, 0.72);
    /// Light fills (boxes, peer band).
    pub const LIGHT: Colour = Colour(0.9, 0.91, 0.93);

    /// A grey.
    pub fn grey(v: f32) -> Colour {
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
    pub const fn bold(size: f32) -> Self {
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
    pub fn line_height(&self) -> f32 {
        if self.size < 9.0 {
            self.size * 1.3
        } else {
            self.size * 1.38
        }
    }

    /// Height above the baseline (DejaVu's ascender is about 0.93 em; caps ~0.73 em).
    pub fn ascent(&self) -> f32 {
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
}

/// A laid-out page.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Page {
    /// What is drawn, in drawing order.
    pub items: Vec<Item>,
}

/// Spaces that join words instead of separating lines (no-break and narrow no-break).
pub const NO_BREAK: [char; 2] = ['\u{a0}', '\u{202f}'];

/// Replaces characters the font cannot show (and control characters) so nothing
/// renders as an invisible box.
pub fn clean(m: &dyn Measure, text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '\t' => ' ',
            c if c.is_control() && c != '\n' => ' ',
            '\n' => '\n',
            c if m.advance(c, false).is_some() => c,
            _ => '?',
        })
        .collect()
}

/// Greedy word wrap of `text` into lines no wider than `width`. Paragraph breaks (`\n`)
/// are kept; a word wider than a whole line is broken between characters. Nothing is
/// dropped: joining the lines with spaces gives the words of `text` back.
pub fn wrap(m: &dyn Measure, text: &str, style: Style, width: f32) -> Vec<String> {
    let space = m.width(" ", style.size, style.bold);
    let mut lines = Vec::new();
    for paragraph in text.split('\n') {
        let mut line = String::new();
        let mut line_w = 0.0;
        for word in paragraph
            .split(|c: char| c.is_whitespace() && !NO_BREAK.contains(&c))
            .filter(|w| !w.is_empty())
        {
            let mut word_w = m.width(word, style.size, style.bold);
            let mut word = word.to_string();
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
pub fn fit(m: &dyn Measure, text: &str, style: Style, width: f32) -> String {
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
pub fn wrap_max(
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

/// The hanging indent of a list item's text: wider for numbers (up to „99.“) than bullets.
pub fn hang(marker: &str, style: Style) -> f32 {
    if marker.starts_with(|c: char| c.is_ascii_digit()) {
        style.size * 2.0
    } else {
        style.size * 1.3
    }
}

/// The flowing layout: a cursor moving down the text area, breaking pages as needed.
pub struct Flow<'m> {
    m: &'m dyn Measure,
    pages: Vec<Page>,
    /// Current y (top of the next line box).
    pub y: f32,
}

impl<'m> Flow<'m> {
    /// An empty document with one blank page.
    pub fn new(m: &'m dyn Measure) -> Self {
        Self {
            m,
            pages: vec![Page::default()],
            y: MARGIN_TOP,
        }
    }

    /// The text measurer.
    pub fn measure(&self) -> &'m dyn Measure {
        self.m
    }

    /// Left edge of the text area.
    pub fn left(&self) -> f32 {
        MARGIN_X
    }

    /// Width of the text area.
    pub fn width(&self) -> f32 {
        PAGE_W - 2.0 * MARGIN_X
    }

    /// Space left on the current page.
    pub fn remaining(&self) -> f32 {
        CONTENT_BOTTOM - self.y
    }

    /// Starts a new page.
    pub fn new_page(&mut self) {
        self.pages.push(Page::default());
        self.y = MARGIN_TOP;
    }

    /// Starts a new page unless `height` still fits on this one.
    pub fn ensure(&mut self, height: f32) {
        if self.y + height > CONTENT_BOTTOM && self.y > MARGIN_TOP + 1.0 {
            self.new_page();
        }
    }

    /// Moves the cursor down (not past the page end, and not at the top of a page).
    pub fn gap(&mut self, height: f32) {
        if self.y > MARGIN_TOP + 1.0 {
            self.y = (self.y + height).min(CONTENT_BOTTOM);
        }
    }

    /// Adds an item to the current page.
    pub fn push(&mut self, item: Item) {
        if let Some(page) = self.pages.last_mut() {
            page.items.push(item);
        }
    }

    /// A single text line at an absolute position (baseline `y`).
    pub fn text_at(&mut self, x: f32, y: f32, text: impl Into<String>, style: Style) {
        let text = text.into();
        if !text.is_empty() {
            self.push(Item::Text { x, y, text, style });
        }
    }

    /// Lines of text placed from the cursor at `x`, each moving the cursor down;
    /// page breaks happen between lines.
    pub fn lines(&mut self, x: f32, lines: &[String], style: Style) {
        for line in lines {
            self.ensure(style.line_height());
            let baseline = self.y + style.ascent();
            self.text_at(x, baseline, line.clone(), style);
            self.y += style.line_height();
        }
    }

    /// A wrapped paragraph over the text area (indented by `indent`).
    pub fn paragraph(&mut self, text: &str, style: Style, indent: f32) {
        let text = clean(self.m, text);
        let lines = wrap(self.m, &text, style, self.width() - indent);
        let x = self.left() + indent;
        self.lines(x, &lines, style);
    }

    /// A bullet (or number) followed by a wrapped paragraph with a hanging indent.
    pub fn bullet(&mut self, marker: &str, text: &str, style: Style, indent: f32) {
        let text = clean(self.m, text);
        let hang = indent + hang(marker, style);
        let lines = wrap(self.m, &text, style, self.width() - hang);
        // Keep the first two lines together with the marker.
        self.ensure(style.line_height() * lines.len().min(2) as f32);
        let baseline = self.y + style.ascent();
        self.text_at(self.left() + indent, baseline, marker, style);
        self.lines(self.left() + hang, &lines, style);
    }

    /// A heading kept together with at least `keep` points of what follows.
    pub fn heading(&mut self, text: &str, style: Style, keep: f32) {
        let text = clean(self.m, text);
        let lines = wrap(self.m, &text, style, self.width());
        self.ensure(style.line_height() * lines.len() as f32 + keep);
        let x = self.left();
        self.lines(x, &lines, style);
    }

    /// A horizontal rule across the text area at the cursor.
    pub fn rule(&mut self, width: f32, colour: Colour) {
        let (x1, x2, y) = (self.left(), self.left() + self.width(), self.y);
        self.push(Item::Line {
            points: vec![(x1, y), (x2, y)],
            closed: false,
            width,
            colour,
            dash: Dash::Solid,
        });
    }

    /// A table over the text area: a bold header row, then rows whose cells wrap.
    /// The header is repeated after a page break.
    pub fn table(
        &mut self,
        columns: &[Column],
        header: &[String],
        rows: &[Vec<String>],
        size: f32,
    ) {
        let total: f32 = columns.iter().map(|c| c.share).sum();
        let pad = 4.0;
        let widths: Vec<f32> = columns
            .iter()
            .map(|c| self.width() * c.share / total)
            .collect();
        let head_style = Style::bold(size).colour(Colour::MUTED);
        let cell_style = Style::regular(size);
        let draw_row = |flow: &mut Flow, cells: &[String], style: Style, rule: f32| {
            let wrapped: Vec<Vec<String>> = cells
                .iter()
                .zip(&widths)
                .map(|(cell, w)| {
                    let cell = clean(flow.m, cell);
                    wrap(flow.m, &cell, style, w - 2.0 * pad)
                })
                .collect();
            let n = wrapped.iter().map(Vec::len).max().unwrap_or(1).max(1);
            let height = n as f32 * style.line_height() + 2.0 * pad;
            let top = flow.y;
            let mut x = flow.left();
            for ((lines, w), col) in wrapped.iter().zip(&widths).zip(columns) {
                for (i, line) in lines.iter().enumerate() {
                    let baseline = top + pad + style.ascent() + i as f32 * style.line_height();
                    let lx = match col.align {
                        Align::Left => x + pad,
                        Align::Right => x + w - pad - flow.m.width(line, style.size, style.bold),
                    };
                    flow.text_at(lx, baseline, line.clone(), style);
                }
                x += w;
            }
            flow.y = top + height;
            flow.rule(rule, Colour::RULE);
            height
        };
        let header_height = |flow: &Flow| {
            let n = header
                .iter()
                .zip(&widths)
                .map(|(h, w)| wrap(flow.m, h, head_style, w - 2.0 * pad).len())
                .max()
                .unwrap_or(1);
            n as f32 * head_style.line_height() + 2.0 * pad
        };
        self.ensure(header_height(self) + cell_style.line_height() * 2.0 + 2.0 * pad);
        draw_row(self, header, head_style, 0.9);
        for row in rows {
            let n = row
                .iter()
                .zip(&widths)
                .map(|(c, w)| wrap(self.m, c, cell_style, w - 2.0 * pad).len())
                .max()
                .unwrap_or(1);
            let height = n as f32 * cell_style.line_height() + 2.0 * pad;
            if self.y + height > CONTENT_BOTTOM {
                self.new_page();
                draw_row(self, header, head_style, 0.9);
            }
            draw_row(self, row, cell_style, 0.4);
        }
    }

    /// The laid-out pages.
    pub fn finish(self) -> Vec<Page> {
        self.pages
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every character 0.5 em wide, except that '☃' is missing.
    struct Fixed;
    impl Measure for Fixed {
        fn advance(&self, c: char, _bold: bool) -> Option<f32> {
            (c != '☃').then_some(0.5)
        }
    }

    #[test]
    fn wrap_keeps_every_word_and_respects_the_width() {
        let text = "eins zwei drei vier fünf sechs sieben acht neun zehn";
        let style = Style::regular(10.0);
        let lines = wrap(&Fixed, text, style, 60.0);
        assert!(lines.len() > 1);
        for line in &lines {
            assert!(Fixed.width(line, 10.0, false) <= 60.0, "{line}");
        }
        assert_eq!(lines.join(" "), text);
    }

    #[test]
    fn overlong_word_is_broken_not_cut() {
        let word = "Donaudampfschifffahrtsgesellschaftskapitänsmütze";
        let lines = wrap(&Fixed, word, Style::regular(10.0), 50.0);
        assert!(lines.len() > 1);
        assert_eq!(lines.concat(), word);
    }

    #[test]
    fn no_break_spaces_keep_words_together() {
        let lines = wrap(&Fixed, "aaaa bb\u{a0}cc", Style::regular(10.0), 45.0);
        assert_eq!(lines, vec!["aaaa".to_string(), "bb\u{a0}cc".to_string()]);
    }

    #[test]
    fn fit_marks_shortened_text() {
        let style = Style::regular(10.0);
        assert_eq!(fit(&Fixed, "kurz", style, 100.0), "kurz");
        let short = fit(&Fixed, "ein ziemlich langer Name", style, 50.0);
        assert!(short.ends_with(ELLIPSIS));
        assert!(Fixed.width(&short, 10.0, false) <= 50.0);
        let lines = wrap_max(&Fixed, "a b c d e f g h i j k l m n o p", style, 20.0, 2);
        assert_eq!(lines.len(), 2);
        assert!(lines[1].ends_with(ELLIPSIS));
    }

    #[test]
    fn clean_replaces_missing_glyphs_and_controls() {
        assert_eq!(clean(&Fixed, "a☃b\tc\u{7}"), "a?b c ");
    }

    #[test]
    fn flow_breaks_pages() {
        let mut flow = Flow::new(&Fixed);
        for _ in 0..100 {
            flow.paragraph("Zeile", Style::regular(10.0), 0.0);
        }
        let pages = flow.finish();
        assert!(pages.len() >= 2);
        for page in &pages {
            for item in &page.items {
                if let Item::Text { y, .. } = item {
                    assert!(*y <= CONTENT_BOTTOM);
                }
            }
        }
    }
}
