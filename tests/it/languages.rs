//! One language at a time: the app's main views, the PDF and the CLI in German show no
//! text of the English catalogue, and in English none of the German one.

use crate::common::app::{example_file, harness};
use crate::common::cli::{command, path_str, stderr};
use egui_kittest::kittest::{NodeT, Queryable, by};
use reifegrad::text::Lang;
use reifegrad::text::catalogue::plain_messages;
use reifegrad::ui::app::Screen;
use std::sync::Arc;

/// The other language's messages that would give it away: texts of at least two words
/// (one of them four letters or more) that the shown language words differently.
fn giveaways(shown: Lang, other: Lang) -> Vec<&'static str> {
    let own: std::collections::HashSet<&str> = plain_messages(shown)
        .into_iter()
        .map(|(_, text)| text)
        .collect();
    plain_messages(other)
        .into_iter()
        .map(|(_, text)| text)
        .filter(|text| !own.contains(text))
        .filter(|text| {
            let words: Vec<&str> = text.split_whitespace().collect();
            words.len() >= 2
                && words
                    .iter()
                    .any(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 4)
        })
        .collect()
}

fn assert_no_giveaway(shown: Lang, what: &str, text: &str) {
    let other = match shown {
        Lang::De => Lang::En,
        Lang::En => Lang::De,
    };
    let text = text.replace('\u{a0}', " ");
    let found: Vec<&str> = giveaways(shown, other)
        .into_iter()
        .filter(|giveaway| text.contains(&giveaway.replace('\u{a0}', " ")))
        .collect();
    assert!(
        found.is_empty(),
        "{what} in {shown:?} shows {other:?} texts: {found:?}"
    );
}

/// Every label and value the app exposes to assistive technology on its current screen.
fn screen_text(h: &egui_kittest::Harness<'static, reifegrad::ui::ReifegradApp>) -> String {
    h.query_all(by().predicate(|_| true))
        .flat_map(|node| {
            let inner = node.accesskit_node();
            [inner.label(), inner.value()]
        })
        .flatten()
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn every_main_view_speaks_one_language() {
    let dir = tempfile::tempdir().unwrap();
    let file = example_file(dir.path());
    for lang in Lang::ALL {
        let mut h = harness(
            &dir.path().join("daten"),
            Arc::default(),
            Some(file.clone()),
        );
        h.state_mut().prefs.lang = lang;
        h.run();
        let mut seen = 0;
        for screen in [
            Screen::Start,
            Screen::Questions,
            Screen::Results,
            Screen::Plan,
            Screen::Discussion,
        ] {
            h.state_mut().screen = screen;
            h.state_mut().workshop_mode = screen == Screen::Discussion;
            h.run();
            let text = screen_text(&h);
            seen += text.len();
            assert_no_giveaway(lang, &format!("{screen:?}"), &text);
        }
        h.state_mut().open_view("help");
        h.run();
        assert_no_giveaway(lang, "help", &screen_text(&h));
        assert!(
            seen > 2_000,
            "{lang:?}: only {seen} characters of text seen"
        );
    }
}

#[test]
fn the_pdf_and_the_cli_speak_the_chosen_language() {
    let dir = tempfile::tempdir().unwrap();
    let file = example_file(dir.path());
    for (lang, flag) in [(Lang::De, "de"), (Lang::En, "en")] {
        let pdf = dir.path().join(format!("bericht-{flag}.pdf"));
        let output = command()
            .args([
                "report",
                path_str(&file),
                "-o",
                path_str(&pdf),
                "--lang",
                flag,
            ])
            .output()
            .unwrap();
        assert!(output.status.success(), "{}", stderr(&output));
        assert_no_giveaway(lang, "report's message", &stderr(&output));
        let text = crate::common::pdf::text(&std::fs::read(&pdf).unwrap());
        assert!(text.len() > 10_000);
        assert_no_giveaway(lang, "PDF", &text);

        let score = command()
            .args(["score", path_str(&file), "--lang", flag])
            .output()
            .unwrap();
        assert_no_giveaway(lang, "score", &String::from_utf8_lossy(&score.stdout));

        let broken = dir.path().join("kaputt.ron");
        std::fs::write(&broken, "Assessment(\n  profile: (name: 3),\n)").unwrap();
        let refused = command()
            .args(["score", path_str(&broken), "--lang", flag])
            .output()
            .unwrap();
        assert_eq!(refused.status.code(), Some(1));
        let message = stderr(&refused);
        assert!(message.contains("kaputt.ron:2:"), "{message}");
        assert_no_giveaway(lang, "error", &message);
    }
}

#[test]
fn the_cli_takes_its_language_from_the_environment_unless_told() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("fehlt.ron");
    let english = command()
        .env("LANG", "en_GB.UTF-8")
        .args(["score", path_str(&missing)])
        .output()
        .unwrap();
    let german = command()
        .env("LANG", "en_GB.UTF-8")
        .args(["score", path_str(&missing), "--lang", "de"])
        .output()
        .unwrap();
    assert_ne!(stderr(&english), stderr(&german));
    assert_no_giveaway(Lang::En, "LANG=en_GB", &stderr(&english));
    assert_no_giveaway(Lang::De, "--lang de", &stderr(&german));
    let by_default = command()
        .args(["score", path_str(&missing)])
        .output()
        .unwrap();
    assert_eq!(stderr(&by_default), stderr(&german), "German without LANG");
}
