//! Every user action as a command with its label and keyboard shortcut; the menu, the
//! keyboard handler, the F1 help overlay and the tests share this one list.

use crate::model::{Evidence, Plan, Response, StaffSurvey};
use crate::text::Lang;
use crate::tr;
use crate::ui::prefs::ThemeChoice;
use egui::{Key, KeyboardShortcut, Modifiers};
use std::path::PathBuf;

/// What a button, a menu entry or a key does: a named action with its text, tooltip and
/// shortcut (see [`Action::label`], [`Action::tooltip`], [`Action::shortcut_text`] and
/// the key tables below). Carries no more data than the level or vote it stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Choose level 0–4 for the current question.
    SetLevel(u8),
    /// Answer "don't know".
    DontKnow,
    /// Answer "not applicable".
    NotApplicable,
    /// Remove the response to the current question.
    ClearAnswer,
    /// Go to the next question.
    Next,
    /// Go to the previous question.
    Previous,
    /// Jump to the next unanswered question.
    NextUnanswered,
    /// Show the results summary.
    ShowResults,
    /// Show the measures plan.
    ShowPlan,
    /// Show the staff survey.
    ShowSurvey,
    /// Back to the questions.
    ShowQuestions,
    /// Back to the start screen.
    GoHome,
    /// Save the assessment to a file of the user's choice.
    SaveAs,
    /// Open an assessment file.
    Open,
    /// Toggle fullscreen.
    ToggleFullscreen,
    /// Larger interface.
    ZoomIn,
    /// Smaller interface.
    ZoomOut,
    /// Original size.
    ZoomReset,
    /// Show or hide the keyboard help.
    ToggleHelp,
    /// Projector mode on or off.
    ToggleProjector,
    /// Always use the built-in file dialog, or the system's where it can be shown.
    ToggleBuiltinDialog,
    /// Choose a benchmark file for the peer comparison.
    LoadBenchmark,
    /// Go back to the bundled synthetic benchmark.
    UseBundledBenchmark,
    /// Write this town's anonymised contribution for a network benchmark.
    ExportContribution,
    /// Write the strategy outline for the council as PDF.
    ExportPdf,
    /// Write the assessment as a spreadsheet (ODS, XLSX or CSV), after asking whether to
    /// leave out names.
    ExportSheets,
    /// Link an earlier assessment of the same town (progress view).
    LinkEarlier,
    /// Workshop mode on or off.
    ToggleWorkshop,
    /// Show the questions the room disagreed on.
    ShowDiscussion,
    /// Workshop: record the next participant's vote.
    Vote(Response),
    /// Workshop: take back the vote recorded last (the previous participant's).
    UndoVote,
    /// Workshop: make the consensus the agreed level.
    AcceptConsensus,
    /// Workshop: the facilitator confirmed replacing the agreed level with the consensus.
    ReplaceWithConsensus,
    /// Workshop: keep the agreed level; do not replace it with the consensus.
    KeepAgreed,
}

/// A value typed or picked in a view, for the open assessment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Edit {
    /// Set the comment of the current question.
    SetComment(String),
    /// Replace the evidence list of the question with this id.
    SetEvidence(String, Vec<Evidence>),
    /// Replace the measures plan (measures, targets, next assessment).
    SetPlan(Box<Plan>),
    /// Replace the staff survey (a new one, or one with more answers counted).
    SetSurvey(Box<StaffSurvey>),
    /// Workshop: add a participant with this name or role.
    AddRater(String),
    /// Workshop: remove the participant with this id, with their votes.
    RemoveRater(String),
    /// Workshop: take back this participant's vote on the current question.
    RemoveVote(String),
}

/// A decision about the open file when it is guarded (read-only, open elsewhere, changed
/// on disk).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FileDecision {
    /// Keep working read-only.
    KeepReadOnly,
    /// Take the file over from the other window or the read-only state and save.
    TakeOver,
    /// Keep read-only and save this session's answers under a new name.
    SaveCopy,
    /// Drop the unsaved answers and load the version on disk.
    LoadTheirs(PathBuf),
    /// Overwrite the version on disk with this session's answers.
    OverwriteTheirs,
}

/// Everything a view, the toolbar or the keyboard asks the app to do. Views never change
/// the app or the assessment themselves; they return commands, and
/// [`crate::ui::ReifegradApp::execute`] carries them out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    /// A named action.
    Action(Action),
    /// A change to the open assessment from a view.
    Edit(Edit),
    /// A decision about the guarded file.
    File(FileDecision),
    /// Go to the question with this walk-through index.
    GoToQuestion(usize),
    /// Use this colour theme.
    SetTheme(ThemeChoice),
    /// Use this interface language.
    SetLang(Lang),
    /// Close the message with this index.
    CloseNotice(usize),
}

impl From<Action> for Command {
    fn from(action: Action) -> Self {
        Command::Action(action)
    }
}

impl From<Edit> for Command {
    fn from(edit: Edit) -> Self {
        Command::Edit(edit)
    }
}

/// Actions listed in the help overlay, in display order.
pub(crate) const HELP_ACTIONS: [Action; 25] = [
    Action::SetLevel(0),
    Action::SetLevel(1),
    Action::SetLevel(2),
    Action::SetLevel(3),
    Action::SetLevel(4),
    Action::DontKnow,
    Action::NotApplicable,
    Action::Next,
    Action::Previous,
    Action::NextUnanswered,
    Action::ShowResults,
    Action::ShowPlan,
    Action::ToggleWorkshop,
    Action::Vote(Response::Level(0)),
    Action::UndoVote,
    Action::AcceptConsensus,
    Action::ShowDiscussion,
    Action::SaveAs,
    Action::Open,
    Action::ExportPdf,
    Action::ToggleFullscreen,
    Action::ZoomIn,
    Action::ZoomOut,
    Action::ZoomReset,
    Action::ToggleHelp,
];

impl Action {
    /// The label shown on buttons and in the help overlay.
    pub fn label(self, lang: Lang) -> String {
        let text = match self {
            Action::SetLevel(level) => return format!("{} {level}", tr!(lang, "level")),
            Action::DontKnow => tr!(lang, "don-t-know"),
            Action::NotApplicable => tr!(lang, "not-applicable"),
            Action::ClearAnswer => tr!(lang, "command-clear-answer"),
            Action::Next => tr!(lang, "command-next"),
            Action::Previous => tr!(lang, "command-back"),
            Action::NextUnanswered => tr!(lang, "command-next-open-question"),
            Action::ShowResults => tr!(lang, "results"),
            Action::ShowPlan => tr!(lang, "measures-plan"),
            Action::ShowSurvey => tr!(lang, "survey-ui-screen"),
            Action::ShowQuestions => tr!(lang, "command-questions"),
            Action::GoHome => tr!(lang, "command-start"),
            Action::SaveAs => tr!(lang, "command-save-as"),
            Action::Open => tr!(lang, "command-open"),
            Action::ToggleFullscreen => tr!(lang, "command-fullscreen"),
            Action::ZoomIn => tr!(lang, "command-zoom-in"),
            Action::ZoomOut => tr!(lang, "command-zoom-out"),
            Action::ZoomReset => tr!(lang, "command-original-size"),
            Action::ToggleHelp => tr!(lang, "keyboard-shortcuts"),
            Action::ToggleProjector => tr!(lang, "command-projector-mode"),
            Action::ToggleBuiltinDialog => tr!(lang, "command-always-use-built-in"),
            Action::LoadBenchmark => tr!(lang, "command-load-comparison-file"),
            Action::UseBundledBenchmark => tr!(lang, "command-use-example-data"),
            Action::ExportContribution => tr!(lang, "command-export-anonymous-contribution"),
            Action::ExportPdf => tr!(lang, "command-export-pdf"),
            Action::ExportSheets => tr!(lang, "export-command"),
            Action::LinkEarlier => tr!(lang, "command-link-earlier-assessment"),
            Action::ToggleWorkshop => tr!(lang, "command-workshop"),
            Action::ShowDiscussion => tr!(lang, "discussion-list"),
            Action::Vote(_) => tr!(lang, "command-workshop-vote-of-marked"),
            Action::UndoVote => tr!(lang, "command-workshop-take-back-last"),
            Action::AcceptConsensus => tr!(lang, "command-accept-consensus"),
            Action::ReplaceWithConsensus => tr!(lang, "command-replace-agreed-level-with"),
            Action::KeepAgreed => tr!(lang, "command-keep-agreed-level"),
        };
        text.to_string()
    }

    /// The keys that trigger the action, as shown to the user; `None` without a shortcut.
    pub(crate) fn shortcut_text(self, lang: Lang) -> Option<String> {
        let ctrl = tr!(lang, "command-ctrl");
        let text = match self {
            Action::SetLevel(level) => level.to_string(),
            Action::DontKnow => "D".into(),
            Action::NotApplicable => "N".into(),
            Action::Next => tr!(lang, "command-next-keys").into(),
            Action::Previous => tr!(lang, "command-previous-keys").into(),
            Action::Vote(_) => "0–4, D, N".into(),
            Action::UndoVote => tr!(lang, "command-backspace").into(),
            Action::AcceptConsensus => tr!(lang, "command-enter").into(),
            other => {
                let (modifiers, key) = GLOBAL_SHORTCUTS
                    .iter()
                    .chain(QUESTION_KEYS.iter())
                    .find(|(_, _, action)| *action == other)
                    .map(|(modifiers, key, _)| (*modifiers, *key))?;
                let key = match key {
                    Key::Plus => "Plus",
                    Key::Minus => "Minus",
                    other => other.name(),
                };
                if modifiers.command {
                    format!("{ctrl}+{key}")
                } else {
                    key.to_string()
                }
            }
        };
        Some(text)
    }

    /// Label with the shortcut in brackets, for tooltips.
    pub(crate) fn tooltip(self, lang: Lang) -> String {
        match self.shortcut_text(lang) {
            Some(keys) => format!("{} ({keys})", self.label(lang)),
            None => self.label(lang),
        }
    }
}

/// Keys that act on the current question; ignored while a text field has focus.
const QUESTION_KEYS: [(Modifiers, Key, Action); 12] = [
    (Modifiers::NONE, Key::Num0, Action::SetLevel(0)),
    (Modifiers::NONE, Key::Num1, Action::SetLevel(1)),
    (Modifiers::NONE, Key::Num2, Action::SetLevel(2)),
    (Modifiers::NONE, Key::Num3, Action::SetLevel(3)),
    (Modifiers::NONE, Key::Num4, Action::SetLevel(4)),
    (Modifiers::NONE, Key::D, Action::DontKnow),
    (Modifiers::NONE, Key::N, Action::NotApplicable),
    (Modifiers::NONE, Key::U, Action::NextUnanswered),
    (Modifiers::NONE, Key::ArrowRight, Action::Next),
    (Modifiers::NONE, Key::PageDown, Action::Next),
    (Modifiers::NONE, Key::ArrowLeft, Action::Previous),
    (Modifiers::NONE, Key::PageUp, Action::Previous),
];

/// Shortcuts that work everywhere, also while typing.
const GLOBAL_SHORTCUTS: [(Modifiers, Key, Action); 14] = [
    (Modifiers::NONE, Key::F2, Action::ToggleWorkshop),
    (Modifiers::NONE, Key::F3, Action::ShowDiscussion),
    (Modifiers::NONE, Key::F5, Action::ShowResults),
    (Modifiers::NONE, Key::F6, Action::ShowPlan),
    (Modifiers::COMMAND, Key::S, Action::SaveAs),
    (Modifiers::COMMAND, Key::P, Action::ExportPdf),
    (Modifiers::COMMAND, Key::O, Action::Open),
    (Modifiers::COMMAND, Key::Plus, Action::ZoomIn),
    (Modifiers::COMMAND, Key::Equals, Action::ZoomIn),
    (Modifiers::COMMAND, Key::Minus, Action::ZoomOut),
    (Modifiers::COMMAND, Key::Num0, Action::ZoomReset),
    (Modifiers::NONE, Key::F11, Action::ToggleFullscreen),
    (Modifiers::NONE, Key::F1, Action::ToggleHelp),
    (Modifiers::NONE, Key::Escape, Action::ToggleHelp),
];

/// Reads this frame's key presses and returns the commands they trigger. Question keys
/// count only when `question_keys` is set and no text field has keyboard focus; in a
/// workshop (`voting`) digits, D and N record votes in turn, Shift+digit sets the agreed
/// level and Enter accepts the consensus.
pub(crate) fn commands_from_keys(
    ctx: &egui::Context,
    question_keys: bool,
    help_open: bool,
    voting: bool,
) -> Vec<Command> {
    let mut actions = Vec::new();
    ctx.input_mut(|input| {
        for (modifiers, key, action) in GLOBAL_SHORTCUTS {
            if key == Key::Escape && !help_open {
                continue;
            }
            if input.consume_shortcut(&KeyboardShortcut::new(modifiers, key)) {
                actions.push(action);
            }
        }
    });
    if question_keys && !help_open && !ctx.text_edit_focused() {
        ctx.input_mut(|input| {
            for (modifiers, key, action) in QUESTION_KEYS {
                if voting && let Action::SetLevel(level) = action {
                    if input.consume_key(Modifiers::SHIFT, key) {
                        actions.push(Action::SetLevel(level));
                    }
                    if input.consume_key(modifiers, key) {
                        actions.push(Action::Vote(Response::Level(level)));
                    }
                    continue;
                }
                let action = match action {
                    Action::DontKnow if voting => Action::Vote(Response::DontKnow),
                    Action::NotApplicable if voting => Action::Vote(Response::NotApplicable),
                    other => other,
                };
                if input.consume_key(modifiers, key) {
                    actions.push(action);
                }
            }
            if voting && input.consume_key(Modifiers::NONE, Key::Enter) {
                actions.push(Action::AcceptConsensus);
            }
            if voting && input.consume_key(Modifiers::NONE, Key::Backspace) {
                actions.push(Action::UndoVote);
            }
        });
    }
    actions.into_iter().map(Command::Action).collect()
}

/// A response as a short mark: the level, „?“ or „–“; „·“ when none.
pub(crate) fn response_short(response: Option<Response>) -> String {
    match response {
        Some(Response::Level(level)) => level.to_string(),
        Some(Response::DontKnow) => "?".into(),
        Some(Response::NotApplicable) => "–".into(),
        None => "·".into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shortcut_texts_come_from_the_key_tables() {
        assert_eq!(
            Action::SaveAs.shortcut_text(Lang::De).as_deref(),
            Some("Strg+S")
        );
        assert_eq!(
            Action::SaveAs.shortcut_text(Lang::En).as_deref(),
            Some("Ctrl+S")
        );
        assert_eq!(
            Action::ZoomIn.shortcut_text(Lang::De).as_deref(),
            Some("Strg+Plus")
        );
        assert_eq!(
            Action::ZoomReset.shortcut_text(Lang::En).as_deref(),
            Some("Ctrl+0")
        );
        assert_eq!(
            Action::ToggleHelp.shortcut_text(Lang::De).as_deref(),
            Some("F1")
        );
        assert_eq!(
            Action::NextUnanswered.shortcut_text(Lang::De).as_deref(),
            Some("U")
        );
        assert_eq!(
            Action::ShowResults.shortcut_text(Lang::De).as_deref(),
            Some("F5")
        );
        assert_eq!(
            Action::ShowPlan.shortcut_text(Lang::En).as_deref(),
            Some("F6")
        );
        assert_eq!(Action::LinkEarlier.shortcut_text(Lang::De), None);
        assert_eq!(
            Action::ExportPdf.tooltip(Lang::En),
            format!("{} (Ctrl+P)", Action::ExportPdf.label(Lang::En))
        );
    }

    #[test]
    fn every_action_with_keys_shows_them_in_the_help() {
        for (_, _, action) in GLOBAL_SHORTCUTS.iter().chain(QUESTION_KEYS.iter()) {
            assert!(action.shortcut_text(Lang::De).is_some(), "{action:?}");
            if *action != Action::ToggleHelp {
                assert!(
                    HELP_ACTIONS.contains(action),
                    "{action:?} missing in the help"
                );
            }
        }
    }
}
