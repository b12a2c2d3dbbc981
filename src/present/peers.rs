//! Peer groups and peer sources in words: one description of a group, used by the
//! command line, the PDF and the app alike.

use super::labels::{count, join_list};
use crate::benchmark::attrs::size_index;
use crate::benchmark::{MIN_GROUP_SIZE, Network, PeerComparison, PeerGroup, WidenStep};
use crate::model::SizeClass;
use crate::text::Lang;

/// The group in words, e.g. „Stadt · 10.000–19.999 Einw. bis 50.000–99.999 Einw. · alle
/// Länder“ (the neighbouring size classes named when they are included); the whole
/// group of a network's file reads „im Netzwerk re@di, 2026 (9 Kommunen)“.
pub(crate) fn group_description(
    group: &PeerGroup,
    network: Option<&Network>,
    lang: Lang,
) -> String {
    if let Some(n) = network.filter(|_| group.is_whole()) {
        return network_label(n, lang);
    }
    let de = lang == Lang::De;
    let kind = match group.kind {
        Some(k) => k.name(lang).to_string(),
        None => (if de { "alle Arten" } else { "all kinds" }).to_string(),
    };
    let size = match group.size_class {
        None => (if de {
            "alle Größenklassen"
        } else {
            "all size classes"
        })
        .to_string(),
        Some(c) if group.neighbouring_sizes => {
            let i = size_index(c);
            let low = SizeClass::ALL[i.saturating_sub(1)];
            let high = SizeClass::ALL[(i + 1).min(SizeClass::ALL.len() - 1)];
            if de {
                format!("{} bis {}", low.label(lang), high.label(lang))
            } else {
                format!("{} to {}", low.label(lang), high.label(lang))
            }
        }
        Some(c) => c.label(lang).to_string(),
    };
    let state = match group.state {
        Some(s) => s.name().to_string(),
        None => (if de { "alle Länder" } else { "all states" }).to_string(),
    };
    format!("{kind} · {size} · {state}")
}

/// The compared group in words (see [`group_description`]).
pub fn peer_group(comparison: &PeerComparison, lang: Lang) -> String {
    group_description(&comparison.group, comparison.network.as_ref(), lang)
}

/// „im Netzwerk re@di, 2026 (9 Kommunen)“.
pub(crate) fn network_label(n: &Network, lang: Lang) -> String {
    let name = n.name.trim();
    let name = if name.is_empty() {
        String::new()
    } else {
        format!(" {name}")
    };
    match lang {
        Lang::De => format!(
            "im Netzwerk{name}, {} ({})",
            n.year,
            count(n.towns, "Kommune", "Kommunen")
        ),
        Lang::En => format!(
            "in the network{name}, {} ({})",
            n.year,
            count(n.towns, "municipality", "municipalities")
        ),
    }
}

/// „23 Kommunen“ / „23 municipalities“.
pub fn towns(n: usize, lang: Lang) -> String {
    match lang {
        Lang::De => count(n, "Kommune", "Kommunen"),
        Lang::En => count(n, "municipality", "municipalities"),
    }
}

/// The label every display of peer figures carries: the source and, for synthetic
/// data, „Synthetische Beispieldaten – keine echten Kommunen“.
pub(crate) fn source_label(source: &str, synthetic: bool, lang: Lang) -> String {
    match (lang, synthetic) {
        (Lang::De, true) => format!("Quelle: {source}. {}.", super::SYNTHETIC_LABEL_DE),
        (Lang::De, false) => format!("Quelle: {source}."),
        (Lang::En, true) => format!("Source: {source}. {}.", super::SYNTHETIC_LABEL_EN),
        (Lang::En, false) => format!("Source: {source}."),
    }
}

/// The one line that names the peer figures' source and group: „Vergleichsdaten: … –
/// Stadt · … · alle Länder (23 Kommunen)“.
pub(crate) fn peer_source_line(comparison: &PeerComparison, lang: Lang) -> String {
    let group = peer_group(comparison, lang);
    // A network's whole group already names its size.
    let size = if comparison.network.is_some() && comparison.group.is_whole() {
        String::new()
    } else {
        format!(" ({})", towns(comparison.group_size, lang))
    };
    let mut line = format!(
        "{}: {} – {group}{size}",
        match lang {
            Lang::De => "Vergleichsdaten",
            Lang::En => "Peer data",
        },
        comparison.source,
    );
    if comparison.synthetic {
        line = format!("{line}. {}", super::synthetic_label(lang));
    }
    line
}

/// The sentence that says the town's own entry is not among its peers, if it was left
/// out.
pub(crate) fn own_excluded_note(comparison: &PeerComparison, lang: Lang) -> Option<&'static str> {
    comparison.own_excluded.then_some(match lang {
        Lang::De => "Der eigene Eintrag ist in der Vergleichsdatei und zählt nicht mit.",
        Lang::En => "The town's own entry is in the benchmark and is not counted.",
    })
}

/// Why a group shows no figures: „Vergleichsgruppe …: nur 3 Kommunen. Gruppen mit weniger
/// als 5 Kommunen werden zum Schutz der Beteiligten nicht gezeigt.“
pub(crate) fn too_small(comparison: &PeerComparison, lang: Lang) -> String {
    let group = peer_group(comparison, lang);
    match lang {
        Lang::De => format!(
            "Vergleichsgruppe {group}: nur {}. Gruppen mit weniger als {MIN_GROUP_SIZE} Kommunen werden zum Schutz der Beteiligten nicht gezeigt.",
            towns(comparison.group_size, lang)
        ),
        Lang::En => format!(
            "Peer group {group}: only {}. Groups with fewer than {MIN_GROUP_SIZE} are not shown, to protect those taking part.",
            towns(comparison.group_size, lang)
        ),
    }
}

/// What a widening changes, e.g. „alle Arten von Körperschaften und alle Länder“.
pub(crate) fn widen_change(steps: &[WidenStep], lang: Lang) -> String {
    let words: Vec<String> = steps
        .iter()
        .map(|s| {
            match (s, lang) {
                (WidenStep::AllKinds, Lang::De) => "alle Arten von Körperschaften",
                (WidenStep::AllKinds, Lang::En) => "all kinds of body",
                (WidenStep::AllStates, Lang::De) => "alle Länder",
                (WidenStep::AllStates, Lang::En) => "all states",
                (WidenStep::NeighbouringSizes, Lang::De) => "auch die benachbarten Größenklassen",
                (WidenStep::NeighbouringSizes, Lang::En) => "the neighbouring size classes too",
                (WidenStep::AllSizes, Lang::De) => "alle Größenklassen",
                (WidenStep::AllSizes, Lang::En) => "all size classes",
            }
            .to_string()
        })
        .collect();
    join_list(&words, lang)
}
