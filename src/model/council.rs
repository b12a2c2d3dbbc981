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
//!
//! ## The administration's leadership („{leitung}“)
//!
//! Questions about who drives digitalisation name the administration's leadership. Its
//! form follows the kind of body, because that decides whether there is a circle of
//! full-time heads at all; the words are always a grammatically singular head („der
//! Verwaltungsvorstand“, „die Bürgermeisterin oder der Bürgermeister mit …“), so a
//! sentence of the questionnaire conjugates the same for every town:
//!
//! | Kind | Leadership | Why |
//! |---|---|---|
//! | Stadt, kreisfreie Stadt | der Verwaltungsvorstand | towns have full-time Beigeordnete or Dezernentinnen and Dezernenten beside the mayor; NRW names the circle so in § 70 GO NRW |
//! | Gemeinde | die Bürgermeisterin oder der Bürgermeister mit den Amtsleitungen | a small administration has no such circle; the mayor leads with the heads of the offices (Hauptamt, Kämmerei, Bauamt) |
//! | Landkreis | die Landrätin oder der Landrat mit den Dezernentinnen und Dezernenten | the district administrator heads the Landratsamt / Kreisverwaltung |
//! | Verbandsgemeinde (RP, ST) | die Bürgermeisterin oder der Bürgermeister der Verbandsgemeinde mit den Fachbereichsleitungen | full-time head of the Verbandsgemeinde (§ 64 GemO RP; KVG LSA) |
//! | Samtgemeinde (NI) | die Samtgemeindebürgermeisterin oder der Samtgemeindebürgermeister mit den Fachbereichsleitungen | § 106 NKomVG |
//! | Amt (BB) | die Amtsdirektorin oder der Amtsdirektor mit den Fachbereichsleitungen | § 138 BbgKVerf |
//! | Amt (SH, MV) | die Amtsvorsteherin oder der Amtsvorsteher mit der Leitung der Amtsverwaltung | the Amtsvorsteher heads the Amt; a full-time Amtsdirektor exists only in some Ämter |
//! | Verwaltungsgemeinschaft (BY, TH) | die oder der Gemeinschaftsvorsitzende mit der Geschäftsleitung | Art. 6, 7 VGemO; § 47 ThürKO |
//! | other associations | die oder der Verbandsvorsitzende mit der Geschäftsführung | the chair of the Verband (GKZ BW, SächsKomZG, …) |
//!
//! Hessen is the exception the municipal code makes explicit: the administration is led
//! by a collegial board, the Magistrat in towns and the Gemeindevorstand in Gemeinden
//! (§ 9 Abs. 2 HGO), the Kreisausschuss in districts (§ 41 HKO). The city states name
//! their Senat (Bremerhaven: Magistrat). English texts read „the executive board“,
//! „the mayor with the heads of department“, „the district administrator with the heads
//! of department“ and so on.
//!
//! ## Placeholders in the questionnaire
//!
//! Texts of a questionnaire may name both bodies by placeholder; [`resolve_questionnaire`]
//! fills them for one profile (see [`PLACEHOLDERS`]). `{rat}` is the deciding body with
//! article (nominative), `{rat:akk}` and `{rat:dat}` the accusative and dative,
//! `{rat:name}` its bare name; `{leitung}`, `{leitung:akk}` and `{leitung:dat}` the
//! leadership. A capital first letter (`{Rat}`, `{Leitung:dat}`, …) capitalises the
//! result for the start of a sentence. English texts use the same placeholders and get
//! English words (`{rat:name}` stays the local German name). Any other `{…}` is left as it
//! is (the diagnoses' `{first}`, for example, is filled later).

use crate::model::{BodyKind, FederalState, Profile, Questionnaire};
use crate::text::{Lang, Text};

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
            Lang::En => format!("the {} ({})", self.english_generic(), self.name),
        }
    }

    /// The English word for the kind of body: „district council“, „committee of the
    /// Amt“ or „council“.
    pub(crate) fn english_generic(&self) -> &'static str {
        if self.name == "Kreistag" {
            "district council"
        } else if self.name == "Amtsausschuss" {
            "committee of the Amt"
        } else {
            "council"
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

/// The leadership of the administration in the three cases a sentence needs, German
/// with article, and its English words (see the module table).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Leadership {
    /// Nominative with article, e.g. „der Verwaltungsvorstand“.
    pub nominative: String,
    /// Accusative with article, e.g. „den Verwaltungsvorstand“.
    pub accusative: String,
    /// Dative with article, e.g. „dem Verwaltungsvorstand“.
    pub dative: String,
    /// English, with article, e.g. „the executive board“.
    pub english: String,
}

fn masculine(name: &str, english: &str) -> Leadership {
    Leadership {
        nominative: format!("der {name}"),
        accusative: format!("den {name}"),
        dative: format!("dem {name}"),
        english: english.to_string(),
    }
}

/// „die Bürgermeisterin oder der Bürgermeister{tail}“ in the three cases, from the
/// feminine and masculine forms of a title that declines like a noun.
fn pair(feminine: &str, masculine: &str, tail: &str, english: &str) -> Leadership {
    Leadership {
        nominative: format!("die {feminine} oder der {masculine}{tail}"),
        accusative: format!("die {feminine} oder den {masculine}{tail}"),
        dative: format!("der {feminine} oder dem {masculine}{tail}"),
        english: english.to_string(),
    }
}

/// „die oder der Gemeinschaftsvorsitzende{tail}“: a title declined like an adjective.
fn chair(stem: &str, tail: &str, english: &str) -> Leadership {
    Leadership {
        nominative: format!("die oder der {stem}e{tail}"),
        accusative: format!("die {stem}e oder den {stem}en{tail}"),
        dative: format!("der oder dem {stem}en{tail}"),
        english: english.to_string(),
    }
}

/// The leadership of the administration of a municipality of `kind` in `state` (see the
/// module table); `town` only matters for Bremen.
pub(crate) fn leadership(state: FederalState, kind: BodyKind, town: &str) -> Leadership {
    use BodyKind::{Gemeinde, Gemeindeverband, KreisfreieStadt, Landkreis, Stadt};
    use FederalState as S;
    match (state, kind) {
        (S::Bremen, _) if town.contains("Bremerhaven") => {
            masculine("Magistrat", "the executive board (Magistrat)")
        }
        (S::Berlin | S::Hamburg | S::Bremen, _) => masculine("Senat", "the Senate"),
        (S::Hessen, Stadt | KreisfreieStadt) => {
            masculine("Magistrat", "the executive board (Magistrat)")
        }
        (S::Hessen, Gemeinde) => {
            masculine("Gemeindevorstand", "the executive board (Gemeindevorstand)")
        }
        (S::Hessen, Landkreis) => masculine(
            "Kreisausschuss",
            "the district executive board (Kreisausschuss)",
        ),
        (_, Stadt | KreisfreieStadt) => masculine("Verwaltungsvorstand", "the executive board"),
        (_, Gemeinde) => pair(
            "Bürgermeisterin",
            "Bürgermeister",
            " mit den Amtsleitungen",
            "the mayor with the heads of department",
        ),
        (_, Landkreis) => pair(
            "Landrätin",
            "Landrat",
            " mit den Dezernentinnen und Dezernenten",
            "the district administrator with the heads of department",
        ),
        (S::RheinlandPfalz | S::SachsenAnhalt, Gemeindeverband) => pair(
            "Bürgermeisterin",
            "Bürgermeister",
            " der Verbandsgemeinde mit den Fachbereichsleitungen",
            "the mayor of the Verbandsgemeinde with the heads of department",
        ),
        (S::Niedersachsen, Gemeindeverband) => pair(
            "Samtgemeindebürgermeisterin",
            "Samtgemeindebürgermeister",
            " mit den Fachbereichsleitungen",
            "the mayor of the Samtgemeinde with the heads of department",
        ),
        (S::Brandenburg, Gemeindeverband) => pair(
            "Amtsdirektorin",
            "Amtsdirektor",
            " mit den Fachbereichsleitungen",
            "the director of the Amt with the heads of department",
        ),
        (S::SchleswigHolstein | S::MecklenburgVorpommern, Gemeindeverband) => pair(
            "Amtsvorsteherin",
            "Amtsvorsteher",
            " mit der Leitung der Amtsverwaltung",
            "the head of the Amt with the head of its administration",
        ),
        (S::Bayern | S::Thueringen, Gemeindeverband) => chair(
            "Gemeinschaftsvorsitzend",
            " mit der Geschäftsleitung",
            "the chair of the Verwaltungsgemeinschaft with its managing officer",
        ),
        (_, Gemeindeverband) => chair(
            "Verbandsvorsitzend",
            " mit der Geschäftsführung",
            "the chair of the association with its managing officer",
        ),
    }
}

/// The leadership of the profile's administration.
pub(crate) fn leadership_of(profile: &Profile) -> Leadership {
    leadership(profile.state, profile.kind, &profile.name)
}

/// Every placeholder a questionnaire text may contain, in lower case; each also exists
/// with a capital first letter (`{Rat}`, `{Leitung:akk}`, …).
pub(crate) const PLACEHOLDERS: [&str; 7] = [
    "rat",
    "rat:akk",
    "rat:dat",
    "rat:name",
    "leitung",
    "leitung:akk",
    "leitung:dat",
];

/// Whether `key` (the text between the braces) is one of [`PLACEHOLDERS`], in lower case
/// or with a capital first letter.
pub(crate) fn is_placeholder(key: &str) -> bool {
    let mut chars = key.chars();
    let lowered: String = match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => return false,
    };
    PLACEHOLDERS.contains(&lowered.as_str())
}

/// The words the placeholders stand for in one profile, per language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct BodyNames {
    council: CouncilBody,
    leadership: Leadership,
}

impl BodyNames {
    /// The names for `profile`.
    pub(crate) fn of(profile: &Profile) -> Self {
        Self {
            council: council_of(profile),
            leadership: leadership_of(profile),
        }
    }

    /// The words for a placeholder's key (lower case, e.g. `rat:akk`) in `lang`; `None`
    /// for a key that is not one of [`PLACEHOLDERS`].
    pub(crate) fn words(&self, key: &str, lang: Lang) -> Option<String> {
        let council_en = || format!("the {}", self.council.english_generic());
        Some(match (key, lang) {
            ("rat", Lang::De) => self.council.with_article(),
            ("rat:akk", Lang::De) => self.council.accusative(),
            ("rat:dat", Lang::De) => self.council.dative(),
            ("rat" | "rat:akk" | "rat:dat", Lang::En) => council_en(),
            ("rat:name", _) => self.council.name.clone(),
            ("leitung", Lang::De) => self.leadership.nominative.clone(),
            ("leitung:akk", Lang::De) => self.leadership.accusative.clone(),
            ("leitung:dat", Lang::De) => self.leadership.dative.clone(),
            ("leitung" | "leitung:akk" | "leitung:dat", Lang::En) => {
                self.leadership.english.clone()
            }
            _ => return None,
        })
    }

    /// `text` with every known placeholder filled in `lang`; other braces stay.
    pub(crate) fn fill(&self, text: &str, lang: Lang) -> String {
        if !text.contains('{') {
            return text.to_string();
        }
        let mut out = String::with_capacity(text.len() + 32);
        let mut rest = text;
        while let Some(open) = rest.find('{') {
            out.push_str(&rest[..open]);
            let after = &rest[open + 1..];
            let filled = after.find('}').and_then(|close| {
                let key = &after[..close];
                if !is_placeholder(key) {
                    return None;
                }
                let capital = key.starts_with(|c: char| c.is_uppercase());
                let words = self.words(&key.to_lowercase(), lang)?;
                let words = if capital {
                    crate::text::capitalise(&words)
                } else {
                    words
                };
                Some((words, close))
            });
            match filled {
                Some((words, close)) => {
                    out.push_str(&words);
                    rest = &after[close + 1..];
                }
                None => {
                    out.push('{');
                    rest = after;
                }
            }
        }
        out.push_str(rest);
        out
    }

    /// A questionnaire text with its placeholders filled, German and English.
    pub(crate) fn fill_text(&self, text: &Text) -> Text {
        Text {
            de: self.fill(&text.de, Lang::De),
            en: text.en.as_deref().map(|en| self.fill(en, Lang::En)),
        }
    }
}

/// The questionnaire as the town reads it: every placeholder of every text filled with
/// the names of the profile's bodies. This is the one place placeholders are filled; the
/// app's session, the CLI and the report work with its result, while the file keeps the
/// raw form.
pub fn resolve_questionnaire(questionnaire: &Questionnaire, profile: &Profile) -> Questionnaire {
    let names = BodyNames::of(profile);
    let fill = |t: &mut Text| *t = names.fill_text(t);
    let mut q = questionnaire.clone();
    fill(&mut q.title);
    fill(&mut q.description);
    for stage in &mut q.stages {
        fill(&mut stage.name);
        fill(&mut stage.description);
    }
    for text in &mut q.diagnoses.texts {
        fill(&mut text.title);
        fill(&mut text.message);
    }
    for fact in &mut q.facts {
        fill(&mut fact.name);
    }
    for dimension in &mut q.dimensions {
        fill(&mut dimension.name);
        fill(&mut dimension.description);
        for question in &mut dimension.questions {
            fill(&mut question.text);
            fill(&mut question.help);
            question.levels.iter_mut().for_each(fill);
            for measure in &mut question.measures {
                fill(&mut measure.text);
            }
            if let Some(short) = &mut question.short {
                fill(short);
            }
            for source in &mut question.sources {
                fill(&mut source.title);
            }
            if let Some(hint) = &mut question.federation_hint {
                fill(hint);
            }
            if let Some(staff) = &mut question.staff_text {
                fill(staff);
            }
            if let Some(legal) = &mut question.legal {
                fill(&mut legal.duty);
            }
        }
    }
    q
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

    fn profile(name: &str, state: FederalState, kind: BodyKind) -> Profile {
        Profile {
            name: name.into(),
            council_name: None,
            state,
            kind,
            population: 12_000,
            federation: None,
            district_services: false,
        }
    }

    #[test]
    fn leadership_is_a_singular_head_in_every_case() {
        use BodyKind::*;
        use FederalState as S;
        let town = leadership(S::Sachsen, Stadt, "x");
        assert_eq!(town.nominative, "der Verwaltungsvorstand");
        assert_eq!(town.accusative, "den Verwaltungsvorstand");
        assert_eq!(town.dative, "dem Verwaltungsvorstand");
        let small = leadership(S::Bayern, Gemeinde, "x");
        assert_eq!(
            small.nominative,
            "die Bürgermeisterin oder der Bürgermeister mit den Amtsleitungen"
        );
        assert_eq!(
            small.accusative,
            "die Bürgermeisterin oder den Bürgermeister mit den Amtsleitungen"
        );
        assert_eq!(
            small.dative,
            "der Bürgermeisterin oder dem Bürgermeister mit den Amtsleitungen"
        );
        let district = leadership(S::Niedersachsen, Landkreis, "x");
        assert_eq!(
            district.dative,
            "der Landrätin oder dem Landrat mit den Dezernentinnen und Dezernenten"
        );
        assert_eq!(
            leadership(S::Hessen, Stadt, "x").nominative,
            "der Magistrat"
        );
        assert_eq!(
            leadership(S::Hessen, Gemeinde, "x").dative,
            "dem Gemeindevorstand"
        );
        let vgem = leadership(S::Bayern, Gemeindeverband, "x");
        assert_eq!(
            vgem.accusative,
            "die Gemeinschaftsvorsitzende oder den Gemeinschaftsvorsitzenden mit der Geschäftsleitung"
        );
        assert!(
            leadership(S::RheinlandPfalz, Gemeindeverband, "x")
                .nominative
                .contains("der Verbandsgemeinde")
        );
        for state in FederalState::ALL {
            for kind in BodyKind::ALL {
                let l = leadership(state, kind, "x");
                for text in [&l.nominative, &l.accusative, &l.dative, &l.english] {
                    assert!(
                        !text.is_empty() && !text.contains('{'),
                        "{state:?} {kind:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn placeholders_are_filled_by_case_and_capital_and_others_stay() {
        let hessen = BodyNames::of(&profile(
            "Lindenhagen",
            FederalState::Hessen,
            BodyKind::Stadt,
        ));
        assert_eq!(
            hessen.fill(
                "{Rat} berät; {leitung:dat} obliegt es, {rat:akk} zu unterrichten.",
                Lang::De
            ),
            "Die Stadtverordnetenversammlung berät; dem Magistrat obliegt es, die Stadtverordnetenversammlung zu unterrichten."
        );
        assert_eq!(
            hessen.fill(
                "Name: {rat:name}, {Leitung}, {first} und {unbekannt",
                Lang::De
            ),
            "Name: Stadtverordnetenversammlung, Der Magistrat, {first} und {unbekannt"
        );
        assert_eq!(
            hessen.fill("{Rat} reads what {leitung} reports to {rat:dat}.", Lang::En),
            "The council reads what the executive board (Magistrat) reports to the council."
        );
        let district = BodyNames::of(&profile("Kreis", FederalState::Bayern, BodyKind::Landkreis));
        assert_eq!(district.fill("{Rat:dat}", Lang::De), "Dem Kreistag");
        assert_eq!(district.fill("{rat}", Lang::En), "the district council");
        for key in PLACEHOLDERS {
            assert!(district.words(key, Lang::De).is_some());
            assert!(district.words(key, Lang::En).is_some());
        }
        assert_eq!(district.words("first", Lang::De), None);
        assert_eq!(
            district.fill("{RAT} {Rat:Akk}", Lang::De),
            "{RAT} {Rat:Akk}"
        );
        assert!(is_placeholder("Leitung:dat") && !is_placeholder("leitung:gen"));
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
