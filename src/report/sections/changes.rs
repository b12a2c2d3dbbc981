//! „Was sich seit <Jahr> verändert hat“: scores per year and the questions that moved.

use super::common::{BODY, H1, H3, Report, SMALL};
use crate::present::{format_change, history_labels};
use crate::present::{format_date, level_label};
use crate::progress::History;
use crate::report::layout::{Align, Column, Flow, Style, hang};
use crate::tr;

/// „Was sich seit <Jahr> verändert hat“: score per field and year, and the questions that moved.
pub(super) fn changes(r: &Report, history: &History, flow: &mut Flow) {
    let lang = r.lang;
    let Some(base) = history.baseline_point() else {
        return;
    };
    flow.heading(&history.title(lang), H1, 160.0);
    flow.y += 4.0;
    let intro = tr!(
        lang,
        "changes-intro",
        date = format_date(base.date, lang),
        year = base.date.year.to_string()
    );
    flow.paragraph(&intro, BODY, 0.0);
    flow.y += 6.0;
    let labels = history_labels(history, r.lang);
    let mut header: Vec<String> = vec![tr!(r.lang, "field").into()];
    header.extend(labels.iter().cloned());
    header.push(tr!(r.lang, "change").into());
    let mut rows: Vec<Vec<String>> = history
        .dimensions
        .iter()
        .map(|d| {
            let mut row = vec![d.name.get(lang).to_string()];
            row.extend(d.scores.iter().map(|s| r.score(*s)));
            row.push(format_change(d.change, lang));
            row
        })
        .collect();
    let mut overall = vec![tr!(r.lang, "overall").to_string()];
    overall.extend(history.points.iter().map(|p| r.score(p.overall)));
    overall.push(format_change(history.overall_change, lang));
    rows.push(overall);
    let mut columns = vec![Column {
        share: 3.3,
        align: Align::Left,
    }];
    columns.extend(labels.iter().map(|_| Column {
        share: 1.0,
        align: Align::Right,
    }));
    columns.push(Column {
        share: 1.3,
        align: Align::Right,
    });
    flow.table(&columns, &header, &rows, 9.0);
    flow.y += 8.0;

    if history.moved.is_empty() {
        flow.paragraph(
            tr!(r.lang, "sections-changes-no-question-answered-with"),
            SMALL,
            0.0,
        );
    }
    for (up, title) in [
        (true, tr!(r.lang, "sections-changes-moved-up")),
        (false, tr!(r.lang, "sections-changes-moved-down")),
    ] {
        let moved: Vec<_> = history.moved.iter().filter(|m| m.is_up() == up).collect();
        if moved.is_empty() {
            continue;
        }
        let heading = tr!(
            lang,
            "changes-moved-heading",
            title = title,
            count = moved.len()
        );
        flow.heading(&heading, H3, 30.0);
        for m in moved {
            let Some((_, q)) = r.input.questionnaire.question(&m.question_id) else {
                continue;
            };
            flow.bullet(
                &m.code,
                &format!(
                    "{}: {} → {}",
                    q.short_title(lang),
                    level_label(m.from, lang),
                    m.to,
                ),
                Style::regular(10.0),
                0.0,
            );
            flow.paragraph(
                &format!("{} {}: {}", tr!(r.lang, "now"), m.to, r.level_text(q, m.to)),
                SMALL,
                hang("10.10", Style::regular(10.0)),
            );
            flow.y += 2.0;
        }
        flow.y += 4.0;
    }
    let unmatched: usize = history.points.iter().map(|p| p.unmatched.len()).sum();
    let mut notes: Vec<String> =
        vec![tr!(r.lang, "sections-changes-only-questions-answered-with").into()];
    if unmatched > 0 {
        notes.push(tr!(
            lang,
            "changes-unmatched-answers",
            count = unmatched,
            version = r.input.questionnaire.version.as_str()
        ));
    }
    for note in &notes {
        flow.paragraph(note, SMALL, 0.0);
    }
}
