# Staff survey: kit, import, results.

## Why an answer sheet is not counted

survey-refused-other-survey = The answer sheet belongs to another survey (“{ $found }”) and is not counted.
survey-refused-other-questionnaire = The answer sheet was made for questionnaire “{ $found }”, the survey uses “{ $expected }”; it is not counted.
survey-refused-duplicate = This answer sheet has been counted already; it counts once.
survey-refused-bad-id = The answer sheet has no valid id (12 characters 0–9 and a–f) and is not counted.
survey-refused-unknown-group = This survey has no group “{ $group }”; the answer sheet is not counted.
survey-refused-unknown-question = This survey does not ask question “{ $question }”; the answer sheet is not counted.
survey-refused-bad-level = Question “{ $question }” has level { $level }; allowed are 0 to 4. The answer sheet is not counted.
survey-refused-bad-tally = A tally needs a bundle label (“bundle”) and a number of forms (“sheets”) from 1 to 999, and no question may have more ticks than forms.
survey-refused-bad-code = The code cannot be read: it must start with “RS1-” and fit this survey, and the check digits at its end must match. Please compare it character by character.

## The HTML form

survey-form-title = Staff survey on digitalisation
survey-form-file-prefix = survey-answer-
survey-form-intro = { $count ->
    [one] One question, about a minute. The survey is anonymous: there is no field for names or free text, and this page sends nothing. Choose the level that best describes your working day, or “Don’t know”. At the end, save a small answer file or copy a code and hand it in as agreed (e-mail or a shared folder).
   *[other] { $count } questions, about ten minutes. The survey is anonymous: there is no field for names or free text, and this page sends nothing. For each question choose the level that best describes your working day, or “Don’t know”. At the end, save a small answer file or copy a code and hand it in as agreed (e-mail or a shared folder).
}
survey-form-group = Your department (optional; a department is shown only from 5 answers)
survey-form-no-group = not stated
survey-form-level = Level { $level }
survey-form-dont-know = Don’t know
survey-form-progress = { $done } of { $total } questions answered
survey-form-save = Save answer file
survey-form-show-code = Show code
survey-form-code-label = Your answer code
survey-form-saved = Thank you! The answer file is saved (in the downloads folder). Hand it in as agreed. Instead of the file you can also hand in this code:
survey-form-code-shown = Thank you! Hand in this code as agreed (it holds your answers, no name):

## Results

survey-level = level { $level }
survey-no-level = no level
survey-median = median { $median } (n = { $n })
survey-hidden = fewer than { $k } answers with a level
survey-comparison-line = Leadership: { $officer } — staff: { $staff }
survey-dont-know-count = don’t know: { $count }
survey-finding-higher = On { $question } the leadership sees level { $officer }, the staff a median of level { $median } (n = { $n }): the leadership rates the state { $difference } levels higher.
survey-finding-lower = On { $question } the leadership sees level { $officer }, the staff a median of level { $median } (n = { $n }): the staff rate the state { $difference } levels higher.
survey-summary-no-gap = Staff survey: { $sheets ->
    [one] 1 answer sheet
   *[other] { $sheets } answer sheets
} on { $count ->
    [one] 1 question
   *[other] { $count } questions
}; on none of the questions compared are leadership and staff 2 levels or more apart.
survey-summary-gaps = Staff survey: { $sheets ->
    [one] 1 answer sheet
   *[other] { $sheets } answer sheets
} on { $count ->
    [one] 1 question
   *[other] { $count } questions
}; on { $gaps ->
    [one] 1 question
   *[other] { $gaps } questions
} leadership and staff are 2 levels or more apart.
survey-privacy-note = A distribution is shown only from { $k } answers; a department is not shown either where the answers of fewer than { $k } people could be worked out from “all” and the other departments. “Don’t know” is counted for all staff only.

## Kit and paper form

survey-kit-unknown-question = The questionnaire has no question “{ $question }”.
survey-kit-not-for-staff = Question “{ $question }” is not meant for the staff survey (set “staff_survey: Some(true)” in the questionnaire to allow it).
survey-kit-no-question = The survey needs at least one question.
survey-kit-too-many-questions = { $count } questions are too many; at most { $max } (about ten minutes).
survey-kit-duplicate-question = Question “{ $question }” is chosen twice.
survey-kit-too-many-groups = { $count } groups are too many; at most { $max }.
survey-kit-bad-group = The group name “{ $group }” is empty, given twice, longer than { $max } characters or holds a control character.
survey-paper-intro = {$count ->
    [one] One question.
   *[other] {$count} questions, about ten minutes.
} The survey is anonymous: please do not write your name. Tick exactly one box per question – the level that best describes your working day, or “Don’t know”.
survey-paper-id = Survey {$id}
survey-paper-return = Please fold the form and put it in the collection box. Only counts are evaluated; a department is shown only from 5 answers.
survey-paper-subject = Anonymous staff survey: form and tally sheet
survey-tally-title = Tally sheet
survey-tally-intro = For a bundle of paper forms of survey {$id}: count the ticks per level of each question as strokes, then enter the numbers in the tally file and read it in with “reifegrad survey tally” or in the app. A bundle counts once (by its label).
survey-tally-bundle = Bundle (e.g. “Building 1”)
survey-tally-group = Group
survey-tally-sheets = Number of forms
survey-tally-question = Question

## Command line

survey-file-html = survey.html
survey-file-pdf = survey-form.pdf
survey-file-tally = tally.ron
survey-cli-kit-exists = The assessment already has a survey with { $sheets } answer sheets; “--replace” replaces it (its counts are lost).
survey-cli-kit-written = Survey {$id} with {$count ->
    [one] 1 question
   *[other] {$count} questions
} saved in the assessment; written: {$files}
survey-cli-no-survey = The assessment has no survey yet; run “reifegrad survey kit” first.
survey-cli-import-result = Counted: {$added}, counted before: {$duplicates}, refused: {$refused}; the survey now has {$total} answer sheets.
survey-cli-tally-result = Tallies counted: {$added}, refused: {$refused}; the survey now has {$total} answer sheets.
survey-cli-gap = gap {$gap}
survey-group-hidden = not shown (privacy)

## PDF report

survey-section-title = Staff survey
survey-column-question = Question
survey-column-leadership = Leadership
survey-column-staff = Staff
survey-column-gap = Gap
survey-column-distribution = Distribution (level: count)

## App

survey-ui-menu = Staff survey
survey-ui-screen = Survey
survey-ui-setup-intro = No staff survey yet. Choose the questions (at most { $max }, about ten minutes) and, if you like, groups such as departments; then “Create survey”. Answers are only counted, never stored one by one.
survey-ui-chosen = { $count } of at most { $max } questions chosen
survey-ui-groups = Groups, e.g. departments (one per line, optional)
survey-ui-create = Create survey
survey-ui-drop = Drag answer files here (several at once), or type in a code. Each answer counts once; a foreign or broken file is named and not counted.
survey-ui-count-code = Count code
survey-ui-code-counted = Code counted; the survey now has { $total } answer sheets.
survey-ui-write-kit = Write kit (HTML and paper form)
survey-ui-kit-written = Kit written: { $folder }
survey-ui-save-first = Save the assessment first: the kit goes into a folder beside its file.
survey-ui-open-largest-gap = Start the workshop on the question with the largest gap

## Results: states without a comparison

survey-summary-empty = Staff survey on { $count ->
    [one] 1 question
   *[other] { $count } questions
}: no answers counted yet.
survey-summary-not-yet = Staff survey: { $sheets ->
    [one] 1 answer sheet
   *[other] { $sheets } answer sheets
}; no question has { $k } answers with a level and a level of the leadership yet; the comparison follows from then on.
survey-errors-answers-format = The answer file has format { $found }; this program knows formats up to { $known }.
survey-errors-answers-too-large = The file is larger than { $limit } kB; an answer file is much smaller.
survey-errors-not-this-kind = { $found ->
        [none] This is not a Reifegrad file; expected “{ $expected }(…)”.
       *[other] This is a “{ $found }” file; expected “{ $expected }(…)”.
    }
survey-cli-problem = { $text }
survey-tally-form-title = Enter the tally of a bundle of paper forms
survey-tally-form-intro = Count the crosses of a bundle of paper forms per question and level and enter them here (empty fields count as 0). The bundle's name keeps it from being counted twice; only a checksum of it is kept.
survey-tally-form-bundle = Bundle:
survey-tally-form-bundle-hint = e.g. Building office, bundle 1
survey-tally-form-group = Group:
survey-tally-form-no-group = no group
survey-tally-form-sheets = Forms in the bundle:
survey-tally-form-question = Question
survey-tally-form-sum = Sum
survey-tally-form-count = Count the tally
survey-tally-form-not-a-number = "{ $text }" is not a whole number ({ $place }); nothing was counted.
