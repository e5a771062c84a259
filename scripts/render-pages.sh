#!/bin/bash
# scripts/render-pages.sh [OUTDIR] [ADDRESS] -- renders every wizard page to PNG for a person to review:
# starts the real-server harness (root), runs the wizard through a whole check under Xvfb, stops the
# harness. Also at 200% scale (OUTDIR/200). The pages are in the system's language: LANGUAGE=de renders
# German ones. Build first (scripts/dev.sh build).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${BUILD_DIR:-$ROOT/build}
OUT=$(mkdir -p "${1:-$BUILD/pages}" && cd "${1:-$BUILD/pages}" && pwd)
STATE=$(mktemp -d /tmp/mailfix-render.XXXXXX)
export MAILFIX_POSTFIX_ROOT=${MAILFIX_POSTFIX_ROOT:-$BUILD/tools/postfix-root}
trap '"$ROOT/tests/harness/harness.sh" stop "$STATE" >/dev/null 2>&1; rm -rf "$STATE"' EXIT
"$ROOT/tests/harness/harness.sh" start "$STATE" >/dev/null
for scale in 1 2; do
    dir="$OUT"
    [ $scale = 1 ] || dir="$OUT/${scale}00"
    QT_SCALE_FACTOR=$scale "$ROOT/tests/harness/harness.sh" exec "$STATE" \
        xvfb-run -a -s "-screen 0 1920x1400x24" "$BUILD/tests/tools/mailfix-render-pages" "$dir" ${2:+"$2"}
done
