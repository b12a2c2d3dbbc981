## Problems in files: the line prefix, names of file kinds, shortened values

errors-warning = Note: { $message }
errors-quoted = “{ $value }”
errors-shortened = … ({ $count } characters)
errors-bytes = { $bytes } bytes
errors-kind-with-article = { $kind ->
    [questionnaire] a questionnaire
    [assessment] an assessment
    [benchmark] a benchmark file
   *[contribution] a benchmark contribution
}

## Reading and writing files

errors-file-grew = The file is larger than { $limit } ({ $bytes }), although the system reports a smaller size; Reifegrad does not read it.
errors-file-is-folder = This is a folder, not a file.
errors-file-is-fifo = This is a named pipe (FIFO), not a regular file; Reifegrad only reads regular files.
errors-file-is-device = This is a device (such as /dev/zero), not a regular file; Reifegrad only reads regular files.
errors-file-is-socket = This is a socket, not a regular file; Reifegrad only reads regular files.
errors-file-not-regular = This is not a regular file; Reifegrad only reads regular files.
errors-file-too-large = The file is { $size }; Reifegrad files are at most { $limit }. Is this the right file?
errors-file-not-utf8 = The file contains characters that are not valid UTF-8 text (perhaps it is a binary file or uses another encoding). Reifegrad files are UTF-8 text.
errors-refused-read-only = The file is read-only; Reifegrad does not replace it. Save it under another name or remove the write protection.
errors-refused-not-a-file = This name belongs to something other than a regular file (a folder or a device, for example); Reifegrad does not replace it.
errors-io-not-found = File not found.
errors-io-permission = No permission to read or write this file.
errors-io-storage-full = The disk is full.
errors-io-read-only = The disk is read-only.
errors-io-other = Input/output error: { $reason }

## RON syntax

errors-ron-empty = The file is empty. Reifegrad expects a questionnaire, an assessment or a benchmark file in RON format.
errors-ron-unknown-kind = Unknown kind of file: the file must begin with “Questionnaire(”, “Assessment(”, “Benchmark(” or “Contribution(”. Is this a Reifegrad file?
errors-ron-duplicate-key = The key “{ $key }” appears twice (line { $first } and line { $second }); each key may appear only once.
errors-ron-eof = The file ends too early – it is probably cut off, or a closing bracket is missing.
errors-ron-expected-array = Expected a list in square brackets [ … ] here.
errors-ron-expected-array-end = Expected the end of a list “]” or a comma between two entries here.
errors-ron-expected-comma = A comma between two entries is missing here.
errors-ron-expected-boolean = Expected true or false here.
errors-ron-expected-float = Expected a number here, e.g. 1.0.
errors-ron-expected-integer = Expected a whole number here.
errors-ron-integer-out-of-bounds = The number is too large or too small for this field.
errors-ron-expected-option = Expected Some(…) or None here.
errors-ron-expected-map = Expected a map in curly braces {"{"} … {"}"} here.
errors-ron-expected-map-colon = A colon between key and value is missing here.
errors-ron-expected-map-end = Expected the end of a map “{"}"}” or a comma here.
errors-ron-expected-string = Expected a text in double quotes "…" here.
errors-ron-expected-string-end = A text is not closed with a double quote ".
errors-ron-expected-struct = Expected an entry in round brackets ( … ) here.
errors-ron-expected-struct-end = Expected “)” here – perhaps a comma is missing or a field name is misspelt.
errors-ron-different-struct-name = Expected “{ $expected }” here, found “{ $found }”.
errors-ron-expected-identifier = Expected a field name here.
errors-ron-expected-unit = Expected () here.
errors-ron-invalid-escape = Invalid escape sequence in a text ({ $what }).
errors-ron-unclosed-comment = A comment /* … */ is not closed.
errors-ron-unexpected-char = Unexpected character “{ $char }”.
errors-ron-trailing-characters = More characters follow after the end of the content; is there one bracket too many?
errors-ron-invalid-value = Wrong value: expected { $expected }, found { $found }.
errors-ron-different-length = Wrong number of items: expected { $expected }, found { $found }.
errors-ron-no-such-variant = “{ $found }” is not allowed here; possible values are: { $allowed }.
errors-ron-no-such-field = Unknown field “{ $found }”{ $outer }; allowed fields are: { $allowed }.
errors-ron-in-struct = {" "}in “{ $name }”
errors-ron-missing-field = The field “{ $field }” is missing{ $outer }.
errors-ron-duplicate-field = The field “{ $field }” appears twice{ $outer }.
errors-ron-too-deep = The file is nested too deeply; no Reifegrad file looks like this.
errors-ron-invalid-content = Invalid content: { $reason }.
errors-ron-other = The file is not valid RON: { $reason }.
errors-save-failed = Saving failed: { $reason }
errors-internal-write = Internal error while writing: { $reason }
errors-wrong-kind = This is { $found }, but { $expected } is expected here.

## Questionnaires

errors-questionnaire-bad-id = The questionnaire id “{ $id }” is not valid: only lower-case letters, digits, “-”, “_” and “.” are allowed.
errors-questionnaire-no-version = The questionnaire's version is missing (e.g. "1.0").
errors-questionnaire-no-title = The questionnaire needs a title.
errors-questionnaire-no-dimensions = The questionnaire has no dimensions.
errors-dimension-duplicate-id = The dimension id “{ $id }” appears more than once; each id may appear only once.
errors-dimension-bad-id = The dimension id “{ $id }” is not valid: only lower-case letters, digits, “-”, “_” and “.” are allowed.
errors-dimension-no-name = The dimension “{ $id }” has no name.
errors-dimension-bad-weight = The dimension “{ $id }” has the weight { $weight }; weights must be greater than 0.
errors-dimension-no-questions = The dimension “{ $id }” has no questions.
errors-question-duplicate-id = The question id “{ $id }” appears more than once; each question needs an id of its own.
errors-diagnoses-unknown-dimension = “{ $role }” names the dimension “{ $id }”, which the questionnaire does not have.
errors-diagnoses-bad-threshold = “{ $name }” is { $value }; allowed are scores from 0 to 100.
errors-diagnosis-unknown = There is no diagnosis “{ $id }”; expected one of: { $expected }.
errors-diagnosis-duplicate = The text for the diagnosis “{ $id }” appears twice.
errors-diagnosis-bad-placeholder = The text for the diagnosis “{ $id }” uses the placeholder { $placeholder }; allowed are { $allowed }.
errors-question-bad-placeholder = Question “{ $id }” uses the placeholder { $placeholder }; allowed are { $allowed }.
errors-stages-count = { $count } maturity stages are given; exactly five are expected.
errors-stage-no-name = Maturity stage { $number } has no name.
errors-stage-from-to = Maturity stage { $number } (“{ $name }”): “from” ({ $from }) must be less than “to” ({ $to }).
errors-stage-gap = Gap between the maturity stages: stage { $number } (“{ $name }”) begins at { $from }, but the previous one ends at { $previous }.
errors-stage-overlap = Overlap: stage { $number } (“{ $name }”) begins at { $from }, but the previous one ends only at { $previous }.
errors-stage-last-end = The last maturity stage ends at { $to }; it must end at 100.
errors-replaces-bad-id = Question “{ $id }”: “{ $old }” in “replaces” is not a valid question id.
errors-replaces-current = Question “{ $id }” replaces “{ $old }”, but that question is still in the questionnaire, and its answers stay with it. Please remove “{ $old }” from “replaces” or rename the old question.
errors-replaces-twice = Question “{ $id }” names “{ $old }” twice in “replaces”.
errors-replaces-claimed = “{ $old }” is replaced by both “{ $first }” and “{ $id }”; each old question may be taken over by only one new question.
errors-question-bad-id = The question id “{ $id }” is not valid: only lower-case letters, digits, “-”, “_” and “.” are allowed.
errors-question-no-text = Question “{ $id }” has no question text.
errors-question-no-help = Question “{ $id }” has no help text.
errors-question-bad-weight = Question “{ $id }” has the weight { $weight }; weights must be greater than 0.
errors-question-levels-count = Question “{ $id }” has { $count } levels; every question needs exactly five levels (0 to 4).
errors-question-level-blank = Question “{ $id }”: level { $level } has no description.
errors-question-short-blank = Question “{ $id }”: the short title (“short”) is empty; leave it out or fill it in.
errors-question-short-too-long = Question “{ $id }”: the short title “{ $short }” has { $length } characters; at most { $max } are allowed.
errors-question-source-incomplete = Question “{ $id }”: source { $number } needs a title (“title”) and a reference (“reference”, an address or a citation).
errors-question-federation-hint-blank = Question “{ $id }”: the hint for collective municipalities (“federation_hint”) is empty; leave it out or fill it in.
errors-measure-bad-level = Question “{ $id }”: a measure from level { $level } makes no sense; measures exist from levels 0 to 3.
errors-measure-no-text = Question “{ $id }”: the measure from level { $level } has no text.
errors-measure-missing = Question “{ $id }”: the measure from level { $level } is missing (what to do to rise by one level).
errors-measure-several = Question “{ $id }”: there are { $count } measures from level { $level }; exactly one is expected.

## Assessments

errors-assessment-newer-format = This file has file format { $found }; this version of Reifegrad knows formats 1 to { $known }. Please use a current version of Reifegrad.
errors-assessment-no-name = The name of the municipality is missing.
errors-assessment-federation-kind = The association is given as “{ $kind }”; the municipal law of { $state } has no such form. Please check the membership.
errors-assessment-duplicate-rater = Two participants have the same id; each id may appear only once.
errors-answer-bad-level = Answer to “{ $id }”: there is no level { $level }; allowed are levels 0 to 4, DontKnow and NotApplicable.
errors-answer-too-many-hands = Answer to “{ $id }”: { $count } raised hands for one level are implausible; at most { $max } are possible.
errors-answer-evidence = Answer to “{ $id }”, evidence { $number }: { $problem }
errors-answer-unknown-rater = Answer to “{ $id }”: a vote by “{ $rater }”, but no such participant is listed in “raters”.
errors-evidence-no-what = Evidence needs to say what it is (“what”).
errors-evidence-too-long = The “{ $field }” of an evidence entry is longer than { $max } characters.
errors-evidence-control = The “{ $field }” of an evidence entry contains a line break or a control character; it must be a single line.
errors-assessment-other-questionnaire = This assessment belongs to the questionnaire “{ $found }”, not to “{ $expected }” ({ $title }). Please give the matching questionnaire.
errors-assessment-other-version = The assessment was made with version { $found } of the questionnaire; the current version is { $current }. Answers are carried over by question id.
errors-answer-unknown-question = The questionnaire “{ $questionnaire }” { $version } has no question “{ $id }”. Is the id misspelt?
errors-answer-replaced = Version { $version } no longer has the question “{ $id }”; its answer is taken over by the question “{ $new }”.
errors-answer-retired = Version { $version } no longer has the question “{ $id }”; the answer is kept under “retired_answers” and not scored.

## Rules for level texts (warnings)

errors-anchor-not-cumulative = Question “{ $id }”, level { $level } ({ $lang }): does not begin with “{ $prefix }”; every level from 2 on should contain the whole level below it.
errors-anchor-limiting = Question “{ $id }”, level { $level } ({ $lang }): “{ $found }” limits the level; levels 1–4 name only what exists – what is missing belongs in no level.
errors-anchor-legal-too-late = Question “{ $id }”: the legal duty is met from level { $level }; a duty is the floor and must be met at level { $max } at the latest (met_from 1 or 2).
errors-fact-unknown-owner = The fact “{ $fact }” belongs to the question “{ $owner }”, which the questionnaire does not have.
errors-fact-term-missing = The fact “{ $fact }”: the term “{ $term }” does not occur in the levels of its question “{ $owner }”.
errors-fact-asked-twice = Question “{ $id }” names “{ $term }” in its levels; this fact (“{ $fact }”) is asked by “{ $owner }”. Each fact is counted in one question only.

## Benchmark files and contributions

errors-contribution-no-scores = The assessment has no scores yet; a contribution needs at least one dimension with answered questions.
errors-benchmark-newer-format = This file has file format { $found }; this version of Reifegrad knows only formats 1 to { $known } for benchmark files. Please use a current version of Reifegrad.
errors-more-problems = … and { $count } more problems of the same kind (only the first { $shown } are listed).
errors-benchmark-no-source = The source of the data (“source”) is missing, e.g. "Netzwerk Mittelhessen, 2026".
errors-benchmark-source-too-long = The source (“source”) is longer than { $max } characters; it should only name where the data come from.
errors-benchmark-network-too-long = The name of the network is longer than { $max } characters.
errors-entry-bad-year = Entry { $number }: the year { $year } is not plausible; expected a year from { $first } to { $last }.
errors-entry-no-scores = Entry { $number } has no scores.
errors-entry-bad-token = Entry { $number }: the token (“token”) is not valid: up to { $max } digits, lower-case letters a–f and “-” are allowed.
errors-entry-bad-dimension-id = Entry { $number }: the dimension id “{ $id }” is not valid: only lower-case letters, digits, “-”, “_” and “.” are allowed.
errors-entry-bad-score = Entry { $number }: the score { $score } for “{ $id }” is not between 0 and 100.
errors-entry-unknown-dimension = Entry { $number }: the questionnaire “{ $questionnaire }” { $version } has no dimension “{ $id }”; known dimensions are { $known }.
errors-benchmark-other-questionnaire = This file belongs to the questionnaire “{ $found }” version { $found_version }, but “{ $expected }” version { $expected_version } is expected. Values from different questionnaires or versions cannot be compared.
errors-benchmark-other-version = This file belongs to the questionnaire “{ $found }” version { $found_version }, but “{ $expected }” version { $expected_version } is expected. Values from different questionnaires or versions cannot be compared. Benchmark values of version { $found_version } are not converted to version { $expected_version }: { $moved ->
    [yes] questions were merged, split or moved between the fields of action, so the fields' scores no longer mean the same
   *[no] the fields' scores are based on other questions
}. Please use benchmark values made with version { $expected_version } (export contributions again from assessments made with version { $expected_version }).
errors-merge-mixed = Synthetic sample data and real contributions are not mixed: the result would be neither one nor the other. Please merge only real contributions and benchmark files.
errors-merge-read = Read: { $benchmarks } { $benchmarks ->
        [one] benchmark file
       *[other] benchmark files
    } and { $contributions } { $contributions ->
        [one] contribution
       *[other] contributions
    }; refused: { $refused } { $refused ->
        [one] file
       *[other] files
    }.
errors-merge-too-few = Nothing written: only { $have } { $have ->
        [one] entry
       *[other] entries
    }. A benchmark file needs at least { $needed } municipalities so that no one can be recognised; { $missing } { $missing ->
        [one] is
       *[other] are
    } missing.
errors-merge-nothing-written = { $reason } { $read }
errors-merge-wrong-kind = This is { $kind }; only benchmark contributions and benchmark files can be merged. To write a contribution, use “reifegrad benchmark contribute ASSESSMENT -o FILE”.

## Earlier assessments (history) and saving

errors-history-not-older = This assessment of { $date } is not older than the current one of { $current }; it is not used for the progress over time.
errors-history-same-date = This assessment has the same date ({ $date }) as { $other }; it is not used for the progress over time.
errors-history-unmatched = { $count } { $count ->
        [one] answer belongs
       *[other] answers belong
    } to questions that version { $version } of the questionnaire no longer has, and { $count ->
        [one] is
       *[other] are
    } not included in the progress over time: { $ids }.
errors-history-still-reading = This earlier assessment is still being read; the progress over time will be completed as soon as it is available.
errors-session-conflict = Someone else has changed the file in the meantime (in another window or on another computer). Reifegrad does not overwrite it without your decision.

## Command line

errors-generate-entries = --entries must be between 1 and { $max }: that is how many public bodies (municipalities, associations of municipalities, districts) the municipal directory lists, and each takes part at most once.
errors-validate-unknown-questionnaire = The questionnaire “{ $id }” is not known; please name its file with --questionnaire FILE.
errors-validate-benchmark-version = The values belong to version { $found } of the questionnaire “{ $id }”; the current version is { $current }. The file cannot be used for comparisons with assessments made with version { $current }.

## Errors of plans, dates, workshops, reports

errors-plan-unknown-question = The action plan names the unknown question “{ $id }”.
errors-plan-unknown-measure = The question “{ $question }” has no measure from level { $level }.
errors-plan-unknown-field = The action plan names the unknown field of action “{ $id }”.
errors-plan-bad-quarter = There is no quarter { $quarter } (1–4).
errors-plan-bad-duration = A measure takes at least one quarter.
errors-plan-bad-score = The target score { $score } is above 100 points.
errors-plan-bad-stage = The questionnaire has no maturity stage { $stage }.
errors-plan-bad-level = There is no target level { $level } (0–4).
errors-date-invalid = “{ $text }” is not a valid date (expected YYYY-MM-DD, e.g. 2026-11-25)
errors-workshop-unknown-rater = There is no participant with the id “{ $id }”.
errors-workshop-invalid-level = There is no level { $level }; allowed are levels 0 to 4.
errors-workshop-too-many-hands = { $count } votes for one level are implausible; at most { $max } are possible.
errors-report-font = The embedded font { $name } could not be read.
errors-report-pdf = The PDF structure could not be created: { $reason }
errors-report-write = The report could not be saved ({ $path }): { $reason }
errors-compare-failed = Not all assessments given with --compare could be used (see above).
