//! „Zusammenfassung“: where the town stands, key findings, diagnoses, council proposal.

use super::common::{BODY, H1, H3, Report, quote};
use crate::benchmark::DimensionPeers;
use crate::model::Horizon;
use crate::report::layout::{Flow, Style};
use crate::scoring::{DiagnosisKind, DimensionScore};
use crate::text::Lang;

pub(super) fn summary(r: &Report, flow: &mut Flow) {
    let input = r.input;
    let scores = input.scores;
    let lang = r.lang;
    flow.heading(r.t("Zusammenfassung", "Summary"), H1, 40.0);
    flow.y += 4.0;

    // Where the town stands.
    let stage = scores
        .overall_stage
        .and_then(|i| input.questionnaire.stages.get(i));
    let stands = match (scores.overall, stage) {
        (Some(_), Some(stage)) => match lang {
            Lang::De => format!(
                "{} erreicht insgesamt {} von 100 Punkten und steht damit auf der Stufe {}: {}",
                r.name(),
                r.score(scores.overall),
                quote(lang, stage.name.get(lang)),
                stage.description.get(lang)
            ),
            Lang::En => format!(
                "{} reaches {} out of 100 points overall, which is the stage {}: {}",
                r.name(),
                r.score(scores.overall),
                quote(lang, stage.name.get(lang)),
                stage.description.get(lang)
            ),
        },
        _ => r
            .t(
                "Es sind noch zu wenige Fragen beantwortet, um ein Gesamtergebnis zu berechnen.",
                "Too few questions are answered to compute an overall result.",
            )
            .to_string(),
    };
    flow.paragraph(&stands, BODY, 0.0);
    flow.y += 8.0;

    // Key findings.
    flow.heading(r.t("Die wichtigsten Befunde", "Key findings"), H3, 30.0);
    let scored: Vec<&DimensionScore> = scores
        .dimensions
        .iter()
        .filter(|d| d.score.is_some())
        .collect();
    let by_score = |d: &&DimensionScore| d.score.unwrap_or(0.0);
    let mut findings: Vec<String> = Vec::new();
    if let (Some(best), Some(worst)) = (
        scored
            .iter()
            .max_by(|a, b| by_score(a).total_cmp(&by_score(b))),
        scored
            .iter()
            .min_by(|a, b| by_score(a).total_cmp(&by_score(b))),
    ) && best.id != worst.id
    {
        findings.push(match lang {
            Lang::De => format!(
                "Am weitesten ist {} bei {} ({} Punkte), am wenigsten weit bei {} ({} Punkte).",
                r.name(),
                quote(lang, best.name.get(lang)),
                r.score(best.score),
                quote(lang, worst.name.get(lang)),
                r.score(worst.score)
            ),
            Lang::En => format!(
                "{} is furthest in {} ({} points) and least advanced in {} ({} points).",
                r.name(),
                quote(lang, best.name.get(lang)),
                r.score(best.score),
                quote(lang, worst.name.get(lang)),
                r.score(worst.score)
            ),
        });
    }
    let levels: Vec<u8> = input
        .questionnaire
        .questions()
        .filter_map(|(_, q)| input.assessment.response(&q.id)?.level())
        .collect();
    let low = levels.iter().filter(|l| **l <= 1).count();
    if !levels.is_empty() {
        findings.push(match lang {
            Lang::De => format!(
                "Bei {low} von {} beantworteten Fragen steht {} noch auf Stufe 0 oder 1; dort bringen die ersten, oft kleinen Schritte am meisten.",
                levels.len(),
                r.name()
            ),
            Lang::En => format!(
                "In {low} of {} answered questions {} is still at level 0 or 1; that is where the first, often small steps help most.",
                levels.len(),
                r.name()
            ),
        });
    }
    if let Some(peers) = input.peers {
        let compared: Vec<(&DimensionScore, &DimensionPeers)> = scores
            .dimensions
            .iter()
            .filter_map(|d| Some((d, r.peers(&d.id)?)))
            .filter(|(d, _)| d.score.is_some())
            .collect();
        if !compared.is_empty() {
            let below: Vec<String> = compared
                .iter()
                .filter(|(d, p)| d.score.unwrap_or(0.0) < p.median)
                .map(|(d, _)| quote(lang, d.name.get(lang)))
                .collect();
            let mut text = match (lang, below.is_empty()) {
                (Lang::De, true) => format!(
                    "In allen {} verglichenen Handlungsfeldern liegt {} mindestens auf dem Median der Vergleichsgruppe.",
                    compared.len(),
                    r.name()
                ),
                (Lang::De, false) => format!(
                    "In {} von {} verglichenen Handlungsfeldern liegt {} unter dem Median der Vergleichsgruppe: {}.",
                    below.len(),
                    compared.len(),
                    r.name(),
                    below.join(", ")
                ),
                (Lang::En, true) => format!(
                    "In all {} compared fields {} is at or above the peer median.",
                    compared.len(),
                    r.name()
                ),
                (Lang::En, false) => format!(
                    "In {} of {} compared fields {} is below the peer median: {}.",
                    below.len(),
                    compared.len(),
                    r.name(),
                    below.join(", ")
                ),
            };
            if peers.synthetic {
                text = format!("{text} ({})", r.synthetic_label());
            }
            findings.push(text);
        }
    }
    let uncertain: Vec<String> = scores
        .dimensions
        .iter()
        .filter(|d| d.low_coverage())
        .map(|d| quote(lang, d.name.get(lang)))
        .collect();
    if !uncertain.is_empty() {
        findings.push(match lang {
            Lang::De => format!(
                "Bei {} sind weniger als 60 % der Fragen mit einer Stufe beantwortet – diese Werte sind unsicher.",
                uncertain.join(", ")
            ),
            Lang::En => format!(
                "For {} fewer than 60 % of the questions have a level – these scores are uncertain.",
                uncertain.join(", ")
            ),
        });
    }
    findings.truncate(3);
    for finding in &findings {
        flow.bullet("•", finding, BODY, 0.0);
        flow.y += 2.0;
    }
    flow.y += 8.0;

    // Diagnoses.
    flow.heading(
        r.t("Was die Befunde bedeuten", "What the findings mean"),
        H3,
        30.0,
    );
    if scores.diagnoses.is_empty() {
        flow.paragraph(
            r.t(
                "Keine der beiden typischen Schieflagen liegt vor: Die Online-Angebote laufen den internen Abläufen nicht davon, und Kultur und Ressourcen sind ähnlich weit.",
                "Neither typical imbalance applies: online services do not run ahead of internal processes, and culture and resources are at a similar level.",
            ),
            BODY,
            0.0,
        );
    }
    for d in &scores.diagnoses {
        flow.bullet("•", d.title(lang), Style::bold(10.0), 0.0);
        flow.paragraph(&d.message(lang), BODY, 14.0);
        flow.y += 3.0;
    }
    flow.y += 8.0;

    // What the council is asked to decide.
    flow.heading(
        r.t(
            "Beschlussvorschlag für den Rat",
            "What the council is asked to decide",
        ),
        H3,
        40.0,
    );
    let short = r
        .measures
        .iter()
        .enumerate()
        .filter(|(rank, m)| r.in_roadmap(*rank) && m.measure.horizon == Horizon::Short)
        .count();
    let mut asks: Vec<String> = vec![match lang {
        Lang::De => format!(
            "die {short} kurzfristigen Maßnahmen des Fahrplans (Abschnitt „Maßnahmen und Fahrplan“) für die nächsten sechs Monate zu beauftragen und eine verantwortliche Person für die Umsetzung zu benennen;"
        ),
        Lang::En => format!(
            "to commission the {short} short-term measures of the roadmap (section “Measures and roadmap”) for the next six months and to name a person responsible for carrying them out;"
        ),
    }];
    let kinds: Vec<DiagnosisKind> = scores.diagnoses.iter().map(|d| d.kind).collect();
    if kinds.contains(&DiagnosisKind::NotAble)
        || kinds.contains(&DiagnosisKind::NeitherWillingNorAble)
    {
        asks.push(r.t(
            "Zeit und Geld verlässlich bereitzustellen: einen festen Stellenanteil für die Digitalisierung und ein jährliches Budget im Haushalt;",
            "to provide time and money reliably: a fixed share of a post for digitalisation and an annual budget line;",
        ).into());
    }
    if kinds.contains(&DiagnosisKind::NotWilling)
        || kinds.contains(&DiagnosisKind::NeitherWillingNorAble)
    {
        asks.push(r.t(
            "die Digitalisierung zur Chefsache zu erklären: messbare Ziele beschließen und sich halbjährlich berichten lassen;",
            "to make digitalisation a matter for the top: adopt measurable goals and ask for a report every six months;",
        ).into());
    }
    if kinds.contains(&DiagnosisKind::FacadePaint) {
        asks.push(r.t(
            "neue Online-Angebote erst dann zu starten, wenn die Abläufe dahinter ohne Medienbruch digital laufen;",
            "to launch new online services only once the processes behind them run digitally without media breaks;",
        ).into());
    }
    asks.push(
        r.t(
            "die Selbstbewertung in zwölf Monaten zu wiederholen und das Ergebnis zu veröffentlichen.",
            "to repeat this self-assessment in twelve months and publish the result.",
        )
        .into(),
    );
    flow.paragraph(
        r.t("Der Rat wird gebeten,", "The council is asked"),
        BODY,
        0.0,
    );
    for (i, ask) in asks.iter().enumerate() {
        flow.bullet(&format!("{}.", i + 1), ask, BODY, 0.0);
        flow.y += 2.0;
    }
}
