#!/bin/bash
# ui-latency-benchmark.sh [BUILD_DIR] [RUNS] -- a benchmark, not a test: the longest pause of the wizard's
# UI thread (the longest gap between two ticks of a 10 ms timer) while it checks alice@example.test
# against the real-server harness, from tst_wizard_flow's fromThePastedErrorToAVerifiedFix (offscreen).
# Starts the harness (root), runs RUNS times, prints the median and the largest gap. The network work runs
# asynchronously, so a gap much longer than the 10 ms tick means the UI thread was blocked.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BUILD=$(cd "${1:-$ROOT/build}" && pwd)
RUNS=${2:-10}
TEST="$BUILD/tests/integration/tst_wizard_flow"
[ -x "$TEST" ] || { echo "build first: $TEST is missing" >&2; exit 1; }
STATE=$(mktemp -d /tmp/mailfix-uibench.XXXXXX)
export MAILFIX_POSTFIX_ROOT=${MAILFIX_POSTFIX_ROOT:-$BUILD/tools/postfix-root}
trap '"$ROOT/tests/harness/harness.sh" stop "$STATE" >/dev/null 2>&1; rm -rf "$STATE"' EXIT
"$ROOT/tests/harness/harness.sh" start "$STATE" >/dev/null
gaps=()
for _ in $(seq 1 "$RUNS"); do
    out=$(QT_QPA_PLATFORM=offscreen "$ROOT/tests/harness/harness.sh" exec "$STATE" "$TEST" \
        fromThePastedErrorToAVerifiedFix 2>/dev/null)
    gaps+=("$(echo "$out" | awk '/^ui-longest-gap-ms/ {print $2}')")
done
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
echo "runs: $RUNS"
echo "ui longest gap, median: $(printf '%s\n' "${gaps[@]}" | median) ms"
echo "ui longest gap, largest: $(printf '%s\n' "${gaps[@]}" | sort -n | tail -1) ms"
