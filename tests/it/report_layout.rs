//! The report's typography, checked on the laid-out pages: no text under 9 pt, no text
//! outside the page, no overlapping text boxes, no lonely headings, orphans or widows —
//! for the example town (with and without a plan, peers and evidence, German and
//! English), every consistency fixture and the questionnaire 1.2 fixtures (legal duties,
//! names of bodies).

#![allow(clippy::unwrap_used)]

use crate::common;

use common::fixtures::{self, FIXTURES};
use common::plan::{with_evidence, with_plan};
use reifegrad::benchmark::{Benchmark, PeerGroup, bundled_benchmark};
use reifegrad::model::example::example_assessment;
use reifegrad::model::{Assessment, Date, Questionnaire, Response, bundled_questionnaire};
use reifegrad::progress::{History, LinkedAssessment, build_history};
use reifegrad::report::fonts::Fonts;
use reifegrad::report::layout::{Colour, Item, Page, Role, check};
use reifegrad::report::{ReportInput, layout};
use reifegrad::text::Lang;
use std::path::PathBuf;

fn pages(
    q: &Questionnaire,
    a: &Assessment,
    peers: Option<(&Benchmark, PeerGroup)>,
    lang: Lang,
) -> Vec<Page> {
    pages_with_history(q, a, peers, None, lang)
}

fn pages_with_history(
    q: &Questionnaire,
    a: &Assessment,
    peers: Option<(&Benchmark, PeerGroup)>,
    history: Option<History>,
    lang: Lang,
) -> Vec<Page> {
    let analysis = reifegrad::analysis::analyse(q, a, peers, history);
    layout(&ReportInput::new(&analysis, a, lang)).unwrap()
}

/// The example town a year earlier, with every third answer one level apart (so the
/// section on what changed lists questions such as „2.10“).
fn a_year_earlier(q: &Questionnaire, a: &Assessment) -> History {
    let mut earlier = a.clone();
    earlier.date = Date::new(2025, 11, 12).unwrap();
    for d in &q.dimensions {
        for (i, question) in d.questions.iter().enumerate().filter(|(i, _)| i % 3 == 0) {
            if let Some(Response::Level(l)) = a.response(&question.id) {
                let then = if (i / 3) % 2 == 0 {
                    l.saturating_sub(1)
                } else {
                    (l + 1).min(4)
                };
                earlier.set_response(&question.id, Some(Response::Level(then)));
            }
        }
    }
    let linked = LinkedAssessment {
        path: PathBuf::from("lindenhagen-2025.ron"),
        assessment: earlier,
        unmatched: Vec::new(),
        warnings: Vec::new(),
    };
    build_history(q, a, None, vec![linked], Vec::new())
}

/// The example town after a workshop of four: every fourth question voted on, with a
/// spread of two or more levels (so the discussion list holds codes such as „2.12“).
fn after_a_workshop(q: &Questionnaire, a: &Assessment) -> Assessment {
    let mut a = a.clone();
    let raters: Vec<String> = ["Hauptamt", "Kämmerei", "Bauamt", "Bürgerbüro"]
        .iter()
        .map(|name| a.add_rater(name))
        .collect();
    for d in &q.dimensions {
        for question in d.questions.iter().skip(1).step_by(4) {
            for (rater, level) in raters.iter().zip([0, 2, 2, 4]) {
                a.set_vote(&question.id, rater, Some(Response::Level(level)))
                    .unwrap();
            }
        }
    }
    a
}

/// Every report the checks run over: (name, pages).
fn reports() -> Vec<(String, Vec<Page>)> {
    let mut out = Vec::new();
    let q = bundled_questionnaire().unwrap();
    let a = example_assessment(&q);
    let bundled = bundled_benchmark().unwrap();
    let peers = Some((&bundled, PeerGroup::whole()));
    let full = with_evidence(&q, with_plan(&q, a.clone()));
    let mut long_name = a.clone();
    long_name.profile.name = "Verbandsgemeinde Hochwald-Obermosel-Saar-Ruwer-Hunsrück im Landkreis Trier-Saarburg-Bernkastel-Wittlich".into();
    for lang in [Lang::De, Lang::En] {
        out.push((
            format!("example with a long name and peers {lang:?}"),
            pages(&q, &long_name, peers, lang),
        ));
        let workshop = pages(&q, &after_a_workshop(&q, &a), None, lang);
        let has_list = workshop.iter().flat_map(|p| &p.items).any(|i| {
            matches!(i, Item::Text { text, .. } if text == "Diskussionsliste" || text == "Discussion list")
        });
        assert!(has_list, "the workshop report has its discussion list");
        out.push((format!("example after a workshop {lang:?}"), workshop));
        out.push((
            format!("example with history {lang:?}"),
            pages_with_history(&q, &a, None, Some(a_year_earlier(&q, &a)), lang),
        ));
        out.push((format!("example {lang:?}"), pages(&q, &a, None, lang)));
        out.push((
            format!("example with plan and evidence {lang:?}"),
            pages(&q, &full, None, lang),
        ));
        out.push((
            format!("example with peers {lang:?}"),
            pages(&q, &a, peers, lang),
        ));
    }
    // Questionnaire 1.2: open and unclear legal duties, names of bodies filled in.
    let q12 = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/q12");
    let raw = reifegrad::model::load_questionnaire(&q12.join("questionnaire.ron")).unwrap();
    for name in ["hessen-stadt", "bayern-gemeinde", "landkreis"] {
        let a = reifegrad::model::open_assessment(&q12.join(format!("{name}.ron")), &raw)
            .unwrap()
            .assessment;
        let q = reifegrad::model::council::resolve_questionnaire(&raw, &a.profile);
        for lang in [Lang::De, Lang::En] {
            out.push((format!("q12 {name} {lang:?}"), pages(&q, &a, None, lang)));
        }
    }
    let fq = fixtures::questionnaire();
    let fb = fixtures::benchmark();
    for f in FIXTURES {
        let fa = f.assessment(&fq);
        let peers = f.with_peers.then(|| (&fb, PeerGroup::whole()));
        for lang in [Lang::De, Lang::En] {
            out.push((
                format!("fixture {} {lang:?}", f.name),
                pages(&fq, &fa, peers, lang),
            ));
        }
    }
    out
}

#[test]
fn no_report_has_a_typographic_fault() {
    let fonts = Fonts::load().unwrap();
    let mut all = Vec::new();
    for (name, pages) in reports() {
        for fault in check(&pages, &fonts) {
            all.push(format!("{name}: {fault:?}"));
        }
    }
    let small = all.iter().filter(|f| f.contains("TooSmall")).count();
    assert!(
        all.is_empty(),
        "{} faults ({small} text runs under 9 pt):\n{}",
        all.len(),
        all.join("\n")
    );
}

#[test]
fn body_text_is_at_least_ten_points() {
    // Body: paragraphs and list items in the text colour, outside figures, tables and
    // page furniture, before the appendix (which may use 9 pt).
    let mut small = Vec::new();
    for (name, pages) in reports() {
        let mut stack: Vec<Role> = Vec::new();
        let mut heading = String::new();
        let mut in_appendix = false;
        'pages: for (p, page) in pages.iter().enumerate() {
            for item in &page.items {
                match item {
                    Item::Begin { role, .. } => stack.push(*role),
                    Item::End => {
                        stack.pop();
                    }
                    Item::Text { text, style, .. } => {
                        if stack.contains(&Role::H1) {
                            heading = text.clone();
                            in_appendix =
                                heading.starts_with("Anhang") || heading.starts_with("Appendix");
                        }
                        if in_appendix {
                            break 'pages;
                        }
                        let body = stack.iter().any(|r| matches!(r, Role::P | Role::LBody))
                            && !stack.iter().any(|r| {
                                matches!(
                                    r,
                                    Role::Figure | Role::Table | Role::Artifact | Role::Caption
                                )
                            })
                            && style.colour == Colour::TEXT;
                        if body && style.size < 10.0 {
                            small
                                .push(format!("{name} p{p} ({heading}) {} pt: {text}", style.size));
                        }
                    }
                    _ => {}
                }
            }
        }
    }
    assert!(
        small.is_empty(),
        "{} body lines under 10 pt:\n{}",
        small.len(),
        small.join("\n")
    );
}

#[test]
fn a_long_name_is_shortened_in_the_footer_but_the_date_stays() {
    let q = bundled_questionnaire().unwrap();
    let mut a = example_assessment(&q);
    a.profile.name = "Verbandsgemeinde Hochwald-Obermosel-Saar-Ruwer-Hunsrück im Landkreis Trier-Saarburg-Bernkastel-Wittlich".into();
    let pages = pages(&q, &a, None, Lang::De);
    let footers: Vec<&String> = pages
        .iter()
        .filter_map(|p| {
            p.items.iter().rev().find_map(|i| match i {
                Item::Text { text, .. } if text.contains("Digitaler Reifegrad") => Some(text),
                _ => None,
            })
        })
        .collect();
    assert_eq!(footers.len(), pages.len());
    for footer in footers {
        assert!(footer.starts_with("Verbandsgemeinde Hochwald"), "{footer}");
        assert!(
            footer.ends_with("… · Digitaler Reifegrad · 12.11.2026"),
            "{footer}"
        );
    }
}
