narrative-of-100-points = von 100 Punkten
narrative-no-result-yet-no = Noch kein Ergebnis: Keine Frage ist mit einer Stufe beantwortet.
narrative-preliminary = Vorläufig
narrative-facade-paint = Fassadenanstrich
narrative-not-willing-rather-than = Eher nicht gewollt als nicht gekonnt
narrative-not-able-rather-than = Eher nicht gekonnt als nicht gewollt
narrative-neither-backing-nor-means = Weder Rückenwind noch Mittel
narrative-front-end-first-is = {"{"}front_end{"}"} ({"{"}first{"}"}) ist deutlich weiter als {"{"}back_end{"}"} ({"{"}second{"}"}). Anträge kommen digital an und werden dann auf Papier weiterbearbeitet – das kostet doppelt. Zuerst die Prozesse hinter den Angeboten digitalisieren, dann neue Angebote.
narrative-culture-first-trails-resources = {"{"}culture{"}"} ({"{"}first{"}"}) liegt deutlich hinter {"{"}resources{"}"} ({"{"}second{"}"}). Es fehlt weniger an Geld und Personal als am Rückenwind: Die Verwaltungsspitze sollte Digitalisierung zur Chefsache machen, Ziele setzen und Fehler erlauben.
narrative-resources-second-trails-culture = {"{"}resources{"}"} ({"{"}second{"}"}) liegt deutlich hinter {"{"}culture{"}"} ({"{"}first{"}"}). Der Wille ist da, es fehlen Zeit, Zuständigkeiten und Mittel: eine feste Stelle, ein verlässliches Budget, Fortbildung und interkommunale Zusammenarbeit.
narrative-both-culture-first-and = Sowohl {"{"}culture{"}"} ({"{"}first{"}"}) als auch {"{"}resources{"}"} ({"{"}second{"}"}) sind schwach. Der erste Schritt ist ein Auftrag der Verwaltungsspitze mit einer benannten verantwortlichen Person und Zeit für die Aufgabe.
narrative-neither-typical-imbalance-applies = Keine der beiden typischen Schieflagen liegt vor:
duties-open-legal-duties = Pflichtaufgaben offen
duties-next-step-measure = nächster Schritt: Maßnahme
duties-legal-duties-unclear = Pflichtaufgaben ungeklärt
duties-legal-duty = Pflichtaufgabe
labels-short-term-0-6 = kurzfristig (0–6 Monate)
labels-medium-term-6-18 = mittelfristig (6–18 Monate)
labels-long-term-over-18 = langfristig (über 18 Monate)
labels-short-term-0-6-2 = Kurzfristig (0–6 Monate)
labels-medium-term-6-18-2 = Mittelfristig (6–18 Monate)
labels-long-term-over-18-2 = Langfristig (über 18 Monate)
labels-0-6-months = 0–6 Monate
labels-6-18-months = 6–18 Monate
labels-over-18-months = über 18 Monate
labels-low-effort = Aufwand gering
labels-medium-effort = Aufwand mittel
labels-high-effort = Aufwand hoch
labels-low = gering
labels-medium = mittel
labels-high = hoch
labels-process = Abläufe
labels-people = Menschen
labels-technology = Technik
labels-and = und
labels-just-now = gerade eben
file-size-bytes = { $count ->
        [one] { $count } Byte
       *[other] { $count } Bytes
    }

## present/mod.rs: how numbers are written, and the words around them.

number-decimal-separator = ,
number-group-separator = .
present-points = { $score }{"\u00A0"}Punkte
present-below-every-peer = unter allen Vergleichswerten
present-better-than = besser als { $percent }
present-synthetic-label = Synthetische Beispieldaten – keine echten Kommunen

## present/labels.rs

labels-stage-of-total = Reifephase{"\u00A0"}{ $phase } von { $total }
# Quotation marks; the inner pair replaces these marks inside a quoted text.
labels-quote = „{ $text }“
labels-quote-inner = ‚{ $text }‘
labels-euro = { $amount }{"\u00A0"}€
# $day and $month are numbers; German writes them with two digits.
labels-date = { $day ->
        [1] 01
        [2] 02
        [3] 03
        [4] 04
        [5] 05
        [6] 06
        [7] 07
        [8] 08
        [9] 09
       *[other] { $day }
    }.{ $month ->
        [1] 01
        [2] 02
        [3] 03
        [4] 04
        [5] 05
        [6] 06
        [7] 07
        [8] 08
        [9] 09
       *[other] { $month }
    }.{ $year }
labels-minutes-ago = vor { $count } { $count ->
        [one] Minute
       *[other] Minuten
    }
labels-hours-ago = vor { $count } { $count ->
        [one] Stunde
       *[other] Stunden
    }
labels-days-ago = vor { $count } { $count ->
        [one] Tag
       *[other] Tagen
    }

## present/peers.rs

peers-all-kinds = alle Arten
peers-all-size-classes = alle Größenklassen
peers-all-states = alle Länder
peers-size-span = { $low } bis { $high }
peers-network = im Netzwerk { $name }, { $year } ({ $towns })
peers-network-unnamed = im Netzwerk, { $year } ({ $towns })
peers-towns = { $count ->
        [one] { $count }{"\u00A0"}Kommune
       *[other] { $count }{"\u00A0"}Kommunen
    }
peers-source = Quelle: { $source }.
peers-source-synthetic = Quelle: { $source }. { present-synthetic-label }.
peers-peer-data = Vergleichsdaten
peers-own-excluded = Der eigene Eintrag ist in der Vergleichsdatei und zählt nicht mit.
peers-too-small = Vergleichsgruppe { $group }: nur { $towns }. Gruppen mit weniger als { $minimum } Kommunen werden zum Schutz der Beteiligten nicht gezeigt.
peers-widen-all-kinds = alle Arten von Körperschaften
peers-widen-neighbouring-sizes = auch die benachbarten Größenklassen

## present/rules.rs

rules-uncertain-score = Weniger als { $threshold } der Fragen mit einer Stufe beantwortet – der Wert ist unsicher.
rules-rating-rule = Die Stufen bauen aufeinander auf: Jede Stufe ab 2 beginnt mit „Wie Stufe n−1; zusätzlich …“ und umfasst alles der Stufe davor. Eine Stufe zählt, wenn alles vorhanden ist, was sie beschreibt; es gilt die höchste Stufe, für die das zutrifft.
rules-other-town = { $path } ist die Bewertung von „{ $other }“, nicht von „{ $own }“.

## present/duties.rs

duties-provision = { $source }, gilt seit { $since }
duties-status-open = nicht erfüllt: bewertet mit { $level }, erfüllt ab { $met_from }
duties-status-unknown = Stand unbekannt („weiß nicht“) – zuerst klären, ob die Pflicht erfüllt ist
duties-status-met = erfüllt ({ $level })
duties-intro-unclear = Gesetzliche Pflichten sind keine Frage der Reife, sondern die Untergrenze. Ob die folgenden erfüllt sind, konnte niemand sagen; das ist vor jeder anderen Maßnahme zu klären.
duties-intro-open = Gesetzliche Pflichten sind keine Frage der Reife, sondern die Untergrenze. Diese sind nicht erfüllt und gehen jeder anderen Maßnahme vor.
duties-intro-open-and-unclear = Gesetzliche Pflichten sind keine Frage der Reife, sondern die Untergrenze. Die nicht erfüllten gehen jeder anderen Maßnahme vor; bei den ungeklärten ist zuerst zu prüfen, ob sie erfüllt sind.
duties-unanswered = { $count ->
        [one] Zu einer weiteren Pflichtaufgabe ist die Frage noch nicht beantwortet.
       *[other] Zu { $count } weiteren Pflichtaufgaben ist die Frage noch nicht beantwortet.
    }

## present/narrative.rs

narrative-questions = { $count ->
        [one] { $count }{"\u00A0"}Frage
       *[other] { $count }{"\u00A0"}Fragen
    }
narrative-coverage-none = keine der { $questions } mit einer Stufe beantwortet
narrative-coverage = { $answered } von { $questions } mit einer Stufe beantwortet ({ $share })
narrative-preliminary-note = Vorläufiges Ergebnis: erst { $coverage }. Belastbar wird es ab { $threshold } der Fragen; bis dahin stehen zu Handlungsfeldern mit weniger Antworten weder Befunde noch Vergleichsränge.
narrative-title-caveat = Erst { $coverage } – das Ergebnis kann sich noch deutlich ändern.
narrative-overall-none = Für { $name } ist noch keine Frage mit einer Stufe beantwortet; es gibt noch kein Ergebnis.
narrative-overall-preliminary = { $name } erreicht vorläufig { $score } von 100 Punkten (Reifephase { $stage }); das Ergebnis kann sich noch deutlich ändern.
narrative-overall = { $name } erreicht insgesamt { $score } von 100 Punkten und steht damit in der Reifephase { $stage }: { $description }
# Dative, after „in“.
narrative-all-scored-fields = { $count ->
        [2] beiden bewerteten Handlungsfeldern
       *[other] allen { $count } bewerteten Handlungsfeldern
    }
narrative-all-compared-fields = { $count ->
        [2] beiden verglichenen Handlungsfeldern
       *[other] allen { $count } verglichenen Handlungsfeldern
    }
narrative-spread = Am weitesten ist { $name } bei { $best } ({ $best_score }), am wenigsten weit bei { $worst } ({ $worst_score }).
narrative-even = In { $fields } erreicht { $name } denselben Wert: { $points }.
narrative-all-low = { $answered ->
        [one] Die einzige beantwortete Frage steht noch auf Stufe 0 oder 1; dort bringen die ersten, oft kleinen Schritte am meisten.
       *[other] Alle { $answered } beantworteten Fragen stehen noch auf Stufe 0 oder 1; dort bringen die ersten, oft kleinen Schritte am meisten.
    }
narrative-some-low = Bei { $low } von { $answered } beantworteten Fragen steht { $name } noch auf Stufe 0 oder 1; dort bringen die ersten, oft kleinen Schritte am meisten.
narrative-no-low = { $answered ->
        [one] Die einzige beantwortete Frage steht mindestens auf Stufe 2.
       *[other] Alle { $answered } beantworteten Fragen stehen mindestens auf Stufe 2.
    }
narrative-all-lowest = { $answered ->
        [one] Die einzige beantwortete Frage steht auf Stufe 0.
       *[other] Alle { $answered } beantworteten Fragen stehen auf Stufe 0: { $name } steht überall am Anfang. Gerade dann bringen die ersten, kleinen Schritte am meisten.
    }
narrative-all-highest = { $answered ->
        [one] Die einzige beantwortete Frage steht auf der höchsten Stufe 4.
       *[other] Alle { $answered } beantworteten Fragen stehen auf der höchsten Stufe 4. Der Fragebogen nennt hier keine nächsten Schritte mehr; es geht darum, das Erreichte zu halten und weiterzugeben.
    }
narrative-peers-only-field-at-median = Im einzigen verglichenen Handlungsfeld liegt { $name } mindestens auf dem Median der Vergleichsgruppe.
narrative-peers-only-field-below = Im einzigen verglichenen Handlungsfeld, { $fields }, liegt { $name } unter dem Median der Vergleichsgruppe.
narrative-peers-all-at-median = In { $fields } liegt { $name } mindestens auf dem Median der Vergleichsgruppe.
narrative-peers-all-below = In { $fields } liegt { $name } unter dem Median der Vergleichsgruppe.
narrative-peers-some-below = In { $below } von { $compared } verglichenen Handlungsfeldern liegt { $name } unter dem Median der Vergleichsgruppe: { $fields }.
narrative-uncertain = { $count ->
        [one] Bei { $names } sind weniger als { $threshold } der Fragen mit einer Stufe beantwortet; der Wert ist unsicher und trägt keinen Befund.
       *[other] Bei { $names } sind weniger als { $threshold } der Fragen mit einer Stufe beantwortet; diese Werte sind unsicher und tragen keine Befunde.
    }
narrative-unanswered-fields = { $count ->
        [one] Zu { $names } ist noch keine Frage mit einer Stufe beantwortet; das Handlungsfeld hat noch keinen Wert.
       *[other] Zu { $names } ist noch keine Frage mit einer Stufe beantwortet; diese Handlungsfelder haben noch keinen Wert.
    }
narrative-facade-not-ahead = { $front_end } läuft { $back_end } nicht davon.
narrative-similar-level = { $culture } und { $resources } sind ähnlich weit.
# $checked: „some“ when one of the two imbalances could be checked, else „none“.
narrative-unchecked = Ob { $checked ->
        [some] die andere typische Schieflage
       *[none] eine der typischen Schieflagen
    } vorliegt, lässt sich erst sagen, wenn bei { $names } mindestens { $threshold } der Fragen mit einer Stufe beantwortet sind.

## model/profile.rs: forms of shared administration, kinds of body, size classes.

profile-federation-verbandsgemeinde = Verbandsgemeinde
profile-federation-amt = Amt
profile-federation-samtgemeinde = Samtgemeinde
profile-federation-verwaltungsgemeinschaft = Verwaltungsgemeinschaft
profile-federation-gemeindeverwaltungsverband = Gemeindeverwaltungsverband
profile-federation-verwaltungsverband = Verwaltungsverband
profile-federation-mitverwaltung = Mitverwaltung
profile-federation-erfuellende-gemeinde = Erfüllende Gemeinde
profile-federation-other = Andere gemeinsame Verwaltung
profile-kind-gemeinde = Gemeinde
profile-kind-stadt = Kreisangehörige Stadt
profile-kind-kreisfreie-stadt = Kreisfreie Stadt
profile-kind-landkreis = Landkreis
profile-kind-gemeindeverband = Amt / Verbandsgemeinde
profile-size-under-5k = unter 5.000 Einw.
profile-size-5k-to-10k = 5.000–9.999 Einw.
profile-size-10k-to-20k = 10.000–19.999 Einw.
profile-size-20k-to-50k = 20.000–49.999 Einw.
profile-size-50k-to-100k = 50.000–99.999 Einw.
profile-size-over-100k = ab 100.000 Einw.

## model/plan.rs

plan-status-proposed = vorgeschlagen
plan-status-adopted = beschlossen
plan-status-in-progress = in Arbeit
plan-status-done = erledigt
plan-status-dropped = zurückgestellt

## model/migration.rs

migration-summary = Fragebogen aktualisiert { $from } → { $to }: { $kept ->
        [one] { $kept } Antwort
       *[other] { $kept } Antworten
    } übernommen, { $mapped } über neue Fragen übernommen (davon { $merged } zusammengeführt – bitte prüfen), { $retired } beiseitegelegt (nicht mehr gefragt, in der Datei aufbewahrt), { $open ->
        [one] { $open } Frage
       *[other] { $open } Fragen
    } offen

## model/council.rs: the deciding body in running text.
## $case: nominative, accusative or dative; $gender: masculine, feminine or neuter
## (of the German name); $name: the German name, e.g. „Stadtrat“.

council-body = { $case ->
        [accusative] { $gender ->
            [masculine] den
            [neuter] das
           *[feminine] die
        }
        [dative] { $gender ->
            [feminine] der
           *[other] dem
        }
       *[nominative] { $gender ->
            [masculine] der
            [neuter] das
           *[feminine] die
        }
    } { $name }
council-body-in-text = { $gender ->
        [masculine] der
        [neuter] das
       *[feminine] die
    } { $name }

## benchmark/attrs.rs: a range of size classes.

attrs-size-under = unter { $to } Einw.
attrs-size-from = ab { $from } Einw.
attrs-size-range = { $from }–{ $to } Einw.

## workshop.rs

workshop-consensus-rule = Konsens ist der Median der abgegebenen Stufen. Bei einer geraden Zahl von Stimmen zählt die niedrigere der beiden mittleren Stufen – im Zweifel die vorsichtigere Einschätzung. „Weiß nicht“ und „trifft nicht zu“ werden gezählt, gehen aber nicht in Konsens und Spannweite ein. Ab einer Spannweite von zwei Stufen: besprechen.

## progress.rs

progress-title = Was sich seit { $year } verändert hat

## present/resolution.rs: the one resolution, by the assessment's state.

resolution-carry-out = Die Verwaltung führt die Selbstbewertung durch – bisher sind { $coverage } – und legt das Ergebnis vor. Über Maßnahmen und Mittel wird erst auf dieser Grundlage entschieden.
resolution-name-responsible = Die Verwaltung benennt eine verantwortliche Person für die Digitalisierung.
resolution-keep-level = Die Verwaltung hält das erreichte Niveau: Sie legt fest, wer die digitalen Abläufe pflegt und wann sie überprüft werden, und gibt ihre Erfahrungen an andere Kommunen weiter. Ein Maßnahmenplan ist nicht erforderlich.
# $count: measures in the roadmap; $short: how many of them are short-term.
resolution-present-plan = { $count ->
        [0] Die Verwaltung legt binnen sechs Monaten einen Maßnahmenplan mit Verantwortlichen, Beginn und Kosten vor; Grundlage sind die priorisierten Maßnahmen dieses Berichts.
       *[other] Die Verwaltung legt binnen sechs Monaten einen Maßnahmenplan mit Verantwortlichen, Beginn und Kosten vor; Grundlage sind die { $count } Maßnahmen des Fahrplans (Abschnitt „Maßnahmen und Fahrplan“){ $short ->
            [0] .
            [one] ; mit der kurzfristigen Maßnahme darunter beginnt sie sofort.
           *[other] ; mit den { $short } kurzfristigen darunter beginnt sie sofort.
        }
    }
resolution-time-and-money = Für die Digitalisierung werden ein fester Stellenanteil und ein jährliches Budget vorgesehen; die Beträge nennt der Maßnahmenplan.
resolution-leadership = Die Digitalisierung ist Chefsache: Die Verwaltungsleitung verantwortet messbare Ziele, die der Maßnahmenplan nennt.
resolution-processes-first = Neue Online-Angebote werden erst gestartet, wenn die Abläufe dahinter ohne Medienbruch digital laufen.
resolution-report-yearly = Die Verwaltung berichtet { $body_dative } jährlich, wie das erreichte Niveau gehalten wird.

## present/peers.rs: a benchmark file's source.

peers-generator-source = synthetische Beispieldaten des Reifegrad-Generators (Startwert { $seed }, { $entries } Einträge)
peers-file-source = { $source } (aus der Vergleichsdatei)
