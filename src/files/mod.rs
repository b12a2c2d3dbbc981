//! Reading our RON files safely: size limit, encoding, syntax errors in plain words,
//! and telling questionnaires, assessments and benchmarks apart by their content.

pub mod guard;
pub mod recovery;
mod ron_text;
pub mod storage;

pub use ron_text::{
    SourceIndex, explain_ron_error, find_duplicate_key, locate_quoted, locate_token, location_at,
    parse_ron, sniff_kind, to_ron,
};

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
        let file = display_path(path);
        let message = clean_message(&self.message);
        match self.location {
            Some(loc) => format!("{file}:{}:{}: {prefix}{message}", loc.line, loc.col),
            None => format!("{file}: {prefix}{message}"),
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
    pub(crate) fn german_name(self) -> &'static str {
        match self {
            FileKind::Questionnaire => "Fragebogen",
            FileKind::Assessment => "Bewertung",
            FileKind::Benchmark => "Vergleichsdatei",
            FileKind::Contribution => "Vergleichsbeitrag",
        }
    }

    /// German name with the indefinite article, e.g. „ein Fragebogen“.
    pub(crate) fn german_with_article(self) -> &'static str {
        match self {
            FileKind::Questionnaire => "ein Fragebogen",
            FileKind::Assessment => "eine Bewertung",
            FileKind::Benchmark => "eine Vergleichsdatei",
            FileKind::Contribution => "ein Vergleichsbeitrag",
        }
    }

    /// The RON struct name that starts such a file.
    pub(crate) fn struct_name(self) -> &'static str {
        match self {
            FileKind::Questionnaire => "Questionnaire",
            FileKind::Assessment => "Assessment",
            FileKind::Benchmark => "Benchmark",
            FileKind::Contribution => "Contribution",
        }
    }
}

/// The name of Reifegrad's folder in the system's folder for application data.
#[cfg(any(windows, target_os = "macos"))]
const DATA_FOLDER_NAME: &str = "Reifegrad";
/// The name of Reifegrad's folder in the system's folder for application data (XDG's
/// convention of lower-case names).
#[cfg(not(any(windows, target_os = "macos")))]
const DATA_FOLDER_NAME: &str = "reifegrad";

/// The one folder where preferences, the link cache and never-saved assessments are kept:
/// `%APPDATA%\Reifegrad` on Windows, `~/Library/Application Support/Reifegrad` on macOS,
/// `$XDG_DATA_HOME/reifegrad` (`~/.local/share/reifegrad`) on Linux; the temporary folder
/// where the system names no home.
pub fn data_dir() -> PathBuf {
    directories::BaseDirs::new()
        .map(|dirs| dirs.data_dir().join(DATA_FOLDER_NAME))
        .unwrap_or_else(|| std::env::temp_dir().join(DATA_FOLDER_NAME))
}

/// Reads a file as UTF-8 text, refusing files that are too large, not regular files (a
/// folder, a FIFO, a device) or not text. A UTF-8 byte-order mark is skipped.
pub fn read_text(path: &Path) -> Result<String, FileError> {
    let bytes = read_bytes(path, MAX_FILE_BYTES)?;
    text_from_bytes(bytes).map_err(|problem| FileError::single(path, problem))
}

/// Reads at most `limit` bytes of a regular file. Only regular files are opened (checked
/// before opening and again on the opened handle, and opened without waiting, so that a
/// FIFO swapped in meanwhile cannot block); the reader stops after `limit + 1` bytes
/// whatever size the system reports, so a growing or endless file is refused too.
pub(crate) fn read_bytes(path: &Path, limit: u64) -> Result<Vec<u8>, FileError> {
    use std::io::Read;
    let fail = |message: String| FileError::single(path, Problem::error(None, message));
    let metadata = std::fs::metadata(path).map_err(|e| fail(io_message(&e)))?;
    check_regular(&metadata).map_err(&fail)?;
    check_size(metadata.len(), limit).map_err(&fail)?;
    let file = open_for_reading(path).map_err(|e| fail(io_message(&e)))?;
    let metadata = file.metadata().map_err(|e| fail(io_message(&e)))?;
    check_regular(&metadata).map_err(&fail)?;
    check_size(metadata.len(), limit).map_err(&fail)?;
    let mut bytes = Vec::with_capacity(metadata.len().min(limit) as usize);
    file.take(limit.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(|e| fail(io_message(&e)))?;
    if bytes.len() as u64 > limit {
        return Err(fail(format!(
            "Die Datei ist größer als {} ({}), obwohl das System eine kleinere Größe meldet; \
             Reifegrad liest sie nicht.",
            human_size(limit),
            bytes_german(limit)
        )));
    }
    Ok(bytes)
}

/// Opens a file for reading without waiting for a writer (a FIFO would block otherwise).
fn open_for_reading(path: &Path) -> std::io::Result<std::fs::File> {
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NONBLOCK);
    }
    options.open(path)
}

/// Refuses everything but a regular file, saying what it is instead.
fn check_regular(metadata: &std::fs::Metadata) -> Result<(), String> {
    let kind = metadata.file_type();
    if kind.is_file() {
        return Ok(());
    }
    if kind.is_dir() {
        return Err("Das ist ein Ordner, keine Datei.".into());
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if kind.is_fifo() {
            return Err(
                "Das ist eine benannte Pipe (FIFO), keine gewöhnliche Datei; \
                        Reifegrad liest nur gewöhnliche Dateien."
                    .into(),
            );
        }
        if kind.is_char_device() || kind.is_block_device() {
            return Err(
                "Das ist ein Gerät (wie /dev/zero), keine gewöhnliche Datei; \
                        Reifegrad liest nur gewöhnliche Dateien."
                    .into(),
            );
        }
        if kind.is_socket() {
            return Err(
                "Das ist ein Socket, keine gewöhnliche Datei; Reifegrad liest nur \
                        gewöhnliche Dateien."
                    .into(),
            );
        }
    }
    Err("Das ist keine gewöhnliche Datei; Reifegrad liest nur gewöhnliche Dateien.".into())
}

/// Refuses a size over `limit`, with numbers that differ however close the two are.
fn check_size(size: u64, limit: u64) -> Result<(), String> {
    if size <= limit {
        return Ok(());
    }
    let (size_text, limit_text) = if human_size(size) == human_size(limit) {
        (bytes_german(size), bytes_german(limit))
    } else {
        (human_size(size), human_size(limit))
    };
    Err(format!(
        "Die Datei ist {size_text} groß; Reifegrad-Dateien sind höchstens {limit_text} groß. \
         Ist das die richtige Datei?"
    ))
}

/// A byte count with German thousands separators, e.g. „16.777.217 Bytes“.
pub(crate) fn bytes_german(bytes: u64) -> String {
    let digits = bytes.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push('.');
        }
        out.push(c);
    }
    format!("{out} Bytes")
}

/// Turns bytes into text, reporting where the first non-UTF-8 byte is. A leading UTF-8
/// byte-order mark (as Windows Notepad writes it) is dropped.
pub fn text_from_bytes(mut bytes: Vec<u8>) -> Result<String, Problem> {
    if bytes.starts_with(&[0xEF, 0xBB, 0xBF]) {
        bytes.drain(..3);
    }
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

/// Longest quoted value shown in a message, in characters; longer ones are shortened.
pub(crate) const MAX_QUOTED_CHARS: usize = 60;

/// Longest message shown, in characters.
pub(crate) const MAX_MESSAGE_CHARS: usize = 1_000;

/// Whether `c` must not reach a terminal or a label as it is: C0 and C1 control
/// characters (ESC, BEL, CR, …) and the invisible direction marks and overrides.
pub fn is_unsafe_char(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{200E}' | '\u{200F}' | '\u{061C}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// `text` with every control character and direction override written as an escape
/// such as `\u{1b}`, so that text from a file can never act on a terminal.
pub(crate) fn escape_controls(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if is_unsafe_char(c) {
            out.push_str(&format!("\\u{{{:x}}}", c as u32));
        } else {
            out.push(c);
        }
    }
    out
}

/// A path for messages, with control characters escaped.
pub(crate) fn display_path(path: &Path) -> String {
    escape_controls(&path.display().to_string())
}

/// A message ready to show: quoted values longer than [`MAX_QUOTED_CHARS`] shortened with
/// „…“, control characters escaped, and the whole at most [`MAX_MESSAGE_CHARS`] long.
pub(crate) fn clean_message(message: &str) -> String {
    let shortened = shorten_quoted(message);
    let escaped = escape_controls(&shortened);
    if escaped.chars().count() > MAX_MESSAGE_CHARS {
        let mut cut: String = escaped.chars().take(MAX_MESSAGE_CHARS).collect();
        cut.push('…');
        cut
    } else {
        escaped
    }
}

/// Shortens every value in „…“, "…" or '…' quotes that is longer than
/// [`MAX_QUOTED_CHARS`] characters to its start, „…“ and its length.
pub(crate) fn shorten_quoted(message: &str) -> String {
    const PAIRS: [(char, char); 3] = [('„', '“'), ('"', '"'), ('\'', '\'')];
    let chars: Vec<char> = message.chars().collect();
    // next[i][k]: the first position ≥ i of the closing quote of pair k (linear time).
    let mut next = vec![[usize::MAX; 3]; chars.len() + 1];
    for i in (0..chars.len()).rev() {
        next[i] = next[i + 1];
        for (k, (_, close)) in PAIRS.iter().enumerate() {
            if chars[i] == *close {
                next[i][k] = i;
            }
        }
    }
    let mut out = String::with_capacity(message.len().min(4 * MAX_MESSAGE_CHARS));
    let mut i = 0;
    while i < chars.len() {
        let end = PAIRS
            .iter()
            .position(|(open, _)| *open == chars[i])
            .map(|k| next[i + 1][k])
            .filter(|&end| end != usize::MAX);
        match end {
            Some(end) if end - i - 1 > MAX_QUOTED_CHARS => {
                out.push(chars[i]);
                out.extend(&chars[i + 1..i + 1 + MAX_QUOTED_CHARS]);
                out.push_str(&format!("… ({} Zeichen)", end - i - 1));
                out.push(chars[end]);
                i = end + 1;
            }
            Some(end) => {
                out.extend(&chars[i..=end]);
                i = end + 1;
            }
            None => {
                out.push(chars[i]);
                i += 1;
            }
        }
    }
    out
}

/// Why a save target is refused before anything is written (see `storage`).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Refused {
    /// The file is marked read-only (no write permission); Reifegrad does not replace it.
    #[error(
        "Die Datei ist schreibgeschützt; Reifegrad ersetzt sie nicht. Speichern Sie unter \
         einem anderen Namen oder heben Sie den Schreibschutz auf."
    )]
    ReadOnly,
    /// The name belongs to something that is not a regular file.
    #[error(
        "Unter diesem Namen liegt keine gewöhnliche Datei (sondern z. B. ein Ordner oder ein \
         Gerät); Reifegrad ersetzt sie nicht."
    )]
    NotAFile,
}

/// A plain-words message for an I/O error.
pub(crate) fn io_message(error: &std::io::Error) -> String {
    use std::io::ErrorKind;
    if let Some(refused) = error
        .get_ref()
        .and_then(|inner| inner.downcast_ref::<Refused>())
    {
        return refused.to_string();
    }
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
pub(crate) fn human_size(bytes: u64) -> String {
    let mb = bytes as f64 / (1024.0 * 1024.0);
    if mb >= 1.0 {
        format!("{mb:.1} MB").replace('.', ",")
    } else {
        format!("{} KB", bytes.div_ceil(1024))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_data_folder_is_named_once_and_has_one_name() {
        let dir = data_dir();
        assert_eq!(
            dir.file_name().and_then(|n| n.to_str()),
            Some(DATA_FOLDER_NAME)
        );
        assert!(dir.is_absolute());
        // No other code names a data folder of its own (two were found on Windows).
        let marker = concat!("Project", "Dirs");
        let mut pending = vec![std::path::PathBuf::from("src")];
        while let Some(dir) = pending.pop() {
            for entry in std::fs::read_dir(&dir).expect("source folder").flatten() {
                let path = entry.path();
                if path.is_dir() {
                    pending.push(path);
                } else if path.extension().is_some_and(|e| e == "rs") {
                    let text = std::fs::read_to_string(&path).expect("source file");
                    assert!(
                        !text.contains(marker),
                        "{} names its own data folder",
                        path.display()
                    );
                }
            }
        }
    }

    #[test]
    fn source_index_finds_what_the_scans_find() {
        let text = crate::model::load::BUNDLED_QUESTIONNAIRE;
        let index = SourceIndex::new(text);
        for value in ["kommunal-reifegrad", "kultur", "backend", "nicht-da"] {
            for nth in 0..3 {
                assert_eq!(index.quoted(value, nth), locate_quoted(text, value, nth));
            }
        }
        for token in ["Stage(", "Dimension(", "stages", "diagnoses", "fehlt("] {
            for nth in [0, 1, 4, 9] {
                assert_eq!(index.token(token, nth), locate_token(text, token, nth));
            }
        }
    }

    #[test]
    fn duplicate_map_keys_are_found_with_both_positions() {
        let text = "(\n  a: {\n    \"k1\": 1,\n    \"k2\": 2,\n    \"k1\": 3,\n  },\n)";
        let problem = find_duplicate_key(text).unwrap();
        assert_eq!(problem.location, Some(Location { line: 5, col: 5 }));
        assert!(problem.message.contains("3:5") && problem.message.contains("5:5"));
        // The same key in two different maps, in strings and comments, is fine.
        let fine = "({\"k\": {\"k\": 1}}, \"k\", /* \"k\": */ {\"a\": \"k\", \"k\": 2})";
        assert_eq!(find_duplicate_key(fine), None);
    }

    #[test]
    fn messages_escape_controls_and_shorten_long_values() {
        let message = format!(
            "Wert „{}“ und \"a\u{1b}[2J\u{7}\r\u{202e}\"",
            "9".repeat(5_000)
        );
        let clean = clean_message(&message);
        assert!(!clean.chars().any(is_unsafe_char), "{clean:?}");
        assert!(clean.contains("\\u{1b}[2J\\u{7}\\u{d}\\u{202e}"), "{clean}");
        assert!(clean.contains("… (5000 Zeichen)“"), "{clean}");
        assert!(clean.chars().count() < 200);
        let line = Problem::error(None, "x").line_for(Path::new("a\u{1b}.ron"));
        assert_eq!(line, "a\\u{1b}.ron: x");
    }

    #[test]
    fn size_messages_differ_close_to_the_limit() {
        let close = check_size(MAX_FILE_BYTES + 1, MAX_FILE_BYTES).unwrap_err();
        assert!(close.contains("16.777.217 Bytes") && close.contains("16.777.216 Bytes"));
        let far = check_size(50 * 1024 * 1024, MAX_FILE_BYTES).unwrap_err();
        assert!(far.contains("50,0 MB") && far.contains("16,0 MB"), "{far}");
    }

    #[test]
    fn a_byte_order_mark_is_dropped() {
        let text = text_from_bytes(b"\xEF\xBB\xBFAssessment(".to_vec()).unwrap();
        assert_eq!(text, "Assessment(");
    }

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
