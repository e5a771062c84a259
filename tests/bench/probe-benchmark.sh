#!/bin/bash
# probe-benchmark.sh [BUILD_DIR] [RUNS] -- a benchmark, not a test: times `mailfix-cli probe` over Exim's
# four ports (STARTTLS or TLS, AUTH, RCPT) against four sequential swaks runs doing the same checks, and
# the same probe with port 25 dropped. Starts and stops its own harness (root needed). Prints medians.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BUILD=$(cd "${1:-$ROOT/build}" && pwd)
RUNS=${2:-10}
CLI="$BUILD/app/mailfix-cli"
HARNESS="$ROOT/tests/harness/harness.sh"
STATE=$(mktemp -d /tmp/mailfix-bench.XXXXXX)
export MAILFIX_POSTFIX_ROOT=${MAILFIX_POSTFIX_ROOT:-$BUILD/tools/postfix-root}
command -v swaks >/dev/null || { echo "swaks is missing: apt-get install swaks libnet-ssleay-perl" >&2; exit 1; }
[ -x "$CLI" ] || { echo "build first: $CLI is missing" >&2; exit 1; }

cleanup() { "$HARNESS" stop "$STATE" >/dev/null 2>&1 || true; [ -n "${KEEP_STATE:-}" ] || rm -rf "$STATE"; }
trap cleanup EXIT
"$HARNESS" start "$STATE" >/dev/null
# shellcheck disable=SC1091
. "$STATE/harness.env"
inns() { "$HARNESS" exec "$STATE" "$@"; }

# median of the numbers on stdin
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
now() { date +%s.%N; }

swaks_four() {
    local common=(--server smtp.example.test --from "$MAILFIX_TEST_USER" --to someone@elsewhere.test
        --auth PLAIN --auth-user "$MAILFIX_TEST_USER" --auth-password "$MAILFIX_TEST_PASSWORD"
        --tls-verify --tls-ca-path "$MAILFIX_TEST_CA" --quit-after RCPT --timeout 10)
    for p in 25 26 587; do inns swaks "${common[@]}" --port $p --tls >/dev/null 2>&1 || return 1; done
    inns swaks "${common[@]}" --port 465 --tls-on-connect >/dev/null 2>&1 || return 1
}

probe_four() {
    echo "$MAILFIX_TEST_PASSWORD" | inns "$CLI" probe --server smtp.example.test --user "$MAILFIX_TEST_USER" \
        --password-stdin --to someone@elsewhere.test --ca-file "$MAILFIX_TEST_CA" --json >/dev/null
}

probe_dropped() {
    inns "$CLI" probe --server smtp.blocked25.test --timeout "$1" --ca-file "$MAILFIX_TEST_CA" >/dev/null || true
}

time_it() { # runs the command RUNS times, prints the median wall time in seconds
    local t0 t1
    for _ in $(seq 1 "$RUNS"); do
        t0=$(now)
        "$@"
        t1=$(now)
        echo "$t1 - $t0" | bc -l
    done | median
}

# each runs once first so that caches (binaries, DNS) are warm for both sides alike
swaks_four
probe_four
SWAKS=$(time_it swaks_four)
PROBE=$(time_it probe_four)
# `inns` itself (ip netns exec) costs a few ms per call: measured so that it can be seen
EMPTY=$(time_it inns true)
DROP_TIMEOUT=2
DROPPED=$(time_it probe_dropped $DROP_TIMEOUT)
printf 'runs per figure (median):           %s\n' "$RUNS"
printf 'ip netns exec overhead, one call:   %.3f s\n' "$EMPTY"
printf 'four sequential swaks runs:         %.3f s\n' "$SWAKS"
printf 'mailfix-cli probe, four ports:      %.3f s\n' "$PROBE"
printf 'ratio probe / swaks:                %.3f (target < 0.333)\n' "$(echo "$PROBE / $SWAKS" | bc -l)"
printf 'probe with port 25 dropped:         %.3f s (timeout %s s, limit %.1f s)\n' "$DROPPED" "$DROP_TIMEOUT" \
    "$(echo "$DROP_TIMEOUT + 0.5" | bc -l)"
