use super::*;

/// Every character 0.5 em wide, except that '☃' is missing.
struct Fixed;
impl Measure for Fixed {
    fn advance(&self, c: char, _bold: bool) -> Option<f32> {
        (c != '☃').then_some(0.5)
    }
}

#[test]
fn wrap_keeps_every_word_and_respects_the_width() {
    let text = "eins zwei drei vier fünf sechs sieben acht neun zehn";
    let style = Style::regular(10.0);
    let lines = wrap(&Fixed, text, style, 60.0);
    assert!(lines.len() > 1);
    for line in &lines {
        assert!(Fixed.width(line, 10.0, false) <= 60.0, "{line}");
    }
    assert_eq!(lines.join(" "), text);
}

#[test]
fn overlong_word_is_broken_not_cut() {
    let word = "Donaudampfschifffahrtsgesellschaftskapitänsmütze";
    let lines = wrap(&Fixed, word, Style::regular(10.0), 50.0);
    assert!(lines.len() > 1);
    assert_eq!(lines.concat(), word);
}

#[test]
fn no_break_spaces_keep_words_together() {
    let lines = wrap(&Fixed, "aaaa bb\u{a0}cc", Style::regular(10.0), 45.0);
    assert_eq!(lines, vec!["aaaa".to_string(), "bb\u{a0}cc".to_string()]);
}

#[test]
fn numbers_stay_with_their_words_at_line_ends() {
    // 5 pt per character: „aaaa Frage“ fits into 60 pt, „aaaa Frage 4.8“ does not.
    let lines = wrap(
        &Fixed,
        "aaaa Frage 4.8 und 56,3 Punkte",
        Style::regular(10.0),
        60.0,
    );
    assert_eq!(
        lines,
        vec!["aaaa", "Frage\u{a0}4.8", "und", "56,3\u{a0}Punkte"]
    );
}

#[test]
fn clean_sets_nested_quotes() {
    assert_eq!(clean(&Fixed, "„Er sagte „ja“.“"), "„Er sagte ‚ja‘.“");
}

#[test]
fn fit_marks_shortened_text() {
    let style = Style::regular(10.0);
    assert_eq!(fit(&Fixed, "kurz", style, 100.0), "kurz");
    let short = fit(&Fixed, "ein ziemlich langer Name", style, 50.0);
    assert!(short.ends_with(ELLIPSIS));
    assert!(Fixed.width(&short, 10.0, false) <= 50.0);
    let lines = wrap_max(&Fixed, "a b c d e f g h i j k l m n o p", style, 20.0, 2);
    assert_eq!(lines.len(), 2);
    assert!(lines[1].ends_with(ELLIPSIS));
}

#[test]
fn clean_replaces_missing_glyphs_and_controls() {
    assert_eq!(clean(&Fixed, "a☃b\tc\u{7}"), "a?b c ");
}

#[test]
fn flow_breaks_pages() {
    let mut flow = Flow::new(&Fixed);
    for _ in 0..100 {
        flow.paragraph("Zeile", Style::regular(10.0), 0.0);
    }
    let pages = flow.finish();
    assert!(pages.len() >= 2);
    for page in &pages {
        for item in &page.items {
            if let Item::Text { y, .. } = item {
                assert!(*y <= CONTENT_BOTTOM);
            }
        }
    }
}

fn filler(flow: &mut Flow, until: f32) {
    while flow.y + BODY_LINE <= until {
        flow.paragraph("Füllzeile", Style::regular(10.0), 0.0);
    }
}

#[test]
fn paragraphs_leave_no_single_line_at_a_page_break() {
    let text = "wort ".repeat(120);
    for start in 0..40 {
        let mut flow = Flow::new(&Fixed);
        filler(&mut flow, CONTENT_BOTTOM - 80.0 + start as f32 * 2.0);
        flow.paragraph(&text, Style::regular(10.0), 0.0);
        flow.bullet("1.", &text, Style::regular(10.0), 0.0);
        let pages = flow.finish();
        let faults = check(&pages, &Fixed);
        assert!(faults.is_empty(), "start {start}: {faults:?}");
    }
}

#[test]
fn headings_move_to_the_next_page_with_what_follows() {
    for start in 0..30 {
        let mut flow = Flow::new(&Fixed);
        filler(&mut flow, CONTENT_BOTTOM - 70.0 + start as f32 * 2.0);
        flow.heading("Überschrift", Style::bold(12.5), 0.0);
        flow.paragraph(&"wort ".repeat(60), Style::regular(10.0), 0.0);
        let faults = check(&flow.finish(), &Fixed);
        assert!(faults.is_empty(), "start {start}: {faults:?}");
    }
}

#[test]
fn a_heading_moves_with_a_table_that_does_not_fit_below_it() {
    let columns = [
        Column {
            share: 1.0,
            align: Align::Left,
        },
        Column {
            share: 1.0,
            align: Align::Right,
        },
    ];
    let rows: Vec<Vec<String>> = (0..8)
        .map(|i| vec![format!("Zeile {i}"), format!("{i}")])
        .collect();
    let mut flow = Flow::new(&Fixed);
    filler(&mut flow, CONTENT_BOTTOM - 70.0);
    flow.heading("Tabelle", Style::bold(12.5), 0.0);
    flow.table(&columns, &["A".into(), "B".into()], &rows, 10.0);
    let pages = flow.finish();
    let page_of = |wanted: &str| {
        pages.iter().position(|p| {
            p.items
                .iter()
                .any(|i| matches!(i, Item::Text { text, .. } if text == wanted))
        })
    };
    assert_eq!(page_of("Tabelle"), Some(1));
    assert_eq!(page_of("Zeile 0"), Some(1));
    assert!(check(&pages, &Fixed).is_empty());
    let begins: usize = pages
        .iter()
        .map(|p| {
            p.items
                .iter()
                .filter(|i| matches!(i, Item::Begin { .. }))
                .count()
        })
        .sum();
    let ends: usize = pages
        .iter()
        .map(|p| p.items.iter().filter(|i| matches!(i, Item::End)).count())
        .sum();
    assert_eq!(begins, ends);
}

#[test]
fn check_finds_each_fault() {
    let style = Style::regular(10.0);
    let heading = |page: &mut Page, y: f32| {
        page.items.push(Item::Begin {
            role: Role::H2,
            alt: None,
        });
        page.items.push(Item::Text {
            x: MARGIN_X,
            y,
            text: "Kopf".into(),
            style,
        });
        page.items.push(Item::End);
    };
    let line = |page: &mut Page, y: f32, text: &str| {
        page.items.push(Item::Text {
            x: MARGIN_X,
            y,
            text: text.into(),
            style,
        })
    };
    // A heading on the last line, its text on the next page.
    let mut first = Page::default();
    heading(&mut first, CONTENT_BOTTOM - 2.0);
    let mut second = Page::default();
    line(&mut second, MARGIN_TOP + 8.0, "weiter");
    line(&mut second, MARGIN_TOP + 22.0, "weiter");
    let faults = check(&[first, second], &Fixed);
    assert!(matches!(faults[..], [Fault::LonelyHeading { page: 0, .. }]));

    // A paragraph whose last line sits alone on the next page.
    let mut first = Page::default();
    first.items.push(Item::Begin {
        role: Role::P,
        alt: None,
    });
    line(&mut first, CONTENT_BOTTOM - 16.0, "eins");
    line(&mut first, CONTENT_BOTTOM - 2.0, "zwei");
    let mut second = Page::default();
    line(&mut second, MARGIN_TOP + 8.0, "drei");
    second.items.push(Item::End);
    let faults = check(&[first, second], &Fixed);
    assert!(
        matches!(faults[..], [Fault::Widow { page: 1, .. }]),
        "{faults:?}"
    );

    // Overlapping and too small text.
    let mut page = Page::default();
    line(&mut page, 100.0, "Legende");
    line(&mut page, 103.0, "Achse");
    page.items.push(Item::Text {
        x: 300.0,
        y: 300.0,
        text: "klein".into(),
        style: Style::regular(7.5),
    });
    page.items.push(Item::Text {
        x: PAGE_W - 20.0,
        y: 400.0,
        text: "am Rand".into(),
        style,
    });
    // „2.10“ (4 × 5 pt) and its text 1 pt after it: touching.
    line(&mut page, 500.0, "2.10");
    page.items.push(Item::Text {
        x: MARGIN_X + 21.0,
        y: 500.0,
        text: "Stufe".into(),
        style,
    });
    let faults = check(&[page], &Fixed);
    assert!(faults.iter().any(|f| matches!(f, Fault::Overlap { .. })));
    assert!(
        faults
            .iter()
            .any(|f| matches!(f, Fault::OutsidePage { text, .. } if text == "am Rand"))
    );
    assert!(
        faults
            .iter()
            .any(|f| matches!(f, Fault::Overlap { a, b, .. } if a == "2.10" && b == "Stufe"))
    );
    assert!(
        faults
            .iter()
            .any(|f| matches!(f, Fault::TooSmall { size, .. } if *size < 9.0))
    );
}

#[test]
fn a_heading_stays_with_the_next_heading_but_not_with_the_next_section() {
    let style = Style::regular(10.0);
    let heading = |page: &mut Page, y: f32, role: Role| {
        page.items.push(Item::Begin { role, alt: None });
        page.items.push(Item::Text {
            x: MARGIN_X,
            y,
            text: "Kopf".into(),
            style,
        });
        page.items.push(Item::End);
    };
    let line = |page: &mut Page, y: f32| {
        page.items.push(Item::Text {
            x: MARGIN_X,
            y,
            text: "Text".into(),
            style,
        })
    };
    // H1 at the page end, its H2 and text on the next page: the H1 is alone.
    let mut first = Page::default();
    line(&mut first, CONTENT_BOTTOM - 30.0);
    heading(&mut first, CONTENT_BOTTOM - 2.0, Role::H1);
    let mut second = Page::default();
    heading(&mut second, MARGIN_TOP + 10.0, Role::H2);
    line(&mut second, MARGIN_TOP + 24.0);
    line(&mut second, MARGIN_TOP + 38.0);
    let faults = check(&[first, second], &Fixed);
    assert!(
        matches!(faults[..], [Fault::LonelyHeading { page: 0, .. }]),
        "{faults:?}"
    );
    // A heading with its one-line content, the next section on the next page: fine.
    let mut first = Page::default();
    heading(&mut first, CONTENT_BOTTOM - 20.0, Role::H3);
    line(&mut first, CONTENT_BOTTOM - 6.0);
    let mut second = Page::default();
    heading(&mut second, MARGIN_TOP + 10.0, Role::H2);
    line(&mut second, MARGIN_TOP + 24.0);
    line(&mut second, MARGIN_TOP + 38.0);
    assert!(check(&[first, second], &Fixed).is_empty());
}

#[test]
fn heading_levels_are_never_skipped() {
    let mut flow = Flow::new(&Fixed);
    for (text, role) in [
        ("Zusammenfassung", Role::H1),
        ("Befunde", Role::H3),
        ("Bedeutung", Role::H3),
        ("Feld", Role::H2),
        ("Stärken", Role::H3),
        ("Profil", Role::H1),
        ("Kasten", Role::H3),
    ] {
        flow.heading_as(role, text, Style::bold(12.0), 0.0);
        flow.paragraph("Text", Style::regular(10.0), 0.0);
    }
    let roles: Vec<Role> = flow
        .finish()
        .iter()
        .flat_map(|p| p.items.iter())
        .filter_map(|i| match i {
            Item::Begin { role, .. } if role.is_heading() => Some(*role),
            _ => None,
        })
        .collect();
    assert_eq!(
        roles,
        vec![
            Role::H1,
            Role::H2,
            Role::H2,
            Role::H2,
            Role::H3,
            Role::H1,
            Role::H2
        ]
    );
}

#[test]
fn flow_records_structure() {
    let mut flow = Flow::new(&Fixed);
    flow.heading("Titel", Style::bold(17.0), 0.0);
    flow.bullet("•", "eins", Style::regular(10.0), 0.0);
    flow.bullet("•", "zwei", Style::regular(10.0), 0.0);
    flow.paragraph("Text", Style::regular(10.0), 0.0);
    flow.begin_figure("Ein Diagramm mit 3 Werten");
    flow.text_at(100.0, 400.0, "Achse", Style::regular(9.0));
    flow.end();
    let pages = flow.finish();
    let roles: Vec<Role> = pages[0]
        .items
        .iter()
        .filter_map(|i| match i {
            Item::Begin { role, .. } => Some(*role),
            _ => None,
        })
        .collect();
    assert_eq!(
        roles,
        vec![
            Role::H1,
            Role::L,
            Role::LI,
            Role::Lbl,
            Role::LBody,
            Role::LI,
            Role::Lbl,
            Role::LBody,
            Role::P,
            Role::Figure
        ]
    );
    let begins = pages[0]
        .items
        .iter()
        .filter(|i| matches!(i, Item::Begin { .. }))
        .count();
    let ends = pages[0]
        .items
        .iter()
        .filter(|i| matches!(i, Item::End))
        .count();
    assert_eq!(begins, ends);
}
