#!/bin/bash
# scripts/render-pages.sh [OUTDIR] [ADDRESS] -- renders every wizard page to PNG for a person to review:
# starts the real-server harness (root), runs the wizard through a whole check under Xvfb for each
# language (English and the translations), in a light and a dark palette, at 100 % and 200 % scale, and
# stops the harness. Pages go to OUTDIR/<language>/<light|dark>/<100|200>/NN-page.png, and one contact
# sheet per language, palette and scale to OUTDIR/sheets/ (to look at them all). LANGUAGES="de" renders
# only those. Build first (scripts/dev.sh build).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${BUILD_DIR:-$ROOT/build}
OUT=$(mkdir -p "${1:-$BUILD/pages}" && cd "${1:-$BUILD/pages}" && pwd)
LANGUAGES=${LANGUAGES:-"en $(cd "$ROOT/translations" && ls mailfix_*.ts | sed 's/mailfix_\(.*\)\.ts/\1/' | tr '\n' ' ')"}
STATE=$(mktemp -d /tmp/mailfix-render.XXXXXX)
export MAILFIX_POSTFIX_ROOT=${MAILFIX_POSTFIX_ROOT:-$BUILD/tools/postfix-root}
trap '"$ROOT/tests/harness/harness.sh" stop "$STATE" >/dev/null 2>&1; rm -rf "$STATE"' EXIT
"$ROOT/tests/harness/harness.sh" start "$STATE" >/dev/null
mkdir -p "$OUT/sheets"
for language in $LANGUAGES; do
    for palette in light dark; do
        for scale in 1 2; do
            dir="$OUT/$language/$palette/${scale}00"
            mkdir -p "$dir"
            dark=0
            [ $palette = light ] || dark=1
            LANGUAGE=$language LANG=C.UTF-8 MAILFIX_RENDER_DARK=$dark QT_SCALE_FACTOR=$scale \
                "$ROOT/tests/harness/harness.sh" exec "$STATE" \
                xvfb-run -a -s "-screen 0 1920x1400x24" "$BUILD/tests/tools/mailfix-render-pages" "$dir" \
                ${2:+"$2"} >/dev/null
            if command -v montage >/dev/null; then
                montage "$dir"/*.png -tile 4x -geometry 820x620+4+4 -background '#888' \
                    "$OUT/sheets/$language-$palette-${scale}00.png"
            fi
        done
    done
    echo "$language: $OUT/$language"
done
