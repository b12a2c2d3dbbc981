narrative-of-100-points = of 100 points
narrative-no-result-yet-no = No result yet: no question is answered with a level.
narrative-preliminary = Preliminary
narrative-facade-paint = Facade paint
narrative-not-willing-rather-than = Not willing rather than not able
narrative-not-able-rather-than = Not able rather than not willing
narrative-neither-backing-nor-means = Neither backing nor means
narrative-front-end-first-is = {"{"}front_end{"}"} ({"{"}first{"}"}) is clearly ahead of {"{"}back_end{"}"} ({"{"}second{"}"}). Applications arrive digitally and are then processed on paper, which costs twice. Digitise the processes behind the services first, then add new services.
narrative-culture-first-trails-resources = {"{"}culture{"}"} ({"{"}first{"}"}) trails {"{"}resources{"}"} ({"{"}second{"}"}) clearly. The town lacks backing more than money or staff: leadership should own digitalisation, set goals and allow mistakes.
narrative-resources-second-trails-culture = {"{"}resources{"}"} ({"{"}second{"}"}) trails {"{"}culture{"}"} ({"{"}first{"}"}) clearly. The will is there; time, responsibilities and means are missing: a dedicated post, a steady budget, training and inter-municipal cooperation.
narrative-both-culture-first-and = Both {"{"}culture{"}"} ({"{"}first{"}"}) and {"{"}resources{"}"} ({"{"}second{"}"}) are weak. The first step is a mandate from leadership with a named person responsible and time for the job.
narrative-neither-typical-imbalance-applies = Neither typical imbalance applies:
duties-open-legal-duties = Open legal duties
duties-next-step-measure = next step: measure
duties-legal-duties-unclear = Legal duties unclear
duties-legal-duty = Legal duty
labels-short-term-0-6 = short term (0–6 months)
labels-medium-term-6-18 = medium term (6–18 months)
labels-long-term-over-18 = long term (over 18 months)
labels-short-term-0-6-2 = Short term (0–6 months)
labels-medium-term-6-18-2 = Medium term (6–18 months)
labels-long-term-over-18-2 = Long term (over 18 months)
labels-0-6-months = 0–6 months
labels-6-18-months = 6–18 months
labels-over-18-months = over 18 months
labels-low-effort = low effort
labels-medium-effort = medium effort
labels-high-effort = high effort
labels-low = low
labels-medium = medium
labels-high = high
labels-process = Process
labels-people = People
labels-technology = Technology
labels-and = and
labels-just-now = just now
file-size-bytes = { $count ->
        [one] { $count } byte
       *[other] { $count } bytes
    }

## present/mod.rs: how numbers are written, and the words around them.

number-decimal-separator = .
number-group-separator = ,
present-points = { $score }{"\u00A0"}points
present-below-every-peer = below every peer
present-better-than = better than { $percent }
present-synthetic-label = Synthetic example data – not real municipalities

## present/labels.rs

labels-stage-of-total = maturity phase{"\u00A0"}{ $phase } of { $total }
# Quotation marks; the inner pair replaces these marks inside a quoted text.
labels-quote = “{ $text }”
labels-quote-inner = ‘{ $text }’
labels-euro = €{ $amount }
# $day and $month are numbers.
labels-date = { $day }{"\u00A0"}{ $month ->
        [1] January
        [2] February
        [3] March
        [4] April
        [5] May
        [6] June
        [7] July
        [8] August
        [9] September
        [10] October
        [11] November
       *[12] December
    } { $year }
labels-minutes-ago = { $count } { $count ->
        [one] minute
       *[other] minutes
    } ago
labels-hours-ago = { $count } { $count ->
        [one] hour
       *[other] hours
    } ago
labels-days-ago = { $count } { $count ->
        [one] day
       *[other] days
    } ago

## present/peers.rs

peers-all-kinds = all kinds
peers-all-size-classes = all size classes
peers-all-states = all states
peers-size-span = { $low } to { $high }
peers-network = in the network { $name }, { $year } ({ $towns })
peers-network-unnamed = in the network, { $year } ({ $towns })
peers-towns = { $count ->
        [one] { $count }{"\u00A0"}municipality
       *[other] { $count }{"\u00A0"}municipalities
    }
peers-source = Source: { $source }.
peers-source-synthetic = Source: { $source }. { present-synthetic-label }.
peers-peer-data = Peer data
peers-own-excluded = The town's own entry is in the benchmark and is not counted.
peers-too-small = Peer group { $group }: only { $towns }. Groups with fewer than { $minimum } are not shown, to protect those taking part.
peers-widen-all-kinds = all kinds of body
peers-widen-neighbouring-sizes = the neighbouring size classes too

## present/rules.rs

rules-uncertain-score = Fewer than { $threshold } of the questions answered with a level – the score is uncertain.
rules-rating-rule = The levels build on each other: every level from 2 on begins “As level n−1; in addition …” and includes everything of the level before. A level counts when everything it describes exists; the answer is the highest level for which this holds.
rules-other-town = { $path } is the assessment of “{ $other }”, not of “{ $own }”.

## present/duties.rs

duties-provision = { $source }, applies since { $since }
duties-status-open = not met: rated { $level }, met from { $met_from }
duties-status-unknown = status unknown (“don't know”) – first find out whether the duty is met
duties-status-met = met ({ $level })
duties-intro-unclear = Legal duties are not a matter of maturity but the floor. Nobody could say whether the following are met; that comes before any other measure.
duties-intro-open = Legal duties are not a matter of maturity but the floor. These are not met and come before any other measure.
duties-intro-open-and-unclear = Legal duties are not a matter of maturity but the floor. Those not met come before any other measure; for the unclear ones, first check whether they are met.
duties-unanswered = { $count ->
        [one] The question on one further legal duty is not answered yet.
       *[other] The questions on { $count } further legal duties are not answered yet.
    }

## present/narrative.rs

narrative-questions = { $count ->
        [one] { $count }{"\u00A0"}question
       *[other] { $count }{"\u00A0"}questions
    }
narrative-coverage-none = none of the { $questions } answered with a level
narrative-coverage = { $answered } of { $questions } answered with a level ({ $share })
narrative-preliminary-note = Preliminary result: only { $coverage }. It becomes reliable from { $threshold } of the questions; until then fields with fewer answers get neither findings nor peer ranks.
narrative-title-caveat = Only { $coverage } – the result may still change considerably.
narrative-overall-none = No question is answered with a level for { $name } yet; there is no result.
narrative-overall-preliminary = { $name } reaches a preliminary { $score } out of 100 points (maturity phase { $stage }); the result may still change considerably.
narrative-overall = { $name } reaches { $score } out of 100 points overall, which is the maturity phase { $stage }: { $description }
narrative-all-scored-fields = { $count ->
        [2] both scored fields
       *[other] all { $count } scored fields
    }
narrative-all-compared-fields = { $count ->
        [2] both compared fields
       *[other] all { $count } compared fields
    }
narrative-spread = { $name } is furthest in { $best } ({ $best_score }) and least advanced in { $worst } ({ $worst_score }).
narrative-even = In { $fields } { $name } reaches the same score: { $points }.
narrative-all-low = { $answered ->
        [one] The only answered question is still at level 0 or 1; that is where the first, often small steps help most.
       *[other] All { $answered } answered questions are still at level 0 or 1; that is where the first, often small steps help most.
    }
narrative-some-low = In { $low } of { $answered } answered questions { $name } is still at level 0 or 1; that is where the first, often small steps help most.
narrative-no-low = { $answered ->
        [one] The only answered question is at level 2 or above.
       *[other] All { $answered } answered questions are at level 2 or above.
    }
narrative-all-lowest = { $answered ->
        [one] The only answered question is at level 0.
       *[other] All { $answered } answered questions are at level 0: { $name } is at the start everywhere. That is when the first small steps help most.
    }
narrative-all-highest = { $answered ->
        [one] The only answered question is at the top level 4.
       *[other] All { $answered } answered questions are at the top level 4. The questionnaire names no further steps here; what matters is keeping the level and passing on what was learnt.
    }
narrative-peers-only-field-at-median = In the only compared field { $name } is at or above the peer median.
narrative-peers-only-field-below = In the only compared field, { $fields }, { $name } is below the peer median.
narrative-peers-all-at-median = In { $fields } { $name } is at or above the peer median.
narrative-peers-all-below = In { $fields } { $name } is below the peer median.
narrative-peers-some-below = In { $below } of { $compared } compared fields { $name } is below the peer median: { $fields }.
narrative-uncertain = { $count ->
        [one] For { $names } fewer than { $threshold } of the questions have a level; the score is uncertain and carries no finding.
       *[other] For { $names } fewer than { $threshold } of the questions have a level; these scores are uncertain and carry no findings.
    }
narrative-unanswered-fields = { $count ->
        [one] No question on { $names } is answered with a level yet; the field has no score.
       *[other] No question on { $names } is answered with a level yet; these fields have no score.
    }
narrative-facade-not-ahead = { $front_end } does not run ahead of { $back_end }.
narrative-similar-level = { $culture } and { $resources } are at a similar level.
# $checked: "some" when one of the two imbalances could be checked, else "none".
narrative-unchecked = Whether { $checked ->
        [some] the other typical imbalance
       *[none] a typical imbalance
    } applies can only be said once at least { $threshold } of the questions on { $names } have a level.

## model/profile.rs: forms of shared administration, kinds of body, size classes.

profile-federation-verbandsgemeinde = Verbandsgemeinde (collective municipality)
profile-federation-amt = Amt (joint administration)
profile-federation-samtgemeinde = Samtgemeinde (collective municipality)
profile-federation-verwaltungsgemeinschaft = Verwaltungsgemeinschaft (administrative community)
profile-federation-gemeindeverwaltungsverband = Gemeindeverwaltungsverband (administrative union)
profile-federation-verwaltungsverband = Verwaltungsverband (administrative union)
profile-federation-mitverwaltung = Mitverwaltung (co-administration)
profile-federation-erfuellende-gemeinde = Erfüllende Gemeinde (administering neighbour)
profile-federation-other = Other shared administration
profile-kind-gemeinde = Municipality
profile-kind-stadt = Town (within a district)
profile-kind-kreisfreie-stadt = City (district-free)
profile-kind-landkreis = District
profile-kind-gemeindeverband = Association of municipalities
profile-size-under-5k = under 5,000 inhabitants
profile-size-5k-to-10k = 5,000–9,999 inhabitants
profile-size-10k-to-20k = 10,000–19,999 inhabitants
profile-size-20k-to-50k = 20,000–49,999 inhabitants
profile-size-50k-to-100k = 50,000–99,999 inhabitants
profile-size-over-100k = 100,000 inhabitants and more

## model/plan.rs

plan-status-proposed = proposed
plan-status-adopted = adopted
plan-status-in-progress = in progress
plan-status-done = done
plan-status-dropped = set aside

## model/migration.rs

migration-summary = Questionnaire updated { $from } → { $to }: { $kept ->
        [one] { $kept } answer
       *[other] { $kept } answers
    } kept, { $mapped } carried over to new questions ({ $merged } of them merged – please check), { $retired } set aside (no longer asked, kept in the file), { $open ->
        [one] { $open } question
       *[other] { $open } questions
    } open

## model/council.rs: the deciding body in running text.
## English has one article for every case and gender ($case and $gender select the
## German article); the kind of body is named in English, the local German name kept.

council-body = { $case ->
       *[any] { $gender ->
           *[any] the
        }
    } { $name ->
        [Kreistag] district council
        [Amtsausschuss] committee of the Amt
       *[other] council
    }
council-body-in-text = { $gender ->
       *[any] the
    } { $name ->
        [Kreistag] district council
        [Amtsausschuss] committee of the Amt
       *[other] council
    } ({ $name })

## benchmark/attrs.rs: a range of size classes.

attrs-size-under = under { $to } inhabitants
attrs-size-from = { $from } inhabitants and more
attrs-size-range = { $from }–{ $to } inhabitants

## workshop.rs

workshop-consensus-rule = The consensus is the median of the levels voted. With an even number of votes the lower of the two middle levels counts – when in doubt, the more cautious assessment. “Don't know” and “not applicable” are counted but take no part in consensus and spread. A spread of two levels or more: discuss.

## progress.rs

progress-title = What has changed since { $year }

## present/resolution.rs: the one resolution, by the assessment's state.

resolution-carry-out = The administration carries out the self-assessment – so far { $coverage } – and presents the result. Measures and funds are decided only on that basis.
resolution-name-responsible = The administration names a person responsible for digitalisation.
resolution-keep-level = The administration keeps the level reached: it sets out who maintains the digital processes and when they are reviewed, and passes its experience on to other municipalities. No measures plan is needed.
# $count: measures in the roadmap; $short: how many of them are short-term.
resolution-present-plan = { $count ->
        [0] Within six months the administration presents a measures plan with owners, start and costs, based on the prioritised measures of this report.
       *[other] Within six months the administration presents a measures plan with owners, start and costs, based on the { $count } measures of the roadmap (section “Measures and roadmap”){ $short ->
            [0] .
            [one] ; it starts the short-term one among them at once.
           *[other] ; it starts the { $short } short-term ones among them at once.
        }
    }
resolution-time-and-money = A fixed share of a post and an annual budget are provided for digitalisation; the measures plan states the amounts.
resolution-leadership = Digitalisation is a matter for the top: the administration's leadership is responsible for measurable goals set in the measures plan.
resolution-processes-first = New online services are launched only once the processes behind them run digitally without a media break.
resolution-report-yearly = The administration reports to { $body } every year on how the level reached is kept.

## present/peers.rs: a benchmark file's source.

peers-generator-source = synthetic sample data from the Reifegrad generator (seed { $seed }, { $entries } entries)
peers-file-source = { $source } (from the benchmark file)
