//! `reifegrad score`: the scores as a table or as one JSON object.

use super::args::Choice;
use super::load_scored_assessment;
use crate::analysis::{Analysis, DutyStatus, analyse};
use crate::benchmark::file::load_benchmark_for;
use crate::benchmark::{MIN_GROUP_SIZE, PeerComparison, PeerGroup, WidenOption};
use crate::model::{Assessment, BodyKind, FederalState, Questionnaire, SizeClass};
use crate::present::duties;
use crate::present::narrative::{self, diagnosis_message, diagnosis_title};
use crate::present::peers::{
    own_excluded_note, peer_group, source_label, too_small, towns, widen_change,
};
use crate::present::{
    format_change, format_coverage, format_percent, format_score, history_labels,
    low_coverage_threshold, shorten,
};
use crate::progress::{History, history_from_links, load_history};
use crate::scoring::{round_score, round_to};
use crate::text::Lang;
use std::io::Write;
use std::path::{Path, PathBuf};

/// The peer-group flags of `score`: size class, state, kind.
pub type GroupChoice = (Choice<SizeClass>, Choice<FederalState>, Choice<BodyKind>);

/// The peer group the `score` flags select for `assessment`.
pub fn chosen_group(assessment: &Assessment, choice: GroupChoice) -> PeerGroup {
    let profile = &assessment.profile;
    PeerGroup {
        size_class: choice.0.resolve(profile.size_class()),
        state: choice.1.resolve(profile.state),
        kind: choice.2.resolve(profile.kind),
        neighbouring_sizes: false,
    }
}

/// A linked earlier assessment given with `--compare` could not be used.
#[derive(Debug, thiserror::Error)]
#[error("Nicht alle mit --compare angegebenen Bewertungen konnten verwendet werden (siehe oben).")]
pub struct CompareFailed;

/// The history for `score` and `report`: the files given with `--compare`, or else the
/// earlier assessments linked in the file (`earlier`). Problems with the linked files are
/// printed to stderr; `Err` only when a file given with `--compare` could not be used
/// (the caller still prints its output first).
pub fn load_cli_history(
    path: &Path,
    questionnaire: &Questionnaire,
    assessment: &Assessment,
    compare: &[PathBuf],
) -> (Option<History>, Result<(), CompareFailed>) {
    let explicit = !compare.is_empty();
    if !explicit && assessment.earlier.is_empty() {
        return (None, Ok(()));
    }
    let history = if explicit {
        load_history(questionnaire, assessment, Some(path), compare)
    } else {
        history_from_links(questionnaire, assessment, Some(path))
    };
    for note in &history.notes {
        eprintln!("{}", note.line());
    }
    let failed = explicit && history.notes.iter().any(|n| n.is_error());
    let result = if failed { Err(CompareFailed) } else { Ok(()) };
    (history.has_earlier().then_some(history), result)
}

pub(super) fn run_score(
    path: &Path,
    json: bool,
    questionnaire: Option<&Path>,
    lang: Lang,
    benchmark: Option<(&Path, GroupChoice)>,
    compare: &[PathBuf],
) -> anyhow::Result<()> {
    let (questionnaire, assessment) = load_scored_assessment(path, questionnaire)?;
    let (history, compared) = load_cli_history(path, &questionnaire, &assessment, compare);
    let benchmark = match benchmark {
        None => None,
        Some((file, choice)) => {
            let benchmark = load_benchmark_for(file, &questionnaire)?;
            // The default flags take the file's default group: a network's whole network.
            let group = if choice == (Choice::Own, Choice::All, Choice::Own) {
                PeerGroup::default_for_benchmark(&assessment.profile, &benchmark)
            } else {
                chosen_group(&assessment, choice)
            };
            Some((benchmark, group))
        }
    };
    let analysis = analyse(
        &questionnaire,
        &assessment,
        benchmark.as_ref().map(|(b, g)| (b, *g)),
        history,
    );
    let output = if json {
        let mut text = serde_json::to_string_pretty(&scores_json(&analysis, lang))?;
        text.push('\n');
        text
    } else {
        scores_table(&analysis, &assessment, lang)
    };
    std::io::stdout().write_all(output.as_bytes())?;
    compared?;
    Ok(())
}

/// The `score --json` object: overall, dimensions, diagnoses; with peers, each dimension
/// gains `"peers"` (an object, or `null` where the group has fewer than
/// [`MIN_GROUP_SIZE`] peers) and the object gains `"peer_group"`; with earlier
/// assessments, `"history"` and per dimension `"history"` and `"change"`. Added keys:
/// `"coverage"` (overall), `"findings"` (the sentences the report states) and
/// `"legal_duties"` (see [`legal_duties_json`]).
pub fn scores_json(analysis: &Analysis, lang: Lang) -> serde_json::Value {
    let mut value = plain_scores_json(analysis, lang);
    if let Some(comparison) = &analysis.peers {
        value = with_peers_json(value, comparison, lang);
    }
    if let Some(history) = &analysis.history {
        value = with_history_json(value, analysis.questionnaire, history);
    }
    value
}

/// Adds the history to a `score --json` object: per dimension `"history"` (every
/// assessment's year, date and score, oldest first) and `"change"`; at the top
/// `"history"` with the baseline, the overall change and the questions that moved.
fn with_history_json(
    mut value: serde_json::Value,
    questionnaire: &Questionnaire,
    history: &History,
) -> serde_json::Value {
    let series = |scores: &[Option<f64>]| -> Vec<serde_json::Value> {
        history
            .points
            .iter()
            .zip(scores)
            .map(|(p, s)| {
                serde_json::json!({
                    "year": p.date.year,
                    "date": p.date.to_string(),
                    "score": s.map(round_score),
                })
            })
            .collect()
    };
    if let Some(dimensions) = value["dimensions"].as_array_mut() {
        for dimension in dimensions {
            let id = dimension["id"].as_str().unwrap_or_default().to_string();
            if let Some(h) = history.dimension(&id) {
                dimension["history"] = serde_json::Value::Array(series(&h.scores));
                dimension["change"] = serde_json::json!(h.change.map(round_score));
            }
        }
    }
    let overall: Vec<Option<f64>> = history.points.iter().map(|p| p.overall).collect();
    let baseline = history.baseline_point();
    value["history"] = serde_json::json!({
        "since": baseline.map(|p| p.date.year),
        "since_date": baseline.map(|p| p.date.to_string()),
        "overall": series(&overall),
        "overall_change": history.overall_change.map(round_score),
        "moved": history.moved.iter().map(|m| serde_json::json!({
            "id": m.question_id,
            "code": m.code,
            "dimension": m.dimension_id,
            "from": m.from,
            "to": m.to,
        })).collect::<Vec<_>>(),
        "unmatched": history.points.iter().filter(|p| !p.unmatched.is_empty()).map(|p| serde_json::json!({
            "date": p.date.to_string(),
            "questions": p.unmatched,
        })).collect::<Vec<_>>(),
        "questionnaire_version": questionnaire.version,
    });
    value
}

/// The `score` block on the change since the latest earlier assessment.
pub fn history_table(questionnaire: &Questionnaire, history: &History, lang: Lang) -> String {
    let de = lang == Lang::De;
    let Some(base) = history.baseline_point() else {
        return String::new();
    };
    let mut out = if de {
        format!(
            "\nVeränderung seit {} (Bewertung vom {}):\n",
            base.date.year,
            base.date.german()
        )
    } else {
        format!(
            "\nChange since {} (assessment of {}):\n",
            base.date.year, base.date
        )
    };
    let labels = history_labels(history);
    let width = history
        .dimensions
        .iter()
        .map(|d| d.name.get(lang).chars().count())
        .max()
        .unwrap_or(10)
        .max(12);
    let col = labels
        .iter()
        .map(|l| l.chars().count())
        .max()
        .unwrap_or(4)
        .max(6);
    let mut header = format!("{:<width$}", "Dimension");
    for label in &labels {
        header += &format!("  {label:>col$}");
    }
    header += &format!("  {:>7}\n", "Δ");
    out += &header;
    let row = |name: &str, scores: &[Option<f64>], change: Option<f64>| {
        let mut line = format!("{name:<width$}");
        for s in scores {
            line += &format!("  {:>col$}", format_score(*s, lang));
        }
        line + &format!("  {:>7}\n", format_change(change, lang))
    };
    for d in &history.dimensions {
        out += &row(d.name.get(lang), &d.scores, d.change);
    }
    let overall: Vec<Option<f64>> = history.points.iter().map(|p| p.overall).collect();
    out += &row(
        if de { "Gesamt" } else { "Overall" },
        &overall,
        history.overall_change,
    );
    for (up, title) in [
        (true, if de { "Gestiegen" } else { "Moved up" }),
        (false, if de { "Gesunken" } else { "Moved down" }),
    ] {
        let moved: Vec<_> = history.moved.iter().filter(|m| m.is_up() == up).collect();
        if moved.is_empty() {
            continue;
        }
        out += &format!("\n{title}:\n");
        for m in moved {
            let text = questionnaire
                .question(&m.question_id)
                .map(|(_, q)| q.text.get(lang).to_string())
                .unwrap_or_default();
            let text = shorten(&text, 70);
            out += &format!(
                "  {:<5} {} {} → {}  {text}\n",
                m.code,
                if de { "Stufe" } else { "level" },
                m.from,
                m.to
            );
        }
    }
    out
}

fn with_peers_json(
    mut value: serde_json::Value,
    comparison: &PeerComparison,
    lang: Lang,
) -> serde_json::Value {
    if let Some(dimensions) = value["dimensions"].as_array_mut() {
        for dimension in dimensions {
            let id = dimension["id"].as_str().unwrap_or_default().to_string();
            dimension["peers"] = match comparison.dimension(&id) {
                None => serde_json::Value::Null,
                Some(p) => serde_json::json!({
                    "n": p.n,
                    "median": round_score(p.median),
                    "p25": round_score(p.p25),
                    "p75": round_score(p.p75),
                    "p10": round_score(p.p10),
                    "p90": round_score(p.p90),
                    "percentile": p.percentile.map(|x| round_to(x, 0)),
                    "source": comparison.source,
                    "synthetic": comparison.synthetic,
                }),
            };
        }
    }
    value["peer_group"] = serde_json::json!({
        "description": peer_group(comparison, lang),
        "n": comparison.group_size,
        "shown": comparison.is_shown(),
        "source": comparison.source,
        "synthetic": comparison.synthetic,
    });
    value
}

fn plain_scores_json(analysis: &Analysis, lang: Lang) -> serde_json::Value {
    let questionnaire = analysis.questionnaire;
    let scores = &analysis.scores;
    let stage_name = |stage: Option<usize>| {
        stage
            .and_then(|i| questionnaire.stages.get(i))
            .map(|s| s.name.get(lang).to_string())
    };
    serde_json::json!({
        "overall": {
            "score": scores.overall.map(round_score),
            "stage": stage_name(scores.overall_stage),
            "preliminary": analysis.is_preliminary(),
        },
        "coverage": {
            "answered": analysis.coverage.answered,
            "total": analysis.coverage.total,
            "share": round_to(analysis.coverage.share, 3),
        },
        "dimensions": scores.dimensions.iter().map(|d| serde_json::json!({
            "id": d.id,
            "name": d.name.get(lang),
            "score": d.score.map(round_score),
            "coverage": round_to(d.coverage, 3),
            "answered": d.answered,
            "total": d.total,
            "stage": stage_name(d.stage),
        })).collect::<Vec<_>>(),
        "diagnoses": scores.diagnoses.iter().map(|d| serde_json::json!({
            "id": d.kind.id(),
            "title": diagnosis_title(questionnaire, d, lang),
            "message": diagnosis_message(questionnaire, d, lang),
        })).collect::<Vec<_>>(),
        "findings": narrative::findings(analysis, lang),
        "legal_duties": legal_duties_json(analysis, lang),
    })
}

/// `"legal_duties"`: every legal duty of the questionnaire in questionnaire order, with
/// the question (`id`, `code`), the duty, its `source`, `since`, the level that meets it
/// (`met_from`), the `status` (`open`, `unknown`, `met`, `not_applicable`,
/// `unanswered`), the `level` given (or `null`) and the number of the measure towards
/// it (`measure`, only for an open duty that has one). Empty for a questionnaire
/// without legal duties.
fn legal_duties_json(analysis: &Analysis, lang: Lang) -> Vec<serde_json::Value> {
    analysis
        .legal_duties
        .iter()
        .map(|d| {
            let level = match d.status {
                DutyStatus::Open { level } | DutyStatus::Met { level } => Some(level),
                _ => None,
            };
            serde_json::json!({
                "id": d.question.id,
                "code": crate::present::question_code(analysis.questionnaire, &d.question.id),
                "duty": d.duty.duty.get(lang).trim(),
                "source": d.duty.source.trim(),
                "since": d.duty.since.trim(),
                "met_from": d.duty.met_from,
                "status": duties::status_id(d.status),
                "level": level,
                "measure": d.measure.map(|rank| rank + 1),
            })
        })
        .collect()
}

/// The block „Pflichtaufgaben offen“ of the `score` table; empty when nothing is open
/// or unclear.
fn duties_lines(analysis: &Analysis, lang: Lang) -> String {
    let Some(duties) = duties::legal_duties(analysis, lang) else {
        return String::new();
    };
    let mut out = format!("\n{}:\n{}\n", duties.heading, duties.intro);
    for entry in &duties.entries {
        out += &format!("- {}\n", entry.line());
    }
    if let Some(note) = &duties.unanswered {
        out += &format!("{note}\n");
    }
    out
}

fn scores_table(analysis: &Analysis, assessment: &Assessment, lang: Lang) -> String {
    let questionnaire = analysis.questionnaire;
    let scores = &analysis.scores;
    let de = lang == Lang::De;
    let profile = &assessment.profile;
    let stage_name = |stage: Option<usize>| crate::present::stage_name(questionnaire, stage, lang);
    let mut out = format!(
        "{} ({}, {}, {}) – {}\n{} {}\n\n",
        profile.name,
        profile.kind.name(lang),
        profile.state.name(),
        profile.size_class().label(lang),
        assessment.date.german(),
        questionnaire.title.get(lang),
        questionnaire.version,
    );
    let header = if de {
        (
            "Dimension",
            "Punkte",
            "Abdeckung",
            "Beantwortet",
            "Reifephase",
        )
    } else {
        ("Dimension", "Score", "Coverage", "Answered", "Phase")
    };
    let width = scores
        .dimensions
        .iter()
        .map(|d| d.name.get(lang).chars().count())
        .max()
        .unwrap_or(10)
        .max(12);
    let comparison = analysis.peers.as_ref().filter(|c| c.is_shown());
    // With peers, the stage column is padded so that the peer columns line up.
    let stage_width = if comparison.is_some() {
        scores
            .dimensions
            .iter()
            .map(|d| stage_name(d.stage).chars().count() + 2)
            .max()
            .unwrap_or(5)
            .max(7)
    } else {
        0
    };
    let peer_header = if comparison.is_some() {
        let h = if de {
            ("Median", "Mitte 50 %", "besser als")
        } else {
            ("Median", "Middle 50 %", "better than")
        };
        format!("  {:>6}  {:>11}  {:>11}", h.0, h.1, h.2)
    } else {
        String::new()
    };
    out += &format!(
        "{:<width$}  {:>6}  {:>9}  {:>11}  {:<stage_width$}{peer_header}\n",
        header.0, header.1, header.2, header.3, header.4
    );
    for d in &scores.dimensions {
        let warn = if d.score.is_some() && d.low_coverage() {
            " !"
        } else {
            ""
        };
        let stage = format!("{}{warn}", stage_name(d.stage));
        let peer_columns = match comparison {
            None => String::new(),
            Some(c) => match c.dimension(&d.id) {
                None => format!("  {:>6}  {:>11}  {:>11}", "–", "–", "–"),
                Some(p) => format!(
                    "  {:>6}  {:>11}  {:>11}",
                    format_score(Some(p.median), lang),
                    format!(
                        "{}–{}",
                        format_score(Some(p.p25), lang),
                        format_score(Some(p.p75), lang)
                    ),
                    p.percentile
                        .map(|x| format_percent(x, lang).replace('\u{a0}', " "))
                        .unwrap_or_else(|| "–".into()),
                ),
            },
        };
        out += &format!(
            "{:<width$}  {:>6}  {:>9}  {:>11}  {stage:<stage_width$}{peer_columns}\n",
            d.name.get(lang),
            format_score(d.score, lang),
            format_coverage(d.coverage, lang).replace('\u{a0}', " "),
            format!("{}/{}", d.answered, d.total),
        );
    }
    out += &format!(
        "{:<width$}  {:>6}  {:>9}  {:>11}  {}\n",
        if analysis.is_preliminary() {
            if de {
                "Gesamt (vorläufig)"
            } else {
                "Overall (preliminary)"
            }
        } else if de {
            "Gesamt"
        } else {
            "Overall"
        },
        format_score(scores.overall, lang),
        "",
        "",
        stage_name(scores.overall_stage)
    );
    out += &format!("\n{}\n", narrative::headline(analysis, lang));
    if let Some(note) = narrative::preliminary_note(analysis, lang) {
        out += &format!("{note}\n");
    }
    if let Some(c) = &analysis.peers {
        out += &peer_lines(c, analysis.widening.as_ref(), lang);
        out += &format!("{}\n", source_label(&c.source, c.synthetic, lang));
    }
    if scores
        .dimensions
        .iter()
        .any(|d| d.score.is_some() && d.low_coverage())
    {
        let threshold = low_coverage_threshold(lang).replace('\u{a0}', " ");
        out += &if de {
            format!(
                "\n! Weniger als {threshold} der Fragen mit einer Stufe beantwortet – der Wert ist unsicher.\n"
            )
        } else {
            format!(
                "\n! Fewer than {threshold} of the questions answered with a level – the score is uncertain.\n"
            )
        };
    }
    out += &duties_lines(analysis, lang);
    let findings = narrative::findings(analysis, lang);
    if !findings.is_empty() {
        out += if de { "\nBefunde:\n" } else { "\nFindings:\n" };
        for finding in &findings {
            out += &format!("- {finding}\n");
        }
    }
    if !scores.diagnoses.is_empty() {
        out += if de {
            "\nWas die Befunde bedeuten:\n"
        } else {
            "\nWhat the findings mean:\n"
        };
        for d in &scores.diagnoses {
            out += &format!(
                "- {}: {}\n",
                diagnosis_title(questionnaire, d, lang),
                diagnosis_message(questionnaire, d, lang)
            );
        }
    }
    if let Some(history) = &analysis.history {
        out += &history_table(questionnaire, history, lang);
    }
    out.replace('\u{a0}', " ")
}

/// The lines under the table that name the peer group, or say why it is not shown.
fn peer_lines(c: &PeerComparison, widen: Option<&WidenOption>, lang: Lang) -> String {
    let de = lang == Lang::De;
    let mut out = String::new();
    if c.is_shown() {
        let group = peer_group(c, lang);
        out += &if de {
            format!(
                "\nVergleichsgruppe: {group}; verglichen mit {}.\n",
                towns(c.group_size, lang)
            )
        } else {
            format!(
                "\nPeer group: {group}; compared with {}.\n",
                towns(c.group_size, lang)
            )
        };
        if let Some(note) = own_excluded_note(c, lang) {
            out += note;
            out += "\n";
        }
        if c.dimensions.values().any(Option::is_none) {
            out += &if de {
                format!("– : weniger als {MIN_GROUP_SIZE} Vergleichswerte, daher nicht gezeigt.\n")
            } else {
                format!("– : fewer than {MIN_GROUP_SIZE} peer values, therefore not shown.\n")
            };
        }
    } else {
        out += &format!("\n{}\n", too_small(c, lang));
        if let Some(w) = widen {
            let flags = widen_flags(&c.group, &w.group);
            let change = widen_change(&w.steps, lang);
            out += &if de {
                format!(
                    "Vorschlag: {change} ({}){flags}.\n",
                    towns(w.group_size, lang)
                )
            } else {
                format!(
                    "Suggestion: {change} ({}){flags}.\n",
                    towns(w.group_size, lang)
                )
            };
        }
    }
    out
}

/// The `score` flags that select `wider` (where the command line can express it).
fn widen_flags(from: &PeerGroup, wider: &PeerGroup) -> String {
    let mut flags = Vec::new();
    if from.kind.is_some() && wider.kind.is_none() {
        flags.push("--kind all");
    }
    if from.state.is_some() && wider.state.is_none() {
        flags.push("--state all");
    }
    if from.size_class.is_some() && wider.size_class.is_none() {
        flags.push("--size-class all");
    }
    if flags.is_empty() || wider.neighbouring_sizes {
        String::new()
    } else {
        format!(": {}", flags.join(" "))
    }
}
