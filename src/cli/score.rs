//! `reifegrad score`: the scores as a table or as one JSON object.

use super::args::Choice;
use super::history::load_cli_history;
use super::load_scored_assessment;
use super::score_json::ScoreJson;
use super::score_table::scores_table;
use crate::analysis::analyse;
use crate::benchmark::PeerGroup;
use crate::benchmark::file::load_benchmark_for;
use crate::model::{Assessment, BodyKind, FederalState, SizeClass};
use crate::text::Lang;
use std::io::Write;
use std::path::{Path, PathBuf};

/// The peer-group flags of `score`: size class, state, kind.
pub(crate) type GroupChoice = (Choice<SizeClass>, Choice<FederalState>, Choice<BodyKind>);

/// The peer group the `score` flags select for `assessment`.
pub(crate) fn chosen_group(assessment: &Assessment, choice: GroupChoice) -> PeerGroup {
    let profile = &assessment.profile;
    PeerGroup {
        size_class: choice.0.resolve(profile.size_class()),
        state: choice.1.resolve(profile.state),
        kind: choice.2.resolve(profile.kind),
        neighbouring_sizes: false,
    }
}

pub(super) fn run_score(
    path: &Path,
    json: bool,
    questionnaire: Option<&Path>,
    lang: Lang,
    benchmark: Option<(&Path, GroupChoice)>,
    compare: &[PathBuf],
) -> anyhow::Result<()> {
    let (questionnaire, assessment) = load_scored_assessment(path, questionnaire, lang)?;
    let (history, compared) = load_cli_history(path, &questionnaire, &assessment, compare, lang)?;
    let benchmark = match benchmark {
        None => None,
        Some((file, choice)) => {
            let benchmark = load_benchmark_for(file, &questionnaire)?;
            // The default flags take the file's default group: a network's whole network.
            let group = if choice == (Choice::Own, Choice::All, Choice::Own) {
                crate::analysis::default_peer_group(&assessment.profile, Some(&benchmark))
            } else {
                chosen_group(&assessment, choice)
            };
            Some((benchmark, group))
        }
    };
    let analysis = analyse(
        &questionnaire,
        &assessment,
        benchmark.as_ref().map(|(b, g)| (b, *g)),
        history,
    );
    let output = if json {
        let mut text = serde_json::to_string_pretty(&ScoreJson::new(&analysis, lang))?;
        text.push('\n');
        text
    } else {
        scores_table(&analysis, &assessment, lang)
    };
    std::io::stdout().write_all(output.as_bytes())?;
    compared?;
    Ok(())
}
