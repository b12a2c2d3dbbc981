use super::*;

fn name(state: FederalState, kind: BodyKind) -> String {
    council_body(state, kind, "Musterstadt").name
}

#[test]
fn papers_are_submitted_as_the_municipal_codes_say() {
    use BodyKind::{Gemeinde, Gemeindeverband, KreisfreieStadt, Landkreis, Stadt};
    use FederalState as S;
    let de = |state, kind| submitter(state, kind, "x").de;
    assert_eq!(de(S::Hessen, Stadt), "Magistrat");
    assert_eq!(de(S::Hessen, Gemeinde), "Gemeindevorstand");
    assert_eq!(de(S::Hessen, Landkreis), "Kreisausschuss");
    assert_eq!(de(S::Bayern, Gemeinde), "Bürgermeisterin / Bürgermeister");
    assert_eq!(
        de(S::Sachsen, KreisfreieStadt),
        "Oberbürgermeisterin / Oberbürgermeister"
    );
    assert_eq!(de(S::Niedersachsen, Landkreis), "Landrätin / Landrat");
    assert_eq!(de(S::Berlin, Stadt), "Senat");
    assert_eq!(submitter(S::Bremen, Stadt, "Bremerhaven").de, "Magistrat");
    assert_eq!(de(S::RheinlandPfalz, Gemeindeverband), "Verwaltung");
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
    assert_eq!(hessen.in_text(Lang::De), "die Stadtverordnetenversammlung");
    assert_eq!(hessen.dative(Lang::De), "der Stadtverordnetenversammlung");
    let bayern = council_body(FederalState::Bayern, BodyKind::Gemeinde, "x");
    assert_eq!(bayern.dative(Lang::De), "dem Gemeinderat");
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
    assert_eq!(own.in_text(Lang::De), "die Ratsversammlung");
    profile.council_name = Some("  ".into());
    assert_eq!(council_of(&profile).name, "Stadtvertretung");
}
