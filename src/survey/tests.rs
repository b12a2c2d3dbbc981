#![allow(clippy::unwrap_used)]

use super::answers::*;
use super::import::*;
use super::privacy::*;
use super::*;
use crate::model::{LevelCounts, bundled_questionnaire};
use crate::text::Lang;

fn kit(groups: &[&str]) -> StaffSurvey {
    let q = bundled_questionnaire().unwrap();
    let groups: Vec<String> = groups.iter().map(|g| g.to_string()).collect();
    new_survey(&q, &[], &groups, Date::new(2026, 3, 1).unwrap()).unwrap()
}

fn sheet(survey: &StaffSurvey, id: &str, group: &str, levels: &[u8]) -> StaffAnswers {
    StaffAnswers {
        format_version: 1,
        survey: survey.id.clone(),
        questionnaire: survey.questionnaire.clone(),
        id: id.to_string(),
        group: group.to_string(),
        answers: survey
            .questions
            .iter()
            .zip(levels)
            .map(|(q, l)| (q.clone(), StaffResponse::Level(*l)))
            .collect(),
    }
}

fn id(n: usize) -> String {
    format!("{n:012x}")
}

#[test]
fn the_default_kit_asks_culture_and_resources_questions_only_and_at_most_15() {
    let q = bundled_questionnaire().unwrap();
    let survey = kit(&[]);
    assert_eq!(survey.questions.len(), MAX_QUESTIONS);
    for question in &survey.questions {
        assert!(
            question.starts_with("kultur.") || question.starts_with("ressourcen."),
            "{question}"
        );
    }
    assert!(valid_id(&survey.id));
    assert_eq!(survey.questionnaire.version, q.version);
    // A back-end question is not for staff unless the questionnaire marks it.
    let date = Date::new(2026, 3, 1).unwrap();
    let backend = vec!["backend.e-akte".to_string()];
    assert_eq!(
        new_survey(&q, &backend, &[], date),
        Err(KitError::NotForStaff("backend.e-akte".into()))
    );
    let mut marked = q.clone();
    for d in &mut marked.dimensions {
        for question in &mut d.questions {
            if question.id == "backend.e-akte" {
                question.staff_survey = Some(true);
            }
        }
    }
    assert!(new_survey(&marked, &backend, &[], date).is_ok());
    let too_many: Vec<String> = q.staff_questions().take(16).map(|q| q.id.clone()).collect();
    assert_eq!(
        new_survey(&q, &too_many, &[], date),
        Err(KitError::TooManyQuestions(16))
    );
    let twice = vec!["Bauamt".to_string(), " Bauamt ".to_string()];
    assert!(matches!(
        new_survey(&q, &[], &twice, date),
        Err(KitError::BadGroup(_))
    ));
}

#[test]
fn an_answer_sheet_counts_once_and_only_counts_are_kept() {
    let mut survey = kit(&["Bauamt"]);
    let a = sheet(&survey, &id(1), "Bauamt", &[1, 2, 3]);
    add_answers(&mut survey, &a).unwrap();
    assert_eq!(add_answers(&mut survey, &a), Err(Refusal::Duplicate));
    let first = &survey.questions[0];
    assert_eq!(survey.counts[first]["Bauamt"].levels, [0, 1, 0, 0, 0]);
    assert_eq!(survey.sheet_count(), 1);
    assert_eq!(survey.seen.len(), 1);
    // The saved survey holds no sheet: no answer id next to its answers.
    let text = crate::files::to_ron(&survey).unwrap();
    assert_eq!(text.matches(&id(1)).count(), 1, "{text}");
}

#[test]
fn foreign_and_broken_sheets_are_refused_and_change_nothing() {
    let mut survey = kit(&["Bauamt"]);
    let before = survey.clone();
    let mut other = sheet(&survey, &id(1), "", &[1]);
    other.survey = "000000000000".into();
    assert!(matches!(
        add_answers(&mut survey, &other),
        Err(Refusal::OtherSurvey { .. })
    ));
    let mut old = sheet(&survey, &id(2), "", &[1]);
    old.questionnaire.version = "1.1".into();
    let refusal = add_answers(&mut survey, &old).unwrap_err();
    assert!(refusal.message(Lang::De).contains("kommunal-reifegrad 1.1"));
    assert!(refusal.message(Lang::En).contains("questionnaire"));
    let stranger = sheet(&survey, &id(3), "Kämmerei", &[1]);
    assert_eq!(
        add_answers(&mut survey, &stranger),
        Err(Refusal::UnknownGroup("Kämmerei".into()))
    );
    // The last answer is bad: the good ones before it must not be counted either.
    let bad = sheet(&survey, &id(4), "", &[1, 2, 9]);
    assert!(matches!(
        add_answers(&mut survey, &bad),
        Err(Refusal::BadLevel { level: 9, .. })
    ));
    assert_eq!(survey, before);
}

#[test]
fn a_code_carries_the_same_answers_and_a_typo_is_caught() {
    let mut survey = kit(&["Bauamt", "Kämmerei"]);
    let mut a = sheet(&survey, &id(7), "Kämmerei", &[0, 4, 2]);
    a.answers
        .insert(survey.questions[5].clone(), StaffResponse::DontKnow);
    let code = encode_code(&survey, &a);
    assert!(code.starts_with("RS1-"), "{code}");
    assert!(code.len() < 60, "{code}");
    assert_eq!(decode_code(&survey, &code).unwrap(), a);
    assert_eq!(decode_code(&survey, &code.to_lowercase()).unwrap(), a);
    // One answer changed: the check digits no longer fit.
    let typo = code.replacen("-042", "-043", 1);
    assert_ne!(typo, code);
    assert_eq!(decode_code(&survey, &typo), Err(CodeError::Checksum));
    assert_eq!(decode_code(&survey, "hallo"), Err(CodeError::Shape));
    add_code(&mut survey, &code).unwrap();
    assert_eq!(add_code(&mut survey, &code), Err(Refusal::Duplicate));
}

#[test]
fn a_tally_adds_counts_once_per_bundle_and_is_checked() {
    let mut survey = kit(&["Bauamt"]);
    let mut tally = tally_template(&survey, "Bauamt");
    assert_eq!(add_tally(&mut survey, &tally), Err(Refusal::BadTally));
    tally.bundle = "Bauamt 1".into();
    tally.sheets = 6;
    let first = survey.questions[0].clone();
    tally.counts.insert(
        first.clone(),
        LevelCounts {
            levels: [1, 2, 2, 0, 0],
            dont_know: 1,
        },
    );
    add_tally(&mut survey, &tally).unwrap();
    assert_eq!(add_tally(&mut survey, &tally), Err(Refusal::Duplicate));
    assert_eq!(survey.counts[&first]["Bauamt"].n(), 5);
    assert_eq!(survey.sheets["Bauamt"], 6);
    // The label is not kept, only a hash of it.
    assert!(!crate::files::to_ron(&survey).unwrap().contains("Bauamt 1"));
    let mut too_many = tally.clone();
    too_many.bundle = "Bauamt 2".into();
    too_many.sheets = 2;
    assert_eq!(add_tally(&mut survey, &too_many), Err(Refusal::BadTally));
}

#[test]
fn a_broken_file_names_itself_and_the_others_still_count() {
    let dir = tempfile::tempdir().unwrap();
    let mut survey = kit(&[]);
    let mut paths = Vec::new();
    for n in 0..3 {
        let path = dir.path().join(format!("a{n}.ron"));
        let text = crate::files::to_ron(&sheet(&survey, &id(n), "", &[2])).unwrap();
        std::fs::write(&path, text).unwrap();
        paths.push(path);
    }
    let broken = dir.path().join("kaputt.ron");
    std::fs::write(
        &broken,
        "StaffAnswers(\n    format_version: 1,\n    survey: 42,\n)\n",
    )
    .unwrap();
    paths.insert(1, broken.clone());
    let other = dir.path().join("fragebogen.ron");
    std::fs::write(&other, "Questionnaire(id: \"x\")").unwrap();
    paths.push(other);
    paths.push(paths[0].clone());
    let report = import_files(&mut survey, &paths);
    assert_eq!(report.added, 3);
    assert_eq!(report.duplicates.len(), 1);
    assert_eq!(report.refused.len(), 2);
    let message = report.refused[0].1.message(Lang::De);
    assert!(message.contains("kaputt.ron:3:13:"), "{message}");
    let message = report.refused[1].1.message(Lang::De);
    assert!(message.contains("fragebogen.ron:1:1:"), "{message}");
    assert!(message.contains("StaffAnswers"), "{message}");
}

/// A survey with `sizes` answers (all at level 2) per group, `ungrouped` without a group.
fn sized(sizes: &[(&str, u32)], ungrouped: u32) -> StaffSurvey {
    let names: Vec<&str> = sizes.iter().map(|(g, _)| *g).collect();
    let mut survey = kit(&names);
    let mut n = 0;
    for (group, size) in sizes.iter().copied().chain([("", ungrouped)]) {
        for _ in 0..size {
            n += 1;
            let a = sheet(&survey, &id(n), group, &[2]);
            add_answers(&mut survey, &a).unwrap();
        }
    }
    survey
}

#[test]
fn nothing_shows_below_k_answers() {
    let survey = sized(&[], 4);
    let q = &survey.questions[0];
    let v = visible(&survey, q, K);
    assert_eq!(v.all, None);
    assert_eq!(v.n_all, 4);
    let survey = sized(&[], 5);
    assert_eq!(visible(&survey, q, K).all.unwrap().n(), 5);
}

#[test]
fn a_group_shows_only_with_k_answers_and_never_its_dont_knows() {
    let mut survey = sized(&[("Bauamt", 6), ("Kämmerei", 5)], 0);
    let q = survey.questions[0].clone();
    let mut dk = sheet(&survey, &id(99), "Bauamt", &[]);
    dk.answers.insert(q.clone(), StaffResponse::DontKnow);
    add_answers(&mut survey, &dk).unwrap();
    let v = visible(&survey, &q, K);
    assert_eq!(v.all.unwrap().dont_know, 1);
    assert_eq!(v.groups[0].1.unwrap().n(), 6);
    assert_eq!(v.groups[0].1.unwrap().dont_know, 0);
    assert_eq!(v.groups[1].1.unwrap().n(), 5);
}

#[test]
fn no_group_shows_whose_complement_would_isolate_fewer_than_k() {
    // All 12 and Bauamt 8 would give Kämmerei's 4 by subtraction: Bauamt is hidden too.
    let survey = sized(&[("Bauamt", 8), ("Kämmerei", 4)], 0);
    let q = &survey.questions[0];
    let v = visible(&survey, q, K);
    assert_eq!(v.all.unwrap().n(), 12);
    assert_eq!(
        v.groups,
        vec![("Bauamt".into(), None), ("Kämmerei".into(), None)]
    );
    // One person who named no group is a complement of one as well: the Kämmerei is
    // hidden, which leaves 7 that cannot be told apart.
    let survey = sized(&[("Bauamt", 8), ("Kämmerei", 6)], 1);
    let v = visible(&survey, q, K);
    assert_eq!(v.groups[0].1.unwrap().n(), 8, "{v:?}");
    assert_eq!(v.groups[1].1, None, "{v:?}");
    // Three groups: hiding the smallest showing one makes the rest at least k.
    let survey = sized(&[("Bauamt", 9), ("Kämmerei", 5), ("Hauptamt", 2)], 0);
    let v = visible(&survey, q, K);
    assert_eq!(v.groups[0].1.unwrap().n(), 9);
    assert_eq!(v.groups[1].1, None);
    assert_eq!(v.groups[2].1, None);
    // Every shown figure rests on k or more, and what is hidden adds up to 0 or k or more.
    for (sizes, ungrouped) in [
        (vec![("A", 5), ("B", 5), ("C", 5)], 0),
        (vec![("A", 5), ("B", 5), ("C", 1)], 3),
        (vec![("A", 7), ("B", 6), ("C", 5)], 2),
        (vec![("A", 20), ("B", 4)], 4),
    ] {
        let survey = sized(&sizes, ungrouped);
        let v = visible(&survey, q, K);
        let shown: u32 = v.groups.iter().filter_map(|(_, c)| c.map(|c| c.n())).sum();
        let hidden = v.n_all - shown;
        assert!(hidden == 0 || hidden >= K, "{sizes:?}+{ungrouped}: {v:?}");
        assert!(v.groups.iter().all(|(_, c)| c.is_none_or(|c| c.n() >= K)));
    }
}

#[test]
fn the_median_takes_the_middle_answer() {
    let counts = |levels| LevelCounts {
        levels,
        dont_know: 3,
    };
    assert_eq!(median(&counts([0, 0, 0, 0, 0])), None);
    assert_eq!(median(&counts([1, 3, 1, 0, 0])), Some(1.0));
    assert_eq!(median(&counts([1, 1, 1, 1, 0])), Some(1.5));
    assert_eq!(median(&counts([0, 0, 0, 0, 7])), Some(4.0));
}

#[test]
fn the_html_form_loads_nothing_and_embeds_the_kit() {
    let q = bundled_questionnaire().unwrap();
    let survey = kit(&["Bau</script>amt"]);
    let html = html::form_html(&survey, &q, Lang::De);
    assert!(html.contains("default-src 'none'"));
    assert!(html.contains("form-action 'none'"));
    assert!(!html.contains("http://") && !html.contains("https://"));
    assert!(!html.contains("src=") && !html.contains("<link"));
    assert!(!html.contains("Bau</script>amt"));
    assert!(html.contains(&survey.id));
    assert!(html.contains("Mitarbeitendenbefragung"));
    assert!(html.contains("<html lang=\"de-DE\">"));
    let english = html::form_html(&survey, &q, Lang::En);
    assert!(english.contains("Staff survey"));
}
