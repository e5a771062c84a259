#!/bin/bash
# scripts/windows/wine-unit-tests.sh BUILD_DIR [TEST...] -- runs the Windows build's unit tests
# (BUILD_DIR/tests/unit/tst_*.exe, or the named ones) under Wine, one after the other, in one Xvfb
# display (the wizard's tests open windows), through wine-run.sh (its prefix, DLL paths, stderr logging).
# Each test's output goes to BUILD_DIR/wine-tests/NAME.txt; prints one line per test and a summary.
# Exit code: 0 when every test passed. Environment: TEST_TIMEOUT (seconds per test, default 300).
{
set -euo pipefail
[ $# -ge 1 ] || { echo "usage: $0 BUILD_DIR [TEST...]" >&2; exit 2; }
HERE=$(cd "$(dirname "$0")" && pwd)
BUILD_DIR=$(realpath "$1")
shift
TIMEOUT=${TEST_TIMEOUT:-300}
if [ $# -gt 0 ]; then
    tests=("$@")
else
    mapfile -t tests < <(cd "$BUILD_DIR/tests/unit" && ls tst_*.exe | sed 's/\.exe$//')
fi
OUT=$BUILD_DIR/wine-tests
mkdir -p "$OUT"

if [ -z "${MAILFIX_IN_XVFB:-}" ]; then # once: start the display, then run this script inside it
    export MAILFIX_IN_XVFB=1
    exec xvfb-run -a -s "-screen 0 1280x1024x24" bash "$0" "$BUILD_DIR" "${tests[@]}"
fi

passed=0 failed=0
failed_names=()
cd "$BUILD_DIR/tests/unit" # as ctest does: the tests' working directory
for t in "${tests[@]}"; do
    start=$SECONDS
    rc=0
    timeout -k 10 "$TIMEOUT" bash "$HERE/wine-run.sh" "$BUILD_DIR" "./$t.exe" >"$OUT/$t.txt" 2>&1 || rc=$?
    totals=$(grep -m1 '^Totals:' "$OUT/$t.txt" || true)
    if [ "$rc" -eq 0 ]; then
        passed=$((passed + 1))
        status=PASS
    else
        failed=$((failed + 1))
        failed_names+=("$t")
        status="FAIL (exit $rc)"
        [ "$rc" -ne 124 ] || status="FAIL (timeout ${TIMEOUT}s)"
    fi
    printf '%-28s %-30s %4ss  %s\n' "$t" "$status" $((SECONDS - start)) "${totals#Totals: }"
done
echo "wine-unit-tests: $passed passed, $failed failed${failed_names:+: ${failed_names[*]}} (outputs: $OUT)"
[ "$failed" -eq 0 ]
}
