//! `reifegrad example`: writes the fictional example town.

use crate::model::bundled_questionnaire;
use crate::model::example::example_assessment;
use crate::model::save_assessment;
use crate::text::Lang;
use crate::tr;
use std::path::Path;

pub(super) fn run_example(output: &Path, lang: Lang) -> anyhow::Result<()> {
    let questionnaire = bundled_questionnaire()?;
    let assessment = example_assessment(&questionnaire);
    save_assessment(output, &assessment)?;
    eprintln!(
        "{}",
        tr!(
            lang,
            "cli-example-written",
            name = assessment.profile.name.as_str(),
            path = output.display().to_string()
        )
    );
    Ok(())
}
