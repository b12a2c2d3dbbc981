score-column-field = Dimension
score-column-score = Score
score-column-coverage = Coverage
score-column-answered = Answered
score-column-phase = Phase
score-column-median = Median
score-column-middle-half = Middle 50 %
score-column-better-than = better than
score-overall-preliminary = Overall (preliminary)
score-overall = Overall
score-findings = Findings
score-findings-mean = What the findings mean
score-peer-group-line = Peer group: { $group }; compared with { $towns }.
score-too-few-values = fewer than { $min } peer values, therefore not shown.
score-widen-suggestion = Suggestion: { $change } ({ $towns }){ $flags }.
cli-window-failed = Reifegrad could not open its window: { $error }
cli-example-written = Example assessment “{ $name }” written: { $path }
cli-report-written = Report for “{ $name }” written: { $path } ({ $size })
cli-compare-other-town = { $reason } --compare takes only earlier assessments of the same municipality.
cli-history-heading = Change since { $year } (assessment of { $date }):
cli-history-moved-up = Moved up
cli-history-moved-down = Moved down
cli-history-level = level
cli-contribute-token-saved = contribution mark saved in the assessment (so that the town's own entry does not count among its peers).
cli-contribute-token-not-saved = Note: the contribution mark could not be saved in the assessment; the town's own entry then counts among its peers.
cli-contribution-written = Anonymised contribution written: { $path } ({ $size_class }, { $state }, { $kind }, { $year }, { $count ->
        [one] { $count } score
       *[other] { $count } scores
    }; without name, population, comments and participants).
cli-all-states = all states
cli-all-kinds = all kinds
cli-merge-file-refused = Note: this file is not taken over.
cli-merge-written = Benchmark file written: { $path } with { $count ->
        [one] { $count } entry
       *[other] { $count } entries
    }. { $report }
cli-note = Note: { $note }
cli-generate-written = Synthetic benchmark file written: { $path } ({ $count ->
        [one] { $count } entry
       *[other] { $count } entries
    }, seed { $seed }). Synthetic example data – no real municipalities.
cli-drill-no-questions = The questionnaire has no questions.
cli-drill-open-elsewhere = The file is already open: { $holder }
cli-drill-read-only = The file is read-only.
cli-choices = allowed are own, all, { $names }
cli-whole-number = a whole number such as 2026 is expected
