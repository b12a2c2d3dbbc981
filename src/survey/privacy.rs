//! Which counts of a staff survey may be shown, per question:
//!
//! 1. **k per cell.** All answers to a question show only when at least
//!    [`MIN_GROUP_SIZE`] staff gave a level; a group's answers likewise.
//! 2. **No complement below k.** Where all answers and some groups show, the answers of
//!    the groups that do not show (small groups and staff who named none) could be had
//!    by subtraction. Unless they add up to nothing or to at least k, the smallest
//!    showing group is hidden as well, until they do (or no group shows).
//! 3. **„Weiß nicht“ only for all.** A group's „weiß nicht“ count is never shown, so no
//!    subtraction on it is possible either.
//!
//! The same k as for peers (`benchmark::MIN_GROUP_SIZE`).

use crate::benchmark::MIN_GROUP_SIZE;
use crate::model::{LevelCounts, NO_GROUP, StaffSurvey};

/// The smallest number of answers a shown count rests on.
pub const K: u32 = MIN_GROUP_SIZE as u32;

/// What may be shown of one question's answers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Visible {
    /// All answers, if at least k gave a level.
    pub all: Option<LevelCounts>,
    /// How many gave a level, over all groups (shown only as „fewer than k“ when `all`
    /// is hidden).
    pub n_all: u32,
    /// Each group of the kit in form order, with its counts where they may be shown
    /// („weiß nicht“ set to 0).
    pub groups: Vec<(String, Option<LevelCounts>)>,
}

/// What may be shown of `question`'s answers in `survey`, with `k` as the smallest group.
pub fn visible(survey: &StaffSurvey, question: &str, k: u32) -> Visible {
    let empty = Default::default();
    let cells = survey.counts.get(question).unwrap_or(&empty);
    let mut all = LevelCounts::default();
    for counts in cells.values() {
        all.add(counts);
    }
    let n_all = all.n();
    if n_all < k {
        return Visible {
            all: None,
            n_all,
            groups: survey.groups.iter().map(|g| (g.clone(), None)).collect(),
        };
    }
    let n_of = |group: &str| cells.get(group).map_or(0, LevelCounts::n);
    // Groups that pass k on their own.
    let mut shown: Vec<&String> = survey.groups.iter().filter(|g| n_of(g) >= k).collect();
    loop {
        let hidden: u32 = n_all - shown.iter().map(|g| n_of(g)).sum::<u32>();
        if shown.is_empty() || hidden == 0 || hidden >= k {
            break;
        }
        // Hide the smallest showing group (the last of equals in form order).
        let smallest = shown
            .iter()
            .enumerate()
            .min_by_key(|(i, g)| (n_of(g), usize::MAX - i))
            .map(|(i, _)| i);
        if let Some(i) = smallest {
            shown.remove(i);
        }
    }
    let groups = survey
        .groups
        .iter()
        .map(|g| {
            let counts = shown.contains(&g).then(|| LevelCounts {
                levels: cells.get(g.as_str()).copied().unwrap_or_default().levels,
                dont_know: 0,
            });
            (g.clone(), counts)
        })
        .collect();
    Visible {
        all: Some(all),
        n_all,
        groups,
    }
}

/// Whether any answers were given without naming a group (they are never shown as a group).
pub fn has_ungrouped(survey: &StaffSurvey) -> bool {
    survey.sheets.get(NO_GROUP).is_some_and(|n| *n > 0)
}

/// The median level of `counts` (the mean of the two middle answers for an even
/// number), or `None` without answers.
pub fn median(counts: &LevelCounts) -> Option<f64> {
    let n = counts.n();
    if n == 0 {
        return None;
    }
    let nth = |rank: u32| -> f64 {
        let mut seen = 0;
        for (level, count) in counts.levels.iter().enumerate() {
            seen += count;
            if seen > rank {
                return level as f64;
            }
        }
        4.0
    };
    Some(if n % 2 == 1 {
        nth(n / 2)
    } else {
        (nth(n / 2 - 1) + nth(n / 2)) / 2.0
    })
}
