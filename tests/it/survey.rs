//! The staff survey as an officer meets it, through the binary:
//!
//! - the whole path (kit, answer files and codes, a paper tally, show, the PDF report)
//!   inside a network namespace without network (`unshare -n`, skipped with a message
//!   where namespaces are not permitted);
//! - the HTML form filled in a real headless browser (Debian's chromium driven through
//!   chromedriver's W3C WebDriver HTTP API; skipped with a message without them), its
//!   saved file and code imported by the CLI;
//! - refusals: a file of another survey, a broken file (file, line, column), a duplicate,
//!   and nothing already counted is lost.

#![allow(clippy::unwrap_used)]

use crate::common::cli::{command, path_str, stderr};
use reifegrad::files::to_ron;
use reifegrad::model::{Assessment, StaffSurvey, bundled_questionnaire, parse_assessment};
use reifegrad::survey::answers::{
    ANSWERS_FORMAT_VERSION, StaffAnswers, StaffResponse, encode_code,
};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// Runs `reifegrad` with `args`, inside `prefix` (e.g. `unshare -n`) where given.
fn run(prefix: &[&str], args: &[&str]) -> Output {
    let mut cmd = match prefix.split_first() {
        Some((first, rest)) => {
            let mut c = Command::new(first);
            c.args(rest).arg(env!("CARGO_BIN_EXE_reifegrad"));
            c.env("LANG", "C.UTF-8")
                .env_remove("LC_ALL")
                .env_remove("LC_MESSAGES");
            c
        }
        None => command(),
    };
    cmd.args(args).output().unwrap()
}

fn ok(prefix: &[&str], args: &[&str]) -> Output {
    let output = run(prefix, args);
    assert!(
        output.status.success(),
        "{prefix:?} reifegrad {args:?}: {}",
        stderr(&output)
    );
    output
}

fn network_namespace() -> Option<Vec<&'static str>> {
    [vec!["unshare", "-n"], vec!["unshare", "-rn"]]
        .into_iter()
        .find(|prefix| {
            Command::new(prefix[0])
                .args(&prefix[1..])
                .arg("true")
                .output()
                .is_ok_and(|o| o.status.success())
        })
}

/// The example town with a kit for two departments; returns the assessment path.
fn town_with_kit(dir: &Path, prefix: &[&str]) -> PathBuf {
    let assessment = dir.join("stadt.reifegrad");
    ok(prefix, &["example", "-o", path_str(&assessment)]);
    let kit = dir.join("kit");
    ok(
        prefix,
        &[
            "survey",
            "kit",
            path_str(&assessment),
            "-o",
            path_str(&kit),
            "--question",
            "kultur.chefsache",
            "--question",
            "kultur.fehlerkultur",
            "--question",
            "ressourcen.qualifizierung",
            "--group",
            "Bauamt",
            "--group",
            "Kämmerei",
        ],
    );
    assessment
}

fn survey_of(path: &Path) -> (Assessment, StaffSurvey) {
    let text = std::fs::read_to_string(path).unwrap();
    let assessment = parse_assessment(path, &text).unwrap();
    let survey = assessment.survey.clone().unwrap();
    (assessment, survey)
}

fn answers(survey: &StaffSurvey, n: usize, group: &str, levels: &[u8]) -> StaffAnswers {
    StaffAnswers {
        format_version: ANSWERS_FORMAT_VERSION,
        survey: survey.id.clone(),
        questionnaire: survey.questionnaire.clone(),
        id: format!("{n:012x}"),
        group: group.to_string(),
        answers: survey
            .questions
            .iter()
            .zip(levels)
            .map(|(q, l)| (q.clone(), StaffResponse::Level(*l)))
            .collect(),
    }
}

fn show_json(prefix: &[&str], assessment: &Path) -> serde_json::Value {
    let output = ok(prefix, &["survey", "show", path_str(assessment), "--json"]);
    serde_json::from_slice(&output.stdout).unwrap()
}

fn question<'a>(json: &'a serde_json::Value, id: &str) -> &'a serde_json::Value {
    json["questions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|q| q["id"] == id)
        .unwrap()
}

/// Kit, six answer files, one code, a paper tally, show, report — all in `prefix`.
fn whole_path(prefix: &[&str]) {
    let dir = tempfile::tempdir().unwrap();
    let assessment = town_with_kit(dir.path(), prefix);
    for file in ["umfrage.html", "umfrage-formular.pdf", "strichliste.ron"] {
        assert!(dir.path().join("kit").join(file).is_file(), "{file}");
    }
    let (_, survey) = survey_of(&assessment);
    let mut files = Vec::new();
    // Six in the Bauamt rate the leadership's role at level 1.
    for n in 0..6 {
        let path = dir.path().join(format!("antwort-{n}.ron"));
        std::fs::write(
            &path,
            to_ron(&answers(&survey, n, "Bauamt", &[1, 2, 3])).unwrap(),
        )
        .unwrap();
        files.push(path);
    }
    let code = encode_code(&survey, &answers(&survey, 100, "Kämmerei", &[0, 2, 3]));
    let mut args = vec!["survey", "import", path_str(&assessment)];
    args.extend(files.iter().map(|f| path_str(f)));
    args.extend(["--code", code.as_str()]);
    let output = ok(prefix, &args);
    assert!(
        stderr(&output).contains("Gezählt: 7"),
        "{}",
        stderr(&output)
    );
    // A paper bundle of four forms from the Kämmerei, typed into the tally file.
    let template = std::fs::read_to_string(dir.path().join("kit/strichliste.ron")).unwrap();
    let tally = template
        .replace("bundle: \"\"", "bundle: \"Kämmerei 1\"")
        .replace("group: \"\"", "group: \"Kämmerei\"")
        .replace("sheets: 0", "sheets: 4")
        .replacen("levels: (0, 0, 0, 0, 0)", "levels: (1, 3, 0, 0, 0)", 1);
    assert_ne!(tally, template, "{template}");
    let tally_path = dir.path().join("strichliste-kaemmerei.ron");
    std::fs::write(&tally_path, tally).unwrap();
    ok(
        prefix,
        &[
            "survey",
            "tally",
            path_str(&assessment),
            path_str(&tally_path),
        ],
    );
    let again = run(
        prefix,
        &[
            "survey",
            "tally",
            path_str(&assessment),
            path_str(&tally_path),
        ],
    );
    assert_eq!(again.status.code(), Some(1));
    assert!(
        stderr(&again).contains("schon gezählt"),
        "{}",
        stderr(&again)
    );

    let json = show_json(prefix, &assessment);
    assert_eq!(json["sheets"], 11);
    let chefsache = question(&json, "kultur.chefsache");
    // 6 × level 1 (Bauamt), 1 × 0 (code) and 1 × 0, 3 × 1 (paper) = 11 answers.
    assert_eq!(chefsache["staff"]["n"], 11);
    assert_eq!(
        chefsache["staff"]["levels"],
        serde_json::json!([2, 9, 0, 0, 0])
    );
    assert_eq!(chefsache["staff"]["median"], 1.0);
    // Bauamt 6 shows; Kämmerei 5 shows (1 code + 4 paper); nothing is left to subtract.
    assert_eq!(chefsache["groups"][0]["n"], 6);
    assert_eq!(chefsache["groups"][1]["n"], 5);
    // The other questions: only the code and the files answered them (7 < 11): the
    // Kämmerei's single answer is hidden, and so is the Bauamt (its complement is 1).
    let fehlerkultur = question(&json, "kultur.fehlerkultur");
    assert_eq!(fehlerkultur["staff"]["n"], 7);
    assert_eq!(fehlerkultur["groups"][0]["hidden"], true);
    assert_eq!(fehlerkultur["groups"][1]["hidden"], true);
    // The example town's officer rated the leadership's role; the gap is theirs minus 1.
    let officer = chefsache["officer"].as_u64().unwrap() as f64;
    assert_eq!(chefsache["gap"].as_f64().unwrap(), officer - 1.0);
    assert_eq!(chefsache["finding"], officer - 1.0 >= 2.0);

    let text =
        String::from_utf8(ok(prefix, &["survey", "show", path_str(&assessment)]).stdout).unwrap();
    assert!(
        text.contains("Mitarbeitende: Median\u{a0}1 (n\u{a0}=\u{a0}11)"),
        "{text}"
    );
    assert!(
        text.contains("Bauamt: nicht gezeigt (Datenschutz)"),
        "{text}"
    );
    let pdf = dir.path().join("bericht.pdf");
    ok(
        prefix,
        &["report", path_str(&assessment), "-o", path_str(&pdf)],
    );
    let pdf_text = crate::common::pdf::text(&std::fs::read(&pdf).unwrap());
    assert!(pdf_text.contains("Mitarbeitendenbefragung"), "{pdf_text}");
}

#[test]
fn the_whole_survey_works_without_network() {
    let Some(prefix) = network_namespace() else {
        eprintln!(
            "SKIPPED: `unshare -n` is not permitted here; the offline survey test ran with network"
        );
        whole_path(&[]);
        return;
    };
    whole_path(&prefix);
}

#[test]
fn foreign_broken_and_duplicate_answer_files_are_refused_and_nothing_is_lost() {
    let dir = tempfile::tempdir().unwrap();
    let assessment = town_with_kit(dir.path(), &[]);
    let (_, survey) = survey_of(&assessment);
    let good = dir.path().join("gut.ron");
    std::fs::write(&good, to_ron(&answers(&survey, 1, "", &[2, 2, 2])).unwrap()).unwrap();
    ok(
        &[],
        &["survey", "import", path_str(&assessment), path_str(&good)],
    );
    let mut foreign = answers(&survey, 2, "", &[2]);
    foreign.survey = "0123456789ab".into();
    let foreign_path = dir.path().join("fremd.ron");
    std::fs::write(&foreign_path, to_ron(&foreign).unwrap()).unwrap();
    let mut old = answers(&survey, 3, "", &[2]);
    old.questionnaire.version = "1.0".into();
    let old_path = dir.path().join("alt.ron");
    std::fs::write(&old_path, to_ron(&old).unwrap()).unwrap();
    let broken = dir.path().join("kaputt.ron");
    std::fs::write(
        &broken,
        "StaffAnswers(\n    format_version: 1,\n    survey: \"x\"\n    id: 4,\n)",
    )
    .unwrap();
    let another = dir.path().join("neu.ron");
    std::fs::write(
        &another,
        to_ron(&answers(&survey, 4, "Bauamt", &[4])).unwrap(),
    )
    .unwrap();
    let output = run(
        &[],
        &[
            "survey",
            "import",
            path_str(&assessment),
            path_str(&good),
            path_str(&foreign_path),
            path_str(&old_path),
            path_str(&broken),
            path_str(&another),
        ],
    );
    let err = stderr(&output);
    assert_eq!(output.status.code(), Some(1), "{err}");
    assert!(
        err.contains("gut.ron: Dieser Antwortbogen ist schon gezählt"),
        "{err}"
    );
    assert!(
        err.contains("fremd.ron: Der Antwortbogen gehört zu einer anderen Befragung"),
        "{err}"
    );
    assert!(err.contains("„kommunal-reifegrad 1.0“"), "{err}");
    assert!(err.contains("kaputt.ron:4:5:"), "{err}");
    assert!(
        err.contains("Gezählt: 1, schon gezählt: 1, abgelehnt: 3"),
        "{err}"
    );
    let (_, after) = survey_of(&assessment);
    assert_eq!(after.sheet_count(), 2);
}

#[test]
fn the_paper_form_and_tally_sheet_name_every_question() {
    let dir = tempfile::tempdir().unwrap();
    town_with_kit(dir.path(), &[]);
    let bytes = std::fs::read(dir.path().join("kit/umfrage-formular.pdf")).unwrap();
    let text = crate::common::pdf::text(&bytes);
    let q = bundled_questionnaire().unwrap();
    for id in [
        "kultur.chefsache",
        "kultur.fehlerkultur",
        "ressourcen.qualifizierung",
    ] {
        let (_, question) = q.question(id).unwrap();
        let title = question.short_title(reifegrad::text::Lang::De);
        assert!(text.contains(&title), "{title} not in {text}");
    }
    assert!(text.contains("Strichliste"), "{text}");
    assert!(text.contains("Weiß nicht"), "{text}");
}

mod browser {
    //! A minimal W3C WebDriver client over `std::net::TcpStream`: one request per
    //! connection, the answer read by its `Content-Length` (chromedriver sends one and
    //! keeps the connection open). No HTTP crate (and no change to Cargo.lock and the
    //! notices) for five kinds of request to localhost.

    use std::io::{Read, Write};
    use std::net::TcpStream;

    pub struct Driver {
        pub port: u16,
        pub session: String,
    }

    pub fn request(
        port: u16,
        method: &str,
        path: &str,
        body: Option<&serde_json::Value>,
    ) -> serde_json::Value {
        let body = body.map(|b| b.to_string()).unwrap_or_default();
        let mut stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
        let head = format!(
            "{method} {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
            body.len()
        );
        stream.write_all(head.as_bytes()).unwrap();
        stream.write_all(body.as_bytes()).unwrap();
        // chromedriver keeps the connection open: read the head, then Content-Length bytes.
        stream
            .set_read_timeout(Some(std::time::Duration::from_secs(60)))
            .unwrap();
        let mut response = Vec::new();
        let mut byte = [0u8; 1];
        while !response.ends_with(b"\r\n\r\n") {
            assert_eq!(
                stream.read(&mut byte).unwrap(),
                1,
                "connection closed early"
            );
            response.push(byte[0]);
        }
        let head = String::from_utf8_lossy(&response).to_ascii_lowercase();
        let length: usize = head
            .lines()
            .find_map(|line| line.strip_prefix("content-length:"))
            .and_then(|n| n.trim().parse().ok())
            .unwrap_or(0);
        let mut body = vec![0u8; length];
        stream.read_exact(&mut body).unwrap();
        serde_json::from_slice(&body).unwrap_or(serde_json::Value::Null)
    }

    impl Driver {
        pub fn post(&self, path: &str, body: serde_json::Value) -> serde_json::Value {
            let path = format!("/session/{}{path}", self.session);
            request(self.port, "POST", &path, Some(&body))
        }

        pub fn get(&self, path: &str) -> serde_json::Value {
            let path = format!("/session/{}{path}", self.session);
            request(self.port, "GET", &path, None)
        }

        pub fn element(&self, css: &str) -> String {
            let found = self.post(
                "/element",
                serde_json::json!({"using": "css selector", "value": css}),
            );
            found["value"]["element-6066-11e4-a52e-4f735466cecf"]
                .as_str()
                .unwrap_or_else(|| panic!("no element {css}: {found}"))
                .to_string()
        }

        pub fn click(&self, css: &str) {
            let id = self.element(css);
            let r = self.post(&format!("/element/{id}/click"), serde_json::json!({}));
            assert!(r["value"].is_null(), "click {css}: {r}");
        }

        pub fn value(&self, css: &str) -> String {
            let id = self.element(css);
            self.get(&format!("/element/{id}/property/value"))["value"]
                .as_str()
                .unwrap_or_default()
                .to_string()
        }

        pub fn script(&self, script: &str) -> serde_json::Value {
            self.post(
                "/execute/sync",
                serde_json::json!({"script": script, "args": []}),
            )["value"]
                .clone()
        }
    }
}

/// chromedriver on a free port, or `None` where chromium or chromedriver is missing.
fn start_chromedriver() -> Option<(std::process::Child, u16)> {
    let driver = ["/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver"]
        .into_iter()
        .find(|p| Path::new(p).exists())?;
    if !Path::new("/usr/bin/chromium").exists() {
        return None;
    }
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .ok()?
        .local_addr()
        .ok()?
        .port();
    let child = Command::new(driver)
        .arg(format!("--port={port}"))
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .ok()?;
    for _ in 0..100 {
        if std::net::TcpStream::connect(("127.0.0.1", port)).is_ok() {
            return Some((child, port));
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    None
}

#[test]
fn staff_fill_in_the_html_form_in_a_real_browser_and_the_cli_counts_it() {
    let Some((mut chromedriver, port)) = start_chromedriver() else {
        eprintln!(
            "SKIPPED: chromium and chromium-driver are not installed (apt-get install chromium chromium-driver); the browser test did not run"
        );
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let assessment = town_with_kit(dir.path(), &[]);
    let downloads = dir.path().join("downloads");
    std::fs::create_dir(&downloads).unwrap();
    let profile = dir.path().join("chromium-profile");
    let session = browser::request(
        port,
        "POST",
        "/session",
        Some(&serde_json::json!({"capabilities": {"alwaysMatch": {
            "browserName": "chrome",
            "goog:chromeOptions": {
                "binary": "/usr/bin/chromium",
                "args": ["--headless=new", "--no-sandbox", "--disable-gpu",
                         "--disable-dev-shm-usage", format!("--user-data-dir={}", profile.display())],
                "prefs": {"download.default_directory": path_str(&downloads),
                          "download.prompt_for_download": false},
            },
        }}})),
    );
    let Some(session_id) = session["value"]["sessionId"].as_str() else {
        let _ = chromedriver.kill();
        panic!("no WebDriver session: {session}");
    };
    let driver = browser::Driver {
        port,
        session: session_id.to_string(),
    };
    let url = format!("file://{}", dir.path().join("kit/umfrage.html").display());
    // Five staff of the Bauamt, one after the other on the same computer: levels 0, 1, 1,
    // 1, 2 on the first question; the fifth one also saves the file and shows the code.
    let mut codes = Vec::new();
    for (n, level) in [0, 1, 1, 1, 2].into_iter().enumerate() {
        driver.post("/url", serde_json::json!({"url": url}));
        assert_eq!(
            driver.script("return document.title"),
            "Mitarbeitendenbefragung zur Digitalisierung"
        );
        driver.click("#group option[value=\"Bauamt\"]");
        driver.click(&format!("#q0-{level}"));
        driver.click("#q1-x");
        if n == 4 {
            driver.click("#save");
        }
        driver.click("#show-code");
        codes.push(driver.value("#code"));
        // Nothing was requested: the page loaded no resource at all.
        assert_eq!(
            driver.script("return performance.getEntriesByType('resource').length"),
            0
        );
    }
    // Wait for the download to finish.
    let mut saved = None;
    for _ in 0..100 {
        saved = std::fs::read_dir(&downloads)
            .unwrap()
            .flatten()
            .map(|e| e.path())
            .find(|p| p.extension().is_some_and(|e| e == "ron"));
        if saved.is_some() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    browser::request(port, "DELETE", &format!("/session/{session_id}"), None);
    let _ = chromedriver.kill();
    let _ = chromedriver.wait();
    let saved = saved.expect("the form saved no answer file");
    let text = std::fs::read_to_string(&saved).unwrap();
    assert!(text.contains("group: \"Bauamt\""), "{text}");
    assert!(text.contains("\"kultur.fehlerkultur\": DontKnow"), "{text}");
    // The file and the fifth code are the same sheet: it counts once.
    let mut args = vec!["survey", "import", path_str(&assessment), path_str(&saved)];
    for code in &codes {
        args.extend(["--code", code.as_str()]);
    }
    let output = ok(&[], &args);
    assert!(
        stderr(&output).contains("Gezählt: 5, schon gezählt: 1, abgelehnt: 0"),
        "{}",
        stderr(&output)
    );
    let json = show_json(&[], &assessment);
    let chefsache = question(&json, "kultur.chefsache");
    assert_eq!(
        chefsache["staff"]["levels"],
        serde_json::json!([1, 3, 1, 0, 0])
    );
    assert_eq!(chefsache["staff"]["median"], 1.0);
    assert_eq!(chefsache["groups"][0]["n"], 5);
    assert_eq!(
        question(&json, "kultur.fehlerkultur")["staff"],
        serde_json::Value::Null
    );
}
