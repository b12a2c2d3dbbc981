# Die Hilfe der Befehlszeile (`reifegrad --help`): je Befehl `args-PFAD`, je Argument
# `args-PFAD--NAME` (PFAD: die Befehle mit „-“ verbunden, „reifegrad“ für das Programm
# selbst). src/cli/help.rs setzt sie in die clap-Definition ein; ein Test prüft, dass jeder
# sichtbare Befehl und jedes sichtbare Argument seinen Text hat und jeder Text einen Ort.

args-heading-usage = Aufruf:
args-heading-arguments = Argumente
args-heading-options = Optionen
args-heading-commands = Befehle
args-help-flag = Diese Hilfe zeigen
args-version-flag = Die Version zeigen

args-reifegrad = Reifegrad – die digitale Reife von Städten und Gemeinden einschätzen. Ohne Befehl öffnet sich die App.
args-reifegrad--file = Eine Einschätzung (.reifegrad), die die App öffnet.
args-reifegrad--lang = Sprache der Meldungen, Tabellen und Berichte: de oder en (Vorgabe: aus LC_ALL, LC_MESSAGES oder LANG – Englisch, wo der Wert mit „en“ beginnt, sonst Deutsch).

args-validate = Fragebogen-, Einschätzungs- oder Vergleichsdateien prüfen; je Problem eine Zeile auf stderr.
args-validate--files = Die zu prüfenden Dateien.
args-validate--questionnaire = Fragebogen, gegen den Einschätzungen geprüft werden (Vorgabe: der mitgelieferte).

args-score = Die Werte einer Einschätzung ausgeben.
args-score--assessment = Die Einschätzung.
args-score--json = Ein JSON-Objekt statt einer Tabelle ausgeben.
args-score--questionnaire = Fragebogen der Einschätzung (Vorgabe: der mitgelieferte).
args-score--benchmark = Mit den Kommunen dieser Vergleichsdatei vergleichen.
args-score--size-class = Größenklasse der Vergleichsgruppe: own (die eigene, Vorgabe), all oder eine Klasse wie From10kTo20k.
args-score--state = Bundesland der Vergleichsgruppe: all (alle, Vorgabe), own oder ein Land wie Hessen.
args-score--kind = Art der Körperschaft in der Vergleichsgruppe: own (die eigene, Vorgabe), all oder eine Art wie Stadt.
args-score--compare = Frühere Einschätzungen derselben Kommune, mit denen verglichen wird (ohne: die in der Datei verknüpften).

args-benchmark = Vergleichsdaten: anonyme Beiträge, Zusammenführen, synthetische Beispieldaten.
args-benchmark-contribute = Einen anonymen Beitrag aus einer Einschätzung schreiben (Größenklasse, Land, Art, Jahr, Werte der Handlungsfelder – kein Name, keine Kommentare, keine Einwohnerzahl, keine Beteiligten).
args-benchmark-contribute--assessment = Die Einschätzung.
args-benchmark-contribute--output = Wohin der Beitrag geschrieben wird.
args-benchmark-contribute--questionnaire = Fragebogen der Einschätzung (Vorgabe: der mitgelieferte).
args-benchmark-merge = Beiträge und Vergleichsdateien zu einer Vergleichsdatei zusammenführen.
args-benchmark-merge--files = Beiträge und Vergleichsdateien.
args-benchmark-merge--output = Wohin die zusammengeführte Vergleichsdatei geschrieben wird.
args-benchmark-merge--source = Quellenangabe in der Vergleichsdatei (Vorgabe: „Netzwerk NAME, JAHR, N Kommunen“).
args-benchmark-merge--network = Name des Netzwerks, dessen Mitglieder beitragen, z. B. „re@di“.
args-benchmark-merge--questionnaire = Fragebogen, zu dem die Dateien gehören müssen (Vorgabe: der mitgelieferte).
args-benchmark-generate = Synthetische Beispiel-Vergleichsdaten schreiben (aus dem Startwert reproduzierbar).
args-benchmark-generate--seed = Startwert der Zufallszahlen (Vorgabe: { $default }).
args-benchmark-generate--entries = Zahl der Einträge: jede Körperschaft des Gemeindeverzeichnisses höchstens einmal (höchstens 5.570); Vorgabe { $default }, 10 % davon wie in der mitgelieferten Datei.
args-benchmark-generate--output = Wohin die Vergleichsdatei geschrieben wird.
args-benchmark-generate--questionnaire = Fragebogen, dessen Handlungsfelder Werte bekommen (Vorgabe: der mitgelieferte).

args-report = Das Strategiepapier für den Gemeinderat als PDF schreiben.
args-report--assessment = Die Einschätzung.
args-report--output = Wohin das PDF geschrieben wird.
args-report--benchmark = Vergleichsdatei mit anonymen Kommunen zum Vergleich.
args-report--questionnaire = Fragebogen der Einschätzung (Vorgabe: der mitgelieferte).
args-report--compare = Frühere Einschätzungen derselben Kommune für den Abschnitt „Was sich verändert hat“ (ohne: die in der Datei verknüpften).

args-export = Die Einschätzung als Tabelle schreiben: ODS oder XLSX (Antworten, Ergebnis, Maßnahmen, Info) oder CSV (nur die Antworten, UTF-8 mit BOM, Trennzeichen „;“) – gewählt an der Endung der Ausgabedatei.
args-export--assessment = Die Einschätzung.
args-export--output = Wohin die Tabelle geschrieben wird: DATEI.ods, DATEI.xlsx oder DATEI.csv.
args-export--benchmark = Vergleichsdatei mit anonymen Kommunen; ihr Median und Perzentil stehen im Blatt „Ergebnis“.
args-export--questionnaire = Fragebogen der Einschätzung (Vorgabe: der mitgelieferte).
args-export--without-names = Die Namen der Workshop-Teilnehmenden und der Beteiligten weglassen.

args-survey = Anonyme Mitarbeitendenbefragung: Unterlagen erstellen, Antworten und Strichlisten einlesen, den Vergleich mit der Einschätzung der Leitung zeigen.
args-survey-kit = Eine neue Befragung in die Einschätzung legen und ihre Unterlagen schreiben: das HTML-Formular, den Papierbogen mit Strichliste (PDF) und eine leere Strichlisten-Datei.
args-survey-kit--assessment = Die Einschätzung (die Befragung wird in ihr gespeichert).
args-survey-kit--output = Ordner für die Unterlagen.
args-survey-kit--questions = Eine zu stellende Frage (wiederholbar; höchstens 15; Vorgabe: die ersten 15 aus Kultur und Ressourcen).
args-survey-kit--groups = Eine Gruppe, die Beschäftigte angeben können, z. B. ein Amt (wiederholbar; freiwillig).
args-survey-kit--replace = Eine Befragung ersetzen, die schon Antworten hat (ihre Zählungen gehen verloren).
args-survey-kit--questionnaire = Fragebogen der Einschätzung (Vorgabe: der mitgelieferte).
args-survey-import = Antwortdateien und Codes zählen; jede zählt einmal, fremde oder beschädigte werden mit Grund abgelehnt und die übrigen trotzdem gezählt.
args-survey-import--assessment = Die Einschätzung mit der Befragung.
args-survey-import--files = Vom HTML-Formular gespeicherte Antwortdateien.
args-survey-import--codes = Ein vom HTML-Formular angezeigter Code (wiederholbar).
args-survey-import--questionnaire = Fragebogen der Einschätzung (Vorgabe: der mitgelieferte).
args-survey-tally = Strichlisten-Dateien zählen, abgetippt von der Strichliste der Papierbögen.
args-survey-tally--assessment = Die Einschätzung mit der Befragung.
args-survey-tally--files = Strichlisten-Dateien (StaffTally, siehe docs/file-formats.md).
args-survey-tally--questionnaire = Fragebogen der Einschätzung (Vorgabe: der mitgelieferte).
args-survey-show = Die Stufe der Leitung neben den Antworten der Beschäftigten ausgeben, der größte Abstand zuerst.
args-survey-show--assessment = Die Einschätzung mit der Befragung.
args-survey-show--json = Ein JSON-Objekt statt Text ausgeben.
args-survey-show--questionnaire = Fragebogen der Einschätzung (Vorgabe: der mitgelieferte).

args-example = Eine ausgefüllte Einschätzung einer erfundenen Kleinstadt schreiben.
args-example--output = Wohin sie geschrieben wird.

args-error = Fehler:
args-error-more = Mehr dazu: { $command } --help
args-error-unknown-argument = unbekanntes Argument „{ $argument }“
args-error-unknown-command = unbekannter Befehl „{ $argument }“
args-error-suggestion = Gemeint: „{ $suggestion }“?
args-error-invalid-value = ungültiger Wert „{ $value }“ für { $argument }
args-error-possible-values = Möglich: { $values }
args-error-missing = es fehlt: { $arguments }
args-error-missing-command = es fehlt ein Befehl
args-error-missing-value = { $argument } braucht einen Wert
args-error-too-many = zu viele Werte: „{ $value }“
args-error-used-twice = { $argument } ist mehrfach angegeben
args-error-conflict = { $argument } passt nicht zu den übrigen Argumenten
args-error-other = die Befehlszeile ist ungültig ({ $detail })
