//! One figure, one voice: the consistency fixtures (partial, one field, all 0, all 4, a
//! band edge at 62,5 with 8 peers giving x,5 % shares) go through `score --json`, the
//! `score` table, the app's results view and the PDF, and every score, stage, median and
//! percentile must read the same in all four.

#![allow(clippy::unwrap_used)]

use crate::common;

use common::fixtures::{self, FIXTURES};
use common::outputs::{Outputs, outputs, score_text, stage_text};
use reifegrad::text::Lang;

/// The label after `name` in the results view's table, `offset` cells on.
fn cell_after<'a>(labels: &'a [String], name: &str, offset: usize) -> &'a str {
    let at = labels
        .iter()
        .position(|l| l == name)
        .unwrap_or_else(|| panic!("no row {name} in {labels:?}"));
    &labels[at + offset]
}

fn check(o: &Outputs, lang: Lang) {
    let name = o.fixture.name;
    let overall = score_text(&o.json["overall"]["score"], lang);
    let overall_stage = stage_text(&o.json["overall"]["stage"]);
    let points = match lang {
        Lang::De => "von 100 Punkten",
        Lang::En => "of 100 points",
    };

    // Overall: table row, results headline, PDF title page.
    let total = match lang {
        Lang::De => "Gesamt",
        Lang::En => "Overall",
    };
    let total_line = o
        .table
        .lines()
        .find(|l| l.starts_with(total))
        .unwrap_or_else(|| panic!("{name}: no overall row in\n{}", o.table));
    assert!(
        total_line.contains(&overall) && total_line.contains(&overall_stage),
        "{name}: table overall {total_line:?} vs {overall} {overall_stage}"
    );
    if o.json["overall"]["score"].is_number() {
        let headline = format!("{overall_stage} · {overall} {points}");
        assert!(
            o.labels.iter().any(|l| l.contains(&headline)),
            "{name}: results view lacks {headline:?}: {:?}",
            o.labels
        );
        let title = match lang {
            Lang::De => format!("{overall} von 100 Punkten"),
            Lang::En => format!("{overall} out of 100 points"),
        };
        assert!(o.pdf.contains(&title), "{name}: PDF lacks {title:?}");
    }

    for d in o.json["dimensions"].as_array().unwrap() {
        let field = d["name"].as_str().unwrap();
        let score = score_text(&d["score"], lang);
        let stage = stage_text(&d["stage"]);
        let peers = &d["peers"];
        let median = peers
            .is_object()
            .then(|| score_text(&peers["median"], lang));
        let percentile = peers["percentile"].as_f64().map(|p| format!("{p:.0}"));

        // The `score` table's row.
        let row = o
            .table
            .lines()
            .find(|l| l.starts_with(field))
            .unwrap_or_else(|| panic!("{name}: no row {field}"));
        let cells: Vec<&str> = row[field.len()..].split_whitespace().collect();
        assert_eq!(cells[0], score, "{name}/{field}: table score");
        assert!(
            row.contains(&stage),
            "{name}/{field}: table stage in {row:?}"
        );
        if let Some(median) = &median {
            assert!(
                row.contains(median.as_str()),
                "{name}/{field}: table median"
            );
            match &percentile {
                Some(p) => assert!(
                    row.ends_with(&format!("{p} %")),
                    "{name}/{field}: table rank in {row:?}, want {p} %"
                ),
                None => assert!(row.ends_with('–'), "{name}/{field}: {row:?}"),
            }
        }

        // The results view's row: name, score, stage, answered, comparison.
        assert_eq!(
            cell_after(&o.labels, field, 1),
            score,
            "{name}/{field}: app"
        );
        assert_eq!(
            cell_after(&o.labels, field, 2),
            stage,
            "{name}/{field}: app"
        );
        let compared = cell_after(&o.labels, field, 4);
        match (&median, &percentile) {
            (Some(_), Some(p)) => {
                let want = match (lang, p.as_str()) {
                    (Lang::De, "0") => "unter allen Vergleichswerten".to_string(),
                    (Lang::En, "0") => "below every peer".to_string(),
                    (Lang::De, _) => format!("besser als {p} %"),
                    (Lang::En, _) => format!("better than {p} %"),
                };
                assert_eq!(compared, want, "{name}/{field}: app rank");
            }
            (Some(m), None) => assert!(compared.ends_with(m.as_str()), "{name}: {compared}"),
            (None, _) => assert_eq!(compared, "–", "{name}/{field}: app without peers"),
        }

        // The PDF's profile table: name, score, stage … median, rank.
        let prefix = format!("{field} {score} {stage}");
        let at = o
            .pdf
            .find(&prefix)
            .unwrap_or_else(|| panic!("{name}: PDF lacks row {prefix:?}"));
        let rest: Vec<&str> = o.pdf[at + prefix.len()..].split_whitespace().collect();
        if let Some(median) = &median {
            // Coverage (with its %, maybe „!“), then median and rank.
            let at_median = rest.iter().position(|w| w == median).unwrap();
            assert!(at_median <= 3, "{name}/{field}: PDF row {:?}", &rest[..6]);
            let rank = percentile.clone().unwrap_or_else(|| "–".into());
            assert_eq!(rest[at_median + 1], rank, "{name}/{field}: PDF rank");
        }
    }
}

#[test]
fn every_output_tells_the_same_figures_in_german() {
    for fixture in FIXTURES {
        check(&outputs(fixture, Lang::De), Lang::De);
    }
}

#[test]
fn every_output_tells_the_same_figures_in_english() {
    for name in ["partial", "edge"] {
        check(&outputs(fixtures::fixture(name), Lang::En), Lang::En);
    }
}

#[test]
fn a_band_edge_is_printed_at_the_questionnaires_precision_and_x5_shares_round_up() {
    let o = outputs(fixtures::fixture("edge"), Lang::De);
    // 62,5 is the edge between „Aufbau“ and „Etabliert“: the town on it is „Etabliert“,
    // and the method section names the band with its decimal.
    assert_eq!(o.json["overall"]["score"], 62.5);
    assert_eq!(o.json["overall"]["stage"], "Etabliert");
    assert!(o.pdf.contains("Aufbau 40,0–62,5"), "band edges");
    // Shares of 12,5 / 37,5 / 62,5 / 87,5 % print as 13 / 38 / 63 / 88 everywhere.
    let ranks: Vec<f64> = o.json["dimensions"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|d| d["peers"]["percentile"].as_f64())
        .collect();
    assert!(!ranks.is_empty());
    for rank in ranks {
        assert!([13.0, 38.0, 63.0, 88.0].contains(&rank), "{rank}");
    }
}

#[test]
fn the_uncertainty_warning_reads_the_same_in_app_cli_and_pdf() {
    for lang in [Lang::De, Lang::En] {
        let o = outputs(fixtures::fixture("partial"), lang);
        let words = |text: &str| text.split_whitespace().collect::<Vec<_>>().join(" ");
        let warning = words(&reifegrad::present::rules::uncertain_score(lang));
        assert!(
            o.table.contains(&format!("! {warning}")),
            "table: {}",
            o.table
        );
        assert!(words(&o.pdf).contains(&format!("! {warning}")), "PDF");
        assert!(
            o.labels.iter().any(|l| words(l).contains(&warning)),
            "app: {:?}",
            o.labels
        );
    }
}

/// The radar's rule, which the app's chart and the PDF's both draw from: a point only for
/// a field with a score, the outline only when every field has one, the peers' band and
/// median only between neighbouring fields that both have peer figures.
#[test]
fn the_radar_draws_points_outline_and_peer_segments_by_one_rule() {
    let q = fixtures::questionnaire();
    let one = fixtures::fixture("one-field").assessment(&q);
    let scores = reifegrad::scoring::score(&q, &one);
    let radar = reifegrad::analysis::radar(&scores, None);
    let with_score = scores.dimensions.iter().filter(|d| d.score.is_some());
    assert_eq!(radar.own.iter().flatten().count(), with_score.count());
    assert!(!radar.own_outline);
    assert!(radar.peer_segments.is_empty());

    let partial = fixtures::fixture("partial");
    assert!(partial.with_peers);
    let a = partial.assessment(&q);
    let b = fixtures::benchmark();
    let group = reifegrad::analysis::default_peer_group(&a.profile, Some(&b));
    let analysis = reifegrad::analysis::analyse(&q, &a, Some((&b, group)), None);
    let mut peers = analysis.peers.clone().unwrap();
    let n = analysis.scores.dimensions.len();
    let all = reifegrad::analysis::radar(&analysis.scores, Some(&peers));
    assert_eq!(all.peer_segments.len(), n, "every field has peer figures");
    // Without figures for the second field its two neighbouring segments go.
    let second = analysis.scores.dimensions[1].id.clone();
    peers.dimensions.insert(second, None);
    let gap = reifegrad::analysis::radar(&analysis.scores, Some(&peers));
    assert_eq!(gap.peer_segments.len(), n - 2);
    assert!(!gap.peer_segments.iter().any(|(i, j)| *i == 1 || *j == 1));
}
