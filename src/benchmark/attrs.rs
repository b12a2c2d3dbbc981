//! The published attributes of a benchmark entry, which a merge may generalise:
//! a size class or a range of neighbouring size classes, a federal state or „any“, a kind
//! of body or „any“.
//!
//! In a file an exact attribute is written as before (`size_class: From10kTo20k`,
//! `state: Hessen`, `kind: Stadt`); a generalised one explicitly as
//! `size_class: Range(From5kTo10k, From20kTo50k)`, `size_class: Any`, `state: Any` or
//! `kind: Any`. Files without generalised attributes read and write exactly as before.

use crate::model::{BodyKind, FederalState, SizeClass};
use crate::text::Lang;
use crate::text::catalogue::format_integer;
use crate::tr;
use serde::de::{self, EnumAccess, IntoDeserializer, SeqAccess, VariantAccess, Visitor};
use serde::ser::SerializeTupleVariant;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// A contiguous range of size classes; `low == high` is one exact size class.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct SizeRange {
    /// Smallest size class of the range.
    pub low: SizeClass,
    /// Largest size class of the range (≥ `low`).
    pub high: SizeClass,
}

/// Position of `c` in [`SizeClass::ALL`].
pub(crate) fn size_index(c: SizeClass) -> usize {
    SizeClass::ALL.iter().position(|x| *x == c).unwrap_or(0)
}

impl SizeRange {
    /// Every size class.
    pub(crate) const ANY: SizeRange = SizeRange {
        low: SizeClass::Under5k,
        high: SizeClass::Over100k,
    };

    /// Exactly one size class.
    pub fn exact(c: SizeClass) -> Self {
        SizeRange { low: c, high: c }
    }

    /// The size classes `low..=high` by index (swapped if reversed, clamped to the list).
    pub(crate) fn from_indices(low: usize, high: usize) -> Self {
        let last = SizeClass::ALL.len() - 1;
        let (a, b) = (low.min(high).min(last), high.max(low).min(last));
        SizeRange {
            low: SizeClass::ALL[a],
            high: SizeClass::ALL[b],
        }
    }

    /// Indices (in [`SizeClass::ALL`]) of the lowest and highest class.
    pub(crate) fn indices(self) -> (usize, usize) {
        (size_index(self.low), size_index(self.high))
    }

    /// The one size class, if the range is exact.
    pub(crate) fn exact_class(self) -> Option<SizeClass> {
        (self.low == self.high).then_some(self.low)
    }

    /// Whether every size class of `self` lies within `outer`.
    pub fn within(self, outer: SizeRange) -> bool {
        let (a, b) = self.indices();
        let (lo, hi) = outer.indices();
        lo <= a && b <= hi
    }

    /// Whether `c` lies in the range.
    pub fn contains(self, c: SizeClass) -> bool {
        SizeRange::exact(c).within(self)
    }

    /// A label, e.g. „10.000–19.999 Einw.“, „5.000–49.999 Einw.“ or „alle Größenklassen“.
    pub fn label(self, lang: Lang) -> String {
        if self == SizeRange::ANY {
            return tr!(lang, "peers-all-size-classes").into();
        }
        if let Some(c) = self.exact_class() {
            return c.label(lang).to_string();
        }
        let (a, b) = self.indices();
        let n = |population: u64| format_integer(population, lang);
        if a == 0 {
            tr!(lang, "attrs-size-under", to = n(LOWER[b + 1]))
        } else if b == SizeClass::ALL.len() - 1 {
            tr!(lang, "attrs-size-from", from = n(LOWER[a]))
        } else {
            tr!(
                lang,
                "attrs-size-range",
                from = n(LOWER[a]),
                to = n(UPPER[b])
            )
        }
    }
}

/// Lowest population of each size class.
const LOWER: [u64; 6] = [0, 5_000, 10_000, 20_000, 50_000, 100_000];
/// Highest population of each size class below the largest.
const UPPER: [u64; 5] = [4_999, 9_999, 19_999, 49_999, 99_999];

/// The variant name that stands for a generalised attribute.
pub(crate) const ANY: &str = "Any";
/// The variant name of a range of size classes.
pub(crate) const RANGE: &str = "Range";

const SIZE_VARIANTS: &[&str] = &[
    "Under5k",
    "From5kTo10k",
    "From10kTo20k",
    "From20kTo50k",
    "From50kTo100k",
    "Over100k",
    ANY,
    RANGE,
];

const STATE_VARIANTS: &[&str] = &[
    "BadenWuerttemberg",
    "Bayern",
    "Berlin",
    "Brandenburg",
    "Bremen",
    "Hamburg",
    "Hessen",
    "MecklenburgVorpommern",
    "Niedersachsen",
    "NordrheinWestfalen",
    "RheinlandPfalz",
    "Saarland",
    "Sachsen",
    "SachsenAnhalt",
    "SchleswigHolstein",
    "Thueringen",
    ANY,
];

const KIND_VARIANTS: &[&str] = &[
    "Gemeinde",
    "Stadt",
    "KreisfreieStadt",
    "Landkreis",
    "Gemeindeverband",
    ANY,
];

/// A variant name, read as an identifier.
struct Ident(String);

impl<'de> Deserialize<'de> for Ident {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl Visitor<'_> for V {
            type Value = Ident;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a variant name")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Ident, E> {
                Ok(Ident(v.to_owned()))
            }
        }
        d.deserialize_identifier(V)
    }
}

/// Reads a unit variant of `T` by name (the derived deserializer does the matching).
fn named<T: de::DeserializeOwned, E: de::Error>(name: &str) -> Result<T, E> {
    T::deserialize(name.into_deserializer())
}

/// An attribute an entry may publish or generalise to `Any` (federal state, kind of
/// body), for [`any`].
pub(crate) trait Generalisable: Serialize + de::DeserializeOwned {
    /// The enum's name as serde knows it.
    const NAME: &'static str;
    /// Its variants, with `Any` last.
    const VARIANTS: &'static [&'static str];
    /// What a reader expects, for error messages.
    const EXPECTING: &'static str;
}

impl Generalisable for FederalState {
    const NAME: &'static str = "FederalState";
    const VARIANTS: &'static [&'static str] = STATE_VARIANTS;
    const EXPECTING: &'static str = "a federal state or Any";
}

impl Generalisable for BodyKind {
    const NAME: &'static str = "BodyKind";
    const VARIANTS: &'static [&'static str] = KIND_VARIANTS;
    const EXPECTING: &'static str = "a kind of body or Any";
}

/// Serde for `Option<FederalState>` and `Option<BodyKind>`: `None` is written as `Any`.
pub mod any {
    use super::*;

    /// Writes the attribute, or `Any`.
    pub(crate) fn serialize<T: Generalisable, S: Serializer>(
        v: &Option<T>,
        s: S,
    ) -> Result<S::Ok, S::Error> {
        match v {
            Some(value) => value.serialize(s),
            None => s.serialize_unit_variant(T::NAME, (T::VARIANTS.len() - 1) as u32, ANY),
        }
    }

    /// Reads the attribute or `Any`.
    pub(crate) fn deserialize<'de, T: Generalisable, D: Deserializer<'de>>(
        d: D,
    ) -> Result<Option<T>, D::Error> {
        struct V<T>(std::marker::PhantomData<T>);
        impl<'de, T: Generalisable> Visitor<'de> for V<T> {
            type Value = Option<T>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str(T::EXPECTING)
            }
            fn visit_enum<A: EnumAccess<'de>>(self, data: A) -> Result<Self::Value, A::Error> {
                let (Ident(name), variant) = data.variant::<Ident>()?;
                variant.unit_variant()?;
                if name == ANY {
                    Ok(None)
                } else {
                    named::<T, A::Error>(&name)
                        .map(Some)
                        .map_err(|_| de::Error::unknown_variant(&name, T::VARIANTS))
                }
            }
        }
        d.deserialize_enum(T::NAME, T::VARIANTS, V(std::marker::PhantomData))
    }
}

impl Serialize for SizeRange {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        if let Some(c) = self.exact_class() {
            c.serialize(s)
        } else if *self == SizeRange::ANY {
            s.serialize_unit_variant("SizeClass", 6, ANY)
        } else {
            let mut t = s.serialize_tuple_variant("SizeClass", 7, RANGE, 2)?;
            t.serialize_field(&self.low)?;
            t.serialize_field(&self.high)?;
            t.end()
        }
    }
}

impl<'de> Deserialize<'de> for SizeRange {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Pair;
        impl<'de> Visitor<'de> for Pair {
            type Value = SizeRange;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("two size classes")
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<SizeRange, A::Error> {
                let low: SizeClass = seq
                    .next_element()?
                    .ok_or_else(|| de::Error::invalid_length(0, &self))?;
                let high: SizeClass = seq
                    .next_element()?
                    .ok_or_else(|| de::Error::invalid_length(1, &self))?;
                if size_index(high) < size_index(low) {
                    return Err(de::Error::custom(
                        "the range must start with the smaller size class",
                    ));
                }
                Ok(SizeRange { low, high })
            }
        }
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = SizeRange;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a size class, Range(…, …) or Any")
            }
            fn visit_enum<A: EnumAccess<'de>>(self, data: A) -> Result<SizeRange, A::Error> {
                let (Ident(name), variant) = data.variant::<Ident>()?;
                match name.as_str() {
                    RANGE => variant.tuple_variant(2, Pair),
                    ANY => variant.unit_variant().map(|()| SizeRange::ANY),
                    _ => {
                        variant.unit_variant()?;
                        named::<SizeClass, A::Error>(&name)
                            .map(SizeRange::exact)
                            .map_err(|_| de::Error::unknown_variant(&name, SIZE_VARIANTS))
                    }
                }
            }
        }
        d.deserialize_enum("SizeClass", SIZE_VARIANTS, V)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, PartialEq, Serialize, Deserialize)]
    struct Probe {
        size_class: SizeRange,
        #[serde(with = "any")]
        state: Option<FederalState>,
        #[serde(with = "any")]
        kind: Option<BodyKind>,
    }

    #[test]
    fn exact_and_generalised_attributes_read_and_write() {
        for (text, want) in [
            (
                "(size_class: From10kTo20k, state: Hessen, kind: Stadt)",
                Probe {
                    size_class: SizeRange::exact(SizeClass::From10kTo20k),
                    state: Some(FederalState::Hessen),
                    kind: Some(BodyKind::Stadt),
                },
            ),
            (
                "(size_class: Range(From5kTo10k, From20kTo50k), state: Any, kind: Any)",
                Probe {
                    size_class: SizeRange::from_indices(1, 3),
                    state: None,
                    kind: None,
                },
            ),
            (
                "(size_class: Any, state: Bayern, kind: Landkreis)",
                Probe {
                    size_class: SizeRange::ANY,
                    state: Some(FederalState::Bayern),
                    kind: Some(BodyKind::Landkreis),
                },
            ),
        ] {
            let parsed: Probe = ron::from_str(text).unwrap();
            assert_eq!(parsed, want, "{text}");
            let written = ron::to_string(&parsed).unwrap();
            assert_eq!(written.replace(' ', ""), text.replace(' ', ""));
            assert_eq!(ron::from_str::<Probe>(&written).unwrap(), parsed);
        }
        for bad in [
            "(size_class: Range(Over100k, Under5k), state: Any, kind: Any)",
            "(size_class: Under5k, state: Atlantis, kind: Any)",
            "(size_class: Under5k, state: Any, kind: Dorf)",
            "(size_class: Range(Under5k), state: Any, kind: Any)",
        ] {
            assert!(ron::from_str::<Probe>(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn ranges_nest_and_read_well() {
        let middle = SizeRange::from_indices(1, 3);
        assert!(SizeRange::exact(SizeClass::From10kTo20k).within(middle));
        assert!(!SizeRange::exact(SizeClass::Under5k).within(middle));
        assert!(middle.within(SizeRange::ANY));
        assert_eq!(middle.label(Lang::De), "5.000–49.999 Einw.");
        assert_eq!(
            SizeRange::from_indices(0, 1).label(Lang::De),
            "unter 10.000 Einw."
        );
        assert_eq!(
            SizeRange::from_indices(4, 5).label(Lang::De),
            "ab 50.000 Einw."
        );
        assert_eq!(SizeRange::ANY.label(Lang::De), "alle Größenklassen");
        assert_eq!(middle.label(Lang::En), "5,000–49,999 inhabitants");
        assert_eq!(
            SizeRange::from_indices(4, 5).label(Lang::En),
            "50,000 inhabitants and more"
        );
    }
}
