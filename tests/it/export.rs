//! The spreadsheet export (`reifegrad export`, the app's „Tabelle exportieren…“):
//! ODS and XLSX read back with calamine hold the figures of `score --json` and the
//! town's plan; the CSV is the answers sheet for German Excel; names of workshop
//! participants only on request; a wrong extension names the ones that work;
//! LibreOffice opens and converts both workbooks (skipped with a message where
//! `soffice` is missing, except in CI); the app's menu entry writes a file.

#![allow(clippy::unwrap_used)]

use crate::common::cli::{command, path_str, stderr};
use crate::common::plan::{with_evidence, with_plan};
use crate::common::sheets::{Value, read, texts};
use reifegrad::model::{Assessment, Questionnaire, Response, bundled_questionnaire};
use std::path::{Path, PathBuf};

/// The bundled synthetic benchmark.
fn bundled_benchmark() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/benchmark-synthetic.ron")
}

fn sheet<'a>(book: &'a [(String, Vec<Vec<Value>>)], name: &str) -> &'a [Vec<Value>] {
    &book
        .iter()
        .find(|(n, _)| n == name)
        .unwrap_or_else(|| panic!("no sheet {name}"))
        .1
}

/// The cell of `row` (1 = first row below the headings) in the column headed `heading`.
fn at<'a>(rows: &'a [Vec<Value>], row: usize, heading: &str) -> &'a Value {
    let column = rows[0]
        .iter()
        .position(|h| *h == Value::Text(heading.into()))
        .unwrap_or_else(|| panic!("no column {heading}: {:?}", rows[0]));
    rows[row].get(column).unwrap_or(&Value::Empty)
}

/// A JSON number or `null` as a cell.
fn json_value(json: &serde_json::Value) -> Value {
    json.as_f64().map_or(Value::Empty, Value::Number)
}

fn json_text(json: &serde_json::Value) -> Value {
    json.as_str()
        .map_or(Value::Empty, |s| Value::Text(s.to_string()))
}

/// The example town with a plan, evidence and a workshop of two named participants,
/// saved in `dir`.
fn example_file(dir: &Path) -> (Questionnaire, Assessment, PathBuf) {
    let q = bundled_questionnaire().unwrap();
    let mut a = with_evidence(
        &q,
        with_plan(&q, reifegrad::model::example::example_assessment(&q)),
    );
    let anna = a.add_rater("Anna Müller");
    let jorg = a.add_rater("Jörg Weiß");
    let first = q.dimensions[0].questions[0].id.clone();
    a.set_vote(&first, &anna, Some(Response::Level(1))).unwrap();
    a.set_vote(&first, &jorg, Some(Response::Level(3))).unwrap();
    let path = dir.join("lindenhagen.reifegrad");
    reifegrad::model::save_assessment(&path, &a).unwrap();
    (q, a, path)
}

/// Runs `reifegrad export FILE -o OUT ARGS…` and asserts success.
fn export(file: &Path, out: &Path, args: &[&str]) {
    let output = command()
        .args(["export", path_str(file), "-o", path_str(out)])
        .args(args)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(out.is_file());
}

#[test]
fn ods_and_xlsx_hold_the_figures_of_score_json_and_the_plan() {
    let dir = tempfile::tempdir().unwrap();
    let (q, a, file) = example_file(dir.path());
    let benchmark = bundled_benchmark();
    let peers = ["--benchmark", path_str(&benchmark)];
    let json = command()
        .args(["score", path_str(&file), "--json"])
        .args(peers)
        .output()
        .unwrap();
    let json: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    for extension in ["ods", "xlsx"] {
        let out = dir
            .path()
            .join(format!("Lindenhagen.{}", extension.to_uppercase()));
        export(&file, &out, &peers);
        let book = read(&out);
        let names: Vec<&str> = book.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(names, ["Antworten", "Ergebnis", "Maßnahmen", "Info"]);

        let results = sheet(&book, "Ergebnis");
        let dimensions = json["dimensions"].as_array().unwrap();
        assert_eq!(results.len(), 1 + dimensions.len() + 1, "{extension}");
        for (i, d) in dimensions.iter().enumerate() {
            let row = i + 1;
            assert_eq!(at(results, row, "Handlungsfeld"), &json_text(&d["name"]));
            assert_eq!(at(results, row, "Punkte (0–100)"), &json_value(&d["score"]));
            assert_eq!(at(results, row, "Abdeckung"), &json_value(&d["coverage"]));
            assert_eq!(at(results, row, "Beantwortet"), &json_value(&d["answered"]));
            assert_eq!(at(results, row, "Fragen"), &json_value(&d["total"]));
            assert_eq!(at(results, row, "Reifephase"), &json_text(&d["stage"]));
            let p = &d["peers"];
            assert!(p.is_object(), "the example's group shows peers: {p}");
            let median = at(results, row, "Median der Vergleichsgruppe");
            assert_eq!(median, &json_value(&p["median"]));
            let percentile = at(results, row, "Besser als … % der Vergleichsgruppe");
            assert_eq!(percentile, &json_value(&p["percentile"]));
            let n = at(results, row, "Vergleichswerte (Anzahl)");
            assert_eq!(n, &json_value(&p["n"]));
        }
        let overall = dimensions.len() + 1;
        assert_eq!(
            at(results, overall, "Handlungsfeld"),
            &Value::Text("Gesamt".into())
        );
        let score = at(results, overall, "Punkte (0–100)");
        assert_eq!(score, &json_value(&json["overall"]["score"]));
        let share = at(results, overall, "Abdeckung");
        assert_eq!(share, &json_value(&json["coverage"]["share"]));
        assert_eq!(
            at(results, overall, "Reifephase"),
            &json_text(&json["overall"]["stage"])
        );

        let measures = sheet(&book, "Maßnahmen");
        assert_eq!(measures.len(), 1 + a.plan.measures.len());
        for (i, m) in a.plan.measures.iter().enumerate() {
            let row = i + 1;
            let euros = |v: Option<u64>| v.map_or(Value::Empty, |v| Value::Number(v as f64));
            assert_eq!(at(measures, row, "Einmalige Kosten"), &euros(m.one_off_eur));
            assert_eq!(at(measures, row, "Kosten pro Jahr"), &euros(m.yearly_eur));
            let start = m.start.unwrap();
            let date = format!("{}-{:02}-01", start.year, start.quarter * 3 - 2);
            assert_eq!(
                at(measures, row, "Beginn (Quartalsanfang)"),
                &Value::Date(date)
            );
            let owner = at(measures, row, "Verantwortlich");
            let expected = if m.owner.is_empty() {
                Value::Empty
            } else {
                Value::Text(m.owner.clone())
            };
            assert_eq!(owner, &expected);
            assert_eq!(
                at(measures, row, "Status"),
                &Value::Text("vorgeschlagen".into())
            );
        }

        let answers = sheet(&book, "Antworten");
        assert_eq!(answers.len(), 1 + q.question_count());
        for (row, (_, question)) in q.questions().enumerate() {
            let level = match a.response(&question.id) {
                Some(Response::Level(l)) => Value::Number(f64::from(l)),
                _ => Value::Empty,
            };
            assert_eq!(at(answers, row + 1, "Stufe"), &level, "{}", question.id);
        }
        // German typography as typed: quotes, umlauts, ß.
        let quoted = q
            .questions()
            .map(|(_, question)| a.comment(&question.id))
            .find(|c| c.contains('„'))
            .unwrap();
        assert!(
            answers
                .iter()
                .flatten()
                .any(|v| *v == Value::Text(quoted.into()))
        );
        let evidence = at(answers, 1, "Belege");
        assert!(
            matches!(evidence, Value::Text(t) if t.lines().count() == 2 && t.contains("Ratsbeschluss")),
            "{evidence:?}"
        );
        let info: Vec<Value> = sheet(&book, "Info").iter().flatten().cloned().collect();
        assert!(info.iter().any(
            |v| matches!(v, Value::Text(t) if t.contains("Synthetische Beispieldaten – keine echten Kommunen"))
        ));
        assert!(info.contains(&Value::Date("2026-11-12".into())), "{info:?}");
    }
}

/// The fields of `text`, a CSV file with `;` between fields and RFC 4180 quoting.
fn csv_records(text: &str) -> Vec<Vec<String>> {
    let mut records = vec![vec![String::new()]];
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        let record = records.last_mut().unwrap();
        match c {
            '"' if quoted && chars.peek() == Some(&'"') => {
                chars.next();
                record.last_mut().unwrap().push('"');
            }
            '"' => quoted = !quoted,
            ';' if !quoted => record.push(String::new()),
            '\r' if !quoted => {}
            '\n' if !quoted => records.push(vec![String::new()]),
            c => record.last_mut().unwrap().push(c),
        }
    }
    records.pop();
    records
}

#[test]
fn the_csv_is_the_answers_sheet_as_german_excel_opens_it() {
    let dir = tempfile::tempdir().unwrap();
    let (q, a, file) = example_file(dir.path());
    let csv = dir.path().join("antworten.csv");
    let ods = dir.path().join("antworten.ods");
    export(&file, &csv, &[]);
    export(&file, &ods, &[]);
    let bytes = std::fs::read(&csv).unwrap();
    assert!(bytes.starts_with(b"\xef\xbb\xbf"), "no byte-order mark");
    let text = String::from_utf8(bytes).unwrap();
    assert!(text.contains("\r\n"));
    let records = csv_records(text.trim_start_matches('\u{feff}'));
    assert_eq!(records.len(), 1 + q.question_count());
    let book = read(&ods);
    let answers = sheet(&book, "Antworten");
    assert_eq!(records[0].len(), answers[0].len());
    for (record, row) in records.iter().zip(answers) {
        for (field, cell) in record.iter().zip(row) {
            let expected = match cell {
                Value::Number(n) => n.to_string(),
                Value::Text(t) => t.clone(),
                Value::Empty => String::new(),
                other => panic!("{other:?} in the answers"),
            };
            assert_eq!(field, &expected);
        }
    }
    // German typography as typed, umlauts and quotes.
    let quoted = q
        .questions()
        .map(|(_, question)| a.comment(&question.id))
        .find(|c| c.contains('„'))
        .unwrap();
    assert!(text.contains(quoted));
    assert!(text.contains("Jörg Weiß"));
}

#[test]
fn names_of_participants_only_if_the_file_has_them_and_not_on_request() {
    let dir = tempfile::tempdir().unwrap();
    let (_, a, file) = example_file(dir.path());
    for extension in ["ods", "xlsx", "csv"] {
        let with = dir.path().join(format!("mit.{extension}"));
        let without = dir.path().join(format!("ohne.{extension}"));
        export(&file, &with, &[]);
        export(&file, &without, &["--without-names"]);
        let (with, without) = (texts(&with), texts(&without));
        for name in ["Anna Müller", "Jörg Weiß"] {
            assert!(with.contains(name), "{extension}: {name} missing");
            assert!(!without.contains(name), "{extension}: {name} exported");
        }
        if extension != "csv" {
            assert!(with.contains(&a.respondents));
            assert!(!without.contains(&a.respondents));
            assert!(without.contains("beim Export weggelassen"));
        }
    }
    // A file without a workshop has no votes, and nothing to leave out.
    let q = bundled_questionnaire().unwrap();
    let plain = dir.path().join("ohne-workshop.reifegrad");
    reifegrad::model::save_assessment(&plain, &reifegrad::model::example::example_assessment(&q))
        .unwrap();
    let out = dir.path().join("ohne-workshop.ods");
    export(&plain, &out, &[]);
    let book = read(&out);
    let headings = &sheet(&book, "Antworten")[0];
    assert!(
        !headings.contains(&Value::Text("Stimmen".into())),
        "{headings:?}"
    );
    assert!(!texts(&out).contains("Workshop-Teilnehmende"));
}

#[test]
fn an_unknown_extension_names_the_formats_that_work() {
    let dir = tempfile::tempdir().unwrap();
    let (_, _, file) = example_file(dir.path());
    for (lang, target, expected) in [
        ("de", "tabelle.xls", "unbekanntes Tabellenformat „xls“"),
        (
            "en",
            "table.numbers",
            "unknown spreadsheet format “numbers”",
        ),
        ("de", "tabelle", "hat keine Endung"),
    ] {
        let out = dir.path().join(target);
        let output = command()
            .args([
                "--lang",
                lang,
                "export",
                path_str(&file),
                "-o",
                path_str(&out),
            ])
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(1));
        let message = stderr(&output);
        assert!(message.contains(expected), "{message}");
        for extension in [".ods", ".xlsx", ".csv"] {
            assert!(message.contains(extension), "{message}");
        }
        assert!(!out.exists());
    }
}

/// `soffice`, or `None` (with a message) where LibreOffice is not installed; in CI
/// (`CI` set) a missing LibreOffice fails the test.
fn soffice() -> Option<PathBuf> {
    let path = std::env::var_os("PATH").unwrap_or_default();
    let found = std::env::split_paths(&path)
        .map(|dir| dir.join("soffice"))
        .find(|p| p.is_file());
    if found.is_none() {
        assert!(
            std::env::var_os("CI").is_none(),
            "LibreOffice (soffice) is missing in CI: apt-get install libreoffice-calc-nogui"
        );
        eprintln!(
            "SKIPPED: LibreOffice is not installed (apt-get install libreoffice-calc-nogui); the round trip did not run"
        );
    }
    found
}

/// Converts `source` with LibreOffice into `extension` in `folder`, with a profile of its
/// own (parallel runs would clash over one), and returns the converted file.
fn convert(soffice: &Path, source: &Path, extension: &str, folder: &Path) -> PathBuf {
    let profile = folder.join("profile");
    let output = std::process::Command::new(soffice)
        .arg(format!(
            "-env:UserInstallation=file://{}",
            profile.display()
        ))
        .args([
            "--headless",
            "--norestore",
            "--convert-to",
            extension,
            "--outdir",
        ])
        .arg(folder)
        .arg(source)
        .env("HOME", folder)
        .output()
        .unwrap();
    let converted = folder.join(source.with_extension(extension).file_name().unwrap());
    assert!(
        output.status.success() && converted.is_file(),
        "soffice could not convert {}: {}",
        source.display(),
        stderr(&output)
    );
    converted
}

/// The text of `entry` in the zip archive at `path`.
fn unzipped(path: &Path, entry: &str) -> String {
    use std::io::Read as _;
    let file = std::fs::File::open(path).unwrap();
    let mut archive = zip::ZipArchive::new(file).unwrap();
    let mut text = String::new();
    archive
        .by_name(entry)
        .unwrap()
        .read_to_string(&mut text)
        .unwrap();
    text
}

#[test]
fn libreoffice_opens_both_workbooks_and_keeps_every_value_and_the_frozen_headings() {
    let Some(soffice) = soffice() else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let (_, _, file) = example_file(dir.path());
    let benchmark = bundled_benchmark();
    for (extension, other) in [("ods", "xlsx"), ("xlsx", "ods")] {
        let ours = dir.path().join(format!("lindenhagen.{extension}"));
        export(&file, &ours, &["--benchmark", path_str(&benchmark)]);
        let folder = dir.path().join(format!("von-{extension}"));
        std::fs::create_dir(&folder).unwrap();
        let converted = convert(&soffice, &ours, other, &folder);
        let (before, after) = (read(&ours), read(&converted));
        assert_eq!(before.len(), after.len());
        for ((name, rows), (converted_name, converted_rows)) in before.iter().zip(&after) {
            assert_eq!(name, converted_name);
            assert_eq!(
                rows, converted_rows,
                "{extension} → {other}: sheet {name} changed"
            );
        }
        // The heading row is frozen in our file. (LibreOffice without a window writes no
        // view settings, so its converted file cannot show it; the screenshots of
        // scripts/export-walkthrough.sh do.)
        if extension == "xlsx" {
            let first = unzipped(&ours, "xl/worksheets/sheet1.xml");
            assert!(first.contains(r#"ySplit="1""#) && first.contains(r#"state="frozen""#));
        } else {
            let settings = unzipped(&ours, "settings.xml");
            let frozen = r#"<config:config-item config:name="VerticalSplitMode" config:type="short">2</config:config-item>"#;
            assert_eq!(settings.matches(frozen).count(), before.len());
        }
    }
}

mod app {
    //! The app's „Tabelle exportieren…“: from the „Datei“ menu with the system's dialog
    //! (scripted) and from the results view with the built-in dialog.

    use super::{example_file, texts};
    use crate::common::app::{ScriptedDialogs, harness};
    use egui::Key;
    use egui_kittest::kittest::Queryable;
    use reifegrad::sheets::ExportOptions;
    use reifegrad::ui::dialogs::DialogRequest;
    use std::sync::Arc;

    #[test]
    fn the_file_menu_entry_exports_with_the_names_or_without_them() {
        let dir = tempfile::tempdir().unwrap();
        let (_, _, file) = example_file(dir.path());
        let dialogs = Arc::new(ScriptedDialogs::default());
        let mut h = harness(&dir.path().join("daten"), dialogs.clone(), Some(file));
        // In workshop mode the file actions fold into the „Datei“ menu at 1366 px.
        if !h.state().workshop_mode {
            h.key_press(Key::F2);
            h.run();
        }
        for (target, leave_out) in [("mit-namen.xlsx", false), ("ohne-namen.ods", true)] {
            let target = dir.path().join(target);
            *dialogs.save_to.lock().unwrap() = Some(target.clone());
            h.get_by_label("Datei").click();
            h.run();
            h.get_by_label_contains("Tabelle exportieren…").click();
            h.run();
            if leave_out {
                h.get_by_label("Namen der Workshop-Teilnehmenden weglassen")
                    .click();
                h.run();
            }
            h.get_by_label("Speicherort wählen…").click();
            h.run();
            assert!(target.is_file(), "nothing at {}", target.display());
            let text = texts(&target);
            assert_eq!(text.contains("Anna Müller"), !leave_out, "{text}");
            let notice = &h.state().notices.last().unwrap().text;
            assert!(notice.starts_with("Tabelle gespeichert:"), "{notice}");
        }
        let name = "lindenhagen-2026.ods".to_string();
        assert_eq!(
            dialogs.asked.lock().unwrap().as_slice(),
            [
                DialogRequest::SaveSheets(name.clone(), ExportOptions::default()),
                DialogRequest::SaveSheets(
                    name,
                    ExportOptions {
                        without_names: true
                    }
                ),
            ]
        );
    }

    #[test]
    fn the_results_view_exports_through_the_built_in_dialog() {
        let dir = tempfile::tempdir().unwrap();
        let (_, _, file) = example_file(dir.path());
        let dialogs = Arc::new(ScriptedDialogs::unavailable());
        let mut h = harness(&dir.path().join("daten"), dialogs.clone(), Some(file));
        h.state_mut().prefs.last_folder = Some(dir.path().to_path_buf());
        h.key_press(Key::F5);
        h.run();
        h.get_by_label("Tabelle exportieren…").scroll_to_me();
        h.run();
        h.get_by_label("Tabelle exportieren…").click();
        h.run();
        // Cancel closes the options and exports nothing.
        h.get_by_label("Abbrechen").click();
        h.run();
        assert!(h.state().export_options.is_none());
        assert!(h.state().file_dialog.is_none());
        h.get_by_label("Tabelle exportieren…").click();
        h.run();
        h.get_by_label("Speicherort wählen…").click();
        h.run();
        assert_eq!(
            h.get_by_label("Dateiname").value().unwrap(),
            "lindenhagen-2026.ods"
        );
        h.get_by_label("Speichern").click();
        h.run();
        let target = dir.path().join("lindenhagen-2026.ods");
        assert!(target.is_file(), "nothing at {}", target.display());
        assert!(texts(&target).contains("Jörg Weiß"));
        assert!(dialogs.asked.lock().unwrap().is_empty());
    }
}

#[cfg(unix)]
#[test]
fn an_export_replaces_a_file_atomically_and_keeps_its_permissions() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let (_, _, file) = example_file(dir.path());
    let out = dir.path().join("tabelle.xlsx");
    std::fs::write(&out, b"alt").unwrap();
    std::fs::set_permissions(&out, std::fs::Permissions::from_mode(0o640)).unwrap();
    export(&file, &out, &[]);
    let mode = std::fs::metadata(&out).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o640);
    assert_eq!(read(&out).len(), 4);
    // No temporary file is left beside it.
    let names: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names.len(), 2, "{names:?}");
}
