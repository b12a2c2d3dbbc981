//! Workshop mode: participants, votes entered by keyboard in turn, the consensus with its
//! rule, "discuss this" flags and the discussion list.

use super::a11y::AccessibleResponse;
use super::command::{Action, Command, Edit, response_short};
use crate::model::{Questionnaire, Rater, Response};
use crate::session::Session;
use crate::text::Lang;
use crate::tr;
use crate::workshop::{DISCUSS_SPREAD, VoteSummary, consensus_rule, discussion_list, summary};

/// The height of a vote's figure in projector mode: readable across a room of 8 m.
const VOTE_FIGURE_SIZE: f32 = 32.0;

/// The height of a participant's row with a vote figure: the figure's own height (a
/// figure has no descender) and a little air.
const VOTE_ROW: f32 = VOTE_FIGURE_SIZE + 2.0;

/// State of the workshop panel: the participant being typed and whose vote comes next.
#[derive(Debug, Default)]
pub struct WorkshopView {
    /// Name or role of the participant being added.
    pub new_rater: String,
    /// Index of the participant whose vote the next key records.
    pub cursor: usize,
    /// A participant waiting for confirmation of removal.
    confirm_remove: Option<String>,
    /// An agreed level that Enter would replace, waiting for confirmation.
    pub confirm_replace: Option<PendingReplace>,
    /// Keep the keyboard focus in the "new participant" field (after adding one).
    keep_focus: bool,
    /// The participant marked as next in the last frame (the list scrolls to a new one).
    shown_cursor: Option<usize>,
}

/// The consensus differs from an agreed level already set; replacing it needs a click.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PendingReplace {
    /// The question concerned.
    pub question_id: String,
    /// The agreed response now set.
    pub agreed: Response,
    /// The consensus level that would replace it.
    pub consensus: u8,
}

impl WorkshopView {
    /// The participant management: list, add, remove. After Enter in the "Neu:" field
    /// the focus stays there, so names can be typed in a row. In projector mode
    /// (`projector`) the list is in small text, which is still larger than normal text,
    /// and shows each participant's vote on `question_id` in large figures beside the
    /// name: the room reads names and votes in one column, and the question view keeps
    /// its height for the level cards.
    pub(crate) fn raters_ui(
        &mut self,
        ui: &mut egui::Ui,
        session: &Session,
        lang: Lang,
        projector: bool,
        question_id: Option<&str>,
    ) -> Vec<Command> {
        let mut commands = Vec::new();
        ui.label(egui::RichText::new(tr!(lang, "workshop-participants")).strong());
        let raters = session.assessment.raters.clone();
        let votes_on = question_id.filter(|_| projector);
        // Compact rows (no gaps, buttons as high as the text), so a room of 12 fits in
        // half the sidebar, or with the votes in all of it but the „Neu:“ field; where
        // it does not, the list follows the participant whose vote comes next.
        let style = if projector {
            egui::TextStyle::Small
        } else {
            egui::TextStyle::Body
        };
        let (row, max_height) = match votes_on {
            Some(_) => {
                // Below the list: the field's row, and the progress line and bar of
                // the question overview (two lines of text, the bar, gaps).
                let row = VOTE_ROW;
                let body = ui.text_style_height(&egui::TextStyle::Body);
                let below = ui.spacing().interact_size.y.max(body) + 3.0 * body + 40.0;
                (row, ui.available_height() - below)
            }
            None => {
                let row = ui.text_style_height(&style) + 2.0;
                (row, ui.available_height() * 0.5)
            }
        };
        let cursor = self.cursor % raters.len().max(1);
        let follow = self.shown_cursor != Some(cursor);
        self.shown_cursor = Some(cursor);
        egui::ScrollArea::vertical()
            .id_salt("participants")
            .max_height(max_height.max(4.0 * row))
            .auto_shrink([false, true])
            .show(ui, |ui| {
                ui.spacing_mut().item_spacing.y = 2.0;
                ui.spacing_mut().interact_size.y = ui.text_style_height(&style);
                ui.spacing_mut().button_padding.y = 0.0;
                ui.style_mut().override_text_style = Some(style.clone());
                // The figures' font and the width of the widest mark, once for all rows.
                let figure = vote_figure_font(ui);
                let figure_width = ["0", "1", "2", "3", "4", "?", "–", "·"]
                    .iter()
                    .map(|mark| text_width_in(ui, mark, figure.clone()))
                    .fold(0.0, f32::max)
                    + 2.0 * ui.spacing().button_padding.x;
                for (i, rater) in raters.iter().enumerate() {
                    // Rows of one height, everything centred in it.
                    let size = egui::vec2(ui.available_width(), row);
                    let centred = egui::Layout::left_to_right(egui::Align::Center);
                    let line = ui.allocate_ui_with_layout(size, centred, |ui| {
                        commands.extend(self.remove_rater_ui(ui, session, rater, lang));
                        // With the votes, the highlighted figure marks whose vote is next.
                        let marker = match (i == cursor, votes_on) {
                            (true, None) => "▶ ",
                            (false, None) => "  ",
                            (_, Some(_)) => "",
                        };
                        let name = egui::Label::new(format!("{marker}{}. {}", i + 1, rater.label))
                            .truncate();
                        let Some(question_id) = votes_on else {
                            ui.add(name);
                            return;
                        };
                        let vote = session.assessment.vote(question_id, &rater.id);
                        // Vote and × from the right, the name in the space left: the
                        // figures line up in a column.
                        let right_to_left = egui::Layout::right_to_left(egui::Align::Center);
                        ui.with_layout(right_to_left, |ui| {
                            commands.extend(take_back_ui(ui, &rater.id, &rater.label, vote, lang));
                            // Figures have no descenders: a line as high as the figure.
                            let mark = egui::RichText::new(response_short(vote))
                                .font(figure.clone())
                                .line_height(Some(VOTE_ROW));
                            let chosen = ui
                                .add(
                                    egui::Button::selectable(i == cursor, mark)
                                        .min_size(egui::vec2(figure_width, 0.0)),
                                )
                                .on_hover_text(tr!(lang, "workshop-next-digit-counts-for"))
                                .named(format!("{}: {}", rater.label, response_short(vote)));
                            let left_to_right = egui::Layout::left_to_right(egui::Align::Center);
                            let named = ui.with_layout(left_to_right, |ui| {
                                ui.add(name.sense(egui::Sense::click()))
                            });
                            if chosen.clicked() || named.inner.clicked() {
                                self.cursor = i;
                            }
                        });
                    });
                    if follow && i == cursor {
                        line.response.scroll_to_me(None);
                    }
                }
            });
        commands.extend(self.add_rater_ui(ui, lang));
        commands
    }

    /// The „Neu:“ field and the „Hinzufügen“ button: on one row where at least 100 px
    /// remain for the name, without the label (it then leads the hint) where only that
    /// fits, else with the button below.
    fn add_rater_ui(&mut self, ui: &mut egui::Ui, lang: Lang) -> Vec<Command> {
        let add_label = tr!(lang, "command-add");
        let new_label = tr!(lang, "workshop-new");
        let spacing = ui.spacing().item_spacing.x;
        let add_width = text_width(ui, add_label) + 2.0 * ui.spacing().button_padding.x;
        let label_width = text_width(ui, new_label) + spacing;
        let room = ui.available_width() - add_width - spacing;
        let show_label = room - label_width >= 100.0 || room < 100.0;
        let beside = room - if show_label { label_width } else { 0.0 } >= 100.0;
        let (mut clicked, mut enter) = (false, false);
        ui.horizontal(|ui| {
            let label = show_label.then(|| ui.label(new_label));
            let field = if beside {
                ui.available_width() - add_width - spacing
            } else {
                ui.available_width()
            };
            let hint = match label {
                Some(_) => tr!(lang, "workshop-e-g-finance").to_string(),
                None => format!("{new_label} {}", tr!(lang, "workshop-e-g-finance")),
            };
            let edit = ui.add(
                egui::TextEdit::singleline(&mut self.new_rater)
                    .hint_text(hint)
                    .desired_width(field),
            );
            let edit = match label {
                Some(label) => edit.labelled_by(label.id),
                None => edit.named(new_label),
            };
            if self.keep_focus {
                edit.request_focus();
                self.keep_focus = false;
            }
            enter = edit.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
            if enter {
                // Stay in the field: the next name's letters must not act as vote keys.
                edit.request_focus();
                self.keep_focus = true;
            }
            if beside {
                clicked = ui.button(add_label).clicked();
            }
        });
        if !beside {
            clicked = ui.button(add_label).clicked();
        }
        let mut commands = Vec::new();
        if (clicked || enter) && !self.new_rater.trim().is_empty() {
            commands.push(Command::Edit(Edit::AddRater(
                self.new_rater.trim().to_string(),
            )));
            self.new_rater.clear();
        }
        commands
    }

    /// The × that removes a participant, and after a click the confirmation that names
    /// how many votes go with them.
    fn remove_rater_ui(
        &mut self,
        ui: &mut egui::Ui,
        session: &Session,
        rater: &Rater,
        lang: Lang,
    ) -> Vec<Command> {
        let mut commands = Vec::new();
        if self.confirm_remove.as_deref() == Some(&rater.id) {
            let votes = session.assessment.votes_of(&rater.id);
            if ui
                .small_button(format!(
                    "{} ({votes} {})",
                    tr!(lang, "remove"),
                    tr!(lang, "workshop-votes")
                ))
                .clicked()
            {
                commands.push(Command::Edit(Edit::RemoveRater(rater.id.clone())));
                self.confirm_remove = None;
            }
        } else if ui
            .small_button("×")
            .on_hover_text(tr!(lang, "workshop-remove-participant-with-their"))
            .named(tr!(lang, "a11y-remove-participant", name = &rater.label))
            .clicked()
        {
            self.confirm_remove = Some(rater.id.clone());
        }
        commands
    }

    /// The votes on the current question, the consensus, the discuss flag and the
    /// question whether to replace an agreed level. In projector mode (`compact`) the
    /// votes stand beside the names in the participant list (see [`Self::raters_ui`]);
    /// here one small line counts them and gives the consensus, with the markers and the
    /// rule in tooltips, so that the level cards below fit on the screen.
    pub(crate) fn votes_ui(
        &mut self,
        ui: &mut egui::Ui,
        session: &Session,
        question_id: &str,
        lang: Lang,
        compact: bool,
    ) -> Vec<Command> {
        let mut commands = Vec::new();
        let raters = &session.assessment.raters;
        if raters.is_empty() {
            ui.label(tr!(lang, "workshop-workshop-add-participants-on"));
            return commands;
        }
        if self
            .confirm_replace
            .as_ref()
            .is_some_and(|p| p.question_id != question_id)
        {
            self.confirm_replace = None;
        }
        let s = summary(&session.assessment, question_id);
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.set_width(ui.available_width());
            if compact {
                ui.horizontal_wrapped(|ui| {
                    ui.style_mut().override_text_style = Some(egui::TextStyle::Small);
                    let cast = raters
                        .iter()
                        .filter(|r| session.assessment.vote(question_id, &r.id).is_some())
                        .count();
                    let count = tr!(
                        lang,
                        "workshop-votes-cast",
                        cast = cast,
                        total = raters.len()
                    );
                    ui.label(egui::RichText::new(count).strong())
                        .on_hover_text(tr!(lang, "workshop-no-vote-yet-don"));
                    if s.has_votes() {
                        commands.extend(self.consensus_ui(ui, &s, lang, compact));
                    }
                });
            } else {
                commands.extend(self.chips_ui(ui, session, question_id, lang));
                if s.has_votes() {
                    ui.horizontal_wrapped(|ui| {
                        commands.extend(self.consensus_ui(ui, &s, lang, compact));
                    });
                }
                // The markers and the rule in one small paragraph.
                let mut legend = tr!(lang, "workshop-no-vote-yet-don").to_string();
                if s.has_votes() {
                    legend.push_str(tr!(lang, "workshop-consensus-median-of-levels"));
                }
                ui.add(egui::Label::new(egui::RichText::new(legend).small()).wrap())
                    .on_hover_text(consensus_rule(lang));
            }
            if let Some(pending) = self.confirm_replace.clone() {
                commands.extend(replace_question_ui(ui, &pending, lang));
            }
        });
        commands
    }

    /// The participants' votes as chips „Name: 3“ with a × to take one back; a click on
    /// a chip makes the next digit count for that participant.
    fn chips_ui(
        &mut self,
        ui: &mut egui::Ui,
        session: &Session,
        question_id: &str,
        lang: Lang,
    ) -> Vec<Command> {
        let mut commands = Vec::new();
        let raters = &session.assessment.raters;
        let cursor = self.cursor % raters.len().max(1);
        ui.horizontal_wrapped(|ui| {
            ui.spacing_mut().item_spacing.x = 4.0;
            ui.label(egui::RichText::new(tr!(lang, "votes")).strong());
            for (i, rater) in raters.iter().enumerate() {
                let vote = session.assessment.vote(question_id, &rater.id);
                let text = format!("{}: {}", rater.label, response_short(vote));
                // A chip and its × stay on one row.
                let padding = 2.0 * ui.spacing().button_padding.x;
                let spacing = ui.spacing().item_spacing.x;
                let mut pair = text_width(ui, &text) + padding + spacing;
                if vote.is_some() {
                    pair += text_width(ui, "×") + padding + spacing;
                }
                if i > 0 && pair > ui.available_size_before_wrap().x {
                    ui.end_row();
                }
                let chip = egui::Button::selectable(i == cursor, text);
                let response = ui
                    .add(chip)
                    .on_hover_text(tr!(lang, "workshop-next-digit-counts-for"));
                if response.clicked() {
                    self.cursor = i;
                }
                if vote.is_some() {
                    commands.extend(take_back_ui(ui, &rater.id, &rater.label, vote, lang));
                }
                ui.add_space(6.0);
            }
        });
        commands
    }

    /// The consensus with its rule in a tooltip, the spread, the discuss flag and the
    /// button that accepts the consensus, in the current row. `compact` (projector
    /// mode) leaves the discuss threshold to the tooltip, so the row fits.
    fn consensus_ui(
        &self,
        ui: &mut egui::Ui,
        s: &VoteSummary,
        lang: Lang,
        compact: bool,
    ) -> Vec<Command> {
        let mut commands = Vec::new();
        let consensus = s
            .consensus
            .map(|c| format!("{} {c}", tr!(lang, "level-2")))
            .unwrap_or_else(|| "–".into());
        // Projector mode: „· Konsens: Stufe 3“ after the count of votes, the rule (the
        // median) in the tooltip, so the row fits.
        let title = if compact {
            format!("· {}", tr!(lang, "workshop-consensus"))
        } else {
            tr!(lang, "workshop-consensus-median").to_string()
        };
        ui.label(egui::RichText::new(format!("{title}: {consensus}")).strong())
            .on_hover_text(consensus_rule(lang));
        if let Some(spread) = s.spread {
            ui.label(format!("· {}: {spread}", tr!(lang, "workshop-spread")));
        }
        if s.needs_discussion {
            let rule = format!("{} ≥ {DISCUSS_SPREAD}", tr!(lang, "spread"));
            let text = if compact {
                format!("⚠ {}", tr!(lang, "workshop-discuss-this"))
            } else {
                format!("⚠ {} ({rule})", tr!(lang, "workshop-discuss-this"))
            };
            ui.colored_label(
                ui.visuals().warn_fg_color,
                egui::RichText::new(text).strong(),
            )
            .on_hover_text(rule);
        }
        if s.consensus.is_some()
            && self.confirm_replace.is_none()
            && ui
                .button(Action::AcceptConsensus.label(lang))
                .on_hover_text(Action::AcceptConsensus.tooltip(lang))
                .clicked()
        {
            commands.push(Command::Action(Action::AcceptConsensus));
        }
        commands
    }
}

/// The × that takes back a participant's vote; where there is none, the same space left
/// empty, so votes in a column stay aligned.
fn take_back_ui(
    ui: &mut egui::Ui,
    rater_id: &str,
    label: &str,
    vote: Option<Response>,
    lang: Lang,
) -> Vec<Command> {
    if vote.is_none() {
        ui.add_space(text_width(ui, "×") + 2.0 * ui.spacing().button_padding.x);
        return Vec::new();
    }
    let name = format!("{} {label}", tr!(lang, "workshop-take-back-vote-of"));
    let remove = ui.small_button("×").on_hover_text(&name).named(name);
    if remove.clicked() {
        vec![Command::Edit(Edit::RemoveVote(rater_id.to_string()))]
    } else {
        Vec::new()
    }
}

/// The width of `text` on one line in `ui`'s button text style (or its override).
fn text_width(ui: &egui::Ui, text: &str) -> f32 {
    let font = egui::FontSelection::Default
        .resolve_with_fallback(ui.style(), egui::TextStyle::Button.into());
    text_width_in(ui, text, font)
}

/// The width of `text` on one line in `font`.
fn text_width_in(ui: &egui::Ui, text: &str, font: egui::FontId) -> f32 {
    egui::WidgetText::from(text)
        .into_galley(
            ui,
            Some(egui::TextWrapMode::Extend),
            f32::INFINITY,
            egui::FontSelection::FontId(font),
        )
        .size()
        .x
}

/// The font of a vote's figure in projector mode: the heading's bold face, 32 px.
fn vote_figure_font(ui: &egui::Ui) -> egui::FontId {
    let mut font = egui::TextStyle::Heading.resolve(ui.style());
    font.size = VOTE_FIGURE_SIZE;
    font
}

/// Asks whether an agreed level may be replaced by the consensus.
fn replace_question_ui(ui: &mut egui::Ui, pending: &PendingReplace, lang: Lang) -> Vec<Command> {
    let mut commands = Vec::new();
    let agreed = match pending.agreed {
        Response::Level(level) => format!("{} {level}", tr!(lang, "level-2")),
        Response::DontKnow => tr!(lang, "workshop-don-t-know").to_string(),
        Response::NotApplicable => tr!(lang, "workshop-not-applicable").to_string(),
    };
    egui::Frame::new()
        .stroke(egui::Stroke::new(2.0, ui.visuals().warn_fg_color))
        .inner_margin(6)
        .corner_radius(4)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.add(
                egui::Label::new(
                    egui::RichText::new(format!(
                        "{} {agreed} {} {} {}?",
                        tr!(lang, "workshop-already-agreed"),
                        tr!(lang, "workshop-replace-it-with-consensus"),
                        tr!(lang, "level-2"),
                        pending.consensus,
                    ))
                    .strong(),
                )
                .wrap(),
            );
            ui.horizontal_wrapped(|ui| {
                let replace = format!(
                    "{} {}",
                    tr!(lang, "workshop-replace-with-level"),
                    pending.consensus
                );
                if ui.button(replace).clicked() {
                    commands.push(Command::Action(Action::ReplaceWithConsensus));
                }
                if ui
                    .button(format!("{} {agreed}", tr!(lang, "workshop-keep")))
                    .clicked()
                {
                    commands.push(Command::Action(Action::KeepAgreed));
                }
            });
        });
    commands
}

/// The discussion list: every question where the room disagreed, most disagreement first,
/// as full-width rows with code and short title, the question, the votes and the spread.
/// Returns the command to jump to a question.
pub(crate) fn discussion_ui(
    ui: &mut egui::Ui,
    questionnaire: &Questionnaire,
    session: &Session,
    lang: Lang,
) -> Vec<Command> {
    let mut commands = Vec::new();
    let items = discussion_list(questionnaire, &session.assessment);
    super::screen::page_scroll(ui, "discussion")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.heading(tr!(lang, "discussion-list")).heading_level(1);
            ui.add(egui::Label::new(tr!(lang, "workshop-questions-where-votes-are")).wrap());
            ui.add_space(8.0);
            if items.is_empty() {
                ui.label(tr!(lang, "workshop-no-question-with-large"));
            }
            for item in &items {
                let Some((_, question)) = questionnaire.question(&item.question_id) else {
                    continue;
                };
                let d = &item.summary.distribution;
                egui::Frame::group(ui.style()).show(ui, |ui| {
                    ui.set_width(ui.available_width());
                    ui.horizontal_wrapped(|ui| {
                        ui.label(
                            egui::RichText::new(format!(
                                "{} · {}",
                                item.code,
                                question.short_title(lang)
                            ))
                            .text_style(egui::TextStyle::Heading),
                        );
                    });
                    ui.add(egui::Label::new(question.text.get(lang)).wrap());
                    let mut votes: Vec<String> = d
                        .levels
                        .iter()
                        .enumerate()
                        .filter(|(_, n)| **n > 0)
                        .map(|(level, n)| format!("{n}× {} {level}", tr!(lang, "level-2")))
                        .collect();
                    if d.dont_know > 0 {
                        votes.push(format!("{}× {}", d.dont_know, tr!(lang, "don-t-know-2")));
                    }
                    if d.not_applicable > 0 {
                        votes.push(format!(
                            "{}× {}",
                            d.not_applicable,
                            tr!(lang, "not-applicable-2")
                        ));
                    }
                    ui.horizontal_wrapped(|ui| {
                        ui.label(
                            egui::RichText::new(format!(
                                "{}: {}",
                                tr!(lang, "workshop-spread"),
                                item.summary.spread.unwrap_or(0)
                            ))
                            .strong(),
                        );
                        ui.label(format!(
                            "· {}: {}",
                            tr!(lang, "workshop-votes-2"),
                            votes.join(", ")
                        ));
                        if let Some(c) = item.summary.consensus {
                            ui.label(format!(
                                "· {}: {} {c}",
                                tr!(lang, "workshop-consensus"),
                                tr!(lang, "level-2")
                            ));
                        }
                        if ui.button(tr!(lang, "command-go-to-question")).clicked() {
                            commands.push(Command::GoToQuestion(item.index));
                        }
                    });
                });
                ui.add_space(4.0);
            }
        });
    commands
}
