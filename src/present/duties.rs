//! „Pflichtaufgaben offen“: the open legal duties in words, for the results view, the
//! PDF (summary, measures, council paper) and `reifegrad score`.
//!
//! A duty answered below the level that meets it is open; one answered „weiß nicht“ has
//! an unknown status, which is said as such (never as met, never as open). Nothing is
//! worded for a questionnaire without legal duties, or when no duty is open or unknown.

use super::{level_label, question_code};
use crate::analysis::{Analysis, DutyStatus, LegalDutyStatus};
use crate::text::Lang;
use crate::tr;

/// The open and unknown legal duties as the outputs show them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct DutiesText {
    /// „Pflichtaufgaben offen“, or „Pflichtaufgaben ungeklärt“ when none is open but
    /// some are unknown.
    pub heading: &'static str,
    /// One sentence on what the list means.
    pub intro: String,
    /// The open duties first, then the unknown ones.
    pub entries: Vec<DutyEntry>,
    /// How many further duties have no answer yet, in words; `None` when all have one.
    pub unanswered: Option<String>,
}

/// One duty: what it is, and where the town stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct DutyEntry {
    /// Id of the question that covers the duty.
    pub question: String,
    /// The duty, e.g. „Barrierefreiheitserklärung veröffentlichen“.
    pub title: String,
    /// Provision, since when, status, question and measure, e.g. „§ 12b BGG · gilt seit
    /// 23.09.2020 · nicht erfüllt: Stufe 1, erfüllt ab Stufe 2 · Frage 4.3 · Maßnahme 1“.
    pub detail: String,
    /// Whether the duty is open (else its status is unknown).
    pub open: bool,
}

impl DutyEntry {
    /// Title and detail in one line: „Barrierefreiheitserklärung veröffentlichen –
    /// § 12b BGG · …“.
    pub(crate) fn line(&self) -> String {
        format!("{} – {}", self.title, self.detail)
    }
}

/// The heading of the block when a duty is open: „Pflichtaufgaben offen“.
pub(crate) fn open_heading(lang: Lang) -> &'static str {
    tr!(lang, "duties-open-legal-duties")
}

/// The provision and since when: „§ 12b BGG, gilt seit 23.09.2020“.
pub(crate) fn provision(status: &LegalDutyStatus, lang: Lang) -> String {
    let duty = status.duty;
    tr!(
        lang,
        "duties-provision",
        source = duty.source.trim(),
        since = dates_in(duty.since.trim(), lang)
    )
}

/// `text` with every date written „TT.MM.JJJJ“ (as the questionnaire gives them) in the
/// report's format ([`super::format_date`]), so English reads „18 April 2020“.
pub(crate) fn dates_in(text: &str, lang: Lang) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        let window: String = chars[i..(i + 10).min(chars.len())].iter().collect();
        let digits_before = i > 0 && chars[i - 1].is_ascii_digit();
        let digits_after = chars.get(i + 10).is_some_and(char::is_ascii_digit);
        if let (false, false, Some(date)) = (digits_before, digits_after, parse_date(&window)) {
            out.push_str(&super::format_date(date, lang));
            i += 10;
        } else {
            out.push(chars[i]);
            i += 1;
        }
    }
    out
}

/// „18.04.2020“ as a date.
fn parse_date(s: &str) -> Option<crate::model::Date> {
    let b = s.as_bytes();
    if b.len() != 10 || b[2] != b'.' || b[5] != b'.' {
        return None;
    }
    let day = s.get(0..2)?.parse().ok()?;
    let month = s.get(3..5)?.parse().ok()?;
    let year = s.get(6..10)?.parse().ok()?;
    crate::model::Date::new(year, month, day)
}

/// Where the town stands on an open or unknown duty: „nicht erfüllt: Stufe 1, erfüllt
/// ab Stufe 2“, „Stand unbekannt („weiß nicht“) – zuerst klären, ob die Pflicht erfüllt ist“.
pub(crate) fn status_words(status: &LegalDutyStatus, lang: Lang) -> String {
    let met_from = level_label(status.duty.met_from, lang);
    match status.status {
        DutyStatus::Open { level } => tr!(
            lang,
            "duties-status-open",
            level = level_label(level, lang),
            met_from = met_from
        ),
        DutyStatus::Unknown => tr!(lang, "duties-status-unknown").into(),
        DutyStatus::Met { level } => {
            tr!(lang, "duties-status-met", level = level_label(level, lang))
        }
        DutyStatus::NotApplicable => tr!(lang, "not-applicable-2").into(),
        DutyStatus::Unanswered => tr!(lang, "not-answered").into(),
    }
}

/// A status as the JSON names it: `open`, `unknown`, `met`, `not_applicable`,
/// `unanswered`.
pub(crate) fn status_id(status: DutyStatus) -> &'static str {
    match status {
        DutyStatus::Open { .. } => "open",
        DutyStatus::Unknown => "unknown",
        DutyStatus::Met { .. } => "met",
        DutyStatus::NotApplicable => "not_applicable",
        DutyStatus::Unanswered => "unanswered",
    }
}

fn entry(a: &Analysis, status: &LegalDutyStatus, lang: Lang) -> DutyEntry {
    let mut detail = format!(
        "{} · {} · {}\u{a0}{}",
        provision(status, lang),
        status_words(status, lang),
        tr!(lang, "question"),
        question_code(a.questionnaire, &status.question.id)
    );
    if let Some(rank) = status.measure {
        detail.push_str(&format!(
            " · {} {}",
            tr!(lang, "duties-next-step-measure"),
            rank + 1
        ));
    }
    DutyEntry {
        question: status.question.id.clone(),
        title: status.duty.duty.get(lang).trim().to_string(),
        detail,
        open: status.is_open(),
    }
}

/// The block „Pflichtaufgaben offen“, or `None` when no duty is open or unknown (and so
/// always for a questionnaire without legal duties).
pub(crate) fn legal_duties(a: &Analysis, lang: Lang) -> Option<DutiesText> {
    let open: Vec<&LegalDutyStatus> = a.open_duties().collect();
    let unknown: Vec<&LegalDutyStatus> = a.unknown_duties().collect();
    if open.is_empty() && unknown.is_empty() {
        return None;
    }
    let heading = if open.is_empty() {
        tr!(lang, "duties-legal-duties-unclear")
    } else {
        open_heading(lang)
    };
    let intro = match (open.len(), unknown.len()) {
        (0, _) => tr!(lang, "duties-intro-unclear"),
        (_, 0) => tr!(lang, "duties-intro-open"),
        _ => tr!(lang, "duties-intro-open-and-unclear"),
    }
    .to_string();
    let entries = open
        .iter()
        .chain(&unknown)
        .map(|s| entry(a, s, lang))
        .collect();
    let unanswered = a
        .legal_duties
        .iter()
        .filter(|d| d.status == DutyStatus::Unanswered)
        .count();
    let unanswered = (unanswered > 0).then(|| tr!(lang, "duties-unanswered", count = unanswered));
    Some(DutiesText {
        heading,
        intro,
        entries,
        unanswered,
    })
}

/// The duties a measure works towards, for a measure's line: „Pflichtaufgabe:
/// Barrierefreiheitserklärung veröffentlichen (§ 12b BGG)“; `None` for a maturity measure.
pub(crate) fn measure_duty(
    question: &crate::model::Question,
    for_open_duty: bool,
    lang: Lang,
) -> Option<String> {
    let duty = question.legal.as_ref().filter(|_| for_open_duty)?;
    Some(format!(
        "{}: {} ({})",
        tr!(lang, "duties-legal-duty"),
        duty.duty.get(lang).trim(),
        duty.source.trim()
    ))
}

#[cfg(test)]
mod tests {
    use super::dates_in;
    use crate::text::Lang;

    #[test]
    fn dates_in_a_duty_follow_the_report_language() {
        let since = "18.04.2020 (Frist), 01.01.2028 (alle), 800.000 €";
        assert_eq!(dates_in(since, Lang::De), since);
        let english = dates_in(since, Lang::En).replace('\u{a0}', " ");
        assert!(english.starts_with("18 April 2020"), "{english}");
        assert!(english.contains("1 January 2028"), "{english}");
        assert!(english.contains("800.000 €"), "{english}");
    }
}
