//! Workshop mode: participants, votes entered by keyboard in turn, the consensus with its
//! rule, "discuss this" flags and the discussion list.

use super::command::{Command, response_short};
use super::t;
use crate::model::Questionnaire;
use crate::session::Session;
use crate::text::Lang;
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
}

impl WorkshopView {
    /// The participant management: list, add, remove.
    pub fn raters_ui(&mut self, ui: &mut egui::Ui, session: &Session, lang: Lang) -> Vec<Command> {
        let mut commands = Vec::new();
        ui.label(egui::RichText::new(t(lang, "Teilnehmende", "Participants")).strong());
        let raters = session.assessment.raters.clone();
        for (i, rater) in raters.iter().enumerate() {
            ui.horizontal(|ui| {
                let marker = if i == self.cursor % raters.len().max(1) {
                    "▶"
                } else {
                    " "
                };
                ui.label(format!("{marker} {}. {}", i + 1, rater.label));
                if self.confirm_remove.as_deref() == Some(&rater.id) {
                    let votes = session.assessment.votes_of(&rater.id);
                    if ui
                        .small_button(format!(
                            "{} ({votes} {})",
                            t(lang, "Entfernen", "Remove"),
                            t(lang, "Stimmen", "votes")
                        ))
                        .clicked()
                    {
                        commands.push(Command::RemoveRater(rater.id.clone()));
                        self.confirm_remove = None;
                    }
                } else if ui
                    .small_button("×")
                    .on_hover_text(t(
                        lang,
                        "Teilnehmende entfernen (mit ihren Stimmen)",
                        "Remove participant (with their votes)",
                    ))
                    .clicked()
                {
                    self.confirm_remove = Some(rater.id.clone());
                }
            });
        }
        ui.horizontal(|ui| {
            let label = ui.label(t(lang, "Neu:", "New:"));
            let edit = ui
                .add(
                    egui::TextEdit::singleline(&mut self.new_rater)
                        .hint_text(t(lang, "z. B. Kämmerei", "e.g. Finance"))
                        .desired_width(140.0),
                )
                .labelled_by(label.id);
            let enter = edit.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
            if (ui.button(t(lang, "Hinzufügen", "Add")).clicked() || enter)
                && !self.new_rater.trim().is_empty()
            {
                commands.push(Command::AddRater(self.new_rater.trim().to_string()));
                self.new_rater.clear();
            }
        });
        commands
    }

    /// The votes on the current question, the consensus and the discuss flag.
    pub fn votes_ui(
        &mut self,
        ui: &mut egui::Ui,
        session: &Session,
        question_id: &str,
        lang: Lang,
    ) -> Vec<Command> {
        let mut commands = Vec::new();
        let raters = &session.assessment.raters;
        if raters.is_empty() {
            ui.label(t(lang, "Workshop: Teilnehmende links hinzufügen; dann gibt jede Ziffer 0–4 (oder D, N) die Stimme der nächsten Person ab.", "Workshop: add participants on the left; then each digit 0–4 (or D, N) records the next person's vote."));
            return commands;
        }
        let cursor = self.cursor % raters.len();
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.horizontal_wrapped(|ui| {
                ui.label(egui::RichText::new(t(lang, "Stimmen:", "Votes:")).strong());
                for (i, rater) in raters.iter().enumerate() {
                    let vote = session.assessment.vote(question_id, &rater.id);
                    let text = format!("{}: {}", rater.label, response_short(vote));
                    let next = i == cursor;
                    let chip = egui::Button::selectable(next, text);
                    if ui
                        .add(chip)
                        .on_hover_text(t(lang, "Die nächste Ziffer gilt für die markierte Person; Klick wählt sie aus.", "The next digit counts for the marked person; click to select."))
                        .clicked()
                    {
                        self.cursor = i;
                    }
                }
            });
            let s = summary(&session.assessment, question_id);
            if s.has_votes() {
                let consensus = s
                    .consensus
                    .map(|c| format!("{} {c}", t(lang, "Stufe", "level")))
                    .unwrap_or_else(|| "–".into());
                ui.horizontal_wrapped(|ui| {
                    ui.label(format!("{}: {consensus}", t(lang, "Konsens (Median)", "Consensus (median)")))
                        .on_hover_text(consensus_rule(lang));
                    if let Some(spread) = s.spread {
                        ui.label(format!("· {}: {spread}", t(lang, "Spannweite", "Spread")));
                    }
                    if s.needs_discussion {
                        ui.colored_label(
                            ui.visuals().warn_fg_color,
                            egui::RichText::new(format!(
                                "⚠ {} ({} ≥ {DISCUSS_SPREAD})",
                                t(lang, "Bitte besprechen", "Discuss this"),
                                t(lang, "Spannweite", "spread"),
                            ))
                            .strong(),
                        );
                    }
                    if s.consensus.is_some()
                        && ui
                            .button(Command::AcceptConsensus.label(lang))
                            .on_hover_text(Command::AcceptConsensus.tooltip(lang))
                            .clicked()
                    {
                        commands.push(Command::AcceptConsensus);
                    }
                });
                ui.label(t(lang, "Regel: Median der Stufen; bei gerader Stimmenzahl die niedrigere der beiden mittleren Stufen. Eingabe übernimmt den Konsens.", "Rule: median of the levels; with an even number of votes the lower of the two middle levels. Enter accepts the consensus."))
                    .on_hover_text(consensus_rule(lang));
            }
        });
        commands
    }
}

/// The discussion list: every question where the room disagreed, most disagreement first.
/// Returns the command to jump to a question.
pub fn discussion_ui(
    ui: &mut egui::Ui,
    questionnaire: &Questionnaire,
    session: &Session,
    lang: Lang,
) -> Vec<Command> {
    let mut commands = Vec::new();
    let items = discussion_list(questionnaire, &session.assessment);
    egui::ScrollArea::vertical().show(ui, |ui| {
        ui.heading(t(lang, "Diskussionsliste", "Discussion list"));
        ui.label(t(lang, "Fragen, bei denen die Stimmen zwei oder mehr Stufen auseinanderliegen – die größte Uneinigkeit zuerst.", "Questions where the votes are two or more levels apart – most disagreement first."));
        ui.add_space(8.0);
        if items.is_empty() {
            ui.label(t(lang, "Keine Frage mit großer Uneinigkeit.", "No question with large disagreement."));
        }
        egui::Grid::new("discussion").num_columns(4).striped(true).spacing([14.0, 8.0]).show(ui, |ui| {
            for item in &items {
                let Some((_, question)) = questionnaire.question(&item.question_id) else {
                    continue;
                };
                let d = &item.summary.distribution;
                ui.label(egui::RichText::new(&item.code).strong());
                ui.add(egui::Label::new(question.text.get(lang)).wrap());
                ui.label(format!(
                    "{}: {} · {}: {}",
                    t(lang, "Spannweite", "Spread"),
                    item.summary.spread.unwrap_or(0),
                    t(lang, "Stimmen 0–4", "votes 0–4"),
                    d.levels.iter().map(u32::to_string).collect::<Vec<_>>().join("/")
                ));
                if ui.button(Command::GoToQuestion(item.index).label(lang)).clicked() {
                    commands.push(Command::GoToQuestion(item.index));
                }
                ui.end_row();
            }
        });
    });
    commands
}
