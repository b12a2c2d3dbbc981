//! Workshop mode: participants, votes entered by keyboard in turn, the consensus with its
//! rule, "discuss this" flags and the discussion list.

use super::a11y::AccessibleResponse;
use super::command::{Action, Command, Edit, response_short};
use crate::model::{Questionnaire, Response};
use crate::session::Session;
use crate::text::Lang;
use crate::tr;
use crate::workshop::{DISCUSS_SPREAD, consensus_rule, discussion_list, summary};

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
    /// the focus stays there, so names can be typed in a row. `compact` (projector mode)
    /// lists the participants in small text, which is still larger than normal text.
    pub(crate) fn raters_ui(
        &mut self,
        ui: &mut egui::Ui,
        session: &Session,
        lang: Lang,
        compact: bool,
    ) -> Vec<Command> {
        let mut commands = Vec::new();
        ui.label(egui::RichText::new(tr!(lang, "workshop-participants")).strong());
        let raters = session.assessment.raters.clone();
        // Compact rows (no gaps, buttons as high as the text), so a room of 12 fits in
        // half the sidebar; where it does not, the list follows the participant whose
        // vote comes next.
        let style = if compact {
            egui::TextStyle::Small
        } else {
            egui::TextStyle::Body
        };
        let row = ui.text_style_height(&style) + 2.0;
        let cursor = self.cursor % raters.len().max(1);
        let follow = self.shown_cursor != Some(cursor);
        self.shown_cursor = Some(cursor);
        egui::ScrollArea::vertical()
            .id_salt("participants")
            .max_height((ui.available_height() * 0.5).max(4.0 * row))
            .auto_shrink([false, true])
            .show(ui, |ui| {
                ui.spacing_mut().item_spacing.y = 2.0;
                ui.spacing_mut().interact_size.y = ui.text_style_height(&style);
                ui.style_mut().override_text_style = Some(style.clone());
                for (i, rater) in raters.iter().enumerate() {
                    let line = ui.horizontal(|ui| {
                        let marker = if i == self.cursor % raters.len().max(1) {
                            "▶"
                        } else {
                            " "
                        };
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
                        ui.add(
                            egui::Label::new(format!("{marker} {}. {}", i + 1, rater.label))
                                .truncate(),
                        );
                    });
                    if follow && i == cursor {
                        line.response.scroll_to_me(None);
                    }
                }
            });
        let add_label = tr!(lang, "command-add");
        // The "Hinzufügen" button beside the field where at least 120 px remain for the
        // name, otherwise below it.
        let spacing = ui.spacing().item_spacing.x;
        let add_width = text_width(ui, add_label) + 2.0 * ui.spacing().button_padding.x;
        let label_width = text_width(ui, tr!(lang, "workshop-new")) + spacing;
        let beside = ui.available_width() - label_width - add_width - spacing >= 120.0;
        let (mut clicked, mut enter) = (false, false);
        ui.horizontal(|ui| {
            let label = ui.label(tr!(lang, "workshop-new"));
            let field = if beside {
                ui.available_width() - add_width - spacing
            } else {
                ui.available_width()
            };
            let edit = ui
                .add(
                    egui::TextEdit::singleline(&mut self.new_rater)
                        .hint_text(tr!(lang, "workshop-e-g-finance"))
                        .desired_width(field),
                )
                .labelled_by(label.id);
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
        if (clicked || enter) && !self.new_rater.trim().is_empty() {
            commands.push(Command::Edit(Edit::AddRater(
                self.new_rater.trim().to_string(),
            )));
            self.new_rater.clear();
        }
        commands
    }

    /// The votes on the current question, the consensus, the discuss flag and the
    /// question whether to replace an agreed level. `compact` (projector mode) draws the
    /// participants' names in small text beside their votes in large figures (readable
    /// across the room) and leaves the rule to the tooltip, so that the level cards
    /// below still fit on the screen.
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
        let cursor = self.cursor % raters.len();
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.horizontal_wrapped(|ui| {
                ui.spacing_mut().item_spacing.x = 4.0;
                if compact {
                    ui.style_mut().override_text_style = Some(egui::TextStyle::Small);
                    ui.spacing_mut().interact_size.y =
                        ui.text_style_height(&egui::TextStyle::Small);
                    ui.spacing_mut().button_padding.y = 0.0;
                    ui.spacing_mut().item_spacing.y = 2.0;
                }
                let title = ui.label(egui::RichText::new(tr!(lang, "votes")).strong());
                if compact {
                    // The markers' meaning, a paragraph below in normal mode.
                    title.on_hover_text(tr!(lang, "workshop-no-vote-yet-don"));
                }
                for (i, rater) in raters.iter().enumerate() {
                    let vote = session.assessment.vote(question_id, &rater.id);
                    let text = chip_text(ui, &rater.label, vote, compact);
                    let galley = text.clone().into_galley(
                        ui,
                        Some(egui::TextWrapMode::Extend),
                        f32::INFINITY,
                        egui::TextStyle::Button,
                    );
                    // A chip and its × stay on one row.
                    let padding = 2.0 * ui.spacing().button_padding.x;
                    let spacing = ui.spacing().item_spacing.x;
                    let mut pair = galley.size().x + padding + spacing;
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
                        let remove = ui.small_button("×").on_hover_text(format!(
                            "{} {}",
                            tr!(lang, "workshop-take-back-vote-of"),
                            rater.label
                        ));
                        remove.widget_info(|| {
                            egui::WidgetInfo::labeled(
                                egui::Role::Button,
                                true,
                                format!(
                                    "{} {}",
                                    tr!(lang, "workshop-take-back-vote-of"),
                                    rater.label
                                ),
                            )
                        });
                        if remove.clicked() {
                            commands.push(Command::Edit(Edit::RemoveVote(rater.id.clone())));
                        }
                    }
                    ui.add_space(if compact { 2.0 } else { 6.0 });
                }
            });
            let s = summary(&session.assessment, question_id);
            if s.has_votes() {
                let consensus = s
                    .consensus
                    .map(|c| format!("{} {c}", tr!(lang, "level-2")))
                    .unwrap_or_else(|| "–".into());
                ui.horizontal_wrapped(|ui| {
                    if compact {
                        ui.style_mut().override_text_style = Some(egui::TextStyle::Small);
                    }
                    ui.label(
                        egui::RichText::new(format!(
                            "{}: {consensus}",
                            tr!(lang, "workshop-consensus-median")
                        ))
                        .strong(),
                    )
                    .on_hover_text(consensus_rule(lang));
                    if let Some(spread) = s.spread {
                        ui.label(format!("· {}: {spread}", tr!(lang, "workshop-spread")));
                    }
                    if s.needs_discussion {
                        // Projector mode: the threshold in the tooltip, so the row fits.
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
                });
            }
            // The markers and the rule in one small paragraph (projector mode: in the
            // tooltips of „Stimmen:“ and the consensus).
            if !compact {
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
}

/// A participant's chip: „Name: 3“; in projector mode the name small and the vote in
/// large bold figures (32 px), so the room reads it from afar.
fn chip_text(ui: &egui::Ui, label: &str, vote: Option<Response>, large: bool) -> egui::WidgetText {
    if !large {
        return format!("{label}: {}", response_short(vote)).into();
    }
    let name_font = egui::FontSelection::Default
        .resolve_with_fallback(ui.style(), egui::TextStyle::Button.into());
    let mut figure_font = egui::TextStyle::Heading.resolve(ui.style());
    figure_font.size = 32.0;
    let mut job = egui::text::LayoutJob::default();
    let mut name = egui::TextFormat::simple(name_font, egui::Color32::PLACEHOLDER);
    name.valign = egui::Align::Center;
    job.append(&format!("{label}: "), 0.0, name);
    job.append(
        &response_short(vote),
        0.0,
        egui::TextFormat::simple(figure_font, egui::Color32::PLACEHOLDER),
    );
    job.into()
}

/// The width of `text` on one line in `ui`'s button text style (or its override).
fn text_width(ui: &egui::Ui, text: &str) -> f32 {
    let font = egui::FontSelection::Default
        .resolve_with_fallback(ui.style(), egui::TextStyle::Button.into());
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
