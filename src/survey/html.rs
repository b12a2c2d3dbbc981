//! The self-contained HTML form of a survey kit: one file staff open in any browser,
//! offline. The page loads nothing (its Content-Security-Policy forbids every request and
//! form submission); its script builds the questions from the kit embedded as JSON and
//! saves the answer file through a Blob download or shows the short code
//! (see [`super::answers`]). It has no field for names or free text.

use crate::model::{Questionnaire, StaffSurvey};
use crate::text::Lang;
use crate::tr;

/// The page, with `{{lang}}`, `{{title}}` and `{{kit_json}}` to fill in.
const TEMPLATE: &str = include_str!("form.html");

/// The HTML form for `survey`, its questions worded from `questionnaire` (with the names
/// of the town's bodies filled in) in `lang`.
pub fn form_html(survey: &StaffSurvey, questionnaire: &Questionnaire, lang: Lang) -> String {
    let questions: Vec<serde_json::Value> = super::survey_questions(survey, questionnaire)
        .into_iter()
        .map(|q| {
            serde_json::json!({
                "id": q.id,
                "text": q.staff_wording(lang),
                "levels": q.levels.iter().map(|l| l.get(lang)).collect::<Vec<_>>(),
            })
        })
        .collect();
    let title = tr!(lang, "survey-form-title");
    let kit = serde_json::json!({
        "survey": survey.id,
        "questionnaire": survey.questionnaire.id,
        "version": survey.questionnaire.version,
        "groups": survey.groups,
        "questions": questions,
        "filePrefix": tr!(lang, "survey-form-file-prefix"),
        "words": {
            "title": title,
            "intro": tr!(lang, "survey-form-intro", count = questions.len()),
            "group": tr!(lang, "survey-form-group"),
            "noGroup": tr!(lang, "survey-form-no-group"),
            // The page fills in `{n}`, `{done}` and `{total}` itself.
            "level": tr!(lang, "survey-form-level", level = "{n}"),
            "dontKnow": tr!(lang, "survey-form-dont-know"),
            "progress": tr!(lang, "survey-form-progress", done = "{done}", total = "{total}"),
            "save": tr!(lang, "survey-form-save"),
            "showCode": tr!(lang, "survey-form-show-code"),
            "codeLabel": tr!(lang, "survey-form-code-label"),
            "saved": tr!(lang, "survey-form-saved"),
            "codeShown": tr!(lang, "survey-form-code-shown"),
        },
    });
    // `<` never appears raw inside the script element, so no text can end it early.
    let kit_json = kit.to_string().replace('<', "\\u003c");
    TEMPLATE
        .replace("{{lang}}", lang.tag())
        .replace("{{title}}", &escape_html(title))
        .replace("{{kit_json}}", &kit_json)
}

/// `text` safe inside HTML text and attribute values.
fn escape_html(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}
