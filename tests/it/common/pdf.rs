//! Reading a PDF's text back (printpdf's parser), for tests that check what it says.

#![allow(dead_code, clippy::unwrap_used)]

use printpdf::{PdfDocument, PdfParseOptions};

/// The text of every page, its chunks joined with spaces.
pub fn pages_text(pdf: &[u8]) -> Vec<String> {
    let doc = PdfDocument::parse(pdf, &PdfParseOptions::default(), &mut Vec::new())
        .expect("the PDF parses");
    doc.extract_text()
        .into_iter()
        .map(|chunks| chunks.join(" "))
        .collect()
}

/// White space (including non-breaking spaces) collapsed to single spaces.
pub fn collapse(text: &str) -> String {
    text.replace('\u{a0}', " ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The whole document's text, white space collapsed.
pub fn text(pdf: &[u8]) -> String {
    collapse(&pages_text(pdf).join(" "))
}
