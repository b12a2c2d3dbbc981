//! The council paper in every state of an assessment: nothing answered, too little
//! answered, all levels 0, all levels 4, the example town with and without a plan, and a
//! questionnaire of two fields. Each report makes one proposal (the summary prints the
//! Vorlage's words), says only what is true for its state, has no nearly empty page and
//! passes the typography check. `REIFEGRAD_STATES_PDF=<dir>` also writes the PDFs there.

#![allow(clippy::unwrap_used)]

use crate::common::plan::with_plan;
use reifegrad::model::example::example_assessment;
use reifegrad::model::{Assessment, Questionnaire, Response, bundled_questionnaire};
use reifegrad::report::fonts::Fonts;
use reifegrad::report::layout::{Item, Page, Role, check};
use reifegrad::report::{ReportInput, layout, render_pdf};
use reifegrad::text::Lang;
use std::path::PathBuf;

/// Every question of `q` answered with `level`.
fn all_at(q: &Questionnaire, a: &Assessment, level: u8) -> Assessment {
    let mut a = a.clone();
    for (_, question) in q.questions() {
        a.set_response(&question.id, Some(Response::Level(level)));
    }
    a
}

/// Nothing answered.
fn empty(q: &Questionnaire, a: &Assessment) -> Assessment {
    let mut a = a.clone();
    for (_, question) in q.questions() {
        a.set_response(&question.id, None);
    }
    a
}

/// Only every fifth question answered.
fn partial(q: &Questionnaire, a: &Assessment) -> Assessment {
    let mut a = a.clone();
    for (i, (_, question)) in q.questions().enumerate() {
        if i % 5 != 0 {
            a.set_response(&question.id, None);
        }
    }
    a
}

/// The mini questionnaire cut to its first two fields, with an assessment.
fn two_fields() -> (Questionnaire, Assessment) {
    let path =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/mini-questionnaire.ron");
    let mut q = reifegrad::model::load_questionnaire(&path).unwrap();
    q.dimensions.truncate(2);
    let bundled = bundled_questionnaire().unwrap();
    let mut a = Assessment::new(
        &q,
        example_assessment(&bundled).profile,
        example_assessment(&bundled).date,
    );
    for (i, (_, question)) in q.questions().enumerate() {
        a.set_response(&question.id, Some(Response::Level([3, 1, 2, 0][i % 4])));
    }
    (q, a)
}

/// (name, questionnaire, assessment) for every state.
fn states() -> Vec<(&'static str, Questionnaire, Assessment)> {
    let raw = bundled_questionnaire().unwrap();
    let a = example_assessment(&raw);
    // The names of the bodies filled in, as the app and the CLI do.
    let q = reifegrad::model::council::resolve_questionnaire(&raw, &a.profile);
    let (q2, a2) = two_fields();
    vec![
        ("empty", q.clone(), empty(&q, &a)),
        ("partial", q.clone(), partial(&q, &a)),
        ("all-0", q.clone(), all_at(&q, &a, 0)),
        ("all-4", q.clone(), all_at(&q, &a, 4)),
        ("example", q.clone(), a.clone()),
        ("planned", q.clone(), with_plan(&q, a.clone())),
        ("two-fields", q2, a2),
    ]
}

/// The content lines of each page (page furniture left out), in order.
fn lines(pages: &[Page]) -> Vec<Vec<(Role, f32, String)>> {
    pages
        .iter()
        .map(|page| {
            let mut stack: Vec<Role> = Vec::new();
            let mut out = Vec::new();
            for item in &page.items {
                match item {
                    Item::Begin { role, .. } => stack.push(*role),
                    Item::End => {
                        stack.pop();
                    }
                    Item::Text { y, text, .. } if !stack.contains(&Role::Artifact) => {
                        let role = stack
                            .iter()
                            .rev()
                            .find(|r| matches!(r, Role::H1 | Role::H2 | Role::H3))
                            .copied()
                            .unwrap_or(Role::P);
                        out.push((role, *y, text.clone()));
                    }
                    _ => {}
                }
            }
            out
        })
        .collect()
}

/// The text from the line after `start` up to (without) the first heading for which
/// `end` holds, white space collapsed.
fn between(
    all: &[(Role, f32, String)],
    start: impl Fn(&(Role, f32, String)) -> bool,
    end: impl Fn(&(Role, f32, String)) -> bool,
) -> String {
    let from = all.iter().position(start).expect("the start line") + 1;
    let to = all[from..]
        .iter()
        .position(end)
        .map_or(all.len(), |i| from + i);
    all[from..to]
        .iter()
        .map(|(_, _, t)| t.as_str())
        .collect::<Vec<_>>()
        .join(" ")
        .replace('\u{a0}', " ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

struct Rendered {
    name: String,
    pages: Vec<Page>,
    /// All content lines, pages joined.
    all: Vec<(Role, f32, String)>,
    /// All text, white space collapsed.
    text: String,
}

fn render(name: &str, q: &Questionnaire, a: &Assessment, lang: Lang) -> Rendered {
    let analysis = reifegrad::analysis::analyse(q, a, None, None);
    let input = ReportInput::new(&analysis, a, lang);
    let pages = layout(&input).unwrap();
    if let Some(dir) = std::env::var_os("REIFEGRAD_STATES_PDF") {
        let path = PathBuf::from(dir).join(format!("{name}-{lang:?}.pdf"));
        std::fs::write(path, render_pdf(&input).unwrap()).unwrap();
    }
    let all: Vec<_> = lines(&pages).into_iter().flatten().collect();
    let text = all
        .iter()
        .map(|(_, _, t)| t.as_str())
        .collect::<Vec<_>>()
        .join(" ")
        .replace('\u{a0}', " ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    Rendered {
        name: format!("{name} {lang:?}"),
        pages,
        all,
        text,
    }
}

fn all_reports() -> Vec<Rendered> {
    let mut out = Vec::new();
    for (name, q, a) in states() {
        for lang in [Lang::De, Lang::En] {
            out.push(render(name, &q, &a, lang));
        }
    }
    out
}

/// The summary's proposal and the Vorlage's, as printed.
fn proposals(r: &Rendered) -> (String, String) {
    let (same, proposal, facts) = if r.name.ends_with("De") {
        (
            "Wortlaut wie in der Beschlussvorlage",
            "Beschlussvorschlag",
            "Sachverhalt und Begründung",
        )
    } else {
        (
            "Worded as in the council proposal",
            "Proposed resolution",
            "Facts and reasons",
        )
    };
    let summary = between(
        &r.all,
        |(_, _, t)| t.starts_with(same),
        |(role, _, _)| *role == Role::H1,
    );
    let paper = between(
        &r.all,
        |(role, _, t)| *role != Role::P && t == proposal,
        |(role, _, t)| *role != Role::P && t == facts,
    );
    (summary, paper)
}

#[test]
fn the_summary_prints_the_vorlage_s_proposal_word_for_word() {
    for r in all_reports() {
        let (summary, paper) = proposals(&r);
        assert!(paper.contains("1. "), "{}: {paper}", r.name);
        assert_eq!(summary, paper, "{}", r.name);
    }
}

#[test]
fn each_state_resolves_what_is_true_for_it() {
    let reports = all_reports();
    let find = |name: &str| {
        reports
            .iter()
            .find(|r| r.name == format!("{name} De"))
            .unwrap()
    };
    let proposal = |name: &str| proposals(find(name)).1;

    let empty = proposal("empty");
    assert!(empty.contains("führt die Selbstbewertung durch"), "{empty}");
    assert!(!find("empty").text.contains("erreichte Niveau"));
    assert!(!empty.contains("Maßnahmen werden beschlossen"), "{empty}");
    assert!(!empty.contains("Maßnahmenplan"), "{empty}");
    assert!(!empty.contains('€'), "{empty}");
    assert!(!find("empty").text.contains("Maßnahmenplan 20"));

    let partial = proposal("partial");
    assert!(
        partial.contains("vervollständigt die Selbstbewertung"),
        "{partial}"
    );
    assert!(
        !partial.contains("Maßnahmen werden beschlossen"),
        "{partial}"
    );

    for low in ["all-0", "example"] {
        let text = proposal(low);
        assert!(text.contains("einen Maßnahmenplan"), "{low}: {text}");
        assert!(!text.contains("erreichte Niveau"), "{low}: {text}");
    }

    let top = find("all-4");
    let keep = proposal("all-4");
    assert!(keep.contains("hält das erreichte Niveau"), "{keep}");
    assert!(
        !top.text.contains("Maßnahmenplan auf Grundlage"),
        "no plan subject"
    );
    assert!(!top.text.contains("Haushaltsjahr"), "no costing table");
    assert!(!top.text.contains("fehlen noch"), "nothing missing");
    assert!(!top.text.contains("Zeitplan"), "no schedule");

    let planned = proposal("planned");
    assert!(
        planned.contains("Maßnahmen werden beschlossen"),
        "{planned}"
    );
    assert!(planned.contains("€"), "{planned}");
    assert!(planned.contains("wiederholt"), "{planned}");

    // Clerk's fields in every state; the Hessian town's paper comes from the Magistrat.
    for r in &reports {
        let de = r.name.ends_with("De");
        let wanted: &[&str] = if de {
            &[
                "Vorlage Nr. / Drucksache:",
                "Beratungsfolge:",
                "Anlage 1: Strategiepapier",
                "Vorgelegt von: Magistrat",
            ]
        } else {
            &[
                "Paper no.:",
                "Order of deliberation:",
                "Attachment 1: strategy outline",
                "Submitted by: Magistrat",
            ]
        };
        for w in wanted {
            assert!(r.text.contains(w), "{}: {w}", r.name);
        }
    }
}

#[test]
fn two_fields_are_counted_and_draw_no_radar() {
    let (q, a) = two_fields();
    let r = render("two-fields", &q, &a, Lang::De);
    assert!(
        r.text.contains("Profil der zwei Handlungsfelder"),
        "{}",
        r.text
    );
    assert!(!r.text.contains("vier Handlungsfelder"));
    assert!(r.text.contains("mindestens drei Handlungsfelder"));
    assert!(
        !r.text.contains("Eigene Werte"),
        "no legend without a radar"
    );
    let figures = r
        .pages
        .iter()
        .flat_map(|p| &p.items)
        .filter(|i| matches!(i, Item::Begin { role: Role::Figure, alt: Some(alt) } if alt.contains("Netzdiagramm")))
        .count();
    assert_eq!(figures, 0);
}

#[test]
fn no_state_has_a_nearly_empty_page_or_a_typographic_fault() {
    let fonts = Fonts::load().unwrap();
    let mut faults = Vec::new();
    let mut counts = Vec::new();
    for r in all_reports() {
        for fault in check(&r.pages, &fonts) {
            faults.push(format!("{}: {fault:?}", r.name));
        }
        let per_page = lines(&r.pages);
        let last = per_page.len() - 1;
        for (i, page) in per_page.iter().enumerate() {
            if i != last && page.len() < 6 {
                faults.push(format!(
                    "{}: page {} holds {} lines",
                    r.name,
                    i + 1,
                    page.len()
                ));
            }
        }
        counts.push(format!("{} {}", r.name, r.pages.len()));
        // The appendix (every question with its answer) is most of it; a plan adds the
        // adopted measures to the summary and the Vorlage.
        let limit = if r.name.starts_with("planned") {
            17
        } else {
            16
        };
        if r.pages.len() > limit {
            faults.push(format!("{}: {} pages", r.name, r.pages.len()));
        }
    }
    eprintln!("pages per state: {}", counts.join(", "));
    assert!(faults.is_empty(), "{}", faults.join("\n"));
}
