//! Calendar dates as written in our files (`YYYY-MM-DD`).

use crate::text::Lang;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use std::str::FromStr;

/// A calendar date, stored in files as `"YYYY-MM-DD"`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    /// Year, e.g. 2026.
    pub year: u16,
    /// Month, 1–12.
    pub month: u8,
    /// Day of month, 1–31 (checked against the month).
    pub day: u8,
}

impl Date {
    /// The date as a reader of `lang` writes it: „12.11.2027“, „12 November 2027“.
    pub fn written(self, lang: Lang) -> String {
        crate::tr!(
            lang,
            "labels-date",
            day = self.day,
            month = self.month.clamp(1, 12),
            year = self.year.to_string()
        )
    }

    /// A date, if it exists in the calendar.
    pub fn new(year: u16, month: u8, day: u8) -> Option<Self> {
        let days_in_month = match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if is_leap_year(year) => 29,
            2 => 28,
            _ => return None,
        };
        (year >= 1 && (1..=days_in_month).contains(&day)).then_some(Self { year, month, day })
    }

    /// Today's date in UTC, from the system clock.
    pub fn today() -> Self {
        let secs = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_secs())
            .unwrap_or(0);
        Self::from_days_since_epoch((secs / 86_400) as i64)
    }

    /// The date `days` days after 1970-01-01 (Howard Hinnant's civil-from-days).
    pub(crate) fn from_days_since_epoch(days: i64) -> Self {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z.rem_euclid(146_097);
        let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as u16;
        Self { year, month, day }
    }

    /// Reads a date typed by a person: `TT.MM.JJJJ` (German, also `1.2.2025`) or `JJJJ-MM-TT`.
    pub(crate) fn parse_typed(text: &str) -> Result<Self, DateError> {
        let text = text.trim();
        let err = || DateError(text.to_string());
        if !text.contains('.') {
            return text.parse();
        }
        let parts: Vec<&str> = text.split('.').collect();
        let [d, m, y] = parts[..] else {
            return Err(err());
        };
        if y.len() != 4 || !(1..=2).contains(&d.len()) || !(1..=2).contains(&m.len()) {
            return Err(err());
        }
        let day = d.parse().map_err(|_| err())?;
        let month = m.parse().map_err(|_| err())?;
        let year = y.parse().map_err(|_| err())?;
        Date::new(year, month, day).ok_or_else(err)
    }

    /// German notation, e.g. `25.11.2026`.
    pub fn german(&self) -> String {
        format!("{:02}.{:02}.{}", self.day, self.month, self.year)
    }
}

fn is_leap_year(year: u16) -> bool {
    (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400)
}

/// Why a text is not a date.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct DateError(pub String);

impl DateError {
    /// Why, in `lang`.
    pub fn text(&self, lang: crate::text::Lang) -> String {
        self.message().text(lang)
    }

    /// Why, as a message of the catalogue.
    pub(crate) fn message(&self) -> crate::text::catalogue::Message {
        crate::msg!("errors-date-invalid", text = &self.0)
    }
}

crate::worded!(DateError);

impl FromStr for Date {
    type Err = DateError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let err = || DateError(s.to_string());
        let mut parts = s.split('-');
        let (Some(y), Some(m), Some(d), None) =
            (parts.next(), parts.next(), parts.next(), parts.next())
        else {
            return Err(err());
        };
        if y.len() != 4 || m.len() != 2 || d.len() != 2 {
            return Err(err());
        }
        let year = y.parse().map_err(|_| err())?;
        let month = m.parse().map_err(|_| err())?;
        let day = d.parse().map_err(|_| err())?;
        Date::new(year, month, day).ok_or_else(err)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_prints_iso_dates() {
        let date: Date = "2024-02-29".parse().unwrap();
        assert_eq!(date, Date::new(2024, 2, 29).unwrap());
        assert_eq!(date.to_string(), "2024-02-29");
        assert_eq!(date.german(), "29.02.2024");
    }

    #[test]
    fn typed_dates_in_german_or_iso_notation() {
        let expected = Date::new(2025, 2, 3).unwrap();
        for typed in ["03.02.2025", "3.2.2025", " 2025-02-03 "] {
            assert_eq!(Date::parse_typed(typed), Ok(expected), "{typed}");
        }
        for bad in ["30.02.2025", "3.2.25", "3.2", "heute", "1.2.3.2025", ""] {
            assert!(Date::parse_typed(bad).is_err(), "{bad} accepted");
        }
    }

    #[test]
    fn rejects_impossible_dates() {
        for bad in [
            "2023-02-29",
            "2026-13-01",
            "2026-1-1",
            "26-11-25",
            "",
            "2026-11-25-1",
        ] {
            assert!(bad.parse::<Date>().is_err(), "{bad} accepted");
        }
    }

    #[test]
    fn civil_from_days_matches_known_dates() {
        assert_eq!(Date::from_days_since_epoch(0).to_string(), "1970-01-01");
        assert_eq!(
            Date::from_days_since_epoch(20_517).to_string(),
            "2026-03-05"
        );
        assert_eq!(
            Date::from_days_since_epoch(11_016).to_string(),
            "2000-02-29"
        );
    }
}
