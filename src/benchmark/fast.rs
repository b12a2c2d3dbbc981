//! A fast path for reading a benchmark's entries list — the bulk of a national-scale file
//! (11,000 entries, about 1.5 MB of RON).
//!
//! [`parse`] reads the entries in the shape this program writes them (one
//! `Entry(size_class: …, state: …, kind: …, year: …, scores: {…}, token: "…")` after
//! another, any whitespace) by hand and everything else (the header) with the serde
//! parser. On anything it is not sure about — comments, escapes, another field order,
//! raw strings, an unusual number, a duplicate key — it gives up and returns `None`; the
//! caller then parses the whole file with serde. So every valid RON file is still
//! accepted, and what the fast path accepts parses to the same value as with serde (tested
//! against it on generated and mutated files).

use super::attrs::SizeRange;
use super::entries::{Benchmark, Entry};
use crate::files::parse_ron;
use crate::model::{BodyKind, FederalState, SizeClass};
use std::collections::BTreeMap;

/// Parses benchmark text quickly, or `None` when the slow path must decide.
pub fn parse(text: &str) -> Option<Benchmark> {
    parse_inspecting(text, |_| true).map(|(benchmark, _)| benchmark)
}

/// [`parse`], and whether `inspect` was true for every entry (called on each entry as it
/// is read).
pub(crate) fn parse_inspecting(
    text: &str,
    mut inspect: impl FnMut(&Entry) -> bool,
) -> Option<(Benchmark, bool)> {
    let start = find_entries_field(text)?;
    let mut cursor = Cursor {
        text,
        bytes: text.as_bytes(),
        at: start,
    };
    cursor.expect_word("entries")?;
    cursor.ws()?;
    cursor.expect(b':')?;
    cursor.ws()?;
    cursor.expect(b'[')?;
    let mut entries = Vec::with_capacity(text.len() / 150 + 1);
    let mut all_pass = true;
    loop {
        cursor.ws()?;
        if cursor.peek()? == b']' {
            cursor.at += 1;
            break;
        }
        let entry = cursor.entry()?;
        all_pass = all_pass && inspect(&entry);
        entries.push(entry);
        cursor.ws()?;
        match cursor.peek()? {
            b',' => cursor.at += 1,
            b']' => {}
            _ => return None,
        }
    }
    let rest = text.get(cursor.at..)?;
    let header = format!("{}entries: []{rest}", text.get(..start)?);
    let mut benchmark: Benchmark = parse_ron(&header).ok()?;
    benchmark.entries = entries;
    Some((benchmark, all_pass))
}

/// Byte offset of the `entries` field name in the top-level struct, if the text before it
/// is plain enough to find it safely (no comments, escapes or raw strings).
fn find_entries_field(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut in_string = false;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if in_string {
            match b {
                b'"' => in_string = false,
                b'\\' => return None,
                _ => {}
            }
        } else {
            match b {
                b'"' => {
                    if i > 0 && (bytes[i - 1] == b'r' || bytes[i - 1] == b'#') {
                        return None;
                    }
                    in_string = true;
                }
                b'/' | b'\\' => return None,
                b'e' if bytes[i..].starts_with(b"entries")
                    && (i == 0 || !is_ident(bytes[i - 1]))
                    && bytes.get(i + 7).is_none_or(|c| !is_ident(*c)) =>
                {
                    return Some(i);
                }
                _ => {}
            }
        }
        i += 1;
    }
    None
}

fn is_ident(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

struct Cursor<'t> {
    text: &'t str,
    bytes: &'t [u8],
    at: usize,
}

/// Powers of ten that are exact in an `f64`.
const POW10: [f64; 23] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
];

impl<'t> Cursor<'t> {
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    /// Skips blanks; gives up on a comment.
    fn ws(&mut self) -> Option<()> {
        while let Some(b) = self.peek() {
            match b {
                b' ' | b'\t' | b'\n' | b'\r' => self.at += 1,
                b'/' => return None,
                _ => break,
            }
        }
        Some(())
    }

    fn expect(&mut self, b: u8) -> Option<()> {
        (self.peek()? == b).then(|| self.at += 1)
    }

    fn ident(&mut self) -> Option<&'t [u8]> {
        let start = self.at;
        while self.peek().is_some_and(is_ident) {
            self.at += 1;
        }
        (self.at > start).then(|| &self.bytes[start..self.at])
    }

    /// Exactly the identifier `word` (not a longer one that starts with it).
    #[inline(always)]
    fn expect_word(&mut self, word: &str) -> Option<()> {
        let end = self.at + word.len();
        if self.bytes.get(self.at..end)? != word.as_bytes()
            || self.bytes.get(end).is_some_and(|b| is_ident(*b))
        {
            return None;
        }
        self.at = end;
        Some(())
    }

    /// `name:` with blanks around the colon.
    #[inline(always)]
    fn field(&mut self, name: &str) -> Option<()> {
        self.ws()?;
        self.expect_word(name)?;
        self.ws()?;
        self.expect(b':')?;
        self.ws()
    }

    /// The comma after a field or element, with blanks; it may be left out only before
    /// the closing parenthesis.
    fn comma(&mut self) -> Option<()> {
        self.ws()?;
        match self.peek()? {
            b',' => self.at += 1,
            b')' => return Some(()),
            _ => return None,
        }
        self.ws()
    }

    /// A plain string: no escapes.
    fn string(&mut self) -> Option<&'t str> {
        self.expect(b'"')?;
        let start = self.at;
        let len = self.bytes[start..]
            .iter()
            .position(|b| *b == b'"' || *b == b'\\')?;
        self.at = start + len;
        if self.bytes[self.at] == b'\\' {
            return None;
        }
        // Both ends are next to a quote, so the slice is on character boundaries.
        let s = self.text.get(start..self.at)?;
        self.at += 1;
        Some(s)
    }

    /// A number of the form `-?digits(.digits)?`, without leading zeros.
    fn number(&mut self) -> Option<f64> {
        let start = self.at;
        let negative = self.peek()? == b'-';
        if negative {
            self.at += 1;
        }
        let int_start = self.at;
        let mut mantissa: u64 = 0;
        let mut digits = 0usize;
        let mut read_digits = |c: &mut Self| {
            let s = c.at;
            while let Some(b) = c.peek().filter(u8::is_ascii_digit) {
                mantissa = mantissa.wrapping_mul(10).wrapping_add(u64::from(b - b'0'));
                c.at += 1;
            }
            digits += c.at - s;
            c.at - s
        };
        let int_digits = read_digits(self);
        if int_digits == 0 {
            return None;
        }
        let mut fraction_digits = None;
        if self.peek() == Some(b'.') {
            self.at += 1;
            let n = read_digits(self);
            if n == 0 {
                return None;
            }
            fraction_digits = Some(n);
        }
        // Exponents, and digits after a leading zero, are left to serde.
        if matches!(self.peek(), Some(b'e' | b'E' | b'_')) {
            return None;
        }
        if int_digits > 1 && self.bytes[int_start] == b'0' {
            return None;
        }
        // Long integers overflow RON's integer types differently: leave them to serde.
        if fraction_digits.is_none() && self.at - start > 15 {
            return None;
        }
        let scale = fraction_digits.unwrap_or(0);
        if digits <= 15 && scale < POW10.len() {
            // Both the digits (below 2^53) and the power of ten are exact, and the division
            // rounds correctly: the same value as the decimal parser gives.
            let value = mantissa as f64 / POW10[scale];
            return Some(if negative { -value } else { value });
        }
        self.text.get(start..self.at)?.parse().ok()
    }

    fn entry(&mut self) -> Option<Entry> {
        self.expect_word("Entry")?;
        self.ws()?;
        self.expect(b'(')?;
        self.field("size_class")?;
        let size_class = self.size()?;
        self.comma()?;
        self.field("state")?;
        let state = self.state()?;
        self.comma()?;
        self.field("kind")?;
        let kind = self.kind()?;
        self.comma()?;
        self.field("year")?;
        let year = self.number_u16()?;
        self.comma()?;
        self.field("scores")?;
        let scores = self.scores()?;
        self.comma()?;
        let mut token = String::new();
        if self.peek()? == b't' {
            self.field("token")?;
            token = self.string()?.to_string();
            self.comma()?;
        }
        self.expect(b')')?;
        Some(Entry {
            size_class,
            state,
            kind,
            year,
            scores,
            token,
        })
    }

    fn number_u16(&mut self) -> Option<u16> {
        let start = self.at;
        let mut value: u32 = 0;
        while let Some(b) = self.peek().filter(u8::is_ascii_digit) {
            value = value * 10 + u32::from(b - b'0');
            self.at += 1;
            if self.at - start > 5 {
                return None;
            }
        }
        if self.at == start || (self.at - start > 1 && self.bytes[start] == b'0') {
            return None;
        }
        u16::try_from(value).ok()
    }

    fn size(&mut self) -> Option<SizeRange> {
        let name = self.ident()?;
        match name {
            b"Any" => Some(SizeRange::ANY),
            b"Range" => {
                self.ws()?;
                self.expect(b'(')?;
                self.ws()?;
                let low = size_class(self.ident()?)?;
                self.ws()?;
                self.expect(b',')?;
                self.ws()?;
                let high = size_class(self.ident()?)?;
                self.comma()?;
                self.expect(b')')?;
                let range = SizeRange { low, high };
                let (a, b) = range.indices();
                (a <= b).then_some(range)
            }
            other => size_class(other).map(SizeRange::exact),
        }
    }

    fn state(&mut self) -> Option<Option<FederalState>> {
        let name = self.ident()?;
        if name == b"Any" {
            return Some(None);
        }
        state_named(name).map(Some)
    }

    fn kind(&mut self) -> Option<Option<BodyKind>> {
        let name = self.ident()?;
        if name == b"Any" {
            return Some(None);
        }
        let kind = match name {
            b"Gemeinde" => BodyKind::Gemeinde,
            b"Stadt" => BodyKind::Stadt,
            b"KreisfreieStadt" => BodyKind::KreisfreieStadt,
            b"Landkreis" => BodyKind::Landkreis,
            b"Gemeindeverband" => BodyKind::Gemeindeverband,
            _ => return None,
        };
        Some(Some(kind))
    }

    fn scores(&mut self) -> Option<BTreeMap<String, f64>> {
        self.expect(b'{')?;
        let mut scores: Vec<(String, f64)> = Vec::with_capacity(8);
        loop {
            self.ws()?;
            if self.peek()? == b'}' {
                self.at += 1;
                break;
            }
            let id = self.string()?;
            self.ws()?;
            self.expect(b':')?;
            self.ws()?;
            let value = self.number()?;
            scores.push((id.to_string(), value));
            self.ws()?;
            match self.peek()? {
                b',' => self.at += 1,
                b'}' => {}
                _ => return None,
            }
        }
        // Written files list the ids in order; a duplicate goes to serde for its message.
        if !scores.is_sorted_by(|a, b| a.0 < b.0) {
            scores.sort_unstable_by(|a, b| a.0.cmp(&b.0));
            if scores.windows(2).any(|w| w[0].0 == w[1].0) {
                return None;
            }
        }
        Some(scores.into_iter().collect())
    }
}

fn size_class(name: &[u8]) -> Option<SizeClass> {
    Some(match name {
        b"Under5k" => SizeClass::Under5k,
        b"From5kTo10k" => SizeClass::From5kTo10k,
        b"From10kTo20k" => SizeClass::From10kTo20k,
        b"From20kTo50k" => SizeClass::From20kTo50k,
        b"From50kTo100k" => SizeClass::From50kTo100k,
        b"Over100k" => SizeClass::Over100k,
        _ => return None,
    })
}

/// The state whose variant name in files is `name`.
fn state_named(name: &[u8]) -> Option<FederalState> {
    Some(match name {
        b"BadenWuerttemberg" => FederalState::BadenWuerttemberg,
        b"Bayern" => FederalState::Bayern,
        b"Berlin" => FederalState::Berlin,
        b"Brandenburg" => FederalState::Brandenburg,
        b"Bremen" => FederalState::Bremen,
        b"Hamburg" => FederalState::Hamburg,
        b"Hessen" => FederalState::Hessen,
        b"MecklenburgVorpommern" => FederalState::MecklenburgVorpommern,
        b"Niedersachsen" => FederalState::Niedersachsen,
        b"NordrheinWestfalen" => FederalState::NordrheinWestfalen,
        b"RheinlandPfalz" => FederalState::RheinlandPfalz,
        b"Saarland" => FederalState::Saarland,
        b"Sachsen" => FederalState::Sachsen,
        b"SachsenAnhalt" => FederalState::SachsenAnhalt,
        b"SchleswigHolstein" => FederalState::SchleswigHolstein,
        b"Thueringen" => FederalState::Thueringen,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::benchmark::file::{Network, benchmark_to_ron};
    use crate::benchmark::synthetic::generate;
    use crate::model::bundled_questionnaire;
    use rand::{Rng, SeedableRng};
    use rand_chacha::ChaCha8Rng;

    fn serde_parse(text: &str) -> Option<Benchmark> {
        parse_ron(text).ok()
    }

    fn sample() -> String {
        let q = bundled_questionnaire().unwrap();
        let mut b = generate(&q, 3, 40).unwrap();
        for (i, e) in b.entries.iter_mut().enumerate() {
            if i % 3 == 0 {
                e.state = None;
                e.token = format!("2026-{i:032x}");
            }
            if i % 4 == 0 {
                let (low, _) = e.size_class.indices();
                e.size_class = SizeRange::from_indices(low, low + 2);
            }
            if i % 5 == 0 {
                e.kind = None;
            }
        }
        b.network = Some(Network {
            name: "re@di".into(),
            year: 2026,
            towns: 40,
        });
        b.format_version = b.needed_format_version();
        benchmark_to_ron(&b).unwrap()
    }

    #[test]
    fn fast_path_reads_written_files_like_serde() {
        let text = sample();
        let fast = parse(&text).expect("the written shape takes the fast path");
        assert_eq!(Some(fast), serde_parse(&text));
        let q = bundled_questionnaire().unwrap();
        let plain = benchmark_to_ron(&generate(&q, 4, 300).unwrap()).unwrap();
        assert_eq!(parse(&plain), serde_parse(&plain));
        assert!(parse(&plain).is_some());
        // Other shapes go to serde.
        for variant in [
            plain.replacen("entries: [", "// comment\n    entries: [", 1),
            plain.replacen("size_class:", "state: Bayern, size_class:", 1),
            plain.replacen("Entry(size_class", "(size_class", 1),
        ] {
            assert_eq!(parse(&variant), None);
        }
    }

    /// Every state's variant name in files is known to the fast path.
    #[test]
    fn every_state_is_read_by_name() {
        for state in FederalState::ALL {
            let name = ron::to_string(&state).unwrap();
            assert_eq!(state_named(name.as_bytes()), Some(state), "{name}");
        }
        assert_eq!(state_named(b"Bayer"), None);
    }

    /// Property: the hand-written number reader gives bit for bit what the decimal parser
    /// gives, on random numbers of every length it accepts.
    #[test]
    fn numbers_read_like_the_decimal_parser() {
        let mut rng = ChaCha8Rng::seed_from_u64(15);
        let digits = |rng: &mut ChaCha8Rng, n: usize| -> String {
            (0..n)
                .map(|_| char::from(b'0' + rng.random_range(0..10u8)))
                .collect()
        };
        for _ in 0..50_000 {
            let mut text = String::new();
            if rng.random_bool(0.2) {
                text.push('-');
            }
            let int_len = rng.random_range(1..12);
            let int = digits(&mut rng, int_len);
            let int = int.trim_start_matches('0');
            text.push_str(if int.is_empty() { "0" } else { int });
            if rng.random_bool(0.8) {
                text.push('.');
                let fraction_len = rng.random_range(1..20);
                text.push_str(&digits(&mut rng, fraction_len));
            }
            let mut cursor = Cursor {
                text: &text,
                bytes: text.as_bytes(),
                at: 0,
            };
            let read = cursor.number();
            let expected: f64 = text.parse().unwrap();
            assert_eq!(read.map(f64::to_bits), Some(expected.to_bits()), "{text}");
            assert_eq!(cursor.at, text.len());
        }
        for edge in ["0", "-0", "0.0", "-0.0", "100.0", "99.9", "0.1", "55.55"] {
            let mut cursor = Cursor {
                text: edge,
                bytes: edge.as_bytes(),
                at: 0,
            };
            let expected: f64 = edge.parse().unwrap();
            assert_eq!(cursor.number().map(f64::to_bits), Some(expected.to_bits()));
        }
    }

    /// Random mutations of a small file: whenever the fast path accepts a text, serde
    /// accepts it too and reads the same value.
    #[test]
    fn fast_path_never_disagrees_with_serde() {
        let text = sample();
        let alphabet: &[u8] = b" ,:()[]{}\"-.0123456789eE/\\rAnyRangeUnder5kBayernStadt_token\n";
        let mut rng = ChaCha8Rng::seed_from_u64(6);
        let mut fast_accepted = 0;
        for _ in 0..3_000 {
            let mut bytes = text.as_bytes().to_vec();
            for _ in 0..rng.random_range(1..4) {
                let at = rng.random_range(0..bytes.len());
                match rng.random_range(0..3) {
                    0 => bytes[at] = alphabet[rng.random_range(0..alphabet.len())],
                    1 => {
                        bytes.remove(at);
                    }
                    _ => bytes.insert(at, alphabet[rng.random_range(0..alphabet.len())]),
                }
            }
            let Ok(mutated) = String::from_utf8(bytes) else {
                continue;
            };
            if let Some(fast) = parse(&mutated) {
                fast_accepted += 1;
                let slow = serde_parse(&mutated);
                if slow.as_ref() != Some(&fast) {
                    let changed: Vec<String> = mutated
                        .lines()
                        .zip(text.lines())
                        .filter(|(a, b)| a != b)
                        .map(|(a, b)| format!("{b}\n→ {a}"))
                        .collect();
                    let why = match &slow {
                        None => format!("{:?}", parse_ron::<Benchmark>(&mutated).err()),
                        Some(b) => format!(
                            "{:?}",
                            b.entries.iter().zip(&fast.entries).find(|(x, y)| x != y)
                        ),
                    };
                    panic!("fast and serde disagree: {why}\n{}", changed.join("\n"));
                }
            }
        }
        assert!(fast_accepted > 100, "{fast_accepted}");
    }
}
