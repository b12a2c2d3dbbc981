//! The XLSX writer, through rust_xlsxwriter (a well-kept pure-Rust writer of Excel's
//! format, MIT/Apache-2.0): one worksheet per sheet, headings bold and frozen, widths
//! and wrapping as the columns say, numbers, euros and dates as typed values. No
//! formulas.

use super::{Cell, ExportError, FILTER_BUTTON, Formats, Sheet, Workbook, wrapped_lines};
use rust_xlsxwriter::{Color, ExcelDateTime, Format, FormatAlign, FormatBorder, XlsxError};

/// The cell formats of one workbook for one alignment.
struct Styles {
    heading: Format,
    text: Format,
    wrapped: Format,
    numbers: [Format; 3],
    percent: Format,
    euro: Format,
    date: Format,
}

impl Styles {
    /// The formats; with `left`, numbers and dates stand on the left like texts.
    fn new(formats: &Formats, left: bool) -> Self {
        let top = || {
            let format = Format::new().set_align(FormatAlign::Top);
            if left {
                format.set_align(FormatAlign::Left)
            } else {
                format
            }
        };
        Self {
            heading: top()
                .set_bold()
                .set_text_wrap()
                .set_background_color(Color::RGB(HEADING_BACKGROUND))
                .set_border_bottom(FormatBorder::Thin),
            text: top(),
            wrapped: top().set_text_wrap(),
            numbers: [
                top().set_num_format("#,##0"),
                top().set_num_format("#,##0.0"),
                top().set_num_format("#,##0.00"),
            ],
            percent: top().set_num_format("0\"\u{a0}\"%"),
            euro: top().set_num_format(&formats.euro),
            date: top().set_num_format(formats.date.to_lowercase()),
        }
    }
}

/// The headings' background: a light blue-grey that prints well in black and white.
pub(super) const HEADING_BACKGROUND: u32 = 0xDCE4EE;

/// `workbook` as the bytes of an XLSX file.
pub(super) fn write(workbook: &Workbook) -> Result<Vec<u8>, ExportError> {
    write_with(workbook).map_err(|e| ExportError::Build(e.to_string()))
}

fn write_with(workbook: &Workbook) -> Result<Vec<u8>, XlsxError> {
    let right = Styles::new(&workbook.formats, false);
    let left = Styles::new(&workbook.formats, true);
    let mut book = rust_xlsxwriter::Workbook::new();
    for sheet in &workbook.sheets {
        let ws = book.add_worksheet();
        ws.set_name(&sheet.name)?;
        ws.set_freeze_panes(1, 0)?;
        // Printed: A4 landscape, as wide as the page, the headings on every page.
        ws.set_paper_size(9);
        ws.set_landscape();
        ws.set_print_fit_to_pages(1, 0);
        ws.set_repeat_rows(0, 0)?;
        for (c, column) in sheet.columns.iter().enumerate() {
            let c = col(c);
            ws.set_column_width(c, column.width)?;
            ws.write_string_with_format(0, c, &column.heading, &right.heading)?;
        }
        set_row_heights(ws, sheet)?;
        for (r, row) in sheet.rows.iter().enumerate() {
            let r = u32::try_from(r + 1).unwrap_or(u32::MAX);
            for (c, cell) in row.iter().enumerate() {
                let column = sheet.columns.get(c);
                let wrap = column.is_some_and(|column| column.wrap);
                let styles = if column.is_some_and(|column| column.left) {
                    &left
                } else {
                    &right
                };
                let c = col(c);
                match cell {
                    Cell::Empty => {}
                    Cell::Text(text) => {
                        let format = if wrap { &styles.wrapped } else { &styles.text };
                        ws.write_string_with_format(r, c, text, format)?;
                    }
                    Cell::Number { value, decimals } => {
                        let i = usize::from(*decimals).min(styles.numbers.len() - 1);
                        ws.write_number_with_format(r, c, *value, &styles.numbers[i])?;
                    }
                    Cell::Percent(share) => {
                        ws.write_number_with_format(r, c, *share, &styles.percent)?;
                    }
                    Cell::Euro(amount) => {
                        ws.write_number_with_format(r, c, *amount as f64, &styles.euro)?;
                    }
                    Cell::Date(date) => {
                        let day = ExcelDateTime::from_ymd(date.year, date.month, date.day)?;
                        ws.write_datetime_with_format(r, c, &day, &styles.date)?;
                    }
                }
            }
        }
        if sheet.filter && !sheet.rows.is_empty() && !sheet.columns.is_empty() {
            let last_row = u32::try_from(sheet.rows.len()).unwrap_or(u32::MAX);
            ws.autofilter(0, 0, last_row, col(sheet.columns.len() - 1))?;
        }
    }
    book.save_to_buffer()
}

/// Points per line of the default font (Calibri 11 pt), with the cell's padding.
const LINE_HEIGHT: f64 = 15.0;
/// Width of an average character of body text in Calibri against the column width's
/// unit (the widest digit).
const BODY: f64 = 0.9;

/// Heights for the rows whose wrapped texts take more than one line. Excel and
/// LibreOffice keep a stored row's height when opening an XLSX file, and LibreOffice
/// does not grow rows for wrapped text by itself; the heights are estimated from the
/// column widths (rather a little too high than cut off).
fn set_row_heights(ws: &mut rust_xlsxwriter::Worksheet, sheet: &Sheet) -> Result<(), XlsxError> {
    let button = if sheet.filter { FILTER_BUTTON } else { 0.0 };
    let heading_lines = sheet
        .columns
        .iter()
        .map(|c| wrapped_lines(&c.heading, c.width - button, super::BOLD))
        .max()
        .unwrap_or(1);
    let mut heights = vec![heading_lines];
    heights.extend(sheet.rows.iter().map(|row| {
        row.iter()
            .zip(&sheet.columns)
            .filter_map(|(cell, column)| match cell {
                Cell::Text(text) if column.wrap => Some(wrapped_lines(text, column.width, BODY)),
                Cell::Text(text) => Some(text.split('\n').count()),
                _ => None,
            })
            .max()
            .unwrap_or(1)
    }));
    for (r, lines) in heights.into_iter().enumerate() {
        if lines > 1 {
            let r = u32::try_from(r).unwrap_or(u32::MAX);
            ws.set_row_height(r, lines as f64 * LINE_HEIGHT)?;
        }
    }
    Ok(())
}

/// A column index as rust_xlsxwriter counts (at most 16,384 columns).
fn col(index: usize) -> u16 {
    u16::try_from(index).unwrap_or(u16::MAX)
}
