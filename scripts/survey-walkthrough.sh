#!/usr/bin/env bash
# The staff survey as an officer meets it, with a screenshot of each step:
#
#   1. `survey kit` for the example town (five questions, three departments);
#   2. the HTML form in headless chromium (what staff see);
#   3. the printable form and its tally sheet (first and last page of the PDF);
#   4. twelve answer files and a paper tally counted with `survey import`/`tally`,
#      `survey show` printed;
#   5. the app's survey screen (Xvfb);
#   6. the staff-survey section of the PDF report.
#
#   scripts/survey-walkthrough.sh [OUT_DIR]      (default: target/survey-walkthrough)
#
# Needs: chromium, xvfb, imagemagick (import), xdotool, poppler-utils (pdftoppm). Runs the
# debug binary (REIFEGRAD_BIN to choose another); every step works without network.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-target/survey-walkthrough}
mkdir -p "$out"
out=$(cd "$out" && pwd)
bin=$(realpath "${REIFEGRAD_BIN:-target/debug/reifegrad}")
work=$(mktemp -d)
xvfb_pid=""
cleanup() {
    [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT
export LANG=C.UTF-8
cd "$work"

echo "== 1. kit"
"$bin" example -o stadt.reifegrad 2>/dev/null
"$bin" survey kit stadt.reifegrad -o kit \
    --question kultur.chefsache --question kultur.fehlerkultur --question kultur.transparenz \
    --question ressourcen.zeit-fuer-wandel --question ressourcen.qualifizierung \
    --group Bauamt --group Kämmerei --group Hauptamt 2>kit.log
cat kit.log
survey=$(sed -n 's/^Befragung \([0-9a-f]*\) .*/\1/p' kit.log)
version=$(grep -m1 'version: "' stadt.reifegrad | sed 's/.*version: "\([^"]*\)".*/\1/')

echo "== 2. the HTML form in chromium"
chromium --headless=new --no-sandbox --disable-gpu --hide-scrollbars \
    --window-size=900,1500 --screenshot="$out/2-html-form.png" "file://$work/kit/umfrage.html" \
    >/dev/null 2>&1
echo "$out/2-html-form.png"

echo "== 3. the paper form and the tally sheet"
pages=$(pdfinfo kit/umfrage-formular.pdf | sed -n 's/^Pages: *//p')
pdftoppm -png -r 60 -f 1 -l 1 kit/umfrage-formular.pdf "$out/3a-paper-form"
pdftoppm -png -r 60 -f "$pages" -l "$pages" kit/umfrage-formular.pdf "$out/3b-tally-sheet"
ls "$out"/3*.png

echo "== 4. twelve answer files and a paper bundle"
# Bauamt 7, Kämmerei 3, Hauptamt 2: the leadership's role seen at 0–1 by most.
groups=(Bauamt Bauamt Bauamt Bauamt Bauamt Bauamt Bauamt Kämmerei Kämmerei Kämmerei Hauptamt Hauptamt)
chef=(0 1 1 0 1 2 1 1 0 1 2 3)
fehler=(1 1 2 1 0 1 1 2 2 1 3 2)
mkdir -p antworten
for i in "${!groups[@]}"; do
    printf 'StaffAnswers(\n    format_version: 1,\n    survey: "%s",\n    questionnaire: (id: "kommunal-reifegrad", version: "%s"),\n    id: "%012x",\n    group: "%s",\n    answers: {\n        "kultur.chefsache": Level(%s),\n        "kultur.fehlerkultur": Level(%s),\n        "ressourcen.qualifizierung": DontKnow,\n    },\n)\n' \
        "$survey" "$version" "$((i + 1))" "${groups[$i]}" "${chef[$i]}" "${fehler[$i]}" \
        >"antworten/antwort-$i.ron"
done
"$bin" survey import stadt.reifegrad antworten/*.ron antworten/antwort-0.ron || true
sed -e 's/bundle: ""/bundle: "Kämmerei Papier 1"/' -e 's/group: ""/group: "Kämmerei"/' \
    -e 's/sheets: 0/sheets: 3/' kit/strichliste.ron |
    awk 'BEGIN{n=0} /levels: \(0, 0, 0, 0, 0\)/ && n<2 {n++; if (n==1) sub(/\(0, 0, 0, 0, 0\)/, "(1, 2, 0, 0, 0)"); else sub(/\(0, 0, 0, 0, 0\)/, "(0, 1, 2, 0, 0)")} {print}' \
        >papier.ron
"$bin" survey tally stadt.reifegrad papier.ron
"$bin" survey show stadt.reifegrad | tee "$out/4-survey-show.txt"

echo "== 5. the app's survey screen"
home="$work/home"
mkdir -p "$home/.local/share/reifegrad"
cat >"$home/.local/share/reifegrad/einstellungen.ron" <<EOF
(lang: De, theme: Light, projector: false, zoom: 1.0, recent: [], benchmark: None,
 builtin_file_dialog: true, maximized: true)
EOF
display=:93
Xvfb "$display" -screen 0 1366x900x24 -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
sleep 1
HOME="$home" XDG_DATA_HOME="$home/.local/share" XDG_CONFIG_HOME="$home/.config" \
    REIFEGRAD_VIEW=survey DISPLAY=$display "$bin" "$work/stadt.reifegrad" >/dev/null 2>&1 &
app=$!
for _ in $(seq 1 50); do
    DISPLAY=$display xdotool search --name '^Reifegrad' >/dev/null 2>&1 && break
    sleep 0.2
done
# A busy machine may take a few seconds for the first frames.
sleep 6
DISPLAY=$display import -window root "$out/5-app-survey.png"
kill "$app" 2>/dev/null || true
wait "$app" 2>/dev/null || true
echo "$out/5-app-survey.png"

echo "== 6. the PDF report's section"
"$bin" report stadt.reifegrad -o bericht.pdf 2>/dev/null
page=$(for p in $(seq 1 "$(pdfinfo bericht.pdf | sed -n 's/^Pages: *//p')"); do
    pdftotext -f "$p" -l "$p" bericht.pdf - | grep -q '^Mitarbeitendenbefragung$' && echo "$p" && break
done)
pdftoppm -png -r 60 -f "$page" -l "$page" bericht.pdf "$out/6-report-section"
ls "$out"/6*.png
