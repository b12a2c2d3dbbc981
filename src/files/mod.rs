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

use crate::text::Lang;
use crate::text::catalogue::{Message, Value};
use crate::{msg, tr};
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
    /// What is wrong and what to do, worded when shown ([`Problem::line_for`]).
    pub message: Message,
    /// Error or warning.
    pub severity: Severity,
}

impl Problem {
    /// An error at `location`.
    pub fn error(location: Option<Location>, message: Message) -> Self {
        Self {
            location,
            message,
            severity: Severity::Error,
        }
    }

    /// A warning at `location`.
    pub fn warning(location: Option<Location>, message: Message) -> Self {
        Self {
            location,
            message,
            severity: Severity::Warning,
        }
    }

    /// The problem as one line `FILE:LINE:COL: message` (or `FILE: message` without
    /// position) in `lang`; a warning's message starts with „Hinweis: “ („Note: “).
    pub fn line_for(&self, path: &Path, lang: Lang) -> String {
        let file = display_path(path);
        let message = clean_message(&self.message.text(lang), lang);
        let message = match self.severity {
            Severity::Error => message,
            Severity::Warning => tr!(lang, "errors-warning", message = message),
        };
        match self.location {
            Some(loc) => format!("{file}:{}:{}: {message}", loc.line, loc.col),
            None => format!("{file}: {message}"),
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

    /// Every problem in `lang`, one line `FILE:LINE:COL: message` each.
    pub fn text(&self, lang: Lang) -> String {
        let lines: Vec<String> = self
            .problems
            .iter()
            .map(|p| p.line_for(&self.path, lang))
            .collect();
        lines.join("\n")
    }
}

crate::worded!(FileError);

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
    /// The name of the kind with the indefinite article, e.g. „ein Fragebogen“ („a
    /// questionnaire“), for messages.
    pub(crate) fn with_article(self) -> Message {
        let kind = match self {
            FileKind::Questionnaire => "questionnaire",
            FileKind::Assessment => "assessment",
            FileKind::Benchmark => "benchmark",
            FileKind::Contribution => "contribution",
        };
        msg!("errors-kind-with-article", kind = kind)
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
    let fail = |message: Message| FileError::single(path, Problem::error(None, message));
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
        return Err(fail(msg!(
            "errors-file-grew",
            limit = size_value(limit),
            bytes = bytes_value(limit)
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
fn check_regular(metadata: &std::fs::Metadata) -> Result<(), Message> {
    let kind = metadata.file_type();
    if kind.is_file() {
        return Ok(());
    }
    if kind.is_dir() {
        return Err(msg!("errors-file-is-folder"));
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if kind.is_fifo() {
            return Err(msg!("errors-file-is-fifo"));
        }
        if kind.is_char_device() || kind.is_block_device() {
            return Err(msg!("errors-file-is-device"));
        }
        if kind.is_socket() {
            return Err(msg!("errors-file-is-socket"));
        }
    }
    Err(msg!("errors-file-not-regular"))
}

/// Refuses a size over `limit`, with numbers that differ however close the two are.
fn check_size(size: u64, limit: u64) -> Result<(), Message> {
    if size <= limit {
        return Ok(());
    }
    let (size_text, limit_text) = if Lang::ALL
        .iter()
        .any(|lang| format_file_size(size, *lang) == format_file_size(limit, *lang))
    {
        (bytes_value(size), bytes_value(limit))
    } else {
        (size_value(size), size_value(limit))
    };
    Err(msg!(
        "errors-file-too-large",
        size = size_text,
        limit = limit_text
    ))
}

/// A byte count with thousands separators, e.g. „16.777.217 Bytes“ („16,777,217 bytes“).
pub(crate) fn bytes_text(bytes: u64, lang: Lang) -> String {
    let out = crate::text::catalogue::format_integer(bytes, lang);
    tr!(lang, "errors-bytes", bytes = out)
}

/// [`bytes_text`] in every language, for a message.
fn bytes_value(bytes: u64) -> Value {
    Value::per_lang(|lang| bytes_text(bytes, lang))
}

/// Values in quotes, separated by commas („a“, „b“ / “a”, “b”), for a message.
pub(crate) fn quoted_list<T: AsRef<str>>(values: impl Iterator<Item = T>) -> Value {
    let values: Vec<T> = values.collect();
    Value::per_lang(|lang| {
        values
            .iter()
            .map(|value| tr!(lang, "errors-quoted", value = value.as_ref()))
            .collect::<Vec<_>>()
            .join(", ")
    })
}

/// [`format_file_size`] in every language, for a message.
fn size_value(bytes: u64) -> Value {
    Value::per_lang(|lang| format_file_size(bytes, lang))
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
            msg!("errors-file-not-utf8"),
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
pub(crate) fn clean_message(message: &str, lang: Lang) -> String {
    let shortened = shorten_quoted(message, lang);
    let escaped = escape_controls(&shortened);
    if escaped.chars().count() > MAX_MESSAGE_CHARS {
        let mut cut: String = escaped.chars().take(MAX_MESSAGE_CHARS).collect();
        cut.push('…');
        cut
    } else {
        escaped
    }
}

/// Shortens every value in „…“, “…”, "…" or '…' quotes that is longer than
/// [`MAX_QUOTED_CHARS`] characters to its start, „…“ and its length.
pub(crate) fn shorten_quoted(message: &str, lang: Lang) -> String {
    const PAIRS: [(char, char); 4] = [('„', '“'), ('“', '”'), ('"', '"'), ('\'', '\'')];
    let chars: Vec<char> = message.chars().collect();
    // next[i][k]: the first position ≥ i of the closing quote of pair k (linear time).
    let mut next = vec![[usize::MAX; PAIRS.len()]; chars.len() + 1];
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
                out.push_str(&tr!(lang, "errors-shortened", count = end - i - 1));
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
    ReadOnly,
    /// The name belongs to something that is not a regular file.
    NotAFile,
}

impl Refused {
    /// Why, in `lang`.
    pub fn text(&self, lang: Lang) -> String {
        self.message().text(lang)
    }

    fn message(&self) -> Message {
        match self {
            Refused::ReadOnly => msg!("errors-refused-read-only"),
            Refused::NotAFile => msg!("errors-refused-not-a-file"),
        }
    }
}

crate::worded!(Refused);

/// A plain-words message for an I/O error.
pub(crate) fn io_message(error: &std::io::Error) -> Message {
    use std::io::ErrorKind;
    if let Some(refused) = error
        .get_ref()
        .and_then(|inner| inner.downcast_ref::<Refused>())
    {
        return refused.message();
    }
    match error.kind() {
        ErrorKind::NotFound => msg!("errors-io-not-found"),
        ErrorKind::PermissionDenied => msg!("errors-io-permission"),
        ErrorKind::StorageFull => msg!("errors-io-storage-full"),
        ErrorKind::ReadOnlyFilesystem => msg!("errors-io-read-only"),
        _ => msg!("errors-io-other", reason = error.to_string()),
    }
}

/// A file size as a reader expects it: decimal units (1 kB = 1,000 bytes), one decimal
/// below 100, the language's decimal mark: „143,5 kB“, „2,3 MB“, „999 Bytes“.
pub fn format_file_size(bytes: u64, lang: Lang) -> String {
    if bytes < 1_000 {
        return tr!(lang, "file-size-bytes", count = bytes);
    }
    let (amount, unit) = if bytes < 1_000_000 {
        (bytes as f64 / 1_000.0, "kB")
    } else {
        (bytes as f64 / 1_000_000.0, "MB")
    };
    let decimals = if amount < 100.0 { 1 } else { 0 };
    let number = format!("{amount:.decimals$}").replace('.', tr!(lang, "number-decimal-separator"));
    format!("{number}\u{a0}{unit}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_use_decimal_units_and_the_decimal_mark() {
        assert_eq!(format_file_size(143_547, Lang::De), "144\u{a0}kB");
        assert_eq!(format_file_size(43_547, Lang::De), "43,5\u{a0}kB");
        assert_eq!(format_file_size(43_547, Lang::En), "43.5\u{a0}kB");
        assert_eq!(format_file_size(2_345_678, Lang::En), "2.3\u{a0}MB");
        assert_eq!(format_file_size(1, Lang::De), "1 Byte");
        assert_eq!(format_file_size(999, Lang::En), "999 bytes");
    }

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
        let message = problem.message.to_string();
        assert!(message.contains("3:5") && message.contains("5:5"));
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
        let clean = clean_message(&message, Lang::De);
        assert!(!clean.chars().any(is_unsafe_char), "{clean:?}");
        assert!(clean.contains("\\u{1b}[2J\\u{7}\\u{d}\\u{202e}"), "{clean}");
        assert!(clean.contains("… (5000 Zeichen)“"), "{clean}");
        assert!(clean.chars().count() < 200);
        let line = Problem::error(None, msg!("errors-io-not-found"))
            .line_for(Path::new("a\u{1b}.ron"), Lang::De);
        assert_eq!(line, "a\\u{1b}.ron: Datei nicht gefunden.");
        let english = clean_message(&format!("Value “{}”", "9".repeat(100)), Lang::En);
        assert!(english.ends_with("… (100 characters)”"), "{english}");
    }

    #[test]
    fn size_messages_differ_close_to_the_limit() {
        let close = check_size(MAX_FILE_BYTES + 1, MAX_FILE_BYTES).unwrap_err();
        let german = close.to_string();
        assert!(german.contains("16.777.217 Bytes") && german.contains("16.777.216 Bytes"));
        let english = close.text(Lang::En);
        assert!(english.contains("16,777,217 bytes") && english.contains("16,777,216 bytes"));
        let far = check_size(50 * 1024 * 1024, MAX_FILE_BYTES).unwrap_err();
        let german = far.to_string();
        assert!(
            german.contains("52,4\u{a0}MB") && german.contains("16,8\u{a0}MB"),
            "{german}"
        );
        let english = far.text(Lang::En);
        assert!(
            english.contains("52.4\u{a0}MB") && english.contains("16.8\u{a0}MB"),
            "{english}"
        );
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
        let problem = Problem::error(
            Some(Location { line: 3, col: 7 }),
            msg!("errors-file-is-folder"),
        );
        assert_eq!(
            problem.line_for(Path::new("a.ron"), Lang::De),
            "a.ron:3:7: Das ist ein Ordner, keine Datei."
        );
        assert_eq!(
            problem.line_for(Path::new("a.ron"), Lang::En),
            "a.ron:3:7: This is a folder, not a file."
        );
        let warning = Problem::warning(None, msg!("errors-file-is-folder"));
        assert_eq!(
            warning.line_for(Path::new("a.ron"), Lang::De),
            "a.ron: Hinweis: Das ist ein Ordner, keine Datei."
        );
        assert_eq!(
            warning.line_for(Path::new("a.ron"), Lang::En),
            "a.ron: Note: This is a folder, not a file."
        );
    }
}
