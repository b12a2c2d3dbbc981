//! The CSV writer: the first sheet (the answers) as German Excel opens it with a
//! double-click: UTF-8 with a byte-order mark, `;` between fields, CRLF line ends.

use super::{Cell, Workbook};

/// Fields are separated by this (German Excel expects it; `,` is the decimal comma).
const SEPARATOR: char = ';';

/// The first sheet of `workbook` as CSV bytes: the headings, then one line per row.
/// Fields with a separator, a quote or a line break are quoted (RFC 4180); a text
/// starting like a formula (`=`, `+`, `-`, `@`) gets a leading apostrophe, so that no
/// spreadsheet program computes it.
pub(super) fn write(workbook: &Workbook) -> Vec<u8> {
    let mut out = String::from('\u{feff}');
    if let Some(sheet) = workbook.sheets.first() {
        let headings = sheet.columns.iter().map(|c| field(&c.heading));
        push_line(&mut out, headings);
        for row in &sheet.rows {
            let fields = (0..sheet.columns.len()).map(|i| match row.get(i) {
                Some(Cell::Text(text)) => field(text),
                Some(cell) => cell.plain(&workbook.formats),
                None => String::new(),
            });
            push_line(&mut out, fields);
        }
    }
    out.into_bytes()
}

/// Appends one line of `fields`.
fn push_line(out: &mut String, fields: impl Iterator<Item = String>) {
    let fields: Vec<String> = fields.collect();
    out.push_str(&fields.join(&SEPARATOR.to_string()));
    out.push_str("\r\n");
}

/// A text as one CSV field.
fn field(text: &str) -> String {
    let text = if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_string()
    };
    if text.contains([SEPARATOR, '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_are_quoted_only_where_needed_and_formulas_are_defused() {
        assert_eq!(field("Bauamt"), "Bauamt");
        assert_eq!(field("a;b"), "\"a;b\"");
        assert_eq!(
            field("sagt „ja“ und \"nein\""),
            "\"sagt „ja“ und \"\"nein\"\"\""
        );
        assert_eq!(field("Zeile 1\nZeile 2"), "\"Zeile 1\nZeile 2\"");
        assert_eq!(field("=SUMME(A1:A3)"), "'=SUMME(A1:A3)");
        assert_eq!(field("-1"), "'-1");
        assert_eq!(field("– nichts"), "– nichts");
    }
}
