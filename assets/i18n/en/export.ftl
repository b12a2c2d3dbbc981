# The spreadsheet export (src/sheets/, `reifegrad export`, the app's “Export spreadsheet…”).

## Sheet names (at most 31 characters, none of : \ / ? * [ ])
export-sheet-answers = Answers
export-sheet-results = Results
export-sheet-measures = Measures
export-sheet-info = Info

## Column headings
export-col-field = Field
export-col-number = No.
export-col-question = Question
export-col-level = Level
export-col-anchor = Description of the level chosen
export-col-without-level = Don’t know / not applicable
export-col-comment = Comment
export-col-evidence = Evidence
export-col-votes = Votes
export-col-median = Median of the votes
export-col-spread = Spread
export-col-distribution = Distribution of the votes
export-col-score = Points (0–100)
export-col-coverage = Coverage
export-col-answered = Answered
export-col-questions = Questions
export-col-stage = Maturity stage
export-col-note = Note
export-col-peer-median = Peer group median
export-col-percentile = Better than … % of the peer group
export-col-peer-count = Peer values (count)
export-col-measure = Measure
export-col-owner = Responsible
export-col-start = Start (first day of the quarter)
export-col-quarter = Quarter
export-col-duration = Duration (quarters)
export-col-one-off = One-off cost
export-col-yearly = Cost per year
export-col-person-days = Person-days
export-col-target-level = Target level
export-col-status = Status
export-col-item = Item
export-col-value = Value

## Cells
export-overall = Overall
export-preliminary = preliminary (coverage below { $threshold })
export-vote-count = { $response }: { $count }

## The Info sheet
export-info-town = Municipality
export-info-state = Federal state
export-info-kind = Kind of municipality
export-info-population = Inhabitants
export-info-size-class = Size class
export-info-questionnaire = Questionnaire
export-info-version = Questionnaire version
export-info-date = Date of the assessment
export-info-respondents = Taking part
export-info-participants = Workshop participants
export-info-names-left-out = left out of the export
export-info-consensus = Median of the votes
export-info-peer-group = Peer group
export-info-peer-source = Source of the peer values
export-info-no-peers = none (exported without a benchmark file)
export-info-next-assessment = Next assessment planned
export-info-rounding = Rounding
export-info-rounding-rule = Points to one decimal, shares to whole per cent, halves rounded up – as in the app, the report and the command line.

## Number formats (spreadsheet notation: DD, MM, YYYY; #,##0 with the currency sign)
export-date-format = YYYY-MM-DD
export-euro-format = "€"#,##0

## Messages
export-unknown-format = { $path }: unknown spreadsheet format “{ $extension }”. Possible are .ods (LibreOffice), .xlsx (Excel) and .csv (the answers only).
export-missing-format = { $path }: the file name has no extension. Possible are .ods (LibreOffice), .xlsx (Excel) and .csv (the answers only).
export-write-failed = The spreadsheet could not be written to { $path }: { $reason }
export-build-failed = The spreadsheet could not be made: { $reason }
export-written = Spreadsheet for “{ $name }” written: { $path } ({ $size })

## The app
export-command = Export spreadsheet…
export-dialog-title = Save the assessment as a spreadsheet
export-options-title = Export spreadsheet
export-options-text = The spreadsheet holds the answers, the results, the measures plan and the municipality’s details. The format follows the file name’s extension: .ods, .xlsx or .csv.
export-without-names = Leave out the names of workshop participants
export-choose-file = Choose where to save…
export-saved = Spreadsheet saved:
export-not-saved = Spreadsheet could not be saved:
