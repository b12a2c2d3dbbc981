score-column-field = Dimension
score-column-score = Punkte
score-column-coverage = Abdeckung
score-column-answered = Beantwortet
score-column-phase = Reifephase
score-column-median = Median
score-column-middle-half = Mitte 50 %
score-column-better-than = besser als
score-overall-preliminary = Gesamt (vorläufig)
score-overall = Gesamt
score-findings = Befunde
score-findings-mean = Was die Befunde bedeuten
score-peer-group-line = Vergleichsgruppe: { $group }; verglichen mit { $towns }.
score-too-few-values = weniger als { $min } Vergleichswerte, daher nicht gezeigt.
score-widen-suggestion = Vorschlag: { $change } ({ $towns }){ $flags }.
cli-window-failed = Reifegrad konnte das Fenster nicht öffnen: { $error }
cli-example-written = Beispielbewertung „{ $name }“ geschrieben: { $path }
cli-report-written = Bericht für „{ $name }“ geschrieben: { $path } ({ $size })
cli-compare-other-town = { $reason } --compare nimmt nur frühere Bewertungen derselben Kommune.
cli-history-heading = Veränderung seit { $year } (Bewertung vom { $date }):
cli-history-moved-up = Gestiegen
cli-history-moved-down = Gesunken
cli-history-level = Stufe
cli-contribute-token-saved = Kennzeichen des Beitrags in der Bewertung gespeichert (damit der eigene Eintrag beim Vergleich nicht mitzählt).
cli-contribute-token-not-saved = Hinweis: Das Kennzeichen des Beitrags konnte nicht in der Bewertung gespeichert werden; der eigene Eintrag zählt dann beim Vergleich mit.
cli-contribution-written = Anonymisierter Beitrag geschrieben: { $path } ({ $size_class }, { $state }, { $kind }, { $year }, { $count ->
        [one] { $count } Punktwert
       *[other] { $count } Punktwerte
    }; ohne Name, Einwohnerzahl, Kommentare und Beteiligte).
cli-all-states = alle Länder
cli-all-kinds = alle Arten
cli-merge-file-refused = Hinweis: Diese Datei wird nicht übernommen.
cli-merge-written = Vergleichsdatei geschrieben: { $path } mit { $count ->
        [one] { $count } Eintrag
       *[other] { $count } Einträgen
    }. { $report }
cli-note = Hinweis: { $note }
cli-generate-written = Synthetische Vergleichsdatei geschrieben: { $path } ({ $count ->
        [one] { $count } Eintrag
       *[other] { $count } Einträge
    }, Startwert { $seed }). Synthetische Beispieldaten – keine echten Kommunen.
cli-drill-no-questions = Der Fragebogen hat keine Fragen.
cli-drill-open-elsewhere = Die Datei ist bereits geöffnet: { $holder }
cli-drill-read-only = Die Datei ist schreibgeschützt.
cli-choices = erlaubt sind own, all, { $names }
cli-whole-number = erwartet wird eine ganze Zahl wie 2026
