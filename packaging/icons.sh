#!/usr/bin/env bash
# Rasterises the app icon (assets/icons/reifegrad.svg) to the PNG sizes the package and
# the window use. The PNGs are committed, so a build needs no image tool; run this only
# after changing the SVG. Needs rsvg-convert (Debian package librsvg2-bin).
set -euo pipefail
cd "$(dirname "$0")/../assets/icons"
for size in 16 32 48 64 128 256; do
    mkdir -p "hicolor/${size}x${size}/apps"
    rsvg-convert -w "$size" -h "$size" reifegrad.svg -o "hicolor/${size}x${size}/apps/reifegrad.png"
done
