//! Every user action as a command with its label and keyboard shortcut; the menu, the
//! keyboard handler, the F1 help overlay and the tests share this one list.

use crate::model::{Evidence, Plan, Response};
use crate::text::Lang;
use crate::tr;
use crate::ui::prefs::ThemeChoice;
use egui::{Key, KeyboardShortcut, Modifiers};

/// An action the user can take. Views never change the open assessment themselves; they
/// return commands, and the app carries them out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    /// Choose level 0–4 for the current question.
    SetLevel(u8),
    /// Answer "don't know".
    DontKnow,
    /// Answer "not applicable".
    NotApplicable,
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
    /// Choose a benchmark file for the peer comparison.
    LoadBenchmark,
    /// Go back to the bundled synthetic benchmark.
    UseBundledBenchmark,
    /// Write this town's anonymised contribution for a network benchmark.
    ExportContribution,
    /// Write the strategy outline for the council as PDF.
    ExportPdf,
    /// Workshop: record the next participant's vote.
    Vote(crate::model::Response),
    /// Workshop: make the consensus the agreed level.
    AcceptConsensus,
    /// Workshop mode on or off.
    ToggleWorkshop,
    /// Show the questions the room disagreed on.
    ShowDiscussion,
    /// Link an earlier assessment of the same town (progress view).
    LinkEarlier,
    /// Remove the response to the current question.
    ClearAnswer,
    /// Set the comment of the current question.
    SetComment(String),
    /// Replace the evidence list of the question with this id.
    SetEvidence(String, Vec<Evidence>),
    /// Replace the measures plan (measures, targets, next assessment).
    SetPlan(Box<Plan>),
    /// Workshop: add a participant with this name or role.
    AddRater(String),
    /// Workshop: remove the participant with this id, with their votes.
    RemoveRater(String),
    /// Go to the question with this walk-through index.
    GoToQuestion(usize),
    /// Use this colour theme.
    SetTheme(ThemeChoice),
    /// Use this interface language.
    SetLang(Lang),
    /// Close the message with this index.
    CloseNotice(usize),
    /// Always use the built-in file dialog, or the system's where it can be shown.
    ToggleBuiltinDialog,
    /// Workshop: take back this participant's vote on the current question.
    RemoveVote(String),
    /// Workshop: take back the vote recorded last (the previous participant's).
    UndoVote,
    /// Workshop: the facilitator confirmed replacing the agreed level with the consensus.
    ReplaceWithConsensus,
    /// Workshop: keep the agreed level; do not replace it with the consensus.
    KeepAgreed,
}

/// Commands listed in the help overlay, in display order.
pub(crate) const HELP_COMMANDS: [Command; 23] = [
    Command::SetLevel(0),
    Command::SetLevel(1),
    Command::SetLevel(2),
    Command::SetLevel(3),
    Command::SetLevel(4),
    Command::DontKnow,
    Command::NotApplicable,
    Command::Next,
    Command::Previous,
    Command::NextUnanswered,
    Command::ToggleWorkshop,
    Command::Vote(Response::Level(0)),
    Command::UndoVote,
    Command::AcceptConsensus,
    Command::ShowDiscussion,
    Command::SaveAs,
    Command::Open,
    Command::ExportPdf,
    Command::ToggleFullscreen,
    Command::ZoomIn,
    Command::ZoomOut,
    Command::ZoomReset,
    Command::ToggleHelp,
];

impl Command {
    /// The label shown on buttons and in the help overlay.
    pub fn label(&self, lang: Lang) -> String {
        let text = match self {
            Command::SetLevel(level) => {
                return format!("{} {level}", tr!(lang, "level"));
            }
            Command::DontKnow => tr!(lang, "don-t-know"),
            Command::NotApplicable => tr!(lang, "not-applicable"),
            Command::Next => tr!(lang, "command-next"),
            Command::Previous => tr!(lang, "command-back"),
            Command::NextUnanswered => tr!(lang, "command-next-open-question"),
            Command::ShowResults => tr!(lang, "results"),
            Command::ShowPlan => tr!(lang, "measures-plan"),
            Command::ShowQuestions => tr!(lang, "command-questions"),
            Command::GoHome => tr!(lang, "command-start"),
            Command::SaveAs => tr!(lang, "command-save-as"),
            Command::Open => tr!(lang, "command-open"),
            Command::ToggleFullscreen => tr!(lang, "command-fullscreen"),
            Command::ZoomIn => tr!(lang, "command-zoom-in"),
            Command::ZoomOut => tr!(lang, "command-zoom-out"),
            Command::ZoomReset => tr!(lang, "command-original-size"),
            Command::ToggleHelp => tr!(lang, "keyboard-shortcuts"),
            Command::ToggleProjector => tr!(lang, "command-projector-mode"),
            Command::LoadBenchmark => tr!(lang, "command-load-comparison-file"),
            Command::UseBundledBenchmark => tr!(lang, "command-use-example-data"),
            Command::ExportContribution => tr!(lang, "command-export-anonymous-contribution"),
            Command::ExportPdf => tr!(lang, "command-export-pdf"),
            Command::Vote(_) => tr!(lang, "command-workshop-vote-of-marked"),
            Command::AcceptConsensus => tr!(lang, "command-accept-consensus"),
            Command::ToggleWorkshop => tr!(lang, "command-workshop"),
            Command::ShowDiscussion => tr!(lang, "discussion-list"),
            Command::LinkEarlier => tr!(lang, "command-link-earlier-assessment"),
            Command::ClearAnswer => tr!(lang, "command-clear-answer"),
            Command::SetComment(_) => tr!(lang, "comment"),
            Command::SetEvidence(..) => tr!(lang, "evidence"),
            Command::SetPlan(_) => tr!(lang, "measures-plan"),
            Command::AddRater(_) => tr!(lang, "command-add"),
            Command::RemoveRater(_) => tr!(lang, "remove"),
            Command::GoToQuestion(_) => tr!(lang, "command-go-to-question"),
            Command::SetTheme(_) => tr!(lang, "colour-theme"),
            Command::SetLang(_) => tr!(lang, "language"),
            Command::CloseNotice(_) => tr!(lang, "command-close-message"),
            Command::ToggleBuiltinDialog => tr!(lang, "command-always-use-built-in"),
            Command::RemoveVote(_) => tr!(lang, "command-take-back-vote"),
            Command::UndoVote => tr!(lang, "command-workshop-take-back-last"),
            Command::ReplaceWithConsensus => tr!(lang, "command-replace-agreed-level-with"),
            Command::KeepAgreed => tr!(lang, "command-keep-agreed-level"),
        };
        text.to_string()
    }

    /// The keys that trigger the command, as shown to the user.
    pub(crate) fn shortcut_text(&self, lang: Lang) -> Option<String> {
        let ctrl = tr!(lang, "command-ctrl");
        let text = match self {
            Command::SetLevel(level) => level.to_string(),
            Command::DontKnow => "D".into(),
            Command::NotApplicable => "N".into(),
            Command::Next => tr!(lang, "command-next-keys").into(),
            Command::Previous => tr!(lang, "command-previous-keys").into(),
            Command::NextUnanswered => "U".into(),
            Command::SaveAs => format!("{ctrl}+S"),
            Command::Open => format!("{ctrl}+O"),
            Command::ToggleFullscreen => "F11".into(),
            Command::ZoomIn => format!("{ctrl}+Plus"),
            Command::ZoomOut => format!("{ctrl}+Minus"),
            Command::ZoomReset => format!("{ctrl}+0"),
            Command::ToggleHelp => "F1".into(),
            Command::ExportPdf => format!("{ctrl}+P"),
            Command::Vote(_) => "0–4, D, N".into(),
            Command::UndoVote => tr!(lang, "command-backspace").into(),
            Command::AcceptConsensus => tr!(lang, "command-enter").into(),
            Command::ToggleWorkshop => "F2".into(),
            Command::ShowDiscussion => "F3".into(),
            Command::LinkEarlier => return None,
            Command::ShowResults
            | Command::ShowPlan
            | Command::ShowQuestions
            | Command::GoHome
            | Command::ToggleProjector
            | Command::LoadBenchmark
            | Command::UseBundledBenchmark
            | Command::ExportContribution
            | Command::ClearAnswer
            | Command::SetComment(_)
            | Command::SetEvidence(..)
            | Command::SetPlan(_)
            | Command::AddRater(_)
            | Command::RemoveRater(_)
            | Command::GoToQuestion(_)
            | Command::SetTheme(_)
            | Command::SetLang(_)
            | Command::CloseNotice(_)
            | Command::ToggleBuiltinDialog
            | Command::RemoveVote(_)
            | Command::ReplaceWithConsensus
            | Command::KeepAgreed => return None,
        };
        Some(text)
    }

    /// Label with the shortcut in brackets, for tooltips.
    pub(crate) fn tooltip(&self, lang: Lang) -> String {
        match self.shortcut_text(lang) {
            Some(keys) => format!("{} ({keys})", self.label(lang)),
            None => self.label(lang),
        }
    }
}

/// Keys that act on the current question; ignored while a text field has focus.
const QUESTION_KEYS: [(Key, Command); 12] = [
    (Key::Num0, Command::SetLevel(0)),
    (Key::Num1, Command::SetLevel(1)),
    (Key::Num2, Command::SetLevel(2)),
    (Key::Num3, Command::SetLevel(3)),
    (Key::Num4, Command::SetLevel(4)),
    (Key::D, Command::DontKnow),
    (Key::N, Command::NotApplicable),
    (Key::U, Command::NextUnanswered),
    (Key::ArrowRight, Command::Next),
    (Key::PageDown, Command::Next),
    (Key::ArrowLeft, Command::Previous),
    (Key::PageUp, Command::Previous),
];

/// Shortcuts that work everywhere, also while typing.
const GLOBAL_SHORTCUTS: [(Modifiers, Key, Command); 12] = [
    (Modifiers::NONE, Key::F2, Command::ToggleWorkshop),
    (Modifiers::NONE, Key::F3, Command::ShowDiscussion),
    (Modifiers::COMMAND, Key::S, Command::SaveAs),
    (Modifiers::COMMAND, Key::P, Command::ExportPdf),
    (Modifiers::COMMAND, Key::O, Command::Open),
    (Modifiers::COMMAND, Key::Plus, Command::ZoomIn),
    (Modifiers::COMMAND, Key::Equals, Command::ZoomIn),
    (Modifiers::COMMAND, Key::Minus, Command::ZoomOut),
    (Modifiers::COMMAND, Key::Num0, Command::ZoomReset),
    (Modifiers::NONE, Key::F11, Command::ToggleFullscreen),
    (Modifiers::NONE, Key::F1, Command::ToggleHelp),
    (Modifiers::NONE, Key::Escape, Command::ToggleHelp),
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
    let mut commands = Vec::new();
    ctx.input_mut(|input| {
        for (modifiers, key, command) in GLOBAL_SHORTCUTS {
            if key == Key::Escape && !help_open {
                continue;
            }
            if input.consume_shortcut(&KeyboardShortcut::new(modifiers, key)) {
                commands.push(command);
            }
        }
    });
    if question_keys && !help_open && !ctx.text_edit_focused() {
        ctx.input_mut(|input| {
            for (key, command) in QUESTION_KEYS {
                if voting && let Command::SetLevel(level) = command {
                    if input.consume_key(Modifiers::SHIFT, key) {
                        commands.push(Command::SetLevel(level));
                    }
                    if input.consume_key(Modifiers::NONE, key) {
                        commands.push(Command::Vote(Response::Level(level)));
                    }
                    continue;
                }
                let command = match command {
                    Command::DontKnow if voting => Command::Vote(Response::DontKnow),
                    Command::NotApplicable if voting => Command::Vote(Response::NotApplicable),
                    other => other,
                };
                if input.consume_key(Modifiers::NONE, key) {
                    commands.push(command);
                }
            }
            if voting && input.consume_key(Modifiers::NONE, Key::Enter) {
                commands.push(Command::AcceptConsensus);
            }
            if voting && input.consume_key(Modifiers::NONE, Key::Backspace) {
                commands.push(Command::UndoVote);
            }
        });
    }
    commands
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
