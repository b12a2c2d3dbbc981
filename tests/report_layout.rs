//! The report's typography, checked on the laid-out pages: no text under 9 pt, no text
//! outside the page, no overlapping text boxes, no lonely headings, orphans or widows —
//! for the example town (with and without a plan, peers and evidence, German and
//! English) and every consistency fixture.

#![allow(clippy::unwrap_used)]

mod common;

use common::fixtures::{self, FIXTURES};
use common::plan::{with_evidence, with_plan};
use reifegrad::benchmark::{Benchmark, PeerGroup, bundled_benchmark};
use reifegrad::example::example_assessment;
use reifegrad::model::{Assessment, Questionnaire, bundled_questionnaire};
use reifegrad::report::fonts::Fonts;
use reifegrad::report::layout::{Colour, Item, Page, Role, check};
use reifegrad::report::{ReportInput, layout};
use reifegrad::text::Lang;

fn pages(
    q: &Questionnaire,
    a: &Assessment,
    peers: Option<(&Benchmark, PeerGroup)>,
    lang: Lang,
) -> Vec<Page> {
    let analysis = reifegrad::analysis::analyse(q, a, peers, None);
    layout(&ReportInput::new(&analysis, a, lang)).unwrap()
}

/// Every report the checks run over: (name, pages).
fn reports() -> Vec<(String, Vec<Page>)> {
    let mut out = Vec::new();
    let q = bundled_questionnaire().unwrap();
    let a = example_assessment(&q);
    let bundled = bundled_benchmark().unwrap();
    let peers = Some((&bundled, PeerGroup::whole()));
    let full = with_evidence(&q, with_plan(&q, a.clone()));
    for lang in [Lang::De, Lang::En] {
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
