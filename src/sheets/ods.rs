//! The ODS writer: an OpenDocument spreadsheet (ODF 1.3) written by hand, zipped with
//! the same `zip` crate the XLSX writer brings along.
//!
//! Why not the `spreadsheet-ods` crate: it is maintained (1.0.4, March 2026) and does
//! frozen rows, widths, wrapping, dates and currencies, but it adds about 30 crates to
//! the build (a second major version of `zip`, `nom` 7, `chrono`, ICU locale data and
//! several derive macros) for what is here a few hundred lines of XML: `content.xml`
//! (styles, columns, typed cells), `settings.xml` (the frozen heading row) and the
//! manifest. The round trip through LibreOffice is tested (`tests/it/export.rs`).

use super::{Cell, Formats, Sheet, Workbook};
use std::io::Write as _;

/// Centimetres per character of the default font (10 pt Liberation Sans).
const CM_PER_CHAR: f64 = 0.2;

/// The namespaces content.xml uses.
const NAMESPACES: &str = concat!(
    r#"xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" "#,
    r#"xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" "#,
    r#"xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" "#,
    r#"xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" "#,
    r#"xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" "#,
    r#"xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" "#,
    r#"office:version="1.3""#
);

/// `workbook` as the bytes of an ODS file.
pub(super) fn write(workbook: &Workbook) -> Result<Vec<u8>, super::ExportError> {
    zipped(workbook).map_err(|e| super::ExportError::Build(e.to_string()))
}

fn zipped(workbook: &Workbook) -> Result<Vec<u8>, zip::result::ZipError> {
    use zip::write::SimpleFileOptions;
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    // The first entry names the type, uncompressed, as ODF requires.
    let stored = SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    zip.start_file("mimetype", stored)?;
    zip.write_all(b"application/vnd.oasis.opendocument.spreadsheet")?;
    let deflated =
        SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    for (name, xml) in [
        ("content.xml", content(workbook)),
        ("styles.xml", styles(&workbook.formats)),
        ("settings.xml", settings(workbook)),
        ("META-INF/manifest.xml", MANIFEST.to_string()),
    ] {
        zip.start_file(name, deflated)?;
        zip.write_all(xml.as_bytes())?;
    }
    Ok(zip.finish()?.into_inner())
}

const MANIFEST: &str = concat!(
    r#"<?xml version="1.0" encoding="UTF-8"?>"#,
    "\n",
    r#"<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">"#,
    r#"<manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>"#,
    r#"<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>"#,
    r#"<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>"#,
    r#"<manifest:file-entry manifest:full-path="settings.xml" manifest:media-type="text/xml"/>"#,
    "</manifest:manifest>\n"
);

/// content.xml: the styles, then every sheet as a table.
fn content(workbook: &Workbook) -> String {
    let mut xml = String::with_capacity(64 * 1024);
    xml.push_str(r#"<?xml version="1.0" encoding="UTF-8"?>"#);
    xml.push_str(&format!("\n<office:document-content {NAMESPACES}>"));
    xml.push_str("<office:automatic-styles>");
    data_styles(&mut xml, &workbook.formats);
    cell_styles(&mut xml);
    let widths = column_widths(workbook);
    for (i, width) in widths.iter().enumerate() {
        xml.push_str(&format!(r#"<style:style style:name="co{i}" style:family="table-column"><style:table-column-properties fo:break-before="auto" style:column-width="{:.2}cm"/></style:style>"#,
            width * CM_PER_CHAR
        ));
    }
    xml.push_str(r#"<style:style style:name="ta" style:family="table" style:master-page-name="Default"><style:table-properties table:display="true"/></style:style>"#);
    xml.push_str(r#"<style:style style:name="ro" style:family="table-row"><style:table-row-properties style:use-optimal-row-height="true" fo:break-before="auto"/></style:style>"#);
    xml.push_str("</office:automatic-styles><office:body><office:spreadsheet>");
    for sheet in &workbook.sheets {
        table(&mut xml, sheet, &widths);
    }
    filters(&mut xml, workbook);
    xml.push_str("</office:spreadsheet></office:body></office:document-content>\n");
    xml
}

/// Every distinct column width of the workbook, in characters (one column style each).
fn column_widths(workbook: &Workbook) -> Vec<f64> {
    let mut widths: Vec<f64> = Vec::new();
    for column in workbook.sheets.iter().flat_map(|s| &s.columns) {
        if !widths.iter().any(|w| (w - column.width).abs() < 1e-9) {
            widths.push(column.width);
        }
    }
    widths
}

/// The language and country attributes of number styles, from a tag such as `de-DE`.
fn locale(formats: &Formats) -> String {
    let mut parts = formats.language.split('-');
    let language = parts.next().unwrap_or("de");
    match parts.next() {
        Some(country) => format!(r#"number:language="{language}" number:country="{country}""#),
        None => format!(r#"number:language="{language}""#),
    }
}

/// The number, percentage, currency and date styles.
fn data_styles(xml: &mut String, formats: &Formats) {
    let locale = locale(formats);
    for decimals in 0..3 {
        xml.push_str(&format!(r#"<number:number-style style:name="N{decimals}" {locale}><number:number number:decimal-places="{decimals}" number:min-decimal-places="{decimals}" number:min-integer-digits="1" number:grouping="true"/></number:number-style>"#
        ));
    }
    xml.push_str(&format!(r#"<number:percentage-style style:name="NP" {locale}><number:number number:decimal-places="0" number:min-decimal-places="0" number:min-integer-digits="1"/><number:text>{}%</number:text></number:percentage-style>"#,
        '\u{a0}'
    ));
    // The euro format in spreadsheet notation: text before `#`, the number, text after.
    let (before, after) = match formats.euro.split_once("#,##0") {
        Some((before, after)) => (before.replace('"', ""), after.replace('"', "")),
        None => (String::new(), " €".to_string()),
    };
    xml.push_str(&format!(
        r#"<number:currency-style style:name="NE" {locale}>"#
    ));
    currency_text(xml, &before, &locale);
    xml.push_str(r#"<number:number number:decimal-places="0" number:min-decimal-places="0" number:min-integer-digits="1" number:grouping="true"/>"#);
    currency_text(xml, &after, &locale);
    xml.push_str("</number:currency-style>");
    xml.push_str(&format!(r#"<number:date-style style:name="ND" {locale}>"#));
    let mut rest = formats.date.as_str();
    while !rest.is_empty() {
        let (element, taken) = if rest.starts_with("YYYY") {
            (r#"<number:year number:style="long"/>"#.to_string(), 4)
        } else if rest.starts_with("MM") {
            (r#"<number:month number:style="long"/>"#.to_string(), 2)
        } else if rest.starts_with("DD") {
            (r#"<number:day number:style="long"/>"#.to_string(), 2)
        } else {
            let c = rest.chars().next().unwrap_or(' ');
            let text = format!("<number:text>{}</number:text>", escape(&c.to_string()));
            (text, c.len_utf8())
        };
        xml.push_str(&element);
        rest = &rest[taken..];
    }
    xml.push_str("</number:date-style>");
}

/// Text around the amount in the currency style, with the € sign as the currency symbol.
fn currency_text(xml: &mut String, text: &str, locale: &str) {
    for (i, part) in text.split('€').enumerate() {
        if i > 0 {
            xml.push_str(&format!(
                "<number:currency-symbol {locale}>€</number:currency-symbol>"
            ));
        }
        if !part.is_empty() {
            xml.push_str(&format!("<number:text>{}</number:text>", escape(part)));
        }
    }
}

/// The cell styles: headings, text, wrapped text and one per number format.
fn cell_styles(xml: &mut String) {
    let top = r#"style:vertical-align="top""#;
    xml.push_str(&format!(r##"<style:style style:name="head" style:family="table-cell"><style:table-cell-properties {top} fo:wrap-option="wrap" fo:background-color="#{:06x}" fo:border-bottom="0.5pt solid #000000"/><style:text-properties fo:font-weight="bold"/></style:style>"##,
        super::xlsx::HEADING_BACKGROUND
    ));
    xml.push_str(&format!(r#"<style:style style:name="text" style:family="table-cell"><style:table-cell-properties {top}/></style:style>"#
    ));
    xml.push_str(&format!(r#"<style:style style:name="wrap" style:family="table-cell"><style:table-cell-properties {top} fo:wrap-option="wrap"/></style:style>"#
    ));
    // Each number style twice: on the right (as numbers stand) and, with the suffix
    // `l`, on the left (in a column of mixed values).
    let left = r#"<style:paragraph-properties fo:text-align="start"/>"#;
    for (suffix, fixed, paragraph) in [
        ("", "", ""),
        ("l", r#" style:text-align-source="fix""#, left),
    ] {
        for (name, data) in [
            ("n0", "N0"),
            ("n1", "N1"),
            ("n2", "N2"),
            ("pct", "NP"),
            ("eur", "NE"),
            ("date", "ND"),
        ] {
            xml.push_str(&format!(
                r#"<style:style style:name="{name}{suffix}" style:family="table-cell" style:data-style-name="{data}"><style:table-cell-properties {top}{fixed}/>{paragraph}</style:style>"#
            ));
        }
    }
}

/// One sheet as a table: its columns, the heading row (repeated when printed), the rows.
fn table(xml: &mut String, sheet: &Sheet, widths: &[f64]) {
    xml.push_str(&format!(
        r#"<table:table table:name="{}" table:style-name="ta">"#,
        escape(&sheet.name)
    ));
    for column in &sheet.columns {
        let style = widths
            .iter()
            .position(|w| (w - column.width).abs() < 1e-9)
            .unwrap_or(0);
        xml.push_str(&format!(
            r#"<table:table-column table:style-name="co{style}"/>"#
        ));
    }
    xml.push_str(r#"<table:table-header-rows><table:table-row table:style-name="ro">"#);
    for column in &sheet.columns {
        text_cell(xml, "head", &column.heading);
    }
    xml.push_str("</table:table-row></table:table-header-rows>");
    for row in &sheet.rows {
        xml.push_str(r#"<table:table-row table:style-name="ro">"#);
        for (i, cell) in row.iter().enumerate() {
            let column = sheet.columns.get(i);
            let wrap = column.is_some_and(|c| c.wrap);
            let left = column.is_some_and(|c| c.left);
            typed_cell(xml, cell, wrap, left);
        }
        xml.push_str("</table:table-row>");
    }
    xml.push_str("</table:table>");
}

/// One typed cell.
fn typed_cell(xml: &mut String, cell: &Cell, wrap: bool, left: bool) {
    let l = if left { "l" } else { "" };
    match cell {
        Cell::Empty => xml.push_str("<table:table-cell/>"),
        Cell::Text(text) => text_cell(xml, if wrap { "wrap" } else { "text" }, text),
        Cell::Number { value, decimals } => {
            let style = format!("n{}{l}", (*decimals).min(2));
            value_cell(xml, &style, "float", &value.to_string(), None);
        }
        Cell::Percent(share) => {
            let style = format!("pct{l}");
            value_cell(xml, &style, "percentage", &share.to_string(), None);
        }
        Cell::Euro(amount) => {
            let style = format!("eur{l}");
            value_cell(xml, &style, "currency", &amount.to_string(), Some("EUR"));
        }
        Cell::Date(date) => {
            xml.push_str(&format!(r#"<table:table-cell table:style-name="date{l}" office:value-type="date" office:date-value="{date}"><text:p>{}</text:p></table:table-cell>"#,
                super::written_date(*date, "YYYY-MM-DD")
            ));
        }
    }
}

/// A number-like cell: its value, and the same value as its text.
fn value_cell(xml: &mut String, style: &str, kind: &str, value: &str, currency: Option<&str>) {
    let currency = currency
        .map(|c| format!(r#" office:currency="{c}""#))
        .unwrap_or_default();
    xml.push_str(&format!(r#"<table:table-cell table:style-name="{style}" office:value-type="{kind}"{currency} office:value="{value}"><text:p>{value}</text:p></table:table-cell>"#
    ));
}

/// A text cell; each line of `text` is a paragraph.
fn text_cell(xml: &mut String, style: &str, text: &str) {
    xml.push_str(&format!(
        r#"<table:table-cell table:style-name="{style}" office:value-type="string">"#
    ));
    for line in text.split('\n') {
        xml.push_str(&format!("<text:p>{}</text:p>", escape(line)));
    }
    xml.push_str("</table:table-cell>");
}

/// Filter buttons on the heading row of the sheets that ask for them.
fn filters(xml: &mut String, workbook: &Workbook) {
    let ranges: Vec<String> = workbook
        .sheets
        .iter()
        .enumerate()
        .filter(|(_, s)| s.filter && !s.rows.is_empty() && !s.columns.is_empty())
        .map(|(i, s)| {
            let name = format!("'{}'", s.name.replace('\'', "''"));
            format!(
                r#"<table:database-range table:name="__Anonymous_Sheet_DB__{i}" table:target-range-address="{name}.A1:{name}.{}{}" table:display-filter-buttons="true"/>"#,
                escape(&column_letters(s.columns.len() - 1)),
                s.rows.len() + 1
            )
        })
        .collect();
    if !ranges.is_empty() {
        xml.push_str(&format!(
            "<table:database-ranges>{}</table:database-ranges>",
            ranges.concat()
        ));
    }
}

/// A column's letters: 0 → A, 25 → Z, 26 → AA.
fn column_letters(index: usize) -> String {
    let mut n = index + 1;
    let mut letters = Vec::new();
    while n > 0 {
        let rem = (n - 1) % 26;
        letters.push(char::from(b'A' + rem as u8));
        n = (n - 1) / 26;
    }
    letters.iter().rev().collect()
}

/// styles.xml: the document's language (spelling and hyphenation in the reader's
/// language) and the printed page: A4 landscape, as wide as the page, 1.5 cm margins.
fn styles(formats: &Formats) -> String {
    let mut parts = formats.language.split('-');
    let language = parts.next().unwrap_or("de");
    let country = parts
        .next()
        .map(|c| format!(r#" fo:country="{c}""#))
        .unwrap_or_default();
    format!(
        concat!(
            r#"<?xml version="1.0" encoding="UTF-8"?>"#,
            "\n<office:document-styles {}>",
            r#"<office:styles><style:default-style style:family="table-cell"><style:text-properties fo:language="{}"{}/></style:default-style></office:styles>"#,
            r#"<office:automatic-styles><style:page-layout style:name="pm"><style:page-layout-properties fo:page-width="29.7cm" fo:page-height="21cm" style:print-orientation="landscape" fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="1.5cm" fo:margin-right="1.5cm" style:scale-to-X="1" style:scale-to-Y="0"/></style:page-layout></office:automatic-styles>"#,
            r#"<office:master-styles><style:master-page style:name="Default" style:page-layout-name="pm"/></office:master-styles>"#,
            "</office:document-styles>\n"
        ),
        NAMESPACES, language, country
    )
}

/// settings.xml: the heading row of every sheet frozen, the first sheet active.
fn settings(workbook: &Workbook) -> String {
    let item = |name: &str, kind: &str, value: &str| {
        format!(
            r#"<config:config-item config:name="{name}" config:type="{kind}">{value}</config:config-item>"#
        )
    };
    let mut xml = String::from(concat!(
        r#"<?xml version="1.0" encoding="UTF-8"?>"#,
        "\n",
        // The set's name `ooo:view-settings` is a qualified name: without the `ooo`
        // namespace LibreOffice ignores the whole set (and with it the frozen rows).
        r#"<office:document-settings xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:config="urn:oasis:names:tc:opendocument:xmlns:config:1.0" xmlns:ooo="http://openoffice.org/2004/office" office:version="1.3">"#,
        r#"<office:settings><config:config-item-set config:name="ooo:view-settings">"#,
        r#"<config:config-item-map-indexed config:name="Views"><config:config-item-map-entry>"#,
    ));
    xml.push_str(&item("ViewId", "string", "view1"));
    xml.push_str(r#"<config:config-item-map-named config:name="Tables">"#);
    for sheet in &workbook.sheets {
        xml.push_str(&format!(
            r#"<config:config-item-map-entry config:name="{}">"#,
            escape(&sheet.name)
        ));
        for (name, kind, value) in [
            ("HorizontalSplitMode", "short", "0"),
            ("VerticalSplitMode", "short", "2"),
            ("HorizontalSplitPosition", "int", "0"),
            ("VerticalSplitPosition", "int", "1"),
            ("ActiveSplitRange", "short", "2"),
            ("PositionLeft", "int", "0"),
            ("PositionRight", "int", "0"),
            ("PositionTop", "int", "0"),
            ("PositionBottom", "int", "1"),
        ] {
            xml.push_str(&item(name, kind, value));
        }
        xml.push_str("</config:config-item-map-entry>");
    }
    xml.push_str("</config:config-item-map-named>");
    if let Some(first) = workbook.sheets.first() {
        xml.push_str(&item("ActiveTable", "string", &escape(&first.name)));
    }
    xml.push_str("</config:config-item-map-entry></config:config-item-map-indexed>");
    xml.push_str("</config:config-item-set></office:settings></office:document-settings>\n");
    xml
}

/// `text` with XML's special characters escaped; control characters other than tab are
/// left out (XML 1.0 cannot hold them).
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\t' => out.push(c),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn column_letters_count_like_a_spreadsheet() {
        assert_eq!(column_letters(0), "A");
        assert_eq!(column_letters(25), "Z");
        assert_eq!(column_letters(26), "AA");
        assert_eq!(column_letters(27), "AB");
    }

    #[test]
    fn markup_and_control_characters_cannot_break_the_xml() {
        assert_eq!(escape("a < b & „c“\u{7}"), "a &lt; b &amp; „c“");
    }

    #[test]
    fn the_date_and_euro_formats_become_ods_styles() {
        let mut xml = String::new();
        data_styles(&mut xml, &Formats::of(crate::text::Lang::De));
        assert!(xml.contains(r#"<number:day number:style="long"/><number:text>.</number:text><number:month number:style="long"/>"#), "{xml}");
        assert!(xml.contains(r#"<number:text> </number:text><number:currency-symbol number:language="de" number:country="DE">€</number:currency-symbol>"#), "{xml}");
        let mut english = String::new();
        data_styles(&mut english, &Formats::of(crate::text::Lang::En));
        assert!(english.contains(r#"<number:currency-symbol number:language="en">€</number:currency-symbol><number:number"#), "{english}");
        assert!(
            english.contains(r#"<number:year number:style="long"/><number:text>-</number:text>"#),
            "{english}"
        );
    }
}
