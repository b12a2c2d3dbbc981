#!/usr/bin/env bash
# Screenshots of every view of the app under Xvfb with a window manager (openbox):
# at 1366×768 (normal mode, workshops with 3 and 12 participants), at 1280×800 (projector
# mode, workshop with 12 participants, the usual small projector) and at 1920×1080
# (normal mode and projector mode, workshop with 12 participants), each in the light,
# dark and high-contrast theme.
#
#   scripts/screenshots.sh [OUT_DIR]      (default: target/screenshots)
#
# SCREENSHOT_SIZES picks some of the sizes by label (e.g. "1280x800-projector"),
# SCREENSHOT_THEMES some of the themes (e.g. "Light"); SCREENSHOT_PROFILE=dev uses a
# debug build (shares the test build's dependencies); REIFEGRAD_BIN takes another
# binary (e.g. one built from main, to compare before and after).
#
# Needs: xvfb, openbox, imagemagick (import), xdotool – on Debian/Ubuntu:
#   apt-get install -y xvfb openbox imagemagick xdotool
# Each run starts the release binary with its own HOME (so the preferences file sets
# theme, projector mode and the built-in file dialog) and opens a view either by keyboard
# (xdotool: F1 help, F3 discussion list, Strg+O open dialog, the mouse wheel for the
# charts further down) or, for the results and the plan, with REIFEGRAD_VIEW. The mouse
# is moved into the corner before each capture, so no tooltip covers the view.
set -euo pipefail

cd "$(dirname "$0")/.."
out=${1:-target/screenshots}
mkdir -p "$out"
out=$(cd "$out" && pwd)

for tool in Xvfb openbox import xdotool; do
    command -v "$tool" >/dev/null || {
        echo "missing $tool: apt-get install -y xvfb openbox imagemagick xdotool" >&2
        exit 1
    }
done

profile=${SCREENSHOT_PROFILE:-release}
profile_dir=$profile
[ "$profile" = dev ] && profile_dir=debug
cargo build --profile "$profile" --quiet --bin reifegrad --example workshop_fixture
bin=${REIFEGRAD_BIN:-target/$profile_dir/reifegrad}
fixture_bin=target/$profile_dir/examples/workshop_fixture

work=$(mktemp -d)
xvfb_pid=""
wm_pid=""
cleanup() {
    [ -n "$wm_pid" ] && kill "$wm_pid" 2>/dev/null || true
    [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

mkdir -p "$work/files"
"$fixture_bin" "$work/files/lindenhagen-workshop-12.ron" 12
"$fixture_bin" "$work/files/lindenhagen-workshop-3.ron" 3
themes=${SCREENSHOT_THEMES:-Light Dark HighContrast}
sizes=${SCREENSHOT_SIZES:-1366x768 1366x768-workshop-12 1280x800-projector 1920x1080 1920x1080-projector}

# A fresh HOME per run, with preferences for theme and projector mode.
prepare_home() { # theme projector
    local home="$work/home-$1-$2"
    rm -rf "$home"
    mkdir -p "$home/.local/share/reifegrad" "$home/Documents"
    cp "$work/files/"*.ron "$home/Documents/"
    cat >"$home/.local/share/reifegrad/einstellungen.ron" <<EOF
(
    lang: De,
    theme: $1,
    projector: $2,
    zoom: 1.0,
    recent: [],
    benchmark: None,
    builtin_file_dialog: true,
    maximized: true,
)
EOF
    echo "$home"
}

screen_width=0
screen_height=0
start_display() { # width height
    screen_width=$1
    screen_height=$2
    Xvfb :77 -screen 0 "$1x$2x24" -nolisten tcp >/dev/null 2>&1 &
    xvfb_pid=$!
    sleep 1
    DISPLAY=:77 openbox >/dev/null 2>&1 &
    wm_pid=$!
    sleep 1
}

stop_display() {
    kill "$wm_pid" "$xvfb_pid" 2>/dev/null || true
    wait "$wm_pid" "$xvfb_pid" 2>/dev/null || true
    wm_pid=""
    xvfb_pid=""
}

# shot NAME HOME VIEW KEYS FILE…: start the app, wait for its window, press KEYS, capture.
shot() {
    local name=$1 home=$2 view=$3 keys=$4
    shift 4
    HOME="$home" XDG_DATA_HOME="$home/.local/share" XDG_CONFIG_HOME="$home/.config" \
        REIFEGRAD_VIEW="$view" DISPLAY=:77 "$bin" "$@" >/dev/null 2>&1 &
    local pid=$!
    local window=""
    for _ in $(seq 1 50); do
        window=$(DISPLAY=:77 xdotool search --name '^Reifegrad' 2>/dev/null | head -n 1 || true)
        [ -n "$window" ] && break
        sleep 0.2
    done
    sleep 1.5
    if [ -n "$window" ] && [ -n "$keys" ]; then
        DISPLAY=:77 xdotool windowactivate --sync "$window" 2>/dev/null || true
        case $keys in
        wheel:*)
            # Scroll the central view down by N wheel steps, then press the keys after it.
            local steps=${keys#wheel:}
            DISPLAY=:77 xdotool mousemove "$((screen_width * 2 / 3))" "$((screen_height / 2))"
            DISPLAY=:77 xdotool click --repeat "${steps%% *}" --delay 80 5
            if [ "${steps#* }" != "$steps" ]; then
                sleep 0.5
                # shellcheck disable=SC2086
                DISPLAY=:77 xdotool key --delay 150 ${steps#* }
            fi
            ;;
        *)
            # shellcheck disable=SC2086
            DISPLAY=:77 xdotool key --delay 150 $keys
            ;;
        esac
        sleep 1
    fi
    DISPLAY=:77 xdotool mousemove "$((screen_width - 2))" "$((screen_height - 2))" 2>/dev/null || true
    sleep 0.5
    DISPLAY=:77 import -window root "$out/$name.png"
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    echo "$out/$name.png"
}

run_size() { # label width height projector participants
    local label=$1 width=$2 height=$3 projector=$4 participants=$5
    case " $sizes " in *" $label "*) ;; *) return 0 ;; esac
    start_display "$width" "$height"
    for theme in $themes; do
        local home file prefix
        home=$(prepare_home "$theme" "$projector")
        file="$home/Documents/lindenhagen-workshop-$participants.ron"
        prefix="$label-$(echo "$theme" | tr '[:upper:]' '[:lower:]')"
        shot "$prefix-1-start" "$home" "" ""
        shot "$prefix-2-questions-workshop" "$home" "" "" "$file"
        shot "$prefix-3-results" "$home" results "" "$file"
        shot "$prefix-3b-results-charts" "$home" results "wheel:6" "$file"
        shot "$prefix-3c-plan" "$home" plan "" "$file"
        # Scrolled down in the results, then to the plan with F6: it opens at its top.
        shot "$prefix-3d-plan-after-results" "$home" results "wheel:6 F6" "$file"
        shot "$prefix-4-discussion" "$home" "" "F3" "$file"
        shot "$prefix-5-help" "$home" "" "F1" "$file"
        shot "$prefix-6-file-dialog" "$home" "" "ctrl+o" "$file"
        shot "$prefix-7-save-dialog" "$home" "" "ctrl+s" "$file"
    done
    stop_display
}

run_size 1366x768 1366 768 false 3
run_size 1366x768-workshop-12 1366 768 false 12
run_size 1280x800-projector 1280 800 true 12
run_size 1920x1080 1920 1080 false 12
run_size 1920x1080-projector 1920 1080 true 12
echo "screenshots in $out"
