# The spreadsheet export (src/sheets/, `reifegrad export`, the app's „Tabelle exportieren…“).

## Sheet names (at most 31 characters, none of : \ / ? * [ ])
export-sheet-answers = Antworten
export-sheet-results = Ergebnis
export-sheet-measures = Maßnahmen
export-sheet-info = Info

## Column headings
export-col-field = Handlungsfeld
export-col-number = Nr.
export-col-question = Frage
export-col-level = Stufe
export-col-anchor = Beschreibung der gewählten Stufe
export-col-without-level = Weiß nicht / trifft nicht zu
export-col-comment = Kommentar
export-col-evidence = Belege
export-col-votes = Stimmen
export-col-median = Median der Stimmen
export-col-spread = Spannweite
export-col-distribution = Verteilung der Stimmen
export-col-score = Punkte (0–100)
export-col-coverage = Abdeckung
export-col-answered = Beantwortet
export-col-questions = Fragen
export-col-stage = Reifephase
export-col-note = Hinweis
export-col-peer-median = Median der Vergleichsgruppe
export-col-percentile = Besser als … % der Vergleichsgruppe
export-col-peer-count = Vergleichswerte (Anzahl)
export-col-measure = Maßnahme
export-col-owner = Verantwortlich
export-col-start = Beginn (Quartalsanfang)
export-col-quarter = Quartal
export-col-duration = Dauer (Quartale)
export-col-one-off = Einmalige Kosten
export-col-yearly = Kosten pro Jahr
export-col-person-days = Personentage
export-col-target-level = Ziel-Stufe
export-col-status = Status
export-col-item = Angabe
export-col-value = Wert

## Cells
export-overall = Gesamt
export-preliminary = vorläufig (Abdeckung unter { $threshold })
export-vote-count = { $response }: { $count }

## The Info sheet
export-info-town = Kommune
export-info-state = Bundesland
export-info-kind = Art der Kommune
export-info-population = Einwohnerzahl
export-info-size-class = Größenklasse
export-info-questionnaire = Fragebogen
export-info-version = Version des Fragebogens
export-info-date = Datum der Bewertung
export-info-respondents = Beteiligte
export-info-participants = Workshop-Teilnehmende
export-info-names-left-out = beim Export weggelassen
export-info-consensus = Median der Stimmen
export-info-peer-group = Vergleichsgruppe
export-info-peer-source = Quelle der Vergleichswerte
export-info-no-peers = keine (ohne Vergleichsdatei exportiert)
export-info-next-assessment = Nächste Bewertung geplant
export-info-rounding = Rundung
export-info-rounding-rule = Punkte auf eine Nachkommastelle, Anteile auf ganze Prozent, jeweils ab 5 aufgerundet – wie in App, Bericht und Kommandozeile.

## Number formats (spreadsheet notation: DD, MM, YYYY; #,##0 with the currency sign)
export-date-format = DD.MM.YYYY
export-euro-format = #,##0 "€"

## Messages
export-unknown-format = { $path }: unbekanntes Tabellenformat „{ $extension }“. Möglich sind .ods (LibreOffice), .xlsx (Excel) und .csv (nur die Antworten).
export-missing-format = { $path }: Der Dateiname hat keine Endung. Möglich sind .ods (LibreOffice), .xlsx (Excel) und .csv (nur die Antworten).
export-write-failed = Die Tabelle konnte nicht nach { $path } geschrieben werden: { $reason }
export-build-failed = Die Tabelle konnte nicht erstellt werden: { $reason }
export-written = Tabelle für „{ $name }“ geschrieben: { $path } ({ $size })

## The app
export-command = Tabelle exportieren…
export-dialog-title = Bewertung als Tabelle speichern
export-options-title = Tabelle exportieren
export-options-text = Die Tabelle enthält Antworten, Ergebnis, Maßnahmenplan und Angaben zur Kommune. Format nach der Endung des Dateinamens: .ods, .xlsx oder .csv.
export-without-names = Namen der Workshop-Teilnehmenden weglassen
export-choose-file = Speicherort wählen…
export-saved = Tabelle gespeichert:
export-not-saved = Tabelle konnte nicht gespeichert werden:
