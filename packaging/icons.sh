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
# The Windows icon: an ICO container holding the PNGs as they are (Windows Vista and later
# read PNG entries), for the exe's resources (build.rs).
python3 - <<'PY'
import struct
sizes = [16, 32, 48, 64, 128, 256]
images = [open(f"hicolor/{s}x{s}/apps/reifegrad.png", "rb").read() for s in sizes]
header = struct.pack("<HHH", 0, 1, len(images))
offset = 6 + 16 * len(images)
entries = b""
for size, data in zip(sizes, images):
    dim = 0 if size == 256 else size
    entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset)
    offset += len(data)
open("reifegrad.ico", "wb").write(header + entries + b"".join(images))
PY
