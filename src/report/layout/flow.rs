//! [`Flow`]: the cursor that places headings, paragraphs, lists, tables and figures down
//! the text area and breaks pages, keeping headings with what follows.

use super::*;

/// Line height of 10-point body text, the unit of the keep-with-next rules.
pub const BODY_LINE: f32 = 10.0 * 1.38;

/// How much of what follows a heading must fit below it on the same page.
pub const HEADING_KEEP: f32 = 3.0 * BODY_LINE + 4.0;

/// The flowing layout: a cursor moving down the text area, breaking pages as needed.
///
/// Its block methods ([`Flow::heading`], [`Flow::paragraph`], [`Flow::bullet`],
/// [`Flow::table`]) also record the semantic role of what they place (consecutive
/// bullets form one list); [`Flow::begin`] / [`Flow::end`] wrap anything else, e.g. a
/// chart as a figure with alternative text.
pub struct Flow<'m> {
    m: &'m dyn Measure,
    pages: Vec<Page>,
    /// Current y (top of the next line box).
    pub y: f32,
    /// Structure elements opened with [`Flow::begin`] and not yet closed.
    open: Vec<Role>,
    /// Whether a list opened by [`Flow::bullet`] is still open.
    list_open: bool,
    /// The last heading, while nothing but structure, lines and fills followed it on
    /// its page: (index of its first item, the cursor before it). A page break then
    /// takes it along, so a heading never ends a page.
    trailing: Option<(usize, f32)>,
    /// The open headings as (level asked for, level given), so no level is skipped.
    headings: Vec<(u8, u8)>,
}

impl<'m> Flow<'m> {
    /// An empty document with one blank page.
    pub fn new(m: &'m dyn Measure) -> Self {
        Self {
            m,
            pages: vec![Page::default()],
            y: MARGIN_TOP,
            open: Vec::new(),
            list_open: false,
            trailing: None,
            headings: Vec::new(),
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

    /// Starts a new page. A heading with nothing after it yet moves along to the new
    /// page (with what was drawn after it), unless it already stands at the top.
    pub(crate) fn new_page(&mut self) {
        let carried = match self.trailing.take() {
            Some((start, top)) if top > MARGIN_TOP + 1.0 => {
                let dy = MARGIN_TOP - top;
                let items = self
                    .pages
                    .last_mut()
                    .map(|page| page.items.split_off(start.min(page.items.len())))
                    .unwrap_or_default();
                self.y += dy;
                items.into_iter().map(|item| shift(item, dy)).collect()
            }
            _ => {
                self.y = MARGIN_TOP;
                Vec::new()
            }
        };
        self.pages.push(Page { items: carried });
    }

    /// Starts a new page unless `height` still fits on this one.
    pub(crate) fn ensure(&mut self, height: f32) {
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
        if matches!(item, Item::Text { .. }) {
            self.trailing = None;
        }
        if let Some(page) = self.pages.last_mut() {
            page.items.push(item);
        }
    }

    /// Opens a structure element with `role` (closed by [`Flow::end`]).
    pub(crate) fn begin(&mut self, role: Role) {
        self.close_list();
        self.open_element(role, None);
    }

    /// Opens a figure with its alternative text (closed by [`Flow::end`]).
    pub(crate) fn begin_figure(&mut self, alt: impl Into<String>) {
        self.close_list();
        self.open_element(Role::Figure, Some(alt.into()));
    }

    /// Closes the element opened last with [`Flow::begin`] or [`Flow::begin_figure`].
    pub fn end(&mut self) {
        self.close_list();
        if self.open.pop().is_some() {
            self.push(Item::End);
        }
    }

    fn open_element(&mut self, role: Role, alt: Option<String>) {
        self.open.push(role);
        self.push(Item::Begin { role, alt });
    }

    fn close_element(&mut self) {
        if self.open.pop().is_some() {
            self.push(Item::End);
        }
    }

    fn close_list(&mut self) {
        if self.list_open {
            self.list_open = false;
            self.close_element();
        }
    }

    /// A single text line at an absolute position (baseline `y`).
    pub(crate) fn text_at(&mut self, x: f32, y: f32, text: impl Into<String>, style: Style) {
        let text = text.into();
        if !text.is_empty() {
            self.push(Item::Text { x, y, text, style });
        }
    }

    /// Lines of text placed from the cursor at `x`, each moving the cursor down;
    /// page breaks happen between lines.
    pub fn lines(&mut self, x: f32, lines: &[String], style: Style) {
        self.close_list();
        self.place_lines(x, lines, style);
    }

    /// Places lines without leaving a single line at the bottom of a page (orphan) or
    /// at the top of the next (widow): blocks of up to three lines stay together.
    fn place_lines(&mut self, x: f32, lines: &[String], style: Style) {
        let lh = style.line_height();
        let n = lines.len();
        if n == 0 {
            return;
        }
        self.ensure(lh * n.min(if n <= 3 { 3 } else { 2 }) as f32);
        let mut i = 0;
        while i < n {
            let fits = (((CONTENT_BOTTOM - self.y) / lh) + 0.001).floor().max(0.0) as usize;
            let mut take = fits.min(n - i);
            if take < n - i && n - i - take == 1 && take >= 2 {
                take -= 1;
            }
            if take == 0 {
                if self.y <= MARGIN_TOP + 1.0 {
                    take = 1;
                } else {
                    self.new_page();
                    continue;
                }
            }
            for line in &lines[i..i + take] {
                let baseline = self.y + style.ascent();
                self.text_at(x, baseline, line.clone(), style);
                self.y += lh;
            }
            i += take;
            if i < n {
                self.new_page();
            }
        }
    }

    /// A wrapped paragraph over the text area (indented by `indent`).
    pub fn paragraph(&mut self, text: &str, style: Style, indent: f32) {
        let text = clean(self.m, text);
        let lines = wrap(self.m, &text, style, self.width() - indent);
        let x = self.left() + indent;
        self.close_list();
        self.open_element(Role::P, None);
        self.place_lines(x, &lines, style);
        self.close_element();
    }

    /// A bullet (or number) followed by a wrapped paragraph with a hanging indent.
    /// Consecutive bullets form one list.
    pub(crate) fn bullet(&mut self, marker: &str, text: &str, style: Style, indent: f32) {
        let text = clean(self.m, text);
        let hang = indent + hang(marker, style);
        let lines = wrap(self.m, &text, style, self.width() - hang);
        // Keep the first two lines (all of up to three) together with the marker.
        let keep = if lines.len() <= 3 { lines.len() } else { 2 };
        self.ensure(style.line_height() * keep as f32);
        if !self.list_open {
            self.open_element(Role::L, None);
            self.list_open = true;
        }
        self.open_element(Role::LI, None);
        self.open_element(Role::Lbl, None);
        let baseline = self.y + style.ascent();
        self.text_at(self.left() + indent, baseline, marker, style);
        self.close_element();
        self.open_element(Role::LBody, None);
        self.place_lines(self.left() + hang, &lines, style);
        self.close_element();
        self.close_element();
    }

    /// A heading kept together with at least `keep` points of what follows (never
    /// less than two body lines). Its level follows from its size: 15 pt and more is
    /// a first-level, 12 pt and more a second-level heading.
    pub fn heading(&mut self, text: &str, style: Style, keep: f32) {
        let role = if style.size >= 15.0 {
            Role::H1
        } else if style.size >= 12.0 {
            Role::H2
        } else {
            Role::H3
        };
        self.heading_as(role, text, style, keep);
    }

    /// A heading of an explicit level (see [`Flow::heading`]). A heading is never more
    /// than one level below the heading it belongs to (H3s right under an H1 are tagged
    /// H2, all alike), so the structure reads H1 → H2 → H3.
    pub(crate) fn heading_as(&mut self, role: Role, text: &str, style: Style, keep: f32) {
        let wanted = match role {
            Role::H1 => 1,
            Role::H2 => 2,
            _ => 3,
        };
        while self.headings.last().is_some_and(|h| h.0 >= wanted) {
            self.headings.pop();
        }
        let level = self.headings.last().map_or(1, |h| h.1 + 1).min(3);
        self.headings.push((wanted, level));
        let role = match level {
            1 => Role::H1,
            2 => Role::H2,
            _ => Role::H3,
        };
        let text = clean(self.m, text);
        let lines = wrap(self.m, &text, style, self.width());
        self.close_list();
        self.ensure(style.line_height() * lines.len() as f32 + keep.max(HEADING_KEEP));
        let start = self.pages.last().map_or(0, |p| p.items.len());
        let top = self.y;
        self.open_element(role, None);
        let x = self.left();
        for line in &lines {
            let baseline = self.y + style.ascent();
            self.text_at(x, baseline, line.clone(), style);
            self.y += style.line_height();
        }
        self.close_element();
        self.trailing = Some((start, top));
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
    /// The header is repeated after a page break (as page furniture, so a screen
    /// reader reads it once).
    pub fn table(
        &mut self,
        columns: &[Column],
        header: &[String],
        rows: &[Vec<String>],
        size: f32,
    ) {
        self.table_impl(columns, header, rows, size, false, 0.0);
    }

    /// Like [`Flow::table`], with every body row at least `min_row` points high: a form
    /// to fill in by hand (the staff survey's tally sheet).
    pub(crate) fn table_to_fill(
        &mut self,
        columns: &[Column],
        header: &[String],
        rows: &[Vec<String>],
        size: f32,
        min_row: f32,
    ) {
        self.table_impl(columns, header, rows, size, false, min_row);
    }

    /// Like [`Flow::table`], but the first cell of each row names the row and is
    /// tagged as its header (so a screen reader announces „Kultur und Führung,
    /// Punkte: 54,8“).
    pub(crate) fn table_with_row_headers(
        &mut self,
        columns: &[Column],
        header: &[String],
        rows: &[Vec<String>],
        size: f32,
    ) {
        self.table_impl(columns, header, rows, size, true, 0.0);
    }

    fn table_impl(
        &mut self,
        columns: &[Column],
        header: &[String],
        rows: &[Vec<String>],
        size: f32,
        row_headers: bool,
        min_row: f32,
    ) {
        let total: f32 = columns.iter().map(|c| c.share).sum();
        let pad = 4.0;
        let widths: Vec<f32> = columns
            .iter()
            .map(|c| self.width() * c.share / total)
            .collect();
        let head_style = Style::bold(size).colour(Colour::MUTED);
        let cell_style = Style::regular(size);
        let draw_row = |flow: &mut Flow,
                        cells: &[String],
                        style: Style,
                        rule: f32,
                        cell: Role,
                        first: Role,
                        min: f32| {
            let wrapped: Vec<Vec<String>> = cells
                .iter()
                .zip(&widths)
                .map(|(cell, w)| {
                    let cell = clean(flow.m, cell);
                    wrap(flow.m, &cell, style, w - 2.0 * pad)
                })
                .collect();
            let n = wrapped.iter().map(Vec::len).max().unwrap_or(1).max(1);
            let height = (n as f32 * style.line_height() + 2.0 * pad).max(min);
            let top = flow.y;
            let mut x = flow.left();
            for (i, ((lines, w), col)) in wrapped.iter().zip(&widths).zip(columns).enumerate() {
                flow.open_element(if i == 0 { first } else { cell }, None);
                for (i, line) in lines.iter().enumerate() {
                    let baseline = top + pad + style.ascent() + i as f32 * style.line_height();
                    let lx = match col.align {
                        Align::Left => x + pad,
                        Align::Right => x + w - pad - flow.m.width(line, style.size, style.bold),
                    };
                    flow.text_at(lx, baseline, line.clone(), style);
                }
                flow.close_element();
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
        let row_height = |flow: &Flow, row: &[String]| {
            let n = row
                .iter()
                .zip(&widths)
                .map(|(c, w)| wrap(flow.m, c, cell_style, w - 2.0 * pad).len())
                .max()
                .unwrap_or(1);
            (n as f32 * cell_style.line_height() + 2.0 * pad).max(min_row)
        };
        let heights: Vec<f32> = rows.iter().map(|row| row_height(self, row)).collect();
        let total = header_height(self) + heights.iter().sum::<f32>();
        self.close_list();
        // Small tables stay whole; others start with the header and two rows.
        let first_rows: f32 = heights.iter().take(2).sum();
        let keep = if total <= (CONTENT_BOTTOM - MARGIN_TOP) / 3.0 {
            total
        } else {
            header_height(self) + first_rows
        };
        self.ensure(keep);
        self.open_element(Role::Table, None);
        self.open_element(Role::TR, None);
        draw_row(self, header, head_style, 0.9, Role::TH, Role::TH, 0.0);
        self.close_element();
        for (i, row) in rows.iter().enumerate() {
            let height = heights[i];
            // Never leave the last row alone on a new page.
            let with_last = if i + 2 == rows.len() {
                height + heights[i + 1]
            } else {
                height
            };
            if self.y + with_last > CONTENT_BOTTOM
                && self.y > MARGIN_TOP + header_height(self) + 1.0
            {
                self.new_page();
                self.push(Item::Begin {
                    role: Role::Artifact,
                    alt: None,
                });
                draw_row(
                    self,
                    header,
                    head_style,
                    0.9,
                    Role::Artifact,
                    Role::Artifact,
                    0.0,
                );
                self.push(Item::End);
            }
            self.open_element(Role::TR, None);
            let first = if row_headers {
                Role::RowHeader
            } else {
                Role::TD
            };
            draw_row(self, row, cell_style, 0.4, Role::TD, first, min_row);
            self.close_element();
        }
        self.close_element();
    }

    /// The laid-out pages (open structure elements are closed).
    pub(crate) fn finish(mut self) -> Vec<Page> {
        self.close_list();
        while !self.open.is_empty() {
            self.close_element();
        }
        self.pages
    }
}

/// `item` moved down by `dy` points.
fn shift(item: Item, dy: f32) -> Item {
    match item {
        Item::Text { x, y, text, style } => Item::Text {
            x,
            y: y + dy,
            text,
            style,
        },
        Item::Line {
            points,
            closed,
            width,
            colour,
            dash,
        } => Item::Line {
            points: points.into_iter().map(|(x, y)| (x, y + dy)).collect(),
            closed,
            width,
            colour,
            dash,
        },
        Item::Fill { points, colour } => Item::Fill {
            points: points.into_iter().map(|(x, y)| (x, y + dy)).collect(),
            colour,
        },
        other => other,
    }
}
