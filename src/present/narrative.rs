//! The sentences about an assessment, chosen by its state: nothing answered, too little
//! answered („vorläufig“), all 0, all 4, a single field, few peers, no earlier
//! assessment. No sentence counts zero things, compares a field without a score, or
//! states a finding for a field below the coverage threshold. Field names and the
//! diagnoses' words come from the questionnaire.

use super::labels::{field_name, join_list, quote, stage_name};
use super::{format_coverage, format_points, format_score, low_coverage_threshold};
use crate::analysis::{Analysis, Completeness, Finding};
use crate::model::Questionnaire;
use crate::scoring::{Diagnosis, DiagnosisKind};
use crate::text::Lang;
use crate::tr;

/// How much is answered: „44 von 49 Fragen mit einer Stufe beantwortet (90 %)“, or
/// „keine der 49 Fragen mit einer Stufe beantwortet“ (never „0 von 49“).
pub(crate) fn coverage_line(a: &Analysis, lang: Lang) -> String {
    let questions = tr!(lang, "narrative-questions", count = a.coverage.total);
    if a.coverage.answered == 0 {
        return tr!(lang, "narrative-coverage-none", questions = questions);
    }
    tr!(
        lang,
        "narrative-coverage",
        answered = a.coverage.answered,
        questions = questions,
        share = format_coverage(a.coverage.share, lang)
    )
}

/// The one-line result: „Gesamt: Aufbau · 56,3 von 100 Punkten“, „Vorläufig: …“, or that
/// there is no result yet.
pub fn headline(a: &Analysis, lang: Lang) -> String {
    let scores = &a.scores;
    let result = format!(
        "{} · {} {}",
        stage_name(a.questionnaire, scores.overall_stage, lang),
        format_score(scores.overall, lang),
        tr!(lang, "narrative-of-100-points")
    );
    match a.coverage.completeness {
        Completeness::Empty => tr!(lang, "narrative-no-result-yet-no").into(),
        Completeness::Preliminary => format!(
            "{}: {result} – {}",
            tr!(lang, "narrative-preliminary"),
            coverage_line(a, lang)
        ),
        Completeness::Sufficient => format!("{}: {result}", tr!(lang, "overall")),
    }
}

/// Why a result is preliminary, for a note under the headline; `None` when it is not.
pub(crate) fn preliminary_note(a: &Analysis, lang: Lang) -> Option<String> {
    (a.coverage.completeness == Completeness::Preliminary).then(|| {
        tr!(
            lang,
            "narrative-preliminary-note",
            coverage = coverage_line(a, lang),
            threshold = low_coverage_threshold(lang)
        )
    })
}

/// What the title page says under a preliminary result instead of the stage's
/// description; `None` when the result is not preliminary.
pub(crate) fn title_caveat(a: &Analysis, lang: Lang) -> Option<String> {
    (a.coverage.completeness == Completeness::Preliminary).then(|| {
        tr!(
            lang,
            "narrative-title-caveat",
            coverage = coverage_line(a, lang)
        )
    })
}

/// Where the town stands, as the report's opening sentence.
pub(crate) fn overall_sentence(a: &Analysis, lang: Lang) -> String {
    let name = &a.town;
    let q = a.questionnaire;
    let stage = a.scores.overall_stage.and_then(|i| q.stages.get(i));
    let score = format_score(a.scores.overall, lang);
    match (a.coverage.completeness, stage) {
        (Completeness::Empty, _) | (_, None) => tr!(lang, "narrative-overall-none", name = name),
        (Completeness::Preliminary, Some(stage)) => tr!(
            lang,
            "narrative-overall-preliminary",
            name = name,
            score = score,
            stage = quote(lang, stage.name.get(lang))
        ),
        (Completeness::Sufficient, Some(stage)) => tr!(
            lang,
            "narrative-overall",
            name = name,
            score = score,
            stage = quote(lang, stage.name.get(lang)),
            description = stage.description.get(lang)
        ),
    }
}

fn fields_quoted(q: &Questionnaire, ids: &[String], lang: Lang) -> String {
    let names: Vec<String> = ids
        .iter()
        .map(|id| quote(lang, field_name(q, id, lang)))
        .collect();
    join_list(&names, lang)
}

/// „beiden bewerteten Handlungsfeldern“, „allen 4 bewerteten Handlungsfeldern“ (dative,
/// after „in“).
fn all_scored_fields(n: usize, lang: Lang) -> String {
    tr!(lang, "narrative-all-scored-fields", count = n)
}

/// „beiden verglichenen Handlungsfeldern“, „allen 4 verglichenen Handlungsfeldern“.
fn all_compared_fields(n: usize, lang: Lang) -> String {
    tr!(lang, "narrative-all-compared-fields", count = n)
}

/// The findings as sentences, most important first.
pub(crate) fn findings(a: &Analysis, lang: Lang) -> Vec<String> {
    let q = a.questionnaire;
    // Where leadership and staff differ by two levels or more, after the score findings.
    let staff = a.survey.iter().flat_map(|survey| {
        survey
            .findings()
            .filter_map(move |c| super::survey::finding_sentence(c, lang))
    });
    a.findings
        .iter()
        .map(|f| finding(q, f, &a.town, lang))
        .chain(staff)
        .collect()
}

fn finding(q: &Questionnaire, f: &Finding, name: &str, lang: Lang) -> String {
    let field = |id: &str| quote(lang, field_name(q, id, lang));
    match f {
        Finding::Spread {
            best,
            best_score,
            worst,
            worst_score,
        } => tr!(
            lang,
            "narrative-spread",
            name = name,
            best = field(best),
            best_score = format_points(Some(*best_score), lang),
            worst = field(worst),
            worst_score = format_points(Some(*worst_score), lang)
        ),
        Finding::Even { score, fields } => tr!(
            lang,
            "narrative-even",
            fields = all_scored_fields(*fields, lang),
            name = name,
            points = format_points(Some(*score), lang)
        ),
        Finding::LowLevels { low, answered } if low == answered => {
            tr!(lang, "narrative-all-low", answered = *answered)
        }
        Finding::LowLevels { low, answered } => tr!(
            lang,
            "narrative-some-low",
            low = *low,
            answered = *answered,
            name = name
        ),
        Finding::NoLowLevels { answered } => tr!(lang, "narrative-no-low", answered = *answered),
        Finding::AllLowest { answered } => tr!(
            lang,
            "narrative-all-lowest",
            answered = *answered,
            name = name
        ),
        Finding::AllHighest { answered } => {
            tr!(lang, "narrative-all-highest", answered = *answered)
        }
        Finding::Peers {
            below,
            compared,
            synthetic,
        } => {
            let mut text = match (*compared, below.len()) {
                (1, 0) => tr!(lang, "narrative-peers-only-field-at-median", name = name),
                (1, _) => tr!(
                    lang,
                    "narrative-peers-only-field-below",
                    fields = fields_quoted(q, below, lang),
                    name = name
                ),
                (n, 0) => tr!(
                    lang,
                    "narrative-peers-all-at-median",
                    fields = all_compared_fields(n, lang),
                    name = name
                ),
                (n, b) if b == n => tr!(
                    lang,
                    "narrative-peers-all-below",
                    fields = all_compared_fields(n, lang),
                    name = name
                ),
                (n, b) => tr!(
                    lang,
                    "narrative-peers-some-below",
                    below = b,
                    compared = n,
                    name = name,
                    fields = fields_quoted(q, below, lang)
                ),
            };
            if *synthetic {
                text = format!("{text} ({})", super::synthetic_label(lang));
            }
            text
        }
        Finding::Uncertain { fields } => tr!(
            lang,
            "narrative-uncertain",
            count = fields.len(),
            names = fields_quoted(q, fields, lang),
            threshold = low_coverage_threshold(lang)
        ),
        Finding::Unanswered { fields } => tr!(
            lang,
            "narrative-unanswered-fields",
            count = fields.len(),
            names = fields_quoted(q, fields, lang)
        ),
    }
}

/// The built-in title of a diagnosis, used where the questionnaire has none.
fn default_title(kind: DiagnosisKind, lang: Lang) -> &'static str {
    match kind {
        DiagnosisKind::FacadePaint => tr!(lang, "narrative-facade-paint"),
        DiagnosisKind::NotWilling => tr!(lang, "narrative-not-willing-rather-than"),
        DiagnosisKind::NotAble => tr!(lang, "narrative-not-able-rather-than"),
        DiagnosisKind::NeitherWillingNorAble => tr!(lang, "narrative-neither-backing-nor-means"),
    }
}

/// The built-in message of a diagnosis, with placeholders (see
/// [`crate::model::DiagnosisText`]).
fn default_message(kind: DiagnosisKind, lang: Lang) -> &'static str {
    match kind {
        DiagnosisKind::FacadePaint => tr!(lang, "narrative-front-end-first-is"),
        DiagnosisKind::NotWilling => tr!(lang, "narrative-culture-first-trails-resources"),
        DiagnosisKind::NotAble => tr!(lang, "narrative-resources-second-trails-culture"),
        DiagnosisKind::NeitherWillingNorAble => tr!(lang, "narrative-both-culture-first-and"),
    }
}

/// A diagnosis's title, from the questionnaire where it words it.
pub(crate) fn diagnosis_title(q: &Questionnaire, d: &Diagnosis, lang: Lang) -> String {
    q.diagnoses
        .texts
        .iter()
        .find(|t| t.id == d.kind.id())
        .map(|t| t.title.get(lang).to_string())
        .unwrap_or_else(|| default_title(d.kind, lang).to_string())
}

/// A diagnosis's explanation with its figures and the fields' names from the
/// questionnaire.
pub(crate) fn diagnosis_message(q: &Questionnaire, d: &Diagnosis, lang: Lang) -> String {
    let template = q
        .diagnoses
        .texts
        .iter()
        .find(|t| t.id == d.kind.id())
        .map(|t| t.message.get(lang))
        .unwrap_or_else(|| default_message(d.kind, lang));
    let rules = &q.diagnoses;
    fill(
        template,
        &[
            ("first", format_points(Some(d.first), lang)),
            ("second", format_points(Some(d.second), lang)),
            (
                "front_end",
                quote(lang, field_name(q, &rules.front_end, lang)),
            ),
            (
                "back_end",
                quote(lang, field_name(q, &rules.back_end, lang)),
            ),
            ("culture", quote(lang, field_name(q, &rules.culture, lang))),
            (
                "resources",
                quote(lang, field_name(q, &rules.resources, lang)),
            ),
        ],
    )
}

/// `template` with each `{name}` replaced by its value.
fn fill(template: &str, values: &[(&str, String)]) -> String {
    let mut text = template.to_string();
    for (name, value) in values {
        text = text.replace(&format!("{{{name}}}"), value);
    }
    text
}

/// What to say when no diagnosis applies: which checks were possible and found
/// nothing, and which fields still lack the answers to check.
pub(crate) fn no_diagnosis(a: &Analysis, lang: Lang) -> String {
    let q = a.questionnaire;
    let rules = &q.diagnoses;
    let name = |id: &str| quote(lang, field_name(q, id, lang));
    let missing = |ids: [&String; 2]| -> Vec<String> {
        ids.iter()
            .filter(|id| !a.is_reliable(id))
            .map(|id| id.to_string())
            .collect()
    };
    let facade_missing = missing([&rules.front_end, &rules.back_end]);
    let willing_missing = missing([&rules.culture, &rules.resources]);
    let mut parts = Vec::new();
    if facade_missing.is_empty() {
        parts.push(tr!(
            lang,
            "narrative-facade-not-ahead",
            front_end = name(&rules.front_end),
            back_end = name(&rules.back_end)
        ));
    }
    if willing_missing.is_empty() {
        parts.push(tr!(
            lang,
            "narrative-similar-level",
            culture = name(&rules.culture),
            resources = name(&rules.resources)
        ));
    }
    let mut unchecked: Vec<String> = facade_missing;
    unchecked.extend(willing_missing);
    let mut text = if parts.len() == 2 {
        format!(
            "{} {}",
            tr!(lang, "narrative-neither-typical-imbalance-applies"),
            parts.join(" ")
        )
    } else {
        parts.join(" ")
    };
    if !unchecked.is_empty() {
        let sentence = tr!(
            lang,
            "narrative-unchecked",
            checked = if parts.is_empty() { "none" } else { "some" },
            names = fields_quoted(q, &unchecked, lang),
            threshold = low_coverage_threshold(lang)
        );
        text = if text.is_empty() {
            sentence
        } else {
            format!("{text} {sentence}")
        };
    }
    text
}

/// A field's percentile rank in words, or why there is none („–“ for no peers).
pub(crate) fn field_rank(a: &Analysis, id: &str, lang: Lang) -> Option<String> {
    let p = a.peer_figures(id)?.percentile?;
    Some(super::better_than(p, lang))
}
