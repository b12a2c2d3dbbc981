//! Networks of towns pooling their results: nine towns (as in re@di) and forty (as in a
//! strategy group) keep every member, publish no rare combination, see the whole network
//! as peers without themselves, and get the same file whatever the order of the inputs.

#![allow(clippy::unwrap_used)]

use reifegrad::benchmark::generalise::{MergeSettings, merged_benchmark};
use reifegrad::benchmark::token::{ensure_contribution_token, token_of};
use reifegrad::benchmark::{
    Benchmark, Contribution, MIN_GROUP_SIZE, PeerGroup, load_benchmark, parse_benchmark,
};
use reifegrad::model::example::example_assessment;
use reifegrad::model::save_assessment;
use reifegrad::model::{
    Assessment, BodyKind, FederalState, QuestionnaireRef, Response, bundled_questionnaire,
};
use reifegrad::scoring::score;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Output;

fn reifegrad(args: &[&str]) -> Output {
    crate::common::cli::command()
        .args(args)
        .output()
        .expect("run reifegrad")
}

fn s(path: &Path) -> &str {
    path.to_str().unwrap()
}

/// Town `i` of a network: its state, population and kind, answers varied by `i`.
fn town(i: usize, state: FederalState, population: u32, kind: BodyKind) -> Assessment {
    let q = bundled_questionnaire().unwrap();
    let mut a = example_assessment(&q);
    a.profile.name = format!("Netzstadt{i}");
    a.profile.state = state;
    a.profile.population = population;
    a.profile.kind = kind;
    a.contribution_token.clear();
    let ids: Vec<String> = q.questions().map(|(_, q)| q.id.clone()).collect();
    for (n, id) in ids.iter().enumerate() {
        if (n + i).is_multiple_of(3) {
            a.set_response(id, Some(Response::Level(((n + i) % 5) as u8)));
        }
    }
    a
}

/// Nine towns in three size classes and two states.
fn nine() -> Vec<Assessment> {
    (0..9)
        .map(|i| {
            let state = if i % 2 == 0 {
                FederalState::Hessen
            } else {
                FederalState::Bayern
            };
            let population = [7_000, 14_000, 31_000][i % 3];
            town(i, state, population, BodyKind::Stadt)
        })
        .collect()
}

/// Forty towns across six states, several kinds and all size classes.
fn forty() -> Vec<Assessment> {
    let states = [
        FederalState::Hessen,
        FederalState::Bayern,
        FederalState::Sachsen,
        FederalState::Niedersachsen,
        FederalState::RheinlandPfalz,
        FederalState::Thueringen,
    ];
    (0..40)
        .map(|i| {
            let population = [2_500, 7_000, 14_000, 31_000, 70_000, 150_000][(i * 7) % 6];
            let kind = match population {
                p if p >= 100_000 => BodyKind::Landkreis,
                p if p < 5_000 => BodyKind::Gemeinde,
                _ if i % 4 == 0 => BodyKind::Gemeindeverband,
                _ => BodyKind::Stadt,
            };
            town(i, states[i % 6], population, kind)
        })
        .collect()
}

fn contributions(towns: &mut [Assessment]) -> Vec<Contribution> {
    let q = bundled_questionnaire().unwrap();
    towns
        .iter_mut()
        .map(|a| {
            assert!(ensure_contribution_token(a));
            Contribution::from_assessment(a, &score(&q, a))
        })
        .collect()
}

fn merge(contributions: &[Contribution]) -> Benchmark {
    let q = bundled_questionnaire().unwrap();
    let settings = MergeSettings {
        synthetic: false,
        source: None,
        network: Some("re@di".into()),
        files: contributions.len(),
        questionnaire: QuestionnaireRef {
            id: q.id.clone(),
            version: q.version.clone(),
        },
    };
    let entries = contributions.iter().map(|c| c.entry.clone()).collect();
    merged_benchmark(entries, settings).unwrap().0
}

fn assert_pooled(b: &Benchmark, towns: &[Assessment]) {
    assert_eq!(b.entries.len(), towns.len());
    for a in towns {
        let token = token_of(a).unwrap();
        assert_eq!(
            b.entries.iter().filter(|e| e.token == token).count(),
            1,
            "{} is in the file once",
            a.profile.name
        );
    }
    let mut combinations = BTreeMap::new();
    for e in &b.entries {
        *combinations
            .entry((e.size_class, e.state, e.kind))
            .or_insert(0) += 1;
    }
    for (combination, n) in combinations {
        assert!(n >= MIN_GROUP_SIZE, "{combination:?} occurs {n} times");
    }
}

#[test]
fn nine_towns_keep_every_member_and_see_eight_peers() {
    let mut towns = nine();
    let contributions = contributions(&mut towns);
    let b = merge(&contributions);
    assert_pooled(&b, &towns);
    assert_eq!(b.source, "Netzwerk re@di, 2026, 9 Kommunen");
    let q = bundled_questionnaire().unwrap();
    for a in &towns {
        let group = reifegrad::analysis::default_peer_group(&a.profile, Some(&b));
        assert_eq!(group, PeerGroup::whole());
        let c = reifegrad::analysis::peer_stats(&b, group, a).compare(&score(&q, a));
        assert_eq!(c.group_size, 8, "{}", a.profile.name);
        assert!(c.own_excluded);
        assert!(c.is_shown());
        for d in c.dimensions.values() {
            assert_eq!(d.as_ref().unwrap().n, 8);
        }
        assert_eq!(
            reifegrad::present::peers::peer_group(&c, reifegrad::text::Lang::De),
            "im Netzwerk re@di, 2026 (9\u{a0}Kommunen)"
        );
    }
    // The written file parses back to the same benchmark.
    let text = reifegrad::benchmark::file::benchmark_to_ron(&b).unwrap();
    assert_eq!(parse_benchmark(Path::new("netz.ron"), &text).unwrap(), b);
}

#[test]
fn forty_towns_across_six_states_lose_no_member() {
    let mut towns = forty();
    let contributions = contributions(&mut towns);
    let b = merge(&contributions);
    assert_pooled(&b, &towns);
    let q = bundled_questionnaire().unwrap();
    for a in &towns {
        let c = reifegrad::analysis::peer_stats(&b, PeerGroup::whole(), a).compare(&score(&q, a));
        assert_eq!(c.group_size, 39);
    }
    // Any order of the contributions gives the same benchmark.
    let mut reversed = contributions.clone();
    reversed.reverse();
    assert_eq!(merge(&reversed), b);
}

/// Writes the towns, runs `benchmark contribute` on each and returns the contribution
/// files.
fn contribute_all(dir: &Path, towns: &[Assessment]) -> (Vec<PathBuf>, Vec<PathBuf>) {
    let mut files = Vec::new();
    let mut contributions = Vec::new();
    for (i, a) in towns.iter().enumerate() {
        let file = dir.join(format!("stadt{i}.ron"));
        save_assessment(&file, a).unwrap();
        let out = dir.join(format!("beitrag{i}.ron"));
        let output = reifegrad(&["benchmark", "contribute", s(&file), "-o", s(&out)]);
        assert_eq!(output.status.code(), Some(0), "{output:?}");
        files.push(file);
        contributions.push(out);
    }
    (files, contributions)
}

#[test]
fn the_command_line_merges_nine_towns_in_any_order_to_the_same_bytes() {
    let dir = tempfile::tempdir().unwrap();
    let (files, contributions) = contribute_all(dir.path(), &nine());
    // The token was kept in each assessment.
    let text = std::fs::read_to_string(&files[0]).unwrap();
    let first = reifegrad::model::load::parse_assessment(&files[0], &text).unwrap();
    assert!(token_of(&first).is_some());

    let merged = |name: &str, order: &[&PathBuf]| {
        let out = dir.path().join(name);
        let mut args = vec!["benchmark", "merge", "--network", "re@di", "-o", s(&out)];
        args.extend(order.iter().map(|p| s(p)));
        let output = reifegrad(&args);
        assert_eq!(output.status.code(), Some(0), "{output:?}");
        (out, String::from_utf8_lossy(&output.stderr).into_owned())
    };
    let forward: Vec<&PathBuf> = contributions.iter().collect();
    let (a, report) = merged("a.ron", &forward);
    assert!(report.contains("Keine Kommune wurde verworfen"), "{report}");
    let mut reversed = forward.clone();
    reversed.reverse();
    let (b, _) = merged("b.ron", &reversed);
    let mut rotated = forward.clone();
    rotated.rotate_left(4);
    let (c, _) = merged("c.ron", &rotated);
    let bytes = std::fs::read(&a).unwrap();
    assert_eq!(bytes, std::fs::read(&b).unwrap());
    assert_eq!(bytes, std::fs::read(&c).unwrap());
    assert_eq!(load_benchmark(&a).unwrap().entries.len(), 9);

    let output = reifegrad(&["score", s(&files[0]), "--benchmark", s(&a)]);
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    let table = String::from_utf8_lossy(&output.stdout);
    assert!(
        table.contains("im Netzwerk re@di, 2026 (9 Kommunen)"),
        "{table}"
    );
    assert!(table.contains("verglichen mit 8 Kommunen"), "{table}");
    assert!(table.contains("eigene Eintrag"), "{table}");
}

#[test]
fn too_few_towns_write_nothing_and_say_how_many_are_missing() {
    let dir = tempfile::tempdir().unwrap();
    let towns: Vec<Assessment> = nine().into_iter().take(3).collect();
    let (_, contributions) = contribute_all(dir.path(), &towns);
    let out = dir.path().join("netz.ron");
    let mut args = vec!["benchmark", "merge", "-o", s(&out)];
    args.extend(contributions.iter().map(|p| s(p)));
    let output = reifegrad(&args);
    assert_eq!(output.status.code(), Some(1));
    let message = String::from_utf8_lossy(&output.stderr);
    assert!(message.contains("es fehlen 2"), "{message}");
    assert!(!out.exists());
}

/// The nine towns, their merged network file `netz.ron` and the first town's assessment
/// `stadt-1.ron`, written into `dir`.
fn network_files(dir: &Path) -> (Vec<Assessment>, Benchmark, PathBuf, PathBuf) {
    let mut towns = nine();
    let contributions = contributions(&mut towns);
    let b = merge(&contributions);
    let network = dir.join("netz.ron");
    std::fs::write(
        &network,
        reifegrad::benchmark::file::benchmark_to_ron(&b).unwrap(),
    )
    .unwrap();
    let own = dir.join("stadt-1.ron");
    save_assessment(&own, &towns[0]).unwrap();
    (towns, b, network, own)
}

#[test]
fn the_app_and_the_pdf_take_a_loaded_networks_whole_group() {
    use crate::common::app::{ScriptedDialogs, harness};
    use egui_kittest::kittest::Queryable;
    let dir = tempfile::tempdir().unwrap();
    let (_, _, network, own) = network_files(dir.path());

    // The app: after loading the network's file the results compare with the other 8.
    let mut h = harness(
        dir.path(),
        std::sync::Arc::new(ScriptedDialogs::default()),
        Some(own.clone()),
    );
    h.state_mut().load_benchmark_file(&network);
    h.run();
    h.get_by_label("Ergebnis").click();
    h.run();
    h.get_by_label_contains("Verglichen mit: im Netzwerk re@di, 2026 (9\u{a0}Kommunen) · n = 8");

    // The PDF names the same group in the same words.
    let pdf = dir.path().join("bericht.pdf");
    let output = reifegrad(&["report", s(&own), "--benchmark", s(&network), "-o", s(&pdf)]);
    assert!(output.status.success(), "{output:?}");
    let text = crate::common::pdf::text(&std::fs::read(&pdf).unwrap());
    assert!(
        text.contains("im Netzwerk re@di, 2026 (9 Kommunen)"),
        "PDF names the network"
    );
}

#[test]
fn standard_in_the_results_view_returns_to_the_networks_whole_group() {
    use crate::common::app::{ScriptedDialogs, harness};
    use egui_kittest::kittest::Queryable;
    let dir = tempfile::tempdir().unwrap();
    let (towns, b, network, own) = network_files(dir.path());
    let default = reifegrad::analysis::default_peer_group(&towns[0].profile, Some(&b));
    assert_eq!(default, PeerGroup::whole());

    let mut h = harness(
        dir.path(),
        std::sync::Arc::new(ScriptedDialogs::default()),
        Some(own.clone()),
    );
    h.state_mut().load_benchmark_file(&network);
    h.run();
    h.get_by_label("Ergebnis").click();
    h.run();
    assert_eq!(h.state().results.group, Some(default));
    assert!(
        h.query_by_label("Standard").is_none(),
        "already the default"
    );

    // Another group, then „Standard“: back to the whole network, not the size class.
    // The peer group choice is below the charts: scroll to it first.
    h.get_by_label("Größe").scroll_to_me();
    h.run();
    h.get_by_label("Größe").click();
    h.run();
    h.get_by_label(
        towns[0]
            .profile
            .size_class()
            .label(reifegrad::text::Lang::De),
    )
    .click();
    h.run();
    assert_ne!(h.state().results.group, Some(default));
    h.get_by_label("Standard").click();
    h.run();
    assert_eq!(h.state().results.group, Some(default));
    let shown = "Verglichen mit: im Netzwerk re@di, 2026 (9\u{a0}Kommunen) · n = 8";
    h.get_by_label_contains(shown);

    // `score` takes the same default group and names it in the same words.
    let output = reifegrad(&["score", s(&own), "--json", "--benchmark", s(&network)]);
    assert!(output.status.success(), "{output:?}");
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(
        json["peer_group"]["description"],
        "im Netzwerk re@di, 2026 (9\u{a0}Kommunen)"
    );
    assert_eq!(json["peer_group"]["n"], 8);
}
