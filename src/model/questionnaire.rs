//! The questionnaire: dimensions, anchored questions, maturity stages and measures.

use crate::text::{Lang, Text};
use serde::de::{self, MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize};
use std::fmt;

/// Identifies the questionnaire an assessment (or a survey, a benchmark) was made with.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuestionnaireRef {
    /// The questionnaire's stable id.
    pub id: String,
    /// The questionnaire's version.
    pub version: String,
}

/// A maturity questionnaire as read from a RON file in `questionnaires/`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Questionnaire {
    /// Stable identifier, e.g. `kommunal-reifegrad`; assessments refer to it.
    pub id: String,
    /// Version of the content, e.g. `1.0`; assessments record it.
    pub version: String,
    /// Title shown in the app and on the report's title page.
    pub title: Text,
    /// A short description of what the questionnaire covers.
    #[serde(default)]
    pub description: Text,
    /// The maturity stages with their score bands, lowest first.
    pub stages: Vec<Stage>,
    /// Which dimensions and thresholds the diagnoses use.
    pub diagnoses: DiagnosisRules,
    /// The dimensions, in the order they are walked through.
    pub dimensions: Vec<Dimension>,
    /// The observable facts the questionnaire asks about, each owned by one question.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub facts: Vec<Fact>,
}

/// An observable fact (e.g. „XRechnung is received“) and the one question that asks it:
/// its key terms may occur in the level texts of that question only.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Fact {
    /// What is observed, in a few words.
    pub name: Text,
    /// Id of the question that owns the fact.
    pub owner: String,
    /// Words that name the fact; matched case-insensitively in German and English levels.
    pub terms: Vec<String>,
}

/// A legal duty a question covers: meeting it is the floor (at most level `met_from`),
/// and a town below that level has the duty open („Pflichtaufgabe offen“).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LegalDuty {
    /// The duty, e.g. „Barrierefreiheitserklärung veröffentlichen“.
    pub duty: Text,
    /// Since when it applies, as written in the source, e.g. „23.09.2020“.
    pub since: String,
    /// The provision, e.g. „§ 12b BGG, § 7 BITV 2.0“.
    pub source: String,
    /// The lowest level at which the duty is met (1 or 2).
    pub met_from: u8,
}

/// A maturity stage: a name for a band of scores.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Stage {
    /// Stage name, e.g. „Einsteiger“.
    pub name: Text,
    /// What a town at this stage typically looks like.
    #[serde(default)]
    pub description: Text,
    /// Lowest score of the band (inclusive).
    pub from: f64,
    /// Upper end of the band (exclusive, except for the last stage, which includes 100).
    pub to: f64,
}

/// Thresholds and dimension roles for the two diagnoses of the seeds.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DiagnosisRules {
    /// Id of the front-end dimension (online services).
    pub front_end: String,
    /// Id of the back-end dimension (internal processes and IT).
    pub back_end: String,
    /// Id of the culture and leadership dimension ("willing").
    pub culture: String,
    /// Id of the resources and organisation dimension ("able").
    pub resources: String,
    /// "Facade paint" is flagged when the front-end score exceeds the back-end score
    /// by at least this many points.
    pub facade_paint_gap: f64,
    /// Culture and resources differ by at least this many points before one of them
    /// is named as what holds the town back.
    pub willing_able_gap: f64,
    /// Below this score both culture and resources count as weak.
    pub weak_below: f64,
    /// The diagnoses' titles and messages; a diagnosis without an entry here uses the
    /// built-in wording (see `present::narrative`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub texts: Vec<DiagnosisText>,
}

/// The words of one diagnosis. The message may use the placeholders `{first}` and
/// `{second}` (the two scores, as printed) and `{front_end}`, `{back_end}`, `{culture}`,
/// `{resources}` (the fields' names), and like every text the names of the town's bodies
/// (`{rat}`, `{leitung:dat}`, …, see [`crate::model::council`]).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DiagnosisText {
    /// The diagnosis: `facade_paint`, `not_willing`, `not_able` or
    /// `not_willing_and_not_able`.
    pub id: String,
    /// A short title, e.g. „Fassadenanstrich“.
    pub title: Text,
    /// The explanation with placeholders.
    pub message: Text,
}

/// A dimension of maturity, e.g. culture & leadership.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Dimension {
    /// Stable identifier, e.g. `kultur`.
    pub id: String,
    /// Display name.
    pub name: Text,
    /// What the dimension covers.
    #[serde(default)]
    pub description: Text,
    /// Weight in the overall score (default 1).
    #[serde(default = "default_weight")]
    pub weight: f64,
    /// The questions of this dimension, in walk-through order.
    pub questions: Vec<Question>,
}

/// A question with five anchored levels and the measures to climb from each.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    /// Stable identifier, unique in the questionnaire, e.g. `backend.rechnung`.
    pub id: String,
    /// The question as asked.
    pub text: Text,
    /// Why it matters and what counts as evidence.
    pub help: Text,
    /// Weight within its dimension (default 1).
    #[serde(default = "default_weight")]
    pub weight: f64,
    /// Exactly five level descriptions, level 0 first; each a concrete, observable state.
    pub levels: Vec<Text>,
    /// One measure for each level below 4: what to do to climb one level.
    pub measures: Vec<Measure>,
    /// Short title (at most [`SHORT_TITLE_MAX`] characters) for lists, charts and the report.
    #[serde(
        default,
        deserialize_with = "optional_text",
        skip_serializing_if = "Option::is_none"
    )]
    pub short: Option<Text>,
    /// What the question rests on: laws, models, guidelines.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<Source>,
    /// Ids of questions of the previous version whose answers this question takes over.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub replaces: Vec<String>,
    /// When „trifft nicht zu“ is right for members of a federation of municipalities
    /// (Verbandsgemeinde, Amt, …) or where the district runs the service.
    #[serde(
        default,
        deserialize_with = "optional_text",
        skip_serializing_if = "Option::is_none"
    )]
    pub federation_hint: Option<Text>,
    /// The legal duty this question covers, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub legal: Option<LegalDuty>,
    /// Whether the staff survey may ask this question: `None` follows the default
    /// (questions of the culture and the resources dimension), `Some(true)` or
    /// `Some(false)` decides for this question (see [`Question::staff_eligible`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub staff_survey: Option<bool>,
    /// The question in plain words for staff (the survey kit asks this instead of
    /// [`Question::text`]); the levels stay the anchored ones.
    #[serde(
        default,
        deserialize_with = "optional_text",
        skip_serializing_if = "Option::is_none"
    )]
    pub staff_text: Option<Text>,
}

/// An optional text written plainly (`"…"` or `{"de": …}`) or as `Some(…)` / `None`.
fn optional_text<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<Text>, D::Error> {
    struct OptionalText;

    impl<'de> Visitor<'de> for OptionalText {
        type Value = Option<Text>;

        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("a text in quotes, a map {\"de\": \"…\", \"en\": \"…\"}, Some(…) or None")
        }

        fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
            Ok(None)
        }

        fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
            Ok(None)
        }

        fn visit_some<D2: Deserializer<'de>>(self, d: D2) -> Result<Self::Value, D2::Error> {
            Text::deserialize(d).map(Some)
        }

        fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
            Ok(Some(Text::de(v)))
        }

        fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
            Text::deserialize(de::value::MapAccessDeserializer::new(map)).map(Some)
        }
    }

    deserializer.deserialize_any(OptionalText)
}

/// The longest short title a question may have, in characters.
pub const SHORT_TITLE_MAX: usize = 45;

/// A source a question rests on: a law, a model or a guideline.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// What it is, e.g. „Onlinezugangsgesetz (OZG), § 3“.
    pub title: Text,
    /// Where to find it: a web address or a citation, as text (never fetched).
    pub reference: String,
}

/// What to do to climb one level from `from_level`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Measure {
    /// The level this measure starts from (0–3).
    pub from_level: u8,
    /// What to do, in one or two sentences.
    pub text: Text,
    /// When it can be done.
    pub horizon: Horizon,
    /// How much work it is.
    pub effort: Effort,
    /// What kind of work it is; process and people work comes before software.
    pub kind: MeasureKind,
}

/// When a measure can realistically be completed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Horizon {
    /// 0–6 months.
    Short,
    /// 6–18 months.
    Medium,
    /// More than 18 months.
    Long,
}

/// A rough effort estimate for a measure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Effort {
    /// A few days of work, little or no money.
    Low,
    /// Weeks of work or a modest budget.
    Medium,
    /// A project with budget, procurement or new staff.
    High,
}

/// The kind of a measure, used to put process work before software.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum MeasureKind {
    /// Analysing or redesigning processes, rules and responsibilities.
    Process,
    /// People: leadership, training, roles, culture, communication.
    People,
    /// Software, hardware, infrastructure.
    Technology,
}

fn default_weight() -> f64 {
    1.0
}

impl Questionnaire {
    /// All questions in walk-through order, each with its dimension.
    pub fn questions(&self) -> impl Iterator<Item = (&Dimension, &Question)> {
        self.dimensions
            .iter()
            .flat_map(|d| d.questions.iter().map(move |q| (d, q)))
    }

    /// Number of questions in all dimensions.
    pub fn question_count(&self) -> usize {
        self.dimensions.iter().map(|d| d.questions.len()).sum()
    }

    /// The question with this id, with its dimension.
    pub fn question(&self, id: &str) -> Option<(&Dimension, &Question)> {
        self.questions().find(|(_, q)| q.id == id)
    }

    /// The question that takes over answers to `old_id` of the previous version (through
    /// its `replaces` list), if any.
    pub fn replacement_for(&self, old_id: &str) -> Option<&Question> {
        self.questions()
            .map(|(_, q)| q)
            .find(|q| q.replaces.iter().any(|r| r == old_id))
    }

    /// The dimension with this id.
    pub fn dimension(&self, id: &str) -> Option<&Dimension> {
        self.dimensions.iter().find(|d| d.id == id)
    }

    /// The questions the staff survey may ask, in walk-through order: those marked
    /// `staff_survey: Some(true)`, and unmarked ones of the culture and the resources
    /// dimension ([`DiagnosisRules::culture`], [`DiagnosisRules::resources`]).
    pub fn staff_questions(&self) -> impl Iterator<Item = &Question> {
        self.questions().filter_map(|(d, q)| {
            let default = d.id == self.diagnoses.culture || d.id == self.diagnoses.resources;
            q.staff_survey.unwrap_or(default).then_some(q)
        })
    }

    /// The stage whose band holds `score` (0–100).
    pub(crate) fn stage_for(&self, score: f64) -> Option<(usize, &Stage)> {
        let last = self.stages.len().checked_sub(1)?;
        self.stages
            .iter()
            .enumerate()
            .find(|(i, s)| score >= s.from && (score < s.to || (*i == last && score <= s.to)))
    }
}

impl Question {
    /// The measure that climbs from `level`, if any.
    pub(crate) fn measure_from(&self, level: u8) -> Option<&Measure> {
        self.measures.iter().find(|m| m.from_level == level)
    }

    /// The question as staff read it in `lang`: the plain-language staff wording where
    /// the questionnaire gives one, else the question itself.
    pub fn staff_wording(&self, lang: Lang) -> &str {
        match &self.staff_text {
            Some(text) if !text.is_blank() => text.get(lang),
            _ => self.text.get(lang),
        }
    }

    /// The short title in `lang`; without one, the question text cut at a word boundary
    /// to at most [`SHORT_TITLE_MAX`] characters, ending in „…“ where it was cut.
    pub fn short_title(&self, lang: Lang) -> String {
        match &self.short {
            Some(short) if !short.is_blank() => short.get(lang).trim().to_string(),
            _ => shorten(self.text.get(lang), SHORT_TITLE_MAX),
        }
    }
}

/// `text` (trimmed, without a final „?“) if it has at most `max` characters; otherwise cut
/// at the last word boundary that leaves room for „…“ (mid-word only for one long word).
pub(crate) fn shorten(text: &str, max: usize) -> String {
    let text = text.trim();
    let text = text.strip_suffix('?').unwrap_or(text).trim_end();
    if text.chars().count() <= max {
        return text.to_string();
    }
    let budget = max.saturating_sub(1);
    let hard_cut: String = text.chars().take(budget).collect();
    let at_boundary = text[hard_cut.len()..].starts_with(char::is_whitespace);
    let cut = match hard_cut.rfind(char::is_whitespace) {
        Some(space) if !at_boundary => &hard_cut[..space],
        _ => &hard_cut[..],
    };
    let cut = cut.trim_end_matches(|c: char| {
        c.is_whitespace() || matches!(c, ',' | ';' | ':' | '–' | '-' | '(' | '„')
    });
    format!("{cut}…")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn question(text: &str, short: Option<Text>) -> Question {
        Question {
            id: "kultur.test".into(),
            text: Text::de(text),
            help: Text::de("Hilfe"),
            weight: 1.0,
            levels: Vec::new(),
            measures: Vec::new(),
            short,
            sources: Vec::new(),
            replaces: Vec::new(),
            federation_hint: None,
            legal: None,
            staff_survey: None,
            staff_text: None,
        }
    }

    #[test]
    fn short_title_prefers_the_short_field_in_the_language() {
        let short = Text {
            de: "Rolle der Verwaltungsspitze".into(),
            en: Some("Role of the leadership".into()),
        };
        let q = question(
            "Wie sehr treibt die Verwaltungsspitze die Digitalisierung selbst an?",
            Some(short),
        );
        assert_eq!(q.short_title(Lang::De), "Rolle der Verwaltungsspitze");
        assert_eq!(q.short_title(Lang::En), "Role of the leadership");
    }

    #[test]
    fn short_title_falls_back_to_the_text_cut_at_a_word() {
        let q = question(
            "Wie sehr treibt die Verwaltungsspitze die Digitalisierung selbst an?",
            None,
        );
        let title = q.short_title(Lang::De);
        assert_eq!(title, "Wie sehr treibt die Verwaltungsspitze die…");
        assert!(title.chars().count() <= SHORT_TITLE_MAX);
        let short = question("Gibt es eine Strategie?", None);
        assert_eq!(short.short_title(Lang::De), "Gibt es eine Strategie");
        let blank = question("Gibt es eine Strategie?", Some(Text::de("  ")));
        assert_eq!(blank.short_title(Lang::En), "Gibt es eine Strategie");
    }

    #[test]
    fn shorten_cuts_one_long_word_and_keeps_umlauts_whole() {
        let long = "Ä".repeat(60);
        let cut = shorten(&long, 10);
        assert_eq!(cut, format!("{}…", "Ä".repeat(9)));
        assert_eq!(
            shorten("Größe der Außenstellen, Ämter und Bürgerbüros", 30),
            "Größe der Außenstellen, Ämter…"
        );
        assert_eq!(shorten("eins zwei", 9), "eins zwei");
        assert_eq!(shorten("eins zwei drei", 9), "eins…");
    }
}
