use super::*;
use fluent_syntax::ast;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// key → the variables its message uses (`$name`), for one language.
fn messages(lang: Lang) -> BTreeMap<String, BTreeSet<String>> {
    let mut all = BTreeMap::new();
    for (area, source) in sources(lang) {
        let resource = FluentResource::try_new(source.to_string())
            .unwrap_or_else(|(_, errors)| panic!("{lang:?}/{area}.ftl does not parse: {errors:?}"));
        for entry in resource.entries() {
            if let ast::Entry::Message(message) = entry {
                let mut variables = BTreeSet::new();
                if let Some(pattern) = &message.value {
                    collect_variables(pattern, &mut variables);
                }
                let key = message.id.name.to_string();
                assert!(
                    all.insert(key.clone(), variables).is_none(),
                    "{key} is in the {lang:?} catalogue twice"
                );
            }
        }
    }
    all
}

fn collect_variables(pattern: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            collect_expression(expression, out);
        }
    }
}

fn collect_expression(expression: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            collect_inline(selector, out);
            for variant in variants {
                collect_variables(&variant.value, out);
            }
        }
        ast::Expression::Inline(inline) => collect_inline(inline, out),
    }
}

fn collect_inline(inline: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        ast::InlineExpression::Placeable { expression } => collect_expression(expression, out),
        _ => {}
    }
}

#[test]
fn every_message_is_in_both_languages() {
    let german = messages(Lang::De);
    let english = messages(Lang::En);
    assert!(german.len() > 400, "{} German messages", german.len());
    let only_german: Vec<_> = german
        .keys()
        .filter(|k| !english.contains_key(*k))
        .collect();
    let only_english: Vec<_> = english
        .keys()
        .filter(|k| !german.contains_key(*k))
        .collect();
    assert!(only_german.is_empty(), "only in German: {only_german:?}");
    assert!(only_english.is_empty(), "only in English: {only_english:?}");
}

/// key → the variables either language's message uses. A language may leave out an
/// argument it does not need (German names a council in the dative, English does not).
fn placeholders() -> BTreeMap<String, BTreeSet<String>> {
    let mut all = messages(Lang::De);
    for (key, variables) in messages(Lang::En) {
        all.entry(key).or_default().extend(variables);
    }
    all
}

/// Every `tr!(…, "key", name = …)` and `msg!("key", name = …)` in the source: (file, key,
/// argument names).
fn uses_in_source() -> Vec<(String, String, BTreeSet<String>)> {
    let mut uses = Vec::new();
    let mut files = Vec::new();
    collect_rust_files(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut files,
    );
    for file in files {
        if file.ends_with("catalogue/tests.rs") {
            continue;
        }
        let Ok(text) = std::fs::read_to_string(&file) else {
            continue;
        };
        // Doc comments show the macros with example keys.
        let text: String = text
            .lines()
            .filter(|line| !line.trim_start().starts_with("//"))
            .collect::<Vec<_>>()
            .join("\n");
        for macro_call in ["tr!(", "msg!("] {
            uses_of(&file, &text, macro_call, &mut uses);
        }
    }
    uses
}

/// Every `macro_call` (`tr!(` or `msg!(`) with a literal key in `text`, added to `uses`.
fn uses_of(
    file: &Path,
    text: &str,
    macro_call: &str,
    uses: &mut Vec<(String, String, BTreeSet<String>)>,
) {
    let mut rest = text;
    while let Some(at) = rest.find(macro_call) {
        let preceded_by_word = rest[..at]
            .chars()
            .next_back()
            .is_some_and(|c| c.is_alphanumeric() || c == '_');
        rest = &rest[at + macro_call.len()..];
        if preceded_by_word {
            continue;
        }
        let Some(quote) = rest.find('"') else { break };
        // The key is the first string literal; the language expression comes before it.
        if rest[..quote].contains(')') && !rest[..quote].contains('(') {
            continue;
        }
        let after = &rest[quote + 1..];
        let Some(end) = after.find('"') else { break };
        let key = after[..end].to_string();
        let call_end = call_length(&after[end..]);
        let args: BTreeSet<String> = after[end + 1..end + call_end]
            .split(',')
            .filter_map(|part| part.split_once('='))
            .map(|(name, _)| name.trim().to_string())
            .filter(|name| {
                !name.is_empty() && name.chars().all(|c| c.is_alphanumeric() || c == '_')
            })
            .collect();
        uses.push((file.display().to_string(), key, args));
    }
}

/// The length of the rest of a macro call, up to its closing bracket.
fn call_length(text: &str) -> usize {
    let mut depth = 0usize;
    let mut in_string = false;
    let mut escaped = false;
    for (i, c) in text.char_indices().skip(1) {
        if in_string {
            match (escaped, c) {
                (true, _) => escaped = false,
                (false, '\\') => escaped = true,
                (false, '"') => in_string = false,
                _ => {}
            }
            continue;
        }
        match c {
            '"' => in_string = true,
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' if depth == 0 => return i,
            ')' | ']' | '}' => depth -= 1,
            _ => {}
        }
    }
    text.len()
}

fn collect_rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect_rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn every_key_the_code_asks_for_exists_with_the_arguments_it_is_given() {
    let german = placeholders();
    let uses = uses_in_source();
    assert!(uses.len() > 400, "found only {} uses", uses.len());
    for (file, key, args) in &uses {
        let Some(variables) = german.get(key) else {
            panic!("{file}: no message {key} in the catalogue");
        };
        assert_eq!(
            args, variables,
            "{file}: {key} is given {args:?} but its messages use {variables:?}"
        );
    }
}

#[test]
fn every_message_in_the_catalogue_is_used() {
    let used: BTreeSet<String> = uses_in_source()
        .into_iter()
        .map(|(_, key, _)| key)
        .collect();
    let built: BTreeSet<String> = sources(Lang::De)
        .iter()
        .filter(|(area, _)| *area == BUILT_AREA)
        .flat_map(|(_, source)| message_keys(source))
        .collect();
    let unused: Vec<_> = messages(Lang::De)
        .into_keys()
        .filter(|key| !used.contains(key) && !built.contains(key))
        .collect();
    assert!(unused.is_empty(), "messages no code asks for: {unused:?}");
}

#[test]
fn a_missing_key_shows_as_itself() {
    assert_eq!(tr(Lang::De, "no-such-key"), "no-such-key");
    assert_eq!(
        tr_args(Lang::En, "no-such-key", &[("n", Arg::from(1))]),
        "no-such-key"
    );
}

/// The string literals of a Rust source outside comments, attributes, `expect(…)` and
/// `#[cfg(test)]` code, with their line numbers.
fn string_literals(source: &str) -> Vec<(usize, String)> {
    let code = match source.find("#[cfg(test)]") {
        Some(at) => &source[..at],
        None => source,
    };
    let chars: Vec<char> = code.chars().collect();
    let mut found = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let next = chars.get(i + 1).copied();
        let after_word = i > 0 && (chars[i - 1].is_alphanumeric() || chars[i - 1] == '_');
        i = match (chars[i], next) {
            ('/', Some('/')) => skip_until(&chars, i, "\n"),
            ('/', Some('*')) => skip_until(&chars, i, "*/") + 2,
            ('#', Some('[' | '!')) => skip_attribute(&chars, i),
            ('\'', _) => skip_char_or_lifetime(&chars, i),
            ('r', Some('"' | '#')) if !after_word => {
                let (text, end) = raw_string(&chars, i);
                found.extend(text.map(|text| (line_of(&chars, i), text)));
                end
            }
            ('"', _) => {
                let (text, end) = plain_string(&chars, i);
                let before: String = chars[i.saturating_sub(7)..i].iter().collect();
                if before != "expect(" {
                    found.push((line_of(&chars, i), text));
                }
                end
            }
            _ => i + 1,
        };
    }
    found
}

/// The line number of position `i`.
fn line_of(chars: &[char], i: usize) -> usize {
    1 + chars[..i.min(chars.len())]
        .iter()
        .filter(|c| **c == '\n')
        .count()
}

/// The position where `end` begins after `i` (or the end).
fn skip_until(chars: &[char], i: usize, end: &str) -> usize {
    let end: Vec<char> = end.chars().collect();
    (i + 1..chars.len())
        .find(|&j| chars[j..].starts_with(&end))
        .unwrap_or(chars.len())
}

/// The position after an attribute `#[…]` or `#![…]`, strings inside included.
fn skip_attribute(chars: &[char], i: usize) -> usize {
    let mut j = i + 1;
    let mut depth = 0usize;
    while j < chars.len() {
        match chars[j] {
            '[' => depth += 1,
            ']' => {
                depth -= 1;
                if depth == 0 {
                    return j + 1;
                }
            }
            '"' => j = plain_string(chars, j).1 - 1,
            _ => {}
        }
        j += 1;
    }
    chars.len()
}

/// The position after a char literal (`'x'`, `'\n'`, `'"'`) or a lifetime's quote.
fn skip_char_or_lifetime(chars: &[char], i: usize) -> usize {
    if chars.get(i + 1) == Some(&'\\') {
        skip_until(chars, i + 1, "'") + 1
    } else if chars.get(i + 2) == Some(&'\'') {
        i + 3
    } else {
        i + 1
    }
}

/// A raw string `r"…"` / `r#"…"#` at `i`: its text (`None` if it is none) and the
/// position after it.
fn raw_string(chars: &[char], i: usize) -> (Option<String>, usize) {
    let hashes = chars[i + 1..].iter().take_while(|c| **c == '#').count();
    let open = i + 1 + hashes;
    if chars.get(open) != Some(&'"') {
        return (None, i + 1);
    }
    let closing: String = std::iter::once('"')
        .chain(std::iter::repeat_n('#', hashes))
        .collect();
    let end = skip_until(chars, open, &closing);
    let text = chars[open + 1..end].iter().collect();
    (Some(text), end + 1 + hashes)
}

/// A string `"…"` at `i` (escapes dropped, the escaped character kept) and the position
/// after it.
fn plain_string(chars: &[char], i: usize) -> (String, usize) {
    let mut j = i + 1;
    let mut text = String::new();
    while j < chars.len() && chars[j] != '"' {
        if chars[j] == '\\' {
            j += 1;
        }
        if let Some(&c) = chars.get(j) {
            text.push(c);
        }
        j += 1;
    }
    (text, j + 1)
}

/// Whether a literal reads as words for a person: two words with a space, or a word with
/// a German letter, or a capitalised word („Speichern“).
fn looks_like_words(text: &str) -> bool {
    // Placeholders of format strings are not words; paths are not either.
    let mut plain = String::new();
    let mut depth = 0usize;
    for c in text.chars() {
        match c {
            '{' => depth += 1,
            '}' => depth = depth.saturating_sub(1),
            _ if depth == 0 => plain.push(c),
            _ => {}
        }
    }
    let text = plain.as_str();
    if text.contains('/') && !text.contains(' ') {
        return false;
    }
    let words: Vec<&str> = text
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| w.chars().count() >= 3)
        .collect();
    if words.is_empty() {
        return false;
    }
    let german = text.chars().any(|c| "äöüÄÖÜß„“".contains(c));
    let sentence = words.len() >= 2 && text.contains(' ');
    let capitalised = words.iter().any(|w| {
        let mut cs = w.chars();
        cs.next().is_some_and(char::is_uppercase) && cs.all(char::is_lowercase)
    });
    german || sentence || capitalised
}

/// Literals that are shown but are the same in every language: names and formats.
const LANGUAGE_NEUTRAL: &[&str] = &[
    "Reifegrad",
    "Reifegrad (RON)",
    "ODS, XLSX, CSV",
    "Reifegrad – {}",
    "Deutsch",
    "English",
    "Version",
    // Key names and command-line flags.
    "Plus",
    "Minus",
    "{ctrl}+Plus",
    "{ctrl}+Minus",
    "--kind all",
    "--state all",
    "--size-class all",
    // The start-up probe's and the memory probe's output, read by benchmarks.
    "first frame: {:.1} ms",
    "peak memory: {kb} KB",
];

/// Files whose literals are not shown to users: PDF structure names and metadata, the
/// words after which the PDF keeps a no-break space (typographic rules per language),
/// font files, the spreadsheet's XML markup.
const NOT_SHOWN: &[&str] = &[
    "sheets/ods.rs",
    "report/tagging.rs",
    "report/layout/mod.rs",
    "report/typography.rs",
    "report/fonts.rs",
    "ui/theme.rs",
];

#[test]
fn views_the_report_and_the_cli_word_nothing_outside_the_catalogue() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    for front_end in ["ui", "report", "cli", "present", "survey", "sheets"] {
        collect_rust_files(&root.join(front_end), &mut files);
    }
    files.push(root.join("main.rs"));
    let mut found = Vec::new();
    for file in &files {
        let relative = file.strip_prefix(&root).unwrap_or(file);
        if relative.ends_with("tests.rs")
            || NOT_SHOWN.iter().any(|skip| relative == Path::new(skip))
        {
            continue;
        }
        let Ok(source) = std::fs::read_to_string(file) else {
            continue;
        };
        for (line, text) in string_literals(&source) {
            if looks_like_words(&text) && !LANGUAGE_NEUTRAL.contains(&text.as_str()) {
                let path = file
                    .strip_prefix(&root)
                    .unwrap_or(file)
                    .display()
                    .to_string();
                found.push(format!("src/{path}:{line}: {text:?}"));
            }
        }
    }
    assert!(
        found.is_empty(),
        "{} user-visible texts outside the catalogue:\n{}",
        found.len(),
        found.join("\n")
    );
}

#[test]
fn no_language_is_switched_by_hand_outside_the_catalogue() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    collect_rust_files(&root, &mut files);
    let mut found = Vec::new();
    for file in files.iter().filter(|f| !f.ends_with("tests.rs")) {
        let Ok(source) = std::fs::read_to_string(file) else {
            continue;
        };
        let code = match source.find("#[cfg(test)]") {
            Some(at) => &source[..at],
            None => &source,
        };
        for (n, line) in code.lines().enumerate() {
            let switch = [
                "Lang::De =>",
                "Lang::En =>",
                "== Lang::",
                "Lang::De)",
                "Lang::En)",
            ]
            .iter()
            .any(|s| line.contains(s));
            if switch {
                let path = file
                    .strip_prefix(&root)
                    .unwrap_or(file)
                    .display()
                    .to_string();
                found.push(format!("src/{path}:{}: {}", n + 1, line.trim()));
            }
        }
    }
    // text/ maps a language to its tag and its own name and picks a data file's text;
    // the catalogue itself picks each language's files.
    found.retain(|f| !f.starts_with("src/text/"));
    assert!(found.is_empty(), "language switches:\n{}", found.join("\n"));
}
