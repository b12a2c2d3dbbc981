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
fn every_message_is_in_both_languages_with_the_same_placeholders() {
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
    for (key, variables) in &german {
        assert_eq!(
            Some(variables),
            english.get(key),
            "{key}: German and English use different placeholders"
        );
    }
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
        let Ok(text) = std::fs::read_to_string(&file) else {
            continue;
        };
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
        if path.is_dir() && !path.ends_with("catalogue") {
            collect_rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn every_key_the_code_asks_for_exists_with_the_arguments_it_is_given() {
    let german = messages(Lang::De);
    let uses = uses_in_source();
    assert!(uses.len() > 400, "found only {} uses", uses.len());
    for (file, key, args) in &uses {
        let Some(variables) = german.get(key) else {
            panic!("{file}: no message {key} in the catalogue");
        };
        assert_eq!(
            args, variables,
            "{file}: {key} is given {args:?} but its message uses {variables:?}"
        );
    }
}

#[test]
fn every_message_in_the_catalogue_is_used() {
    let used: BTreeSet<String> = uses_in_source()
        .into_iter()
        .map(|(_, key, _)| key)
        .collect();
    let unused: Vec<_> = messages(Lang::De)
        .into_keys()
        .filter(|key| !used.contains(key))
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
