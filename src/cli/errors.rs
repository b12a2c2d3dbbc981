//! Errors in words: the typed errors of the domain carry data (a [`Message`] of the
//! catalogue or their fields); this module words whichever of them an `anyhow::Error`
//! holds in the language the user reads, for the command line and the app.
//!
//! [`Message`]: crate::text::catalogue::Message

use crate::benchmark::generalise::TooFew;
use crate::files::{FileError, Refused};
use crate::model::date::DateError;
use crate::model::plan::PlanError;
use crate::report::ReportError;
use crate::text::Lang;
use crate::text::catalogue::Worded;
use crate::workshop::WorkshopError;
use std::error::Error;

/// `error` in `lang`: the first error of its chain (outermost first) that is one of the
/// program's typed errors, worded in `lang` (a [`FileError`] as one line
/// `FILE:LINE:COL: message` per problem); otherwise `error.to_string()`, as for errors of
/// the operating system, whose words come from the system.
pub(crate) fn describe(error: &anyhow::Error, lang: Lang) -> String {
    error
        .chain()
        .find_map(|cause| worded(cause, lang))
        .unwrap_or_else(|| error.to_string())
}

/// `error` in `lang` if it is one of the program's typed errors.
pub(crate) fn worded(error: &(dyn Error + 'static), lang: Lang) -> Option<String> {
    macro_rules! word_first_of {
        ($($t:ty),+ $(,)?) => {$(
            if let Some(typed) = error.downcast_ref::<$t>() {
                return Some(Worded::text(typed, lang));
            }
        )+};
    }
    word_first_of!(
        FileError,
        PlanError,
        DateError,
        WorkshopError,
        ReportError,
        crate::sheets::ExportError,
        TooFew,
        Refused,
        crate::progress::CompareFailed,
    );
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{open_assessment_text, parse_assessment, parse_questionnaire};
    use std::path::Path;

    const MINI: &str = include_str!("../../tests/fixtures/mini-questionnaire.ron");

    /// No German left in an English text: no umlaut, ß or German quote, none of the
    /// commonest German words.
    fn assert_english(text: &str) {
        assert!(!text.is_empty());
        assert!(
            !text.contains(['ä', 'ö', 'ü', 'Ä', 'Ö', 'Ü', 'ß', '„']),
            "German characters in: {text}"
        );
        for word in [
            "Die ", "Der ", "Das ", "nicht", "ist ", "und ", "eine ", "Datei", "Frage ", "Zeile",
            "Hinweis",
        ] {
            assert!(!text.contains(word), "German word {word:?} in: {text}");
        }
    }

    /// The mini questionnaire and an assessment of it (answers to „k1“ and „b2“) as RON.
    fn mini_assessment_text() -> (crate::model::Questionnaire, String) {
        use crate::model::{Assessment, Date, Response};
        let q = parse_questionnaire(Path::new("q.ron"), MINI).unwrap();
        let mut profile = crate::model::example::example_assessment(
            &crate::model::bundled_questionnaire().unwrap(),
        )
        .profile;
        profile.name = "Teststadt".into();
        let mut a = Assessment::new(&q, profile, Date::new(2026, 3, 1).unwrap());
        a.set_response("k1", Some(Response::Level(3)));
        a.set_response("b2", Some(Response::NotApplicable));
        (q, crate::files::to_ron(&a).unwrap())
    }

    #[test]
    fn a_ron_syntax_error_keeps_file_line_and_column_in_english() {
        let broken = MINI.replacen("id: \"k1\",", "id: \"k1\"", 1);
        let error = parse_questionnaire(Path::new("q.ron"), &broken).unwrap_err();
        let german = error.text(Lang::De);
        let english = error.text(Lang::En);
        assert_eq!(german, error.to_string());
        let position = |line: &str| line.split(": ").next().unwrap_or_default().to_string();
        assert_eq!(position(&english), position(&german));
        assert!(english.starts_with("q.ron:"), "{english}");
        assert!(
            english.contains("comma") || english.contains("Expected"),
            "{english}"
        );
        assert_english(english.trim_start_matches("q.ron"));
        let described = describe(&anyhow::Error::new(error), Lang::En);
        assert_eq!(described, english);
    }

    #[test]
    fn every_problem_of_a_malformed_questionnaire_has_its_english_line() {
        let broken = MINI.replacen("id: \"k1\",", "id: \"K 1\",", 1).replacen(
            "weight: 1.0",
            "weight: 0.0",
            1,
        );
        let error = parse_questionnaire(Path::new("q.ron"), &broken).unwrap_err();
        assert!(!error.problems.is_empty());
        let german: Vec<String> = error.text(Lang::De).lines().map(String::from).collect();
        let english: Vec<String> = error.text(Lang::En).lines().map(String::from).collect();
        assert_eq!(german.len(), english.len());
        for (de, en) in german.iter().zip(&english) {
            let at = |line: &str| line.split(": ").next().unwrap_or_default().to_string();
            assert_eq!(at(de), at(en));
            assert_ne!(de, en);
            assert_english(en.trim_start_matches("q.ron"));
        }
        assert!(
            english.iter().any(|l| l.contains("“K 1” is not valid")),
            "{english:?}"
        );
    }

    #[test]
    fn an_unknown_question_in_an_assessment_is_named_in_english() {
        let (q, text) = mini_assessment_text();
        let text = text.replace("\"k1\"", "\"k9\"");
        let error = open_assessment_text(Path::new("a.ron"), &text, &q).unwrap_err();
        let english = error.text(Lang::En);
        let german = error.text(Lang::De);
        let location = error.problems[0].location.unwrap();
        let prefix = format!("a.ron:{}:{}: ", location.line, location.col);
        assert!(german.starts_with(&prefix) && english.starts_with(&prefix));
        assert!(
            german.contains("Die Frage „k9“ gibt es im Fragebogen"),
            "{german}"
        );
        assert!(
            english.contains("has no question “k9”. Is the id misspelt?"),
            "{english}"
        );
        assert_english(&english);
    }

    #[test]
    fn warnings_start_with_note_in_english() {
        let (q, text) = mini_assessment_text();
        let text = text.replace("version: \"2\"", "version: \"1\"");
        let opened = open_assessment_text(Path::new("a.ron"), &text, &q).unwrap();
        let warning = &opened.warnings[0];
        let german = warning.line_for(Path::new("a.ron"), Lang::De);
        let english = warning.line_for(Path::new("a.ron"), Lang::En);
        assert!(
            german.contains(": Hinweis: Die Bewertung wurde mit Version 1"),
            "{german}"
        );
        assert!(
            english.contains(": Note: The assessment was made with version 1"),
            "{english}"
        );
        assert_english(&english);
    }

    #[test]
    fn a_newer_file_format_in_english() {
        let (_, text) = mini_assessment_text();
        let newer = text.replace("format_version: 1", "format_version: 7");
        let error = parse_assessment(Path::new("a.ron"), &newer).unwrap_err();
        let english = describe(&error.into(), Lang::En);
        assert!(english.contains("file format 7"), "{english}");
        assert_english(&english);
    }

    #[test]
    fn plan_workshop_date_and_report_errors_in_english() {
        let errors: Vec<anyhow::Error> = vec![
            PlanError::UnknownQuestion("k9".into()).into(),
            PlanError::UnknownMeasure {
                question: "k1".into(),
                from_level: 3,
            }
            .into(),
            PlanError::BadQuarter(5).into(),
            PlanError::BadDuration.into(),
            WorkshopError::UnknownRater("anna".into()).into(),
            WorkshopError::TooManyHands(900).into(),
            DateError("31.02.2026".into()).into(),
            ReportError::Font("DejaVuSans").into(),
            TooFew {
                have: 3,
                needed: 5,
                missing: 2,
            }
            .into(),
            Refused::ReadOnly.into(),
            crate::progress::CompareFailed.into(),
        ];
        for error in &errors {
            let english = describe(error, Lang::En);
            let german = describe(error, Lang::De);
            assert_eq!(german, error.to_string(), "Display is the German text");
            assert_ne!(english, german);
            assert_english(&english);
        }
        assert_eq!(
            describe(&errors[0], Lang::En),
            "The action plan names the unknown question “k9”."
        );
        assert_eq!(
            describe(&errors[4], Lang::En),
            "There is no participant with the id “anna”."
        );
        assert_eq!(
            describe(&errors[8], Lang::En),
            "Nothing written: only 3 entries. A benchmark file needs at least 5 \
             municipalities so that no one can be recognised; 2 are missing."
        );
    }

    #[test]
    fn other_errors_keep_their_own_words() {
        let io = std::io::Error::other("disk on fire");
        assert_eq!(describe(&io.into(), Lang::En), "disk on fire");
        let plain = anyhow::anyhow!("as given");
        assert_eq!(describe(&plain, Lang::En), "as given");
    }
}
