//! Semantic checks of questionnaires and assessments, reported with file positions.

use super::assessment::{ASSESSMENT_FORMAT_VERSION, Assessment, Response};
use super::questionnaire::{Questionnaire, SHORT_TITLE_MAX};
use crate::files::{Location, Problem, SourceIndex};
use crate::text::Text;
use std::collections::{HashMap, HashSet};

/// Checks a parsed questionnaire; `source` is its text, used to point at positions.
pub(crate) fn check_questionnaire(q: &Questionnaire, source: &str) -> Vec<Problem> {
    let index = SourceIndex::new(source);
    let mut problems = Vec::new();
    let mut err = |location: Option<Location>, message: String| {
        problems.push(Problem::error(location, message));
    };
    let at_start = index.token("Questionnaire", 0);

    if !is_slug(&q.id) {
        err(
            index.quoted(&q.id, 0).or(at_start),
            format!(
                "Die Fragebogen-Kennung „{}“ ist ungültig: erlaubt sind Kleinbuchstaben, \
                 Ziffern, „-“, „_“ und „.“.",
                q.id
            ),
        );
    }
    if q.version.trim().is_empty() {
        err(
            at_start,
            "Die Version des Fragebogens fehlt (z. B. \"1.0\").".into(),
        );
    }
    if q.title.is_blank() {
        err(at_start, "Der Fragebogen braucht einen Titel.".into());
    }

    check_stages(q, &index, &mut err);

    if q.dimensions.is_empty() {
        err(at_start, "Der Fragebogen hat keine Dimensionen.".into());
    }
    let mut dimension_seen: HashMap<&str, usize> = HashMap::new();
    let mut question_seen: HashMap<&str, usize> = HashMap::new();
    for (d_index, d) in q.dimensions.iter().enumerate() {
        let d_count = dimension_seen.entry(&d.id).or_insert(0);
        let d_loc = index
            .quoted(&d.id, *d_count)
            .or_else(|| index.token("Dimension(", d_index));
        if *d_count > 0 {
            err(
                d_loc,
                format!(
                    "Die Dimensions-Kennung „{}“ kommt mehrfach vor; jede Kennung darf nur einmal vorkommen.",
                    d.id
                ),
            );
        }
        *d_count += 1;
        if !is_slug(&d.id) {
            err(
                d_loc,
                format!(
                    "Die Dimensions-Kennung „{}“ ist ungültig: erlaubt sind Kleinbuchstaben, Ziffern, „-“, „_“ und „.“.",
                    d.id
                ),
            );
        }
        if d.name.is_blank() {
            err(d_loc, format!("Die Dimension „{}“ hat keinen Namen.", d.id));
        }
        if !(d.weight.is_finite() && d.weight > 0.0) {
            err(
                d_loc,
                format!(
                    "Die Dimension „{}“ hat das Gewicht {}; Gewichte müssen größer als 0 sein.",
                    d.id, d.weight
                ),
            );
        }
        if d.questions.is_empty() {
            err(d_loc, format!("Die Dimension „{}“ hat keine Fragen.", d.id));
        }
        for question in &d.questions {
            let count = question_seen.entry(&question.id).or_insert(0);
            let loc = index.quoted(&question.id, *count).or(d_loc);
            if *count > 0 {
                err(
                    loc,
                    format!(
                        "Die Fragen-Kennung „{}“ kommt mehrfach vor; jede Frage braucht eine eigene Kennung.",
                        question.id
                    ),
                );
            }
            *count += 1;
            check_question(question, loc, &mut err);
            check_body_placeholders(question, loc, &mut err);
        }
    }

    check_replaces(q, &index, &mut err);

    let rules = &q.diagnoses;
    let rules_loc = index.token("diagnoses", 0);
    for (role, id) in [
        ("front_end", &rules.front_end),
        ("back_end", &rules.back_end),
        ("culture", &rules.culture),
        ("resources", &rules.resources),
    ] {
        if q.dimension(id).is_none() {
            err(
                index.token(&format!("{role}:"), 0).or(rules_loc),
                format!("„{role}“ nennt die Dimension „{id}“, die es im Fragebogen nicht gibt."),
            );
        }
    }
    for (name, value) in [
        ("facade_paint_gap", rules.facade_paint_gap),
        ("willing_able_gap", rules.willing_able_gap),
        ("weak_below", rules.weak_below),
    ] {
        if !(value.is_finite() && (0.0..=100.0).contains(&value)) {
            err(
                index.token(&format!("{name}:"), 0).or(rules_loc),
                format!("„{name}“ ist {value}; erlaubt sind Punktwerte von 0 bis 100."),
            );
        }
    }
    for (i, text) in rules.texts.iter().enumerate() {
        let loc = index.quoted(&text.id, 0).or(rules_loc);
        if !DIAGNOSIS_IDS.contains(&text.id.as_str()) {
            err(
                loc,
                format!(
                    "Den Befund „{}“ gibt es nicht; erwartet wird einer von: {}.",
                    text.id,
                    DIAGNOSIS_IDS.join(", ")
                ),
            );
        }
        if rules.texts[..i].iter().any(|t| t.id == text.id) {
            err(
                loc,
                format!("Der Text zum Befund „{}“ steht doppelt.", text.id),
            );
        }
        let mut unknown: Vec<String> = text
            .message
            .variants()
            .filter_map(unknown_placeholder)
            .collect();
        unknown.dedup();
        for bad in unknown {
            {
                err(
                    loc,
                    format!(
                        "Der Text zum Befund „{}“ nennt den Platzhalter {{{bad}}}; erlaubt sind {}.",
                        text.id,
                        DIAGNOSIS_PLACEHOLDERS
                            .iter()
                            .map(|p| format!("{{{p}}}"))
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                );
            }
        }
    }
    problems
}

/// The diagnoses a questionnaire may word (see `DiagnosisText`).
pub const DIAGNOSIS_IDS: [&str; 4] = [
    "facade_paint",
    "not_willing",
    "not_able",
    "not_willing_and_not_able",
];

/// The placeholders a diagnosis message may use.
pub(crate) const DIAGNOSIS_PLACEHOLDERS: [&str; 6] = [
    "first",
    "second",
    "front_end",
    "back_end",
    "culture",
    "resources",
];

/// The placeholders a question's texts may use: the deciding body and the administration's
/// leadership with their article, filled from the municipality's profile (`{rat}` „der
/// Gemeinderat“, `{rat:akk}`, `{rat:dat}`, `{rat:name}` „Gemeinderat“; `{leitung}` „der
/// Verwaltungsvorstand“, `{leitung:akk}`, `{leitung:dat}`), capitalised for a sentence start.
pub(crate) const BODY_PLACEHOLDERS: [&str; 14] = [
    "rat",
    "rat:akk",
    "rat:dat",
    "rat:name",
    "Rat",
    "Rat:akk",
    "Rat:dat",
    "Rat:name",
    "leitung",
    "leitung:akk",
    "leitung:dat",
    "Leitung",
    "Leitung:akk",
    "Leitung:dat",
];

/// Every `{…}` in the texts of `question` (question, help, levels, measures, short title,
/// federation hint, legal duty) names one of [`BODY_PLACEHOLDERS`]; a typo is an error.
fn check_body_placeholders(
    question: &super::questionnaire::Question,
    loc: Option<Location>,
    err: &mut impl FnMut(Option<Location>, String),
) {
    let texts = [&question.text, &question.help]
        .into_iter()
        .chain(&question.levels)
        .chain(question.measures.iter().map(|m| &m.text))
        .chain(question.short.as_ref())
        .chain(question.federation_hint.as_ref())
        .chain(question.legal.as_ref().map(|l| &l.duty));
    let mut reported: Vec<String> = Vec::new();
    for text in texts {
        for variant in text.variants() {
            for name in placeholders_in(variant) {
                if !BODY_PLACEHOLDERS.contains(&name) && !reported.iter().any(|r| r == name) {
                    reported.push(name.to_string());
                    err(
                        loc,
                        format!(
                            "Frage „{}“ nennt den Platzhalter {{{name}}}; erlaubt sind {}.",
                            question.id,
                            BODY_PLACEHOLDERS
                                .iter()
                                .map(|p| format!("{{{p}}}"))
                                .collect::<Vec<_>>()
                                .join(", ")
                        ),
                    );
                }
            }
        }
    }
}

/// The names between `{` and `}` in `text`, in order (an unclosed `{` ends the search).
fn placeholders_in(text: &str) -> Vec<&str> {
    let mut names = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find('{') {
        let after = &rest[start + 1..];
        let Some(end) = after.find('}') else { break };
        names.push(&after[..end]);
        rest = &after[end + 1..];
    }
    names
}

/// The first `{name}` in `text` that is not a known placeholder.
fn unknown_placeholder(text: &str) -> Option<String> {
    let mut rest = text;
    while let Some(start) = rest.find('{') {
        let after = &rest[start + 1..];
        let end = after.find('}')?;
        let name = &after[..end];
        // The names of the town's bodies ({rat}, {leitung:dat}, …) are filled before.
        if !DIAGNOSIS_PLACEHOLDERS.contains(&name) && !crate::model::council::is_placeholder(name) {
            return Some(name.to_string());
        }
        rest = &after[end + 1..];
    }
    None
}

fn check_stages(
    q: &Questionnaire,
    index: &SourceIndex,
    err: &mut impl FnMut(Option<Location>, String),
) {
    let stages_loc = index.token("stages", 0);
    if q.stages.len() != 5 {
        err(
            stages_loc,
            format!(
                "Es sind {} Reifestufen angegeben; erwartet werden genau fünf.",
                q.stages.len()
            ),
        );
    }
    let mut expected_from = 0.0;
    for (i, stage) in q.stages.iter().enumerate() {
        let loc = index.token("Stage(", i).or(stages_loc);
        let number = i + 1;
        if stage.name.is_blank() {
            err(loc, format!("Reifestufe {number} hat keinen Namen."));
        }
        if !(stage.from.is_finite() && stage.to.is_finite()) || stage.from >= stage.to {
            err(
                loc,
                format!(
                    "Reifestufe {number} („{}“): „from“ ({}) muss kleiner als „to“ ({}) sein.",
                    stage.name, stage.from, stage.to
                ),
            );
        }
        if stage.from > expected_from {
            err(
                loc,
                format!(
                    "Lücke zwischen den Reifestufen: Stufe {number} („{}“) beginnt bei {}, die vorige endet bei {expected_from}.",
                    stage.name, stage.from
                ),
            );
        } else if stage.from < expected_from {
            err(
                loc,
                format!(
                    "Überlappung: Stufe {number} („{}“) beginnt bei {}, die vorige endet erst bei {expected_from}.",
                    stage.name, stage.from
                ),
            );
        }
        expected_from = stage.to;
    }
    if let Some(last) = q.stages.last()
        && last.to != 100.0
    {
        err(
            index.token("Stage(", q.stages.len() - 1).or(stages_loc),
            format!(
                "Die letzte Reifestufe endet bei {}; sie muss bei 100 enden.",
                last.to
            ),
        );
    }
}

/// `replaces` ids: each names a question of the previous version at most once in the whole
/// questionnaire, and never the id of a current question (that answer stays with its id).
fn check_replaces(
    q: &Questionnaire,
    index: &SourceIndex,
    err: &mut impl FnMut(Option<Location>, String),
) {
    let mut claimed: HashMap<&str, &str> = HashMap::new();
    for (_, question) in q.questions() {
        for old in &question.replaces {
            let loc = index
                .quoted(old, 0)
                .or_else(|| index.quoted(&question.id, 0));
            if !is_slug(old) {
                err(
                    loc,
                    format!(
                        "Frage „{}“: „{old}“ in „replaces“ ist keine gültige Fragen-Kennung.",
                        question.id
                    ),
                );
            }
            if q.question(old).is_some() {
                err(
                    loc,
                    format!(
                        "Frage „{}“ ersetzt „{old}“, aber diese Frage gibt es im Fragebogen noch; \
                         ihre Antworten bleiben bei ihr. Bitte „{old}“ aus „replaces“ streichen \
                         oder die alte Frage umbenennen.",
                        question.id
                    ),
                );
            }
            match claimed.insert(old, &question.id) {
                Some(first) if first == question.id => err(
                    loc,
                    format!(
                        "Frage „{}“ nennt „{old}“ zweimal in „replaces“.",
                        question.id
                    ),
                ),
                Some(first) => err(
                    loc,
                    format!(
                        "„{old}“ wird von „{first}“ und „{}“ ersetzt; jede alte Frage darf nur \
                         von einer neuen Frage übernommen werden.",
                        question.id
                    ),
                ),
                None => {}
            }
        }
    }
}

fn check_question(
    question: &super::questionnaire::Question,
    loc: Option<Location>,
    err: &mut impl FnMut(Option<Location>, String),
) {
    let id = &question.id;
    if !is_slug(id) {
        err(
            loc,
            format!(
                "Die Fragen-Kennung „{id}“ ist ungültig: erlaubt sind Kleinbuchstaben, Ziffern, „-“, „_“ und „.“."
            ),
        );
    }
    if question.text.is_blank() {
        err(loc, format!("Frage „{id}“ hat keinen Fragetext."));
    }
    if question.help.is_blank() {
        err(loc, format!("Frage „{id}“ hat keinen Hilfetext."));
    }
    if !(question.weight.is_finite() && question.weight > 0.0) {
        err(
            loc,
            format!(
                "Frage „{id}“ hat das Gewicht {}; Gewichte müssen größer als 0 sein.",
                question.weight
            ),
        );
    }
    if question.levels.len() != 5 {
        err(
            loc,
            format!(
                "Frage „{id}“ hat {} Stufen; jede Frage braucht genau fünf Stufen (0 bis 4).",
                question.levels.len()
            ),
        );
    }
    for (level, text) in question.levels.iter().enumerate() {
        if text.is_blank() {
            err(
                loc,
                format!("Frage „{id}“: Stufe {level} hat keine Beschreibung."),
            );
        }
    }
    if let Some(short) = &question.short {
        if short.is_blank() {
            err(
                loc,
                format!(
                    "Frage „{id}“: der Kurztitel („short“) ist leer; weglassen oder ausfüllen."
                ),
            );
        }
        for text in std::iter::once(&short.de).chain(short.en.as_ref()) {
            let length = text.trim().chars().count();
            if length > SHORT_TITLE_MAX {
                err(
                    loc,
                    format!(
                        "Frage „{id}“: der Kurztitel „{text}“ hat {length} Zeichen; erlaubt sind höchstens {SHORT_TITLE_MAX}."
                    ),
                );
            }
        }
    }
    for (n, source) in question.sources.iter().enumerate() {
        if source.title.is_blank() || source.reference.trim().is_empty() {
            err(
                loc,
                format!(
                    "Frage „{id}“: Quelle {} braucht einen Titel („title“) und eine Fundstelle („reference“, Adresse oder Zitat).",
                    n + 1
                ),
            );
        }
    }
    if question
        .federation_hint
        .as_ref()
        .is_some_and(Text::is_blank)
    {
        err(
            loc,
            format!(
                "Frage „{id}“: der Hinweis für Verbandsgemeinden („federation_hint“) ist leer; weglassen oder ausfüllen."
            ),
        );
    }
    for measure in &question.measures {
        if measure.from_level > 3 {
            err(
                loc,
                format!(
                    "Frage „{id}“: eine Maßnahme ab Stufe {} ergibt keinen Sinn; Maßnahmen gibt es ab Stufe 0 bis 3.",
                    measure.from_level
                ),
            );
        }
        if measure.text.is_blank() {
            err(
                loc,
                format!(
                    "Frage „{id}“: die Maßnahme ab Stufe {} hat keinen Text.",
                    measure.from_level
                ),
            );
        }
    }
    for level in 0..=3u8 {
        match question
            .measures
            .iter()
            .filter(|m| m.from_level == level)
            .count()
        {
            1 => {}
            0 => err(
                loc,
                format!(
                    "Frage „{id}“: es fehlt die Maßnahme ab Stufe {level} (was tun, um eine Stufe aufzusteigen)."
                ),
            ),
            n => err(
                loc,
                format!(
                    "Frage „{id}“: ab Stufe {level} gibt es {n} Maßnahmen; erwartet wird genau eine."
                ),
            ),
        }
    }
}

/// Checks an assessment on its own (without its questionnaire).
pub(crate) fn check_assessment(a: &Assessment, source: &str) -> Vec<Problem> {
    let index = SourceIndex::new(source);
    let mut problems = Vec::new();
    let at_start = index.token("Assessment", 0);
    if a.format_version == 0 || a.format_version > ASSESSMENT_FORMAT_VERSION {
        problems.push(Problem::error(
            index.token("format_version", 0).or(at_start),
            newer_format_message(a.format_version),
        ));
    }
    if a.profile.name.trim().is_empty() {
        problems.push(Problem::error(
            index.token("name", 0).or(at_start),
            "Der Name der Kommune fehlt.",
        ));
    }
    if let Some(federation) = &a.profile.federation
        && !federation.kind.exists_in(a.profile.state)
    {
        problems.push(Problem::warning(
            index.token("federation", 0).or(at_start),
            format!(
                "Als Verbund ist „{}“ eingetragen; diese Form kennt das Kommunalrecht von {} nicht. \
                 Bitte die Zugehörigkeit prüfen.",
                federation.kind.name(crate::text::Lang::De),
                a.profile.state.name()
            ),
        ));
    }
    let rater_ids: HashSet<&str> = a.raters.iter().map(|r| r.id.as_str()).collect();
    if rater_ids.len() != a.raters.len() {
        problems.push(Problem::error(
            index.token("raters", 0).or(at_start),
            "Zwei Teilnehmende haben dieselbe Kennung; jede Kennung darf nur einmal vorkommen.",
        ));
    }
    for (id, answer) in &a.answers {
        let loc = index.quoted(id, 0).or(at_start);
        let responses = answer.response.iter().chain(answer.votes.values());
        for response in responses {
            if let Response::Level(level) = response
                && *level > 4
            {
                problems.push(Problem::error(
                    loc,
                    format!("Antwort auf „{id}“: Stufe {level} gibt es nicht; erlaubt sind die Stufen 0 bis 4, DontKnow und NotApplicable."),
                ));
            }
        }
        if let Some(tally) = &answer.tally {
            let counts = tally
                .levels
                .iter()
                .chain([&tally.dont_know, &tally.not_applicable]);
            if let Some(n) = counts.copied().find(|n| *n > super::MAX_HANDS) {
                problems.push(Problem::error(
                    loc,
                    format!(
                        "Antwort auf „{id}“: {n} Handzeichen für eine Stufe sind unplausibel; höchstens {} sind möglich.",
                        super::MAX_HANDS
                    ),
                ));
            }
        }
        for (n, evidence) in answer.evidence.iter().enumerate() {
            if let Some(problem) = evidence.problem() {
                problems.push(Problem::error(
                    index.quoted(&evidence.what, 0).or(loc),
                    format!("Antwort auf „{id}“, Nachweis {}: {problem}", n + 1),
                ));
            }
        }
        for rater in answer.votes.keys() {
            if !rater_ids.contains(rater.as_str()) {
                problems.push(Problem::error(
                    loc,
                    format!("Antwort auf „{id}“: eine Stimme von „{rater}“, aber so eine teilnehmende Person ist in „raters“ nicht eingetragen."),
                ));
            }
        }
    }
    problems
}

/// The message for a file whose format is newer than this build understands.
pub(crate) fn newer_format_message(found: u32) -> String {
    format!(
        "Diese Datei hat das Dateiformat {found}; diese Reifegrad-Version kennt das Format \
         1 bis {ASSESSMENT_FORMAT_VERSION}. Bitte eine aktuelle Reifegrad-Version verwenden."
    )
}

/// Checks that an assessment fits `q`: the same questionnaire id, and answers only to
/// questions that exist. With another version of the same questionnaire, answers to
/// questions that no longer exist are reported as warnings (they are kept aside, not lost).
pub(crate) fn check_against(a: &Assessment, q: &Questionnaire, source: &str) -> Vec<Problem> {
    let index = SourceIndex::new(source);
    let mut problems = Vec::new();
    let q_loc = index.quoted(&a.questionnaire.id, 0);
    if a.questionnaire.id != q.id {
        problems.push(Problem::error(
            q_loc,
            format!(
                "Diese Bewertung gehört zum Fragebogen „{}“, nicht zu „{}“ ({}). Bitte den passenden Fragebogen angeben.",
                a.questionnaire.id, q.id, q.title
            ),
        ));
        return problems;
    }
    let same_version = a.questionnaire.version == q.version;
    if !same_version {
        problems.push(Problem::warning(
            index.quoted(&a.questionnaire.version, 0).or(q_loc),
            format!(
                "Die Bewertung wurde mit Version {} des Fragebogens erstellt; aktuell ist Version {}. Antworten werden über die Fragen-Kennung übernommen.",
                a.questionnaire.version, q.version
            ),
        ));
    }
    for id in a.answers.keys() {
        if q.question(id).is_none() {
            let loc = index.quoted(id, 0);
            if same_version {
                problems.push(Problem::error(
                    loc,
                    format!("Die Frage „{id}“ gibt es im Fragebogen „{}“ {} nicht. Ist die Kennung falsch geschrieben?", q.id, q.version),
                ));
            } else if let Some(new) = q.replacement_for(id) {
                problems.push(Problem::warning(
                    loc,
                    format!("Die Frage „{id}“ gibt es in Version {} nicht mehr; ihre Antwort übernimmt die Frage „{}“.", q.version, new.id),
                ));
            } else {
                problems.push(Problem::warning(
                    loc,
                    format!("Die Frage „{id}“ gibt es in Version {} nicht mehr; die Antwort wird unter „retired_answers“ aufbewahrt und nicht gewertet.", q.version),
                ));
            }
        }
    }
    problems
}

/// Whether `id` is a usable identifier: non-empty, lowercase ASCII letters, digits, `-_.`.
pub(crate) fn is_slug(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 100
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, '-' | '_' | '.'))
}

#[cfg(test)]
mod tests {
    use crate::model::parse_questionnaire;
    use std::path::Path;

    const MINI: &str = include_str!("../../tests/fixtures/mini-questionnaire.ron");

    /// The mini questionnaire with `fields` added to question `id`.
    fn with_fields(text: &str, id: &str, fields: &str) -> String {
        let anchor = format!("id: \"{id}\",");
        assert!(text.contains(&anchor), "no question {id}");
        text.replacen(&anchor, &format!("{anchor}\n{fields}"), 1)
    }

    fn problems(text: &str) -> Vec<String> {
        match parse_questionnaire(Path::new("q.ron"), text) {
            Ok(_) => Vec::new(),
            Err(error) => error.problems.iter().map(|p| p.message.clone()).collect(),
        }
    }

    #[test]
    fn new_question_fields_are_optional_and_accepted() {
        let text = with_fields(
            MINI,
            "k1",
            r#"short: {"de": "Rolle der Verwaltungsspitze", "en": "Role of the leadership"},
               sources: [Source(title: "Onlinezugangsgesetz, § 3", reference: "https://www.gesetze-im-internet.de/ozg/__3.html")],
               replaces: ["kultur.alt"],
               federation_hint: "Trifft nicht zu, wenn die Verbandsgemeinde das übernimmt.","#,
        );
        assert_eq!(problems(&text), Vec::<String>::new());
        let q = parse_questionnaire(Path::new("q.ron"), &text).unwrap();
        let (_, k1) = q.question("k1").unwrap();
        assert_eq!(k1.replaces, ["kultur.alt"]);
        assert_eq!(k1.sources.len(), 1);
        assert!(k1.federation_hint.is_some());
        let plain = parse_questionnaire(Path::new("q.ron"), MINI).unwrap();
        let (_, k1) = plain.question("k1").unwrap();
        assert!(k1.short.is_none() && k1.sources.is_empty() && k1.replaces.is_empty());
    }

    #[test]
    fn too_long_or_blank_short_title_is_reported() {
        let long = "Sehr lange Kurzbezeichnung, die niemand mehr liest";
        let text = with_fields(
            MINI,
            "k1",
            &format!("short: {{\"de\": \"Kurz\", \"en\": \"{long}\"}},"),
        );
        let found = problems(&text);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].contains("50 Zeichen") && found[0].contains("höchstens 45"));
        let blank = with_fields(MINI, "k1", "short: Some(\" \"),");
        assert!(problems(&blank)[0].contains("Kurztitel"));
        let none = with_fields(
            MINI,
            "k1",
            "short: None, federation_hint: Some(\"Hinweis\"),",
        );
        assert_eq!(problems(&none), Vec::<String>::new());
    }

    #[test]
    fn replaces_must_be_unique_and_not_a_current_question() {
        let twice = with_fields(
            &with_fields(MINI, "k1", "replaces: [\"alt.a\"],"),
            "k2",
            "replaces: [\"alt.a\", \"alt.b\"],",
        );
        let found = problems(&twice);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].contains("„alt.a“ wird von „k1“ und „k2“ ersetzt"));

        let current = with_fields(MINI, "k1", "replaces: [\"k2\"],");
        let found = problems(&current);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].contains("gibt es im Fragebogen noch"));

        let same_twice = with_fields(MINI, "k1", "replaces: [\"alt.a\", \"alt.a\"],");
        assert!(problems(&same_twice)[0].contains("zweimal"));
    }

    #[test]
    fn empty_source_and_blank_federation_hint_are_reported() {
        let text = with_fields(
            MINI,
            "k1",
            "sources: [Source(title: \"BSI WiBA\", reference: \" \")], federation_hint: \"\",",
        );
        let found = problems(&text);
        assert_eq!(found.len(), 2, "{found:?}");
        assert!(found[0].contains("Quelle 1"));
        assert!(found[1].contains("federation_hint"));
    }
}
