//! `reifegrad autosave-drill` (hidden): the developer drill for the crash-safety test.

use super::load_scored_assessment;
use crate::text::Lang;
use crate::tr;
use std::io::Write;
use std::path::Path;

/// The comment the autosave drill writes on the first question: `drill N`.
pub const DRILL_COMMENT_PREFIX: &str = "drill ";

/// The autosave drill (see [`Command::AutosaveDrill`]): it opens the file as the app does
/// (taking its lock, refusing a file another running instance holds); change `N` sets
/// the first question's comment to `drill N` and some question's level; the real
/// [`crate::session::Session`] autosave writes; `saved N` on stdout follows each save.
pub(super) fn run_autosave_drill(
    path: &Path,
    questionnaire: Option<&Path>,
    pause_ms: u64,
    max_seconds: u64,
    lang: Lang,
) -> anyhow::Result<()> {
    use crate::model::Response;
    use crate::session::{ReadOnly, Session};
    use std::time::{Duration, Instant};
    let (questionnaire, assessment) = load_scored_assessment(path, questionnaire, lang)?;
    let ids: Vec<String> = questionnaire
        .questions()
        .map(|(_, q)| q.id.clone())
        .collect();
    let Some(first) = ids.first().cloned() else {
        anyhow::bail!("{}", tr!(lang, "cli-drill-no-questions"));
    };
    let recovery = tempfile::tempdir()?;
    let mut session = Session::open_file(assessment, path.to_path_buf(), recovery.path());
    match &session.read_only {
        None => {}
        Some(ReadOnly::OpenElsewhere(holder) | ReadOnly::Chosen(holder)) => anyhow::bail!(
            "{}: {}",
            path.display(),
            tr!(lang, "cli-drill-open-elsewhere", holder = holder.describe())
        ),
        Some(ReadOnly::FileProtected) => {
            anyhow::bail!("{}: {}", path.display(), tr!(lang, "cli-drill-read-only"))
        }
    }
    let mut stdout = std::io::stdout();
    writeln!(stdout, "ready")?;
    stdout.flush()?;
    let started = Instant::now();
    let mut seq: u64 = 0;
    while started.elapsed() < Duration::from_secs(max_seconds) {
        seq += 1;
        let now = Instant::now();
        let question = &ids[(seq as usize) % ids.len()];
        session.set_response(question, Some(Response::Level((seq % 5) as u8)), now);
        session.set_comment(&first, format!("{DRILL_COMMENT_PREFIX}{seq}"), now);
        if let Some(result) = session.autosave_if_due(Instant::now()) {
            result?;
            writeln!(stdout, "saved {seq}")?;
            stdout.flush()?;
        }
        std::thread::sleep(Duration::from_millis(pause_ms));
    }
    Ok(())
}
