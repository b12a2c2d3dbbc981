//! German (and English) typography for the report's text: dates in the report's
//! language, no-break spaces between a number and the word it belongs to, nested quotes.

use crate::model::Date;
use crate::text::Lang;

/// A date in the report's language: „12.11.2026“ in German, „12 November 2026“ in
/// English (the day and month joined by no-break spaces).
pub fn date(lang: Lang, d: Date) -> String {
    match lang {
        Lang::De => d.german(),
        Lang::En => {
            const MONTHS: [&str; 12] = [
                "January",
                "February",
                "March",
                "April",
                "May",
                "June",
                "July",
                "August",
                "September",
                "October",
                "November",
                "December",
            ];
            let month = MONTHS
                .get(usize::from(d.month).saturating_sub(1))
                .copied()
                .unwrap_or("");
            format!("{}\u{a0}{month}\u{a0}{}", d.day, d.year)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_follow_the_language() {
        let d = Date::new(2026, 11, 12).unwrap();
        assert_eq!(date(Lang::De, d), "12.11.2026");
        assert_eq!(date(Lang::En, d), "12\u{a0}November\u{a0}2026");
    }
}
