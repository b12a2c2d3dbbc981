//! The catalogue of every user-visible text: one Project Fluent file per area and
//! language under `assets/i18n/<lang>/`, compiled into the binary.
//!
//! Views, the PDF and the CLI ask for a message by key, with arguments where it has
//! placeholders: [`tr`] for a plain message, the [`tr!`](crate::tr) macro for either.
//! Fluent chooses German and English plurals (`{ $count -> [one] … *[other] … }`);
//! numbers with decimals are formatted by `present` and passed as text, so a figure is
//! written the same way everywhere. Adding a language is a new folder of `.ftl` files
//! and a [`Lang`] variant; no view changes.

use crate::text::Lang;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::OnceLock;

/// The catalogue files of one language: (area, Fluent source).
type Sources = [(&'static str, &'static str)];

macro_rules! areas {
    ($lang:literal: $($area:literal),+ $(,)?) => {
        &[$(($area, include_str!(concat!("../../../assets/i18n/", $lang, "/", $area, ".ftl")))),+]
    };
}

/// The German catalogue.
const GERMAN: &Sources =
    areas!("de": "common", "ui", "report", "present", "cli", "errors", "survey", "export", "args");
/// The English catalogue.
const ENGLISH: &Sources =
    areas!("en": "common", "ui", "report", "present", "cli", "errors", "survey", "export", "args");

/// The area whose message keys are built at run time from the command line's definition
/// (`args-score--json`); src/cli/help.rs checks them against that definition.
#[cfg(test)]
pub(crate) const BUILT_AREA: &str = "args";

/// The catalogue files of `lang`, by area.
pub(crate) fn sources(lang: Lang) -> &'static Sources {
    match lang {
        Lang::De => GERMAN,
        Lang::En => ENGLISH,
    }
}

/// One language's messages: the Fluent bundle and its argument-free messages, formatted
/// once so that [`tr`] can lend them for the program's whole run.
struct Language {
    bundle: FluentBundle<FluentResource>,
    plain: HashMap<String, String>,
}

impl Language {
    fn load(lang: Lang) -> Self {
        let tag = match lang {
            Lang::De => "de",
            Lang::En => "en",
        };
        let id = tag.parse().unwrap_or_default();
        let mut bundle = FluentBundle::new_concurrent(vec![id]);
        // No Unicode isolation marks around arguments: the PDF fonts have no glyph for them.
        bundle.set_use_isolating(false);
        for (_, source) in sources(lang) {
            // A broken file or a key given twice is caught by the catalogue's tests; at
            // run time the parts that parse are used.
            let resource = match FluentResource::try_new((*source).to_string()) {
                Ok(resource) => resource,
                Err((resource, _)) => resource,
            };
            let _ignored_duplicates = bundle.add_resource(resource);
        }
        let mut plain = HashMap::new();
        for (_, source) in sources(lang) {
            for key in message_keys(source) {
                if let Some(text) = format(&bundle, &key, None) {
                    plain.insert(key, text);
                }
            }
        }
        Self { bundle, plain }
    }
}

fn format(
    bundle: &FluentBundle<FluentResource>,
    key: &str,
    args: Option<&FluentArgs>,
) -> Option<String> {
    let pattern = bundle.get_message(key)?.value()?;
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, args, &mut errors);
    Some(text.into_owned())
}

/// The keys of the messages in one Fluent source, in file order.
pub(crate) fn message_keys(source: &str) -> Vec<String> {
    let resource = match FluentResource::try_new(source.to_string()) {
        Ok(resource) => resource,
        Err((resource, _)) => resource,
    };
    resource
        .entries()
        .filter_map(|entry| match entry {
            fluent_syntax::ast::Entry::Message(message) => Some(message.id.name.to_string()),
            _ => None,
        })
        .collect()
}

fn language(lang: Lang) -> &'static Language {
    static GERMAN_LANGUAGE: OnceLock<Language> = OnceLock::new();
    static ENGLISH_LANGUAGE: OnceLock<Language> = OnceLock::new();
    match lang {
        Lang::De => GERMAN_LANGUAGE.get_or_init(|| Language::load(Lang::De)),
        Lang::En => ENGLISH_LANGUAGE.get_or_init(|| Language::load(Lang::En)),
    }
}

/// The message `key` in `lang`. A key the catalogue lacks comes back as itself, so a
/// missing text shows as its key instead of crashing (a test keeps every key present).
pub fn tr(lang: Lang, key: &'static str) -> &'static str {
    language(lang)
        .plain
        .get(key)
        .map(String::as_str)
        .unwrap_or(key)
}

/// The message `key`, built at run time (the command line's help texts, keyed by its
/// commands and arguments), in `lang` with `args` filled in; `None` where the catalogue
/// lacks it.
pub fn tr_built(lang: Lang, key: &str, args: &[(&str, Arg<'_>)]) -> Option<String> {
    format(&language(lang).bundle, key, Some(&fluent_args(args)))
}

/// Every message of `lang` that has no placeholder, as (key, text), sorted by key: for
/// tests that look for one language's words in the other's output.
pub fn plain_messages(lang: Lang) -> Vec<(&'static str, &'static str)> {
    let mut all: Vec<_> = language(lang)
        .plain
        .iter()
        .map(|(key, text)| (key.as_str(), text.as_str()))
        .collect();
    all.sort_unstable();
    all
}

/// A whole number with its thousands grouped as `lang` writes it: „12.000“, „12,000“.
pub fn format_integer(number: u64, lang: Lang) -> String {
    let separator = crate::tr!(lang, "number-group-separator");
    let digits = number.to_string();
    let mut grouped = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            grouped.push_str(separator);
        }
        grouped.push(c);
    }
    grouped
}

/// A value for a message's placeholder: a text, or a number (which also chooses the
/// plural form).
#[derive(Debug, Clone)]
pub enum Arg<'a> {
    /// A text, already formatted (names, figures with decimals, dates).
    Text(Cow<'a, str>),
    /// A whole number; Fluent selects plural forms by it.
    Number(i64),
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(text: &'a str) -> Self {
        Arg::Text(Cow::Borrowed(text))
    }
}

impl<'a> From<&'a String> for Arg<'a> {
    fn from(text: &'a String) -> Self {
        Arg::Text(Cow::Borrowed(text.as_str()))
    }
}

impl From<String> for Arg<'_> {
    fn from(text: String) -> Self {
        Arg::Text(Cow::Owned(text))
    }
}

macro_rules! number_arg {
    ($($t:ty),+) => {$(
        impl From<$t> for Arg<'_> {
            fn from(number: $t) -> Self {
                Arg::Number(i64::try_from(number).unwrap_or(i64::MAX))
            }
        }
    )+};
}
number_arg!(usize, u32, u64, i32, i64, u16, u8);

/// The message `key` in `lang` with its placeholders filled from `args`.
pub fn tr_args(lang: Lang, key: &'static str, args: &[(&'static str, Arg<'_>)]) -> String {
    format(&language(lang).bundle, key, Some(&fluent_args(args))).unwrap_or_else(|| key.to_string())
}

/// `args` as Fluent's arguments.
fn fluent_args<'a>(args: &'a [(&str, Arg<'_>)]) -> FluentArgs<'a> {
    let mut fluent_args = FluentArgs::with_capacity(args.len());
    for (name, value) in args {
        let value = match value {
            Arg::Text(text) => FluentValue::from(text.as_ref()),
            Arg::Number(number) => FluentValue::from(*number),
        };
        fluent_args.set(name.to_string(), value);
    }
    fluent_args
}

/// A message of the catalogue: `tr!(lang, "key")` for a plain one,
/// `tr!(lang, "key", name = value, count = n)` for one with placeholders.
#[macro_export]
macro_rules! tr {
    ($lang:expr, $key:literal) => {
        $crate::text::catalogue::tr($lang, $key)
    };
    ($lang:expr, $key:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::text::catalogue::tr_args(
            $lang,
            $key,
            &[$((stringify!($name), $crate::text::catalogue::Arg::from($value))),+],
        )
    };
}

/// A value of a [`Message`]'s placeholder, owned, so that a message can be kept (in an
/// error, a problem of a file) and worded later in whatever language is shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    /// A text that is the same in every language (an id, a value from a file, a path).
    Text(String),
    /// A whole number; Fluent selects plural forms by it.
    Number(i64),
    /// Another message, worded in the same language as the one it is part of.
    Message(Box<Message>),
    /// A text that depends on the language (a date, a decimal number, a translated name):
    /// one for each of [`Lang::ALL`], in that order.
    PerLang(Vec<String>),
}

impl Value {
    /// A value worded by `word` in each language (evaluated now, for every language).
    pub fn per_lang(word: impl Fn(Lang) -> String) -> Self {
        Value::PerLang(Lang::ALL.iter().map(|&lang| word(lang)).collect())
    }

    fn arg(&self, lang: Lang) -> Arg<'_> {
        match self {
            Value::Text(text) => Arg::Text(Cow::Borrowed(text)),
            Value::Number(number) => Arg::Number(*number),
            Value::Message(message) => Arg::Text(Cow::Owned(message.text(lang))),
            Value::PerLang(texts) => {
                let index = Lang::ALL.iter().position(|&l| l == lang).unwrap_or(0);
                Arg::Text(Cow::Borrowed(texts.get(index).map_or("", String::as_str)))
            }
        }
    }
}

impl From<&str> for Value {
    fn from(text: &str) -> Self {
        Value::Text(text.to_string())
    }
}

impl From<&String> for Value {
    fn from(text: &String) -> Self {
        Value::Text(text.clone())
    }
}

impl From<String> for Value {
    fn from(text: String) -> Self {
        Value::Text(text)
    }
}

impl From<Message> for Value {
    fn from(message: Message) -> Self {
        Value::Message(Box::new(message))
    }
}

macro_rules! number_value {
    ($($t:ty),+) => {$(
        impl From<$t> for Value {
            fn from(number: $t) -> Self {
                Value::Number(i64::try_from(number).unwrap_or(i64::MAX))
            }
        }
    )+};
}
number_value!(usize, u32, u64, i32, i64, u16, u8);

/// A message of the catalogue as data: its key and the values of its placeholders. Errors
/// and problems found deep in the program carry one; whoever shows it words it in the
/// language of the app or the command line ([`Message::text`]). Made with [`msg!`](crate::msg).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    key: &'static str,
    args: Vec<(&'static str, Value)>,
}

impl Message {
    /// The message `key` with `args` (use [`msg!`](crate::msg), which the catalogue's
    /// tests check against the catalogue).
    pub fn new(key: &'static str, args: Vec<(&'static str, Value)>) -> Self {
        Self { key, args }
    }

    /// The catalogue key.
    pub fn key(&self) -> &'static str {
        self.key
    }

    /// The message in `lang`.
    pub fn text(&self, lang: Lang) -> String {
        if self.args.is_empty() {
            return tr(lang, self.key).to_string();
        }
        let args: Vec<(&'static str, Arg<'_>)> = self
            .args
            .iter()
            .map(|(name, value)| (*name, value.arg(lang)))
            .collect();
        tr_args(lang, self.key, &args)
    }
}

/// Something that can be put in words in any language: a [`Message`], a file's problems,
/// the program's typed errors. `Display` of these types is the German text (for logs and
/// `?`); the app and the command line call `text` with the language shown.
pub trait Worded {
    /// The text in `lang`.
    fn text(&self, lang: Lang) -> String;
}

/// For types with an inherent `fn text(&self, lang: Lang) -> String`: implements
/// [`Worded`] by it, and `Display` as the German text (the default language), so that
/// logs and `?` keep working and no type writes a German literal of its own.
#[macro_export]
macro_rules! worded {
    ($($t:ty),+ $(,)?) => {$(
        impl $crate::text::catalogue::Worded for $t {
            fn text(&self, lang: $crate::text::Lang) -> String {
                <$t>::text(self, lang)
            }
        }

        impl std::fmt::Display for $t {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(&<$t>::text(self, $crate::text::Lang::De))
            }
        }
    )+};
}

worded!(Message);

/// A [`Message`] to be worded later: `msg!("key")` or `msg!("key", name = value, count = n)`,
/// with the same placeholders as [`tr!`](crate::tr) takes.
#[macro_export]
macro_rules! msg {
    ($key:literal) => {
        $crate::text::catalogue::Message::new($key, Vec::new())
    };
    ($key:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::text::catalogue::Message::new(
            $key,
            vec![$((stringify!($name), $crate::text::catalogue::Value::from($value))),+],
        )
    };
}

#[cfg(test)]
mod tests;
