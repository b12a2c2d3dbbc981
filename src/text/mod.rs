//! Translatable texts: German by default, English where the file provides it.

pub mod catalogue;

use serde::de::{self, MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// The languages the user interface and the reports can be shown in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum Lang {
    /// German, the default.
    #[default]
    De,
    /// English.
    En,
}

impl Lang {
    /// Every language, in the order a language menu shows them.
    pub const ALL: [Lang; 2] = [Lang::De, Lang::En];

    /// The language a POSIX locale such as `en_GB.UTF-8` asks for: English for `en…`,
    /// German (the default) for any other.
    pub fn from_locale(locale: &str) -> Lang {
        if locale.starts_with("en") {
            Lang::En
        } else {
            Lang::De
        }
    }

    /// The language's BCP 47 tag, as a PDF's or an HTML page's language.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::De => "de-DE",
            Lang::En => "en",
        }
    }

    /// The language's own name, as a menu shows it.
    pub(crate) fn native_name(self) -> &'static str {
        match self {
            Lang::De => "Deutsch",
            Lang::En => "English",
        }
    }
}

/// A text of a data file: German always, English optionally.
///
/// In RON it is either a plain string (German only) or a map
/// `{"de": "…", "en": "…"}`, so a translation can be added to any text
/// without breaking files that have none.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Text {
    /// The German text; always present.
    pub de: String,
    /// The English translation, if the file has one.
    pub en: Option<String>,
}

impl Text {
    /// A German-only text.
    pub fn de(text: impl Into<String>) -> Self {
        Self {
            de: text.into(),
            en: None,
        }
    }

    /// The text in `lang`, falling back to German where no translation exists.
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::De => &self.de,
            Lang::En => self.en.as_deref().unwrap_or(&self.de),
        }
    }

    /// The text with `change` applied to each language's variant.
    pub fn map_each(&self, change: impl Fn(&str, Lang) -> String) -> Text {
        Text {
            de: change(&self.de, Lang::De),
            en: self.en.as_deref().map(|en| change(en, Lang::En)),
        }
    }

    /// The German text and, if present, the English one.
    pub(crate) fn variants(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.de.as_str()).chain(self.en.as_deref())
    }

    /// Whether the German text is empty or only white space.
    pub(crate) fn is_blank(&self) -> bool {
        self.de.trim().is_empty()
    }
}

impl fmt::Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.de)
    }
}

impl Serialize for Text {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        match &self.en {
            None => serializer.serialize_str(&self.de),
            Some(en) => {
                let mut map = serializer.serialize_map(Some(2))?;
                map.serialize_entry("de", &self.de)?;
                map.serialize_entry("en", en)?;
                map.end()
            }
        }
    }
}

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct TextVisitor;

        impl<'de> Visitor<'de> for TextVisitor {
            type Value = Text;

            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a text in quotes, or a map {\"de\": \"…\", \"en\": \"…\"}")
            }

            fn visit_str<E: de::Error>(self, v: &str) -> Result<Text, E> {
                Ok(Text::de(v))
            }

            fn visit_string<E: de::Error>(self, v: String) -> Result<Text, E> {
                Ok(Text::de(v))
            }

            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Text, A::Error> {
                let mut de_text: Option<String> = None;
                let mut en_text: Option<String> = None;
                while let Some(key) = map.next_key::<String>()? {
                    match key.as_str() {
                        "de" => de_text = Some(map.next_value()?),
                        "en" => en_text = Some(map.next_value()?),
                        other => {
                            return Err(de::Error::custom(format!(
                                "unknown language \"{other}\" (allowed: \"de\", \"en\")"
                            )));
                        }
                    }
                }
                let de_text = de_text.ok_or_else(|| de::Error::missing_field("de"))?;
                Ok(Text {
                    de: de_text,
                    en: en_text,
                })
            }
        }

        deserializer.deserialize_any(TextVisitor)
    }
}

/// `text` with its first letter in upper case, e.g. for a name that starts a sentence
/// („die Stadtverordnetenversammlung“ → „Die …“).
pub(crate) fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_string_is_german_only_and_falls_back() {
        let text: Text = ron::from_str("\"Bürgerservice\"").unwrap();
        assert_eq!(text.get(Lang::De), "Bürgerservice");
        assert_eq!(text.get(Lang::En), "Bürgerservice");
        assert_eq!(ron::to_string(&text).unwrap(), "\"Bürgerservice\"");
    }

    #[test]
    fn map_carries_translation_and_round_trips() {
        let text: Text = ron::from_str(r#"{"de": "Straße", "en": "Street"}"#).unwrap();
        assert_eq!(text.get(Lang::De), "Straße");
        assert_eq!(text.get(Lang::En), "Street");
        let again: Text = ron::from_str(&ron::to_string(&text).unwrap()).unwrap();
        assert_eq!(again, text);
    }

    #[test]
    fn unknown_language_and_missing_german_are_errors() {
        assert!(ron::from_str::<Text>(r#"{"fr": "rue"}"#).is_err());
        assert!(ron::from_str::<Text>(r#"{"en": "Street"}"#).is_err());
        assert!(ron::from_str::<Text>("42").is_err());
    }
}
