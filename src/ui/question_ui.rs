//! The questionnaire walk-through: dimension overview, one question at a time with its
//! five level cards, "don't know", "not applicable", a comment and navigation.

use super::a11y::AccessibleResponse;
use super::command::{Action, Command, Edit};
use super::theme::{level_number_style, question_style};
use crate::model::{Questionnaire, Response};
use crate::session::Session;
use crate::text::Lang;
use crate::tr;

/// State of the walk-through: which question is shown and the comment being typed.
#[derive(Debug, Default)]
pub struct QuestionView {
    /// Index of the current question in walk-through order.
    pub index: usize,
    /// The comment text field's content for the current question.
    comment: String,
    /// The question whose comment `comment` holds.
    comment_for: Option<usize>,
    /// The evidence list and form of the current question.
    evidence: super::evidence_ui::EvidenceView,
}

impl QuestionView {
    /// Moves to question `index` (clamped to the questionnaire).
    pub fn go_to(&mut self, index: usize, questionnaire: &Questionnaire) {
        self.index = index.min(questionnaire.question_count().saturating_sub(1));
    }

    /// Moves one question forward; returns false at the last question.
    pub fn next(&mut self, questionnaire: &Questionnaire) -> bool {
        if self.index + 1 < questionnaire.question_count() {
            self.index += 1;
            true
        } else {
            false
        }
    }

    /// Moves one question back.
    pub(crate) fn previous(&mut self) {
        self.index = self.index.saturating_sub(1);
    }

    /// Moves to the next question without a response (wrapping around); false if none.
    pub(crate) fn next_unanswered(
        &mut self,
        questionnaire: &Questionnaire,
        session: &Session,
    ) -> bool {
        let ids: Vec<&str> = questionnaire
            .questions()
            .map(|(_, q)| q.id.as_str())
            .collect();
        let n = ids.len();
        let found = (1..=n)
            .map(|step| (self.index + step) % n)
            .find(|&i| session.assessment.response(ids[i]).is_none());
        match found {
            Some(i) => {
                self.index = i;
                true
            }
            None => false,
        }
    }

    /// The id of the current question.
    pub fn current_id<'q>(&self, questionnaire: &'q Questionnaire) -> Option<&'q str> {
        questionnaire
            .questions()
            .nth(self.index)
            .map(|(_, q)| q.id.as_str())
    }

    /// Shows the sidebar with all dimensions and questions; a click jumps there.
    pub(crate) fn sidebar_ui(
        &mut self,
        ui: &mut egui::Ui,
        questionnaire: &Questionnaire,
        session: &Session,
        lang: Lang,
    ) {
        let assessment = &session.assessment;
        let total = questionnaire.question_count();
        // "Beantwortet" counts answers with a level, as in the results; "weiß nicht" and
        // "trifft nicht zu" are counted apart.
        let with_level = |id: &str| matches!(assessment.response(id), Some(Response::Level(_)));
        let answered = questionnaire
            .questions()
            .filter(|(_, q)| with_level(&q.id))
            .count();
        let without_level = assessment
            .responded_count(questionnaire)
            .saturating_sub(answered);
        ui.add_space(4.0);
        ui.add(
            egui::Label::new(if without_level > 0 {
                format!(
                    "{answered} / {total} {} · {without_level} {}",
                    tr!(lang, "question-answered"),
                    tr!(lang, "question-without-level")
                )
            } else {
                format!("{answered} / {total} {}", tr!(lang, "question-answered"))
            })
            .wrap(),
        )
        .on_hover_text(tr!(lang, "question-answered-with-level-0"));
        let progress = ui.add(egui::ProgressBar::new(
            (answered + without_level) as f32 / total.max(1) as f32,
        ));
        super::a11y::describe_progress(
            &progress,
            &tr!(
                lang,
                "a11y-progress",
                done = answered + without_level,
                total = total
            ),
        );
        ui.add_space(6.0);
        egui::ScrollArea::vertical().show(ui, |ui| {
            let mut flat = 0;
            for dimension in &questionnaire.dimensions {
                let done = dimension
                    .questions
                    .iter()
                    .filter(|q| with_level(&q.id))
                    .count();
                let current_here = (flat..flat + dimension.questions.len()).contains(&self.index);
                // The count first, so it stays visible when a long name is cut off.
                let header = format!(
                    "{done}/{} · {}",
                    dimension.questions.len(),
                    super::short_dimension_name(dimension.name.get(lang)),
                );
                let id = ui.make_persistent_id(("dim", &dimension.id));
                // Beside the arrow, cut with „…“ where it would not fit; the full name is
                // the tooltip.
                let room = ui.available_width()
                    - ui.spacing().icon_width
                    - ui.spacing().icon_spacing
                    - 2.0 * ui.spacing().button_padding.x;
                let shown = fit_to_width(ui, &header, room);
                let cut = shown != header;
                let section = egui::CollapsingHeader::new(egui::RichText::new(shown).strong())
                    .id_salt(id)
                    .open(current_here.then_some(true))
                    .show(ui, |ui| {
                        for (i, question) in dimension.questions.iter().enumerate() {
                            let index = flat + i;
                            let mark = match assessment.response(&question.id) {
                                Some(Response::Level(level)) => level.to_string(),
                                Some(Response::DontKnow) => "?".into(),
                                Some(Response::NotApplicable) => "–".into(),
                                None => "○".into(),
                            };
                            let text = format!(
                                "{mark}  {}",
                                crate::present::question_label(questionnaire, &question.id, lang)
                            );
                            let response = ui
                                .add(egui::Button::selectable(index == self.index, text).truncate())
                                .on_hover_text(question.text.get(lang));
                            if response.clicked() {
                                self.index = index;
                            }
                            if index == self.index && response.gained_focus() {
                                response.scroll_to_me(None);
                            }
                        }
                    });
                if cut {
                    section.header_response.on_hover_text(header);
                }
                flat += dimension.questions.len();
            }
        });
    }

    /// Shows the current question; returns the commands its buttons triggered.
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        questionnaire: &Questionnaire,
        session: &Session,
        lang: Lang,
        projector: bool,
        workshop: Option<&mut super::workshop_ui::WorkshopView>,
    ) -> Vec<Command> {
        let mut commands = Vec::new();
        let Some((dimension, question)) = questionnaire.questions().nth(self.index) else {
            return commands;
        };
        let position_in_dimension = dimension
            .questions
            .iter()
            .position(|q| q.id == question.id)
            .unwrap_or(0);
        if self.comment_for != Some(self.index) {
            self.comment = session.assessment.comment(&question.id).to_string();
            self.comment_for = Some(self.index);
        }
        let current = session.assessment.response(&question.id);

        commands.extend(self.navigation_ui(ui, questionnaire, lang));

        super::screen::page_scroll(ui, ("question", self.index)).show(ui, |ui| {
            let viewport_height = ui.clip_rect().height();
            let content_top = ui.max_rect().top();
            // About 100 characters per line, also with projector-size text.
            let readable = 58.0 * ui.text_style_height(&egui::TextStyle::Body);
            ui.set_max_width(readable.min(ui.available_width()));
            let place = egui::RichText::new(format!(
                "{} · {} {} {} {}",
                dimension.name.get(lang),
                tr!(lang, "question-question"),
                position_in_dimension + 1,
                tr!(lang, "of"),
                dimension.questions.len()
            ));
            // Small in projector mode, still larger there than normal text.
            ui.label(if projector { place.small() } else { place });
            ui.add_space(2.0);
            // In a workshop on a short projector screen (a 1280×800 beamer) the question
            // in bold at the size of the level cards' text, so the votes and all five
            // cards fit below it.
            let heading = egui::RichText::new(question.text.get(lang));
            let heading = if projector && workshop.is_some() && viewport_height < 760.0 {
                let size = ui.text_style_height(&egui::TextStyle::Small);
                heading.font(egui::FontId::new(size, super::theme::bold_family()))
            } else {
                heading.text_style(question_style())
            };
            ui.label(heading).heading_level(1);
            ui.add_space(4.0);
            // In projector mode the help (closed there) goes below the level cards, so
            // the cards fit on the screen.
            // The help starts open where the view is tall enough for it, the level
            // cards and the answer controls below them (not on a 768 px laptop).
            let open = !projector && viewport_height >= 760.0;
            if !projector {
                help_ui(ui, question, session, lang, projector, open);
                ui.add_space(6.0);
            }
            let votes = crate::workshop::summary(&session.assessment, &question.id).distribution;
            if let Some(workshop) = workshop {
                commands.extend(workshop.votes_ui(ui, session, &question.id, lang, projector));
                ui.add_space(6.0);
            }

            let descriptions: Vec<&str> = question.levels.iter().map(|d| d.get(lang)).collect();
            let left = viewport_height - (ui.cursor().top() - content_top);
            // Below the cards, on the same screen where possible: „Weiß nicht“ and
            // „Trifft nicht zu“, the comment's label and three lines of it.
            let body = ui.text_style_height(&egui::TextStyle::Body);
            let row = ui.spacing().interact_size.y.max(body) + ui.spacing().item_spacing.y;
            let below = 2.0 * row + 4.0 * body + 24.0;
            let size = CardSize::fitting(ui, &descriptions, left - below, projector, false)
                .or_else(|| CardSize::fitting(ui, &descriptions, left, projector, true))
                .unwrap_or(CardSize::smallest(projector));
            commands.extend(level_cards_ui(
                ui,
                &descriptions,
                current,
                &votes.levels,
                size,
                lang,
            ));
            ui.add_space(4.0);
            if projector {
                help_ui(ui, question, session, lang, projector, open);
                ui.add_space(4.0);
            }

            commands.extend(answer_buttons_ui(ui, current, lang));
            ui.add_space(8.0);

            let label = ui.label(egui::RichText::new(tr!(lang, "comment")).strong());
            let edit = ui
                .add(
                    egui::TextEdit::multiline(&mut self.comment)
                        .desired_rows(3)
                        .desired_width(f32::INFINITY)
                        .hint_text(tr!(lang, "question-evidence-open-points-differing")),
                )
                .labelled_by(label.id);
            if edit.changed() {
                commands.push(Command::Edit(Edit::SetComment(self.comment.clone())));
            }
            ui.add_space(8.0);
            commands.extend(self.evidence.ui(ui, session, &question.id, lang));
            ui.add_space(12.0);
        });
        commands
    }

    /// Zurück, Weiter (or Ergebnis after the last question) and „Nächste offene Frage“,
    /// in a panel at the bottom: visible however long the question, its help and its
    /// evidence are.
    fn navigation_ui(
        &self,
        ui: &mut egui::Ui,
        questionnaire: &Questionnaire,
        lang: Lang,
    ) -> Vec<Command> {
        let mut commands = Vec::new();
        egui::Panel::bottom("question-navigation")
            .frame(egui::Frame::new().inner_margin(egui::Margin::symmetric(0, 6)))
            .show(ui, |ui| {
                ui.horizontal(|ui| {
                    let at_start = self.index == 0;
                    if ui
                        .add_enabled(
                            !at_start,
                            egui::Button::new(format!("← {}", Action::Previous.label(lang))),
                        )
                        .on_hover_text(Action::Previous.tooltip(lang))
                        .clicked()
                    {
                        commands.push(Command::Action(Action::Previous));
                    }
                    let at_end = self.index + 1 >= questionnaire.question_count();
                    let action = if at_end {
                        Action::ShowResults
                    } else {
                        Action::Next
                    };
                    if ui
                        .button(format!("{} →", action.label(lang)))
                        .on_hover_text(action.tooltip(lang))
                        .clicked()
                    {
                        commands.push(Command::Action(action));
                    }
                    if ui
                        .button(Action::NextUnanswered.label(lang))
                        .on_hover_text(Action::NextUnanswered.tooltip(lang))
                        .clicked()
                    {
                        commands.push(Command::Action(Action::NextUnanswered));
                    }
                });
            });
        commands
    }
}

/// The five level cards at `size`, the one of `current` selected, each with its count of
/// `votes`; a click sets the level.
fn level_cards_ui(
    ui: &mut egui::Ui,
    descriptions: &[&str],
    current: Option<Response>,
    votes: &[u32; 5],
    size: CardSize,
    lang: Lang,
) -> Vec<Command> {
    let mut commands = Vec::new();
    ui.scope(|ui| {
        ui.spacing_mut().item_spacing.y = size.gap();
        for (level, description) in descriptions.iter().enumerate() {
            let level = level as u8;
            let card = LevelCard {
                level,
                description,
                selected: current == Some(Response::Level(level)),
                votes: votes.get(usize::from(level)).copied().unwrap_or(0),
                size,
            };
            if card.ui(ui, lang).clicked() {
                commands.push(Command::Action(Action::SetLevel(level)));
            }
        }
    });
    commands
}

/// „Weiß nicht“, „Trifft nicht zu“ (selected where chosen) and, once answered,
/// „Antwort löschen“.
fn answer_buttons_ui(ui: &mut egui::Ui, current: Option<Response>, lang: Lang) -> Vec<Command> {
    let mut commands = Vec::new();
    ui.horizontal_wrapped(|ui| {
        for (command, response) in [
            (Action::DontKnow, Response::DontKnow),
            (Action::NotApplicable, Response::NotApplicable),
        ] {
            let selected = current == Some(response);
            if ui
                .add(egui::Button::selectable(selected, command.label(lang)))
                .on_hover_text(command.tooltip(lang))
                .clicked()
            {
                commands.push(Command::Action(command));
            }
        }
        if current.is_some() && ui.button(Action::ClearAnswer.label(lang)).clicked() {
            commands.push(Command::Action(Action::ClearAnswer));
        }
    });
    commands
}

/// `text` cut at the end with „…“ so that it fits into `width` in the body text style.
fn fit_to_width(ui: &egui::Ui, text: &str, width: f32) -> String {
    let fits = |candidate: &str| {
        egui::WidgetText::from(candidate)
            .into_galley(
                ui,
                Some(egui::TextWrapMode::Extend),
                f32::INFINITY,
                egui::TextStyle::Body,
            )
            .size()
            .x
            <= width
    };
    if fits(text) {
        return text.to_string();
    }
    let chars: Vec<char> = text.chars().collect();
    (1..chars.len())
        .rev()
        .map(|n| format!("{}…", chars[..n].iter().collect::<String>().trim_end()))
        .find(|candidate| fits(candidate))
        .unwrap_or_else(|| "…".to_string())
}

/// The collapsible help of a question: why it matters and what counts as evidence.
fn help_ui(
    ui: &mut egui::Ui,
    question: &crate::model::Question,
    session: &Session,
    lang: Lang,
    projector: bool,
    open: bool,
) {
    egui::CollapsingHeader::new(tr!(lang, "question-why-it-matters-and"))
        // Own state per mode: projector mode starts with the help closed.
        .id_salt(("help", projector))
        .default_open(open)
        .show(ui, |ui| {
            ui.label(question.help.get(lang));
            super::evidence_ui::help_extras(ui, question, &session.assessment.profile, lang);
        });
}

/// How large the level cards are drawn: full size, or compact so that all five fit on
/// the screen below a workshop's vote panel.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum CardSize {
    /// Large number, generous margins.
    Full,
    /// Number at heading size, narrow margins, no gaps.
    Compact,
    /// As compact, the descriptions in small text.
    Tight,
    /// As tight, the descriptions a little smaller still (in projector mode still larger
    /// than normal body text): long descriptions on a short projector screen.
    Smallest,
}

/// The descriptions' size on the smallest cards, relative to small text.
const SMALLEST_TEXT: f32 = 0.82;

impl CardSize {
    /// The inner margin of a card.
    fn margin(self) -> egui::Margin {
        match self {
            CardSize::Full => egui::Margin::symmetric(12, 8),
            CardSize::Compact => egui::Margin::symmetric(10, 3),
            CardSize::Tight | CardSize::Smallest => egui::Margin::symmetric(8, 1),
        }
    }

    /// The space between two cards.
    fn gap(self) -> f32 {
        match self {
            CardSize::Full => 10.0,
            CardSize::Compact => 2.0,
            CardSize::Tight | CardSize::Smallest => 1.0,
        }
    }

    /// The font of the description.
    fn text_font(self, style: &egui::Style) -> egui::FontId {
        match self {
            CardSize::Full | CardSize::Compact => egui::TextStyle::Body.resolve(style),
            CardSize::Tight => egui::TextStyle::Small.resolve(style),
            CardSize::Smallest => {
                let mut font = egui::TextStyle::Small.resolve(style);
                font.size *= SMALLEST_TEXT;
                font
            }
        }
    }

    /// The text style of the level number.
    fn number_style(self) -> egui::TextStyle {
        match self {
            CardSize::Full => level_number_style(),
            CardSize::Compact | CardSize::Tight | CardSize::Smallest => egui::TextStyle::Heading,
        }
    }

    /// The smallest size: where even it does not fit, as many levels as possible show.
    fn smallest(projector: bool) -> CardSize {
        if projector {
            CardSize::Smallest
        } else {
            CardSize::Compact
        }
    }

    /// The largest size at which the five cards fit into `height`, if any. Small text
    /// only in projector mode, where it is still larger than normal body text; the
    /// smallest text only as a `last_resort`, where the cards alone would not fit (not
    /// to make room for what follows them).
    fn fitting(
        ui: &egui::Ui,
        descriptions: &[&str],
        height: f32,
        projector: bool,
        last_resort: bool,
    ) -> Option<CardSize> {
        let sizes: &[CardSize] = match (projector, last_resort) {
            (false, _) => &[CardSize::Full, CardSize::Compact],
            (true, false) => &[CardSize::Full, CardSize::Compact, CardSize::Tight],
            (true, true) => &[
                CardSize::Full,
                CardSize::Compact,
                CardSize::Tight,
                CardSize::Smallest,
            ],
        };
        sizes
            .iter()
            .copied()
            .find(|size| size.height(ui, descriptions) <= height)
    }

    /// The height the cards for `descriptions` take at this size, gaps included: the
    /// descriptions laid out at the width the card leaves them (with room for a vote
    /// count).
    fn height(self, ui: &egui::Ui, descriptions: &[&str]) -> f32 {
        let margin = self.margin();
        let spacing = ui.spacing().item_spacing;
        let layout = |text: &str, font: egui::FontId, width: f32| {
            egui::WidgetText::from(text)
                .into_galley(
                    ui,
                    Some(egui::TextWrapMode::Wrap),
                    width,
                    egui::FontSelection::FontId(font),
                )
                .size()
        };
        let style = ui.style();
        let number = layout("4", self.number_style().resolve(style), f32::INFINITY);
        let count = layout("12×", egui::TextStyle::Body.resolve(style), f32::INFINITY);
        let text_width = ui.available_width()
            - f32::from(margin.left + margin.right)
            - number.x
            - 8.0
            - count.x
            - 6.0
            - 4.0 * spacing.x;
        let cards: f32 = descriptions
            .iter()
            .map(|d| {
                let text = layout(d, self.text_font(style), text_width.max(1.0));
                text.y.max(number.y) + f32::from(margin.top + margin.bottom) + 2.0
            })
            .sum();
        cards + descriptions.len() as f32 * self.gap()
    }
}

/// A large, clickable card for one level: the number and its full description.
struct LevelCard<'a> {
    level: u8,
    description: &'a str,
    selected: bool,
    votes: u32,
    size: CardSize,
}

impl LevelCard<'_> {
    fn ui(&self, ui: &mut egui::Ui, lang: Lang) -> egui::Response {
        let LevelCard {
            level,
            description,
            selected,
            votes,
            size,
        } = *self;
        let visuals = ui.visuals().clone();
        let (fill, text_color, stroke) = if selected {
            (
                visuals.selection.bg_fill,
                visuals.selection.stroke.color,
                egui::Stroke::new(3.0, visuals.selection.stroke.color),
            )
        } else {
            (
                visuals.faint_bg_color,
                visuals.text_color(),
                visuals.widgets.noninteractive.bg_stroke,
            )
        };
        // The name says which level and what it means, as the card shows it.
        let accessible = if votes > 0 {
            tr!(
                lang,
                "a11y-level-card-votes",
                level = level,
                text = description,
                count = votes
            )
        } else {
            tr!(lang, "a11y-level-card", level = level, text = description)
        };
        let response = ui
            .scope_builder(egui::UiBuilder::new().sense(egui::Sense::click()), |ui| {
                let hovered = ui.response().hovered();
                let stroke = if ui.response().has_focus() {
                    super::theme::focus_stroke(ui)
                } else if hovered && !selected {
                    visuals.widgets.hovered.bg_stroke
                } else {
                    stroke
                };
                egui::Frame::new()
                    .fill(fill)
                    .stroke(stroke)
                    .corner_radius(8)
                    .inner_margin(size.margin())
                    .show(ui, |ui| {
                        ui.set_width(ui.available_width());
                        ui.horizontal(|ui| {
                            ui.add(
                                egui::Label::new(
                                    egui::RichText::new(level.to_string())
                                        .text_style(size.number_style())
                                        .color(text_color),
                                )
                                .selectable(false),
                            );
                            ui.add_space(8.0);
                            if votes > 0 {
                                ui.add(
                                    egui::Label::new(
                                        egui::RichText::new(format!("{votes}×"))
                                            .strong()
                                            .color(text_color),
                                    )
                                    .selectable(false),
                                )
                                .on_hover_text(tr!(lang, "question-votes-for-this-level"));
                                ui.add_space(6.0);
                            }
                            ui.add(
                                egui::Label::new(
                                    egui::RichText::new(description)
                                        .font(size.text_font(ui.style()))
                                        .color(text_color),
                                )
                                .wrap()
                                .selectable(false),
                            );
                        });
                    });
            })
            .response;
        response.widget_info(|| {
            egui::WidgetInfo::selected(egui::Role::Button, true, selected, &accessible)
        });
        response.on_hover_cursor(egui::CursorIcon::PointingHand)
    }
}
