//! Peer groups and peer sources in words: one description of a group, used by the
//! command line, the PDF and the app alike.

use super::labels::join_list;
use crate::benchmark::attrs::size_index;
use crate::benchmark::{MIN_GROUP_SIZE, Network, PeerComparison, PeerGroup, WidenStep};
use crate::model::SizeClass;
use crate::text::Lang;
use crate::tr;

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
    let kind = match group.kind {
        Some(k) => k.name(lang),
        None => tr!(lang, "peers-all-kinds"),
    };
    let size = match group.size_class {
        None => tr!(lang, "peers-all-size-classes").to_string(),
        Some(c) if group.neighbouring_sizes => {
            let i = size_index(c);
            let low = SizeClass::ALL[i.saturating_sub(1)];
            let high = SizeClass::ALL[(i + 1).min(SizeClass::ALL.len() - 1)];
            tr!(
                lang,
                "peers-size-span",
                low = low.label(lang),
                high = high.label(lang)
            )
        }
        Some(c) => c.label(lang).to_string(),
    };
    let state = match group.state {
        Some(s) => s.name(),
        None => tr!(lang, "peers-all-states"),
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
    let year = n.year.to_string();
    let towns = towns(n.towns, lang);
    if name.is_empty() {
        tr!(lang, "peers-network-unnamed", year = year, towns = towns)
    } else {
        tr!(
            lang,
            "peers-network",
            name = name,
            year = year,
            towns = towns
        )
    }
}

/// „23 Kommunen“ / „23 municipalities“.
pub fn towns(n: usize, lang: Lang) -> String {
    tr!(lang, "peers-towns", count = n)
}

/// The label every display of peer figures carries: the source and, for synthetic
/// data, „Synthetische Beispieldaten – keine echten Kommunen“.
pub(crate) fn source_label(source: &str, synthetic: bool, lang: Lang) -> String {
    let source = source_words(source, lang);
    if synthetic {
        tr!(lang, "peers-source-synthetic", source = source)
    } else {
        tr!(lang, "peers-source", source = source)
    }
}

/// A benchmark file's `source` in `lang`: the bundled generator's line
/// ([`crate::benchmark::synthetic_source`]) worded in the language, any other file's
/// own text quoted as it stands, marked as taken from the file.
pub(crate) fn source_words(source: &str, lang: Lang) -> String {
    if let Some((seed, entries)) = generator_figures(source) {
        return tr!(
            lang,
            "peers-generator-source",
            seed = seed.to_string(),
            entries = entries
        );
    }
    tr!(
        lang,
        "peers-file-source",
        source = super::quote(lang, source.trim())
    )
}

/// The seed and entry count of the generator's source line, if `source` is one.
fn generator_figures(source: &str) -> Option<(u64, usize)> {
    // The line holds exactly two numbers, the seed and the count; it is the generator's
    // when the generator would write the same line for them.
    let numbers: Vec<&str> = source
        .split(|c: char| !c.is_ascii_digit())
        .filter(|part| !part.is_empty())
        .collect();
    let [seed, entries] = numbers.as_slice() else {
        return None;
    };
    let (seed, entries) = (seed.parse().ok()?, entries.parse().ok()?);
    (crate::benchmark::synthetic::synthetic_source(seed, entries) == source)
        .then_some((seed, entries))
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
        tr!(lang, "peers-peer-data"),
        source_words(&comparison.source, lang),
    );
    if comparison.synthetic {
        line = format!("{line}. {}", super::synthetic_label(lang));
    }
    line
}

/// The sentence that says the town's own entry is not among its peers, if it was left
/// out.
pub(crate) fn own_excluded_note(comparison: &PeerComparison, lang: Lang) -> Option<&'static str> {
    comparison
        .own_excluded
        .then(|| tr!(lang, "peers-own-excluded"))
}

/// Why a group shows no figures: „Vergleichsgruppe …: nur 3 Kommunen. Gruppen mit weniger
/// als 5 Kommunen werden zum Schutz der Beteiligten nicht gezeigt.“
pub(crate) fn too_small(comparison: &PeerComparison, lang: Lang) -> String {
    tr!(
        lang,
        "peers-too-small",
        group = peer_group(comparison, lang),
        towns = towns(comparison.group_size, lang),
        minimum = MIN_GROUP_SIZE
    )
}

/// What a widening changes, e.g. „alle Arten von Körperschaften und alle Länder“.
pub(crate) fn widen_change(steps: &[WidenStep], lang: Lang) -> String {
    let words: Vec<String> = steps
        .iter()
        .map(|s| {
            match s {
                WidenStep::AllKinds => tr!(lang, "peers-widen-all-kinds"),
                WidenStep::AllStates => tr!(lang, "peers-all-states"),
                WidenStep::NeighbouringSizes => tr!(lang, "peers-widen-neighbouring-sizes"),
                WidenStep::AllSizes => tr!(lang, "peers-all-size-classes"),
            }
            .to_string()
        })
        .collect();
    join_list(&words, lang)
}
