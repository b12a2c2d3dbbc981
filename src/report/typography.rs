//! German (and English) typography for the report's text: no-break spaces between a
//! number and the word it belongs to, nested quotes.

/// Words after which a number belongs to the word („Frage 4.8“, „Stufe 2“, „§ 3“).
const LABELS: [&str; 28] = [
    "Frage",
    "Fragen",
    "Stufe",
    "Stufen",
    "Reifephase",
    "Phase",
    "Maßnahme",
    "Maßnahmen",
    "Seite",
    "Nr.",
    "Abs.",
    "Art.",
    "Satz",
    "Kapitel",
    "Abschnitt",
    "Anlage",
    "Quartal",
    "§",
    "Question",
    "Questions",
    "Level",
    "Levels",
    "Stage",
    "Measure",
    "Measures",
    "Page",
    "Section",
    "No.",
];

/// Words that belong to the number before them („56,3 Punkte“, „40 %“, „12. November“).
const UNITS: [&str; 36] = [
    "Punkte",
    "Punkten",
    "Punkt",
    "%",
    "€",
    "Euro",
    "EUR",
    "Einw.",
    "Monate",
    "Monaten",
    "Jahre",
    "Jahren",
    "Tage",
    "Personentage",
    "Fragen",
    "Kommunen",
    "points",
    "point",
    "months",
    "years",
    "days",
    "person-days",
    "questions",
    "municipalities",
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
];

/// The English month names (the German ones are in [`UNITS`]).
const MONTHS_EN: [&str; 8] = [
    "January", "February", "March", "June", "July", "October", "December", "May",
];

/// Whether `word` is a number, possibly in brackets or with a decimal comma, thousands
/// dots, an ordinal dot or a range („56,3“, „12.“, „(3“, „20.400“, „0–4“).
fn is_number(word: &str) -> bool {
    let core = word.trim_start_matches(['(', '[', '„', '“', '‚']);
    core.starts_with(|c: char| c.is_ascii_digit())
        && core
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '.' | ',' | '–' | '-'))
}

/// Whether the space between `left` and `right` must not break a line: a label and its
/// number, a number and its unit or month, and abbreviations such as „z. B.“.
pub(crate) fn binds(left: &str, right: &str) -> bool {
    let label = left.trim_start_matches(['(', '[', '„', '“', '‚']);
    let unit = right.trim_end_matches([')', ']', ',', ';', ':', '.', '“', '”', '‘', '’', '!', '?']);
    let right_number = right.starts_with(|c: char| c.is_ascii_digit());
    if right_number && LABELS.contains(&label) {
        return true;
    }
    if is_number(left)
        && (UNITS.contains(&unit) || UNITS.contains(&right) || MONTHS_EN.contains(&unit))
    {
        return true;
    }
    // „Stufe 2 → 1“: the arrow stays between its numbers.
    if (is_number(left) && right == "→") || (left == "→" && right_number) {
        return true;
    }
    matches!(
        (label, right),
        ("z.", "B.") | ("d.", "h.") | ("u.", "a.") | ("o.", "Ä.")
    )
}

/// Nested quotation marks: „…“ inside „…“ becomes ‚…‘, “…” inside “…” becomes ‘…’.
pub(crate) fn nest_quotes(text: &str) -> String {
    #[derive(PartialEq)]
    enum Open {
        German,
        GermanInner,
        English,
        EnglishInner,
    }
    let mut stack: Vec<Open> = Vec::new();
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '„' if stack.is_empty() => {
                stack.push(Open::German);
                out.push('„');
            }
            '„' => {
                stack.push(Open::GermanInner);
                out.push('‚');
            }
            '“' => match stack.last() {
                Some(Open::German) => {
                    stack.pop();
                    out.push('“');
                }
                Some(Open::GermanInner) => {
                    stack.pop();
                    out.push('‘');
                }
                Some(_) => {
                    stack.push(Open::EnglishInner);
                    out.push('‘');
                }
                None => {
                    stack.push(Open::English);
                    out.push('“');
                }
            },
            '”' => match stack.last() {
                Some(Open::EnglishInner) => {
                    stack.pop();
                    out.push('’');
                }
                Some(Open::English) => {
                    stack.pop();
                    out.push('”');
                }
                _ => out.push('”'),
            },
            '\n' => {
                stack.clear();
                out.push('\n');
            }
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_stay_with_their_labels_and_units() {
        for (l, r) in [
            ("Frage", "4.8"),
            ("(Frage", "4.8:"),
            ("Stufe", "2"),
            ("Stufe", "0–4"),
            ("12.", "November"),
            ("56,3", "Punkte"),
            ("(58", "Punkte)"),
            ("20.400", "€"),
            ("40", "%"),
            ("§", "3"),
            ("z.", "B."),
            ("Level", "2"),
            ("3", "April"),
            ("56.3", "points,"),
            ("2", "→"),
            ("→", "1:"),
        ] {
            assert!(binds(l, r), "{l} {r}");
        }
        for (l, r) in [
            ("Stufe", "zwei"),
            ("2027", "wird"),
            ("Die", "3"),
            ("4", "von"),
        ] {
            assert!(!binds(l, r), "{l} {r}");
        }
    }

    #[test]
    fn nested_quotes_become_single_quotes() {
        assert_eq!(
            nest_quotes("„Das „Online-Antrag“ heißt hier nur PDF“ und „gut“"),
            "„Das ‚Online-Antrag‘ heißt hier nur PDF“ und „gut“"
        );
        assert_eq!(
            nest_quotes("“A “form” here” and “b”"),
            "“A ‘form’ here” and “b”"
        );
        assert_eq!(nest_quotes("don’t „x“"), "don’t „x“");
    }
}
