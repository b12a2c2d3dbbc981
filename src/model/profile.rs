//! The municipality profile: federal state, kind of body, size class.

use crate::text::Lang;
use serde::{Deserialize, Serialize};

/// The profile of the municipality that is assessed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Profile {
    /// Name of the municipality, e.g. „Musterstadt“.
    pub name: String,
    /// Name of the deciding body where it differs from the state's municipal code
    /// (e.g. „Ratsversammlung“); `None` uses [`crate::council::council_body`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub council_name: Option<String>,
    /// The federal state it belongs to.
    pub state: FederalState,
    /// The kind of local body.
    pub kind: BodyKind,
    /// Number of inhabitants; only the size class ever leaves the machine.
    pub population: u32,
}

impl Profile {
    /// The size class that the population falls into.
    pub fn size_class(&self) -> SizeClass {
        SizeClass::from_population(self.population)
    }
}

/// The 16 German federal states.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum FederalState {
    /// Baden-Württemberg.
    BadenWuerttemberg,
    /// Bayern.
    Bayern,
    /// Berlin.
    Berlin,
    /// Brandenburg.
    Brandenburg,
    /// Bremen.
    Bremen,
    /// Hamburg.
    Hamburg,
    /// Hessen.
    Hessen,
    /// Mecklenburg-Vorpommern.
    MecklenburgVorpommern,
    /// Niedersachsen.
    Niedersachsen,
    /// Nordrhein-Westfalen.
    NordrheinWestfalen,
    /// Rheinland-Pfalz.
    RheinlandPfalz,
    /// Saarland.
    Saarland,
    /// Sachsen.
    Sachsen,
    /// Sachsen-Anhalt.
    SachsenAnhalt,
    /// Schleswig-Holstein.
    SchleswigHolstein,
    /// Thüringen.
    Thueringen,
}

impl FederalState {
    /// All 16 states in alphabetical order.
    pub const ALL: [FederalState; 16] = [
        Self::BadenWuerttemberg,
        Self::Bayern,
        Self::Berlin,
        Self::Brandenburg,
        Self::Bremen,
        Self::Hamburg,
        Self::Hessen,
        Self::MecklenburgVorpommern,
        Self::Niedersachsen,
        Self::NordrheinWestfalen,
        Self::RheinlandPfalz,
        Self::Saarland,
        Self::Sachsen,
        Self::SachsenAnhalt,
        Self::SchleswigHolstein,
        Self::Thueringen,
    ];

    /// The state's official name (the same in German and English UI).
    pub fn name(self) -> &'static str {
        match self {
            Self::BadenWuerttemberg => "Baden-Württemberg",
            Self::Bayern => "Bayern",
            Self::Berlin => "Berlin",
            Self::Brandenburg => "Brandenburg",
            Self::Bremen => "Bremen",
            Self::Hamburg => "Hamburg",
            Self::Hessen => "Hessen",
            Self::MecklenburgVorpommern => "Mecklenburg-Vorpommern",
            Self::Niedersachsen => "Niedersachsen",
            Self::NordrheinWestfalen => "Nordrhein-Westfalen",
            Self::RheinlandPfalz => "Rheinland-Pfalz",
            Self::Saarland => "Saarland",
            Self::Sachsen => "Sachsen",
            Self::SachsenAnhalt => "Sachsen-Anhalt",
            Self::SchleswigHolstein => "Schleswig-Holstein",
            Self::Thueringen => "Thüringen",
        }
    }
}

/// The kind of local body that is assessed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum BodyKind {
    /// A municipality without town rights (Gemeinde).
    Gemeinde,
    /// A town belonging to a district (kreisangehörige Stadt).
    Stadt,
    /// A city not belonging to a district (kreisfreie Stadt).
    KreisfreieStadt,
    /// A district (Landkreis).
    Landkreis,
    /// An association of municipalities (Amt, Verbandsgemeinde, Verwaltungsgemeinschaft).
    Gemeindeverband,
}

impl BodyKind {
    /// Every kind, in the order a form lists them.
    pub const ALL: [BodyKind; 5] = [
        Self::Gemeinde,
        Self::Stadt,
        Self::KreisfreieStadt,
        Self::Landkreis,
        Self::Gemeindeverband,
    ];

    /// Display name in `lang`.
    pub fn name(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Self::Gemeinde, Lang::De) => "Gemeinde",
            (Self::Gemeinde, Lang::En) => "Municipality",
            (Self::Stadt, Lang::De) => "Kreisangehörige Stadt",
            (Self::Stadt, Lang::En) => "Town (within a district)",
            (Self::KreisfreieStadt, Lang::De) => "Kreisfreie Stadt",
            (Self::KreisfreieStadt, Lang::En) => "City (district-free)",
            (Self::Landkreis, Lang::De) => "Landkreis",
            (Self::Landkreis, Lang::En) => "District",
            (Self::Gemeindeverband, Lang::De) => "Amt / Verbandsgemeinde",
            (Self::Gemeindeverband, Lang::En) => "Association of municipalities",
        }
    }
}

/// Size classes by population, as used for peer comparison.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum SizeClass {
    /// Fewer than 5,000 inhabitants.
    Under5k,
    /// 5,000 to 9,999.
    From5kTo10k,
    /// 10,000 to 19,999.
    From10kTo20k,
    /// 20,000 to 49,999.
    From20kTo50k,
    /// 50,000 to 99,999.
    From50kTo100k,
    /// 100,000 and more.
    Over100k,
}

impl SizeClass {
    /// Every size class, smallest first.
    pub const ALL: [SizeClass; 6] = [
        Self::Under5k,
        Self::From5kTo10k,
        Self::From10kTo20k,
        Self::From20kTo50k,
        Self::From50kTo100k,
        Self::Over100k,
    ];

    /// The size class a population falls into.
    pub fn from_population(population: u32) -> Self {
        match population {
            0..5_000 => Self::Under5k,
            5_000..10_000 => Self::From5kTo10k,
            10_000..20_000 => Self::From10kTo20k,
            20_000..50_000 => Self::From20kTo50k,
            50_000..100_000 => Self::From50kTo100k,
            _ => Self::Over100k,
        }
    }

    /// Display label in `lang`, e.g. „10.000–19.999 Einw.“.
    pub fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Self::Under5k, Lang::De) => "unter 5.000 Einw.",
            (Self::Under5k, Lang::En) => "under 5,000 inhabitants",
            (Self::From5kTo10k, Lang::De) => "5.000–9.999 Einw.",
            (Self::From5kTo10k, Lang::En) => "5,000–9,999 inhabitants",
            (Self::From10kTo20k, Lang::De) => "10.000–19.999 Einw.",
            (Self::From10kTo20k, Lang::En) => "10,000–19,999 inhabitants",
            (Self::From20kTo50k, Lang::De) => "20.000–49.999 Einw.",
            (Self::From20kTo50k, Lang::En) => "20,000–49,999 inhabitants",
            (Self::From50kTo100k, Lang::De) => "50.000–99.999 Einw.",
            (Self::From50kTo100k, Lang::En) => "50,000–99,999 inhabitants",
            (Self::Over100k, Lang::De) => "ab 100.000 Einw.",
            (Self::Over100k, Lang::En) => "100,000 inhabitants and more",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn size_class_boundaries() {
        assert_eq!(SizeClass::from_population(0), SizeClass::Under5k);
        assert_eq!(SizeClass::from_population(4_999), SizeClass::Under5k);
        assert_eq!(SizeClass::from_population(5_000), SizeClass::From5kTo10k);
        assert_eq!(SizeClass::from_population(19_999), SizeClass::From10kTo20k);
        assert_eq!(SizeClass::from_population(20_000), SizeClass::From20kTo50k);
        assert_eq!(SizeClass::from_population(99_999), SizeClass::From50kTo100k);
        assert_eq!(SizeClass::from_population(u32::MAX), SizeClass::Over100k);
    }

    #[test]
    fn every_state_has_a_distinct_name() {
        let mut names: Vec<_> = FederalState::ALL.iter().map(|s| s.name()).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), 16);
    }
}
