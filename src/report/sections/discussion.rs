//! The appendix's discussion list from workshop votes.

use super::common::{BODY, H2, Report, SMALL};
use crate::report::layout::{Colour, Flow, Style, clean, wrap};
use crate::tr;

/// The appendix's „Diskussionsliste“: questions where the room disagreed, most first.
pub(super) fn discussion_list(r: &Report, flow: &mut Flow) {
    let lang = r.lang;
    let input = r.input;
    let items = &r.analysis.discussion;
    flow.y += 8.0;
    flow.heading(tr!(r.lang, "discussion-list"), H2, 60.0);
    let intro = tr!(
        lang,
        "discussion-intro",
        consensus_rule = crate::workshop::consensus_rule(lang)
    );
    flow.paragraph(&intro, SMALL, 0.0);
    flow.y += 4.0;
    if items.is_empty() {
        flow.paragraph(
            tr!(r.lang, "sections-discussion-for-no-question-were"),
            BODY,
            0.0,
        );
        return;
    }
    let q_style = Style::bold(9.5);
    let a_style = Style::regular(9.0);
    for item in items {
        let Some((_, q)) = input.questionnaire.question(&item.question_id) else {
            continue;
        };
        let question_lines = wrap(
            flow.measure(),
            &clean(flow.measure(), &q.short_title(lang)),
            q_style,
            flow.width() - 26.0,
        );
        flow.ensure((question_lines.len() + 2) as f32 * q_style.line_height());
        let baseline = flow.y + q_style.ascent();
        flow.text_at(flow.left(), baseline, item.code.clone(), q_style);
        let x = flow.left() + 26.0;
        flow.lines(x, &question_lines, q_style);
        flow.paragraph(q.text.get(lang), a_style.colour(Colour::MUTED), 26.0);
        let d = &item.summary.distribution;
        let mut counts: Vec<String> = (0..=4u8)
            .filter(|l| d.levels[usize::from(*l)] > 0)
            .map(|l| {
                format!(
                    "{}\u{a0}{l}:\u{a0}{}",
                    tr!(r.lang, "level-2"),
                    d.levels[usize::from(l)]
                )
            })
            .collect();
        if d.dont_know > 0 {
            counts.push(format!(
                "{}:\u{a0}{}",
                tr!(r.lang, "don-t-know-2"),
                d.dont_know
            ));
        }
        if d.not_applicable > 0 {
            counts.push(format!(
                "{}:\u{a0}{}",
                tr!(r.lang, "not-applicable-2"),
                d.not_applicable
            ));
        }
        let agreed = match item.summary.agreed {
            Some(response) => crate::present::response_label(Some(response), lang),
            None => tr!(r.lang, "sections-discussion-still-open").into(),
        };
        let line = format!(
            "{} {} · {} {} · {} {} · {} {}",
            tr!(r.lang, "votes"),
            counts.join(", "),
            tr!(r.lang, "spread"),
            item.summary.spread.unwrap_or(0),
            tr!(r.lang, "sections-discussion-consensus-median-level"),
            item.summary
                .consensus
                .map_or("–".to_string(), |c| c.to_string()),
            tr!(r.lang, "sections-discussion-agreed"),
            agreed
        );
        flow.paragraph(&line, a_style, 26.0);
        flow.y += 3.0;
    }
}
