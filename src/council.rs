//! The body that decides on the council paper, named as the federal state's municipal
//! code names it.
//!
//! | Land | Gemeinde | Stadt, kreisfreie Stadt | Landkreis | Verband (Amt, VG, SG) | Grundlage |
//! |---|---|---|---|---|---|
//! | Baden-Württemberg | Gemeinderat | Gemeinderat | Kreistag | Verbandsversammlung | § 24 Abs. 1 GemO (in Städten heißen nur die Mitglieder „Stadtrat“, § 25 Abs. 1 GemO); § 19 LKrO; § 60 GemO mit § 13 GKZ |
//! | Bayern | Gemeinderat | Stadtrat | Kreistag | Gemeinschaftsversammlung | Art. 29, 30 Abs. 1 GO; Art. 22 LKrO; Art. 6 VGemO |
//! | Berlin | Abgeordnetenhaus | Abgeordnetenhaus | – | – | Art. 38 VvB (Stadtstaat) |
//! | Brandenburg | Gemeindevertretung | Stadtverordnetenversammlung | Kreistag | Amtsausschuss | § 27 Abs. 1 Satz 2 BbgKVerf; § 131 BbgKVerf; § 136 BbgKVerf |
//! | Bremen | Stadtbürgerschaft | Stadtbürgerschaft (Bremerhaven: Stadtverordnetenversammlung) | – | – | Art. 148 LV Bremen; Verfassung für die Stadt Bremerhaven |
//! | Hamburg | Bürgerschaft | Bürgerschaft | – | – | Art. 6 HV (Stadtstaat) |
//! | Hessen | Gemeindevertretung | Stadtverordnetenversammlung | Kreistag | Verbandsversammlung | § 9 Abs. 1 Satz 3 HGO; § 8 HKO; KGG |
//! | Mecklenburg-Vorpommern | Gemeindevertretung | Stadtvertretung | Kreistag | Amtsausschuss | § 22 Abs. 1 KV M-V; § 104 KV M-V; § 132 KV M-V |
//! | Niedersachsen | Rat | Rat | Kreistag | Samtgemeinderat | § 45 Abs. 1 NKomVG (Ratsfrau/Ratsherr in Gemeinden und Samtgemeinden; Kreistag in Landkreisen) |
//! | Nordrhein-Westfalen | Rat | Rat | Kreistag | Verbandsversammlung | § 40 Abs. 2 GO NRW; § 25 KrO NRW; GkG NRW |
//! | Rheinland-Pfalz | Gemeinderat | Stadtrat | Kreistag | Verbandsgemeinderat | § 28 Abs. 2 GemO; § 64 Abs. 2 GemO; § 22 LKO |
//! | Saarland | Gemeinderat | Stadtrat | Kreistag | Verbandsversammlung | KSVG (Gemeinderat, in Städten Stadtrat; Kreistag) |
//! | Sachsen | Gemeinderat | Stadtrat | Kreistag | Verbandsversammlung | § 27 Abs. 1 SächsGemO; SächsLKrO; SächsKomZG |
//! | Sachsen-Anhalt | Gemeinderat | Stadtrat | Kreistag | Verbandsgemeinderat | § 7 KVG LSA |
//! | Schleswig-Holstein | Gemeindevertretung | Stadtvertretung | Kreistag | Amtsausschuss | § 7 GO; § 7 KrO; § 9 AO |
//! | Thüringen | Gemeinderat | Stadtrat | Kreistag | Gemeinschaftsversammlung | § 22 ThürKO; § 101 ThürKO; § 47 ThürKO |
//!
//! The Hessian, Brandenburg, Mecklenburg-Vorpommern, Rheinland-Pfalz, Niedersachsen and
//! Bayern rows were checked against the wording of the cited provisions; the others
//! follow the codes' structure as cited and should be confirmed by the town. Where a
//! town's main statute uses another name (Rostock's and Lübeck's „Bürgerschaft“, Kiel's
//! „Ratsversammlung“, an Ortsgemeinderat), the profile's `council_name` overrides it.

use crate::model::{BodyKind, FederalState, Profile};
use crate::text::Lang;

/// Grammatical gender of the body's German name, for the article in running text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Gender {
    /// der Rat, der Kreistag.
    Masculine,
    /// die Gemeindevertretung.
    Feminine,
    /// das Abgeordnetenhaus.
    Neuter,
}

/// The deciding body of a municipality: its name and the provision that names it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct CouncilBody {
    /// German name, e.g. „Stadtverordnetenversammlung“.
    pub name: String,
    /// Grammatical gender of the name.
    pub gender: Gender,
    /// The legal basis, e.g. „§ 9 Abs. 1 Satz 3 HGO“; empty for a name the user set.
    pub source: &'static str,
}

impl CouncilBody {
    /// „der Stadtrat“, „die Gemeindevertretung“ (nominative with article).
    pub(crate) fn with_article(&self) -> String {
        let article = match self.gender {
            Gender::Masculine => "der",
            Gender::Feminine => "die",
            Gender::Neuter => "das",
        };
        format!("{article} {}", self.name)
    }

    /// „den Stadtrat“, „die Gemeindevertretung“ (accusative with article).
    pub(crate) fn accusative(&self) -> String {
        let article = match self.gender {
            Gender::Masculine => "den",
            Gender::Feminine => "die",
            Gender::Neuter => "das",
        };
        format!("{article} {}", self.name)
    }

    /// „dem Stadtrat“, „der Gemeindevertretung“ (dative with article).
    pub(crate) fn dative(&self) -> String {
        let article = match self.gender {
            Gender::Masculine | Gender::Neuter => "dem",
            Gender::Feminine => "der",
        };
        format!("{article} {}", self.name)
    }

    /// The name for running text in `lang`: German as is; English as „the council
    /// (Stadtverordnetenversammlung)“ so the reader still finds the local term.
    pub(crate) fn in_text(&self, lang: Lang) -> String {
        match lang {
            Lang::De => self.with_article(),
            Lang::En => {
                let generic = if self.name == "Kreistag" {
                    "district council"
                } else if self.name == "Amtsausschuss" {
                    "committee of the Amt"
                } else {
                    "council"
                };
                format!("the {generic} ({})", self.name)
            }
        }
    }
}

fn body(name: &str, gender: Gender, source: &'static str) -> CouncilBody {
    CouncilBody {
        name: name.to_string(),
        gender,
        source,
    }
}

/// The deciding body for a municipality of `kind` in `state` (see the module table).
/// `town` is the municipality's name; it only matters for Bremen, whose two cities
/// have different bodies.
pub(crate) fn council_body(state: FederalState, kind: BodyKind, town: &str) -> CouncilBody {
    use BodyKind::{Gemeindeverband, KreisfreieStadt, Landkreis, Stadt};
    use FederalState as S;
    use Gender::{Feminine as F, Masculine as M, Neuter as N};
    let town_kind = matches!(kind, Stadt | KreisfreieStadt);
    match (state, kind) {
        (S::Berlin, _) => body("Abgeordnetenhaus", N, "Art. 38 VvB"),
        (S::Hamburg, _) => body("Bürgerschaft", F, "Art. 6 HV"),
        (S::Bremen, _) if town.contains("Bremerhaven") => body(
            "Stadtverordnetenversammlung",
            F,
            "Verfassung für die Stadt Bremerhaven",
        ),
        (S::Bremen, _) => body("Stadtbürgerschaft", F, "Art. 148 LV Bremen"),
        (S::NordrheinWestfalen, Landkreis) => body("Kreistag", M, "§ 25 KrO NRW"),
        (_, Landkreis) => body("Kreistag", M, landkreis_source(state)),
        (S::BadenWuerttemberg, Gemeindeverband) => {
            body("Verbandsversammlung", F, "§ 60 GemO BW, § 13 GKZ")
        }
        (S::BadenWuerttemberg, _) => body("Gemeinderat", M, "§ 24 Abs. 1 GemO BW"),
        (S::Bayern, Gemeindeverband) => body("Gemeinschaftsversammlung", F, "Art. 6 VGemO"),
        (S::Bayern, _) if town_kind => body("Stadtrat", M, "Art. 29, 30 Abs. 1 GO"),
        (S::Bayern, _) => body("Gemeinderat", M, "Art. 29, 30 Abs. 1 GO"),
        (S::Brandenburg, Gemeindeverband) => body("Amtsausschuss", M, "§ 136 BbgKVerf"),
        (S::Brandenburg, _) if town_kind => body(
            "Stadtverordnetenversammlung",
            F,
            "§ 27 Abs. 1 Satz 2 BbgKVerf",
        ),
        (S::Brandenburg, _) => body("Gemeindevertretung", F, "§ 27 Abs. 1 BbgKVerf"),
        (S::Hessen, Gemeindeverband) => body("Verbandsversammlung", F, "KGG"),
        (S::Hessen, _) if town_kind => {
            body("Stadtverordnetenversammlung", F, "§ 9 Abs. 1 Satz 3 HGO")
        }
        (S::Hessen, _) => body("Gemeindevertretung", F, "§ 9 Abs. 1 HGO"),
        (S::MecklenburgVorpommern, Gemeindeverband) => body("Amtsausschuss", M, "§ 132 KV M-V"),
        (S::MecklenburgVorpommern, _) if town_kind => {
            body("Stadtvertretung", F, "§ 22 Abs. 1 KV M-V")
        }
        (S::MecklenburgVorpommern, _) => body("Gemeindevertretung", F, "§ 22 Abs. 1 KV M-V"),
        (S::Niedersachsen, Gemeindeverband) => body("Samtgemeinderat", M, "§ 45 Abs. 1 NKomVG"),
        (S::Niedersachsen, _) => body("Rat", M, "§ 45 Abs. 1 NKomVG"),
        (S::NordrheinWestfalen, Gemeindeverband) => body("Verbandsversammlung", F, "GkG NRW"),
        (S::NordrheinWestfalen, _) => body("Rat", M, "§ 40 Abs. 2 GO NRW"),
        (S::RheinlandPfalz, Gemeindeverband) => {
            body("Verbandsgemeinderat", M, "§ 64 Abs. 2 GemO RP")
        }
        (S::RheinlandPfalz, _) if town_kind => body("Stadtrat", M, "§ 28 Abs. 2 GemO RP"),
        (S::RheinlandPfalz, _) => body("Gemeinderat", M, "§ 28 Abs. 1 GemO RP"),
        (S::Saarland, Gemeindeverband) => body("Verbandsversammlung", F, "KGG Saarland"),
        (S::Saarland, _) if town_kind => body("Stadtrat", M, "KSVG"),
        (S::Saarland, _) => body("Gemeinderat", M, "KSVG"),
        (S::Sachsen, Gemeindeverband) => body("Verbandsversammlung", F, "SächsKomZG"),
        (S::Sachsen, _) if town_kind => body("Stadtrat", M, "§ 27 Abs. 1 SächsGemO"),
        (S::Sachsen, _) => body("Gemeinderat", M, "§ 27 Abs. 1 SächsGemO"),
        (S::SachsenAnhalt, Gemeindeverband) => body("Verbandsgemeinderat", M, "§ 7 KVG LSA"),
        (S::SachsenAnhalt, _) if town_kind => body("Stadtrat", M, "§ 7 KVG LSA"),
        (S::SachsenAnhalt, _) => body("Gemeinderat", M, "§ 7 KVG LSA"),
        (S::SchleswigHolstein, Gemeindeverband) => body("Amtsausschuss", M, "§ 9 AO SH"),
        (S::SchleswigHolstein, _) if town_kind => body("Stadtvertretung", F, "§ 7 GO SH"),
        (S::SchleswigHolstein, _) => body("Gemeindevertretung", F, "§ 7 GO SH"),
        (S::Thueringen, Gemeindeverband) => body("Gemeinschaftsversammlung", F, "§ 47 ThürKO"),
        (S::Thueringen, _) if town_kind => body("Stadtrat", M, "§ 22 ThürKO"),
        (S::Thueringen, _) => body("Gemeinderat", M, "§ 22 ThürKO"),
    }
}

fn landkreis_source(state: FederalState) -> &'static str {
    match state {
        FederalState::BadenWuerttemberg => "§ 19 LKrO BW",
        FederalState::Bayern => "Art. 22 LKrO",
        FederalState::Brandenburg => "§ 131 BbgKVerf",
        FederalState::Hessen => "§ 8 HKO",
        FederalState::MecklenburgVorpommern => "§ 104 KV M-V",
        FederalState::Niedersachsen => "§ 45 Abs. 1 NKomVG",
        FederalState::RheinlandPfalz => "§ 22 LKO",
        FederalState::SchleswigHolstein => "§ 7 KrO SH",
        FederalState::Thueringen => "§ 101 ThürKO",
        FederalState::SachsenAnhalt => "§ 7 KVG LSA",
        FederalState::Sachsen => "SächsLKrO",
        FederalState::Saarland => "KSVG",
        _ => "",
    }
}

/// The gender of a name the user typed, guessed from its ending (der …rat, die
/// …vertretung, das …haus); masculine when nothing fits.
fn guess_gender(name: &str) -> Gender {
    let lower = name.trim().to_lowercase();
    if ["ung", "schaft", "lung", "versammlung"]
        .iter()
        .any(|end| lower.ends_with(end))
    {
        Gender::Feminine
    } else if lower.ends_with("haus") {
        Gender::Neuter
    } else {
        Gender::Masculine
    }
}

/// The deciding body of the profile's municipality: the profile's `council_name` if
/// set, otherwise the name from the state's municipal code.
pub(crate) fn council_of(profile: &Profile) -> CouncilBody {
    match profile
        .council_name
        .as_deref()
        .map(str::trim)
        .filter(|n| !n.is_empty())
    {
        Some(name) => CouncilBody {
            name: name.to_string(),
            gender: guess_gender(name),
            source: "",
        },
        None => council_body(profile.state, profile.kind, &profile.name),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn name(state: FederalState, kind: BodyKind) -> String {
        council_body(state, kind, "Musterstadt").name
    }

    #[test]
    fn bodies_named_as_the_municipal_codes_name_them() {
        use BodyKind::*;
        use FederalState as S;
        assert_eq!(name(S::Hessen, Stadt), "Stadtverordnetenversammlung");
        assert_eq!(name(S::Hessen, Gemeinde), "Gemeindevertretung");
        assert_eq!(name(S::Bayern, Gemeinde), "Gemeinderat");
        assert_eq!(name(S::Bayern, Stadt), "Stadtrat");
        assert_eq!(name(S::NordrheinWestfalen, Stadt), "Rat");
        assert_eq!(name(S::NordrheinWestfalen, KreisfreieStadt), "Rat");
        assert_eq!(name(S::SchleswigHolstein, Gemeinde), "Gemeindevertretung");
        assert_eq!(name(S::SchleswigHolstein, Stadt), "Stadtvertretung");
        assert_eq!(
            name(S::RheinlandPfalz, Gemeindeverband),
            "Verbandsgemeinderat"
        );
        assert_eq!(name(S::RheinlandPfalz, Stadt), "Stadtrat");
        assert_eq!(name(S::Niedersachsen, Gemeindeverband), "Samtgemeinderat");
        assert_eq!(name(S::Brandenburg, Gemeindeverband), "Amtsausschuss");
        assert_eq!(name(S::Brandenburg, Stadt), "Stadtverordnetenversammlung");
        assert_eq!(name(S::MecklenburgVorpommern, Stadt), "Stadtvertretung");
        assert_eq!(name(S::BadenWuerttemberg, Stadt), "Gemeinderat");
        for state in FederalState::ALL {
            if !matches!(state, S::Berlin | S::Hamburg | S::Bremen) {
                assert_eq!(name(state, Landkreis), "Kreistag", "{state:?}");
            }
            assert!(!council_body(state, Gemeinde, "x").source.is_empty());
        }
        assert_eq!(
            council_body(S::Bremen, KreisfreieStadt, "Bremerhaven").name,
            "Stadtverordnetenversammlung"
        );
    }

    #[test]
    fn articles_follow_the_gender() {
        let hessen = council_body(FederalState::Hessen, BodyKind::Stadt, "x");
        assert_eq!(hessen.with_article(), "die Stadtverordnetenversammlung");
        assert_eq!(hessen.dative(), "der Stadtverordnetenversammlung");
        let bayern = council_body(FederalState::Bayern, BodyKind::Gemeinde, "x");
        assert_eq!(bayern.dative(), "dem Gemeinderat");
        assert_eq!(
            hessen.in_text(Lang::En),
            "the council (Stadtverordnetenversammlung)"
        );
    }

    #[test]
    fn the_profile_override_wins() {
        let mut profile = Profile {
            name: "Kiel".into(),
            council_name: None,
            state: FederalState::SchleswigHolstein,
            kind: BodyKind::KreisfreieStadt,
            population: 250_000,
            federation: None,
            district_services: false,
        };
        assert_eq!(council_of(&profile).name, "Stadtvertretung");
        profile.council_name = Some(" Ratsversammlung ".into());
        let own = council_of(&profile);
        assert_eq!(own.name, "Ratsversammlung");
        assert_eq!(own.with_article(), "die Ratsversammlung");
        profile.council_name = Some("  ".into());
        assert_eq!(council_of(&profile).name, "Stadtvertretung");
    }
}
