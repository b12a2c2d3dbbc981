//! The workbook builder on the states an assessment can be in, and the three writers'
//! bytes.

use super::*;
use crate::analysis::analyse;
use crate::model::{
    Evidence, PlanStatus, PlannedMeasure, Quarter, Questionnaire, Response, bundled_questionnaire,
    parse_assessment, parse_questionnaire,
};

const CONSISTENCY_Q: &str = include_str!("../../tests/fixtures/consistency/questionnaire.ron");
const MINI: &str = include_str!("../../tests/fixtures/mini-questionnaire.ron");

fn consistency(name: &str, text: &str) -> (Questionnaire, Assessment) {
    let q = parse_questionnaire(Path::new("q.ron"), CONSISTENCY_Q).unwrap();
    (q, parse_assessment(Path::new(name), text).unwrap())
}

fn workbook(q: &Questionnaire, a: &Assessment, lang: Lang, options: ExportOptions) -> Workbook {
    build_workbook(&analyse(q, a, None, None), a, lang, options)
}

fn sheet<'w>(workbook: &'w Workbook, name: &str) -> &'w Sheet {
    workbook
        .sheets
        .iter()
        .find(|s| s.name == name)
        .unwrap_or_else(|| panic!("no sheet {name}"))
}

/// The cell in the column headed `heading` of `row`.
fn cell<'s>(sheet: &'s Sheet, row: usize, heading: &str) -> &'s Cell {
    let column = sheet
        .columns
        .iter()
        .position(|c| c.heading == heading)
        .unwrap_or_else(|| panic!("no column {heading} in {}", sheet.name));
    sheet.rows[row].get(column).unwrap_or(&Cell::Empty)
}

/// Every text of the workbook: sheet names, headings and text cells.
fn all_text(workbook: &Workbook) -> String {
    let mut text = String::new();
    for sheet in &workbook.sheets {
        text.push_str(&sheet.name);
        for column in &sheet.columns {
            text.push_str(&column.heading);
        }
        for c in sheet.rows.iter().flatten() {
            if let Cell::Text(t) = c {
                text.push_str(t);
                text.push('\n');
            }
        }
    }
    text
}

fn number(value: f64, decimals: u8) -> Cell {
    Cell::Number { value, decimals }
}

#[test]
fn an_empty_assessment_lists_every_question_and_has_no_score() {
    let q = bundled_questionnaire().unwrap();
    let example = crate::model::example::example_assessment(&q);
    let a = Assessment::new(&q, example.profile, example.date);
    let w = workbook(&q, &a, Lang::De, ExportOptions::default());
    let names: Vec<&str> = w.sheets.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names, ["Antworten", "Ergebnis", "Maßnahmen", "Info"]);
    let answers = sheet(&w, "Antworten");
    assert_eq!(answers.rows.len(), q.question_count());
    assert_eq!(cell(answers, 0, "Nr."), &Cell::text("1.1"));
    assert!(answers.rows.iter().all(|r| r[3] == Cell::Empty));
    // No workshop columns without votes.
    assert!(!answers.columns.iter().any(|c| c.heading == "Stimmen"));
    let results = sheet(&w, "Ergebnis");
    let overall = results.rows.len() - 1;
    assert_eq!(
        cell(results, overall, "Handlungsfeld"),
        &Cell::text("Gesamt")
    );
    assert_eq!(cell(results, overall, "Punkte (0–100)"), &Cell::Empty);
    assert_eq!(cell(results, overall, "Abdeckung"), &Cell::Percent(0.0));
    // A preliminary note needs a score to qualify.
    assert_eq!(cell(results, overall, "Hinweis"), &Cell::Empty);
    assert!(sheet(&w, "Maßnahmen").rows.is_empty());
    let info = sheet(&w, "Info");
    assert_eq!(
        info.rows[0],
        vec![Cell::text("Kommune"), Cell::text("Lindenhagen")]
    );
    assert!(info.rows.contains(&vec![
        Cell::text("Vergleichsgruppe"),
        Cell::text("keine (ohne Vergleichsdatei exportiert)")
    ]));
}

#[test]
fn a_partial_assessment_of_a_foreign_questionnaire_is_preliminary() {
    let (q, a) = consistency(
        "partial.ron",
        include_str!("../../tests/fixtures/consistency/partial.ron"),
    );
    let w = workbook(&q, &a, Lang::De, ExportOptions::default());
    let answers = sheet(&w, "Antworten");
    assert_eq!(answers.rows.len(), q.question_count());
    let levels: Vec<&Cell> = answers.rows.iter().map(|r| &r[3]).collect();
    assert_eq!(
        levels.iter().filter(|c| ***c != Cell::Empty).count(),
        3,
        "{levels:?}"
    );
    let results = sheet(&w, "Ergebnis");
    assert_eq!(results.rows.len(), q.dimensions.len() + 1);
    let overall = results.rows.len() - 1;
    assert!(
        matches!(cell(results, overall, "Hinweis"), Cell::Text(t) if t.starts_with("vorläufig"))
    );
    // The field names are the questionnaire's, not the bundled one's.
    assert_eq!(
        cell(results, 0, "Handlungsfeld"),
        &Cell::text(q.dimensions[0].name.get(Lang::De))
    );
}

#[test]
fn all_levels_0_and_all_levels_4_score_0_and_100() {
    for (name, text, expected) in [
        (
            "all-0.ron",
            include_str!("../../tests/fixtures/consistency/all-0.ron"),
            0.0,
        ),
        (
            "all-4.ron",
            include_str!("../../tests/fixtures/consistency/all-4.ron"),
            100.0,
        ),
    ] {
        let (q, a) = consistency(name, text);
        let w = workbook(&q, &a, Lang::En, ExportOptions::default());
        let results = sheet(&w, "Results");
        for row in 0..results.rows.len() {
            assert_eq!(cell(results, row, "Points (0–100)"), &number(expected, 1));
            assert_eq!(cell(results, row, "Coverage"), &Cell::Percent(1.0));
        }
        let answers = sheet(&w, "Answers");
        let level = if expected == 0.0 { 0.0 } else { 4.0 };
        assert!(answers.rows.iter().all(|r| r[3] == number(level, 0)));
        // The anchor text of the level chosen stands beside it.
        let (_, first) = q.questions().next().unwrap();
        let anchor = first.levels[level as usize].get(Lang::En).trim();
        assert_eq!(
            cell(answers, 0, "Description of the level chosen"),
            &Cell::text(anchor)
        );
    }
}

/// The example town in a workshop of two named participants who voted on two questions.
fn workshop() -> (Questionnaire, Assessment) {
    let q = bundled_questionnaire().unwrap();
    let mut a = crate::model::example::example_assessment(&q);
    let anna = a.add_rater("Anna Müller");
    let joerg = a.add_rater("Jörg Weiß");
    let first = q.dimensions[0].questions[0].id.clone();
    let second = q.dimensions[0].questions[1].id.clone();
    a.set_vote(&first, &anna, Some(Response::Level(1))).unwrap();
    a.set_vote(&first, &joerg, Some(Response::Level(3)))
        .unwrap();
    a.set_vote(&second, &anna, Some(Response::DontKnow))
        .unwrap();
    (q, a)
}

#[test]
fn a_workshop_file_shows_votes_median_and_spread_with_the_names() {
    let (q, a) = workshop();
    let w = workbook(&q, &a, Lang::De, ExportOptions::default());
    let answers = sheet(&w, "Antworten");
    assert_eq!(cell(answers, 0, "Stimmen"), &number(2.0, 0));
    // Median: the lower of the two middle levels.
    assert_eq!(cell(answers, 0, "Median der Stimmen"), &number(1.0, 0));
    assert_eq!(cell(answers, 0, "Spannweite"), &number(2.0, 0));
    assert_eq!(
        cell(answers, 0, "Verteilung der Stimmen"),
        &Cell::text("Stufe\u{a0}1: 1, Stufe\u{a0}3: 1")
    );
    assert_eq!(cell(answers, 0, "Anna Müller"), &number(1.0, 0));
    assert_eq!(cell(answers, 0, "Jörg Weiß"), &number(3.0, 0));
    assert_eq!(cell(answers, 1, "Anna Müller"), &Cell::text("weiß nicht"));
    assert_eq!(cell(answers, 1, "Median der Stimmen"), &Cell::Empty);
    assert_eq!(cell(answers, 2, "Stimmen"), &Cell::Empty);
    let text = all_text(&w);
    assert!(text.contains("Anna Müller, Jörg Weiß"), "{text}");
    assert!(text.contains(&a.respondents));
}

#[test]
fn without_names_no_participant_and_no_respondent_is_named() {
    let (q, a) = workshop();
    let w = workbook(
        &q,
        &a,
        Lang::De,
        ExportOptions {
            without_names: true,
        },
    );
    let text = all_text(&w);
    for name in ["Anna", "Müller", "Jörg", "Kämmerei, Bauamt"] {
        assert!(!text.contains(name), "{name} in the export");
    }
    let answers = sheet(&w, "Antworten");
    // The room's figures stay; only the names (and with them each one's vote) go.
    assert_eq!(cell(answers, 0, "Stimmen"), &number(2.0, 0));
    assert_eq!(cell(answers, 0, "Spannweite"), &number(2.0, 0));
    assert_eq!(answers.columns.len(), 12);
    let info = sheet(&w, "Info");
    assert!(info.rows.contains(&vec![
        Cell::text("Workshop-Teilnehmende"),
        Cell::text("beim Export weggelassen")
    ]));
}

#[test]
fn the_plan_has_numbers_euros_and_dates_to_sort_and_sum() {
    let q = parse_questionnaire(Path::new("mini.ron"), MINI).unwrap();
    let mut a = Assessment::new(
        &q,
        crate::model::example::example_assessment(&bundled_questionnaire().unwrap()).profile,
        crate::model::Date::new(2026, 5, 4).unwrap(),
    );
    a.set_response("k1", Some(Response::Level(1)));
    a.set_evidence(
        "k1",
        vec![Evidence {
            what: "Dienstanweisung „E-Akte“".into(),
            location: "Intranet".into(),
            date: crate::model::Date::new(2026, 2, 1),
        }],
    );
    a.plan.measures.push(PlannedMeasure {
        owner: "Hauptamt".into(),
        start: Some(Quarter {
            year: 2027,
            quarter: 3,
        }),
        one_off_eur: Some(12_000),
        yearly_eur: Some(2_400),
        status: PlanStatus::Adopted,
        ..PlannedMeasure::new("k1", 1)
    });
    a.plan.measures.push(PlannedMeasure::new("k2", 0));
    a.plan.question_targets.insert("k2".into(), 3);
    let w = workbook(&q, &a, Lang::De, ExportOptions::default());
    let measures = sheet(&w, "Maßnahmen");
    assert_eq!(measures.rows.len(), 2);
    assert_eq!(cell(measures, 0, "Nr."), &number(1.0, 0));
    assert_eq!(
        cell(measures, 0, "Handlungsfeld"),
        &Cell::text("Kultur und Führung")
    );
    assert_eq!(
        cell(measures, 0, "Maßnahme"),
        &Cell::text("Von 1 nach 2 bei k1")
    );
    assert_eq!(cell(measures, 0, "Einmalige Kosten"), &Cell::Euro(12_000));
    assert_eq!(cell(measures, 0, "Kosten pro Jahr"), &Cell::Euro(2_400));
    assert_eq!(
        cell(measures, 0, "Beginn (Quartalsanfang)"),
        &Cell::Date(crate::model::Date::new(2027, 7, 1).unwrap())
    );
    assert_eq!(cell(measures, 0, "Quartal"), &Cell::text("Q3/2027"));
    assert_eq!(cell(measures, 0, "Ziel-Stufe"), &number(2.0, 0));
    assert_eq!(cell(measures, 0, "Status"), &Cell::text("beschlossen"));
    // Nothing entered stays empty; a target set in the plan wins over the next level.
    assert_eq!(cell(measures, 1, "Einmalige Kosten"), &Cell::Empty);
    assert_eq!(cell(measures, 1, "Beginn (Quartalsanfang)"), &Cell::Empty);
    assert_eq!(cell(measures, 1, "Ziel-Stufe"), &number(3.0, 0));
    let answers = sheet(&w, "Antworten");
    assert_eq!(
        cell(answers, 0, "Belege"),
        &Cell::text("Dienstanweisung „E-Akte“ – Intranet (01.02.2026)")
    );
}

#[test]
fn columns_fit_their_cells_and_long_texts_wrap() {
    let q = bundled_questionnaire().unwrap();
    let a = crate::model::example::example_assessment(&q);
    let w = workbook(&q, &a, Lang::De, ExportOptions::default());
    let answers = sheet(&w, "Antworten");
    let question = &answers.columns[2];
    assert!(question.wrap && question.width <= 52.0, "{question:?}");
    let number = &answers.columns[1];
    assert!(!number.wrap && number.width < 10.0, "{number:?}");
    for sheet in &w.sheets {
        for column in &sheet.columns {
            let longest_word = column
                .heading
                .split_whitespace()
                .map(|w| w.chars().count())
                .max()
                .unwrap_or(0);
            assert!(
                column.width >= longest_word as f64,
                "{}: {column:?}",
                sheet.name
            );
        }
    }
}

#[test]
fn the_format_comes_from_the_extension_and_a_wrong_one_names_the_right_ones() {
    assert_eq!(
        SheetFormat::of_path(Path::new("a/B.ODS")).unwrap(),
        SheetFormat::Ods
    );
    assert_eq!(
        SheetFormat::of_path(Path::new("b.Xlsx")).unwrap(),
        SheetFormat::Xlsx
    );
    assert_eq!(
        SheetFormat::of_path(Path::new("c.csv")).unwrap(),
        SheetFormat::Csv
    );
    for lang in Lang::ALL {
        for path in ["d.xls", "ohne-endung"] {
            let error = SheetFormat::of_path(Path::new(path)).unwrap_err();
            let text = error.text(lang);
            assert!(text.starts_with(path), "{text}");
            for extension in [".ods", ".xlsx", ".csv"] {
                assert!(text.contains(extension), "{text}");
            }
        }
    }
}

#[test]
fn the_three_writers_give_csv_for_german_excel_and_two_zip_workbooks() {
    let q = bundled_questionnaire().unwrap();
    let a = crate::model::example::example_assessment(&q);
    let w = workbook(&q, &a, Lang::De, ExportOptions::default());
    let csv = String::from_utf8(render(&w, SheetFormat::Csv).unwrap()).unwrap();
    assert!(
        csv.starts_with("\u{feff}Handlungsfeld;Nr.;Frage;Stufe;"),
        "{csv}"
    );
    assert!(csv.contains("„Online-Antrag“ heißt"));
    assert!(csv.ends_with("\r\n"));
    assert_eq!(csv.matches("\r\n").count(), q.question_count() + 1);
    let ods = render(&w, SheetFormat::Ods).unwrap();
    assert!(ods.starts_with(b"PK"));
    // The mimetype comes first and uncompressed, so that its text stands at byte 38.
    assert_eq!(&ods[30..38], b"mimetype");
    assert_eq!(
        &ods[38..84],
        b"application/vnd.oasis.opendocument.spreadsheet"
    );
    let xlsx = render(&w, SheetFormat::Xlsx).unwrap();
    assert!(xlsx.starts_with(b"PK"));
}

#[test]
fn wrapped_lines_are_counted_between_words() {
    // 10 characters of room: „eins zwei“ fits, „drei“ goes on a second line.
    assert_eq!(wrapped_lines("eins zwei drei", 11.5, 1.0), 2);
    assert_eq!(wrapped_lines("eins\nzwei", 11.5, 1.0), 2);
    assert_eq!(wrapped_lines("", 11.5, 1.0), 1);
    // A 25-character word takes three lines of 10.
    assert_eq!(wrapped_lines("Digitalisierungsbeauftrag", 11.5, 1.0), 3);
    // Bold text needs more room.
    assert_eq!(wrapped_lines("eins zwei", 11.5, 1.15), 2);
}

#[test]
fn a_peer_group_under_five_shows_no_peer_figure_and_says_why() {
    use crate::benchmark::{PeerComparison, PeerGroup};
    let q = bundled_questionnaire().unwrap();
    let a = crate::model::example::example_assessment(&q);
    let comparison = PeerComparison {
        source: "Netzwerk Auetal".into(),
        synthetic: false,
        group: PeerGroup::whole(),
        group_size: 3,
        dimensions: q.dimensions.iter().map(|d| (d.id.clone(), None)).collect(),
        own_excluded: false,
        network: None,
    };
    let analysis = crate::analysis::analyse_against(&q, &a, comparison, None);
    let w = build_workbook(&analysis, &a, Lang::De, ExportOptions::default());
    let results = sheet(&w, "Ergebnis");
    for row in 0..results.rows.len() {
        assert_eq!(
            cell(results, row, "Median der Vergleichsgruppe"),
            &Cell::Empty
        );
        assert_eq!(
            cell(results, row, "Besser als … % der Vergleichsgruppe"),
            &Cell::Empty
        );
    }
    let info = sheet(&w, "Info");
    let group = info
        .rows
        .iter()
        .find(|r| r[0] == Cell::text("Vergleichsgruppe"))
        .unwrap();
    assert!(
        matches!(&group[1], Cell::Text(t) if t.contains("nur 3\u{a0}Kommunen") && t.contains("weniger als 5")),
        "{group:?}"
    );
    // Real data carries no synthetic label.
    assert!(!all_text(&w).contains("Synthetische Beispieldaten"));
}
