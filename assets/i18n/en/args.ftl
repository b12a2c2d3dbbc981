# The command line's help (`reifegrad --help`): per command `args-PATH`, per argument
# `args-PATH--NAME` (PATH: the commands joined by "-", "reifegrad" for the program
# itself). src/cli/help.rs puts them into the clap definition; a test checks that every
# visible command and argument has its text and every text a place.

args-heading-usage = Usage:
args-heading-arguments = Arguments
args-heading-options = Options
args-heading-commands = Commands
args-help-flag = Print this help
args-version-flag = Print the version

args-reifegrad = Reifegrad – assess the digital maturity of towns and municipalities. Without a command the app opens.
args-reifegrad--file = An assessment file (.reifegrad) to open in the app.
args-reifegrad--lang = Language of messages, tables and reports: de or en (default: from LC_ALL, LC_MESSAGES or LANG – English where the value starts with "en", German otherwise).

args-validate = Check questionnaire, assessment or benchmark files; one line per problem on stderr.
args-validate--files = The files to check.
args-validate--questionnaire = Questionnaire to check assessments against (default: the bundled one).

args-score = Print the scores of an assessment.
args-score--assessment = The assessment file.
args-score--json = Print one JSON object instead of a table.
args-score--questionnaire = Questionnaire the assessment belongs to (default: the bundled one).
args-score--benchmark = Compare with the peers in this benchmark file.
args-score--size-class = Peer group size class: own (default), all, or a class such as From10kTo20k.
args-score--state = Peer group federal state: all (default), own, or a state such as Hessen.
args-score--kind = Peer group kind of body: own (default), all, or a kind such as Stadt.
args-score--compare = Earlier assessments of the same town to show the change against (without it, the earlier assessments linked in the file are used).

args-benchmark = Peer benchmarks: anonymised contributions, merging, synthetic example data.
args-benchmark-contribute = Write an anonymised contribution of an assessment (size class, state, kind, year, dimension scores – no name, comments, population or respondents).
args-benchmark-contribute--assessment = The assessment file.
args-benchmark-contribute--output = Where to write the contribution.
args-benchmark-contribute--questionnaire = Questionnaire the assessment belongs to (default: the bundled one).
args-benchmark-merge = Merge contributions and benchmark files into one benchmark file.
args-benchmark-merge--files = Contribution and benchmark files.
args-benchmark-merge--output = Where to write the merged benchmark.
args-benchmark-merge--source = Source description written into the benchmark (default: "Netzwerk NAME, YEAR, N Kommunen").
args-benchmark-merge--network = Name of the network whose members contribute, e.g. "re@di".
args-benchmark-merge--questionnaire = Questionnaire the files must belong to (default: the bundled one).
args-benchmark-generate = Write a synthetic example benchmark (reproducible from the seed).
args-benchmark-generate--seed = Seed of the random numbers (default: { $default }).
args-benchmark-generate--entries = Number of entries: each body of the municipal directory at most once (at most 5,570); default { $default }, 10 % of them, as in the bundled file.
args-benchmark-generate--output = Where to write the benchmark.
args-benchmark-generate--questionnaire = Questionnaire whose dimensions get scores (default: the bundled one).

args-report = Write the PDF strategy outline for the council.
args-report--assessment = The assessment file.
args-report--output = Where to write the PDF.
args-report--benchmark = Benchmark file with anonymised peers to compare with.
args-report--questionnaire = Questionnaire the assessment belongs to (default: the bundled one).
args-report--compare = Earlier assessments of the same town for the section on what changed (without it, the earlier assessments linked in the file are used).

args-export = Write the assessment as a spreadsheet: ODS or XLSX (answers, results, measures, info) or CSV (the answers only, UTF-8 with BOM, separator ";") – chosen by the output file's extension.
args-export--assessment = The assessment file.
args-export--output = Where to write the spreadsheet: FILE.ods, FILE.xlsx or FILE.csv.
args-export--benchmark = Benchmark file with anonymised peers; their median and percentile go into the "Results" sheet.
args-export--questionnaire = Questionnaire the assessment belongs to (default: the bundled one).
args-export--without-names = Leave out the names of workshop participants and of those taking part.

args-survey = Anonymous staff survey: make the kit, import answers and paper tallies, show the comparison with the officer's rating.
args-survey-kit = Put a new survey into the assessment and write its kit: the HTML form, the printable form with its tally sheet (PDF) and an empty tally file.
args-survey-kit--assessment = The assessment file (the survey is saved in it).
args-survey-kit--output = Folder for the kit's files.
args-survey-kit--questions = A question to ask (repeat; at most 15; default: the first 15 of culture and resources).
args-survey-kit--groups = A group staff may name, e.g. a department (repeat; optional).
args-survey-kit--replace = Replace a survey that already has answers (its counts are lost).
args-survey-kit--questionnaire = Questionnaire the assessment belongs to (default: the bundled one).
args-survey-import = Count answer files and codes; each counts once, foreign or broken ones are refused with the reason and the others still count.
args-survey-import--assessment = The assessment file with the survey.
args-survey-import--files = Answer files saved by the HTML form.
args-survey-import--codes = A code shown by the HTML form (repeat).
args-survey-import--questionnaire = Questionnaire the assessment belongs to (default: the bundled one).
args-survey-tally = Count tally files typed in from the tally sheet of paper forms.
args-survey-tally--assessment = The assessment file with the survey.
args-survey-tally--files = Tally files (StaffTally, see docs/file-formats.md).
args-survey-tally--questionnaire = Questionnaire the assessment belongs to (default: the bundled one).
args-survey-show = Print the officer's level beside the staff's answers, the largest gap first.
args-survey-show--assessment = The assessment file with the survey.
args-survey-show--json = Print one JSON object instead of text.
args-survey-show--questionnaire = Questionnaire the assessment belongs to (default: the bundled one).

args-example = Write a filled-in assessment of a fictional small town.
args-example--output = Where to write it.

args-error = error:
args-error-more = For more information, try: { $command } --help
args-error-unknown-argument = unknown argument "{ $argument }"
args-error-unknown-command = unknown command "{ $argument }"
args-error-suggestion = Did you mean "{ $suggestion }"?
args-error-invalid-value = invalid value "{ $value }" for { $argument }
args-error-possible-values = Possible: { $values }
args-error-missing = missing: { $arguments }
args-error-missing-command = a command is missing
args-error-missing-value = { $argument } needs a value
args-error-too-many = too many values: "{ $value }"
args-error-used-twice = { $argument } is given more than once
args-error-conflict = { $argument } does not fit the other arguments
args-error-other = the command line is invalid ({ $detail })
