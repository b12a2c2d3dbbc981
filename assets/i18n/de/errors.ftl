## Problems in files: the line prefix, names of file kinds, shortened values

errors-warning = Hinweis: { $message }
errors-quoted = „{ $value }“
errors-shortened = … ({ $count } Zeichen)
errors-bytes = { $bytes } Bytes
errors-kind-with-article = { $kind ->
    [questionnaire] ein Fragebogen
    [assessment] eine Bewertung
    [benchmark] eine Vergleichsdatei
   *[contribution] ein Vergleichsbeitrag
}

## Reading and writing files

errors-file-grew = Die Datei ist größer als { $limit } ({ $bytes }), obwohl das System eine kleinere Größe meldet; Reifegrad liest sie nicht.
errors-file-is-folder = Das ist ein Ordner, keine Datei.
errors-file-is-fifo = Das ist eine benannte Pipe (FIFO), keine gewöhnliche Datei; Reifegrad liest nur gewöhnliche Dateien.
errors-file-is-device = Das ist ein Gerät (wie /dev/zero), keine gewöhnliche Datei; Reifegrad liest nur gewöhnliche Dateien.
errors-file-is-socket = Das ist ein Socket, keine gewöhnliche Datei; Reifegrad liest nur gewöhnliche Dateien.
errors-file-not-regular = Das ist keine gewöhnliche Datei; Reifegrad liest nur gewöhnliche Dateien.
errors-file-too-large = Die Datei ist { $size } groß; Reifegrad-Dateien sind höchstens { $limit } groß. Ist das die richtige Datei?
errors-file-not-utf8 = Die Datei enthält Zeichen, die kein gültiger UTF-8-Text sind (vielleicht eine Binärdatei oder eine andere Kodierung). Reifegrad-Dateien sind UTF-8-Text.
errors-refused-read-only = Die Datei ist schreibgeschützt; Reifegrad ersetzt sie nicht. Speichern Sie unter einem anderen Namen oder heben Sie den Schreibschutz auf.
errors-refused-not-a-file = Unter diesem Namen liegt keine gewöhnliche Datei (sondern z. B. ein Ordner oder ein Gerät); Reifegrad ersetzt sie nicht.
errors-io-not-found = Datei nicht gefunden.
errors-io-permission = Keine Berechtigung, diese Datei zu lesen oder zu schreiben.
errors-io-storage-full = Der Datenträger ist voll.
errors-io-read-only = Der Datenträger ist schreibgeschützt.
errors-io-other = Ein-/Ausgabefehler: { $reason }

## RON syntax

errors-ron-empty = Die Datei ist leer. Erwartet wird ein Fragebogen, eine Bewertung oder eine Vergleichsdatei im RON-Format.
errors-ron-unknown-kind = Unbekannte Dateiart: Die Datei muss mit „Questionnaire(“, „Assessment(“, „Benchmark(“ oder „Contribution(“ beginnen. Ist das eine Reifegrad-Datei?
errors-ron-duplicate-key = Der Schlüssel „{ $key }“ steht doppelt (Zeile { $first } und Zeile { $second }); jeder Schlüssel darf nur einmal vorkommen.
errors-ron-eof = Die Datei endet zu früh – vermutlich ist sie abgeschnitten oder eine schließende Klammer fehlt.
errors-ron-expected-array = Hier wird eine Liste in eckigen Klammern [ … ] erwartet.
errors-ron-expected-array-end = Hier wird das Ende einer Liste „]“ oder ein Komma zwischen zwei Einträgen erwartet.
errors-ron-expected-comma = Hier fehlt ein Komma zwischen zwei Einträgen.
errors-ron-expected-boolean = Hier wird true oder false erwartet.
errors-ron-expected-float = Hier wird eine Zahl erwartet, z. B. 1.0.
errors-ron-expected-integer = Hier wird eine ganze Zahl erwartet.
errors-ron-integer-out-of-bounds = Die Zahl ist zu groß oder zu klein für dieses Feld.
errors-ron-expected-option = Hier wird Some(…) oder None erwartet.
errors-ron-expected-map = Hier wird eine Zuordnung in geschweiften Klammern {"{"} … {"}"} erwartet.
errors-ron-expected-map-colon = Hier fehlt ein Doppelpunkt zwischen Schlüssel und Wert.
errors-ron-expected-map-end = Hier wird das Ende einer Zuordnung „{"}"}“ oder ein Komma erwartet.
errors-ron-expected-string = Hier wird ein Text in Anführungszeichen "…" erwartet.
errors-ron-expected-string-end = Ein Text wird nicht mit einem Anführungszeichen " abgeschlossen.
errors-ron-expected-struct = Hier wird ein Eintrag in runden Klammern ( … ) erwartet.
errors-ron-expected-struct-end = Hier wird „)“ erwartet – vielleicht fehlt ein Komma oder ein Feld ist falsch geschrieben.
errors-ron-different-struct-name = Hier wird „{ $expected }“ erwartet, gefunden wurde „{ $found }“.
errors-ron-expected-identifier = Hier wird ein Feldname erwartet.
errors-ron-expected-unit = Hier wird () erwartet.
errors-ron-invalid-escape = Ungültiges Escape-Zeichen im Text ({ $what }).
errors-ron-unclosed-comment = Ein Kommentar /* … */ wird nicht geschlossen.
errors-ron-unexpected-char = Unerwartetes Zeichen „{ $char }“.
errors-ron-trailing-characters = Nach dem Ende des Inhalts folgen noch weitere Zeichen; ist eine Klammer zu viel?
errors-ron-invalid-value = Falscher Wert: erwartet { $expected }, gefunden { $found }.
errors-ron-different-length = Falsche Anzahl: erwartet { $expected }, gefunden { $found }.
errors-ron-no-such-variant = „{ $found }“ ist hier nicht erlaubt; möglich sind: { $allowed }.
errors-ron-no-such-field = Unbekanntes Feld „{ $found }“{ $outer }; erlaubt sind: { $allowed }.
errors-ron-in-struct = {" "}in „{ $name }“
errors-ron-missing-field = Das Feld „{ $field }“ fehlt{ $outer }.
errors-ron-duplicate-field = Das Feld „{ $field }“ steht doppelt{ $outer }.
errors-ron-too-deep = Die Datei ist zu tief verschachtelt; so sieht keine Reifegrad-Datei aus.
errors-ron-invalid-content = Ungültiger Inhalt: { $reason }.
errors-ron-other = Die Datei ist kein gültiges RON: { $reason }.
errors-save-failed = Speichern fehlgeschlagen: { $reason }
errors-internal-write = Interner Fehler beim Schreiben: { $reason }
errors-wrong-kind = Das ist { $found }, erwartet wird { $expected }.

## Questionnaires

errors-questionnaire-bad-id = Die Fragebogen-Kennung „{ $id }“ ist ungültig: erlaubt sind Kleinbuchstaben, Ziffern, „-“, „_“ und „.“.
errors-questionnaire-no-version = Die Version des Fragebogens fehlt (z. B. "1.0").
errors-questionnaire-no-title = Der Fragebogen braucht einen Titel.
errors-questionnaire-no-dimensions = Der Fragebogen hat keine Dimensionen.
errors-dimension-duplicate-id = Die Dimensions-Kennung „{ $id }“ kommt mehrfach vor; jede Kennung darf nur einmal vorkommen.
errors-dimension-bad-id = Die Dimensions-Kennung „{ $id }“ ist ungültig: erlaubt sind Kleinbuchstaben, Ziffern, „-“, „_“ und „.“.
errors-dimension-no-name = Die Dimension „{ $id }“ hat keinen Namen.
errors-dimension-bad-weight = Die Dimension „{ $id }“ hat das Gewicht { $weight }; Gewichte müssen größer als 0 sein.
errors-dimension-no-questions = Die Dimension „{ $id }“ hat keine Fragen.
errors-question-duplicate-id = Die Fragen-Kennung „{ $id }“ kommt mehrfach vor; jede Frage braucht eine eigene Kennung.
errors-diagnoses-unknown-dimension = „{ $role }“ nennt die Dimension „{ $id }“, die es im Fragebogen nicht gibt.
errors-diagnoses-bad-threshold = „{ $name }“ ist { $value }; erlaubt sind Punktwerte von 0 bis 100.
errors-diagnosis-unknown = Den Befund „{ $id }“ gibt es nicht; erwartet wird einer von: { $expected }.
errors-diagnosis-duplicate = Der Text zum Befund „{ $id }“ steht doppelt.
errors-diagnosis-bad-placeholder = Der Text zum Befund „{ $id }“ nennt den Platzhalter { $placeholder }; erlaubt sind { $allowed }.
errors-question-bad-placeholder = Frage „{ $id }“ nennt den Platzhalter { $placeholder }; erlaubt sind { $allowed }.
errors-stages-count = Es sind { $count } Reifestufen angegeben; erwartet werden genau fünf.
errors-stage-no-name = Reifestufe { $number } hat keinen Namen.
errors-stage-from-to = Reifestufe { $number } („{ $name }“): „from“ ({ $from }) muss kleiner als „to“ ({ $to }) sein.
errors-stage-gap = Lücke zwischen den Reifestufen: Stufe { $number } („{ $name }“) beginnt bei { $from }, die vorige endet bei { $previous }.
errors-stage-overlap = Überlappung: Stufe { $number } („{ $name }“) beginnt bei { $from }, die vorige endet erst bei { $previous }.
errors-stage-last-end = Die letzte Reifestufe endet bei { $to }; sie muss bei 100 enden.
errors-replaces-bad-id = Frage „{ $id }“: „{ $old }“ in „replaces“ ist keine gültige Fragen-Kennung.
errors-replaces-current = Frage „{ $id }“ ersetzt „{ $old }“, aber diese Frage gibt es im Fragebogen noch; ihre Antworten bleiben bei ihr. Bitte „{ $old }“ aus „replaces“ streichen oder die alte Frage umbenennen.
errors-replaces-twice = Frage „{ $id }“ nennt „{ $old }“ zweimal in „replaces“.
errors-replaces-claimed = „{ $old }“ wird von „{ $first }“ und „{ $id }“ ersetzt; jede alte Frage darf nur von einer neuen Frage übernommen werden.
errors-question-bad-id = Die Fragen-Kennung „{ $id }“ ist ungültig: erlaubt sind Kleinbuchstaben, Ziffern, „-“, „_“ und „.“.
errors-question-no-text = Frage „{ $id }“ hat keinen Fragetext.
errors-question-no-help = Frage „{ $id }“ hat keinen Hilfetext.
errors-question-bad-weight = Frage „{ $id }“ hat das Gewicht { $weight }; Gewichte müssen größer als 0 sein.
errors-question-levels-count = Frage „{ $id }“ hat { $count } Stufen; jede Frage braucht genau fünf Stufen (0 bis 4).
errors-question-level-blank = Frage „{ $id }“: Stufe { $level } hat keine Beschreibung.
errors-question-short-blank = Frage „{ $id }“: der Kurztitel („short“) ist leer; weglassen oder ausfüllen.
errors-question-short-too-long = Frage „{ $id }“: der Kurztitel „{ $short }“ hat { $length } Zeichen; erlaubt sind höchstens { $max }.
errors-question-source-incomplete = Frage „{ $id }“: Quelle { $number } braucht einen Titel („title“) und eine Fundstelle („reference“, Adresse oder Zitat).
errors-question-federation-hint-blank = Frage „{ $id }“: der Hinweis für Verbandsgemeinden („federation_hint“) ist leer; weglassen oder ausfüllen.
errors-measure-bad-level = Frage „{ $id }“: eine Maßnahme ab Stufe { $level } ergibt keinen Sinn; Maßnahmen gibt es ab Stufe 0 bis 3.
errors-measure-no-text = Frage „{ $id }“: die Maßnahme ab Stufe { $level } hat keinen Text.
errors-measure-missing = Frage „{ $id }“: es fehlt die Maßnahme ab Stufe { $level } (was tun, um eine Stufe aufzusteigen).
errors-measure-several = Frage „{ $id }“: ab Stufe { $level } gibt es { $count } Maßnahmen; erwartet wird genau eine.

## Assessments

errors-assessment-newer-format = Diese Datei hat das Dateiformat { $found }; diese Reifegrad-Version kennt das Format 1 bis { $known }. Bitte eine aktuelle Reifegrad-Version verwenden.
errors-assessment-no-name = Der Name der Kommune fehlt.
errors-assessment-federation-kind = Als Verbund ist „{ $kind }“ eingetragen; diese Form kennt das Kommunalrecht von { $state } nicht. Bitte die Zugehörigkeit prüfen.
errors-assessment-duplicate-rater = Zwei Teilnehmende haben dieselbe Kennung; jede Kennung darf nur einmal vorkommen.
errors-answer-bad-level = Antwort auf „{ $id }“: Stufe { $level } gibt es nicht; erlaubt sind die Stufen 0 bis 4, DontKnow und NotApplicable.
errors-answer-too-many-hands = Antwort auf „{ $id }“: { $count } Handzeichen für eine Stufe sind unplausibel; höchstens { $max } sind möglich.
errors-answer-evidence = Antwort auf „{ $id }“, Nachweis { $number }: { $problem }
errors-answer-unknown-rater = Antwort auf „{ $id }“: eine Stimme von „{ $rater }“, aber so eine teilnehmende Person ist in „raters“ nicht eingetragen.
errors-evidence-no-what = Ein Nachweis braucht eine Angabe, was er ist („what“).
errors-evidence-too-long = Die Angabe „{ $field }“ eines Nachweises ist länger als { $max } Zeichen.
errors-evidence-control = Die Angabe „{ $field }“ eines Nachweises enthält einen Zeilenumbruch oder ein Steuerzeichen; erlaubt ist eine Zeile.
errors-assessment-other-questionnaire = Diese Bewertung gehört zum Fragebogen „{ $found }“, nicht zu „{ $expected }“ ({ $title }). Bitte den passenden Fragebogen angeben.
errors-assessment-other-version = Die Bewertung wurde mit Version { $found } des Fragebogens erstellt; aktuell ist Version { $current }. Antworten werden über die Fragen-Kennung übernommen.
errors-answer-unknown-question = Die Frage „{ $id }“ gibt es im Fragebogen „{ $questionnaire }“ { $version } nicht. Ist die Kennung falsch geschrieben?
errors-answer-replaced = Die Frage „{ $id }“ gibt es in Version { $version } nicht mehr; ihre Antwort übernimmt die Frage „{ $new }“.
errors-answer-retired = Die Frage „{ $id }“ gibt es in Version { $version } nicht mehr; die Antwort wird unter „retired_answers“ aufbewahrt und nicht gewertet.

## Rules for level texts (warnings)

errors-anchor-not-cumulative = Frage „{ $id }“, Stufe { $level } ({ $lang }): beginnt nicht mit „{ $prefix }“; jede Stufe ab 2 soll die Stufe darunter ganz enthalten.
errors-anchor-limiting = Frage „{ $id }“, Stufe { $level } ({ $lang }): „{ $found }“ schränkt ein; Stufen 1–4 nennen nur, was vorhanden ist – was fehlt, gehört in keine Stufe.
errors-anchor-legal-too-late = Frage „{ $id }“: die gesetzliche Pflicht ist ab Stufe { $level } erfüllt; eine Pflicht ist die Untergrenze und muss spätestens auf Stufe { $max } erfüllt sein (met_from 1 oder 2).
errors-fact-unknown-owner = Die Tatsache „{ $fact }“ gehört zur Frage „{ $owner }“, die es im Fragebogen nicht gibt.
errors-fact-term-missing = Die Tatsache „{ $fact }“: der Begriff „{ $term }“ kommt in den Stufen ihrer Frage „{ $owner }“ nicht vor.
errors-fact-asked-twice = Frage „{ $id }“ nennt in ihren Stufen „{ $term }“; diese Tatsache („{ $fact }“) fragt „{ $owner }“. Jede Tatsache wird in einer Frage gezählt.

## Benchmark files and contributions

errors-contribution-no-scores = Die Bewertung hat noch keine Punktwerte; ein Beitrag braucht mindestens eine Dimension mit beantworteten Fragen.
errors-benchmark-newer-format = Diese Datei hat das Dateiformat { $found }; diese Reifegrad-Version kennt für Vergleichsdateien nur das Format 1 bis { $known }. Bitte eine aktuelle Reifegrad-Version verwenden.
errors-more-problems = … und { $count } weitere Probleme derselben Art (nur die ersten { $shown } sind aufgeführt).
errors-benchmark-no-source = Die Herkunft der Daten („source“) fehlt, z. B. "Netzwerk Mittelhessen, 2026".
errors-benchmark-source-too-long = Die Herkunftsangabe („source“) ist länger als { $max } Zeichen; sie soll nur die Quelle nennen.
errors-benchmark-network-too-long = Der Name des Netzwerks ist länger als { $max } Zeichen.
errors-entry-bad-year = Eintrag { $number }: das Jahr { $year } ist nicht plausibel; erwartet wird ein Jahr von { $first } bis { $last }.
errors-entry-no-scores = Eintrag { $number } hat keine Punktwerte.
errors-entry-bad-token = Eintrag { $number }: das Kennzeichen („token“) ist ungültig: erlaubt sind bis zu { $max } Ziffern, Kleinbuchstaben a–f und „-“.
errors-entry-bad-dimension-id = Eintrag { $number }: die Dimensions-Kennung „{ $id }“ ist ungültig: erlaubt sind Kleinbuchstaben, Ziffern, „-“, „_“ und „.“.
errors-entry-bad-score = Eintrag { $number }: der Punktwert { $score } für „{ $id }“ liegt nicht zwischen 0 und 100.
errors-entry-unknown-dimension = Eintrag { $number }: die Dimension „{ $id }“ gibt es im Fragebogen „{ $questionnaire }“ { $version } nicht; bekannt sind { $known }.
errors-benchmark-other-questionnaire = Diese Datei gehört zum Fragebogen „{ $found }“ Version { $found_version }, erwartet wird „{ $expected }“ Version { $expected_version }. Werte aus verschiedenen Fragebögen oder Versionen lassen sich nicht vergleichen.
errors-benchmark-other-version = Diese Datei gehört zum Fragebogen „{ $found }“ Version { $found_version }, erwartet wird „{ $expected }“ Version { $expected_version }. Werte aus verschiedenen Fragebögen oder Versionen lassen sich nicht vergleichen. Vergleichswerte von Version { $found_version } werden nicht auf Version { $expected_version } umgerechnet: { $moved ->
    [yes] Fragen wurden zusammengeführt, aufgeteilt oder zwischen den Handlungsfeldern verschoben, so dass die Punktwerte der Felder nicht mehr dasselbe bedeuten
   *[no] die Punktwerte der Felder beruhen auf anderen Fragen
}. Bitte Vergleichswerte verwenden, die mit Version { $expected_version } erstellt wurden (Beiträge aus Bewertungen nach Version { $expected_version } neu exportieren).
errors-merge-mixed = Synthetische Beispieldaten und echte Beiträge werden nicht gemischt: das Ergebnis wäre weder das eine noch das andere. Bitte nur echte Beiträge und Vergleichsdateien zusammenführen.
errors-merge-read = Gelesen: { $benchmarks } { $benchmarks ->
        [one] Vergleichsdatei
       *[other] Vergleichsdateien
    } und { $contributions } { $contributions ->
        [one] Beitrag
       *[other] Beiträge
    }; abgelehnt: { $refused } { $refused ->
        [one] Datei
       *[other] Dateien
    }.
errors-merge-too-few = Nichts geschrieben: nur { $have } { $have ->
        [one] Eintrag
       *[other] Einträge
    }. Eine Vergleichsdatei braucht mindestens { $needed } Kommunen, damit niemand erkennbar ist; es { $missing ->
        [one] fehlt
       *[other] fehlen
    } { $missing }.
errors-merge-nothing-written = { $reason } { $read }
errors-merge-wrong-kind = Das ist { $kind }; zusammenführen lassen sich nur Vergleichsbeiträge und Vergleichsdateien. Einen Beitrag schreibt „reifegrad benchmark contribute BEWERTUNG -o DATEI“.

## Earlier assessments (history) and saving

errors-history-not-older = Diese Bewertung vom { $date } ist nicht älter als die aktuelle vom { $current }; sie wird für den Verlauf nicht verwendet.
errors-history-same-date = Diese Bewertung hat dasselbe Datum ({ $date }) wie { $other }; sie wird für den Verlauf nicht verwendet.
errors-history-unmatched = { $count } Antwort(en) gehören zu Fragen, die Version { $version } des Fragebogens nicht mehr hat, und fließen nicht in den Verlauf ein: { $ids }.
errors-history-still-reading = Diese frühere Bewertung wird noch gelesen; der Verlauf ergänzt sich, sobald sie da ist.
errors-session-conflict = Die Datei wurde inzwischen von jemand anderem geändert (anderes Fenster oder anderer Rechner). Reifegrad überschreibt sie nicht ohne Ihre Entscheidung.

## Command line

errors-generate-entries = --entries muss zwischen 1 und { $max } liegen: so viele Körperschaften (Gemeinden, Gemeindeverbände, Kreise) zählt das Gemeindeverzeichnis, und jede nimmt höchstens einmal teil.
errors-validate-unknown-questionnaire = Der Fragebogen „{ $id }“ ist nicht bekannt; bitte mit --questionnaire DATEI angeben.
errors-validate-benchmark-version = Die Werte gehören zu Version { $found } des Fragebogens „{ $id }“; aktuell ist Version { $current }. Für den Vergleich mit Bewertungen nach Version { $current } ist die Datei nicht nutzbar.

## Errors of plans, dates, workshops, reports

errors-plan-unknown-question = Der Maßnahmenplan nennt die unbekannte Frage „{ $id }“.
errors-plan-unknown-measure = Die Frage „{ $question }“ hat keine Maßnahme ab Stufe { $level }.
errors-plan-unknown-field = Der Maßnahmenplan nennt das unbekannte Handlungsfeld „{ $id }“.
errors-plan-bad-quarter = Quartal { $quarter } gibt es nicht (1–4).
errors-plan-bad-duration = Eine Maßnahme dauert mindestens ein Quartal.
errors-plan-bad-score = Zielwert { $score } liegt über 100 Punkten.
errors-plan-bad-stage = Reifephase { $stage } gibt es im Fragebogen nicht.
errors-plan-bad-level = Zielstufe { $level } gibt es nicht (0–4).
errors-date-invalid = „{ $text }“ ist kein gültiges Datum (erwartet JJJJ-MM-TT, z. B. 2026-11-25)
errors-workshop-unknown-rater = Eine teilnehmende Person mit der Kennung „{ $id }“ gibt es nicht.
errors-workshop-invalid-level = Stufe { $level } gibt es nicht; erlaubt sind die Stufen 0 bis 4.
errors-workshop-too-many-hands = { $count } Stimmen für eine Stufe sind unplausibel; höchstens { $max } sind möglich.
errors-report-font = Die eingebettete Schrift { $name } konnte nicht gelesen werden.
errors-report-pdf = Die PDF-Struktur konnte nicht erzeugt werden: { $reason }
errors-report-write = Der Bericht konnte nicht gespeichert werden ({ $path }): { $reason }
errors-compare-failed = Nicht alle mit --compare angegebenen Bewertungen konnten verwendet werden (siehe oben).
