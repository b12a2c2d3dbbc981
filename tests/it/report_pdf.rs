//! The PDF read back as a file: structure tree, alternative text, language, bookmarks,
//! metadata, no PDF/X key; the council proposal with the plan's numbers and the body
//! named as the state's municipal code names it; the layout free of typographic faults.

#![allow(clippy::unwrap_used)]

use crate::common;

use common::plan::{with_evidence, with_plan};
use lopdf::{Document, Object};
use printpdf::{PdfDocument, PdfParseOptions};
use reifegrad::model::example::example_assessment;
use reifegrad::model::{Assessment, BodyKind, FederalState, Questionnaire, bundled_questionnaire};
use reifegrad::report::{ReportInput, render_pdf};
use reifegrad::text::Lang;
use std::collections::BTreeSet;

fn example() -> (Questionnaire, Assessment) {
    let q = bundled_questionnaire().unwrap();
    let a = example_assessment(&q);
    (q, a)
}

fn render(q: &Questionnaire, a: &Assessment, lang: Lang) -> Vec<u8> {
    render_pdf(&ReportInput::new(
        &reifegrad::analysis::analyse(q, a, None, None),
        a,
        lang,
    ))
    .unwrap()
}

fn text(pdf: &[u8]) -> String {
    let doc = PdfDocument::parse(pdf, &PdfParseOptions::default(), &mut Vec::new()).unwrap();
    let words: Vec<String> = doc
        .extract_text()
        .into_iter()
        .flatten()
        .flat_map(|c| c.split_whitespace().map(str::to_string).collect::<Vec<_>>())
        .collect();
    words.join(" ")
}

/// `text` without the page footers („Lindenhagen · Digitaler Reifegrad · 12.11.2026 Seite
/// 16 von 17“), which the extracted text puts amid a paragraph that crosses a page.
fn without_footers(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(start) = rest.find("Lindenhagen · Digitaler Reifegrad · ") {
        out += &rest[..start];
        let after = &rest[start..];
        let Some(page) = after.find(" Seite ") else {
            rest = after;
            break;
        };
        // „Seite N von M “: four words after the date.
        let tail = &after[page + 1..];
        let skip: usize = tail.split(' ').take(4).map(|w| w.len() + 1).sum();
        rest = tail.get(skip..).unwrap_or("");
    }
    out + rest
}

fn deref<'a>(doc: &'a Document, object: &'a Object) -> &'a Object {
    doc.dereference(object).map(|(_, o)| o).unwrap()
}

fn text_string(object: &Object) -> String {
    let Object::String(bytes, _) = object else {
        panic!("not a string: {object:?}")
    };
    if bytes.starts_with(&[0xfe, 0xff]) {
        let units: Vec<u16> = bytes[2..]
            .chunks(2)
            .map(|c| u16::from_be_bytes([c[0], c[1]]))
            .collect();
        String::from_utf16(&units).unwrap()
    } else {
        String::from_utf8_lossy(bytes).into_owned()
    }
}

/// Structure types in the tree, and the alternative text of every figure.
fn walk(
    doc: &Document,
    object: &Object,
    types: &mut BTreeSet<String>,
    alts: &mut Vec<Option<String>>,
) {
    let object = deref(doc, object);
    match object {
        Object::Dictionary(dict) => {
            if let Ok(s) = dict.get(b"S") {
                let name = String::from_utf8_lossy(s.as_name().unwrap()).into_owned();
                if name == "Figure" {
                    alts.push(dict.get(b"Alt").ok().map(text_string));
                }
                types.insert(name);
            }
            if let Ok(kids) = dict.get(b"K") {
                walk(doc, kids, types, alts);
            }
        }
        Object::Array(items) => {
            for item in items {
                walk(doc, item, types, alts);
            }
        }
        _ => {}
    }
}

#[test]
fn the_pdf_is_tagged_with_language_bookmarks_and_metadata() {
    let (q, a) = example();
    let pdf = render(&q, &with_plan(&q, a), Lang::De);
    let doc = Document::load_mem(&pdf).unwrap();
    assert_eq!(doc.version, "1.7");
    let catalog = doc.catalog().unwrap();
    assert_eq!(text_string(catalog.get(b"Lang").unwrap()), "de-DE");
    let mark = deref(&doc, catalog.get(b"MarkInfo").unwrap())
        .as_dict()
        .unwrap();
    assert_eq!(mark.get(b"Marked").unwrap(), &Object::Boolean(true));
    let prefs = deref(&doc, catalog.get(b"ViewerPreferences").unwrap())
        .as_dict()
        .unwrap();
    assert_eq!(
        prefs.get(b"DisplayDocTitle").unwrap(),
        &Object::Boolean(true)
    );
    // One output intent: sRGB for PDF/A, no PDF/X intent.
    let intents = deref(&doc, catalog.get(b"OutputIntents").unwrap())
        .as_array()
        .unwrap();
    assert_eq!(intents.len(), 1);
    let intent = deref(&doc, &intents[0]).as_dict().unwrap();
    assert_eq!(intent.get(b"S").unwrap().as_name().unwrap(), b"GTS_PDFA1");
    assert_eq!(
        text_string(intent.get(b"OutputConditionIdentifier").unwrap()),
        "sRGB IEC61966-2.1"
    );
    let Object::Stream(profile) = deref(&doc, intent.get(b"DestOutputProfile").unwrap()) else {
        panic!("no ICC profile stream")
    };
    assert_eq!(profile.dict.get(b"N").unwrap(), &Object::Integer(3));
    let icc = profile
        .decompressed_content()
        .unwrap_or(profile.content.clone());
    assert_eq!(&icc[36..40], b"acsp", "an ICC profile");
    assert_eq!(&icc[16..20], b"RGB ");

    // Structure tree with the roles a reader needs, and alt text on every figure.
    let root = deref(&doc, catalog.get(b"StructTreeRoot").unwrap());
    let mut types = BTreeSet::new();
    let mut alts = Vec::new();
    walk(
        &doc,
        root.as_dict().unwrap().get(b"K").unwrap(),
        &mut types,
        &mut alts,
    );
    for role in [
        "Document", "H1", "H2", "P", "L", "LI", "Table", "TR", "TH", "TD", "Figure",
    ] {
        assert!(types.contains(role), "no {role} in {types:?}");
    }
    assert!(!alts.is_empty());
    for alt in &alts {
        let alt = alt.as_deref().unwrap_or_default();
        assert!(alt.len() > 20, "figure without real alt text: {alt:?}");
        assert!(
            alt.chars().any(|c| c.is_ascii_digit()),
            "alt text states no values: {alt}"
        );
    }

    // Bookmarks: one per section at least, titles readable.
    let outlines = deref(&doc, catalog.get(b"Outlines").unwrap())
        .as_dict()
        .unwrap();
    let mut titles = Vec::new();
    let mut next = outlines.get(b"First").ok().cloned();
    while let Some(Object::Reference(id)) = next {
        let entry = doc.get_dictionary(id).unwrap();
        titles.push(text_string(entry.get(b"Title").unwrap()));
        next = entry.get(b"Next").ok().cloned();
    }
    assert!(titles.len() >= 5, "{titles:?}");
    assert!(titles.iter().any(|t| t == "Beschlussvorlage"), "{titles:?}");

    // Metadata: title, author, producer with version, a real date; no PDF/X key.
    let info = deref(&doc, doc.trailer.get(b"Info").unwrap())
        .as_dict()
        .unwrap();
    assert!(text_string(info.get(b"Title").unwrap()).contains(&a_name()));
    assert_eq!(text_string(info.get(b"Author").unwrap()), a_name());
    assert!(text_string(info.get(b"Producer").unwrap()).starts_with("Reifegrad "));
    assert!(!text_string(info.get(b"Subject").unwrap()).is_empty());
    let created = text_string(info.get(b"CreationDate").unwrap());
    assert!(created.starts_with("D:20"), "{created}");
    assert!(info.get(b"GTS_PDFXVersion").is_err());
    let metadata = deref(&doc, catalog.get(b"Metadata").unwrap());
    let Object::Stream(stream) = metadata else {
        panic!("no XMP stream")
    };
    let xmp = String::from_utf8_lossy(&stream.content).into_owned();
    assert!(xmp.contains("<dc:title>") && xmp.contains(&a_name()));
    assert!(xmp.contains("<pdf:Producer>Reifegrad "));
    assert!(!xmp.contains("pdfaid") && !xmp.contains("GTS_PDFX"));
    assert!(
        xmp.contains("<pdfuaid:part>1</pdfuaid:part>"),
        "PDF/UA-1 identifier"
    );
    assert!(xmp.contains("xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\""));

    // Every page: struct parents for the parent tree, tab order by structure.
    for (_, page) in doc.get_pages() {
        let page = doc.get_dictionary(page).unwrap();
        assert!(page.get(b"StructParents").is_ok());
        assert_eq!(page.get(b"Tabs").unwrap().as_name().unwrap(), b"S");
    }
}

fn a_name() -> String {
    let (q, _) = example();
    example_assessment(&q).profile.name
}

#[test]
fn the_english_pdf_says_so_and_has_a_real_date() {
    let (q, a) = example();
    let analysis = reifegrad::analysis::analyse(&q, &a, None, None);
    let input = ReportInput::new(&analysis, &a, Lang::En);
    let pdf = render_pdf(&input).unwrap();
    // The running footer dates the assessment in English.
    assert!(text(&pdf).contains("Lindenhagen · Digital maturity · 12 November 2026"));
    let doc = Document::load_mem(&pdf).unwrap();
    assert_eq!(
        text_string(doc.catalog().unwrap().get(b"Lang").unwrap()),
        "en"
    );
    let info = deref(&doc, doc.trailer.get(b"Info").unwrap())
        .as_dict()
        .unwrap();
    let date = text_string(info.get(b"CreationDate").unwrap());
    assert_ne!(date, "D:19700101000000Z");
    assert_eq!(
        reifegrad::report::tagging::creation_time_from(Some("1795675453")),
        1_795_675_453
    );
}

#[test]
fn the_council_proposal_carries_the_plans_numbers() {
    let (q, a) = example();
    let a = with_plan(&q, a);
    let pdf = render(&q, &a, Lang::De);
    let all = text(&pdf);
    assert!(all.contains("Beschlussvorlage"));
    for heading in [
        "Betreff",
        "Beschlussvorschlag",
        "Sachverhalt und Begründung",
        "Finanzielle Auswirkungen",
        "Zeitplan",
        "Kennzahlen",
    ] {
        assert!(all.contains(heading), "missing {heading}");
    }
    // Sums per year equal the plan's entries: 2027: 12 000 + 2 400 + 6 000,
    // 2028: 2 400 + 6 000 + 4 500, 2029: 2 400 + 6 000.
    let last = 2029;
    let expected = a.plan.spending_per_year(last);
    assert_eq!(expected.get(&2027), Some(&20_400));
    assert_eq!(expected.get(&2028), Some(&12_900));
    assert_eq!(expected.get(&2029), Some(&8_400));
    for (year, sum) in &expected {
        let amount = reifegrad::present::format_euro(*sum, Lang::De).replace('\u{a0}', " ");
        assert!(
            all.contains(&format!("{year}: {amount}")),
            "{year}: {amount} not in the proposal"
        );
    }
    assert!(all.contains("Hauptamt"));
    assert!(all.contains("Q1/2027"));
    assert!(all.contains("12.11.2027"), "next assessment date");
    // The fourth measure has no costs: named, never given an amount.
    assert!(all.contains("Ohne Kosten oder Beginn und daher nicht enthalten: M4."));
    // Each planned measure names its number in the report (the plan took the first four
    // by priority, so M1 is measure 1 of the roadmap).
    assert!(all.contains("M1: "), "{all}");
    assert!(
        all.contains("(Maßnahme 1; verantwortlich: Hauptamt"),
        "M1 names measure 1"
    );
    assert!(
        all.contains("(Maßnahme 4; Verantwortung noch offen"),
        "M4 names measure 4"
    );
}

#[test]
fn without_a_plan_the_proposal_names_the_missing_inputs() {
    let (q, a) = example();
    assert!(a.plan.is_empty());
    let all = text(&render(&q, &a, Lang::De));
    assert!(all.contains("Beschlussvorlage"));
    assert!(all.contains("Für eine vollständige Vorlage fehlen noch:"));
    assert!(all.contains("keine Kosten"));
    // The only „€“ is in the provision of an open legal duty (e-invoices from a turnover
    // „über 800.000 €“), which the summary and the council paper quote.
    let all = all.replace("800.000 €", "");
    assert!(!all.contains(" €"), "no amounts without a plan");
}

#[test]
fn the_body_is_named_for_state_and_kind() {
    let (q, base) = example();
    let cases = [
        (
            FederalState::Hessen,
            BodyKind::Stadt,
            "Die Stadtverordnetenversammlung beschließt",
        ),
        (
            FederalState::Bayern,
            BodyKind::Gemeinde,
            "Der Gemeinderat beschließt",
        ),
        (
            FederalState::NordrheinWestfalen,
            BodyKind::Stadt,
            "Der Rat beschließt",
        ),
        (
            FederalState::SchleswigHolstein,
            BodyKind::Gemeinde,
            "Die Gemeindevertretung beschließt",
        ),
        (
            FederalState::RheinlandPfalz,
            BodyKind::Gemeindeverband,
            "Der Verbandsgemeinderat beschließt",
        ),
        (
            FederalState::Brandenburg,
            BodyKind::Landkreis,
            "Der Kreistag beschließt",
        ),
    ];
    for (state, kind, sentence) in cases {
        let mut a = base.clone();
        a.profile.state = state;
        a.profile.kind = kind;
        let all = text(&render(&q, &a, Lang::De));
        assert!(all.contains(sentence), "{state:?}/{kind:?}: {sentence}");
    }
    let mut a = base.clone();
    a.profile.council_name = Some("Ratsversammlung".into());
    assert!(text(&render(&q, &a, Lang::De)).contains("Die Ratsversammlung beschließt"));
}

#[test]
fn plan_fields_save_only_when_used() {
    let (q, a) = example();
    let plain = ron::ser::to_string_pretty(&a, ron::ser::PrettyConfig::default()).unwrap();
    assert!(!plain.contains("plan:"));
    let planned = with_plan(&q, a);
    planned.plan.validate(&q).unwrap();
    let text = ron::ser::to_string_pretty(&planned, ron::ser::PrettyConfig::default()).unwrap();
    let back: Assessment = ron::from_str(&text).unwrap();
    assert_eq!(back.plan, planned.plan);
}

/// Writes the example town's report with a plan (German and English) to
/// `REIFEGRAD_REPORT_DIR` (default: the temp folder) for looking at.
#[test]
#[ignore = "writes PDFs for looking at: cargo test -- --ignored (REIFEGRAD_REPORT_DIR, default: the temp folder)"]
fn write_example_reports_with_a_plan() {
    let dir = std::env::var_os("REIFEGRAD_REPORT_DIR")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(std::env::temp_dir);
    let (q, a) = example();
    let a = with_plan(&q, a);
    std::fs::write(dir.join("example-plan.pdf"), render(&q, &a, Lang::De)).unwrap();
    std::fs::write(dir.join("example-plan-en.pdf"), render(&q, &a, Lang::En)).unwrap();
    let mut long = a.clone();
    long.profile.name = "Verbandsgemeinde Hochwald-Obermosel-Saar-Ruwer-Hunsrück im Landkreis Trier-Saarburg-Bernkastel-Wittlich".into();
    let bundled = reifegrad::benchmark::bundled_benchmark().unwrap();
    let analysis = reifegrad::analysis::analyse(
        &q,
        &long,
        Some((&bundled, reifegrad::benchmark::PeerGroup::whole())),
        None,
    );
    let pdf = render_pdf(&ReportInput::new(&analysis, &long, Lang::De)).unwrap();
    std::fs::write(dir.join("example-long-name-peers.pdf"), pdf).unwrap();
}

#[test]
fn the_appendix_lists_each_answers_evidence_and_the_method_states_the_rating_rule() {
    let (q, a) = example();
    let a = with_evidence(&q, a);
    let de = text(&render(&q, &a, Lang::De));
    let appendix = &de[de.find("Anhang: Alle Fragen und Antworten").unwrap()..];
    for line in [
        "Nachweis: Ratsbeschluss Digitalstrategie 2025/14 (https://rats.lindenhagen.example/vorlage/2025-14, 03.04.2025)",
        r"Nachweis: Protokoll Amtsleiterrunde (\\server\hauptamt\protokolle\2026-02.pdf)",
        "Nachweis: Prozesslandkarte Bauamt",
    ] {
        assert!(appendix.contains(line), "missing: {line}");
    }
    // Under the answer of its own question, before the next question.
    let first = appendix.find("Ratsbeschluss Digitalstrategie").unwrap();
    let q11 = appendix
        .find(&*q.dimensions[0].questions[0].text.de)
        .unwrap();
    let q12 = appendix
        .find(&*q.dimensions[0].questions[1].text.de)
        .unwrap();
    assert!(q11 < first && first < q12);
    // The method section states the rating rule in the app's words.
    let method = without_footers(&appendix[appendix.find("So wird gerechnet").unwrap()..]);
    let rule = reifegrad::present::rules::rating_rule(Lang::De);
    assert!(rule.contains("Wie Stufe n−1; zusätzlich …"));
    assert!(rule.contains("Eine Stufe zählt, wenn alles vorhanden ist, was sie beschreibt"));
    assert!(method.contains(rule), "{method}");

    let en = text(&render(&q, &a, Lang::En));
    assert!(en.contains(
        "Evidence: Ratsbeschluss Digitalstrategie 2025/14 (https://rats.lindenhagen.example/vorlage/2025-14, 3 April 2025)"
    ));
    assert!(en.contains(reifegrad::present::rules::rating_rule(Lang::En)));
}

/// Heading levels of the structure tree, in reading order.
fn heading_levels(doc: &Document, object: &Object, levels: &mut Vec<u8>) {
    match deref(doc, object) {
        Object::Dictionary(dict) => {
            if let Ok(s) = dict.get(b"S") {
                match s.as_name().unwrap() {
                    b"H1" => levels.push(1),
                    b"H2" => levels.push(2),
                    b"H3" => levels.push(3),
                    _ => {}
                }
            }
            if let Ok(kids) = dict.get(b"K") {
                heading_levels(doc, kids, levels);
            }
        }
        Object::Array(items) => {
            for item in items {
                heading_levels(doc, item, levels);
            }
        }
        _ => {}
    }
}

#[test]
fn headings_go_down_one_level_at_a_time() {
    let (q, a) = example();
    for lang in [Lang::De, Lang::En] {
        let pdf = render(&q, &with_plan(&q, a.clone()), lang);
        let doc = Document::load_mem(&pdf).unwrap();
        let root = deref(&doc, doc.catalog().unwrap().get(b"StructTreeRoot").unwrap());
        let mut levels = Vec::new();
        heading_levels(
            &doc,
            root.as_dict().unwrap().get(b"K").unwrap(),
            &mut levels,
        );
        assert_eq!(levels.first(), Some(&1));
        assert!(levels.contains(&3), "{levels:?}");
        for pair in levels.windows(2) {
            assert!(pair[1] <= pair[0] + 1, "H{} then H{}", pair[0], pair[1]);
        }
    }
}

#[test]
fn comments_once_nested_quotes_and_no_break_spaces() {
    let (q, a) = example();
    let pdf = render(&q, &a, Lang::De);
    let all = text(&pdf);
    // Every team comment is printed exactly once (nested quotes read as plain ones).
    let plain = all.replace('‚', "„").replace('‘', "“");
    let mut comments = 0;
    for d in &q.dimensions {
        for question in &d.questions {
            let comment = a.comment(&question.id).trim();
            if comment.is_empty() {
                continue;
            }
            comments += 1;
            let comment = comment.split_whitespace().collect::<Vec<_>>().join(" ");
            assert_eq!(plain.matches(&comment).count(), 1, "{comment}");
        }
    }
    assert!(comments >= 3);
    // A quote inside a quoted comment uses single quotes.
    assert!(all.contains("‚Online-Antrag‘"), "nested quotes");
    assert!(!all.contains("„Online-Antrag“"));
    // Numbers stay with their labels and units.
    let raw = common::pdf::pages_text(&pdf).join(" ");
    for joined in ["Stufe\u{a0}3", "\u{a0}Punkte", "Frage\u{a0}"] {
        assert!(raw.contains(joined), "no no-break space in {joined:?}");
    }
}

#[test]
fn lines_of_a_paragraph_read_as_separate_words() {
    use reifegrad::report::layout::{Item, Role};
    let (q, a) = example();
    let analysis = reifegrad::analysis::analyse(&q, &a, None, None);
    let input = ReportInput::new(&analysis, &a, Lang::De);
    let pages = reifegrad::report::layout(&input).unwrap();
    // The first paragraph of more than one line: its first two lines.
    let mut lines: Vec<String> = Vec::new();
    'pages: for page in &pages {
        let mut in_p = false;
        lines.clear();
        for item in &page.items {
            match item {
                Item::Begin { role: Role::P, .. } => {
                    in_p = true;
                    lines.clear();
                }
                Item::End => {
                    if lines.len() >= 2 {
                        break 'pages;
                    }
                    in_p = false;
                }
                Item::Text { text, .. } if in_p => lines.push(text.clone()),
                _ => {}
            }
        }
    }
    assert!(lines.len() >= 2);
    let last = lines[0].split_whitespace().last().unwrap().to_string();
    let first = lines[1].split_whitespace().next().unwrap().to_string();
    // The tagged text as a screen reader gets it (poppler's view of the structure tree).
    let dir = std::env::temp_dir().join(format!("reifegrad-lines-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("report.pdf");
    std::fs::write(&path, render_pdf(&input).unwrap()).unwrap();
    let out = std::process::Command::new("pdfinfo")
        .arg("-struct-text")
        .arg(&path)
        .output()
        .expect("pdfinfo (poppler-utils) is installed");
    std::fs::remove_dir_all(&dir).unwrap();
    let tagged = String::from_utf8_lossy(&out.stdout).replace('\u{a0}', " ");
    let pair = format!("{last} {first}");
    assert!(
        tagged.contains(&pair),
        "„{last}“ and „{first}“ run together"
    );
}

/// Every drawing operator of every page lies in marked content: a structure element's
/// (with an MCID the parent tree maps back to an element) or an artifact (PDF/UA-1:
/// all content is tagged or marked as an artifact).
#[test]
fn all_content_is_tagged_or_an_artifact() {
    use lopdf::content::Content;
    let (q, a) = example();
    let pdf = render(&q, &with_evidence(&q, with_plan(&q, a)), Lang::De);
    let doc = Document::load_mem(&pdf).unwrap();
    let catalog = doc.catalog().unwrap();
    let root = deref(&doc, catalog.get(b"StructTreeRoot").unwrap())
        .as_dict()
        .unwrap();
    let tree = deref(&doc, root.get(b"ParentTree").unwrap())
        .as_dict()
        .unwrap();
    let nums = tree.get(b"Nums").unwrap().as_array().unwrap();
    let mut drawn = 0;
    for (index, (_, page_id)) in doc.get_pages().into_iter().enumerate() {
        let page = doc.get_dictionary(page_id).unwrap();
        let key = page.get(b"StructParents").unwrap().as_i64().unwrap();
        let pos = nums
            .chunks(2)
            .position(|pair| pair[0].as_i64().unwrap() == key)
            .unwrap();
        let owners = deref(&doc, &nums[pos * 2 + 1]).as_array().unwrap();
        let content = Content::decode(&doc.get_page_content(page_id)).unwrap();
        let mut stack: Vec<Option<i64>> = Vec::new();
        let mut mcids = Vec::new();
        for op in &content.operations {
            match op.operator.as_str() {
                "BDC" => {
                    let mcid = op
                        .operands
                        .get(1)
                        .and_then(|p| p.as_dict().ok())
                        .and_then(|d| d.get(b"MCID").ok())
                        .and_then(|m| m.as_i64().ok());
                    if let Some(m) = mcid {
                        mcids.push(m);
                    }
                    stack.push(mcid);
                }
                "BMC" => {
                    assert_eq!(op.operands[0].as_name().unwrap(), b"Artifact");
                    stack.push(None);
                }
                "EMC" => {
                    assert!(stack.pop().is_some(), "EMC without BDC/BMC on page {index}");
                }
                "Tj" | "TJ" | "'" | "\"" | "S" | "s" | "f" | "F" | "f*" | "B" | "b" => {
                    drawn += 1;
                    assert!(
                        !stack.is_empty(),
                        "{} outside marked content on page {index}",
                        op.operator
                    );
                }
                _ => {}
            }
        }
        assert!(stack.is_empty(), "unclosed marked content on page {index}");
        // MCIDs 0, 1, 2 … each owned by a structure element.
        assert_eq!(mcids, (0..mcids.len() as i64).collect::<Vec<_>>());
        assert_eq!(owners.len(), mcids.len(), "parent tree of page {index}");
        for owner in owners {
            let elem = deref(&doc, owner).as_dict().unwrap();
            assert_eq!(elem.get(b"Type").unwrap().as_name().unwrap(), b"StructElem");
        }
    }
    assert!(drawn > 500, "{drawn} drawing operators");
}

/// The Scope of every header cell in the structure tree.
fn header_scopes(doc: &Document, object: &Object, scopes: &mut Vec<String>) {
    match deref(doc, object) {
        Object::Dictionary(dict) => {
            if dict.get(b"S").ok().and_then(|s| s.as_name().ok()) == Some(b"TH") {
                let scope = dict
                    .get(b"A")
                    .ok()
                    .and_then(|a| deref(doc, a).as_dict().ok())
                    .and_then(|a| a.get(b"Scope").ok())
                    .and_then(|s| s.as_name().ok())
                    .map(|s| String::from_utf8_lossy(s).into_owned())
                    .unwrap_or_default();
                scopes.push(scope);
            }
            if let Ok(kids) = dict.get(b"K") {
                header_scopes(doc, kids, scopes);
            }
        }
        Object::Array(items) => {
            for item in items {
                header_scopes(doc, item, scopes);
            }
        }
        _ => {}
    }
}

#[test]
fn table_header_cells_say_whether_they_head_a_column_or_a_row() {
    let (q, a) = example();
    let pdf = render(&q, &a, Lang::De);
    let doc = Document::load_mem(&pdf).unwrap();
    let root = deref(&doc, doc.catalog().unwrap().get(b"StructTreeRoot").unwrap());
    let mut scopes = Vec::new();
    header_scopes(
        &doc,
        root.as_dict().unwrap().get(b"K").unwrap(),
        &mut scopes,
    );
    assert!(
        scopes.iter().all(|s| s == "Column" || s == "Row"),
        "{scopes:?}"
    );
    // The profile table names each field (and the total) in a row header.
    let rows = scopes.iter().filter(|s| *s == "Row").count();
    assert_eq!(rows, q.dimensions.len() + 1, "{scopes:?}");
    assert!(scopes.iter().filter(|s| *s == "Column").count() >= 4);
}
