//! Labels: stages, levels, responses, horizons, efforts, kinds of measure, question codes
//! and short titles, quotes, counted nouns, euros and dates.

use crate::model::{Date, Effort, Horizon, MeasureKind, Questionnaire, Response};
use crate::text::Lang;
use crate::tr;

/// The stage's name, „–“ for none.
pub(crate) fn stage_name(
    questionnaire: &Questionnaire,
    stage: Option<usize>,
    lang: Lang,
) -> String {
    stage
        .and_then(|i| questionnaire.stages.get(i))
        .map(|s| s.name.get(lang).to_string())
        .unwrap_or_else(|| "–".into())
}

/// The overall maturity phase, „Reifephase 3 von 5“ (levels of single questions are
/// „Stufe 0–4“, a different scale).
pub(crate) fn stage_of_total(index: usize, total: usize, lang: Lang) -> String {
    tr!(
        lang,
        "labels-stage-of-total",
        phase = index + 1,
        total = total
    )
}

/// A level of one question: „Stufe 2“ / „level 2“ (no-break space).
pub(crate) fn level_label(level: u8, lang: Lang) -> String {
    format!("{}\u{a0}{level}", tr!(lang, "level-2"))
}

/// A response in words: „Stufe 2“, „weiß nicht“, „trifft nicht zu“, „nicht beantwortet“.
pub(crate) fn response_label(response: Option<Response>, lang: Lang) -> String {
    match response {
        Some(Response::Level(l)) => level_label(l, lang),
        Some(Response::DontKnow) => tr!(lang, "don-t-know-2").into(),
        Some(Response::NotApplicable) => tr!(lang, "not-applicable-2").into(),
        None => tr!(lang, "not-answered").into(),
    }
}

/// A horizon in words, e.g. „kurzfristig (0–6 Monate)“.
pub(crate) fn horizon_name(horizon: Horizon, lang: Lang) -> &'static str {
    match horizon {
        Horizon::Short => tr!(lang, "labels-short-term-0-6"),
        Horizon::Medium => tr!(lang, "labels-medium-term-6-18"),
        Horizon::Long => tr!(lang, "labels-long-term-over-18"),
    }
}

/// A horizon as a heading, e.g. „Kurzfristig (0–6 Monate)“.
pub(crate) fn horizon_title(horizon: Horizon, lang: Lang) -> &'static str {
    match horizon {
        Horizon::Short => tr!(lang, "labels-short-term-0-6-2"),
        Horizon::Medium => tr!(lang, "labels-medium-term-6-18-2"),
        Horizon::Long => tr!(lang, "labels-long-term-over-18-2"),
    }
}

/// A horizon's span only, e.g. „0–6 Monate“.
pub(crate) fn horizon_span(horizon: Horizon, lang: Lang) -> &'static str {
    match horizon {
        Horizon::Short => tr!(lang, "labels-0-6-months"),
        Horizon::Medium => tr!(lang, "labels-6-18-months"),
        Horizon::Long => tr!(lang, "labels-over-18-months"),
    }
}

/// An effort in words, e.g. „Aufwand gering“.
pub(crate) fn effort_name(effort: Effort, lang: Lang) -> &'static str {
    match effort {
        Effort::Low => tr!(lang, "labels-low-effort"),
        Effort::Medium => tr!(lang, "labels-medium-effort"),
        Effort::High => tr!(lang, "labels-high-effort"),
    }
}

/// An effort as a single word, e.g. „gering“ (for a column headed „Aufwand“).
pub(crate) fn effort_word(effort: Effort, lang: Lang) -> &'static str {
    match effort {
        Effort::Low => tr!(lang, "labels-low"),
        Effort::Medium => tr!(lang, "labels-medium"),
        Effort::High => tr!(lang, "labels-high"),
    }
}

/// The kind of a measure, e.g. „Abläufe“.
pub(crate) fn kind_name(kind: MeasureKind, lang: Lang) -> &'static str {
    match kind {
        MeasureKind::Process => tr!(lang, "labels-process"),
        MeasureKind::People => tr!(lang, "labels-people"),
        MeasureKind::Technology => tr!(lang, "labels-technology"),
    }
}

/// A question's code, „2.3“ (field 2, question 3); empty for an unknown id.
pub(crate) fn question_code(questionnaire: &Questionnaire, question_id: &str) -> String {
    questionnaire
        .dimensions
        .iter()
        .enumerate()
        .find_map(|(d, dim)| {
            dim.questions
                .iter()
                .position(|q| q.id == question_id)
                .map(|q| format!("{}.{}", d + 1, q + 1))
        })
        .unwrap_or_default()
}

/// A question named by code and short title: „2.3 Rolle der Verwaltungsspitze“; the id
/// for a question the questionnaire does not have.
pub(crate) fn question_label(
    questionnaire: &Questionnaire,
    question_id: &str,
    lang: Lang,
) -> String {
    match questionnaire.question(question_id) {
        Some((_, q)) => format!(
            "{}\u{a0}{}",
            question_code(questionnaire, question_id),
            q.short_title(lang)
        ),
        None => question_id.to_string(),
    }
}

/// A field's name from the questionnaire (its id if the questionnaire lacks it).
pub(crate) fn field_name<'q>(questionnaire: &'q Questionnaire, id: &'q str, lang: Lang) -> &'q str {
    questionnaire
        .dimension(id)
        .map(|d| d.name.get(lang))
        .unwrap_or(id)
}

/// „…“ in German, “…” in English; quotes inside become ‚…‘ (‘…’). The marks are the
/// catalogue's `labels-quote` and `labels-quote-inner`.
pub fn quote(lang: Lang, text: &str) -> String {
    let (open, close) = marks(&tr!(lang, "labels-quote", text = ""));
    let (inner_open, inner_close) = marks(&tr!(lang, "labels-quote-inner", text = ""));
    let inside: String = text
        .chars()
        .map(|c| match c {
            c if c == open => inner_open,
            c if c == close => inner_close,
            c => c,
        })
        .collect();
    tr!(lang, "labels-quote", text = inside)
}

/// The opening and closing mark of a pair of quotation marks around nothing.
fn marks(pair: &str) -> (char, char) {
    let mut chars = pair.chars();
    let open = chars.next().unwrap_or('"');
    (open, chars.next_back().unwrap_or(open))
}

/// „a“, „a und b“, „a, b und c“ (English: „a and b“, „a, b and c“).
pub(crate) fn join_list(parts: &[String], lang: Lang) -> String {
    let and = tr!(lang, "labels-and");
    match parts.split_last() {
        None => String::new(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} {and} {last}", rest.join(", ")),
    }
}

pub(crate) use crate::text::catalogue::format_integer;

/// An amount in euros: „12.000 €“ in German, „€12,000“ in English.
pub fn format_euro(amount: u64, lang: Lang) -> String {
    tr!(lang, "labels-euro", amount = format_integer(amount, lang))
}

/// A date: „12.11.2027“ in German, „12 November 2027“ in English ([`Date::written`]).
pub(crate) fn format_date(date: Date, lang: Lang) -> String {
    date.written(lang)
}

/// How long ago `time` was, in words („vor 5 Minuten“).
pub(crate) fn format_ago(time: std::time::SystemTime, lang: Lang) -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(time)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    match secs {
        0..60 => tr!(lang, "labels-just-now").to_string(),
        60..3_600 => tr!(lang, "labels-minutes-ago", count = secs / 60),
        3_600..86_400 => tr!(lang, "labels-hours-ago", count = secs / 3_600),
        _ => tr!(lang, "labels-days-ago", count = secs / 86_400),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn time_ago_uses_the_singular_for_one() {
        use std::time::{Duration, SystemTime};
        let ago = |secs| SystemTime::now() - Duration::from_secs(secs);
        assert_eq!(format_ago(ago(65), Lang::De), "vor 1 Minute");
        assert_eq!(format_ago(ago(130), Lang::De), "vor 2 Minuten");
        assert_eq!(format_ago(ago(3_700), Lang::De), "vor 1 Stunde");
        assert_eq!(format_ago(ago(90_000), Lang::De), "vor 1 Tag");
        assert_eq!(format_ago(ago(200_000), Lang::De), "vor 2 Tagen");
        assert_eq!(format_ago(ago(65), Lang::En), "1 minute ago");
        assert_eq!(format_ago(ago(10), Lang::En), "just now");
    }

    #[test]
    fn counted_nouns_agree_with_their_number() {
        assert_eq!(
            join_list(&["a".into(), "b".into(), "c".into()], Lang::De),
            "a, b und c"
        );
        assert_eq!(join_list(&["a".into()], Lang::En), "a");
    }

    #[test]
    fn quotes_inside_quotes_become_single_quotes() {
        assert_eq!(
            quote(Lang::De, "„Online-Antrag“ heißt PDF"),
            "„‚Online-Antrag‘ heißt PDF“"
        );
        assert_eq!(quote(Lang::En, "a “b” c"), "“a ‘b’ c”");
    }

    #[test]
    fn euros_and_dates_read_as_in_each_language() {
        assert_eq!(format_euro(12_000, Lang::De), "12.000\u{a0}€");
        assert_eq!(format_euro(1_234_567, Lang::En), "€1,234,567");
        let date = Date::new(2027, 11, 12).unwrap();
        assert_eq!(format_date(date, Lang::De), "12.11.2027");
        assert_eq!(format_date(date, Lang::En), "12\u{a0}November 2027");
        let early = Date::new(2027, 3, 5).unwrap();
        assert_eq!(format_date(early, Lang::De), "05.03.2027");
        assert_eq!(format_date(early, Lang::En), "5\u{a0}March 2027");
        assert_eq!(format_euro(999, Lang::De), "999\u{a0}€");
    }
}
