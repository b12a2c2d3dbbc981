//! Reading our RON files safely: size limit, encoding, syntax errors in plain words,
//! and telling questionnaires, assessments and benchmarks apart by their content.

use serde::de::DeserializeOwned;
use std::fmt;
use std::path::{Path, PathBuf};

/// Largest file we read at all; real files are far smaller (the default questionnaire has ~150 KB).
pub const MAX_FILE_BYTES: u64 = 16 * 1024 * 1024;

/// A position in a text file, both counted from 1.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Location {
    /// Line number, from 1.
    pub line: usize,
    /// Column (character in the line), from 1.
    pub col: usize,
}

/// How serious a problem is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Severity {
    /// The file cannot be used.
    Error,
    /// The file can be used, but the user should know something.
    Warning,
}

/// One problem found in a file, with its position where one exists.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Where in the file, if the problem has a position.
    pub location: Option<Location>,
    /// What is wrong and what to do, in plain words.
    pub message: String,
    /// Error or warning.
    pub severity: Severity,
}

impl Problem {
    /// An error at `location`.
    pub fn error(location: Option<Location>, message: impl Into<String>) -> Self {
        Self {
            location,
            message: message.into(),
            severity: Severity::Error,
        }
    }

    /// A warning at `location`.
    pub fn warning(location: Option<Location>, message: impl Into<String>) -> Self {
        Self {
            location,
            message: message.into(),
            severity: Severity::Warning,
        }
    }

    /// The problem as one line `FILE:LINE:COL: message` (or `FILE: message` without position).
    pub fn line_for(&self, path: &Path) -> String {
        let prefix = match self.severity {
            Severity::Error => "",
            Severity::Warning => "Hinweis: ",
        };
        match self.location {
            Some(loc) => format!(
                "{}:{}:{}: {prefix}{}",
                path.display(),
                loc.line,
                loc.col,
                self.message
            ),
            None => format!("{}: {prefix}{}", path.display(), self.message),
        }
    }
}

/// A file that could not be used, with every problem found in it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct FileError {
    /// The file.
    pub path: PathBuf,
    /// The problems (at least one error).
    pub problems: Vec<Problem>,
}

impl FileError {
    /// A file error with a single problem.
    pub fn single(path: &Path, problem: Problem) -> Self {
        Self {
            path: path.to_path_buf(),
            problems: vec![problem],
        }
    }
}

impl fmt::Display for FileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let lines: Vec<String> = self
            .problems
            .iter()
            .map(|p| p.line_for(&self.path))
            .collect();
        f.write_str(&lines.join("\n"))
    }
}

/// The kinds of file Reifegrad reads, told apart by the name of the outermost RON struct.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    /// `Questionnaire(…)`.
    Questionnaire,
    /// `Assessment(…)`.
    Assessment,
    /// `Benchmark(…)`.
    Benchmark,
    /// `Contribution(…)`: one town's anonymised scores for a benchmark.
    Contribution,
}

impl FileKind {
    /// German name of the kind, for messages.
    pub fn german_name(self) -> &'static str {
        match self {
            FileKind::Questionnaire => "Fragebogen",
            FileKind::Assessment => "Bewertung",
            FileKind::Benchmark => "Vergleichsdatei",
            FileKind::Contribution => "Vergleichsbeitrag",
        }
    }

    /// German name with the indefinite article, e.g. „ein Fragebogen“.
    pub fn german_with_article(self) -> &'static str {
        match self {
            FileKind::Questionnaire => "ein Fragebogen",
            FileKind::Assessment => "eine Bewertung",
            FileKind::Benchmark => "eine Vergleichsdatei",
            FileKind::Contribution => "ein Vergleichsbeitrag",
        }
    }

    /// The RON struct name that starts such a file.
    pub fn struct_name(self) -> &'static str {
        match self {
            FileKind::Questionnaire => "Questionnaire",
            FileKind::Assessment => "Assessment",
            FileKind::Benchmark => "Benchmark",
            FileKind::Contribution => "Contribution",
        }
    }
}

/// Reads a file as UTF-8 text, refusing files that are too large or not text.
pub fn read_text(path: &Path) -> Result<String, FileError> {
    let fail = |message: String| FileError::single(path, Problem::error(None, message));
    let metadata = std::fs::metadata(path).map_err(|e| fail(io_message(&e)))?;
    if metadata.is_dir() {
        return Err(fail("Das ist ein Ordner, keine Datei.".into()));
    }
    if metadata.len() > MAX_FILE_BYTES {
        return Err(fail(format!(
            "Die Datei ist {} groß; Reifegrad-Dateien sind höchstens {} groß. \
             Ist das die richtige Datei?",
            human_size(metadata.len()),
            human_size(MAX_FILE_BYTES)
        )));
    }
    let bytes = std::fs::read(path).map_err(|e| fail(io_message(&e)))?;
    text_from_bytes(bytes).map_err(|problem| FileError::single(path, problem))
}

/// Turns bytes into text, reporting where the first non-UTF-8 byte is.
pub fn text_from_bytes(bytes: Vec<u8>) -> Result<String, Problem> {
    String::from_utf8(bytes).map_err(|e| {
        let valid = &e.as_bytes()[..e.utf8_error().valid_up_to()];
        let valid = std::str::from_utf8(valid).unwrap_or("");
        Problem::error(
            Some(location_at(valid, valid.len())),
            "Die Datei enthält Zeichen, die kein gültiger UTF-8-Text sind (vielleicht eine \
             Binärdatei oder eine andere Kodierung). Reifegrad-Dateien sind UTF-8-Text.",
        )
    })
}

/// A plain-words message for an I/O error.
pub fn io_message(error: &std::io::Error) -> String {
    use std::io::ErrorKind;
    match error.kind() {
        ErrorKind::NotFound => "Datei nicht gefunden.".into(),
        ErrorKind::PermissionDenied => {
            "Keine Berechtigung, diese Datei zu lesen oder zu schreiben.".into()
        }
        ErrorKind::StorageFull => "Der Datenträger ist voll.".into(),
        ErrorKind::ReadOnlyFilesystem => "Der Datenträger ist schreibgeschützt.".into(),
        _ => format!("Ein-/Ausgabefehler: {error}"),
    }
}

/// A size in bytes as „12,3 MB“.
pub fn human_size(bytes: u64) -> String {
    let mb = bytes as f64 / (1024.0 * 1024.0);
    if mb >= 1.0 {
        format!("{mb:.1} MB").replace('.', ",")
    } else {
        format!("{} KB", bytes.div_ceil(1024))
    }
}

/// The 1-based line and column of byte offset `offset` in `text`.
pub fn location_at(text: &str, offset: usize) -> Location {
    let offset = offset.min(text.len());
    let before = text.get(..offset).unwrap_or(text);
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map(|i| i + 1).unwrap_or(0);
    let col = before[line_start..].chars().count() + 1;
    Location { line, col }
}

/// Finds the `nth` (from 0) occurrence of the quoted string `"value"` in `text`.
pub fn locate_quoted(text: &str, value: &str, nth: usize) -> Option<Location> {
    let needle = format!("\"{value}\"");
    text.match_indices(&needle)
        .nth(nth)
        .map(|(offset, _)| location_at(text, offset))
}

/// Finds the `nth` (from 0) occurrence of `token` in `text`.
pub fn locate_token(text: &str, token: &str, nth: usize) -> Option<Location> {
    text.match_indices(token)
        .nth(nth)
        .map(|(offset, _)| location_at(text, offset))
}

/// Tells which kind of file `text` is from its outermost struct name.
pub fn sniff_kind(text: &str) -> Result<FileKind, Problem> {
    let rest = skip_ws_and_comments(text);
    let start = text.len() - rest.len();
    let name: String = rest
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
        .collect();
    let kinds = [
        FileKind::Questionnaire,
        FileKind::Assessment,
        FileKind::Benchmark,
        FileKind::Contribution,
    ];
    if rest.is_empty() {
        return Err(Problem::error(
            Some(location_at(text, start)),
            "Die Datei ist leer. Erwartet wird ein Fragebogen, eine Bewertung oder eine \
             Vergleichsdatei im RON-Format.",
        ));
    }
    kinds
        .into_iter()
        .find(|k| k.struct_name() == name)
        .ok_or_else(|| {
            Problem::error(
                Some(location_at(text, start)),
                "Unbekannte Dateiart: Die Datei muss mit „Questionnaire(“, „Assessment(“, \
                 „Benchmark(“ oder „Contribution(“ beginnen. Ist das eine Reifegrad-Datei?",
            )
        })
}

fn skip_ws_and_comments(mut text: &str) -> &str {
    loop {
        let trimmed = text.trim_start();
        if let Some(rest) = trimmed.strip_prefix("//") {
            text = rest.find('\n').map(|i| &rest[i..]).unwrap_or("");
        } else if let Some(rest) = trimmed.strip_prefix("/*") {
            text = rest.find("*/").map(|i| &rest[i + 2..]).unwrap_or("");
        } else if let Some(rest) = trimmed.strip_prefix("#![") {
            text = rest.find(']').map(|i| &rest[i + 1..]).unwrap_or("");
        } else {
            return trimmed;
        }
    }
}

/// Parses RON text into `T`, turning syntax and type errors into a plain-words problem.
pub fn parse_ron<T: DeserializeOwned>(text: &str) -> Result<T, Problem> {
    ron::Options::default()
        .with_recursion_limit(64)
        .from_str(text)
        .map_err(|e| {
            let location = Location {
                line: e.span.start.line.max(1),
                col: e.span.start.col.max(1),
            };
            Problem::error(
                Some(past_whitespace(text, location)),
                explain_ron_error(&e.code),
            )
        })
}

/// The position of the first non-blank character at or after `location` on its line (RON
/// reports some errors where the whitespace before the offending value begins).
fn past_whitespace(text: &str, location: Location) -> Location {
    let Some(line) = text.split('\n').nth(location.line - 1) else {
        return location;
    };
    let blanks = line
        .chars()
        .skip(location.col - 1)
        .take_while(|c| *c == ' ' || *c == '\t')
        .count();
    if location.col - 1 + blanks < line.chars().count() {
        Location {
            line: location.line,
            col: location.col + blanks,
        }
    } else {
        location
    }
}

/// Serialises `value` as pretty RON, the way all our files are written.
pub fn to_ron<T: serde::Serialize>(value: &T) -> Result<String, ron::Error> {
    let config = ron::ser::PrettyConfig::new()
        .indentor("    ")
        .struct_names(true)
        .separate_tuple_members(false);
    let mut text = ron::ser::to_string_pretty(value, config)?;
    text.push('\n');
    Ok(text)
}

fn field_list(fields: &[&str]) -> String {
    fields
        .iter()
        .map(|f| format!("„{f}“"))
        .collect::<Vec<_>>()
        .join(", ")
}

fn outer_name(outer: &Option<String>) -> String {
    outer
        .as_ref()
        .map(|o| format!(" in „{o}“"))
        .unwrap_or_default()
}

/// Explains a RON error in plain German words.
pub fn explain_ron_error(code: &ron::Error) -> String {
    use ron::Error as E;
    match code {
        E::Eof => "Die Datei endet zu früh – vermutlich ist sie abgeschnitten oder eine \
                   schließende Klammer fehlt."
            .into(),
        E::ExpectedArray => "Hier wird eine Liste in eckigen Klammern [ … ] erwartet.".into(),
        E::ExpectedArrayEnd => {
            "Hier wird das Ende einer Liste „]“ oder ein Komma zwischen zwei Einträgen erwartet."
                .into()
        }
        E::ExpectedComma => "Hier fehlt ein Komma zwischen zwei Einträgen.".into(),
        E::ExpectedBoolean => "Hier wird true oder false erwartet.".into(),
        E::ExpectedFloat => "Hier wird eine Zahl erwartet, z. B. 1.0.".into(),
        E::ExpectedInteger => "Hier wird eine ganze Zahl erwartet.".into(),
        E::IntegerOutOfBounds => "Die Zahl ist zu groß oder zu klein für dieses Feld.".into(),
        E::ExpectedOption => "Hier wird Some(…) oder None erwartet.".into(),
        E::ExpectedMap => {
            "Hier wird eine Zuordnung in geschweiften Klammern { … } erwartet.".into()
        }
        E::ExpectedMapColon => "Hier fehlt ein Doppelpunkt zwischen Schlüssel und Wert.".into(),
        E::ExpectedMapEnd => {
            "Hier wird das Ende einer Zuordnung „}“ oder ein Komma erwartet.".into()
        }
        E::ExpectedString => "Hier wird ein Text in Anführungszeichen \"…\" erwartet.".into(),
        E::ExpectedStringEnd => {
            "Ein Text wird nicht mit einem Anführungszeichen \" abgeschlossen.".into()
        }
        E::ExpectedStructLike | E::ExpectedNamedStructLike(_) => {
            "Hier wird ein Eintrag in runden Klammern ( … ) erwartet.".into()
        }
        E::ExpectedStructLikeEnd => {
            "Hier wird „)“ erwartet – vielleicht fehlt ein Komma oder ein Feld ist falsch \
             geschrieben."
                .into()
        }
        E::ExpectedDifferentStructName { expected, found } => {
            format!("Hier wird „{expected}“ erwartet, gefunden wurde „{found}“.")
        }
        E::ExpectedIdentifier => "Hier wird ein Feldname erwartet.".into(),
        E::ExpectedUnit => "Hier wird () erwartet.".into(),
        E::InvalidEscape(what) => format!("Ungültiges Escape-Zeichen im Text ({what})."),
        E::UnclosedBlockComment => "Ein Kommentar /* … */ wird nicht geschlossen.".into(),
        E::UnexpectedChar(c) => format!("Unerwartetes Zeichen „{c}“."),
        E::TrailingCharacters => {
            "Nach dem Ende des Inhalts folgen noch weitere Zeichen; ist eine Klammer zu viel?"
                .into()
        }
        E::InvalidValueForType { expected, found } => {
            format!("Falscher Wert: erwartet {expected}, gefunden {found}.")
        }
        E::ExpectedDifferentLength { expected, found } => {
            format!("Falsche Anzahl: erwartet {expected}, gefunden {found}.")
        }
        E::NoSuchEnumVariant {
            expected, found, ..
        } => format!(
            "„{found}“ ist hier nicht erlaubt; möglich sind: {}.",
            field_list(expected)
        ),
        E::NoSuchStructField {
            expected,
            found,
            outer,
        } => format!(
            "Unbekanntes Feld „{found}“{}; erlaubt sind: {}.",
            outer_name(outer),
            field_list(expected)
        ),
        E::MissingStructField { field, outer } => {
            format!("Das Feld „{field}“ fehlt{}.", outer_name(outer))
        }
        E::DuplicateStructField { field, outer } => {
            format!("Das Feld „{field}“ steht doppelt{}.", outer_name(outer))
        }
        E::ExceededRecursionLimit => {
            "Die Datei ist zu tief verschachtelt; so sieht keine Reifegrad-Datei aus.".into()
        }
        E::Message(message) => format!("Ungültiger Inhalt: {message}."),
        other => format!("Die Datei ist kein gültiges RON: {other}."),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn location_counts_lines_and_characters() {
        let text = "ab\ncäd\nx";
        assert_eq!(location_at(text, 0), Location { line: 1, col: 1 });
        assert_eq!(location_at(text, 3), Location { line: 2, col: 1 });
        // "c" (1 byte) + "ä" (2 bytes) lead to the "d" at column 3.
        assert_eq!(location_at(text, 6), Location { line: 2, col: 3 });
    }

    #[test]
    fn sniffs_kind_past_comments() {
        let text = "// comment\n/* block */\n  Assessment(\n";
        assert_eq!(sniff_kind(text), Ok(FileKind::Assessment));
        assert!(sniff_kind("  \n").is_err());
        assert!(sniff_kind("Foo(").is_err());
    }

    #[test]
    fn type_errors_point_at_the_value_not_the_blank_before_it() {
        #[derive(Debug, serde::Deserialize)]
        #[allow(dead_code)]
        struct P {
            population: u32,
        }
        let problem = parse_ron::<P>("(\n    population: \"viele\",\n)").unwrap_err();
        assert_eq!(problem.location, Some(Location { line: 2, col: 17 }));
    }

    #[test]
    fn invalid_utf8_is_located() {
        let mut bytes = b"Questionnaire(\n  id: \"".to_vec();
        bytes.extend([0xff, 0xfe]);
        let problem = text_from_bytes(bytes).unwrap_err();
        assert_eq!(problem.location, Some(Location { line: 2, col: 8 }));
    }

    #[test]
    fn problem_lines_have_file_line_col() {
        let problem = Problem::error(Some(Location { line: 3, col: 7 }), "kaputt");
        assert_eq!(problem.line_for(Path::new("a.ron")), "a.ron:3:7: kaputt");
        let warning = Problem::warning(None, "alt");
        assert_eq!(warning.line_for(Path::new("a.ron")), "a.ron: Hinweis: alt");
    }
}
