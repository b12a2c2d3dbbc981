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
pub fn read_bytes(path: &Path, limit: u64) -> Result<Vec<u8>, FileError> {
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
pub fn bytes_german(bytes: u64) -> String {
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
pub const MAX_QUOTED_CHARS: usize = 60;

/// Longest message shown, in characters.
pub const MAX_MESSAGE_CHARS: usize = 1_000;

/// Whether `c` must not reach a terminal or a label as it is: C0 and C1 control
/// characters (ESC, BEL, CR, …) and the invisible direction marks and overrides.
pub fn is_unsafe_char(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{200E}' | '\u{200F}' | '\u{061C}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// `text` with every control character and direction override written as an escape
/// such as `\u{1b}`, so that text from a file can never act on a terminal.
pub fn escape_controls(text: &str) -> String {
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
pub fn display_path(path: &Path) -> String {
    escape_controls(&path.display().to_string())
}

/// A message ready to show: quoted values longer than [`MAX_QUOTED_CHARS`] shortened with
/// „…“, control characters escaped, and the whole at most [`MAX_MESSAGE_CHARS`] long.
pub fn clean_message(message: &str) -> String {
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
pub fn shorten_quoted(message: &str) -> String {
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
pub fn io_message(error: &std::io::Error) -> String {
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

/// Positions in one source text, found once: every quoted string, and every occurrence of
/// a token when first asked for. Checks that point at many values use it instead of
/// [`locate_quoted`] and [`locate_token`], which scan the whole text on each call (with
/// thousands of duplicated entries in a large file that took seconds).
pub struct SourceIndex<'a> {
    text: &'a str,
    quoted: std::collections::HashMap<&'a str, Vec<Location>>,
    tokens: std::cell::RefCell<std::collections::HashMap<String, Vec<Location>>>,
}

impl<'a> SourceIndex<'a> {
    /// Indexes the quoted strings of `text` in one pass.
    pub fn new(text: &'a str) -> Self {
        let bytes = text.as_bytes();
        let mut starts = Vec::new();
        let mut i = 0;
        while i < bytes.len() {
            if bytes[i] == b'"' {
                let start = i;
                i += 1;
                while i < bytes.len() && bytes[i] != b'"' {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
                if i < bytes.len() {
                    starts.push((start, i));
                }
            }
            i += 1;
        }
        let locations = locations_of(text, starts.iter().map(|(start, _)| *start));
        let mut quoted: std::collections::HashMap<&str, Vec<Location>> =
            std::collections::HashMap::new();
        for ((start, end), location) in starts.into_iter().zip(locations) {
            if let Some(value) = text.get(start + 1..end) {
                quoted.entry(value).or_default().push(location);
            }
        }
        Self {
            text,
            quoted,
            tokens: Default::default(),
        }
    }

    /// Like [`locate_quoted`]: the `nth` (from 0) occurrence of `"value"`.
    pub fn quoted(&self, value: &str, nth: usize) -> Option<Location> {
        self.quoted.get(value)?.get(nth).copied()
    }

    /// Like [`locate_token`]: the `nth` (from 0) occurrence of `token`.
    pub fn token(&self, token: &str, nth: usize) -> Option<Location> {
        let mut tokens = self.tokens.borrow_mut();
        let found = tokens.entry(token.to_string()).or_insert_with(|| {
            locations_of(self.text, self.text.match_indices(token).map(|(i, _)| i))
        });
        found.get(nth).copied()
    }
}

/// The locations of ascending byte `offsets` in `text`, in one pass.
fn locations_of(text: &str, offsets: impl Iterator<Item = usize>) -> Vec<Location> {
    let mut out = Vec::new();
    let (mut line, mut col, mut at) = (1, 1, 0);
    let mut chars = text.char_indices().peekable();
    for offset in offsets {
        while at < offset {
            match chars.next() {
                Some((_, c)) => {
                    if c == '\n' {
                        line += 1;
                        col = 1;
                    } else {
                        col += 1;
                    }
                    at = chars.peek().map_or(text.len(), |(i, _)| *i);
                }
                None => break,
            }
        }
        out.push(Location { line, col });
    }
    out
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
/// A key that occurs twice in a map (`{ "k1": …, "k1": … }`) is refused with both
/// positions, as a field that occurs twice is.
pub fn parse_ron<T: DeserializeOwned>(text: &str) -> Result<T, Problem> {
    let value = ron::Options::default()
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
        })?;
    match find_duplicate_key(text) {
        Some(problem) => Err(problem),
        None => Ok(value),
    }
}

/// Finds the first key that occurs twice in one map of RON `text` (string, number or
/// name keys), in one linear pass that skips strings, characters and comments.
pub fn find_duplicate_key(text: &str) -> Option<Problem> {
    use std::collections::HashMap;
    enum Frame<'a> {
        Map {
            expect_key: bool,
            keys: HashMap<&'a str, usize>,
        },
        Other,
    }
    let bytes = text.as_bytes();
    let mut stack: Vec<Frame> = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let start = i;
        let token: Option<&str> = match bytes[i] {
            b'/' if bytes.get(i + 1) == Some(&b'/') => {
                i = text[i..].find('\n').map_or(bytes.len(), |p| i + p);
                None
            }
            b'/' if bytes.get(i + 1) == Some(&b'*') => {
                let mut depth = 0usize;
                while i < bytes.len() {
                    if bytes[i..].starts_with(b"/*") {
                        depth += 1;
                        i += 2;
                    } else if bytes[i..].starts_with(b"*/") {
                        depth -= 1;
                        i += 2;
                        if depth == 0 {
                            break;
                        }
                    } else {
                        i += 1;
                    }
                }
                None
            }
            b'"' => {
                i += 1;
                while i < bytes.len() && bytes[i] != b'"' {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
                i = (i + 1).min(bytes.len());
                text.get(start..i)
            }
            b'r' if matches!(bytes.get(i + 1), Some(b'"' | b'#')) => {
                let hashes = bytes[i + 1..].iter().take_while(|&&b| b == b'#').count();
                let closing = format!("\"{}", "#".repeat(hashes));
                let body = i + 1 + hashes + 1;
                i = text
                    .get(body..)
                    .and_then(|rest| rest.find(&closing))
                    .map_or(bytes.len(), |p| body + p + closing.len());
                text.get(start..i)
            }
            b'\'' => {
                i += 1;
                while i < bytes.len() && bytes[i] != b'\'' {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
                i = (i + 1).min(bytes.len());
                text.get(start..i)
            }
            b'{' => {
                stack.push(Frame::Map {
                    expect_key: true,
                    keys: HashMap::new(),
                });
                i += 1;
                None
            }
            b'(' | b'[' => {
                if let Some(Frame::Map { expect_key, .. }) = stack.last_mut() {
                    *expect_key = false;
                }
                stack.push(Frame::Other);
                i += 1;
                None
            }
            b'}' | b')' | b']' => {
                stack.pop();
                i += 1;
                None
            }
            b',' => {
                if let Some(Frame::Map { expect_key, .. }) = stack.last_mut() {
                    *expect_key = true;
                }
                i += 1;
                None
            }
            b':' => {
                if let Some(Frame::Map { expect_key, .. }) = stack.last_mut() {
                    *expect_key = false;
                }
                i += 1;
                None
            }
            b if b.is_ascii_alphanumeric() || b == b'_' || b == b'-' || b == b'+' => {
                while i < bytes.len()
                    && (bytes[i].is_ascii_alphanumeric() || matches!(bytes[i], b'_' | b'.'))
                {
                    i += 1;
                }
                i = i.max(start + 1);
                text.get(start..i)
            }
            _ => {
                i += 1;
                while i < bytes.len() && !text.is_char_boundary(i) {
                    i += 1;
                }
                None
            }
        };
        if let (Some(token), Some(Frame::Map { expect_key, keys })) = (token, stack.last_mut())
            && *expect_key
        {
            *expect_key = false;
            if let Some(&first) = keys.get(token) {
                let a = location_at(text, first);
                let b = location_at(text, start);
                let key = token.trim_matches('"');
                return Some(Problem::error(
                    Some(b),
                    format!(
                        "Der Schlüssel „{key}“ steht doppelt (Zeile {}:{} und Zeile {}:{}); \
                         jeder Schlüssel darf nur einmal vorkommen.",
                        a.line, a.col, b.line, b.col
                    ),
                ));
            }
            keys.insert(token, start);
        }
    }
    None
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
