//! Column widths that fit the cells: each column as wide as its widest cell within a
//! limit, headings that wrap between words and never inside one.

use super::{BOLD, Cell, Column, FILTER_BUTTON, PADDING, Sheet};

/// How wide a column may grow, in characters, and whether its texts wrap there.
#[derive(Debug, Clone, Copy)]
pub(super) enum Fit {
    /// As wide as its widest cell, at most this many characters; no wrapping.
    Content(f64),
    /// As wide as its widest cell, at most this many characters; longer texts wrap.
    Wrap(f64),
    /// As `Wrap`, with every value left-aligned (a column of texts, numbers and dates).
    WrapLeft(f64),
}

/// The narrowest column, in characters.
const MIN_WIDTH: f64 = 6.0;

/// A sheet of `rows` under `headings`, its columns fitted to the cells
/// ([`fit_columns`]).
pub(super) fn fitted_sheet(
    name: &str,
    headings: &[(&str, Fit)],
    rows: Vec<Vec<Cell>>,
    filter: bool,
) -> Sheet {
    Sheet {
        name: name.to_string(),
        columns: fit_columns(headings, &rows, filter),
        rows,
        filter,
    }
}

/// Columns for `headings` whose widths fit the cells of `rows`: each as wide as its
/// widest cell and the longest word of its heading in bold beside the filter button
/// (headings wrap between words, never inside one), within its [`Fit`].
pub(super) fn fit_columns(
    headings: &[(&str, Fit)],
    rows: &[Vec<Cell>],
    filter: bool,
) -> Vec<Column> {
    let button = if filter { FILTER_BUTTON } else { 0.0 };
    headings
        .iter()
        .enumerate()
        .map(|(i, &(heading, fit))| {
            let widest_word = heading
                .split_whitespace()
                .map(|w| w.chars().count())
                .max()
                .unwrap_or(0) as f64
                * BOLD
                + button;
            let widest_cell = rows
                .iter()
                .filter_map(|row| row.get(i))
                .map(cell_width)
                .fold(0.0, f64::max);
            let (limit, wrap, left) = match fit {
                Fit::Content(limit) => (limit, false, false),
                Fit::Wrap(limit) => (limit, true, false),
                Fit::WrapLeft(limit) => (limit, true, true),
            };
            let width = widest_cell.min(limit).max(widest_word).max(MIN_WIDTH) + PADDING;
            Column {
                heading: heading.to_string(),
                width,
                wrap,
                left,
            }
        })
        .collect()
}

/// The characters a cell needs on one line (its longest line for text).
fn cell_width(cell: &Cell) -> f64 {
    let chars = match cell {
        Cell::Empty => 0,
        Cell::Text(text) => text.lines().map(|l| l.chars().count()).max().unwrap_or(0),
        Cell::Number { value, decimals } => {
            format!("{value:.prec$}", prec = usize::from(*decimals)).len()
        }
        Cell::Percent(_) => 5,
        // Digits, thousands separators and the currency sign.
        Cell::Euro(amount) => amount.to_string().len() * 4 / 3 + 2,
        Cell::Date(_) => 10,
    };
    chars as f64
}
