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
    fn numbers_stay_with_their_words_at_line_ends() {
        // 5 pt per character: „aaaa Frage“ fits into 60 pt, „aaaa Frage 4.8“ does not.
        let lines = wrap(
            &Fixed,
            "aaaa Frage 4.8 und 56,3 Punkte",
            Style::regular(10.0),
            60.0,
        );
        assert_eq!(
            lines,
            vec!["aaaa", "Frage\u{a0}4.8", "und", "56,3\u{a0}Punkte"]
        );
    }

    #[test]
    fn clean_sets_nested_quotes() {
        assert_eq!(clean(&Fixed, "„Er sagte „ja“.“"), "„Er sagte ‚ja‘.“");
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

    fn filler(flow: &mut Flow, until: f32) {
        while flow.y + BODY_LINE <= until {
            flow.paragraph("Füllzeile", Style::regular(10.0), 0.0);
        }
    }

    #[test]
    fn paragraphs_leave_no_single_line_at_a_page_break() {
        let text = "wort ".repeat(120);
        for start in 0..40 {
            let mut flow = Flow::new(&Fixed);
            filler(&mut flow, CONTENT_BOTTOM - 80.0 + start as f32 * 2.0);
            flow.paragraph(&text, Style::regular(10.0), 0.0);
            flow.bullet("1.", &text, Style::regular(10.0), 0.0);
            let pages = flow.finish();
            let faults = check(&pages, &Fixed);
            assert!(faults.is_empty(), "start {start}: {faults:?}");
        }
    }

    #[test]
    fn headings_move_to_the_next_page_with_what_follows() {
        for start in 0..30 {
            let mut flow = Flow::new(&Fixed);
            filler(&mut flow, CONTENT_BOTTOM - 70.0 + start as f32 * 2.0);
            flow.heading("Überschrift", Style::bold(12.5), 0.0);
            flow.paragraph(&"wort ".repeat(60), Style::regular(10.0), 0.0);
            let faults = check(&flow.finish(), &Fixed);
            assert!(faults.is_empty(), "start {start}: {faults:?}");
        }
    }

    #[test]
    fn a_heading_moves_with_a_table_that_does_not_fit_below_it() {
        let columns = [
            Column {
                share: 1.0,
                align: Align::Left,
            },
            Column {
                share: 1.0,
                align: Align::Right,
            },
        ];
        let rows: Vec<Vec<String>> = (0..8)
            .map(|i| vec![format!("Zeile {i}"), format!("{i}")])
            .collect();
        let mut flow = Flow::new(&Fixed);
        filler(&mut flow, CONTENT_BOTTOM - 70.0);
        flow.heading("Tabelle", Style::bold(12.5), 0.0);
        flow.table(&columns, &["A".into(), "B".into()], &rows, 10.0);
        let pages = flow.finish();
        let page_of = |wanted: &str| {
            pages.iter().position(|p| {
                p.items
                    .iter()
                    .any(|i| matches!(i, Item::Text { text, .. } if text == wanted))
            })
        };
        assert_eq!(page_of("Tabelle"), Some(1));
        assert_eq!(page_of("Zeile 0"), Some(1));
        assert!(check(&pages, &Fixed).is_empty());
        let begins: usize = pages
            .iter()
            .map(|p| {
                p.items
                    .iter()
                    .filter(|i| matches!(i, Item::Begin { .. }))
                    .count()
            })
            .sum();
        let ends: usize = pages
            .iter()
            .map(|p| p.items.iter().filter(|i| matches!(i, Item::End)).count())
            .sum();
        assert_eq!(begins, ends);
    }

    #[test]
    fn check_finds_each_fault() {
        let style = Style::regular(10.0);
        let heading = |page: &mut Page, y: f32| {
            page.items.push(Item::Begin {
                role: Role::H2,
                alt: None,
            });
            page.items.push(Item::Text {
                x: MARGIN_X,
                y,
                text: "Kopf".into(),
                style,
            });
            page.items.push(Item::End);
        };
        let line = |page: &mut Page, y: f32, text: &str| {
            page.items.push(Item::Text {
                x: MARGIN_X,
                y,
                text: text.into(),
                style,
            })
        };
        // A heading on the last line, its text on the next page.
        let mut first = Page::default();
        heading(&mut first, CONTENT_BOTTOM - 2.0);
        let mut second = Page::default();
        line(&mut second, MARGIN_TOP + 8.0, "weiter");
        line(&mut second, MARGIN_TOP + 22.0, "weiter");
        let faults = check(&[first, second], &Fixed);
        assert!(matches!(faults[..], [Fault::LonelyHeading { page: 0, .. }]));

        // A paragraph whose last line sits alone on the next page.
        let mut first = Page::default();
        first.items.push(Item::Begin {
            role: Role::P,
            alt: None,
        });
        line(&mut first, CONTENT_BOTTOM - 16.0, "eins");
        line(&mut first, CONTENT_BOTTOM - 2.0, "zwei");
        let mut second = Page::default();
        line(&mut second, MARGIN_TOP + 8.0, "drei");
        second.items.push(Item::End);
        let faults = check(&[first, second], &Fixed);
        assert!(
            matches!(faults[..], [Fault::Widow { page: 1, .. }]),
            "{faults:?}"
        );

        // Overlapping and too small text.
        let mut page = Page::default();
        line(&mut page, 100.0, "Legende");
        line(&mut page, 103.0, "Achse");
        page.items.push(Item::Text {
            x: 300.0,
            y: 300.0,
            text: "klein".into(),
            style: Style::regular(7.5),
        });
        page.items.push(Item::Text {
            x: PAGE_W - 20.0,
            y: 400.0,
            text: "am Rand".into(),
            style,
        });
        // „2.10“ (4 × 5 pt) and its text 1 pt after it: touching.
        line(&mut page, 500.0, "2.10");
        page.items.push(Item::Text {
            x: MARGIN_X + 21.0,
            y: 500.0,
            text: "Stufe".into(),
            style,
        });
        let faults = check(&[page], &Fixed);
        assert!(faults.iter().any(|f| matches!(f, Fault::Overlap { .. })));
        assert!(
            faults
                .iter()
                .any(|f| matches!(f, Fault::OutsidePage { text, .. } if text == "am Rand"))
        );
        assert!(
            faults
                .iter()
                .any(|f| matches!(f, Fault::Overlap { a, b, .. } if a == "2.10" && b == "Stufe"))
        );
        assert!(
            faults
                .iter()
                .any(|f| matches!(f, Fault::TooSmall { size, .. } if *size < 9.0))
        );
    }

    #[test]
    fn a_heading_stays_with_the_next_heading_but_not_with_the_next_section() {
        let style = Style::regular(10.0);
        let heading = |page: &mut Page, y: f32, role: Role| {
            page.items.push(Item::Begin { role, alt: None });
            page.items.push(Item::Text {
                x: MARGIN_X,
                y,
                text: "Kopf".into(),
                style,
            });
            page.items.push(Item::End);
        };
        let line = |page: &mut Page, y: f32| {
            page.items.push(Item::Text {
                x: MARGIN_X,
                y,
                text: "Text".into(),
                style,
            })
        };
        // H1 at the page end, its H2 and text on the next page: the H1 is alone.
        let mut first = Page::default();
        line(&mut first, CONTENT_BOTTOM - 30.0);
        heading(&mut first, CONTENT_BOTTOM - 2.0, Role::H1);
        let mut second = Page::default();
        heading(&mut second, MARGIN_TOP + 10.0, Role::H2);
        line(&mut second, MARGIN_TOP + 24.0);
        line(&mut second, MARGIN_TOP + 38.0);
        let faults = check(&[first, second], &Fixed);
        assert!(
            matches!(faults[..], [Fault::LonelyHeading { page: 0, .. }]),
            "{faults:?}"
        );
        // A heading with its one-line content, the next section on the next page: fine.
        let mut first = Page::default();
        heading(&mut first, CONTENT_BOTTOM - 20.0, Role::H3);
        line(&mut first, CONTENT_BOTTOM - 6.0);
        let mut second = Page::default();
        heading(&mut second, MARGIN_TOP + 10.0, Role::H2);
        line(&mut second, MARGIN_TOP + 24.0);
        line(&mut second, MARGIN_TOP + 38.0);
        assert!(check(&[first, second], &Fixed).is_empty());
    }

    #[test]
    fn heading_levels_are_never_skipped() {
        let mut flow = Flow::new(&Fixed);
        for (text, role) in [
            ("Zusammenfassung", Role::H1),
            ("Befunde", Role::H3),
            ("Bedeutung", Role::H3),
            ("Feld", Role::H2),
            ("Stärken", Role::H3),
            ("Profil", Role::H1),
            ("Kasten", Role::H3),
        ] {
            flow.heading_as(role, text, Style::bold(12.0), 0.0);
            flow.paragraph("Text", Style::regular(10.0), 0.0);
        }
        let roles: Vec<Role> = flow
            .finish()
            .iter()
            .flat_map(|p| p.items.iter())
            .filter_map(|i| match i {
                Item::Begin { role, .. } if role.is_heading() => Some(*role),
                _ => None,
            })
            .collect();
        assert_eq!(
            roles,
            vec![
                Role::H1,
                Role::H2,
                Role::H2,
                Role::H2,
                Role::H3,
                Role::H1,
                Role::H2
            ]
        );
    }

    #[test]
    fn flow_records_structure() {
        let mut flow = Flow::new(&Fixed);
        flow.heading("Titel", Style::bold(17.0), 0.0);
        flow.bullet("•", "eins", Style::regular(10.0), 0.0);
        flow.bullet("•", "zwei", Style::regular(10.0), 0.0);
        flow.paragraph("Text", Style::regular(10.0), 0.0);
        flow.begin_figure("Ein Diagramm mit 3 Werten");
        flow.text_at(100.0, 400.0, "Achse", Style::regular(9.0));
        flow.end();
        let pages = flow.finish();
        let roles: Vec<Role> = pages[0]
            .items
            .iter()
            .filter_map(|i| match i {
                Item::Begin { role, .. } => Some(*role),
                _ => None,
            })
            .collect();
        assert_eq!(
            roles,
            vec![
                Role::H1,
                Role::L,
                Role::LI,
                Role::Lbl,
                Role::LBody,
                Role::LI,
                Role::Lbl,
                Role::LBody,
                Role::P,
                Role::Figure
            ]
        );
        let begins = pages[0]
            .items
            .iter()
            .filter(|i| matches!(i, Item::Begin { .. }))
            .count();
        let ends = pages[0]
            .items
            .iter()
            .filter(|i| matches!(i, Item::End))
            .count();
        assert_eq!(begins, ends);
    }
}
