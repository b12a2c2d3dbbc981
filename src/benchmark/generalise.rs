//! Pooling entries into a benchmark without publishing a rare combination of attributes
//! and without dropping a town: duplicates are recognised by their token, rare
//! combinations are **generalised** (coarsened), and the result is sorted by content.
//!
//! # The rule
//! Every published combination of size class (or range), federal state (or „any“) and kind
//! of body (or „any“) occurs at least `k` = [`MIN_GROUP_SIZE`] times. Nothing is published
//! when fewer than `k` entries are pooled.
//!
//! # The fixed order of generalisation
//! 1. **Exact:** entries whose combination occurs ≥ `k` times are published unchanged.
//! 2. **State → any:** the rest, grouped by size class and kind; groups of ≥ `k` are
//!    published with `state: Any`.
//! 3. **Neighbouring size classes joined:** the rest, per kind, are split along the size
//!    classes (smallest first) into ranges of neighbouring classes of ≥ `k` entries each
//!    (a remainder joins the last range); published with `state: Any` and the range.
//! 4. **Kind → any:** whatever is left, all kinds together, split into size ranges the
//!    same way; published with `state: Any, kind: Any`.
//!
//! If fewer than `k` entries are left for step 4, the smallest group published in the
//! latest step before is taken back into step 4 until there are enough. Each published
//! range is as narrow as its entries allow (`Range(From5kTo10k, From20kTo50k)`, or `Any`
//! for every size class).
//!
//! # Order
//! The output is sorted by content (attributes, year, scores, token), so it carries no
//! information about the order of the inputs: the same entries in any order give the same
//! list.

use super::attrs::SizeRange;
use super::file::{BENCHMARK_FORMAT_VERSION, Benchmark, Entry, Network};
use super::stats::MIN_GROUP_SIZE;
use crate::model::{BodyKind, FederalState, QuestionnaireRef};
use std::cmp::Ordering;
use std::collections::BTreeMap;

/// The published attributes of an entry.
type Key = (SizeRange, Option<FederalState>, Option<BodyKind>);

fn key(e: &Entry) -> Key {
    (e.size_class, e.state, e.kind)
}

/// The result of [`pool`]: the entries to publish and what happened to them.
#[derive(Debug, Clone, PartialEq)]
pub struct Pooled {
    /// The entries, generalised where needed and sorted by content.
    pub entries: Vec<Entry>,
    /// Entries read more than once (same token, same content): kept once.
    pub duplicates: usize,
    /// Tokens that came with different content (e.g. a town contributed twice with
    /// changed answers): one of them is kept, chosen by content, not by input order.
    pub conflicting: usize,
    /// Entries published with all attributes as given.
    pub unchanged: usize,
    /// Entries published with the state generalised to „any“ here.
    pub state_generalised: usize,
    /// Entries published with a wider size range than given.
    pub size_generalised: usize,
    /// Entries published with the kind generalised to „any“ here.
    pub kind_generalised: usize,
}

/// Fewer than `k` entries: nothing can be published.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub struct TooFew {
    /// Entries there are (after removing duplicates).
    pub have: usize,
    /// Entries needed.
    pub needed: usize,
    /// Entries missing.
    pub missing: usize,
}

/// Orders entries by content: attributes, year, scores, token.
pub(crate) fn content_order(a: &Entry, b: &Entry) -> Ordering {
    let attrs = |e: &Entry| {
        (
            e.size_class.indices(),
            e.state.map(|s| s as u8),
            e.kind.map(|k| k as u8),
            e.year,
        )
    };
    attrs(a)
        .cmp(&attrs(b))
        .then_with(|| {
            let mut x = a.scores.iter();
            let mut y = b.scores.iter();
            loop {
                match (x.next(), y.next()) {
                    (None, None) => return Ordering::Equal,
                    (None, Some(_)) => return Ordering::Less,
                    (Some(_), None) => return Ordering::Greater,
                    (Some((i, s)), Some((j, t))) => {
                        let o = i.cmp(j).then_with(|| s.total_cmp(t));
                        if o != Ordering::Equal {
                            return o;
                        }
                    }
                }
            }
        })
        .then_with(|| a.token.cmp(&b.token))
}

/// Pools `entries` with `k` = [`MIN_GROUP_SIZE`] (see the module documentation).
pub fn pool(entries: Vec<Entry>) -> Result<Pooled, TooFew> {
    pool_with(entries, MIN_GROUP_SIZE)
}

/// Pools `entries` so that every published combination occurs at least `k` times.
pub(crate) fn pool_with(mut entries: Vec<Entry>, k: usize) -> Result<Pooled, TooFew> {
    let k = k.max(1);
    // Duplicates by token: sort by token, then content, so that the choice among
    // conflicting entries does not depend on the input order.
    entries.sort_by(|a, b| a.token.cmp(&b.token).then_with(|| content_order(a, b)));
    let mut duplicates = 0;
    let mut conflicting = 0;
    let mut kept: Vec<Entry> = Vec::with_capacity(entries.len());
    for entry in entries {
        match kept.last_mut() {
            Some(last) if !entry.token.is_empty() && last.token == entry.token => {
                if content_order(last, &entry) == Ordering::Equal {
                    duplicates += 1;
                } else {
                    conflicting += 1;
                    // Keep the greatest by content.
                    *last = entry;
                }
            }
            _ => kept.push(entry),
        }
    }
    if kept.len() < k {
        return Err(TooFew {
            have: kept.len(),
            needed: k,
            missing: k - kept.len(),
        });
    }

    let originals: Vec<Key> = kept.iter().map(key).collect();
    let published = assign(&kept, k);
    let mut pooled = Pooled {
        entries: Vec::with_capacity(kept.len()),
        duplicates,
        conflicting,
        unchanged: 0,
        state_generalised: 0,
        size_generalised: 0,
        kind_generalised: 0,
    };
    for ((mut entry, original), (size, state, kind)) in
        kept.into_iter().zip(originals).zip(published)
    {
        if (size, state, kind) == original {
            pooled.unchanged += 1;
        }
        pooled.state_generalised += usize::from(original.1.is_some() && state.is_none());
        pooled.size_generalised += usize::from(size != original.0);
        pooled.kind_generalised += usize::from(original.2.is_some() && kind.is_none());
        entry.size_class = size;
        entry.state = state;
        entry.kind = kind;
        pooled.entries.push(entry);
    }
    pooled.entries.sort_by(content_order);
    Ok(pooled)
}

/// A published group: its step (0–3), key, and the indices of its entries.
struct Group {
    step: u8,
    key: Key,
    members: Vec<usize>,
}

/// The published key of every entry (same order as `entries`); `entries.len() ≥ k`.
fn assign(entries: &[Entry], k: usize) -> Vec<Key> {
    let mut groups: Vec<Group> = Vec::new();
    let all: Vec<usize> = (0..entries.len()).collect();

    // Steps 1 and 2: exact, then state → any.
    let mut pending = publish(entries, all, k, 0, &mut groups, key);
    pending = publish(entries, pending, k, 1, &mut groups, |e| {
        (e.size_class, None, e.kind)
    });

    // Step 3: per kind, neighbouring size classes joined.
    let mut by_kind: BTreeMap<Option<u8>, Vec<usize>> = BTreeMap::new();
    for i in pending {
        by_kind
            .entry(entries[i].kind.map(|k| k as u8))
            .or_default()
            .push(i);
    }
    let mut rest = Vec::new();
    for (_, members) in by_kind {
        if members.len() < k {
            rest.extend(members);
            continue;
        }
        for (range, part) in split_by_size(entries, &members, k) {
            let kind = entries[part[0]].kind;
            groups.push(Group {
                step: 2,
                key: (range, None, kind),
                members: part,
            });
        }
    }

    // Step 4: kind → any; take back the smallest latest group while too few are left.
    while !rest.is_empty() && rest.len() < k {
        let Some(pick) = groups
            .iter()
            .enumerate()
            .max_by(|(_, a), (_, b)| {
                a.step
                    .cmp(&b.step)
                    .then_with(|| b.members.len().cmp(&a.members.len()))
                    .then_with(|| b.key.cmp(&a.key))
            })
            .map(|(i, _)| i)
        else {
            break;
        };
        rest.extend(groups.swap_remove(pick).members);
    }
    if !rest.is_empty() {
        for (range, part) in split_by_size(entries, &rest, k) {
            groups.push(Group {
                step: 3,
                key: (range, None, None),
                members: part,
            });
        }
    }

    let mut keys: Vec<Key> = entries.iter().map(key).collect();
    for group in groups {
        for i in group.members {
            keys[i] = group.key;
        }
    }
    keys
}

/// Publishes the groups of `pending` (by `key_of`) with at least `k` members; returns
/// the indices left over.
fn publish(
    entries: &[Entry],
    pending: Vec<usize>,
    k: usize,
    step: u8,
    groups: &mut Vec<Group>,
    key_of: impl Fn(&Entry) -> Key,
) -> Vec<usize> {
    let mut by_key: BTreeMap<Key, Vec<usize>> = BTreeMap::new();
    for i in pending {
        by_key.entry(key_of(&entries[i])).or_default().push(i);
    }
    let mut rest = Vec::new();
    for (key, members) in by_key {
        if members.len() >= k {
            groups.push(Group { step, key, members });
        } else {
            rest.extend(members);
        }
    }
    rest
}

/// Splits `members` along the size classes, smallest first, into ranges of neighbouring
/// classes with at least `k` members each (a smaller remainder joins the last range). An
/// entry whose size is already a range stays within one part. Each part's range is the
/// narrowest that holds its members.
fn split_by_size(entries: &[Entry], members: &[usize], k: usize) -> Vec<(SizeRange, Vec<usize>)> {
    let mut sorted: Vec<usize> = members.to_vec();
    sorted.sort_by_key(|&i| entries[i].size_class.indices());
    let mut parts: Vec<Vec<usize>> = Vec::new();
    let mut current: Vec<usize> = Vec::new();
    let mut reach = 0;
    let mut iter = sorted.into_iter().peekable();
    while let Some(i) = iter.next() {
        let (_, high) = entries[i].size_class.indices();
        reach = reach.max(high);
        current.push(i);
        // Close the part at a boundary between size classes that no member straddles.
        let next_low = iter.peek().map(|&j| entries[j].size_class.indices().0);
        if current.len() >= k && next_low.is_some_and(|low| low > reach) {
            parts.push(std::mem::take(&mut current));
        }
    }
    if !current.is_empty() {
        match parts.last_mut() {
            Some(last) if current.len() < k => last.extend(current),
            _ => parts.push(current),
        }
    }
    parts
        .into_iter()
        .map(|part| {
            let low = part
                .iter()
                .map(|&i| entries[i].size_class.indices().0)
                .min()
                .unwrap_or(0);
            let high = part
                .iter()
                .map(|&i| entries[i].size_class.indices().1)
                .max()
                .unwrap_or(0);
            (SizeRange::from_indices(low, high), part)
        })
        .collect()
}

/// What [`merged_benchmark`] needs besides the entries.
#[derive(Debug, Clone)]
pub struct MergeSettings {
    /// Whether the entries are synthetic example data (not generalised: no real towns).
    pub synthetic: bool,
    /// The source text given by the user, else one is made up.
    pub source: Option<String>,
    /// The network's name (real data only), e.g. „re@di“.
    pub network: Option<String>,
    /// Number of files the entries came from (for the made-up source of synthetic data).
    pub files: usize,
    /// The questionnaire the entries belong to.
    pub questionnaire: QuestionnaireRef,
}

/// Pools `entries` (see [`pool`]) into a benchmark: for real data a network's file whose
/// source reads „Netzwerk re@di, 2026, 9 Kommunen“, for synthetic data the entries
/// unchanged (no town to protect) but sorted by content like any merge.
pub fn merged_benchmark(
    entries: Vec<Entry>,
    settings: MergeSettings,
) -> Result<(Benchmark, Pooled), TooFew> {
    let pooled = if settings.synthetic {
        pool_with(entries, 1)?
    } else {
        pool(entries)?
    };
    let network = (!settings.synthetic).then(|| Network {
        name: settings.network.clone().unwrap_or_default(),
        year: pooled.entries.iter().map(|e| e.year).max().unwrap_or(0),
        towns: pooled.entries.len(),
    });
    let source = settings.source.clone().unwrap_or_else(|| match &network {
        Some(n) => n.source_text(),
        None => format!(
            "Synthetische Beispieldaten, zusammengeführt aus {} Dateien",
            settings.files
        ),
    });
    let mut benchmark = Benchmark {
        format_version: BENCHMARK_FORMAT_VERSION,
        source,
        synthetic: settings.synthetic,
        questionnaire: settings.questionnaire,
        entries: pooled.entries.clone(),
        network,
    };
    benchmark.format_version = benchmark.needed_format_version();
    Ok((benchmark, pooled))
}

impl Pooled {
    /// What pooling did, in German, e.g. „Doppelt: 1 Eintrag. Verallgemeinert, damit jede
    /// Kombination mindestens 5-mal vorkommt: Land bei 9, Größenklasse bei 9 und Art bei
    /// 0 Einträgen; unverändert: 0.“
    pub fn report(&self) -> String {
        let entries = |n: usize| format!("{n} {}", if n == 1 { "Eintrag" } else { "Einträgen" });
        let mut text = format!(
            "Doppelt (gleiches Kennzeichen): {}.",
            if self.duplicates == 1 {
                "1 Eintrag".to_string()
            } else {
                format!("{} Einträge", self.duplicates)
            }
        );
        if self.conflicting > 0 {
            text += &format!(
                " Mit gleichem Kennzeichen, aber anderen Werten: {} – je Kennzeichen wird nur \
                 ein Eintrag übernommen; bitte ältere Beiträge nicht mehr weitergeben.",
                self.conflicting
            );
        }
        text += &format!(
            " Verallgemeinert, damit jede Kombination aus Größenklasse, Land und Art \
             mindestens {MIN_GROUP_SIZE}-mal vorkommt: Land bei {}, Größenklasse bei {} und \
             Art bei {}; unverändert: {}. Keine Kommune wurde verworfen.",
            entries(self.state_generalised),
            entries(self.size_generalised),
            entries(self.kind_generalised),
            self.unchanged
        );
        text
    }
}

impl TooFew {
    /// The message for a merge that writes nothing, in `lang`.
    pub fn text(&self, lang: crate::text::Lang) -> String {
        self.message().text(lang)
    }

    /// The message for a merge that writes nothing.
    pub(crate) fn message(&self) -> crate::text::catalogue::Message {
        crate::msg!(
            "errors-merge-too-few",
            have = self.have,
            needed = self.needed,
            missing = self.missing
        )
    }
}

crate::worded!(TooFew);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::SizeClass;
    use rand::{Rng, SeedableRng};
    use rand_chacha::ChaCha8Rng;

    fn entry(size: usize, state: FederalState, kind: BodyKind, n: u32) -> Entry {
        Entry {
            size_class: SizeRange::from_indices(size, size),
            state: Some(state),
            kind: Some(kind),
            year: 2026,
            scores: BTreeMap::from([("kultur".to_string(), f64::from(n % 100))]),
            token: format!("2026-{n:032x}"),
        }
    }

    fn combinations(entries: &[Entry]) -> BTreeMap<Key, usize> {
        let mut counts = BTreeMap::new();
        for e in entries {
            *counts.entry(key(e)).or_insert(0) += 1;
        }
        counts
    }

    /// Whether `published` is `original` with some attributes coarsened.
    fn generalises(published: &Entry, original: &Entry) -> bool {
        original.size_class.within(published.size_class)
            && published.state.is_none_or(|s| original.state == Some(s))
            && published.kind.is_none_or(|k| original.kind == Some(k))
            && published.scores == original.scores
            && published.year == original.year
    }

    #[test]
    fn nine_towns_in_three_sizes_and_two_states_are_all_kept() {
        use FederalState::*;
        let towns: Vec<Entry> = (0..9)
            .map(|i| {
                let state = if i % 2 == 0 { Hessen } else { Bayern };
                entry(1 + (i as usize % 3), state, BodyKind::Stadt, i)
            })
            .collect();
        let pooled = pool(towns.clone()).unwrap();
        assert_eq!(pooled.entries.len(), 9);
        for (_, n) in combinations(&pooled.entries) {
            assert!(n >= MIN_GROUP_SIZE, "{n}");
        }
        for e in &pooled.entries {
            assert_eq!(e.state, None);
            assert_eq!(e.kind, Some(BodyKind::Stadt));
            assert_eq!(e.size_class, SizeRange::from_indices(1, 3));
        }
        assert_eq!(pooled.state_generalised, 9);
        assert_eq!(pooled.unchanged, 0);
    }

    #[test]
    fn exact_cells_stay_exact_and_the_rest_is_generalised_in_order() {
        use FederalState::*;
        let mut towns: Vec<Entry> = (0..6)
            .map(|i| entry(2, Hessen, BodyKind::Stadt, i))
            .collect();
        // Five of the same size and kind in other states: state → any.
        towns.extend((6..11).map(|i| {
            entry(
                2,
                if i % 2 == 0 { Bayern } else { Sachsen },
                BodyKind::Stadt,
                i,
            )
        }));
        // Three Gemeinden under 5,000 and three of 5,000–9,999: joined sizes.
        towns.extend((11..17).map(|i| entry(usize::from(i >= 14), Bayern, BodyKind::Gemeinde, i)));
        // Two districts: too few on their own, so kind → any takes back a group.
        towns.extend((17..19).map(|i| entry(5, Bayern, BodyKind::Landkreis, i)));
        let pooled = pool(towns.clone()).unwrap();
        assert_eq!(pooled.entries.len(), towns.len());
        let counts = combinations(&pooled.entries);
        assert!(counts.values().all(|n| *n >= MIN_GROUP_SIZE), "{counts:?}");
        let exact = SizeRange::exact(SizeClass::From10kTo20k);
        assert_eq!(
            counts.get(&(exact, Some(Hessen), Some(BodyKind::Stadt))),
            Some(&6)
        );
        assert_eq!(counts.get(&(exact, None, Some(BodyKind::Stadt))), Some(&5));
        // The Gemeinden (the smallest, latest group) join the districts under „any kind“.
        assert_eq!(counts.get(&(SizeRange::ANY, None, None)), Some(&8));
        assert_eq!(pooled.unchanged, 6);
    }

    #[test]
    fn too_few_entries_publish_nothing_and_say_how_many_are_missing() {
        let towns: Vec<Entry> = (0..3)
            .map(|i| entry(0, FederalState::Bayern, BodyKind::Gemeinde, i))
            .collect();
        let error = pool(towns).unwrap_err();
        assert_eq!(error.missing, 2);
        assert!(error.to_string().contains("es fehlen 2"), "{error}");
    }

    #[test]
    fn duplicates_by_token_not_by_scores() {
        let a = entry(0, FederalState::Bayern, BodyKind::Gemeinde, 1);
        let mut twin = entry(0, FederalState::Bayern, BodyKind::Gemeinde, 2);
        twin.scores = a.scores.clone(); // another town with the same scores
        let mut changed = a.clone();
        changed.scores.insert("kultur".into(), 99.0);
        let more: Vec<Entry> = (3..6)
            .map(|i| entry(0, FederalState::Bayern, BodyKind::Gemeinde, i))
            .collect();
        let mut all = vec![a.clone(), a.clone(), twin, changed.clone()];
        all.extend(more);
        let pooled = pool(all.clone()).unwrap();
        assert_eq!(pooled.entries.len(), 5);
        assert_eq!(pooled.duplicates, 1);
        assert_eq!(pooled.conflicting, 1);
        all.reverse();
        assert_eq!(pool(all).unwrap(), pooled);
    }

    /// Random networks: random towns in random cells, pooled in random orders.
    #[test]
    fn random_networks_keep_every_town_and_publish_no_rare_combination() {
        let mut rng = ChaCha8Rng::seed_from_u64(15);
        for round in 0..300 {
            let towns = rng.random_range(1..60u32);
            // Few states and sizes in some rounds (dense cells), many in others.
            let states = rng.random_range(1..=16usize);
            let sizes = rng.random_range(1..=6usize);
            let entries: Vec<Entry> = (0..towns)
                .map(|n| {
                    let mut e = entry(
                        rng.random_range(0..sizes),
                        FederalState::ALL[rng.random_range(0..states)],
                        BodyKind::ALL[rng.random_range(0..BodyKind::ALL.len())],
                        n + round * 1000,
                    );
                    if rng.random_bool(0.1) {
                        // An entry from an earlier merge, already generalised.
                        e.state = None;
                        let (low, _) = e.size_class.indices();
                        e.size_class = SizeRange::from_indices(low, low + 1);
                    }
                    e
                })
                .collect();
            let result = pool(entries.clone());
            if entries.len() < MIN_GROUP_SIZE {
                assert_eq!(result.unwrap_err().have, entries.len());
                continue;
            }
            let pooled = result.unwrap();
            assert_eq!(pooled.entries.len(), entries.len(), "round {round}");
            for (combination, n) in combinations(&pooled.entries) {
                assert!(n >= MIN_GROUP_SIZE, "round {round}: {combination:?} × {n}");
            }
            for original in &entries {
                let published = pooled
                    .entries
                    .iter()
                    .find(|e| e.token == original.token)
                    .unwrap();
                assert!(generalises(published, original), "round {round}");
            }
            // Any order of the inputs gives the same result.
            let mut shuffled = entries.clone();
            for i in (1..shuffled.len()).rev() {
                shuffled.swap(i, rng.random_range(0..=i));
            }
            assert_eq!(pool(shuffled).unwrap(), pooled, "round {round}");
        }
    }
}
