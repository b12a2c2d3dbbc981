//! Positions and RON in plain words: byte offsets as line and column, an index of where
//! quoted values and tokens stand, telling file kinds apart, parsing with messages a
//! town clerk can act on, finding duplicate keys, writing RON.

use super::{FileKind, Location, Problem};
use crate::msg;
use crate::text::catalogue::{Message, Value};
use serde::de::DeserializeOwned;

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
            msg!("errors-ron-empty"),
        ));
    }
    kinds
        .into_iter()
        .find(|k| k.struct_name() == name)
        .ok_or_else(|| {
            Problem::error(
                Some(location_at(text, start)),
                msg!("errors-ron-unknown-kind"),
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
    let mut stack: Vec<Frame> = Vec::new();
    let mut i = 0;
    while i < text.len() {
        let start = i;
        let (lexeme, next) = lex(text, i);
        i = next;
        let expect_key_after = match lexeme {
            Lexeme::Skip => None,
            Lexeme::OpenMap => {
                stack.push(Frame::Map {
                    expect_key: true,
                    keys: HashMap::new(),
                });
                None
            }
            Lexeme::OpenOther => {
                if let Some(Frame::Map { expect_key, .. }) = stack.last_mut() {
                    *expect_key = false;
                }
                stack.push(Frame::Other);
                None
            }
            Lexeme::Close => {
                stack.pop();
                None
            }
            Lexeme::Comma => Some(true),
            Lexeme::Colon => Some(false),
            Lexeme::Token(token) => {
                let Some(Frame::Map { expect_key, keys }) = stack.last_mut() else {
                    continue;
                };
                if !*expect_key {
                    continue;
                }
                *expect_key = false;
                if let Some(&first) = keys.get(token) {
                    return Some(duplicate_key(text, token, first, start));
                }
                keys.insert(token, start);
                None
            }
        };
        if let (Some(value), Some(Frame::Map { expect_key, .. })) =
            (expect_key_after, stack.last_mut())
        {
            *expect_key = value;
        }
    }
    None
}

/// The problem of a map key given twice, at its second place.
fn duplicate_key(text: &str, token: &str, first: usize, second: usize) -> Problem {
    let a = location_at(text, first);
    let b = location_at(text, second);
    Problem::error(
        Some(b),
        msg!(
            "errors-ron-duplicate-key",
            key = token.trim_matches('"'),
            first = format!("{}:{}", a.line, a.col),
            second = format!("{}:{}", b.line, b.col)
        ),
    )
}

/// What [`lex`] found at a position of a RON text.
enum Lexeme<'a> {
    /// White space, a comment or a character that matters to no key.
    Skip,
    /// A string, a character, a name or a number: a possible key.
    Token(&'a str),
    /// `{`
    OpenMap,
    /// `(` or `[`
    OpenOther,
    /// `}`, `)` or `]`
    Close,
    /// `,`
    Comma,
    /// `:`
    Colon,
}

/// The lexeme at byte `i` of `text` and the byte after it.
fn lex(text: &str, mut i: usize) -> (Lexeme<'_>, usize) {
    let bytes = text.as_bytes();
    let start = i;
    let token = |end: usize| text.get(start..end).map_or(Lexeme::Skip, Lexeme::Token);
    match bytes[i] {
        b'/' if bytes.get(i + 1) == Some(&b'/') => (
            Lexeme::Skip,
            text[i..].find('\n').map_or(bytes.len(), |p| i + p),
        ),
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
            (Lexeme::Skip, i)
        }
        quote @ (b'"' | b'\'') => {
            i += 1;
            while i < bytes.len() && bytes[i] != quote {
                i += if bytes[i] == b'\\' { 2 } else { 1 };
            }
            let end = (i + 1).min(bytes.len());
            (token(end), end)
        }
        b'r' if matches!(bytes.get(i + 1), Some(b'"' | b'#')) => {
            let hashes = bytes[i + 1..].iter().take_while(|&&b| b == b'#').count();
            let closing = format!("\"{}", "#".repeat(hashes));
            let body = i + 1 + hashes + 1;
            let end = text
                .get(body..)
                .and_then(|rest| rest.find(&closing))
                .map_or(bytes.len(), |p| body + p + closing.len());
            (token(end), end)
        }
        b'{' => (Lexeme::OpenMap, i + 1),
        b'(' | b'[' => (Lexeme::OpenOther, i + 1),
        b'}' | b')' | b']' => (Lexeme::Close, i + 1),
        b',' => (Lexeme::Comma, i + 1),
        b':' => (Lexeme::Colon, i + 1),
        b if b.is_ascii_alphanumeric() || b == b'_' || b == b'-' || b == b'+' => {
            while i < bytes.len()
                && (bytes[i].is_ascii_alphanumeric() || matches!(bytes[i], b'_' | b'.'))
            {
                i += 1;
            }
            let end = i.max(start + 1);
            (token(end), end)
        }
        _ => {
            i += 1;
            while i < bytes.len() && !text.is_char_boundary(i) {
                i += 1;
            }
            (Lexeme::Skip, i)
        }
    }
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

/// How all our files are written: four-space indents, struct names, and "\n" line ends
/// on every platform (ron's default is the platform's, "\r\n" on Windows), so a file is
/// byte-identical wherever it was saved.
fn ron_config() -> ron::ser::PrettyConfig {
    ron::ser::PrettyConfig::new()
        .new_line("\n")
        .indentor("    ")
        .struct_names(true)
        .separate_tuple_members(false)
}

/// Serialises `value` as pretty RON, the way all our files are written.
pub fn to_ron<T: serde::Serialize>(value: &T) -> Result<String, ron::Error> {
    let mut text = ron::ser::to_string_pretty(value, ron_config())?;
    text.push('\n');
    Ok(text)
}

/// „ in „Struct““ for the struct a field belongs to, or nothing.
fn outer_name(outer: &Option<String>) -> Value {
    match outer {
        Some(name) => msg!("errors-ron-in-struct", name = name.as_str()).into(),
        None => Value::Text(String::new()),
    }
}

/// Explains a RON error in plain words.
pub fn explain_ron_error(code: &ron::Error) -> Message {
    use ron::Error as E;
    match code {
        E::Eof => msg!("errors-ron-eof"),
        E::ExpectedArray => msg!("errors-ron-expected-array"),
        E::ExpectedArrayEnd => msg!("errors-ron-expected-array-end"),
        E::ExpectedComma => msg!("errors-ron-expected-comma"),
        E::ExpectedBoolean => msg!("errors-ron-expected-boolean"),
        E::ExpectedFloat => msg!("errors-ron-expected-float"),
        E::ExpectedInteger => msg!("errors-ron-expected-integer"),
        E::IntegerOutOfBounds => msg!("errors-ron-integer-out-of-bounds"),
        E::ExpectedOption => msg!("errors-ron-expected-option"),
        E::ExpectedMap => msg!("errors-ron-expected-map"),
        E::ExpectedMapColon => msg!("errors-ron-expected-map-colon"),
        E::ExpectedMapEnd => msg!("errors-ron-expected-map-end"),
        E::ExpectedString => msg!("errors-ron-expected-string"),
        E::ExpectedStringEnd => msg!("errors-ron-expected-string-end"),
        E::ExpectedStructLike | E::ExpectedNamedStructLike(_) => {
            msg!("errors-ron-expected-struct")
        }
        E::ExpectedStructLikeEnd => msg!("errors-ron-expected-struct-end"),
        E::ExpectedDifferentStructName { expected, found } => msg!(
            "errors-ron-different-struct-name",
            expected = *expected,
            found = found.as_str()
        ),
        E::ExpectedIdentifier => msg!("errors-ron-expected-identifier"),
        E::ExpectedUnit => msg!("errors-ron-expected-unit"),
        E::InvalidEscape(what) => msg!("errors-ron-invalid-escape", what = *what),
        E::UnclosedBlockComment => msg!("errors-ron-unclosed-comment"),
        E::UnexpectedChar(c) => msg!("errors-ron-unexpected-char", char = c.to_string()),
        E::TrailingCharacters => msg!("errors-ron-trailing-characters"),
        E::InvalidValueForType { expected, found } => msg!(
            "errors-ron-invalid-value",
            expected = expected.as_str(),
            found = found.as_str()
        ),
        E::ExpectedDifferentLength { expected, found } => msg!(
            "errors-ron-different-length",
            expected = expected.as_str(),
            found = *found
        ),
        E::NoSuchEnumVariant {
            expected, found, ..
        } => msg!(
            "errors-ron-no-such-variant",
            found = found.as_str(),
            allowed = super::quoted_list(expected.iter())
        ),
        E::NoSuchStructField {
            expected,
            found,
            outer,
        } => msg!(
            "errors-ron-no-such-field",
            found = found.as_str(),
            outer = outer_name(outer),
            allowed = super::quoted_list(expected.iter())
        ),
        E::MissingStructField { field, outer } => msg!(
            "errors-ron-missing-field",
            field = *field,
            outer = outer_name(outer)
        ),
        E::DuplicateStructField { field, outer } => msg!(
            "errors-ron-duplicate-field",
            field = *field,
            outer = outer_name(outer)
        ),
        E::ExceededRecursionLimit => msg!("errors-ron-too-deep"),
        E::Message(message) => msg!("errors-ron-invalid-content", reason = message.as_str()),
        other => msg!("errors-ron-other", reason = other.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn files_are_written_with_unix_line_ends_on_every_platform() {
        // The pretty printer's default is the platform's line end ("\r\n" on Windows).
        assert_eq!(ron_config().new_line, "\n");
        let example = crate::model::example::example_assessment(
            &crate::model::bundled_questionnaire().expect("bundled questionnaire"),
        );
        let text = to_ron(&example).expect("serialises");
        assert!(!text.contains('\r'));
        assert!(text.ends_with(")\n"));
    }
}
