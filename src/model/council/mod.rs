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
use crate::tr;

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

impl Gender {
    /// The gender as the catalogue's selectors name it.
    fn id(self) -> &'static str {
        match self {
            Self::Masculine => "masculine",
            Self::Feminine => "feminine",
            Self::Neuter => "neuter",
        }
    }
}

/// The grammatical case a placeholder asks for (`{rat}`, `{rat:akk}`, `{rat:dat}`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Case {
    /// „der Stadtrat“.
    Nominative,
    /// „den Stadtrat“.
    Accusative,
    /// „dem Stadtrat“.
    Dative,
}

impl Case {
    /// The case as the catalogue's selectors name it.
    fn id(self) -> &'static str {
        match self {
            Self::Nominative => "nominative",
            Self::Accusative => "accusative",
            Self::Dative => "dative",
        }
    }
}

impl CouncilBody {
    /// The body with its article in `case`: „der Stadtrat“, „den Stadtrat“, „dem
    /// Stadtrat“; in English „the council“ (or „the district council“, „the committee of
    /// the Amt“) in every case.
    pub(crate) fn in_case(&self, case: Case, lang: Lang) -> String {
        tr!(
            lang,
            "council-body",
            case = case.id(),
            gender = self.gender.id(),
            name = &self.name
        )
    }

    /// „den Stadtrat“, „die Gemeindevertretung“ (accusative with article).
    pub(crate) fn accusative(&self, lang: Lang) -> String {
        self.in_case(Case::Accusative, lang)
    }

    /// „dem Stadtrat“, „der Gemeindevertretung“ (dative with article).
    pub(crate) fn dative(&self, lang: Lang) -> String {
        self.in_case(Case::Dative, lang)
    }

    /// The name for running text in `lang`: German as is; English as „the council
    /// (Stadtverordnetenversammlung)“ so the reader still finds the local term.
    pub(crate) fn in_text(&self, lang: Lang) -> String {
        tr!(
            lang,
            "council-body-in-text",
            gender = self.gender.id(),
            name = &self.name
        )
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

impl Leadership {
    /// The words for `case`: the German form and the English one (which has no cases).
    fn in_case(&self, case: Case) -> Text {
        let german = match case {
            Case::Nominative => &self.nominative,
            Case::Accusative => &self.accusative,
            Case::Dative => &self.dative,
        };
        Text {
            de: german.clone(),
            en: Some(self.english.clone()),
        }
    }
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

/// Who submits a paper to the council (the „Einreicher“ of a Beschlussvorlage), by the
/// state's municipal code: in Hessen the collegial board (§ 66 HGO: the Magistrat in
/// towns, the Gemeindevorstand in Gemeinden; § 41 HKO: the Kreisausschuss in districts),
/// in the city states the Senat (Bremerhaven: the Magistrat); elsewhere the head of the
/// administration, who prepares the council's resolutions (e.g. § 43 GemO BW, Art. 46
/// GO BY, § 85 NKomVG, § 62 GO NRW): the Oberbürgermeister in a kreisfreie Stadt, the
/// Bürgermeister in a town or Gemeinde, the Landrat in a district, the administration of
/// an association. German and English, without article.
pub(crate) fn submitter(state: FederalState, kind: BodyKind, town: &str) -> Text {
    use BodyKind::{Gemeinde, Gemeindeverband, KreisfreieStadt, Landkreis, Stadt};
    use FederalState as S;
    let (de, en) = match (state, kind) {
        (S::Bremen, _) if town.contains("Bremerhaven") => {
            ("Magistrat", "Magistrat (executive board)")
        }
        (S::Berlin | S::Hamburg | S::Bremen, _) => ("Senat", "Senate"),
        (S::Hessen, Stadt | KreisfreieStadt) => ("Magistrat", "Magistrat (executive board)"),
        (S::Hessen, Gemeinde) => ("Gemeindevorstand", "Gemeindevorstand (executive board)"),
        (S::Hessen, Landkreis) => (
            "Kreisausschuss",
            "Kreisausschuss (district executive board)",
        ),
        (_, KreisfreieStadt) => ("Oberbürgermeisterin / Oberbürgermeister", "Lord mayor"),
        (_, Stadt | Gemeinde) => ("Bürgermeisterin / Bürgermeister", "Mayor"),
        (_, Landkreis) => ("Landrätin / Landrat", "District administrator"),
        (_, Gemeindeverband) => ("Verwaltung", "Administration"),
    };
    Text {
        de: de.to_string(),
        en: Some(en.to_string()),
    }
}

/// Who submits the profile's council papers (see [`submitter`]).
pub(crate) fn submitter_of(profile: &Profile) -> Text {
    submitter(profile.state, profile.kind, &profile.name)
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
        let case = match key.split_once(':').map(|(_, case)| case) {
            None => Case::Nominative,
            Some("akk") => Case::Accusative,
            Some("dat") => Case::Dative,
            Some("name") if key == "rat:name" => return Some(self.council.name.clone()),
            Some(_) => return None,
        };
        match key.split(':').next() {
            Some("rat") => Some(self.council.in_case(case, lang)),
            Some("leitung") => Some(self.leadership.in_case(case).get(lang).to_string()),
            _ => None,
        }
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
        text.map_each(|variant, lang| self.fill(variant, lang))
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
mod tests;
