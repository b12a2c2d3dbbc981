#!/usr/bin/env bash
# Prints every tracked performance figure with its goal (benches/suite.rs). Without a
# display it starts Xvfb (if installed) so that the cold start can be measured too.
set -euo pipefail
cd "$(dirname "$0")/.."
XVFB_PID=""
cleanup() { if [ -n "$XVFB_PID" ]; then kill "$XVFB_PID" 2>/dev/null || true; fi; }
trap cleanup EXIT
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && command -v Xvfb >/dev/null; then
    Xvfb :97 -screen 0 1366x768x24 >/dev/null 2>&1 &
    XVFB_PID=$!
    export DISPLAY=:97
    sleep 1
fi
cargo bench --bench suite "$@"
