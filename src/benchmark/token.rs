//! The contribution token: a random mark that a town's contribution carries and its
//! assessment keeps, so that the town's own entry in a merged benchmark is left out of
//! its peers and duplicates are recognised without comparing scores.
//!
//! A token looks like `2026-9c41…` (the assessment year, then 32 random hex digits). A
//! new assessment year gets a new token, so contributions of different years cannot be
//! linked. The token says nothing about the town.

use crate::model::Assessment;
use std::collections::hash_map::RandomState;
use std::hash::{BuildHasher, Hasher};

/// Longest token accepted in a file.
pub(crate) const MAX_TOKEN_CHARS: usize = 64;

/// A fresh random token for assessment year `year`.
pub(crate) fn new_token(year: u16) -> String {
    // `RandomState` is seeded from the operating system's random source; two hashers with
    // fresh keys give 128 unpredictable bits without another dependency.
    let mut bits = [0u64; 2];
    for (i, word) in bits.iter_mut().enumerate() {
        let mut hasher = RandomState::new().build_hasher();
        hasher.write_usize(i);
        if let Ok(elapsed) = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH) {
            hasher.write_u128(elapsed.as_nanos());
        }
        *word = hasher.finish();
    }
    format!("{year}-{:016x}{:016x}", bits[0], bits[1])
}

/// Whether `token` has the shape of a token: digits, lowercase hex letters and „-“, at most
/// [`MAX_TOKEN_CHARS`] characters.
pub(crate) fn is_valid_token(token: &str) -> bool {
    !token.is_empty()
        && token.len() <= MAX_TOKEN_CHARS
        && token
            .chars()
            .all(|c| c.is_ascii_digit() || ('a'..='f').contains(&c) || c == '-')
}

/// The assessment's token if it belongs to the assessment's year.
pub fn token_of(assessment: &Assessment) -> Option<&str> {
    let token = assessment.contribution_token.as_str();
    let prefix = format!("{}-", assessment.date.year);
    (is_valid_token(token) && token.starts_with(&prefix)).then_some(token)
}

/// Gives the assessment a token for its year unless it has one; `true` when it changed
/// (the caller saves the assessment). Call this before writing a contribution.
pub fn ensure_contribution_token(assessment: &mut Assessment) -> bool {
    if token_of(assessment).is_some() {
        return false;
    }
    assessment.contribution_token = new_token(assessment.date.year);
    true
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Date, bundled_questionnaire};

    #[test]
    fn tokens_are_random_and_renewed_per_year() {
        let a = new_token(2026);
        let b = new_token(2026);
        assert_ne!(a, b);
        assert!(a.starts_with("2026-") && a.len() == 37, "{a}");
        assert!(is_valid_token(&a));
        assert!(!is_valid_token("2026-Musterstadt"));

        let q = bundled_questionnaire().unwrap();
        let mut assessment = crate::model::example::example_assessment(&q);
        assessment.contribution_token.clear();
        assert!(ensure_contribution_token(&mut assessment));
        let first = assessment.contribution_token.clone();
        assert!(!ensure_contribution_token(&mut assessment));
        assert_eq!(assessment.contribution_token, first);
        assessment.date = Date {
            year: assessment.date.year + 1,
            ..assessment.date
        };
        assert_eq!(token_of(&assessment), None);
        assert!(ensure_contribution_token(&mut assessment));
        assert_ne!(assessment.contribution_token, first);
    }
}
