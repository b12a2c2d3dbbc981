//! Semantic checks of questionnaires and assessments, reported with file positions.

use super::assessment::{ASSESSMENT_FORMAT_VERSION, Assessment, Response};
use super::questionnaire::Questionnaire;
use crate::files::{Location, Problem, locate_quoted, locate_token};
use std::collections::{HashMap, HashSet};

/// Checks a parsed questionnaire; `source` is its text, used to point at positions.
pub fn check_questionnaire(q: &Questionnaire, source: &str) -> Vec<Problem> {
    let mut problems = Vec::new();
    let mut err = |location: Option<Location>, message: String| {
        problems.push(Problem::error(location, message));
    };
    let at_start = locate_token(source, "Questionnaire", 0);

    if !is_slug(&q.id) {
        err(
            locate_quoted(source, &q.id, 0).or(at_start),
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

    check_stages(q, source, &mut err);

    if q.dimensions.is_empty() {
        err(at_start, "Der Fragebogen hat keine Dimensionen.".into());
    }
    let mut dimension_seen: HashMap<&str, usize> = HashMap::new();
    let mut question_seen: HashMap<&str, usize> = HashMap::new();
    for (d_index, d) in q.dimensions.iter().enumerate() {
        let d_count = dimension_seen.entry(&d.id).or_insert(0);
        let d_loc = locate_quoted(source, &d.id, *d_count)
            .or_else(|| locate_token(source, "Dimension(", d_index));
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
            let loc = locate_quoted(source, &question.id, *count).or(d_loc);
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
        }
    }

    let rules = &q.diagnoses;
    let rules_loc = locate_token(source, "diagnoses", 0);
    for (role, id) in [
        ("front_end", &rules.front_end),
        ("back_end", &rules.back_end),
        ("culture", &rules.culture),
        ("resources", &rules.resources),
    ] {
        if q.dimension(id).is_none() {
            err(
                locate_token(source, &format!("{role}:"), 0).or(rules_loc),
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
                locate_token(source, &format!("{name}:"), 0).or(rules_loc),
                format!("„{name}“ ist {value}; erlaubt sind Punktwerte von 0 bis 100."),
            );
        }
    }
    problems
}

fn check_stages(q: &Questionnaire, source: &str, err: &mut impl FnMut(Option<Location>, String)) {
    let stages_loc = locate_token(source, "stages", 0);
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
        let loc = locate_token(source, "Stage(", i).or(stages_loc);
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
            locate_token(source, "Stage(", q.stages.len() - 1).or(stages_loc),
            format!(
                "Die letzte Reifestufe endet bei {}; sie muss bei 100 enden.",
                last.to
            ),
        );
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
pub fn check_assessment(a: &Assessment, source: &str) -> Vec<Problem> {
    let mut problems = Vec::new();
    let at_start = locate_token(source, "Assessment", 0);
    if a.format_version == 0 || a.format_version > ASSESSMENT_FORMAT_VERSION {
        problems.push(Problem::error(
            locate_token(source, "format_version", 0).or(at_start),
            newer_format_message(a.format_version),
        ));
    }
    if a.profile.name.trim().is_empty() {
        problems.push(Problem::error(
            locate_token(source, "name", 0).or(at_start),
            "Der Name der Kommune fehlt.",
        ));
    }
    let rater_ids: HashSet<&str> = a.raters.iter().map(|r| r.id.as_str()).collect();
    if rater_ids.len() != a.raters.len() {
        problems.push(Problem::error(
            locate_token(source, "raters", 0).or(at_start),
            "Zwei Teilnehmende haben dieselbe Kennung; jede Kennung darf nur einmal vorkommen.",
        ));
    }
    for (id, answer) in &a.answers {
        let loc = locate_quoted(source, id, 0).or(at_start);
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
pub fn newer_format_message(found: u32) -> String {
    format!(
        "Diese Datei hat das Dateiformat {found}; diese Reifegrad-Version kennt das Format \
         1 bis {ASSESSMENT_FORMAT_VERSION}. Bitte eine aktuelle Reifegrad-Version verwenden."
    )
}

/// Checks that an assessment fits `q`: the same questionnaire id, and answers only to
/// questions that exist. With another version of the same questionnaire, answers to
/// questions that no longer exist are reported as warnings (they are kept aside, not lost).
pub fn check_against(a: &Assessment, q: &Questionnaire, source: &str) -> Vec<Problem> {
    let mut problems = Vec::new();
    let q_loc = locate_quoted(source, &a.questionnaire.id, 0);
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
            locate_quoted(source, &a.questionnaire.version, 0).or(q_loc),
            format!(
                "Die Bewertung wurde mit Version {} des Fragebogens erstellt; aktuell ist Version {}. Antworten werden über die Fragen-Kennung übernommen.",
                a.questionnaire.version, q.version
            ),
        ));
    }
    for id in a.answers.keys() {
        if q.question(id).is_none() {
            let loc = locate_quoted(source, id, 0);
            if same_version {
                problems.push(Problem::error(
                    loc,
                    format!("Die Frage „{id}“ gibt es im Fragebogen „{}“ {} nicht. Ist die Kennung falsch geschrieben?", q.id, q.version),
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
pub fn is_slug(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 100
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, '-' | '_' | '.'))
}
