//! The earlier assessments `score` and `report` compare with (`--compare`, or the links in
//! the file), and the `score` block on what changed since.

use crate::model::{Assessment, Questionnaire};
use crate::present::rules::other_town;
use crate::present::{format_change, format_score, history_labels, shorten};
use crate::progress::CompareFailed;
use crate::progress::{History, build_history, history_from_links, load_all_linked, same_town};
use crate::text::{Lang, Text};
use crate::tr;
use std::path::{Path, PathBuf};

/// The history for `score` and `report`: the files given with `--compare`, or else the
/// earlier assessments linked in the file (`earlier`). Problems with the linked files are
/// printed to stderr. The outer `Err` refuses the whole command before any output: a file
/// given with `--compare` is another town's assessment. The inner `Err` comes when a file
/// given with `--compare` could not be read (the caller still prints its output first).
pub(crate) fn load_cli_history(
    path: &Path,
    questionnaire: &Questionnaire,
    assessment: &Assessment,
    compare: &[PathBuf],
    lang: Lang,
) -> anyhow::Result<(Option<History>, Result<(), CompareFailed>)> {
    let explicit = !compare.is_empty();
    if !explicit && assessment.earlier.is_empty() {
        return Ok((None, Ok(())));
    }
    let history = if explicit {
        let (linked, notes) = load_all_linked(questionnaire, compare);
        if let Some(other) = linked.iter().find_map(|l| same_town(assessment, l).err()) {
            anyhow::bail!(
                "{}",
                tr!(
                    lang,
                    "cli-compare-other-town",
                    reason = other_town(&other, lang)
                )
            );
        }
        build_history(questionnaire, assessment, Some(path), linked, notes)
    } else {
        history_from_links(questionnaire, assessment, Some(path))
    };
    for note in &history.notes {
        eprintln!("{}", note.line(lang));
    }
    let failed = explicit && history.notes.iter().any(|n| n.is_error());
    let result = if failed { Err(CompareFailed) } else { Ok(()) };
    Ok((history.has_earlier().then_some(history), result))
}

/// Width of the column of field names in the CLI's tables: the longest name, at least 12.
pub(super) fn name_column_width<'a>(names: impl Iterator<Item = &'a Text>, lang: Lang) -> usize {
    names
        .map(|name| name.get(lang).chars().count())
        .max()
        .unwrap_or(10)
        .max(12)
}

/// The `score` block on the change since the latest earlier assessment.
pub(crate) fn history_table(
    questionnaire: &Questionnaire,
    history: &History,
    lang: Lang,
) -> String {
    let Some(base) = history.baseline_point() else {
        return String::new();
    };
    let mut out = format!(
        "\n{}\n",
        tr!(
            lang,
            "cli-history-heading",
            year = base.date.year.to_string(),
            date = crate::present::format_date(base.date, lang)
        )
    );
    let labels = history_labels(history, lang);
    let width = name_column_width(history.dimensions.iter().map(|d| &d.name), lang);
    let col = labels
        .iter()
        .map(|l| l.chars().count())
        .max()
        .unwrap_or(4)
        .max(6);
    let mut header = format!("{:<width$}", tr!(lang, "score-column-field"));
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
    out += &row(tr!(lang, "score-overall"), &overall, history.overall_change);
    out + &moved_lines(questionnaire, history, lang)
}

/// The questions that moved up and down since the baseline, one line each.
fn moved_lines(questionnaire: &Questionnaire, history: &History, lang: Lang) -> String {
    let mut out = String::new();
    for (up, title) in [
        (true, tr!(lang, "cli-history-moved-up")),
        (false, tr!(lang, "cli-history-moved-down")),
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
                tr!(lang, "cli-history-level"),
                m.from,
                m.to
            );
        }
    }
    out
}
