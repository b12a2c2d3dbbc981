//! The printable staff survey: the A4 form with tick boxes (one per level and „weiß
//! nicht“, and the groups) and, on a page of its own, the tally sheet on which the
//! officer counts the ticks of a bundle of forms before typing them in (`survey tally`).
//! Laid out with the report's [`Flow`] and fonts, tagged like the report (the boxes are
//! artifacts, the words paragraphs and a table).

use super::fonts::Fonts;
use super::layout::{Align, Colour, Column, Dash, Flow, Item, Page, Role, Style, clean, wrap};
use super::{ReportError, tagging};
use crate::files::{FileError, Problem};
use crate::model::{Questionnaire, StaffSurvey};
use crate::text::Lang;
use crate::tr;
use std::path::Path;

const TITLE: Style = Style::bold(16.0).colour(Colour::ACCENT);
const H2: Style = Style::bold(12.5).colour(Colour::ACCENT);
const BODY: Style = Style::regular(10.0);
const SMALL: Style = Style::regular(9.0).colour(Colour::MUTED);
const QUESTION: Style = Style::bold(10.5);
const LEVEL: Style = Style::regular(9.5);
/// Side of a tick box, in points.
const BOX: f32 = 9.0;
/// Indent of the text beside a tick box.
const BOX_INDENT: f32 = 22.0;

/// Lays out the form and the tally sheet.
pub fn survey_form_pages(
    survey: &StaffSurvey,
    questionnaire: &Questionnaire,
    lang: Lang,
    fonts: &Fonts,
) -> Vec<Page> {
    let mut flow = Flow::new(fonts);
    flow.heading(tr!(lang, "survey-form-title"), TITLE, 60.0);
    flow.paragraph(
        &tr!(lang, "survey-paper-intro", count = survey.questions.len()),
        BODY,
        0.0,
    );
    flow.paragraph(
        &tr!(lang, "survey-paper-id", id = survey.id.as_str()),
        SMALL,
        0.0,
    );
    flow.gap(8.0);
    if !survey.groups.is_empty() {
        flow.paragraph(tr!(lang, "survey-form-group"), QUESTION, 0.0);
        flow.gap(2.0);
        let mut options = vec![tr!(lang, "survey-form-no-group").to_string()];
        options.extend(survey.groups.iter().cloned());
        for option in &options {
            tick_line(&mut flow, option, LEVEL);
        }
        flow.gap(8.0);
    }
    let questions = crate::survey::survey_questions(survey, questionnaire);
    for (i, question) in questions.iter().enumerate() {
        let heading = format!("{}. {}", i + 1, question.staff_wording(lang));
        let lines = wrap(
            flow.measure(),
            &clean(flow.measure(), &heading),
            QUESTION,
            flow.width(),
        );
        // Keep the question with its first two choices.
        flow.ensure(QUESTION.line_height() * lines.len() as f32 + 4.0 * LEVEL.line_height());
        flow.paragraph(&heading, QUESTION, 0.0);
        flow.gap(2.0);
        for (level, text) in question.levels.iter().enumerate() {
            let label = format!(
                "{} – {}",
                tr!(lang, "survey-form-level", level = level),
                text.get(lang)
            );
            tick_line(&mut flow, &label, LEVEL);
        }
        tick_line(&mut flow, tr!(lang, "survey-form-dont-know"), LEVEL);
        flow.gap(8.0);
    }
    flow.paragraph(tr!(lang, "survey-paper-return"), SMALL, 0.0);
    flow.new_page();
    tally_sheet(&mut flow, survey, &questions, lang);
    flow.finish()
}

/// A tick box with a wrapped label beside it.
fn tick_line(flow: &mut Flow, label: &str, style: Style) {
    let lines = wrap(
        flow.measure(),
        &clean(flow.measure(), label),
        style,
        flow.width() - BOX_INDENT,
    );
    flow.ensure(style.line_height() * lines.len().min(3) as f32);
    let x = flow.left() + 6.0;
    let top = flow.y + (style.line_height() - BOX) / 2.0;
    flow.begin(Role::Artifact);
    flow.push(Item::Line {
        points: vec![
            (x, top),
            (x + BOX, top),
            (x + BOX, top + BOX),
            (x, top + BOX),
        ],
        closed: true,
        width: 0.8,
        colour: Colour::TEXT,
        dash: Dash::Solid,
    });
    flow.end();
    flow.begin(Role::P);
    flow.lines(flow.left() + BOX_INDENT, &lines, style);
    flow.end();
    flow.y += 1.5;
}

/// The tally sheet: a row per question, a column per level and „weiß nicht“, wide empty
/// cells for the strokes, and fields for bundle, group and number of forms.
fn tally_sheet(
    flow: &mut Flow,
    survey: &StaffSurvey,
    questions: &[&crate::model::Question],
    lang: Lang,
) {
    flow.heading(tr!(lang, "survey-tally-title"), H2, 60.0);
    flow.paragraph(
        &tr!(lang, "survey-tally-intro", id = survey.id.as_str()),
        BODY,
        0.0,
    );
    flow.gap(6.0);
    for field in [
        tr!(lang, "survey-tally-bundle"),
        tr!(lang, "survey-tally-group"),
        tr!(lang, "survey-tally-sheets"),
    ] {
        flow.paragraph(
            &format!("{field}: ______________________________"),
            BODY,
            0.0,
        );
        flow.gap(4.0);
    }
    flow.gap(6.0);
    let mut columns = vec![Column {
        share: 4.0,
        align: Align::Left,
    }];
    columns.extend((0..6).map(|_| Column {
        share: 1.3,
        align: Align::Left,
    }));
    let mut header = vec![tr!(lang, "survey-tally-question").to_string()];
    header.extend((0..=4).map(|l| l.to_string()));
    header.push(tr!(lang, "survey-form-dont-know").to_string());
    let rows: Vec<Vec<String>> = questions
        .iter()
        .enumerate()
        .map(|(i, q)| {
            let mut row = vec![format!("{}. {}", i + 1, q.short_title(lang))];
            row.extend((0..6).map(|_| String::new()));
            row
        })
        .collect();
    // Room for strokes: each row about 1 cm high (15 rows fit on the page), with hairlines
    // between the columns.
    let top = flow.y;
    flow.table_to_fill(&columns, &header, &rows, 9.0, 30.0);
    column_rules(flow, &columns, top);
}

/// Vertical hairlines between the tally sheet's columns, from `top` to the cursor (an
/// artifact: the table's structure is in its cells).
fn column_rules(flow: &mut Flow, columns: &[Column], top: f32) {
    let total: f32 = columns.iter().map(|c| c.share).sum();
    let bottom = flow.y;
    if bottom <= top {
        // The table went on to another page: no rules rather than wrong ones.
        return;
    }
    let mut x = flow.left();
    flow.begin(Role::Artifact);
    for column in &columns[..columns.len() - 1] {
        x += flow.width() * column.share / total;
        flow.push(Item::Line {
            points: vec![(x, top), (x, bottom)],
            closed: false,
            width: 0.4,
            colour: Colour::RULE,
            dash: Dash::Solid,
        });
    }
    flow.end();
}

/// Writes the form and the tally sheet as a tagged PDF, atomically.
pub fn write_survey_form(
    path: &Path,
    survey: &StaffSurvey,
    questionnaire: &Questionnaire,
    lang: Lang,
) -> Result<(), FileError> {
    let bytes = survey_form_pdf(survey, questionnaire, lang).map_err(|e| {
        FileError::single(
            path,
            Problem::error(
                None,
                crate::msg!("errors-internal-write", reason = e.to_string()),
            ),
        )
    })?;
    crate::files::storage::write_atomic(path, &bytes)
        .map_err(|e| crate::files::storage::save_error(path, &e))
}

/// The form and the tally sheet as PDF bytes.
pub fn survey_form_pdf(
    survey: &StaffSurvey,
    questionnaire: &Questionnaire,
    lang: Lang,
) -> Result<Vec<u8>, ReportError> {
    let fonts = Fonts::load()?;
    let pages = survey_form_pages(survey, questionnaire, lang, &fonts);
    let meta = tagging::Meta {
        title: tr!(lang, "survey-form-title").to_string(),
        author: String::new(),
        subject: tr!(lang, "survey-paper-subject").to_string(),
        lang: lang.tag(),
        created: tagging::creation_time(),
    };
    super::render::render(&fonts, &meta, &pages).map_err(|e| ReportError::Pdf(e.to_string()))
}
