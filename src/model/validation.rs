//! Semantic checks of questionnaires and assessments, reported with file positions.

use super::assessment::{ASSESSMENT_FORMAT_VERSION, Assessment, Response};
use super::questionnaire::{Questionnaire, SHORT_TITLE_MAX};
use crate::files::{Location, Problem, SourceIndex};
use crate::msg;
use crate::text::Text;
use crate::text::catalogue::{Message, Value};
use std::collections::{HashMap, HashSet};

/// Checks a parsed questionnaire; `source` is its text, used to point at positions.
pub(crate) fn check_questionnaire(q: &Questionnaire, source: &str) -> Vec<Problem> {
    let index = SourceIndex::new(source);
    let mut problems = Vec::new();
    let mut err = |location: Option<Location>, message: Message| {
        problems.push(Problem::error(location, message));
    };
    let at_start = index.token("Questionnaire", 0);

    if !is_slug(&q.id) {
        err(
            index.quoted(&q.id, 0).or(at_start),
            msg!("errors-questionnaire-bad-id", id = &q.id),
        );
    }
    if q.version.trim().is_empty() {
        err(at_start, msg!("errors-questionnaire-no-version"));
    }
    if q.title.is_blank() {
        err(at_start, msg!("errors-questionnaire-no-title"));
    }

    check_stages(q, &index, &mut err);

    if q.dimensions.is_empty() {
        err(at_start, msg!("errors-questionnaire-no-dimensions"));
    }
    let mut dimension_seen: HashMap<&str, usize> = HashMap::new();
    let mut question_seen: HashMap<&str, usize> = HashMap::new();
    for (d_index, d) in q.dimensions.iter().enumerate() {
        let d_count = dimension_seen.entry(&d.id).or_insert(0);
        let d_loc = index
            .quoted(&d.id, *d_count)
            .or_else(|| index.token("Dimension(", d_index));
        if *d_count > 0 {
            err(d_loc, msg!("errors-dimension-duplicate-id", id = &d.id));
        }
        *d_count += 1;
        if !is_slug(&d.id) {
            err(d_loc, msg!("errors-dimension-bad-id", id = &d.id));
        }
        if d.name.is_blank() {
            err(d_loc, msg!("errors-dimension-no-name", id = &d.id));
        }
        if !(d.weight.is_finite() && d.weight > 0.0) {
            err(
                d_loc,
                msg!(
                    "errors-dimension-bad-weight",
                    id = &d.id,
                    weight = d.weight.to_string()
                ),
            );
        }
        if d.questions.is_empty() {
            err(d_loc, msg!("errors-dimension-no-questions", id = &d.id));
        }
        for question in &d.questions {
            let count = question_seen.entry(&question.id).or_insert(0);
            let loc = index.quoted(&question.id, *count).or(d_loc);
            if *count > 0 {
                err(loc, msg!("errors-question-duplicate-id", id = &question.id));
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
                msg!("errors-diagnoses-unknown-dimension", role = role, id = id),
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
                msg!(
                    "errors-diagnoses-bad-threshold",
                    name = name,
                    value = value.to_string()
                ),
            );
        }
    }
    for (i, text) in rules.texts.iter().enumerate() {
        let loc = index.quoted(&text.id, 0).or(rules_loc);
        if !DIAGNOSIS_IDS.contains(&text.id.as_str()) {
            err(
                loc,
                msg!(
                    "errors-diagnosis-unknown",
                    id = &text.id,
                    expected = DIAGNOSIS_IDS.join(", ")
                ),
            );
        }
        if rules.texts[..i].iter().any(|t| t.id == text.id) {
            err(loc, msg!("errors-diagnosis-duplicate", id = &text.id));
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
                    msg!(
                        "errors-diagnosis-bad-placeholder",
                        id = &text.id,
                        placeholder = format!("{{{bad}}}"),
                        allowed = placeholder_list(&DIAGNOSIS_PLACEHOLDERS)
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
    err: &mut impl FnMut(Option<Location>, Message),
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
                        msg!(
                            "errors-question-bad-placeholder",
                            id = &question.id,
                            placeholder = format!("{{{name}}}"),
                            allowed = placeholder_list(&BODY_PLACEHOLDERS)
                        ),
                    );
                }
            }
        }
    }
}

/// `{a}, {b}, …` for a message.
fn placeholder_list(names: &[&str]) -> String {
    names
        .iter()
        .map(|p| format!("{{{p}}}"))
        .collect::<Vec<_>>()
        .join(", ")
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
    err: &mut impl FnMut(Option<Location>, Message),
) {
    let stages_loc = index.token("stages", 0);
    if q.stages.len() != 5 {
        err(
            stages_loc,
            msg!("errors-stages-count", count = q.stages.len()),
        );
    }
    let mut expected_from = 0.0;
    for (i, stage) in q.stages.iter().enumerate() {
        let loc = index.token("Stage(", i).or(stages_loc);
        let number = i + 1;
        if stage.name.is_blank() {
            err(loc, msg!("errors-stage-no-name", number = number));
        }
        if !(stage.from.is_finite() && stage.to.is_finite()) || stage.from >= stage.to {
            err(
                loc,
                msg!(
                    "errors-stage-from-to",
                    number = number,
                    name = text_value(&stage.name),
                    from = stage.from.to_string(),
                    to = stage.to.to_string()
                ),
            );
        }
        if stage.from > expected_from {
            err(
                loc,
                msg!(
                    "errors-stage-gap",
                    number = number,
                    name = text_value(&stage.name),
                    from = stage.from.to_string(),
                    previous = expected_from.to_string()
                ),
            );
        } else if stage.from < expected_from {
            err(
                loc,
                msg!(
                    "errors-stage-overlap",
                    number = number,
                    name = text_value(&stage.name),
                    from = stage.from.to_string(),
                    previous = expected_from.to_string()
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
            msg!("errors-stage-last-end", to = last.to.to_string()),
        );
    }
}

/// `replaces` ids: each names a question of the previous version at most once in the whole
/// questionnaire, and never the id of a current question (that answer stays with its id).
fn check_replaces(
    q: &Questionnaire,
    index: &SourceIndex,
    err: &mut impl FnMut(Option<Location>, Message),
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
                    msg!("errors-replaces-bad-id", id = &question.id, old = old),
                );
            }
            if q.question(old).is_some() {
                err(
                    loc,
                    msg!("errors-replaces-current", id = &question.id, old = old),
                );
            }
            match claimed.insert(old, &question.id) {
                Some(first) if first == question.id => err(
                    loc,
                    msg!("errors-replaces-twice", id = &question.id, old = old),
                ),
                Some(first) => err(
                    loc,
                    msg!(
                        "errors-replaces-claimed",
                        old = old,
                        first = first,
                        id = &question.id
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
    err: &mut impl FnMut(Option<Location>, Message),
) {
    let id = &question.id;
    if !is_slug(id) {
        err(loc, msg!("errors-question-bad-id", id = id));
    }
    if question.text.is_blank() {
        err(loc, msg!("errors-question-no-text", id = id));
    }
    if question.help.is_blank() {
        err(loc, msg!("errors-question-no-help", id = id));
    }
    if !(question.weight.is_finite() && question.weight > 0.0) {
        err(
            loc,
            msg!(
                "errors-question-bad-weight",
                id = id,
                weight = question.weight.to_string()
            ),
        );
    }
    if question.levels.len() != 5 {
        err(
            loc,
            msg!(
                "errors-question-levels-count",
                id = id,
                count = question.levels.len()
            ),
        );
    }
    for (level, text) in question.levels.iter().enumerate() {
        if text.is_blank() {
            err(
                loc,
                msg!("errors-question-level-blank", id = id, level = level),
            );
        }
    }
    if let Some(short) = &question.short {
        if short.is_blank() {
            err(loc, msg!("errors-question-short-blank", id = id));
        }
        for text in std::iter::once(&short.de).chain(short.en.as_ref()) {
            let length = text.trim().chars().count();
            if length > SHORT_TITLE_MAX {
                err(
                    loc,
                    msg!(
                        "errors-question-short-too-long",
                        id = id,
                        short = text,
                        length = length,
                        max = SHORT_TITLE_MAX
                    ),
                );
            }
        }
    }
    for (n, source) in question.sources.iter().enumerate() {
        if source.title.is_blank() || source.reference.trim().is_empty() {
            err(
                loc,
                msg!("errors-question-source-incomplete", id = id, number = n + 1),
            );
        }
    }
    if question
        .federation_hint
        .as_ref()
        .is_some_and(Text::is_blank)
    {
        err(loc, msg!("errors-question-federation-hint-blank", id = id));
    }
    for measure in &question.measures {
        if measure.from_level > 3 {
            err(
                loc,
                msg!(
                    "errors-measure-bad-level",
                    id = id,
                    level = measure.from_level
                ),
            );
        }
        if measure.text.is_blank() {
            err(
                loc,
                msg!(
                    "errors-measure-no-text",
                    id = id,
                    level = measure.from_level
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
            0 => err(loc, msg!("errors-measure-missing", id = id, level = level)),
            n => err(
                loc,
                msg!("errors-measure-several", id = id, level = level, count = n),
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
            msg!("errors-assessment-no-name"),
        ));
    }
    if let Some(federation) = &a.profile.federation
        && !federation.kind.exists_in(a.profile.state)
    {
        problems.push(Problem::warning(
            index.token("federation", 0).or(at_start),
            msg!(
                "errors-assessment-federation-kind",
                kind = Value::per_lang(|lang| federation.kind.name(lang).to_string()),
                state = a.profile.state.name()
            ),
        ));
    }
    let rater_ids: HashSet<&str> = a.raters.iter().map(|r| r.id.as_str()).collect();
    if rater_ids.len() != a.raters.len() {
        problems.push(Problem::error(
            index.token("raters", 0).or(at_start),
            msg!("errors-assessment-duplicate-rater"),
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
                    msg!("errors-answer-bad-level", id = id, level = *level),
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
                    msg!(
                        "errors-answer-too-many-hands",
                        id = id,
                        count = n,
                        max = super::MAX_HANDS
                    ),
                ));
            }
        }
        for (n, evidence) in answer.evidence.iter().enumerate() {
            if let Some(problem) = evidence.problem() {
                problems.push(Problem::error(
                    index.quoted(&evidence.what, 0).or(loc),
                    msg!(
                        "errors-answer-evidence",
                        id = id,
                        number = n + 1,
                        problem = problem
                    ),
                ));
            }
        }
        for rater in answer.votes.keys() {
            if !rater_ids.contains(rater.as_str()) {
                problems.push(Problem::error(
                    loc,
                    msg!("errors-answer-unknown-rater", id = id, rater = rater),
                ));
            }
        }
    }
    problems
}

/// The message for a file whose format is newer than this build understands.
pub(crate) fn newer_format_message(found: u32) -> Message {
    msg!(
        "errors-assessment-newer-format",
        found = found,
        known = ASSESSMENT_FORMAT_VERSION
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
            msg!(
                "errors-assessment-other-questionnaire",
                found = &a.questionnaire.id,
                expected = &q.id,
                title = text_value(&q.title)
            ),
        ));
        return problems;
    }
    let same_version = a.questionnaire.version == q.version;
    if !same_version {
        problems.push(Problem::warning(
            index.quoted(&a.questionnaire.version, 0).or(q_loc),
            msg!(
                "errors-assessment-other-version",
                found = &a.questionnaire.version,
                current = &q.version
            ),
        ));
    }
    for id in a.answers.keys() {
        if q.question(id).is_none() {
            let loc = index.quoted(id, 0);
            if same_version {
                problems.push(Problem::error(
                    loc,
                    msg!(
                        "errors-answer-unknown-question",
                        id = id,
                        questionnaire = &q.id,
                        version = &q.version
                    ),
                ));
            } else if let Some(new) = q.replacement_for(id) {
                problems.push(Problem::warning(
                    loc,
                    msg!(
                        "errors-answer-replaced",
                        id = id,
                        version = &q.version,
                        new = &new.id
                    ),
                ));
            } else {
                problems.push(Problem::warning(
                    loc,
                    msg!("errors-answer-retired", id = id, version = &q.version),
                ));
            }
        }
    }
    problems
}

/// A text of the file in each language (German where it has no translation).
fn text_value(text: &Text) -> Value {
    Value::per_lang(|lang| text.get(lang).to_string())
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
            Err(error) => error
                .problems
                .iter()
                .map(|p| p.message.to_string())
                .collect(),
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
