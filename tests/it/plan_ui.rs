//! The „Maßnahmenplan“ view driven through egui_kittest: take a measure into the plan,
//! give it an owner and a cost, save, and read the file back.

#![allow(clippy::unwrap_used)]

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use reifegrad::analysis::analyse;
use reifegrad::model::example::example_assessment;
use reifegrad::model::{Questionnaire, bundled_questionnaire, open_assessment};
use reifegrad::session::Session;
use reifegrad::text::Lang;
use reifegrad::ui::command::{Command, Edit};
use reifegrad::ui::plan_ui::PlanView;
use std::time::Instant;

struct State {
    questionnaire: Questionnaire,
    session: Session,
    view: PlanView,
}

#[test]
fn a_measure_taken_into_the_plan_is_saved_with_owner_and_cost() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.ron");
    let questionnaire = bundled_questionnaire().unwrap();
    let assessment = example_assessment(&questionnaire);
    let state = State {
        session: Session::for_file(assessment, path.clone()),
        questionnaire,
        view: PlanView::default(),
    };
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1200.0, 900.0))
        .build_ui_state(
            |ui, s: &mut State| {
                // As the app does: the view reads the analysis and returns a command.
                let analysis = analyse(&s.questionnaire, &s.session.assessment, None, None);
                if let Some(Command::Edit(Edit::SetPlan(plan))) =
                    s.view.ui(ui, &analysis, &s.session, Lang::De)
                {
                    s.session.edit(Instant::now(), |a| a.plan = *plan);
                }
            },
            state,
        );
    harness.run();
    assert!(harness.state().session.assessment.plan.is_empty());

    harness.get_by_label_contains("In den Plan: 1 ").click();
    harness.run();
    assert_eq!(harness.state().session.assessment.plan.measures.len(), 1);

    harness.get_by_label("Verantwortlich").click();
    harness.run();
    harness.get_by_label("Verantwortlich").type_text("Hauptamt");
    harness.run();
    harness.get_by_label("Einmalkosten (€)").click();
    harness.run();
    harness.get_by_label("Einmalkosten (€)").type_text("12.000");
    harness.run();
    harness.get_by_label("Beginn festgelegt").click();
    harness.run();

    let state = harness.state_mut();
    let entry = state.session.assessment.plan.measures[0].clone();
    assert_eq!(entry.owner, "Hauptamt");
    assert_eq!(entry.one_off_eur, Some(12_000));
    assert!(entry.start.is_some());
    state.session.save(Instant::now()).unwrap();

    let saved = std::fs::read_to_string(&path).unwrap();
    assert!(saved.contains("Hauptamt"), "{saved}");
    let reopened = open_assessment(&path, &state.questionnaire).unwrap();
    assert_eq!(reopened.assessment.plan.measures, vec![entry]);
}

#[test]
fn the_results_show_the_plans_targets_beside_today() {
    use crate::common::app::{ScriptedDialogs, harness};
    use reifegrad::model::FieldTarget;
    let dir = tempfile::tempdir().unwrap();
    let questionnaire = bundled_questionnaire().unwrap();
    let mut assessment = example_assessment(&questionnaire);
    assessment
        .plan
        .field_targets
        .insert("kultur".into(), FieldTarget::Score(60));
    let file = dir.path().join("ziele.ron");
    reifegrad::model::save_assessment(&file, &assessment).unwrap();
    let mut h = harness(
        dir.path(),
        std::sync::Arc::new(ScriptedDialogs::default()),
        Some(file),
    );
    h.get_by_label("Ergebnis").click();
    h.run();
    // The table has a target column: 60 points for culture, „–“ where none is set.
    h.get_by_label("Ziel");
    h.get_by_label("60,0\u{a0}Punkte");
    // The radar marks the target and says what the mark means.
    h.get_by_label("Ziel für die nächste Bewertung (Maßnahmenplan)");
}
