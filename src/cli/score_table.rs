//! The `score` table: the scores, the peer group and what the data says, as text.

use super::history::{history_table, name_column_width};
use crate::analysis::Analysis;
use crate::benchmark::{MIN_GROUP_SIZE, PeerComparison, PeerGroup, WidenOption};
use crate::model::Assessment;
use crate::present::duties;
use crate::present::narrative::{self, diagnosis_message, diagnosis_title};
use crate::present::peers::{
    own_excluded_note, peer_group, source_label, too_small, towns, widen_change,
};
use crate::present::rules::uncertain_score;
use crate::present::{format_coverage, format_percent, format_score};
use crate::text::Lang;
use crate::tr;

/// The table `score` prints without `--json`.
pub(super) fn scores_table(analysis: &Analysis, assessment: &Assessment, lang: Lang) -> String {
    let questionnaire = analysis.questionnaire;
    let profile = &assessment.profile;
    let mut out = format!(
        "{} ({}, {}, {}) – {}\n{} {}\n\n",
        profile.name,
        profile.kind.name(lang),
        profile.state.name(),
        profile.size_class().label(lang),
        crate::present::format_date(assessment.date, lang),
        questionnaire.title.get(lang),
        questionnaire.version,
    );
    out += &dimension_table(analysis, lang);
    out += &text_below_table(analysis, lang);
    out.replace('\u{a0}', " ")
}

/// The table of the fields (with peer columns when a comparison is shown) and the
/// overall row.
fn dimension_table(analysis: &Analysis, lang: Lang) -> String {
    let questionnaire = analysis.questionnaire;
    let scores = &analysis.scores;
    let stage_name = |stage: Option<usize>| crate::present::stage_name(questionnaire, stage, lang);
    let mut out = String::new();
    let header = (
        tr!(lang, "score-column-field"),
        tr!(lang, "score-column-score"),
        tr!(lang, "score-column-coverage"),
        tr!(lang, "score-column-answered"),
        tr!(lang, "score-column-phase"),
    );
    let width = name_column_width(scores.dimensions.iter().map(|d| &d.name), lang);
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
        let h = (
            tr!(lang, "score-column-median"),
            tr!(lang, "score-column-middle-half"),
            tr!(lang, "score-column-better-than"),
        );
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
            tr!(lang, "score-overall-preliminary")
        } else {
            tr!(lang, "score-overall")
        },
        format_score(scores.overall, lang),
        "",
        "",
        stage_name(scores.overall_stage)
    );
    out
}

/// What follows the table: the headline, notes on coverage and peers, legal duties,
/// findings, their meaning and the change since earlier assessments.
fn text_below_table(analysis: &Analysis, lang: Lang) -> String {
    let questionnaire = analysis.questionnaire;
    let scores = &analysis.scores;
    let mut out = String::new();
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
        let warning = uncertain_score(lang).replace('\u{a0}', " ");
        out += &format!("\n! {warning}\n");
    }
    out += &duties_lines(analysis, lang);
    let findings = narrative::findings(analysis, lang);
    if !findings.is_empty() {
        out += &format!("\n{}:\n", tr!(lang, "score-findings"));
        for finding in &findings {
            out += &format!("- {finding}\n");
        }
    }
    if !scores.diagnoses.is_empty() {
        out += &format!("\n{}:\n", tr!(lang, "score-findings-mean"));
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
    out
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

/// The lines under the table that name the peer group, or say why it is not shown.
fn peer_lines(c: &PeerComparison, widen: Option<&WidenOption>, lang: Lang) -> String {
    let mut out = String::new();
    if c.is_shown() {
        let group = peer_group(c, lang);
        out += &format!(
            "\n{}\n",
            tr!(
                lang,
                "score-peer-group-line",
                group = group,
                towns = towns(c.group_size, lang)
            )
        );
        if let Some(note) = own_excluded_note(c, lang) {
            out += note;
            out += "\n";
        }
        if c.dimensions.values().any(Option::is_none) {
            out += &format!(
                "– : {}\n",
                tr!(lang, "score-too-few-values", min = MIN_GROUP_SIZE)
            );
        }
    } else {
        out += &format!("\n{}\n", too_small(c, lang));
        if let Some(w) = widen {
            let flags = widen_flags(&c.group, &w.group);
            let change = widen_change(&w.steps, lang);
            out += &format!(
                "{}\n",
                tr!(
                    lang,
                    "score-widen-suggestion",
                    change = change,
                    towns = towns(w.group_size, lang),
                    flags = flags
                )
            );
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
