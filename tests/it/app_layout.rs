//! Layout checks driven through egui_kittest: on the start screen the "Neue Bewertung"
//! form and the "Weiterarbeiten" panel stand side by side without overlapping (German and
//! English, normal and projector-size text); the keyboard help fits on the screen; the
//! sidebar's section titles stay inside it.

#![allow(clippy::unwrap_used)]

use crate::common::app as support;

use egui_kittest::kittest::{NodeT, Queryable};
use std::sync::Arc;
use support::{ScriptedDialogs, harness_sized};

/// Asserts that nothing of the form reaches into the "continue" panel.
fn assert_form_left_of_panel(
    h: &egui_kittest::Harness<'static, reifegrad::ui::ReifegradApp>,
    form: &[&str],
    panel: &str,
) {
    let panel_left = h.get_by_label(panel).rect().left();
    for label in form {
        let right = h.get_by_label(label).rect().right();
        assert!(
            right < panel_left,
            "{label} ends at {right}, the panel {panel} starts at {panel_left}"
        );
    }
}

#[test]
fn the_start_form_does_not_overlap_the_continue_panel() {
    let dir = tempfile::tempdir().unwrap();
    for size in [egui::vec2(1366.0, 768.0), egui::vec2(1920.0, 1080.0)] {
        let mut h = harness_sized(dir.path(), Arc::new(ScriptedDialogs::default()), None, size);
        if size.x > 1900.0 {
            h.get_by_label("Beamer-Modus").click();
            h.run();
        }
        assert_form_left_of_panel(
            &h,
            &[
                "Der Landkreis erbringt Leistungen für uns",
                "Bewertung beginnen",
                "Name der Kommune",
            ],
            "Weiterarbeiten",
        );
        h.get_by_label("Ansicht").click();
        h.run();
        h.get_by_label("English").click();
        h.run();
        h.key_press(egui::Key::Escape);
        h.run();
        assert_form_left_of_panel(
            &h,
            &["The district runs services for us", "Start assessment"],
            "Continue",
        );
        // Back to German for the next size (the preferences are shared).
        h.get_by_label("View").click();
        h.run();
        h.get_by_label("Deutsch").click();
        h.run();
        if size.x > 1900.0 {
            h.get_by_label("Beamer-Modus").click();
            h.run();
        }
    }
}

#[test]
fn the_keyboard_help_fits_on_the_screen_with_title_and_close_button() {
    let dir = tempfile::tempdir().unwrap();
    for (size, projector) in [
        (egui::vec2(1366.0, 768.0), false),
        (egui::vec2(1366.0, 700.0), false),
        (egui::vec2(1920.0, 1080.0), true),
    ] {
        let mut h = harness_sized(dir.path(), Arc::new(ScriptedDialogs::default()), None, size);
        if projector != h.state().prefs.projector {
            h.get_by_label("Beamer-Modus").click();
            h.run();
        }
        h.key_press(egui::Key::F1);
        h.run();
        // The heading (other nodes with this label are the help menu's entry and the
        // dialog, named like its heading).
        for title in h.query_all_by_role_and_label(egui::accesskit::Role::Heading, "Tastenkürzel")
        {
            assert!(title.rect().top() >= 0.0, "title at {}", title.rect().top());
        }
        let close = h.get_by_label("Schließen").rect();
        assert!(
            close.bottom() <= size.y,
            "close button ends at {} in a {} px window",
            close.bottom(),
            size.y
        );
        // Pressed as a screen reader does (a mouse click works too, under Xvfb; the
        // harness's simulated pointer does not reach into this modal).
        h.get_by_label("Schließen").click_accesskit();
        h.run();
        assert!(!h.state().show_help);
    }
}

#[test]
fn sidebar_section_titles_are_cut_with_an_ellipsis_inside_the_sidebar() {
    for (size, projector, sidebar) in [
        (egui::vec2(1366.0, 768.0), false, 320.0),
        (egui::vec2(1920.0, 1080.0), true, 480.0),
    ] {
        let dir = tempfile::tempdir().unwrap();
        let file = support::example_file(dir.path());
        let mut h = harness_sized(
            dir.path(),
            Arc::new(ScriptedDialogs::default()),
            Some(file),
            size,
        );
        if projector {
            h.get_by_label("Beamer-Modus").click();
            h.run();
        }
        // Every dimension's title: its count visible, inside the sidebar.
        for count in ["11/11 · ", "13/13 · ", "14 · ", "/11 · "] {
            for node in h.query_all_by_label_contains(count) {
                let rect = node.rect();
                assert!(
                    rect.right() <= sidebar,
                    "{count}… ends at {} beyond the {sidebar} px sidebar",
                    rect.right()
                );
            }
        }
        let resources = h.get_by_label_contains("· Ressourcen");
        let label = resources.accesskit_node().label().unwrap_or_default();
        assert!(
            label.ends_with("Organisation") || label.ends_with('…'),
            "{label}"
        );
    }
}
