#!/usr/bin/env bash
# Writes packaging/THIRD-PARTY-NOTICES.txt: every crate in Cargo.lock with its licence
# and the licence texts (cargo-about, allow-list in packaging/about.toml), followed by
# the DejaVu font licence. With --check it writes nothing and fails when a crate's
# licence is not on the allow-list or the committed file is out of date.
# Needs cargo-about (the version .ci/run installs). Network: crates.io only (to fetch
# the sources of crates that only Windows or macOS builds use).
set -euo pipefail
cd "$(dirname "$0")/.."

target=packaging/THIRD-PARTY-NOTICES.txt
fresh=$(mktemp)
trap 'rm -f "$fresh" "$fresh.crates"' EXIT

cargo fetch --locked --quiet
# --frozen: no network beyond the fetch above and no change to Cargo.lock, so the
# output depends only on Cargo.lock and the crates' own files.
cargo about generate --frozen --fail -c packaging/about.toml packaging/about.hbs \
    -o "$fresh.crates"
# Cargo.lock also holds crates that only optional features of dependencies would pull
# in (features Reifegrad does not enable); cargo-about does not see them. They are
# listed by name so that the notices cover every crate in Cargo.lock.
unused=$(grep -A1 '^name = ' Cargo.lock | paste - - - 2>/dev/null \
    | sed -n 's/^name = "\([^"]*\)".*version = "\([^"]*\)".*/\1 \2/p' \
    | while read -r name version; do
        [ "$name" = reifegrad ] && continue
        grep -qxF "    $name $version" "$fresh.crates" || echo "    $name $version"
    done)
{
    cat "$fresh.crates"
    if [ -n "$unused" ]; then
        printf '%s\n' "================================================================================" \
            "Crates in Cargo.lock that no build of Reifegrad compiles" \
            "In Cargo.lock / nicht Teil des Programms (optionale Funktionen von Abhängigkeiten," \
            "die Reifegrad nicht einschaltet):" \
            "--------------------------------------------------------------------------------" \
            "$unused"
    fi
    printf '%s\n' "================================================================================" \
        "DejaVu Sans, DejaVu Sans Bold (assets/fonts/, embedded in the app and the PDF report)" \
        "--------------------------------------------------------------------------------"
    cat assets/fonts/LICENSE-DejaVu.txt
} > "$fresh"

if [ "${1:-}" = "--check" ]; then
    if ! cmp -s "$fresh" "$target"; then
        diff -u "$target" "$fresh" | head -n 40 || true
        echo "$target is out of date: run bash packaging/notices.sh and commit it." >&2
        exit 1
    fi
    echo "$target is up to date ($(grep -c "^name = " Cargo.lock) packages in Cargo.lock)."
else
    cp "$fresh" "$target"
    echo "wrote $target"
fi
