//! `reifegrad example`: writes the fictional example town.

use crate::model::bundled_questionnaire;
use crate::model::example::example_assessment;
use crate::model::save_assessment;
use std::path::Path;

pub(super) fn run_example(output: &Path) -> anyhow::Result<()> {
    let questionnaire = bundled_questionnaire()?;
    let assessment = example_assessment(&questionnaire);
    save_assessment(output, &assessment)?;
    eprintln!(
        "Beispielbewertung „{}“ geschrieben: {}",
        assessment.profile.name,
        output.display()
    );
    Ok(())
}
