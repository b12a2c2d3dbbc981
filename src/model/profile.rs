//! The municipality profile: federal state, kind of body, size class.

use crate::text::Lang;
use crate::tr;
use serde::{Deserialize, Serialize};

/// The profile of the municipality that is assessed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Profile {
    /// Name of the municipality, e.g. „Musterstadt“.
    pub name: String,
    /// Name of the deciding body where it differs from the state's municipal code
    /// (e.g. „Ratsversammlung“); `None` uses [`crate::model::council::council_body`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub council_name: Option<String>,
    /// The federal state it belongs to.
    pub state: FederalState,
    /// The kind of local body.
    pub kind: BodyKind,
    /// Number of inhabitants; only the size class ever leaves the machine.
    pub population: u32,
    /// Membership of a federation of municipalities (Verbandsgemeinde, Amt, …), if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub federation: Option<Federation>,
    /// Whether the district (Landkreis) runs services for the town that the questionnaire
    /// asks about (e.g. through a shared portal or a district office).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub district_services: bool,
}

impl Profile {
    /// The size class that the population falls into.
    pub fn size_class(&self) -> SizeClass {
        SizeClass::from_population(self.population)
    }

    /// Whether a question's federation hint applies: the town belongs to a federation of
    /// municipalities or its district runs services for it.
    pub(crate) fn shows_federation_hints(&self) -> bool {
        self.federation.is_some() || self.district_services
    }
}

/// Membership of a federation of municipalities that runs (part of) the town's administration.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Federation {
    /// The legal form of the federation.
    pub kind: FederationKind,
    /// Its name, e.g. „Verbandsgemeinde Lindenhagen-Land“ (optional).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub name: String,
}

/// The legal forms in which small municipalities share an administration, per the states'
/// municipal codes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum FederationKind {
    /// Verbandsgemeinde: Rheinland-Pfalz (§§ 64 ff. GemO), Sachsen-Anhalt (§§ 88 ff. KVG LSA),
    /// Brandenburg (Verbandsgemeinde- und Mitverwaltungsgesetz 2018); members are Ortsgemeinden
    /// or Mitgliedsgemeinden.
    Verbandsgemeinde,
    /// Amt: Schleswig-Holstein (Amtsordnung), Mecklenburg-Vorpommern (§§ 125 ff. KV M-V),
    /// Brandenburg (§§ 133 ff. BbgKVerf).
    Amt,
    /// Samtgemeinde: Niedersachsen (§§ 97 ff. NKomVG).
    Samtgemeinde,
    /// Verwaltungsgemeinschaft: Bayern (VGemO), Thüringen (§§ 46 ff. ThürKO), Sachsen
    /// (§ 36 SächsKomZG), Baden-Württemberg as „vereinbarte Verwaltungsgemeinschaft“
    /// (§ 59 GemO). Sachsen-Anhalt dissolved its Verwaltungsgemeinschaften in 2009/2010.
    Verwaltungsgemeinschaft,
    /// Gemeindeverwaltungsverband: Baden-Württemberg (§ 59 GemO, GKZ).
    Gemeindeverwaltungsverband,
    /// Verwaltungsverband: Sachsen (§§ 3 ff. SächsKomZG).
    Verwaltungsverband,
    /// Mitverwaltung: Brandenburg (§§ 16 ff. Verbandsgemeinde- und Mitverwaltungsgesetz).
    Mitverwaltung,
    /// Erfüllende Gemeinde: a neighbouring municipality does the administration, Thüringen
    /// (§ 51 ThürKO).
    ErfuellendeGemeinde,
    /// Another form of shared administration (any state).
    Other,
}

impl FederationKind {
    /// Every kind, in the order a form lists them.
    pub const ALL: [FederationKind; 9] = [
        Self::Verbandsgemeinde,
        Self::Amt,
        Self::Samtgemeinde,
        Self::Verwaltungsgemeinschaft,
        Self::Gemeindeverwaltungsverband,
        Self::Verwaltungsverband,
        Self::Mitverwaltung,
        Self::ErfuellendeGemeinde,
        Self::Other,
    ];

    /// Display name in `lang`.
    pub fn name(self, lang: Lang) -> &'static str {
        match self {
            Self::Verbandsgemeinde => tr!(lang, "profile-federation-verbandsgemeinde"),
            Self::Amt => tr!(lang, "profile-federation-amt"),
            Self::Samtgemeinde => tr!(lang, "profile-federation-samtgemeinde"),
            Self::Verwaltungsgemeinschaft => {
                tr!(lang, "profile-federation-verwaltungsgemeinschaft")
            }
            Self::Gemeindeverwaltungsverband => {
                tr!(lang, "profile-federation-gemeindeverwaltungsverband")
            }
            Self::Verwaltungsverband => tr!(lang, "profile-federation-verwaltungsverband"),
            Self::Mitverwaltung => tr!(lang, "profile-federation-mitverwaltung"),
            Self::ErfuellendeGemeinde => tr!(lang, "profile-federation-erfuellende-gemeinde"),
            Self::Other => tr!(lang, "profile-federation-other"),
        }
    }

    /// Whether the municipal code of `state` has this form (always true for [`Self::Other`]).
    pub(crate) fn exists_in(self, state: FederalState) -> bool {
        use FederalState as S;
        match self {
            Self::Verbandsgemeinde => {
                matches!(state, S::RheinlandPfalz | S::SachsenAnhalt | S::Brandenburg)
            }
            Self::Amt => matches!(
                state,
                S::SchleswigHolstein | S::MecklenburgVorpommern | S::Brandenburg
            ),
            Self::Samtgemeinde => state == S::Niedersachsen,
            Self::Verwaltungsgemeinschaft => matches!(
                state,
                S::Bayern | S::Thueringen | S::Sachsen | S::BadenWuerttemberg
            ),
            Self::Gemeindeverwaltungsverband => state == S::BadenWuerttemberg,
            Self::Verwaltungsverband => state == S::Sachsen,
            Self::Mitverwaltung => state == S::Brandenburg,
            Self::ErfuellendeGemeinde => state == S::Thueringen,
            Self::Other => true,
        }
    }

    /// The kinds a town in `state` can belong to, in form order.
    pub(crate) fn for_state(state: FederalState) -> Vec<FederationKind> {
        Self::ALL
            .into_iter()
            .filter(|kind| kind.exists_in(state))
            .collect()
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
        match self {
            Self::Gemeinde => tr!(lang, "profile-kind-gemeinde"),
            Self::Stadt => tr!(lang, "profile-kind-stadt"),
            Self::KreisfreieStadt => tr!(lang, "profile-kind-kreisfreie-stadt"),
            Self::Landkreis => tr!(lang, "profile-kind-landkreis"),
            Self::Gemeindeverband => tr!(lang, "profile-kind-gemeindeverband"),
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
    pub(crate) fn from_population(population: u32) -> Self {
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
        match self {
            Self::Under5k => tr!(lang, "profile-size-under-5k"),
            Self::From5kTo10k => tr!(lang, "profile-size-5k-to-10k"),
            Self::From10kTo20k => tr!(lang, "profile-size-10k-to-20k"),
            Self::From20kTo50k => tr!(lang, "profile-size-20k-to-50k"),
            Self::From50kTo100k => tr!(lang, "profile-size-50k-to-100k"),
            Self::Over100k => tr!(lang, "profile-size-over-100k"),
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
    fn federation_kinds_follow_the_municipal_codes() {
        use FederalState as S;
        assert!(FederationKind::Verbandsgemeinde.exists_in(S::RheinlandPfalz));
        assert!(FederationKind::Amt.exists_in(S::SchleswigHolstein));
        assert!(FederationKind::Samtgemeinde.exists_in(S::Niedersachsen));
        assert!(!FederationKind::Samtgemeinde.exists_in(S::Bayern));
        assert!(!FederationKind::Verwaltungsgemeinschaft.exists_in(S::SachsenAnhalt));
        assert_eq!(
            FederationKind::for_state(S::Brandenburg),
            [
                FederationKind::Verbandsgemeinde,
                FederationKind::Amt,
                FederationKind::Mitverwaltung,
                FederationKind::Other
            ]
        );
        // City states and states of unitary municipalities only have "other".
        for state in [
            S::Berlin,
            S::Hamburg,
            S::Bremen,
            S::NordrheinWestfalen,
            S::Saarland,
            S::Hessen,
        ] {
            assert_eq!(
                FederationKind::for_state(state),
                [FederationKind::Other],
                "{state:?}"
            );
        }
    }

    #[test]
    fn profile_without_federation_writes_no_new_fields() {
        let profile = Profile {
            name: "Lindenhagen".into(),
            council_name: None,
            state: FederalState::Hessen,
            kind: BodyKind::Stadt,
            population: 14_800,
            federation: None,
            district_services: false,
        };
        let text = ron::to_string(&profile).unwrap();
        assert!(
            !text.contains("federation") && !text.contains("district"),
            "{text}"
        );
        assert!(!profile.shows_federation_hints());
        let member = Profile {
            federation: Some(Federation {
                kind: FederationKind::Verbandsgemeinde,
                name: "Verbandsgemeinde Lindenhagen-Land".into(),
            }),
            ..profile
        };
        let again: Profile = ron::from_str(&ron::to_string(&member).unwrap()).unwrap();
        assert_eq!(again, member);
        assert!(again.shows_federation_hints());
    }

    #[test]
    fn every_state_has_a_distinct_name() {
        let mut names: Vec<_> = FederalState::ALL.iter().map(|s| s.name()).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), 16);
    }
}
