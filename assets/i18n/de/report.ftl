sections-title-digitalisation-strategy-outline = STRATEGIEPAPIER DIGITALISIERUNG
sections-title-digital-maturity-of-administration = Digitaler Reifegrad der Verwaltung
sections-title-preliminary-overall-result = Vorläufiges Gesamtergebnis
sections-title-overall-result = Gesamtergebnis
sections-title-out-of-100-points = von 100 Punkten
sections-title-no-result-yet = Noch kein Ergebnis
sections-title-assessment-date = Stand der Bewertung
sections-title-questionnaire = Fragebogen
sections-title-version = Version
sections-title-contributors = Mitwirkende
sections-title-comparison = Vergleich
sections-title-scale-of-maturity-phases = Skala der Reifephasen
sections-changes-no-question-answered-with = Keine Frage, die beide Male mit einer Stufe beantwortet wurde, hat ihre Stufe verändert.
sections-changes-moved-up = Gestiegen
sections-changes-moved-down = Gesunken
sections-changes-only-questions-answered-with = Verglichen werden nur Fragen, die beide Male mit einer Stufe beantwortet wurden; „weiß nicht“ und „trifft nicht zu“ zählen wie überall nicht mit.
sections-profile-profile-of-fields = { $count ->
        [one] Profil des Handlungsfelds
        [2] Profil der zwei Handlungsfelder
        [3] Profil der drei Handlungsfelder
        [4] Profil der vier Handlungsfelder
        [5] Profil der fünf Handlungsfelder
        [6] Profil der sechs Handlungsfelder
       *[other] Profil der { $count } Handlungsfelder
    }
sections-profile-coverage = Abdeckung
sections-profile-peer-median = Median Vergleich
sections-profile-better-than = Besser als
sections-profile-created-without-peer-data = Ohne Vergleichsdaten erstellt: keine Vergleichsdatei angegeben.
sections-profile-radar-chart-needs-at = Für ein Netzdiagramm sind mindestens drei Handlungsfelder nötig.
sections-profile-own-scores = Eigene Werte:
sections-profile-middle-half-of-peers = Mittlere Hälfte der Vergleichsgruppe (25. bis 75. Perzentil)
sections-profile-radar-chart-of-score = Netzdiagramm der Punkte je Handlungsfeld (0–100)
sections-roadmap-measures-and-roadmap = Maßnahmen und Fahrplan
sections-roadmap-measures-come-from-questionnaire = Die Maßnahmen stammen aus dem Fragebogen: Zu jeder Frage ist beschrieben, was den nächsten Schritt ausmacht. Ihre Priorität ergibt sich aus dem Gewicht der Frage, dem Abstand zur höchsten Stufe und – wo Vergleichsdaten vorliegen – dem Rückstand auf die Vergleichsgruppe. In jedem Zeitraum stehen Arbeit an Abläufen und mit Menschen vor Technik: Ein schlechter Prozess wird nicht besser, wenn man ihn digitalisiert. Die Nummer vor jeder Maßnahme ist ihr Rang nach Priorität.
sections-roadmap-these-measures-lead-towards = Diese Maßnahmen führen zu gesetzlichen Pflichten, die noch nicht erfüllt sind; sie gehen allen anderen vor.
sections-roadmap-no-measures-yet-no = Noch keine Maßnahmen: Es ist noch keine Frage mit einer Stufe beantwortet.
sections-roadmap-no-measures-every-answered = Keine Maßnahmen: Alle beantworteten Fragen stehen auf der höchsten Stufe 4.
sections-roadmap-distance-to-peers-computed = Rückstand auf die Vergleichsgruppe berechnet mit:
sections-roadmap-below-peer-median = unter dem Vergleichsmedian
sections-summary-summary = Zusammenfassung
sections-summary-key-findings = Die wichtigsten Befunde
sections-digital-maturity = Digitaler Reifegrad
sections-dimensions-fields-in-detail = Die Handlungsfelder im Einzelnen
sections-dimensions-strengths-are-questions-with = Stärken sind die Fragen mit der höchsten erreichten Stufe, Lücken die Fragen unterhalb der Stärken mit dem größten gewichteten Abstand zur Stufe 4. Die Anmerkungen stammen aus der Bewertung.
sections-dimensions-phase = Reifephase
sections-dimensions-questions-answered-with-level = Fragen mit Stufe beantwortet
sections-dimensions-strengths = Stärken
sections-dimensions-no-question-at-level = Noch keine Frage mit Stufe 2 oder höher.
sections-dimensions-largest-gaps = Größte Lücken
sections-dimensions-every-answered-question-is = Alle beantworteten Fragen stehen auf der höchsten Stufe 4.
sections-dimensions-team-s-comments = Anmerkungen des Teams
sections-dimensions-on = zu
sections-method-how-scores-are-computed = So wird gerechnet
sections-discussion-for-no-question-were = Bei keiner Frage lagen die Stimmen zwei oder mehr Stufen auseinander.
sections-discussion-still-open = noch offen
sections-discussion-consensus-median-level = Konsens (Median): Stufe
sections-discussion-agreed = vereinbart:
sections-appendix-appendix-all-questions-and = Anhang: Alle Fragen und Antworten
sections-appendix-not-answered = Nicht beantwortet
sections-appendix-measure = Maßnahme
council-paper-timeline-time-plan = Zeitplan
council-paper-timeline-no-measure-has-start = Für keine Maßnahme ist ein Beginn eingetragen; der Zeitplan folgt, sobald der Maßnahmenplan Quartale nennt.
council-paper-timeline-to = bis
council-paper-timeline-time-plan-of-measures = Zeitplan der Maßnahmen
council-paper-council-proposal = Beschlussvorlage
council-paper-subject = Betreff
council-paper-proposed-resolution = Beschlussvorschlag
council-paper-owner-to-be-named = Verantwortung noch offen
council-paper-responsible = verantwortlich
council-paper-start = Beginn
council-paper-no-costs-have-been = Für die Maßnahmen sind noch keine Kosten beziffert; die Verwaltung legt sie mit dem nächsten Haushaltsentwurf vor.
council-paper-targets-per-field-under = Die Ziele je Handlungsfeld unter „Kennzahlen“ gelten für die nächste Selbstbewertung.
council-paper-self-assessment-is-repeated = Die Selbstbewertung wird in zwölf Monaten wiederholt; das Ergebnis wird veröffentlicht.
council-paper-facts-and-reasons = Sachverhalt und Begründung
council-paper-financial-implications = Finanzielle Auswirkungen
council-paper-measures-plan-has-no = Im Maßnahmenplan sind keine Kosten und kein Beginn eingetragen. Diese Vorlage nennt deshalb keine Beträge; sie werden ergänzt, sobald die Verwaltung die Kosten der Maßnahmen beziffert hat.
council-paper-measures-plan-contains-no = Im Maßnahmenplan sind keine Kosten eingetragen. Diese Vorlage nennt deshalb keine Beträge.
council-paper-budget-year = Haushaltsjahr
council-paper-one-off = Einmalig
council-paper-recurring = Laufend
council-paper-total = Summe
council-paper-total-2 = Gesamt
council-paper-indicators = Kennzahlen
council-paper-no-targets-for-next = Für die Handlungsfelder sind noch keine Ziele für die nächste Bewertung festgelegt.
council-paper-today = Heute
council-paper-target-next-assessment = Ziel nächste Bewertung
council-paper-measures-in-measures-plan = Maßnahmen im Maßnahmenplan (Ansicht „Maßnahmenplan“)
council-paper-owner-per-measure = Verantwortliche je Maßnahme
council-paper-start-quarter-per-measure = der Beginn je Maßnahme (Quartal)
council-paper-costs-per-measure-one = Kosten je Maßnahme (einmalig oder jährlich)
council-paper-targets-per-field = Ziele je Handlungsfeld
council-paper-date-of-next-assessment = der Termin der nächsten Bewertung
council-paper-for-complete-proposal-these = Für eine vollständige Vorlage fehlen noch:
council-paper-too-incomplete-for-result = Die Selbstbewertung ist noch zu unvollständig für ein Gesamtergebnis; die Begründung ergänzt die Verwaltung, sobald mehr Fragen beantwortet sind.
changes-intro = Verglichen wird mit der Bewertung vom { $date } nach demselben Fragebogen. Punkte je Handlungsfeld (0–100); die letzte Spalte zeigt die Veränderung gegenüber { $year }.
changes-moved-heading = { $title } ({ $count ->
        [one] { $count } Frage
       *[other] { $count } Fragen
    })
changes-unmatched-answers = { $count ->
        [one] { $count } Antwort früherer Bewertungen gehört zu Fragen, die der Fragebogen in Version { $version } nicht mehr enthält; sie ist in den Werten nicht enthalten.
       *[other] { $count } Antworten früherer Bewertungen gehören zu Fragen, die der Fragebogen in Version { $version } nicht mehr enthält; sie sind in den Werten nicht enthalten.
    }
profile-table-note = Punkte 0–100; die Ringe im Diagramm markieren die Grenzen der Reifestufen. Abdeckung: Anteil der Fragen, die mit einer Stufe beantwortet sind (mit „!“ markiert: unter { $threshold }, der Wert ist unsicher).
profile-peers-note = Besser als: Anteil der Vergleichskommunen mit niedrigerem Wert. „–“ beim Vergleich: weniger als { $min } Vergleichswerte, daher aus Datenschutzgründen nicht gezeigt.
roadmap-further-measures = { $count ->
        [one] Eine weitere Maßnahme mit geringerer Priorität steht mit ihrer Nummer im Anhang bei ihrer Frage.
       *[other] { $count } weitere Maßnahmen mit geringerer Priorität stehen mit ihren Nummern im Anhang bei ihren Fragen.
    }
summary-council-heading = Beschlussvorschlag für { $body_accusative }
page-of-total = Seite { $page } von { $total }
dimensions-none-answered = Noch keine der { $count ->
        [one] { $count } Frage
       *[other] { $count } Fragen
    } dieses Handlungsfelds ist mit einer Stufe beantwortet; es hat daher noch keinen Wert, keine Stärken und keine Lücken.
dimensions-dont-know = Bei { $count ->
        [one] { $count } Frage
       *[other] { $count } Fragen
    } lautete die Antwort „weiß nicht“ – das sollte geklärt werden.
method-levels = Jede Frage hat fünf beschriebene Stufen von 0 bis 4. { $rating_rule } „Weiß nicht“ und „trifft nicht zu“ zählen nicht mit.
method-scores = Der Wert eines Handlungsfelds ist 100 × Σ(Gewicht × Stufe) / Σ(Gewicht × 4) über seine beantworteten Fragen, die Abdeckung der Anteil der mit einer Stufe beantworteten Fragen (unter { $threshold } gilt der Wert als unsicher). Der Gesamtwert ist der nach Handlungsfeldern gewichtete Mittelwert, und die Stufen entsprechen Punktbändern ({ $bands }).
discussion-intro = Fragen, bei denen die Stimmen im Workshop zwei oder mehr Stufen auseinanderlagen, die größte Uneinigkeit zuerst. { $consensus_rule }
appendix-evidence-label = Nachweis:
appendix-comment-pointer = Anmerkung des Teams: siehe Handlungsfeld { $field }
pdf-title = Digitaler Reifegrad – { $name }
pdf-subject = Selbstbewertung des digitalen Reifegrads der Verwaltung, Maßnahmen und Beschlussvorlage
council-paper-subject-line = { $state ->
        [empty] Digitalisierung der Verwaltung von { $name }: Selbstbewertung des digitalen Reifegrads (begonnen am { $date })
        [preliminary] Digitalisierung der Verwaltung von { $name }: vorläufiges Ergebnis der Selbstbewertung vom { $date }
        [keep] Digitalisierung der Verwaltung von { $name }: Ergebnis der Selbstbewertung vom { $date } und Erhalt des erreichten Niveaus
       *[plan] Digitalisierung der Verwaltung von { $name }: Maßnahmenplan{ $years } auf Grundlage der Selbstbewertung vom { $date }
    }
council-paper-resolves = { $body } beschließt:
council-paper-open-duties-item = { $heading }: Die Verwaltung erfüllt vorrangig die folgenden gesetzlichen Pflichten, die noch nicht erfüllt sind:
council-paper-unknown-duties-item = Die Verwaltung klärt, ob diese gesetzlichen Pflichten erfüllt sind (bisher „weiß nicht“), und berichtet das Ergebnis: { $duties }.
council-paper-complete-first-item = Die Verwaltung vervollständigt die Selbstbewertung – bisher sind { $coverage } – und legt das Ergebnis erneut vor, bevor weitere Maßnahmen beschlossen werden.
council-paper-measures-adopted = { $count ->
        [one] Die folgende Maßnahme wird beschlossen:
       *[other] Die folgenden { $count } Maßnahmen werden beschlossen:
    }
council-paper-budget-item = Für die Umsetzung werden im Haushalt bereitgestellt: { $per_year } (Aufstellung unter „Finanzielle Auswirkungen“).
council-paper-repeat-by = Die Selbstbewertung wird bis zum { $date } wiederholt; das Ergebnis wird veröffentlicht.
council-paper-report-item = Die Verwaltung berichtet { $body_dative } halbjährlich über den Stand der Umsetzung.
council-paper-recurring-costs = Laufende Kosten sind ab dem Beginnjahr bis { $last } angesetzt (mittelfristige Finanzplanung); Beträge wie im Maßnahmenplan eingetragen.
council-paper-uncosted = Ohne Kosten oder Beginn und daher nicht enthalten: { $measures }.
council-paper-person-days = Interner Aufwand laut Plan: { $days } Personentage.
council-paper-reasons-result = Die Verwaltung hat am { $date } ihren digitalen Reifegrad mit dem Fragebogen { $questionnaire } (Version { $version }) selbst bewertet. Ergebnis: { $score } von 100 Punkten, { $phase } ({ $stage }). Die Stärken und Lücken je Handlungsfeld stehen in den vorangehenden Abschnitten.
council-paper-reasons-planned = Der Maßnahmenplan greift die vordringlichen der daraus abgeleiteten Maßnahmen auf.
council-paper-reasons-measures = Die daraus abgeleiteten Maßnahmen stehen im Abschnitt „Maßnahmen und Fahrplan“; einen Maßnahmenplan mit Kosten hat die Verwaltung noch nicht aufgestellt.
council-paper-reasons-nothing-to-plan = Alle beantworteten Fragen stehen auf der höchsten Stufe; es ergeben sich keine weiteren Maßnahmen.
council-paper-number = Vorlage Nr. / Drucksache
council-paper-submitted-by = Vorgelegt von
council-paper-date = Datum
council-paper-dates = { $paper } (Selbstbewertung vom { $assessment })
council-paper-deliberation = Beratungsfolge
council-paper-deliberation-line = { $body } – Sitzung am { $blank } (Entscheidung)
council-paper-no-spending = Keine: Dieser Beschluss sieht keine Ausgaben vor.
council-paper-attachments = Anlagen
council-paper-attachment-strategy = Anlage { $number }: Strategiepapier { $title } auf Grundlage der Selbstbewertung vom { $date } (dieser Bericht)
summary-council-same-text = Wortlaut wie in der Beschlussvorlage am Ende dieses Berichts:
sections-dimensions-no-clear-gap = Keine beantwortete Frage liegt unter der Stufe der Stärken (Stufe { $level }); eine deutliche Lücke zeigt dieses Handlungsfeld nicht.
