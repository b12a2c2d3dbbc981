sections-title-digitalisation-strategy-outline = DIGITALISATION STRATEGY OUTLINE
sections-title-digital-maturity-of-administration = Digital maturity of the administration
sections-title-preliminary-overall-result = Preliminary overall result
sections-title-overall-result = Overall result
sections-title-out-of-100-points = out of 100 points
sections-title-no-result-yet = No result yet
sections-title-assessment-date = Assessment date
sections-title-questionnaire = Questionnaire
sections-title-version = version
sections-title-contributors = Contributors
sections-title-comparison = Comparison
sections-title-scale-of-maturity-phases = Scale of the maturity phases
sections-changes-no-question-answered-with = No question answered with a level both times has changed its level.
sections-changes-moved-up = Moved up
sections-changes-moved-down = Moved down
sections-changes-only-questions-answered-with = Only questions answered with a level both times are compared; “don't know” and “not applicable” are left out as everywhere.
sections-profile-profile-of-fields = { $count ->
        [one] Profile of the field
        [2] Profile of the two fields
        [3] Profile of the three fields
        [4] Profile of the four fields
        [5] Profile of the five fields
        [6] Profile of the six fields
       *[other] Profile of the { $count } fields
    }
sections-profile-coverage = Coverage
sections-profile-peer-median = Peer median
sections-profile-better-than = Better than
sections-profile-created-without-peer-data = Created without peer data: no benchmark file given.
sections-profile-radar-chart-needs-at = A radar chart needs at least three fields.
sections-profile-own-scores = Own scores:
sections-profile-middle-half-of-peers = Middle half of the peers (25th to 75th percentile)
sections-profile-radar-chart-of-score = Radar chart of the score per field (0–100)
sections-roadmap-measures-and-roadmap = Measures and roadmap
sections-roadmap-measures-come-from-questionnaire = The measures come from the questionnaire: for every question it describes the next step. Their priority follows from the question's weight, the distance to the top level and – where peer data exists – how far the town trails its peers. Within each period, work on processes and people comes before technology: a bad process does not get better by digitising it. The number before each measure is its rank by priority.
sections-roadmap-these-measures-lead-towards = These measures lead towards legal duties that are not met yet; they come before all others.
sections-roadmap-no-measures-yet-no = No measures yet: no question is answered with a level.
sections-roadmap-no-measures-every-answered = No measures: every answered question is at the top level 4.
sections-roadmap-distance-to-peers-computed = Distance to peers computed with:
sections-roadmap-below-peer-median = below the peer median
sections-summary-summary = Summary
sections-summary-key-findings = Key findings
sections-digital-maturity = Digital maturity
sections-dimensions-fields-in-detail = The fields in detail
sections-dimensions-strengths-are-questions-with = Strengths are the questions with the highest level reached, gaps those below the strengths with the largest weighted distance to level 4. The comments were written during the assessment.
sections-dimensions-phase = phase
sections-dimensions-questions-answered-with-level = questions answered with a level
sections-dimensions-strengths = Strengths
sections-dimensions-no-question-at-level = No question at level 2 or higher yet.
sections-dimensions-largest-gaps = Largest gaps
sections-dimensions-every-answered-question-is = Every answered question is at the top level 4.
sections-dimensions-team-s-comments = The team's comments
sections-dimensions-on = on
sections-method-how-scores-are-computed = How the scores are computed
sections-discussion-for-no-question-were = For no question were the votes two or more levels apart.
sections-discussion-still-open = still open
sections-discussion-consensus-median-level = consensus (median): level
sections-discussion-agreed = agreed:
sections-appendix-appendix-all-questions-and = Appendix: all questions and answers
sections-appendix-not-answered = Not answered
sections-appendix-measure = Measure
council-paper-timeline-time-plan = Time plan
council-paper-timeline-no-measure-has-start = No measure has a start quarter yet; the time plan follows once the plan names quarters.
council-paper-timeline-to = to
council-paper-timeline-time-plan-of-measures = Time plan of the measures
council-paper-council-proposal = Council proposal
council-paper-subject = Subject
council-paper-proposed-resolution = Proposed resolution
council-paper-owner-to-be-named = owner to be named
council-paper-responsible = responsible
council-paper-start = start
council-paper-no-costs-have-been = No costs have been estimated for the measures yet; the administration presents them with the next draft budget.
council-paper-targets-per-field-under = The targets per field under “Indicators” apply to the next self-assessment.
council-paper-self-assessment-is-repeated = The self-assessment is repeated in twelve months; the result is published.
council-paper-facts-and-reasons = Facts and reasons
council-paper-financial-implications = Financial implications
council-paper-measures-plan-has-no = The measures plan has no costs and no start dates. This proposal therefore names no amounts; they are added once the administration has estimated the costs.
council-paper-measures-plan-contains-no = The measures plan contains no costs. This proposal therefore names no amounts.
council-paper-budget-year = Budget year
council-paper-one-off = One-off
council-paper-recurring = Recurring
council-paper-total = Total
council-paper-total-2 = Total
council-paper-indicators = Indicators
council-paper-no-targets-for-next = No targets for the next assessment have been set for the fields yet.
council-paper-today = Today
council-paper-target-next-assessment = Target next assessment
council-paper-measures-in-measures-plan = measures in the measures plan (view “Measures plan”)
council-paper-owner-per-measure = an owner per measure
council-paper-start-quarter-per-measure = a start quarter per measure
council-paper-costs-per-measure-one = costs per measure (one-off or yearly)
council-paper-targets-per-field = targets per field
council-paper-date-of-next-assessment = the date of the next assessment
council-paper-for-complete-proposal-these = For a complete proposal, these inputs are still missing:
council-paper-too-incomplete-for-result = The self-assessment is too incomplete for an overall result; the administration adds the reasons once more questions are answered.
changes-intro = Compared with the assessment of { $date } made with the same questionnaire. Score per field (0–100); the last column shows the change since { $year }.
changes-moved-heading = { $title } ({ $count ->
        [one] { $count } question
       *[other] { $count } questions
    })
changes-unmatched-answers = { $count ->
        [one] { $count } answer of earlier assessments belongs to questions that version { $version } of the questionnaire no longer has; it is not included in the scores.
       *[other] { $count } answers of earlier assessments belong to questions that version { $version } of the questionnaire no longer has; they are not included in the scores.
    }
profile-table-note = Score 0–100; the chart's rings mark the boundaries of the maturity stages. Coverage: share of questions answered with a level (marked “!”: below { $threshold }, the score is uncertain).
profile-peers-note = Better than: share of peers with a lower score. “–” for peers: fewer than { $min } peer values, not shown to protect anonymity.
roadmap-further-measures = { $count ->
        [one] One further measure of lower priority is listed with its number in the appendix under its question.
       *[other] { $count } further measures of lower priority are listed with their numbers in the appendix under their questions.
    }
summary-council-heading = What { $body } is asked to decide
page-of-total = Page { $page } of { $total }
dimensions-none-answered = None of the { $count ->
        [one] { $count } question
       *[other] { $count } questions
    } of this field is answered with a level yet, so it has no score, strengths or gaps.
dimensions-dont-know = { $count ->
        [one] { $count } question
       *[other] { $count } questions
    } answered “don't know” – worth clarifying.
method-levels = Every question has five described levels from 0 to 4. { $rating_rule } “Don't know” and “not applicable” are left out.
method-scores = A field's score is 100 × Σ(weight × level) / Σ(weight × 4) over its answered questions, its coverage the share of questions answered with a level (below { $threshold } the score counts as uncertain). The overall score is the weighted mean of the fields, and the stages are score bands ({ $bands }).
discussion-intro = Questions where the workshop votes were two or more levels apart, largest disagreement first. { $consensus_rule }
appendix-evidence-label = Evidence:
appendix-comment-pointer = Team comment: see the field { $field }
pdf-title = Digital maturity – { $name }
pdf-subject = Self-assessment of the administration's digital maturity, measures and council proposal
council-paper-subject-line = { $state ->
        [empty] Digitalisation of the administration of { $name }: self-assessment of digital maturity (begun on { $date })
        [preliminary] Digitalisation of the administration of { $name }: preliminary result of the self-assessment of { $date }
        [keep] Digitalisation of the administration of { $name }: result of the self-assessment of { $date } and keeping the level reached
       *[plan] Digitalisation of the administration of { $name }: measures plan{ $years } based on the self-assessment of { $date }
    }
council-paper-resolves = { $body } resolves:
council-paper-open-duties-item = { $heading }: the administration first meets the following legal duties, which are not met yet:
council-paper-unknown-duties-item = The administration finds out whether these legal duties are met (so far “don't know”) and reports the result: { $duties }.
council-paper-complete-first-item = The administration completes the self-assessment – so far { $coverage } – and presents the result again before further measures are adopted.
council-paper-measures-adopted = { $count ->
        [one] The following measure is adopted:
       *[other] The following { $count } measures are adopted:
    }
council-paper-budget-item = The budget provides for the measures: { $per_year } (see “Financial implications”).
council-paper-repeat-by = The self-assessment is repeated by { $date }; the result is published.
council-paper-report-item = The administration reports to { $body } every six months on progress.
council-paper-recurring-costs = Recurring costs are counted from the start year to { $last } (medium-term financial planning); amounts as entered in the measures plan.
council-paper-uncosted = Without costs or start, therefore not included: { $measures }.
council-paper-person-days = Internal effort according to the plan: { $days } person-days.
council-paper-reasons-result = On { $date } the administration assessed its digital maturity with the questionnaire { $questionnaire } (version { $version }). Result: { $score } out of 100 points, { $phase } ({ $stage }). The strengths and gaps per field are set out in the preceding sections.
council-paper-reasons-planned = The measures plan takes up the most urgent of the measures derived from them.
council-paper-reasons-measures = The measures derived from them are listed in the section “Measures and roadmap”; the administration has not yet drawn up a measures plan with costs.
council-paper-reasons-nothing-to-plan = Every answered question stands at the highest level; no further measures follow.
council-paper-number = Paper no.
council-paper-submitted-by = Submitted by
council-paper-date = Date
council-paper-dates = { $paper } (self-assessment of { $assessment })
council-paper-deliberation = Order of deliberation
council-paper-deliberation-line = { $body } – meeting on { $blank } (decision)
council-paper-no-spending = None: this resolution provides for no spending.
council-paper-attachments = Attachments
council-paper-attachment-strategy = Attachment { $number }: strategy outline { $title } based on the self-assessment of { $date } (this report)
summary-council-same-text = Worded as in the council proposal at the end of this report:
sections-dimensions-no-clear-gap = No answered question lies below the level of the strengths (level { $level }); this field shows no clear gap.
