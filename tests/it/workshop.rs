//! Workshop votes through the library: consensus, discussion list, files round-tripping.

#![allow(clippy::unwrap_used)]

use reifegrad::files::to_ron;
use reifegrad::model::example::example_assessment;
use reifegrad::model::save_assessment;
use reifegrad::model::{
    Assessment, Questionnaire, Response, Tally, bundled_questionnaire, open_assessment_text,
};
use reifegrad::scoring::score;
use reifegrad::text::Lang;
use reifegrad::workshop::{
    ConsensusOutcome, Replace, WorkshopError, consensus_rule, discussion_list, has_votes, summary,
};
use std::path::Path;

fn example() -> (Questionnaire, Assessment) {
    let q = bundled_questionnaire().unwrap();
    let a = example_assessment(&q);
    (q, a)
}

fn question_ids(q: &Questionnaire) -> Vec<String> {
    q.questions().map(|(_, q)| q.id.clone()).collect()
}

#[test]
fn three_raters_vote_the_spread_is_flagged_and_the_agreed_level_scores() {
    let (q, mut a) = example();
    let ids = question_ids(&q);
    let first = &ids[0];
    let kaemmerei = a.add_rater("Kämmerei");
    let it = a.add_rater(" IT ");
    let hauptamt = a.add_rater("");
    assert_eq!(a.rater(&it).unwrap().label, "IT");
    assert_eq!(a.rater(&hauptamt).unwrap().label, "Person 3");
    a.rename_rater(&hauptamt, "Hauptamt").unwrap();

    a.set_response(first, None);
    let before = score(&q, &a);
    for (rater, level) in [(&kaemmerei, 1), (&it, 3), (&hauptamt, 4)] {
        a.set_vote(first, rater, Some(Response::Level(level)))
            .unwrap();
    }
    // Votes alone never score.
    assert_eq!(score(&q, &a), before);
    let s = summary(&a, first);
    assert_eq!(s.distribution.levels, [0, 1, 0, 1, 1]);
    assert_eq!(s.consensus, Some(3));
    assert_eq!(s.spread, Some(3));
    assert!(s.needs_discussion);
    assert_eq!(s.agreed, None);

    // The consensus fills an open agreed level.
    assert_eq!(
        a.apply_consensus(first, Replace::No),
        ConsensusOutcome::Applied(3)
    );
    assert_eq!(a.response(first), Some(Response::Level(3)));
    assert_ne!(score(&q, &a), before);

    // After discussion the facilitator agrees on 2; the consensus does not overwrite it.
    a.set_response(first, Some(Response::Level(2)));
    assert_eq!(
        a.apply_consensus(first, Replace::No),
        ConsensusOutcome::Kept {
            agreed: Response::Level(2),
            consensus: 3
        }
    );
    assert_eq!(a.response(first), Some(Response::Level(2)));
    assert!(summary(&a, first).agreed_differs());
    assert_eq!(
        a.apply_consensus(first, Replace::Yes),
        ConsensusOutcome::Applied(3)
    );
    assert_eq!(
        a.apply_consensus(first, Replace::Yes),
        ConsensusOutcome::Unchanged(3)
    );

    // Unknown raters and impossible levels are refused.
    assert_eq!(
        a.set_vote(first, "nobody", Some(Response::Level(1))),
        Err(WorkshopError::UnknownRater("nobody".into()))
    );
    assert_eq!(
        a.set_vote(first, &it, Some(Response::Level(5))),
        Err(WorkshopError::InvalidLevel(5))
    );
}

#[test]
fn votes_round_trip_through_the_file() {
    let (q, mut a) = example();
    let ids = question_ids(&q);
    let raters: Vec<String> = ["Hauptamt", "Kämmerei", "IT"]
        .iter()
        .map(|l| a.add_rater(l))
        .collect();
    for (i, id) in ids.iter().take(6).enumerate() {
        for (r, rater) in raters.iter().enumerate() {
            let vote = match (i + r) % 6 {
                5 => Response::DontKnow,
                n => Response::Level((n % 5) as u8),
            };
            a.set_vote(id, rater, Some(vote)).unwrap();
        }
    }
    a.set_tally(
        &ids[7],
        Tally {
            levels: [0, 2, 5, 1, 0],
            dont_know: 1,
            not_applicable: 0,
        },
    )
    .unwrap();
    a.set_hands(&ids[8], Response::Level(4), 3).unwrap();

    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("workshop.ron");
    save_assessment(&path, &a).unwrap();
    let text = std::fs::read_to_string(&path).unwrap();
    let opened = open_assessment_text(&path, &text, &q).unwrap();
    assert!(opened.warnings.is_empty(), "{:?}", opened.warnings);
    assert_eq!(opened.assessment, a);
    assert!(has_votes(&opened.assessment));
    assert_eq!(
        summary(&opened.assessment, &ids[7]).distribution.levels,
        [0, 2, 5, 1, 0]
    );
    assert_eq!(summary(&opened.assessment, &ids[7]).consensus, Some(2));
}

#[test]
fn an_old_file_without_votes_opens_and_saves_unchanged() {
    let (q, a) = example();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("alt.ron");
    save_assessment(&path, &a).unwrap();
    let original = std::fs::read_to_string(&path).unwrap();
    assert!(!original.contains("votes") && !original.contains("tally"));
    assert!(!original.contains("raters") && !original.contains("earlier"));

    let opened = open_assessment_text(&path, &original, &q).unwrap();
    assert_eq!(opened.assessment, a);
    assert!(!has_votes(&opened.assessment));
    assert!(discussion_list(&q, &opened.assessment).is_empty());
    let saved_again = to_ron(&opened.assessment).unwrap();
    assert_eq!(saved_again, original, "byte-for-byte the same file");
}

#[test]
fn removing_a_rater_removes_exactly_their_votes() {
    let (q, mut a) = example();
    let ids = question_ids(&q);
    let x = a.add_rater("Bauamt");
    let y = a.add_rater("Bürgerbüro");
    a.set_vote(&ids[0], &x, Some(Response::Level(1))).unwrap();
    a.set_vote(&ids[1], &x, Some(Response::Level(2))).unwrap();
    a.set_vote(&ids[1], &y, Some(Response::Level(2))).unwrap();
    let agreed = a.response(&ids[0]);
    assert_eq!(a.votes_of(&x), 2);
    let removed = a.remove_rater(&x).unwrap();
    assert_eq!(removed.rater.label, "Bauamt");
    assert_eq!(removed.votes_removed, 2);
    assert_eq!(a.vote(&ids[1], &y), Some(Response::Level(2)));
    assert_eq!(a.vote(&ids[0], &x), None);
    assert_eq!(a.response(&ids[0]), agreed, "agreed level untouched");
    assert!(a.remove_rater(&x).is_err());
    // A new participant does not inherit the removed one's id while another holds it.
    let z = a.add_rater("Kämmerei");
    assert!(a.rater(&z).is_some() && z != y);
}

#[test]
fn clearing_all_votes_on_an_unanswered_question_leaves_no_trace() {
    let q = bundled_questionnaire().unwrap();
    let mut a = example_assessment(&q);
    let id = question_ids(&q)[0].clone();
    a.answers.remove(&id);
    let before = a.clone();
    let r = a.add_rater("IT");
    let after_rater = a.clone();
    a.set_vote(&id, &r, Some(Response::Level(2))).unwrap();
    a.set_hands(&id, Response::Level(1), 2).unwrap();
    a.clear_votes(&id);
    assert_eq!(a, after_rater);
    a.remove_rater(&r).unwrap();
    assert_eq!(a, before);
}

#[test]
fn discussion_list_puts_most_disagreement_first() {
    let (q, mut a) = example();
    let ids = question_ids(&q);
    let r: Vec<String> = (0..4).map(|i| a.add_rater(&format!("P{i}"))).collect();
    let mut votes = |id: &str, levels: [u8; 4]| {
        for (rater, level) in r.iter().zip(levels) {
            a.set_vote(id, rater, Some(Response::Level(level))).unwrap();
        }
    };
    votes(&ids[0], [1, 1, 1, 3]); // spread 2, variance 0.75
    votes(&ids[1], [0, 0, 4, 4]); // spread 4, variance 4
    votes(&ids[2], [1, 1, 3, 3]); // spread 2, variance 1
    votes(&ids[3], [2, 2, 3, 3]); // spread 1: not listed
    votes(&ids[4], [1, 3, 3, 3]); // spread 2, variance 0.75, later than ids[0]
    votes(&ids[5], [0, 1, 2, 3]); // spread 3, variance 1.25
    let list = discussion_list(&q, &a);
    let order: Vec<&str> = list.iter().map(|i| i.question_id.as_str()).collect();
    assert_eq!(order, [&ids[1], &ids[5], &ids[2], &ids[0], &ids[4]]);
    assert_eq!(list[0].summary.consensus, Some(0));
    assert_eq!(list[1].summary.consensus, Some(1));
    assert!(list[0].code.starts_with("1."));
}

#[test]
fn the_rule_is_stated_in_both_languages() {
    assert!(consensus_rule(Lang::De).contains("niedrigere der beiden mittleren Stufen"));
    assert!(consensus_rule(Lang::En).contains("lower of the two middle levels"));
}

#[test]
fn bad_votes_in_a_file_are_reported_with_position() {
    let (q, mut a) = example();
    let id = question_ids(&q)[0].clone();
    let r = a.add_rater("IT");
    a.set_vote(&id, &r, Some(Response::Level(2))).unwrap();
    a.set_hands(&id, Response::Level(1), 2).unwrap();
    let text = to_ron(&a).unwrap();
    let broken = text
        .replacen(&format!("\"{r}\": Level(2)"), "\"t9\": Level(2)", 1)
        .replacen("levels: (0, 2", "levels: (0, 5000", 1);
    assert_ne!(broken, text);
    let error = open_assessment_text(Path::new("w.ron"), &broken, &q).unwrap_err();
    let message = error.to_string();
    assert!(message.contains("„t9“"), "{message}");
    assert!(message.contains("5000 Handzeichen"), "{message}");
    for line in message.lines() {
        let mut parts = line.split(':');
        assert_eq!(parts.next(), Some("w.ron"));
        assert!(parts.next().unwrap().parse::<usize>().is_ok(), "{line}");
        assert!(parts.next().unwrap().parse::<usize>().is_ok(), "{line}");
    }
}
