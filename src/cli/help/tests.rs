use super::*;
use crate::text::catalogue::{BUILT_AREA, message_keys, sources};
use std::collections::BTreeSet;

/// Every visible command's and argument's catalogue key, walking the definition.
fn keys_of(command: &clap::Command, key: &str, out: &mut BTreeSet<String>) {
    out.insert(key.to_string());
    for arg in command.get_arguments() {
        if !arg.is_hide_set() {
            out.insert(arg_key(key, arg.get_id().as_str()));
        }
    }
    for sub in command.get_subcommands().filter(|sub| !sub.is_hide_set()) {
        keys_of(sub, &sub_key(key, sub.get_name()), out);
    }
}

/// The (sub)command paths of the definition, e.g. `["benchmark", "merge"]`.
fn paths(command: &clap::Command, prefix: &[String], out: &mut Vec<Vec<String>>) {
    out.push(prefix.to_vec());
    for sub in command.get_subcommands().filter(|sub| !sub.is_hide_set()) {
        let mut path = prefix.to_vec();
        path.push(sub.get_name().to_string());
        paths(sub, &path, out);
    }
}

/// The help `reifegrad PATH --help` prints in `lang`.
fn help_of(path: &[String], lang: Lang) -> String {
    let mut args: Vec<OsString> = vec![PROGRAM.into()];
    args.extend(path.iter().map(OsString::from));
    args.push("--help".into());
    let error = command(lang).try_get_matches_from(args).unwrap_err();
    assert_eq!(error.kind(), ErrorKind::DisplayHelp, "{path:?}");
    error.to_string()
}

fn os(args: &[&str]) -> Vec<OsString> {
    args.iter().map(OsString::from).collect()
}

#[test]
fn the_definition_holds_in_both_languages() {
    for lang in Lang::ALL {
        command(lang).debug_assert();
    }
}

#[test]
fn every_command_and_argument_has_its_text_and_every_text_its_place() {
    let mut wanted = BTreeSet::new();
    keys_of(&Cli::command(), ROOT_KEY, &mut wanted);
    assert!(wanted.len() >= 60, "only {} texts", wanted.len());
    let source = include_str!("../help.rs");
    for lang in Lang::ALL {
        for key in &wanted {
            assert!(
                tr_built(lang, key, &[("default", TextArg::from("1"))]).is_some(),
                "{lang:?}: no help text {key}"
            );
        }
        let area: Vec<String> = sources(lang)
            .iter()
            .filter(|(area, _)| *area == BUILT_AREA)
            .flat_map(|(_, source)| message_keys(source))
            .collect();
        for key in area {
            assert!(
                wanted.contains(&key) || source.contains(&format!("\"{key}\"")),
                "{lang:?}: {key} belongs to no command, argument or use in help.rs"
            );
        }
    }
}

#[test]
fn the_german_help_has_no_english_words_of_clap_and_the_english_none_of_the_german() {
    let mut all = Vec::new();
    paths(&Cli::command(), &[], &mut all);
    assert!(all.len() >= 12, "{all:?}");
    for path in &all {
        let german = help_of(path, Lang::De);
        for english in [
            "Usage:",
            "Options:",
            "Arguments:",
            "Commands:",
            "Print help",
            "[default:",
            "[possible values",
        ] {
            assert!(
                !german.contains(english),
                "reifegrad {path:?} --help: {english}\n{german}"
            );
        }
        assert!(german.contains("Aufruf: reifegrad"), "{german}");
        assert!(german.contains("Diese Hilfe zeigen"), "{german}");
        let english = help_of(path, Lang::En);
        for word in ["Aufruf:", "Optionen", "Befehle", "Vorgabe"] {
            assert!(
                !english.contains(word),
                "reifegrad {path:?} --help: {word}\n{english}"
            );
        }
    }
    let score = help_of(&["score".to_string()], Lang::De);
    assert!(
        score.contains("--json") && score.contains("Ein JSON-Objekt statt einer Tabelle ausgeben.")
    );
    let generate = help_of(&["benchmark".to_string(), "generate".to_string()], Lang::De);
    assert!(
        generate.contains(&format!(
            "(Vorgabe: {}).",
            crate::benchmark::synthetic::DEFAULT_SEED
        )),
        "{generate}"
    );
}

#[test]
fn the_language_comes_from_lang_before_parsing() {
    assert_eq!(
        language_of(&os(&["reifegrad", "--lang", "en", "score", "a"])),
        Lang::En
    );
    assert_eq!(
        language_of(&os(&["reifegrad", "score", "a", "--lang=de"])),
        Lang::De
    );
    assert_eq!(
        language_of(&os(&["reifegrad", "--lang=en", "--lang", "de"])),
        Lang::De
    );
}

#[test]
fn mistakes_are_worded_in_the_user_s_language_with_the_command_to_ask() {
    let cases = [
        (
            vec!["reifegrad", "score", "a", "--jsn"],
            "Fehler: unbekanntes Argument „--jsn“",
            "Gemeint: „--json“?",
        ),
        (
            vec!["reifegrad", "report", "a"],
            "Fehler: es fehlt: --output <OUTPUT>",
            "Aufruf: reifegrad report",
        ),
        (
            vec!["reifegrad", "--lang", "xx"],
            "Fehler: ungültiger Wert „xx“ für --lang",
            "Möglich: de, en",
        ),
        (
            vec!["reifegrad", "survey"],
            "Fehler: es fehlt ein Befehl",
            "Mehr dazu: reifegrad survey --help",
        ),
        (
            vec!["reifegrad", "score", "a", "--json", "--json"],
            "Fehler: --json ist mehrfach angegeben",
            "Mehr dazu: reifegrad score --help",
        ),
    ];
    for (args, first, also) in cases {
        let args = os(&args);
        let error = parse_from(&args, Lang::De).unwrap_err();
        let text = describe_error(&error, &command_named(&args), Lang::De);
        assert!(text.starts_with(first), "{args:?}: {text}");
        assert!(text.contains(also), "{args:?}: {text}");
        assert!(
            !text.contains("Usage:") && !text.contains("error:"),
            "{text}"
        );
    }
    let args = os(&["reifegrad", "score", "a", "--jsn"]);
    let error = parse_from(&args, Lang::En).unwrap_err();
    let text = describe_error(&error, &command_named(&args), Lang::En);
    assert!(
        text.starts_with("error: unknown argument \"--jsn\""),
        "{text}"
    );
    assert!(
        text.contains("For more information, try: reifegrad score --help"),
        "{text}"
    );
}
