//! What the report says and where it goes, one file per section: title page, summary,
//! profile chart, the fields, changes, measures and roadmap, appendix, discussion list.
//! [`common`] holds the shared [`Report`](common::Report) context and styles.

mod appendix;
mod changes;
mod common;
mod dimensions;
mod discussion;
mod method;
mod profile;
mod roadmap;
mod summary;
mod survey;
mod title;

use super::ReportInput;
use super::layout::{
    CONTENT_BOTTOM, Colour, Dash, Flow, Item, MARGIN_TOP, MARGIN_X, Measure, PAGE_W, Page, Style,
    clean, fit,
};
use crate::tr;
use common::Report;

/// How much of a page (points from the top margin) counts as nearly empty: about a
/// quarter of the text area.
const NEARLY_EMPTY: f32 = 180.0;

/// Lays out the whole report (without footers).
pub fn layout(input: &ReportInput, m: &dyn Measure) -> Vec<Page> {
    let report = Report {
        input,
        lang: input.lang,
        analysis: input.analysis,
        measures: &input.analysis.measures,
    };
    let mut flow = Flow::new(m);
    title::title_page(&report, &mut flow);
    flow.new_page();
    summary::summary(&report, &mut flow);
    // The profile follows on the summary's last page where its chart fits (its heading
    // keeps the chart with it), so that page is not left nearly empty.
    flow.gap(18.0);
    profile::profile(&report, &mut flow);
    flow.gap(18.0);
    if let Some(history) = input.history.filter(|h| h.has_earlier()) {
        changes::changes(&report, history, &mut flow);
        flow.gap(18.0);
    }
    dimensions::dimensions(&report, &mut flow);
    flow.gap(10.0);
    if report.analysis.survey.is_some() {
        survey::staff_survey(&report, &mut flow);
        flow.gap(10.0);
    }
    roadmap::roadmap(&report, &mut flow);
    // The Vorlage starts on a page of its own, unless the roadmap left only a few lines
    // on its last page: then it follows them rather than leave that page nearly empty.
    if flow.y - MARGIN_TOP > NEARLY_EMPTY {
        flow.new_page();
    } else {
        flow.gap(24.0);
    }
    super::council_paper::council_paper(input, &mut flow);
    flow.gap(18.0);
    appendix::appendix(&report, &mut flow);
    flow.finish()
}

/// Adds the running footer („Seite 3 von 7“) to every page.
pub(crate) fn add_footers(input: &ReportInput, m: &dyn Measure, pages: &mut [Page]) {
    let lang = input.lang;
    let total = pages.len();
    let style = Style::regular(9.0).colour(Colour::MUTED);
    let y = CONTENT_BOTTOM + 30.0;
    let right_edge = PAGE_W - MARGIN_X;
    for (i, page) in pages.iter_mut().enumerate() {
        let number = tr!(lang, "page-of-total", page = i + 1, total = total);
        let number_w = m.width(&number, style.size, false);
        // A long name is shortened; what and when always stay readable.
        let suffix = format!(
            " · {} · {}",
            tr!(lang, "sections-digital-maturity"),
            crate::present::format_date(input.assessment.date, lang)
        );
        let room = right_edge - MARGIN_X - number_w - 24.0 - m.width(&suffix, style.size, false);
        let name = fit(m, &clean(m, &input.assessment.profile.name), style, room);
        let left = format!("{name}{suffix}");
        page.items.push(Item::Line {
            points: vec![(MARGIN_X, y - 12.0), (right_edge, y - 12.0)],
            closed: false,
            width: 0.5,
            colour: Colour::RULE,
            dash: Dash::Solid,
        });
        page.items.push(Item::Text {
            x: MARGIN_X,
            y,
            text: left,
            style,
        });
        page.items.push(Item::Text {
            x: right_edge - number_w,
            y,
            text: number,
            style,
        });
    }
}
