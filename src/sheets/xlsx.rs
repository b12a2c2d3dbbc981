//! The XLSX writer, through rust_xlsxwriter (a well-kept pure-Rust writer of Excel's
//! format, MIT/Apache-2.0): one worksheet per sheet, headings bold and frozen, widths
//! and wrapping as the columns say, numbers, euros and dates as typed values. No
//! formulas.

use super::{Cell, ExportError, Formats, Workbook};
use rust_xlsxwriter::{Color, ExcelDateTime, Format, FormatAlign, FormatBorder, XlsxError};

/// The cell formats of one workbook.
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
    fn new(formats: &Formats) -> Self {
        let top = || Format::new().set_align(FormatAlign::Top);
        Self {
            heading: top()
                .set_bold()
                .set_text_wrap()
                .set_background_color(Color::RGB(HEADING_BACKGROUND))
                .set_border_bottom(FormatBorder::Thin),
            text: top(),
            wrapped: top().set_text_wrap(),
            numbers: [
                top().set_num_format("0"),
                top().set_num_format("0.0"),
                top().set_num_format("0.00"),
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
    let styles = Styles::new(&workbook.formats);
    let mut book = rust_xlsxwriter::Workbook::new();
    for sheet in &workbook.sheets {
        let ws = book.add_worksheet();
        ws.set_name(&sheet.name)?;
        ws.set_freeze_panes(1, 0)?;
        for (c, column) in sheet.columns.iter().enumerate() {
            let c = col(c);
            ws.set_column_width(c, column.width)?;
            ws.write_string_with_format(0, c, &column.heading, &styles.heading)?;
        }
        for (r, row) in sheet.rows.iter().enumerate() {
            let r = u32::try_from(r + 1).unwrap_or(u32::MAX);
            for (c, cell) in row.iter().enumerate() {
                let wrap = sheet.columns.get(c).is_some_and(|column| column.wrap);
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

/// A column index as rust_xlsxwriter counts (at most 16,384 columns).
fn col(index: usize) -> u16 {
    u16::try_from(index).unwrap_or(u16::MAX)
}
