# Mitarbeitendenbefragung: Bausatz, Import, Ergebnisse.

## Warum ein Antwortbogen nicht gezählt wird

survey-refused-other-survey = Der Antwortbogen gehört zu einer anderen Befragung („{ $found }“) und wird nicht gezählt.
survey-refused-other-questionnaire = Der Antwortbogen wurde für den Fragebogen „{ $found }“ gemacht, die Befragung nutzt „{ $expected }“; er wird nicht gezählt.
survey-refused-duplicate = Dieser Antwortbogen ist schon gezählt; er zählt nur einmal.
survey-refused-bad-id = Der Antwortbogen hat keine gültige Kennung (12 Zeichen 0–9 und a–f) und wird nicht gezählt.
survey-refused-unknown-group = Die Gruppe „{ $group }“ gibt es in dieser Befragung nicht; der Antwortbogen wird nicht gezählt.
survey-refused-unknown-question = Die Frage „{ $question }“ wird in dieser Befragung nicht gestellt; der Antwortbogen wird nicht gezählt.
survey-refused-bad-level = Für die Frage „{ $question }“ steht die Stufe { $level }; erlaubt sind 0 bis 4. Der Antwortbogen wird nicht gezählt.
survey-refused-bad-tally = Die Strichliste braucht eine Bündel-Bezeichnung („bundle“) und eine Zahl der Bögen („sheets“) von 1 bis 999, und keine Frage darf mehr Striche als Bögen haben.
survey-refused-bad-code = Der Code ist nicht lesbar: Er muss mit „RS1-“ beginnen, zu dieser Befragung passen, und die Prüfziffern am Ende müssen stimmen. Bitte Zeichen für Zeichen vergleichen.

## Das HTML-Formular

survey-form-title = Mitarbeitendenbefragung zur Digitalisierung
survey-form-file-prefix = umfrage-antwort-
survey-form-intro = { $count ->
    [one] Eine Frage, etwa eine Minute. Die Befragung ist anonym: Es gibt kein Feld für Namen oder freien Text, und diese Seite sendet nichts. Wählen Sie die Stufe, die Ihren Arbeitsalltag am besten beschreibt, oder „Weiß nicht“. Am Ende speichern Sie eine kleine Antwortdatei oder kopieren einen Code und geben ihn wie vereinbart ab (E-Mail oder gemeinsamer Ordner).
   *[other] { $count } Fragen, etwa zehn Minuten. Die Befragung ist anonym: Es gibt kein Feld für Namen oder freien Text, und diese Seite sendet nichts. Wählen Sie je Frage die Stufe, die Ihren Arbeitsalltag am besten beschreibt, oder „Weiß nicht“. Am Ende speichern Sie eine kleine Antwortdatei oder kopieren einen Code und geben ihn wie vereinbart ab (E-Mail oder gemeinsamer Ordner).
}
survey-form-group = Ihr Bereich (freiwillig; gezeigt wird ein Bereich erst ab 5 Antworten)
survey-form-no-group = keine Angabe
survey-form-level = Stufe { $level }
survey-form-dont-know = Weiß nicht
survey-form-progress = { $done } von { $total } Fragen beantwortet
survey-form-save = Antwortdatei speichern
survey-form-show-code = Code anzeigen
survey-form-code-label = Ihr Antwort-Code
survey-form-saved = Danke! Die Antwortdatei ist gespeichert (im Download-Ordner). Geben Sie sie wie vereinbart ab. Statt der Datei können Sie auch diesen Code abgeben:
survey-form-code-shown = Danke! Geben Sie diesen Code wie vereinbart ab (er enthält Ihre Antworten, keinen Namen):

## Ergebnisse

survey-level = Stufe { $level }
survey-no-level = keine Stufe
survey-median = Median { $median } (n = { $n })
survey-hidden = weniger als { $k } Antworten mit einer Stufe
survey-comparison-line = Leitung: { $officer } — Mitarbeitende: { $staff }
survey-dont-know-count = weiß nicht: { $count }
survey-finding-higher = Bei { $question } sieht die Leitung Stufe { $officer }, die Mitarbeitenden im Median Stufe { $median } (n = { $n }): Die Leitung schätzt den Stand um { $difference } Stufen höher ein.
survey-finding-lower = Bei { $question } sieht die Leitung Stufe { $officer }, die Mitarbeitenden im Median Stufe { $median } (n = { $n }): Die Mitarbeitenden schätzen den Stand um { $difference } Stufen höher ein.
survey-summary-no-gap = Mitarbeitendenbefragung: { $sheets ->
    [one] 1 Antwortbogen
   *[other] { $sheets } Antwortbögen
} zu { $count ->
    [one] 1 Frage
   *[other] { $count } Fragen
}; bei keiner der verglichenen Fragen liegen Leitung und Mitarbeitende 2 Stufen oder mehr auseinander.
survey-summary-gaps = Mitarbeitendenbefragung: { $sheets ->
    [one] 1 Antwortbogen
   *[other] { $sheets } Antwortbögen
} zu { $count ->
    [one] 1 Frage
   *[other] { $count } Fragen
}; bei { $gaps ->
    [one] 1 Frage
   *[other] { $gaps } Fragen
} liegen Leitung und Mitarbeitende 2 Stufen oder mehr auseinander.
survey-privacy-note = Gezeigt wird eine Verteilung erst ab { $k } Antworten; ein Bereich wird auch dann nicht gezeigt, wenn sich aus „alle“ und den übrigen Bereichen die Antworten von weniger als { $k } Personen errechnen ließen. „Weiß nicht“ wird nur für alle gezählt.

## Bausatz und Papierformular

survey-kit-unknown-question = Die Frage „{ $question }“ gibt es im Fragebogen nicht.
survey-kit-not-for-staff = Die Frage „{ $question }“ ist nicht für die Mitarbeitendenbefragung vorgesehen (im Fragebogen „staff_survey: Some(true)“ setzen, um sie zu erlauben).
survey-kit-no-question = Die Befragung braucht mindestens eine Frage.
survey-kit-too-many-questions = { $count } Fragen sind zu viele; höchstens { $max } (etwa zehn Minuten).
survey-kit-duplicate-question = Die Frage „{ $question }“ ist doppelt gewählt.
survey-kit-too-many-groups = { $count } Gruppen sind zu viele; höchstens { $max }.
survey-kit-bad-group = Der Gruppenname „{ $group }“ ist leer, doppelt, länger als { $max } Zeichen oder enthält ein Steuerzeichen.
survey-paper-intro = {$count ->
    [one] Eine Frage.
   *[other] {$count} Fragen, etwa zehn Minuten.
} Die Befragung ist anonym: Bitte keinen Namen eintragen. Kreuzen Sie je Frage genau ein Kästchen an – die Stufe, die Ihren Arbeitsalltag am besten beschreibt, oder „Weiß nicht“.
survey-paper-id = Befragung {$id}
survey-paper-return = Bitte den Bogen gefaltet in die Sammelbox legen. Ausgewertet werden nur Zählungen; ein Bereich wird erst ab 5 Antworten gezeigt.
survey-paper-subject = Anonyme Mitarbeitendenbefragung: Formular und Strichliste
survey-tally-title = Strichliste
survey-tally-intro = Für ein Bündel Papierbögen der Befragung {$id}: je Frage die Kreuze pro Stufe als Striche zählen, dann die Zahlen in die Strichlisten-Datei eintragen und mit „reifegrad survey tally“ oder in der App einlesen. Ein Bündel zählt einmal (nach seiner Bezeichnung).
survey-tally-bundle = Bündel (z. B. „Bauamt 1“)
survey-tally-group = Gruppe
survey-tally-sheets = Zahl der Bögen
survey-tally-question = Frage

## Kommandozeile

survey-file-html = umfrage.html
survey-file-pdf = umfrage-formular.pdf
survey-file-tally = strichliste.ron
survey-cli-kit-exists = Die Bewertung hat schon eine Befragung mit { $sheets } Antwortbögen; „--replace“ ersetzt sie (die Zählungen gehen dabei verloren).
survey-cli-kit-written = Befragung {$id} mit {$count ->
    [one] 1 Frage
   *[other] {$count} Fragen
} in der Bewertung gespeichert; geschrieben: {$files}
survey-cli-no-survey = Die Bewertung hat noch keine Befragung; zuerst „reifegrad survey kit“ ausführen.
survey-cli-import-result = Gezählt: {$added}, schon gezählt: {$duplicates}, abgelehnt: {$refused}; die Befragung hat jetzt {$total} Antwortbögen.
survey-cli-tally-result = Strichlisten gezählt: {$added}, abgelehnt: {$refused}; die Befragung hat jetzt {$total} Antwortbögen.
survey-cli-gap = Abstand {$gap}
survey-group-hidden = nicht gezeigt (Datenschutz)

## PDF-Bericht

survey-section-title = Mitarbeitendenbefragung
survey-column-question = Frage
survey-column-leadership = Leitung
survey-column-staff = Mitarbeitende
survey-column-gap = Abstand
survey-column-distribution = Verteilung (Stufe: Zahl)

## App

survey-ui-menu = Mitarbeitendenbefragung
survey-ui-screen = Befragung
survey-ui-setup-intro = Noch keine Mitarbeitendenbefragung. Wählen Sie die Fragen (höchstens { $max }, etwa zehn Minuten) und, wenn Sie wollen, Gruppen wie Ämter; dann „Befragung anlegen“. Antworten werden nur gezählt, nie einzeln gespeichert.
survey-ui-chosen = {$count} von höchstens {$max} Fragen gewählt
survey-ui-groups = Gruppen, z. B. Ämter (eine je Zeile, freiwillig)
survey-ui-create = Befragung anlegen
survey-ui-drop = Antwortdateien hierher ziehen (mehrere auf einmal), oder einen Code eingeben. Jede Antwort zählt einmal; eine fremde oder kaputte Datei wird genannt und nicht gezählt.
survey-ui-count-code = Code zählen
survey-ui-code-counted = Code gezählt; die Befragung hat jetzt {$total} Antwortbögen.
survey-ui-write-kit = Bausatz schreiben (HTML- und Papierformular)
survey-ui-kit-written = Bausatz geschrieben: {$folder}
survey-ui-save-first = Erst die Bewertung speichern: Der Bausatz kommt in einen Ordner neben ihrer Datei.
survey-ui-open-largest-gap = Workshop mit der Frage mit dem größten Abstand beginnen

## Ergebnisse: Zustände ohne Vergleich

survey-summary-empty = Mitarbeitendenbefragung zu { $count ->
    [one] 1 Frage
   *[other] { $count } Fragen
}: noch keine Antworten gezählt.
survey-summary-not-yet = Mitarbeitendenbefragung: { $sheets ->
    [one] 1 Antwortbogen
   *[other] { $sheets } Antwortbögen
}; noch keine Frage hat { $k } Antworten mit einer Stufe und eine Stufe der Leitung, ein Vergleich folgt ab dann.
survey-errors-answers-format = Die Antwortdatei hat das Format { $found }, dieses Programm kennt bis { $known }.
survey-errors-answers-too-large = Die Datei ist größer als { $limit } kB; eine Antwortdatei ist viel kleiner.
survey-errors-not-this-kind = { $found ->
        [none] Das ist keine Reifegrad-Datei, erwartet wird „{ $expected }(…)“.
       *[other] Das ist eine Datei „{ $found }“, erwartet wird „{ $expected }(…)“.
    }
survey-cli-problem = { $text }
survey-tally-form-title = Strichliste eines Papierstapels eintragen
survey-tally-form-intro = Zählen Sie die Kreuze eines Stapels Papierbögen je Frage und Stufe und tragen Sie sie hier ein (leere Felder zählen als 0). Der Name des Stapels verhindert, dass er zweimal gezählt wird; gespeichert wird von ihm nur eine Prüfsumme.
survey-tally-form-bundle = Stapel:
survey-tally-form-bundle-hint = z. B. Bauamt, Stapel 1
survey-tally-form-group = Gruppe:
survey-tally-form-no-group = ohne Gruppe
survey-tally-form-sheets = Bögen im Stapel:
survey-tally-form-question = Frage
survey-tally-form-sum = Summe
survey-tally-form-count = Strichliste zählen
survey-tally-form-not-a-number = „{ $text }“ ist keine ganze Zahl ({ $place }); nichts wurde gezählt.
