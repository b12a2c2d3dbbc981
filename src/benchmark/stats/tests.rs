//! Tests of the parent module.

use super::*;
use crate::model::QuestionnaireRef;
use crate::text::Lang;

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9
}

#[test]
fn percentiles_match_numpy_linear() {
    // numpy.percentile([15, 20, 35, 40, 50], [10, 25, 50, 75, 90])
    //   = [17.0, 20.0, 35.0, 40.0, 46.0]
    let v = [15.0, 20.0, 35.0, 40.0, 50.0];
    let expected = [
        (10.0, 17.0),
        (25.0, 20.0),
        (50.0, 35.0),
        (75.0, 40.0),
        (90.0, 46.0),
    ];
    for (p, want) in expected {
        assert!(close(percentile(&v, p).unwrap(), want), "p{p}");
    }
    // Even count: [1, 2, 3, 4] → median 2.5, p25 1.75, p75 3.25, p10 1.3, p90 3.7.
    let v = [1.0, 2.0, 3.0, 4.0];
    for (p, want) in [
        (50.0, 2.5),
        (25.0, 1.75),
        (75.0, 3.25),
        (10.0, 1.3),
        (90.0, 3.7),
    ] {
        assert!(close(percentile(&v, p).unwrap(), want), "p{p}");
    }
    assert_eq!(percentile(&[], 50.0), None);
    assert_eq!(percentile(&[7.0], 90.0), Some(7.0));
    assert_eq!(percentile(&v, 0.0), Some(1.0));
    assert_eq!(percentile(&v, 100.0), Some(4.0));
}

#[test]
fn share_below_counts_strictly_lower_scores() {
    let v = [10.0, 20.0, 20.0, 30.0, 40.0];
    assert_eq!(share_below(&v, 20.0), Some(20.0)); // ties do not count
    assert_eq!(share_below(&v, 25.0), Some(60.0));
    assert_eq!(share_below(&v, 5.0), Some(0.0));
    assert_eq!(share_below(&v, 99.0), Some(100.0));
    assert_eq!(share_below(&[], 1.0), None);
}

fn entry(size_class: SizeClass, kind: BodyKind, kultur: f64) -> Entry {
    Entry {
        size_class: SizeRange::exact(size_class),
        state: Some(FederalState::Hessen),
        kind: Some(kind),
        year: 2026,
        scores: BTreeMap::from([("kultur".to_string(), kultur)]),
        token: String::new(),
    }
}

fn benchmark(entries: Vec<Entry>) -> Benchmark {
    Benchmark {
        format_version: 1,
        source: "Test".into(),
        synthetic: true,
        questionnaire: QuestionnaireRef {
            id: "q".into(),
            version: "1".into(),
        },
        entries,
        network: None,
    }
}

#[test]
fn group_of_four_is_never_shown_five_is() {
    let mut entries: Vec<Entry> = (0..4)
        .map(|i| entry(SizeClass::Under5k, BodyKind::Gemeinde, 10.0 * i as f64))
        .collect();
    entries.push(entry(SizeClass::Over100k, BodyKind::Landkreis, 99.0));
    let b = benchmark(entries);
    let group = PeerGroup {
        size_class: Some(SizeClass::Under5k),
        ..PeerGroup::default()
    };
    let stats = b.group_stats(group);
    assert_eq!(stats.group_size(), 4);
    assert!(!stats.is_shown());
    assert_eq!(stats.dimension("kultur", Some(50.0)), None);

    let widened = b.suggest_widening(group).unwrap();
    assert_eq!(widened.group_size, 5);
    assert_eq!(widened.group.size_class, None);
    let stats = b.group_stats(widened.group);
    let peers = stats.dimension("kultur", Some(25.0)).unwrap();
    assert_eq!(peers.n, 5);
    assert!(close(peers.median, 20.0));
    assert_eq!(peers.percentile, Some(60.0));
}

#[test]
fn widening_drops_kind_then_state_then_sizes() {
    let b = benchmark(vec![entry(SizeClass::From10kTo20k, BodyKind::Stadt, 1.0)]);
    let group = PeerGroup {
        size_class: Some(SizeClass::From10kTo20k),
        state: Some(FederalState::Bayern),
        kind: Some(BodyKind::Stadt),
        neighbouring_sizes: false,
    };
    let steps: Vec<_> = b
        .widen_options(group)
        .into_iter()
        .map(|o| crate::present::peers::widen_change(&o.steps, Lang::De))
        .collect();
    assert_eq!(
        steps,
        [
            "alle Arten von Körperschaften",
            "alle Arten von Körperschaften und alle Länder",
            "alle Arten von Körperschaften, alle Länder und auch die benachbarten \
             Größenklassen",
            "alle Arten von Körperschaften, alle Länder und alle Größenklassen"
        ]
    );
}

#[test]
fn own_entry_is_left_out_of_its_peers() {
    let mut entries: Vec<Entry> = (0..9)
        .map(|i| entry(SizeClass::Under5k, BodyKind::Gemeinde, 10.0 * f64::from(i)))
        .collect();
    for (i, e) in entries.iter_mut().enumerate() {
        e.token = format!("2026-{i:032x}");
    }
    let mut b = benchmark(entries);
    b.network = Some(Network {
        name: "re@di".into(),
        year: 2026,
        towns: 9,
    });
    let q = crate::model::bundled_questionnaire().unwrap();
    let mut scores = crate::scoring::score(&q, &crate::model::example::example_assessment(&q));
    scores.dimensions.retain(|d| d.id == "kultur");
    scores.dimensions[0].score = Some(40.0);
    let own = "2026-00000000000000000000000000000004";
    let c = compare_own(&b, &scores, own);
    assert_eq!(c.group_size, 8);
    assert!(c.own_excluded);
    let peers = c.dimension("kultur").unwrap();
    assert_eq!(peers.n, 8);
    // 0, 10, 20, 30 of 0–80 without 40: half are below.
    assert_eq!(peers.percentile, Some(50.0));
    assert_eq!(
        crate::present::peers::peer_group(&c, Lang::De),
        "im Netzwerk re@di, 2026 (9\u{a0}Kommunen)"
    );
    assert!(crate::present::peers::own_excluded_note(&c, Lang::De).is_some());
    let other = compare_own(&b, &scores, "2026-ff");
    assert_eq!((other.group_size, other.own_excluded), (9, false));
    assert_eq!(
        crate::present::peers::own_excluded_note(&other, Lang::De),
        None
    );
    assert_eq!(
        crate::analysis::default_peer_group(
            &crate::model::example::example_assessment(&q).profile,
            Some(&b)
        ),
        PeerGroup::whole()
    );
}

#[test]
fn neighbouring_sizes_take_one_class_each_side() {
    let group = PeerGroup {
        size_class: Some(SizeClass::From10kTo20k),
        neighbouring_sizes: true,
        ..PeerGroup::default()
    };
    let hits: Vec<_> = SizeClass::ALL
        .iter()
        .map(|c| group.matches(&entry(*c, BodyKind::Stadt, 1.0)))
        .collect();
    assert_eq!(hits, [false, true, true, true, false, false]);
    assert_eq!(
        crate::present::peers::group_description(&group, None, Lang::De),
        "alle Arten · 5.000–9.999 Einw. bis 20.000–49.999 Einw. · alle Länder"
    );
}

/// The whole benchmark compared with `scores`, the entry with `token` left out.
fn compare_own(b: &Benchmark, scores: &crate::scoring::Scores, token: &str) -> PeerComparison {
    let mut stats = b.group_stats(PeerGroup::whole());
    stats.exclude_own(b, Some(token));
    stats.compare(scores)
}
