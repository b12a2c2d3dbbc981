//! The sentences about an assessment, chosen by its state: nothing answered, too little
//! answered („vorläufig“), all 0, all 4, a single field, few peers, no earlier
//! assessment. No sentence counts zero things, compares a field without a score, or
//! states a finding for a field below the coverage threshold. Field names and the
//! diagnoses' words come from the questionnaire.

use super::labels::{count, field_name, join_list, quote, stage_name};
use super::{format_coverage, format_points, format_score, low_coverage_threshold};
use crate::analysis::{Analysis, Completeness, Finding};
use crate::model::Questionnaire;
use crate::scoring::{Diagnosis, DiagnosisKind};
use crate::text::Lang;
use crate::tr;

/// „3 von 49 Fragen“ / „3 of 49 questions“.
fn answered_of(a: &Analysis, lang: Lang) -> String {
    match lang {
        Lang::De => format!(
            "{} von {}",
            a.coverage.answered,
            count(a.coverage.total, "Frage", "Fragen")
        ),
        Lang::En => format!(
            "{} of {}",
            a.coverage.answered,
            count(a.coverage.total, "question", "questions")
        ),
    }
}

/// How much is answered: „44 von 49 Fragen mit einer Stufe beantwortet (90 %)“, or
/// „keine der 49 Fragen mit einer Stufe beantwortet“ (never „0 von 49“).
pub(crate) fn coverage_line(a: &Analysis, lang: Lang) -> String {
    if a.coverage.answered == 0 {
        return match lang {
            Lang::De => format!(
                "keine der {} mit einer Stufe beantwortet",
                count(a.coverage.total, "Frage", "Fragen")
            ),
            Lang::En => format!(
                "none of the {} answered with a level",
                count(a.coverage.total, "question", "questions")
            ),
        };
    }
    match lang {
        Lang::De => format!(
            "{} mit einer Stufe beantwortet ({})",
            answered_of(a, lang),
            format_coverage(a.coverage.share, lang)
        ),
        Lang::En => format!(
            "{} answered with a level ({})",
            answered_of(a, lang),
            format_coverage(a.coverage.share, lang)
        ),
    }
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
    (a.coverage.completeness == Completeness::Preliminary).then(|| match lang {
        Lang::De => format!(
            "Vorläufiges Ergebnis: erst {}. Belastbar wird es ab {} der Fragen; bis dahin stehen zu Handlungsfeldern mit weniger Antworten weder Befunde noch Vergleichsränge.",
            coverage_line(a, lang),
            low_coverage_threshold(lang)
        ),
        Lang::En => format!(
            "Preliminary result: only {}. It becomes reliable from {} of the questions; until then fields with fewer answers get neither findings nor peer ranks.",
            coverage_line(a, lang),
            low_coverage_threshold(lang)
        ),
    })
}

/// What the title page says under a preliminary result instead of the stage's
/// description; `None` when the result is not preliminary.
pub(crate) fn title_caveat(a: &Analysis, lang: Lang) -> Option<String> {
    (a.coverage.completeness == Completeness::Preliminary).then(|| match lang {
        Lang::De => format!(
            "Erst {} – das Ergebnis kann sich noch deutlich ändern.",
            coverage_line(a, lang)
        ),
        Lang::En => format!(
            "Only {} – the result may still change considerably.",
            coverage_line(a, lang)
        ),
    })
}

/// Where the town stands, as the report's opening sentence.
pub(crate) fn overall_sentence(a: &Analysis, lang: Lang) -> String {
    let name = &a.town;
    let q = a.questionnaire;
    let stage = a.scores.overall_stage.and_then(|i| q.stages.get(i));
    let score = format_score(a.scores.overall, lang);
    match (a.coverage.completeness, stage) {
        (Completeness::Empty, _) | (_, None) => match lang {
            Lang::De => format!(
                "Für {name} ist noch keine Frage mit einer Stufe beantwortet; es gibt noch kein Ergebnis."
            ),
            Lang::En => {
                format!("No question is answered with a level for {name} yet; there is no result.")
            }
        },
        (Completeness::Preliminary, Some(stage)) => match lang {
            Lang::De => format!(
                "{name} erreicht vorläufig {score} von 100 Punkten (Reifephase {}); das Ergebnis kann sich noch deutlich ändern.",
                quote(lang, stage.name.get(lang)),
            ),
            Lang::En => format!(
                "{name} reaches a preliminary {score} out of 100 points (maturity phase {}); the result may still change considerably.",
                quote(lang, stage.name.get(lang)),
            ),
        },
        (Completeness::Sufficient, Some(stage)) => match lang {
            Lang::De => format!(
                "{name} erreicht insgesamt {score} von 100 Punkten und steht damit in der Reifephase {}: {}",
                quote(lang, stage.name.get(lang)),
                stage.description.get(lang)
            ),
            Lang::En => format!(
                "{name} reaches {score} out of 100 points overall, which is the maturity phase {}: {}",
                quote(lang, stage.name.get(lang)),
                stage.description.get(lang)
            ),
        },
    }
}

fn fields_quoted(q: &Questionnaire, ids: &[String], lang: Lang) -> String {
    let names: Vec<String> = ids
        .iter()
        .map(|id| quote(lang, field_name(q, id, lang)))
        .collect();
    join_list(&names, lang)
}

/// „beiden Handlungsfeldern“, „allen 4 Handlungsfeldern“ (dative, after „in“).
fn all_fields(n: usize, adjective: &str, lang: Lang) -> String {
    let adjective = if adjective.is_empty() {
        String::new()
    } else {
        format!("{adjective} ")
    };
    match (lang, n) {
        (Lang::De, 2) => format!("beiden {adjective}Handlungsfeldern"),
        (Lang::De, _) => format!("allen {n} {adjective}Handlungsfeldern"),
        (Lang::En, 2) => format!("both {adjective}fields"),
        (Lang::En, _) => format!("all {n} {adjective}fields"),
    }
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
    let de = lang == Lang::De;
    let field = |id: &str| quote(lang, field_name(q, id, lang));
    match f {
        Finding::Spread {
            best,
            best_score,
            worst,
            worst_score,
        } => match lang {
            Lang::De => format!(
                "Am weitesten ist {name} bei {} ({}), am wenigsten weit bei {} ({}).",
                field(best),
                format_points(Some(*best_score), lang),
                field(worst),
                format_points(Some(*worst_score), lang)
            ),
            Lang::En => format!(
                "{name} is furthest in {} ({}) and least advanced in {} ({}).",
                field(best),
                format_points(Some(*best_score), lang),
                field(worst),
                format_points(Some(*worst_score), lang)
            ),
        },
        Finding::Even { score, fields } => {
            let all = all_fields(*fields, if de { "bewerteten" } else { "scored" }, lang);
            let points = format_points(Some(*score), lang);
            if de {
                format!("In {all} erreicht {name} denselben Wert: {points}.")
            } else {
                format!("In {all} {name} reaches the same score: {points}.")
            }
        }
        Finding::LowLevels { low, answered } => {
            if low == answered {
                match (lang, answered) {
                    (Lang::De, 1) => "Die einzige beantwortete Frage steht noch auf Stufe 0 oder 1; dort bringen die ersten, oft kleinen Schritte am meisten.".into(),
                    (Lang::De, n) => format!("Alle {n} beantworteten Fragen stehen noch auf Stufe 0 oder 1; dort bringen die ersten, oft kleinen Schritte am meisten."),
                    (Lang::En, 1) => "The only answered question is still at level 0 or 1; that is where the first, often small steps help most.".into(),
                    (Lang::En, n) => format!("All {n} answered questions are still at level 0 or 1; that is where the first, often small steps help most."),
                }
            } else if de {
                format!(
                    "Bei {low} von {answered} beantworteten Fragen steht {name} noch auf Stufe 0 oder 1; dort bringen die ersten, oft kleinen Schritte am meisten."
                )
            } else {
                format!(
                    "In {low} of {answered} answered questions {name} is still at level 0 or 1; that is where the first, often small steps help most."
                )
            }
        }
        Finding::NoLowLevels { answered } => match (lang, answered) {
            (Lang::De, 1) => "Die einzige beantwortete Frage steht mindestens auf Stufe 2.".into(),
            (Lang::De, n) => {
                format!("Alle {n} beantworteten Fragen stehen mindestens auf Stufe 2.")
            }
            (Lang::En, 1) => "The only answered question is at level 2 or above.".into(),
            (Lang::En, n) => format!("All {n} answered questions are at level 2 or above."),
        },
        Finding::AllLowest { answered } => match (lang, answered) {
            (Lang::De, 1) => "Die einzige beantwortete Frage steht auf Stufe 0.".into(),
            (Lang::De, n) => format!(
                "Alle {n} beantworteten Fragen stehen auf Stufe 0: {name} steht überall am Anfang. Gerade dann bringen die ersten, kleinen Schritte am meisten."
            ),
            (Lang::En, 1) => "The only answered question is at level 0.".into(),
            (Lang::En, n) => format!(
                "All {n} answered questions are at level 0: {name} is at the start everywhere. That is when the first small steps help most."
            ),
        },
        Finding::AllHighest { answered } => match (lang, answered) {
            (Lang::De, 1) => {
                "Die einzige beantwortete Frage steht auf der höchsten Stufe 4.".into()
            }
            (Lang::De, n) => format!(
                "Alle {n} beantworteten Fragen stehen auf der höchsten Stufe 4. Der Fragebogen nennt hier keine nächsten Schritte mehr; es geht darum, das Erreichte zu halten und weiterzugeben."
            ),
            (Lang::En, 1) => "The only answered question is at the top level 4.".into(),
            (Lang::En, n) => format!(
                "All {n} answered questions are at the top level 4. The questionnaire names no further steps here; what matters is keeping the level and passing on what was learnt."
            ),
        },
        Finding::Peers {
            below,
            compared,
            synthetic,
        } => {
            let mut text = match (lang, *compared, below.len()) {
                (Lang::De, 1, 0) => format!(
                    "Im einzigen verglichenen Handlungsfeld liegt {name} mindestens auf dem Median der Vergleichsgruppe."
                ),
                (Lang::De, 1, _) => format!(
                    "Im einzigen verglichenen Handlungsfeld, {}, liegt {name} unter dem Median der Vergleichsgruppe.",
                    fields_quoted(q, below, lang)
                ),
                (Lang::De, n, 0) => format!(
                    "In {} liegt {name} mindestens auf dem Median der Vergleichsgruppe.",
                    all_fields(n, "verglichenen", lang)
                ),
                (Lang::De, n, b) if b == n => format!(
                    "In {} liegt {name} unter dem Median der Vergleichsgruppe.",
                    all_fields(n, "verglichenen", lang)
                ),
                (Lang::De, n, b) => format!(
                    "In {b} von {n} verglichenen Handlungsfeldern liegt {name} unter dem Median der Vergleichsgruppe: {}.",
                    fields_quoted(q, below, lang)
                ),
                (Lang::En, 1, 0) => {
                    format!("In the only compared field {name} is at or above the peer median.")
                }
                (Lang::En, 1, _) => format!(
                    "In the only compared field, {}, {name} is below the peer median.",
                    fields_quoted(q, below, lang)
                ),
                (Lang::En, n, 0) => format!(
                    "In {} {name} is at or above the peer median.",
                    all_fields(n, "compared", lang)
                ),
                (Lang::En, n, b) if b == n => format!(
                    "In {} {name} is below the peer median.",
                    all_fields(n, "compared", lang)
                ),
                (Lang::En, n, b) => format!(
                    "In {b} of {n} compared fields {name} is below the peer median: {}.",
                    fields_quoted(q, below, lang)
                ),
            };
            if *synthetic {
                text = format!("{text} ({})", super::synthetic_label(lang));
            }
            text
        }
        Finding::Uncertain { fields } => {
            let names = fields_quoted(q, fields, lang);
            let threshold = low_coverage_threshold(lang);
            match (lang, fields.len()) {
                (Lang::De, 1) => format!(
                    "Bei {names} sind weniger als {threshold} der Fragen mit einer Stufe beantwortet; der Wert ist unsicher und trägt keinen Befund."
                ),
                (Lang::De, _) => format!(
                    "Bei {names} sind weniger als {threshold} der Fragen mit einer Stufe beantwortet; diese Werte sind unsicher und tragen keine Befunde."
                ),
                (Lang::En, 1) => format!(
                    "For {names} fewer than {threshold} of the questions have a level; the score is uncertain and carries no finding."
                ),
                (Lang::En, _) => format!(
                    "For {names} fewer than {threshold} of the questions have a level; these scores are uncertain and carry no findings."
                ),
            }
        }
        Finding::Unanswered { fields } => {
            let names = fields_quoted(q, fields, lang);
            match (lang, fields.len()) {
                (Lang::De, 1) => format!(
                    "Zu {names} ist noch keine Frage mit einer Stufe beantwortet; das Handlungsfeld hat noch keinen Wert."
                ),
                (Lang::De, _) => format!(
                    "Zu {names} ist noch keine Frage mit einer Stufe beantwortet; diese Handlungsfelder haben noch keinen Wert."
                ),
                (Lang::En, 1) => format!(
                    "No question on {names} is answered with a level yet; the field has no score."
                ),
                (Lang::En, _) => format!(
                    "No question on {names} is answered with a level yet; these fields have no score."
                ),
            }
        }
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
    match (facade_missing.is_empty(), lang) {
        (true, Lang::De) => parts.push(format!(
            "{} läuft {} nicht davon.",
            name(&rules.front_end),
            name(&rules.back_end)
        )),
        (true, Lang::En) => parts.push(format!(
            "{} does not run ahead of {}.",
            name(&rules.front_end),
            name(&rules.back_end)
        )),
        _ => {}
    }
    match (willing_missing.is_empty(), lang) {
        (true, Lang::De) => parts.push(format!(
            "{} und {} sind ähnlich weit.",
            name(&rules.culture),
            name(&rules.resources)
        )),
        (true, Lang::En) => parts.push(format!(
            "{} and {} are at a similar level.",
            name(&rules.culture),
            name(&rules.resources)
        )),
        _ => {}
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
        let names = fields_quoted(q, &unchecked, lang);
        let threshold = low_coverage_threshold(lang);
        let sentence = match lang {
            Lang::De => format!(
                "Ob {} vorliegt, lässt sich erst sagen, wenn bei {names} mindestens {threshold} der Fragen mit einer Stufe beantwortet sind.",
                if parts.is_empty() {
                    "eine der typischen Schieflagen"
                } else {
                    "die andere typische Schieflage"
                }
            ),
            Lang::En => format!(
                "Whether {} applies can only be said once at least {threshold} of the questions on {names} have a level.",
                if parts.is_empty() {
                    "a typical imbalance"
                } else {
                    "the other typical imbalance"
                }
            ),
        };
        text = if text.is_empty() {
            sentence
        } else {
            format!("{text} {sentence}")
        };
    }
    text
}

/// What the council is asked to decide, item by item (each ends with „;“ or „.“).
pub(crate) fn council_asks(a: &Analysis, lang: Lang) -> Vec<String> {
    let mut asks: Vec<String> = Vec::new();
    // Open legal duties come before any maturity measure (the summary lists them).
    if let Some(duties) = super::duties::legal_duties(a, lang) {
        let open = a.open_duties().next().is_some();
        let unknown = a.unknown_duties().next().is_some();
        let section = super::quote(lang, duties.heading);
        asks.push(match (open, unknown, lang) {
            (true, true, Lang::De) => format!("die offenen Pflichtaufgaben vorrangig erfüllen und die ungeklärten prüfen zu lassen (Abschnitt {section});"),
            (true, true, Lang::En) => format!("to have the open legal duties met first and the unclear ones checked (section {section});"),
            (true, false, Lang::De) => format!("die offenen Pflichtaufgaben vorrangig erfüllen zu lassen (Abschnitt {section});"),
            (true, false, Lang::En) => format!("to have the open legal duties met first (section {section});"),
            (false, _, Lang::De) => format!("prüfen zu lassen, ob die ungeklärten Pflichtaufgaben erfüllt sind (Abschnitt {section});"),
            (false, _, Lang::En) => format!("to have it checked whether the unclear legal duties are met (section {section});"),
        });
    }
    if a.is_preliminary() {
        asks.push(match lang {
            Lang::De => format!(
                "die Selbstbewertung zu vervollständigen – bisher sind {} – und das Ergebnis erneut vorzulegen, bevor Maßnahmen beauftragt werden;",
                coverage_line(a, lang)
            ),
            Lang::En => format!(
                "to have the self-assessment completed – so far {} – and presented again before measures are commissioned;",
                coverage_line(a, lang)
            ),
        });
        asks.push(tr!(lang, "narrative-to-name-person-responsible").into());
    } else {
        let short = a.short_term_in_roadmap();
        let roadmap = a.roadmap_measures().count();
        asks.push(match (lang, short, roadmap) {
            (Lang::De, 0, 0) => "das erreichte Niveau zu sichern: Die Verwaltung berichtet jährlich, wie die Abläufe gepflegt und an andere Kommunen weitergegeben werden;".into(),
            (Lang::En, 0, 0) => "to secure the level reached: the administration reports every year on how the processes are kept up and shared with other municipalities;".into(),
            (Lang::De, 0, _) => "die Maßnahmen des Fahrplans (Abschnitt „Maßnahmen und Fahrplan“) in die Haushaltsplanung der nächsten zwei Jahre aufzunehmen und eine verantwortliche Person für die Umsetzung zu benennen;".into(),
            (Lang::En, 0, _) => "to include the measures of the roadmap (section “Measures and roadmap”) in the budget planning of the next two years and to name a person responsible for carrying them out;".into(),
            (Lang::De, 1, _) => "die kurzfristige Maßnahme des Fahrplans (Abschnitt „Maßnahmen und Fahrplan“) für die nächsten sechs Monate zu beauftragen und eine verantwortliche Person für die Umsetzung zu benennen;".into(),
            (Lang::En, 1, _) => "to commission the short-term measure of the roadmap (section “Measures and roadmap”) for the next six months and to name a person responsible for carrying it out;".into(),
            (Lang::De, n, _) => format!("die {n} kurzfristigen Maßnahmen des Fahrplans (Abschnitt „Maßnahmen und Fahrplan“) für die nächsten sechs Monate zu beauftragen und eine verantwortliche Person für die Umsetzung zu benennen;"),
            (Lang::En, n, _) => format!("to commission the {n} short-term measures of the roadmap (section “Measures and roadmap”) for the next six months and to name a person responsible for carrying them out;"),
        });
    }
    let kinds: Vec<DiagnosisKind> = a.scores.diagnoses.iter().map(|d| d.kind).collect();
    if kinds.contains(&DiagnosisKind::NotAble)
        || kinds.contains(&DiagnosisKind::NeitherWillingNorAble)
    {
        asks.push(tr!(lang, "narrative-to-provide-time-and").into());
    }
    if kinds.contains(&DiagnosisKind::NotWilling)
        || kinds.contains(&DiagnosisKind::NeitherWillingNorAble)
    {
        asks.push(tr!(lang, "narrative-to-make-digitalisation-matter").into());
    }
    if kinds.contains(&DiagnosisKind::FacadePaint) {
        asks.push(tr!(lang, "narrative-to-launch-new-online").into());
    }
    asks.push(tr!(lang, "narrative-to-repeat-this-self").into());
    asks
}

/// A field's percentile rank in words, or why there is none („–“ for no peers).
pub(crate) fn field_rank(a: &Analysis, id: &str, lang: Lang) -> Option<String> {
    let p = a.peer_figures(id)?.percentile?;
    Some(super::better_than(p, lang))
}
