#!/usr/bin/env bash
# The spreadsheet export as a clerk meets it, with a screenshot of each sheet as
# LibreOffice Calc shows it (window under Xvfb: frozen headings, widths, wrapped text,
# euro and date formats):
#
#   1. the example town with a workshop of six, a plan and evidence
#      (`cargo run --example workshop_fixture -- FILE 6 plan`);
#   2. `reifegrad export` to ODS, XLSX and CSV with the bundled synthetic peers;
#   3. the ODS in Calc: Antworten (scrolled down, under the frozen headings, and to the
#      workshop's columns), Ergebnis, Maßnahmen, Info; the XLSX's Maßnahmen sheet; the
#      first lines of the CSV.
#
#   scripts/export-walkthrough.sh [OUT_DIR]      (default: target/export-walkthrough)
#
# Needs: libreoffice-calc (with its GUI; the -nogui variant cannot show a window), xvfb,
# openbox, xdotool, imagemagick (import). Runs the debug binary (REIFEGRAD_BIN to choose
# another); nothing goes over the network.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-target/export-walkthrough}
mkdir -p "$out"
out=$(cd "$out" && pwd)
cargo build --quiet --bin reifegrad --example workshop_fixture
bin=$(realpath "${REIFEGRAD_BIN:-target/debug/reifegrad}")
fixture=$(realpath target/debug/examples/workshop_fixture)
benchmark=$(realpath assets/benchmark-synthetic.ron)
work=$(mktemp -d)
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    rm -rf "$work"
}
trap cleanup EXIT
export LANG=C.UTF-8
cd "$work"

echo "== 1. the example town with a workshop and a plan"
"$fixture" lindenhagen.reifegrad 6 plan

echo "== 2. export"
for extension in ods xlsx csv; do
    "$bin" export lindenhagen.reifegrad -o "lindenhagen.$extension" --benchmark "$benchmark"
done
head -c 600 lindenhagen.csv | tee "$out/csv-head.txt"
echo

echo "== 3. LibreOffice Calc"
# A profile of its own without the first-start dialogs.
mkdir -p lo/user
cat >lo/user/registrymodifications.xcu <<'XCU'
<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Common/Misc"><prop oor:name="ShowTipOfTheDay" oor:op="fuse"><value>false</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Misc"><prop oor:name="FirstRun" oor:op="fuse"><value>false</value></prop></item>
<item oor:path="/org.openoffice.Setup/Office"><prop oor:name="ooSetupInstCompleted" oor:op="fuse"><value>true</value></prop></item>
<item oor:path="/org.openoffice.Setup/Product"><prop oor:name="ooSetupLastVersion" oor:op="fuse"><value>7.4</value></prop></item>
<item oor:path="/org.openoffice.Office.Linguistic/SpellChecking"><prop oor:name="IsSpellAuto" oor:op="fuse"><value>false</value></prop></item>
</oor:items>
XCU
display=:94
Xvfb "$display" -screen 0 1600x1000x24 >/dev/null 2>&1 &
pids+=($!)
sleep 1
DISPLAY=$display openbox >/dev/null 2>&1 &
pids+=($!)
sleep 1

# Opens FILE in Calc and waits for its window.
open_in_calc() {
    DISPLAY=$display HOME="$work" soffice -env:UserInstallation="file://$work/lo" \
        --norestore --nologo --calc "$1" >/dev/null 2>&1 &
    pids+=($!)
    for _ in $(seq 60); do
        DISPLAY=$display xdotool search --name "$(basename "$1")" >/dev/null 2>&1 && break
        sleep 0.5
    done
    sleep 4
}
shot() {
    DISPLAY=$display import -window root "$out/$1.png"
    echo "$out/$1.png"
}
keys() {
    DISPLAY=$display xdotool key --delay 150 "$@"
    sleep 1.5
}

open_in_calc "$work/lindenhagen.ods"
# Antworten, scrolled past the first rows: the headings stay.
keys ctrl+Home Page_Down Page_Down
shot 1-antworten
# The workshop's columns: votes, median, spread, distribution, one per participant.
keys ctrl+Home Right Right Right Right Right Right Right Right Right Right Right Right Right \
    Right Right Right Right
shot 1b-antworten-workshop
keys ctrl+Home ctrl+Page_Down
shot 2-ergebnis
keys ctrl+Page_Down
shot 3-massnahmen
keys ctrl+Page_Down
shot 4-info
keys ctrl+q
sleep 2
open_in_calc "$work/lindenhagen.xlsx"
keys ctrl+Page_Down ctrl+Page_Down
shot 5-massnahmen-xlsx
keys ctrl+q
