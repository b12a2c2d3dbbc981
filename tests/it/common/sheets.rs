//! Reading exported spreadsheets back (ODS and XLSX through calamine, CSV as text).

#![allow(dead_code, clippy::unwrap_used)]

use calamine::{Data, Reader};
use std::path::Path;

/// A cell as read back, the same for ODS and XLSX: dates as `YYYY-MM-DD`.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// No value.
    Empty,
    /// A text.
    Text(String),
    /// A number (also percentages and euros).
    Number(f64),
    /// A date, `YYYY-MM-DD`.
    Date(String),
}

/// `YYYY-MM-DD` of an Excel serial day number (1900 system).
fn excel_date(serial: f64) -> String {
    // Howard Hinnant's civil-from-days, from 1970-01-01 = serial 25569.
    let z = serial as i64 - 25_569 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
}

fn value(data: &Data) -> Value {
    match data {
        Data::Empty => Value::Empty,
        Data::String(s) => Value::Text(s.clone()),
        Data::Float(f) => Value::Number(*f),
        Data::Int(i) => Value::Number(*i as f64),
        Data::DateTime(d) => Value::Date(excel_date(d.as_f64())),
        Data::DateTimeIso(d) => Value::Date(d.chars().take(10).collect()),
        other => panic!("unexpected cell {other:?}"),
    }
}

/// Every sheet of a workbook: its name and its rows (headings first), without trailing
/// empty cells and rows.
pub fn read(path: &Path) -> Vec<(String, Vec<Vec<Value>>)> {
    let mut book = calamine::open_workbook_auto(path).unwrap();
    book.sheet_names()
        .into_iter()
        .map(|name| {
            let range = book.worksheet_range(&name).unwrap();
            let mut rows: Vec<Vec<Value>> = range
                .rows()
                .map(|row| {
                    let mut row: Vec<Value> = row.iter().map(value).collect();
                    while row.last() == Some(&Value::Empty) {
                        row.pop();
                    }
                    row
                })
                .collect();
            while rows.last().is_some_and(Vec::is_empty) {
                rows.pop();
            }
            (name, rows)
        })
        .collect()
}

/// Every text of every sheet of the file at `path` (CSV: the whole file).
pub fn texts(path: &Path) -> String {
    if path.extension().is_some_and(|e| e == "csv") {
        return std::fs::read_to_string(path).unwrap();
    }
    read(path)
        .iter()
        .flat_map(|(name, rows)| {
            std::iter::once(Value::Text(name.clone())).chain(rows.iter().flatten().cloned())
        })
        .filter_map(|v| match v {
            Value::Text(t) => Some(t),
            _ => None,
        })
        .collect::<Vec<_>>()
        .join("\n")
}
