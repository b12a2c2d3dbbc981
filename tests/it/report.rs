//! The PDF report read back as a reader would: text extraction, page count, long input.

#![allow(clippy::unwrap_used)]

use printpdf::{PdfDocument, PdfParseOptions};
use reifegrad::benchmark::{DimensionPeers, PeerComparison, PeerGroup};
use reifegrad::model::example::example_assessment;
use reifegrad::model::{Assessment, Questionnaire, SizeClass, bundled_questionnaire};
use reifegrad::report::{ReportInput, render_pdf};

/// The label the PDF prints beside synthetic peer figures.
const SYNTHETIC_LABEL_DE: &str = "Synthetische Beispieldaten – keine echten Kommunen";
use reifegrad::text::Lang;
use std::collections::BTreeMap;

/// The text of every page, one string per page, lines joined with spaces.
fn pages_text(pdf: &[u8]) -> Vec<String> {
    let doc = PdfDocument::parse(pdf, &PdfParseOptions::default(), &mut Vec::new())
        .expect("the PDF parses");
    doc.extract_text()
        .into_iter()
        .map(|chunks| chunks.join(" "))
        .collect()
}

/// All text without the running footers, white space collapsed; quotes nested in
/// quotes (‚…‘) read as the plain quotes the input has.
fn body_text(pdf: &[u8], name: &str) -> String {
    let doc = PdfDocument::parse(pdf, &PdfParseOptions::default(), &mut Vec::new()).unwrap();
    let prefix: String = name.chars().take(20).collect();
    let words: Vec<String> = doc
        .extract_text()
        .into_iter()
        .flatten()
        .filter(|chunk| {
            let footer_number = chunk.starts_with("Seite ") && chunk.contains(" von ");
            let footer_left = chunk.contains("· Digitaler Reifegrad ·")
                || (chunk.ends_with('…') && chunk.starts_with(&prefix));
            !footer_number && !footer_left
        })
        .flat_map(|chunk| {
            chunk
                .split_whitespace()
                .map(str::to_string)
                .collect::<Vec<_>>()
        })
        .collect();
    words.join(" ").replace('‚', "„").replace('‘', "“")
}

fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn example() -> (Questionnaire, Assessment) {
    let q = bundled_questionnaire().unwrap();
    let a = example_assessment(&q);
    (q, a)
}

fn render(q: &Questionnaire, a: &Assessment, peers: Option<&PeerComparison>) -> Vec<u8> {
    render_pdf(&ReportInput::new(
        &match peers {
            Some(p) => reifegrad::analysis::analyse_against(q, a, p.clone(), None),
            None => reifegrad::analysis::analyse(q, a, None, None),
        },
        a,
        Lang::De,
    ))
    .unwrap()
}

/// Synthetic peers for the default questionnaire; the front-end group is too small.
fn synthetic_peers(q: &Questionnaire) -> PeerComparison {
    let mut dimensions = BTreeMap::new();
    for (i, d) in q.dimensions.iter().enumerate() {
        let entry = (d.id != q.diagnoses.front_end).then(|| {
            let median = 40.0 + 5.0 * i as f64;
            DimensionPeers {
                n: 23,
                median,
                p25: median - 12.0,
                p75: median + 11.0,
                p10: median - 20.0,
                p90: median + 18.0,
                percentile: Some(35.0 + 10.0 * i as f64),
            }
        });
        dimensions.insert(d.id.clone(), entry);
    }
    PeerComparison {
        source: "Reifegrad-Beispielbenchmark 2026".into(),
        synthetic: true,
        group: PeerGroup {
            size_class: Some(SizeClass::From10kTo20k),
            state: None,
            kind: None,
            neighbouring_sizes: false,
        },
        group_size: 23,
        dimensions,
        own_excluded: false,
        network: None,
    }
}

#[test]
fn example_town_report_has_the_essentials() {
    let (q, a) = example();
    let pdf = render(&q, &a, None);
    assert!(pdf.starts_with(b"%PDF"));
    let pages = pages_text(&pdf);
    // The appendix (every question, its answer and evidence, at 9 pt and more) is the
    // longest part (52 questions since questionnaire 1.2); the council reads the first
    // pages.
    assert!(
        (4..=16).contains(&pages.len()),
        "{} pages for the example town",
        pages.len()
    );
    let all = collapse(&pages.join(" "));
    assert!(all.contains("Lindenhagen"));
    for name in ["Kultur und Führung", "Ressourcen und Organisation"] {
        assert!(all.contains(name), "dimension name {name} missing");
    }
    for d in &q.dimensions {
        assert!(all.contains(&d.name.de), "dimension {} missing", d.name.de);
    }
    assert!(all.contains("Zusammenfassung"));
    assert!(all.contains("Fassadenanstrich"));
    assert!(all.contains("Mitwirkende"));
    assert!(all.contains(&format!("Seite 1 von {}", pages.len())));
    assert!(all.contains("Kurzfristig (0–6 Monate)"));
    assert!(all.contains("„Aufbau“"), "German quotes and stage name");
    assert!(!all.contains(SYNTHETIC_LABEL_DE), "no peers, no label");

    // The highest-priority measures are in the report, word for word.
    let body = body_text(&pdf, &a.profile.name);
    let analysis = reifegrad::analysis::analyse(&q, &a, None, None);
    for m in analysis.measures.iter().take(5) {
        let text = collapse(&m.measure.text.de);
        assert!(body.contains(&text), "measure missing: {text}");
    }
    // Every comment appears in full.
    for answer in a.answers.values().filter(|a| !a.comment.is_empty()) {
        assert!(
            body.contains(&collapse(&answer.comment)),
            "{}",
            answer.comment
        );
    }
}

#[test]
fn synthetic_peers_are_labelled_and_small_groups_hidden() {
    let (q, a) = example();
    let peers = synthetic_peers(&q);
    let pdf = render(&q, &a, Some(&peers));
    let pages = pages_text(&pdf);
    assert!((4..=16).contains(&pages.len()), "{} pages", pages.len());
    let all = collapse(&pages.join(" "));
    assert!(all.contains(SYNTHETIC_LABEL_DE));
    assert!(all.contains("Reifegrad-Beispielbenchmark 2026"));
    assert!(all.contains("Median der Vergleichsgruppe"));
    // Culture's peer median (40,0) is shown; the front-end's group is too small.
    assert!(all.contains("40,0"));
    assert!(all.contains("weniger als 5 Vergleichswerte"));
    // The label appears on every page that shows peer figures: profile and title page.
    let labelled = pages
        .iter()
        .filter(|p| collapse(p).contains(SYNTHETIC_LABEL_DE))
        .count();
    assert!(labelled >= 2, "label on {labelled} pages");
}

#[test]
fn long_comment_and_long_name_are_not_cut() {
    let (q, mut a) = example();
    let name: String = "Verbandsgemeinde Süderlügum-Großenwiehe-Schafflund an der Treene "
        .repeat(4)
        .chars()
        .take(200)
        .collect();
    let name = name.trim().to_string();
    assert!(name.chars().count() >= 195);
    a.profile.name = name.clone();
    let mut comment = String::new();
    let mut i = 0;
    while comment.chars().count() < 2_000 {
        i += 1;
        comment.push_str(&format!(
            "Satz {i}: Die Kämmerei prüft „Rechnungen“ – noch größtenteils auf Papier. "
        ));
    }
    let comment: String = comment.trim().to_string();
    assert!(comment.chars().count() >= 2_000);
    let first = &q.dimensions[1].questions[2].id;
    a.set_comment(first, comment.clone());
    // A word longer than a line must be broken, not cut.
    let long_word = "Digitalisierungsbeschleunigungsvereinbarungsumsetzungsverordnungsentwurfsbegründungsanlage".repeat(2);
    let second = &q.dimensions[2].questions[1].id;
    a.set_comment(second, format!("Siehe {long_word} Ende."));

    let pdf = render(&q, &a, None);
    let pages = pages_text(&pdf);
    assert!(!pages.is_empty());
    let body = body_text(&pdf, &name);
    assert!(
        body.contains(&collapse(&comment)),
        "the long comment is cut"
    );
    assert!(body.contains(&name), "the long name is cut");
    // The overlong word is broken across lines: its pieces follow each other.
    let joined: String = body.split_whitespace().collect();
    assert!(joined.contains(&long_word), "the long word is cut");
    // The footer has no room for the full name and says so with „…“.
    let footer_marked = pages.iter().all(|p| p.contains('…'));
    assert!(footer_marked, "shortened footer without a mark");
}

#[test]
fn english_report_renders() {
    let (q, a) = example();
    let pdf = render_pdf(&ReportInput::new(
        &reifegrad::analysis::analyse(&q, &a, None, None),
        &a,
        Lang::En,
    ))
    .unwrap();
    let all = collapse(&pages_text(&pdf).join(" "));
    assert!(all.contains("Summary"));
    assert!(all.contains("Page 1 of"));
    assert!(all.contains("Culture and leadership"));
}

/// Writes the example town's reports for looking at them:
/// `REIFEGRAD_REPORT_DIR=/tmp cargo test --test report -- --ignored`.
#[test]
#[ignore = "writes PDFs for looking at: cargo test -- --ignored (REIFEGRAD_REPORT_DIR, default: the temp folder)"]
fn write_example_reports() {
    let dir = std::env::var_os("REIFEGRAD_REPORT_DIR")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(std::env::temp_dir);
    let (q, a) = example();
    std::fs::write(dir.join("example.pdf"), render(&q, &a, None)).unwrap();
    let peers = synthetic_peers(&q);
    std::fs::write(dir.join("example-peers.pdf"), render(&q, &a, Some(&peers))).unwrap();
}

#[test]
fn report_command_writes_the_pdf_and_says_where() {
    let dir = tempfile::tempdir().unwrap();
    let example = dir.path().join("beispiel.ron");
    let pdf = dir.path().join("bericht.pdf");
    let run =
        |args: &[&std::ffi::OsStr]| crate::common::cli::command().args(args).output().unwrap();
    let out = run(&["example".as_ref(), "-o".as_ref(), example.as_os_str()]);
    assert!(out.status.success());
    let out = run(&[
        "report".as_ref(),
        example.as_os_str(),
        "-o".as_ref(),
        pdf.as_os_str(),
    ]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(stderr.contains(pdf.to_str().unwrap()), "{stderr}");
    assert!(std::fs::read(&pdf).unwrap().starts_with(b"%PDF"));
    // Only the PDF is left in the folder (atomic write, no temporary file).
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 2);

    // An assessment given as benchmark: a clear message, exit code 1, no PDF.
    let other = dir.path().join("anderer.pdf");
    let out = run(&[
        "report".as_ref(),
        example.as_os_str(),
        "-o".as_ref(),
        other.as_os_str(),
        "--benchmark".as_ref(),
        example.as_os_str(),
    ]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("erwartet wird eine Vergleichsdatei"),
        "{stderr}"
    );
    assert!(!other.exists());

    // The bundled synthetic benchmark: peer figures, labelled as synthetic.
    let with_peers = dir.path().join("mit-vergleich.pdf");
    let out = run(&[
        "report".as_ref(),
        example.as_os_str(),
        "-o".as_ref(),
        with_peers.as_os_str(),
        "--benchmark".as_ref(),
        "assets/benchmark-synthetic.ron".as_ref(),
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let bytes = std::fs::read(&with_peers).unwrap();
    let text = pages_text(&bytes).join("\n");
    assert!(text.contains("Synthetische Beispieldaten"), "{text}");
    assert!(text.contains("Median"), "{text}");
}
