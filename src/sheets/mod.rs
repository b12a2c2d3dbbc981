//! The spreadsheet export: an assessment as a workbook for the town hall's spreadsheet
//! program, in ODS (LibreOffice), XLSX (Excel) or CSV (the answers only).
//!
//! The workbook is built first as plain data ([`Workbook`]: sheets of typed cells) from
//! the one analysis, the assessment and the words of [`crate::present`] (`build.rs` for
//! the answers and the info sheet, `build_results.rs` for the results and the measures);
//! then one of three small writers turns it into bytes (`ods.rs`, `xlsx.rs`, `csv.rs`),
//! knowing nothing of the domain. Files are written atomically
//! ([`crate::files::storage::write_atomic`]). No UI types; the command line's `export`
//! and the app's „Tabelle exportieren…“ both call [`export`].

mod build;
mod build_results;
mod csv;
mod fit;
mod ods;
mod xlsx;

#[cfg(test)]
mod tests;

pub use build::build_workbook;

use crate::analysis::Analysis;
use crate::model::{Assessment, Date};
use crate::text::Lang;
use crate::tr;
use std::path::Path;

/// A workbook as plain data: its sheets in order and the formats its cells are shown in.
#[derive(Debug, Clone, PartialEq)]
pub struct Workbook {
    /// The sheets, in the order the file lists them.
    pub sheets: Vec<Sheet>,
    /// How dates, euros and decimals are shown.
    pub formats: Formats,
}

/// How a workbook's typed cells are shown, in the reader's language.
#[derive(Debug, Clone, PartialEq)]
pub struct Formats {
    /// The language's tag (`de-DE`, `en`), for the files' currency and date styles.
    pub language: &'static str,
    /// Date format in spreadsheet notation, e.g. `DD.MM.YYYY`.
    pub date: String,
    /// Euro format in spreadsheet notation, e.g. `#,##0 "€"`.
    pub euro: String,
    /// The decimal separator, for the CSV file's numbers.
    pub decimal_separator: String,
}

impl Formats {
    /// The formats of `lang`, from the catalogue.
    pub fn of(lang: Lang) -> Self {
        Self {
            language: lang.tag(),
            date: tr!(lang, "export-date-format").to_string(),
            euro: tr!(lang, "export-euro-format").to_string(),
            decimal_separator: tr!(lang, "number-decimal-separator").to_string(),
        }
    }
}

/// Room beside a cell's text, in characters (the cell's padding).
pub(crate) const PADDING: f64 = 1.5;
/// How much wider bold headings run than the body text.
pub(crate) const BOLD: f64 = 1.15;
/// Room for a heading's filter button, in characters.
pub(crate) const FILTER_BUTTON: f64 = 2.5;

/// How many lines `text` takes in a column `width` characters wide whose characters are
/// `scale` times as wide as the body text's, wrapped between words (greedy, as the
/// spreadsheet programs do; a word longer than a line takes its own lines).
pub(crate) fn wrapped_lines(text: &str, width: f64, scale: f64) -> usize {
    let capacity = ((width - PADDING) / scale).max(1.0);
    let mut lines = 0;
    for line in text.split('\n') {
        lines += 1;
        let mut used = 0.0;
        for word in line.split_whitespace() {
            let length = word.chars().count() as f64;
            if used > 0.0 && used + 1.0 + length <= capacity {
                used += 1.0 + length;
                continue;
            }
            if used > 0.0 {
                lines += 1;
            }
            // A word longer than a line is broken over as many lines as it needs.
            let extra = ((length / capacity).ceil() - 1.0).max(0.0);
            lines += extra as usize;
            used = length - extra * capacity;
        }
    }
    lines
}

/// One sheet: a row of headings (frozen when the file is opened), then the rows.
#[derive(Debug, Clone, PartialEq)]
pub struct Sheet {
    /// The sheet's name (at most 31 characters, as Excel allows).
    pub name: String,
    /// The columns with their headings and widths.
    pub columns: Vec<Column>,
    /// The rows below the headings; each has at most one cell per column.
    pub rows: Vec<Vec<Cell>>,
    /// Whether the headings get filter buttons (to sort and filter the rows).
    pub filter: bool,
}

/// A column: its heading, its width and whether long texts wrap in it.
#[derive(Debug, Clone, PartialEq)]
pub struct Column {
    /// The heading in the first row.
    pub heading: String,
    /// Width in characters of the default font.
    pub width: f64,
    /// Whether long texts wrap onto more lines (the row grows) instead of running on.
    pub wrap: bool,
    /// Whether numbers and dates stand on the left like texts (a column of mixed
    /// values); otherwise they stand on the right.
    pub left: bool,
}

/// A typed cell value. Writers give each type its number format; no formulas.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    /// Nothing.
    Empty,
    /// Text, as it is.
    Text(String),
    /// A number shown with `decimals` places (the value is already rounded by the one
    /// rule, so the file holds what every other output prints).
    Number {
        /// The value.
        value: f64,
        /// Decimal places shown.
        decimals: u8,
    },
    /// A share 0–1 shown as a whole percentage.
    Percent(f64),
    /// Whole euros, shown with the currency format.
    Euro(u64),
    /// A calendar date, stored as a date (not as text).
    Date(Date),
}

impl Cell {
    /// A text cell; empty text gives an empty cell.
    pub fn text(text: impl Into<String>) -> Self {
        let text = text.into();
        if text.is_empty() {
            Cell::Empty
        } else {
            Cell::Text(text)
        }
    }

    /// A whole number.
    pub fn integer(value: impl Into<f64>) -> Self {
        Cell::Number {
            value: value.into(),
            decimals: 0,
        }
    }

    /// The cell as the CSV file writes it: numbers with the language's decimal
    /// separator, dates in the date format, euros as whole numbers.
    pub(crate) fn plain(&self, formats: &Formats) -> String {
        match self {
            Cell::Empty => String::new(),
            Cell::Text(text) => text.clone(),
            Cell::Number { value, decimals } => {
                let decimals = usize::from(*decimals);
                format!("{value:.decimals$}").replace('.', &formats.decimal_separator)
            }
            Cell::Percent(share) => {
                format!("{:.0}", crate::scoring::round_to(share * 100.0, 0))
            }
            Cell::Euro(amount) => amount.to_string(),
            Cell::Date(date) => written_date(*date, &formats.date),
        }
    }
}

/// `date` in a spreadsheet date format (`DD`, `MM`, `YYYY`, other characters as they are).
pub(crate) fn written_date(date: Date, format: &str) -> String {
    format
        .replace("YYYY", &format!("{:04}", date.year))
        .replace("MM", &format!("{:02}", date.month))
        .replace("DD", &format!("{:02}", date.day))
}

/// Which of the three files to write, from the target's extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SheetFormat {
    /// OpenDocument spreadsheet (LibreOffice).
    Ods,
    /// Office Open XML workbook (Excel).
    Xlsx,
    /// The answers sheet as CSV: UTF-8 with byte-order mark, `;` between fields.
    Csv,
}

impl SheetFormat {
    /// The format a file name asks for by its extension (case-insensitive).
    pub fn of_path(path: &Path) -> Result<Self, ExportError> {
        let Some(extension) = path.extension() else {
            return Err(ExportError::MissingFormat {
                path: path.display().to_string(),
            });
        };
        let extension = extension.to_string_lossy();
        match extension.to_ascii_lowercase().as_str() {
            "ods" => Ok(Self::Ods),
            "xlsx" => Ok(Self::Xlsx),
            "csv" => Ok(Self::Csv),
            _ => Err(ExportError::UnknownFormat {
                path: path.display().to_string(),
                extension: extension.into_owned(),
            }),
        }
    }
}

/// What goes into the export besides the assessment's own data.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ExportOptions {
    /// Leave out the names of workshop participants (and of those taking part).
    pub without_names: bool,
}

/// Why no spreadsheet was written.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// The file name's extension is none of ods, xlsx and csv.
    UnknownFormat {
        /// The target.
        path: String,
        /// Its extension.
        extension: String,
    },
    /// The file name has no extension.
    MissingFormat {
        /// The target.
        path: String,
    },
    /// The XLSX library refused the workbook (a broken build).
    Build(String),
    /// The file could not be written.
    Write {
        /// The target.
        path: String,
        /// Why it failed.
        source: std::io::Error,
    },
}

impl ExportError {
    /// Why, in `lang`.
    pub fn text(&self, lang: Lang) -> String {
        self.message().text(lang)
    }

    /// Why, as a message of the catalogue.
    pub(crate) fn message(&self) -> crate::text::catalogue::Message {
        use crate::msg;
        match self {
            ExportError::UnknownFormat { path, extension } => {
                msg!("export-unknown-format", path = path, extension = extension)
            }
            ExportError::MissingFormat { path } => msg!("export-missing-format", path = path),
            ExportError::Build(reason) => msg!("export-build-failed", reason = reason),
            ExportError::Write { path, source } => msg!(
                "export-write-failed",
                path = path,
                reason = crate::files::io_message(source)
            ),
        }
    }
}

crate::worded!(ExportError);

/// The bytes of `workbook` in `format`.
pub fn render(workbook: &Workbook, format: SheetFormat) -> Result<Vec<u8>, ExportError> {
    match format {
        SheetFormat::Ods => ods::write(workbook),
        SheetFormat::Xlsx => xlsx::write(workbook),
        SheetFormat::Csv => Ok(csv::write(workbook)),
    }
}

/// Builds the workbook of `analysis` and `assessment` in `lang` and writes it atomically
/// to `path` in the format its extension names; returns the number of bytes written.
pub fn export(
    analysis: &Analysis,
    assessment: &Assessment,
    lang: Lang,
    options: ExportOptions,
    path: &Path,
) -> Result<usize, ExportError> {
    let format = SheetFormat::of_path(path)?;
    let workbook = build_workbook(analysis, assessment, lang, options);
    let bytes = render(&workbook, format)?;
    crate::files::storage::write_atomic(path, &bytes).map_err(|source| ExportError::Write {
        path: path.display().to_string(),
        source,
    })?;
    Ok(bytes.len())
}
