//! Rules for the level texts of any questionnaire, reported as warnings (the file stays
//! usable): levels build on each other, levels 1–4 state only what exists, a legal duty is
//! met at level 2 at the latest, and each listed fact is asked by its owner question only.
//!
//! - **Cumulative anchors.** Every level n ≥ 2 begins with „Wie Stufe n−1; zusätzlich“
//!   (German) and „As level n−1; in addition“ (English, where given), so that it holds
//!   everything of the level below.
//! - **No limiting clause** in levels 1–4: a phrase such as „aber“, „noch nicht“ or „nur“
//!   describes the absence of the next step, which a better town would violate.
//! - **The law is the floor**: a question with `legal` has `met_from` 1 or 2.
//! - **Each fact asked once**: the terms of a fact in `facts` occur in the levels of its
//!   owner question and of no other question.

use super::questionnaire::{Question, Questionnaire};
use crate::files::{Location, Problem, SourceIndex};
use crate::msg;
use crate::text::catalogue::Value;

/// German limiting phrases (lower case); a trailing `*` matches any word ending.
pub(crate) const LIMITING_DE: [&str; 13] = [
    "aber",
    "jedoch",
    "noch nicht",
    "noch kein*",
    "nur",
    "lediglich",
    "allenfalls",
    "von fall zu fall",
    "fehlt",
    "fehlen",
    "bisher nicht",
    "nicht immer",
    "teilweise noch",
];

/// English limiting phrases (lower case).
pub(crate) const LIMITING_EN: [&str; 8] = [
    "but",
    "however",
    "not yet",
    "only",
    "merely",
    "case by case",
    "missing",
    "lacks",
];

/// The highest level at which a legal duty may be met.
pub(crate) const LEGAL_MET_FROM_MAX: u8 = 2;

/// The German start of level `n` (n ≥ 2) in the structured cumulative form.
pub(crate) fn cumulative_prefix_de(n: usize) -> String {
    format!("Wie Stufe {}; zusätzlich", n - 1)
}

/// The English start of level `n` (n ≥ 2) in the structured cumulative form.
pub(crate) fn cumulative_prefix_en(n: usize) -> String {
    format!("As level {}; in addition", n - 1)
}

/// All warnings about the level texts, legal duties and facts of `q`; `source` is the
/// file's text, used for positions.
pub(crate) fn check_anchors(q: &Questionnaire, source: &str) -> Vec<Problem> {
    let index = SourceIndex::new(source);
    let mut problems = Vec::new();
    for (_, question) in q.questions() {
        check_question(question, &index, &mut problems);
    }
    check_facts(q, &index, &mut problems);
    problems
}

fn question_location(index: &SourceIndex, question: &Question) -> Option<Location> {
    index.quoted(&question.id, 0)
}

fn check_question(question: &Question, index: &SourceIndex, problems: &mut Vec<Problem>) {
    let id = &question.id;
    for (level, text) in question.levels.iter().enumerate() {
        let variants = [("de", Some(text.de.as_str())), ("en", text.en.as_deref())];
        for (lang, variant) in variants {
            let Some(variant) = variant else { continue };
            let location = index
                .quoted(variant, 0)
                .or_else(|| question_location(index, question));
            if level >= 2 {
                let prefix = if lang == "de" {
                    cumulative_prefix_de(level)
                } else {
                    cumulative_prefix_en(level)
                };
                if !variant.trim_start().starts_with(&prefix) {
                    problems.push(Problem::warning(
                        location,
                        msg!(
                            "errors-anchor-not-cumulative",
                            id = id,
                            level = level,
                            lang = lang,
                            prefix = prefix.as_str()
                        ),
                    ));
                }
            }
            if level >= 1 {
                let phrases: &[&str] = if lang == "de" {
                    &LIMITING_DE
                } else {
                    &LIMITING_EN
                };
                for phrase in phrases {
                    if let Some(found) = find_phrase(variant, phrase) {
                        problems.push(Problem::warning(
                            location,
                            msg!(
                                "errors-anchor-limiting",
                                id = id,
                                level = level,
                                lang = lang,
                                found = found
                            ),
                        ));
                    }
                }
            }
        }
    }
    if let Some(legal) = &question.legal
        && !(1..=LEGAL_MET_FROM_MAX).contains(&legal.met_from)
    {
        problems.push(Problem::warning(
            index
                .quoted(&legal.source, 0)
                .or_else(|| question_location(index, question)),
            msg!(
                "errors-anchor-legal-too-late",
                id = id,
                level = legal.met_from,
                max = LEGAL_MET_FROM_MAX
            ),
        ));
    }
}

fn check_facts(q: &Questionnaire, index: &SourceIndex, problems: &mut Vec<Problem>) {
    for (n, fact) in q.facts.iter().enumerate() {
        let fact_location = index.quoted(&fact.owner, 0).or(index.token("Fact(", n));
        let Some((_, owner)) = q.question(&fact.owner) else {
            problems.push(Problem::warning(
                fact_location,
                msg!(
                    "errors-fact-unknown-owner",
                    fact = fact_name(&fact.name),
                    owner = &fact.owner
                ),
            ));
            continue;
        };
        for term in &fact.terms {
            if !levels_contain(owner, term) {
                problems.push(Problem::warning(
                    fact_location,
                    msg!(
                        "errors-fact-term-missing",
                        fact = fact_name(&fact.name),
                        term = term,
                        owner = &fact.owner
                    ),
                ));
            }
            for (_, other) in q.questions() {
                if other.id != owner.id && levels_contain(other, term) {
                    problems.push(Problem::warning(
                        question_location(index, other),
                        msg!(
                            "errors-fact-asked-twice",
                            id = &other.id,
                            term = term,
                            fact = fact_name(&fact.name),
                            owner = &fact.owner
                        ),
                    ));
                }
            }
        }
    }
}

/// A fact's name in each language (German where it has no translation).
fn fact_name(name: &crate::text::Text) -> Value {
    Value::per_lang(|lang| name.get(lang).to_string())
}

/// Whether a level text of `question` (German or English) contains `term`, ignoring case.
fn levels_contain(question: &Question, term: &str) -> bool {
    let term = term.to_lowercase();
    question.levels.iter().any(|level| {
        level
            .variants()
            .any(|text| text.to_lowercase().contains(&term))
    })
}

/// The first occurrence of `phrase` as whole words in `text`, ignoring case, as written.
/// A phrase ending in `*` also matches longer words („noch kein*“ → „noch keine“).
fn find_phrase(text: &str, phrase: &str) -> Option<String> {
    let (phrase, open_end) = match phrase.strip_suffix('*') {
        Some(stem) => (stem, true),
        None => (phrase, false),
    };
    let lower = text.to_lowercase();
    // Lower-casing may change byte lengths (rarely); then positions are not comparable.
    if lower.len() != text.len() {
        return lower.contains(phrase).then(|| phrase.to_string());
    }
    let is_word = |c: char| c.is_alphanumeric();
    for (start, _) in lower.match_indices(phrase) {
        let end = start + phrase.len();
        let before_ok = lower[..start]
            .chars()
            .next_back()
            .is_none_or(|c| !is_word(c));
        let after_ok = open_end || lower[end..].chars().next().is_none_or(|c| !is_word(c));
        if before_ok && after_ok {
            let word_end = if open_end {
                end + lower[end..]
                    .find(|c: char| !is_word(c))
                    .unwrap_or(lower.len() - end)
            } else {
                end
            };
            return Some(text[start..word_end].to_string());
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{bundled_questionnaire, load::BUNDLED_QUESTIONNAIRE};

    #[test]
    fn phrases_match_whole_words_only() {
        assert_eq!(
            find_phrase("Es gibt nur eine Liste.", "nur"),
            Some("nur".into())
        );
        assert_eq!(find_phrase("Die Nurse", "nur"), None);
        assert_eq!(find_phrase("Abertausende", "aber"), None);
        assert_eq!(
            find_phrase("Es gibt noch keine Regel.", "noch kein*"),
            Some("noch keine".into())
        );
        assert_eq!(find_phrase("Not yet, BUT soon", "but"), Some("BUT".into()));
        assert_eq!(find_phrase("contribute", "but"), None);
    }

    #[test]
    fn the_bundled_questionnaire_has_no_anchor_warnings() {
        let q = bundled_questionnaire().unwrap_or_else(|e| panic!("{e:?}"));
        let warnings = check_anchors(&q, BUNDLED_QUESTIONNAIRE);
        let lines: Vec<String> = warnings.iter().map(|w| w.message.to_string()).collect();
        assert!(lines.is_empty(), "{lines:#?}");
    }
}
