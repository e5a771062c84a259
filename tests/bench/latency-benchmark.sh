#!/bin/bash
# latency-benchmark.sh [BUILD_DIR] [RUNS] [DELAY_MS] -- a benchmark, not a test: times `mailfix-cli diagnose`
# (the harness's accounts, with the password; with the incoming checks and with --no-incoming) on plain
# loopback and with every packet of the servers and the DNS delayed DELAY_MS (default 50) each way
# (`harness.sh latency`, tests/harness/latency.py), and prints the medians, the ratio incoming / no-incoming
# and the sequential round trips: the time the delay added, in round trips, and from the delayer's packet log
# of the last delayed run, when detection and the probes began and ended (in round trips). Starts and stops
# its own harness (root needed).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BUILD=$(cd "${1:-$ROOT/build}" && pwd)
RUNS=${2:-7}
DELAY=${3:-50}
CLI="$BUILD/app/mailfix-cli"
HARNESS="$ROOT/tests/harness/harness.sh"
STATE=$(mktemp -d /tmp/mailfix-latency.XXXXXX)
export MAILFIX_POSTFIX_ROOT=${MAILFIX_POSTFIX_ROOT:-$BUILD/tools/postfix-root}
[ -x "$CLI" ] || { echo "build first: $CLI is missing" >&2; exit 1; }

cleanup() { "$HARNESS" stop "$STATE" >/dev/null 2>&1 || true; [ -n "${KEEP_STATE:-}" ] || rm -rf "$STATE"; }
trap cleanup EXIT
"$HARNESS" start "$STATE" >/dev/null
# shellcheck disable=SC1091
. "$STATE/harness.env"
LOG="$MAILFIX_HARNESS_RUNDIR/latency/relay.log"
HOW=exec # or delayed: through the relay
RTT=$(echo "2 * $DELAY / 1000" | bc -l)

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
now() { date +%s.%N; }

# diagnose ACCOUNT [--no-incoming]: the CLI as a user runs it, with the password and the harness's ISPDB
diagnose() {
    rm -f "$STATE/out.json"
    echo "$MAILFIX_TEST_PASSWORD" | "$HARNESS" "$HOW" "$STATE" "$CLI" diagnose "$1" --user "$1" --password-stdin \
        --ca-file "$MAILFIX_TEST_CA" --ispdb-url https://ispdb.test/v1.1/ --json "${@:2}" >"$STATE/out.json" 2>"$STATE/err.txt" || true
    grep -q '"exitCode"' "$STATE/out.json" || { echo "diagnose $* printed no report:" >&2; cat "$STATE/err.txt" >&2; exit 1; }
}

time_it() { # runs the command RUNS times, prints the median wall time in seconds
    local t0 t1
    for _ in $(seq 1 "$RUNS"); do
        [ "$HOW" = exec ] || : >"$LOG"
        t0=$(now)
        "$@"
        t1=$(now)
        echo "$t1 - $t0" | bc -l
    done | median
}

# The delayer's log of one run, as phases in round trips from the first packet: DNS questions, the
# detection's web fetches (80, 443), the probes' connections (SMTP, IMAP, POP3), each the first and the last
# packet, and the number of TCP connections.
phases() {
    python3 - "$LOG" "$DELAY" <<'PY'
import re, sys
rtt = 2 * float(sys.argv[2]) / 1000
rows, opened = [], set()
for line in open(sys.argv[1]):
    m = re.match(r"(\S+) (tcp|udp) ([\d.]+:\d+) > ([\d.]+:\d+) (\S+)", line)
    if m:
        t, proto, src, dst, flag = float(m.group(1)), m.group(2), m.group(3), m.group(4), m.group(5)
        if proto == "tcp" and flag == "S":
            opened.add(src)
        # only this run's connections (the last run's goodbyes may come in after the log was emptied)
        if proto == "udp" or src in opened or dst in opened:
            rows.append((t, proto, int(src.split(":")[1]), int(dst.split(":")[1]), flag))
if not rows:
    print("    (no packets logged)"); sys.exit()
t0 = rows[0][0]
kinds = {"dns": {53}, "web": {80, 443}, "smtp": {25, 26, 465, 587}, "incoming": {110, 143, 993, 995}}
for name, ports in kinds.items():
    times = [t for t, proto, sp, dp, fl in rows if sp in ports or dp in ports]
    conns = sum(1 for t, proto, sp, dp, fl in rows if proto == "tcp" and dp in ports and fl == "S")
    queries = sum(1 for t, proto, sp, dp, fl in rows if proto == "udp" and dp in ports)
    if times:
        extra = "%d questions" % queries if name == "dns" else "%d connections" % conns
        print("    %-9s first %5.1f  last %5.1f RTT  (%s)" % (name, (min(times) - t0) / rtt, (max(times) - t0) / rtt, extra))
PY
}

# warm caches (binaries, certificates) once for both sides alike
diagnose alice@example.test
declare -A RESULT PHASES
ACCOUNTS=(alice@example.test alice@postfix.test)
for account in "${ACCOUNTS[@]}"; do
    for mode in incoming no-incoming; do
        args=()
        [ "$mode" = no-incoming ] && args=(--no-incoming)
        RESULT[$account,$mode,direct]=$(time_it diagnose "$account" "${args[@]}")
        "$HARNESS" latency "$STATE" on "$DELAY"
        HOW=delayed
        diagnose "$account" "${args[@]}" # the relay's first connections
        RESULT[$account,$mode,delayed]=$(time_it diagnose "$account" "${args[@]}")
        PHASES[$account,$mode]=$(phases)
        HOW=exec
        "$HARNESS" latency "$STATE" off
    done
done

printf 'runs per figure (median): %s; delay %s ms each way (round trip %.0f ms)\n' "$RUNS" "$DELAY" "$(echo "$RTT * 1000" | bc -l)"
for account in "${ACCOUNTS[@]}"; do
    echo "diagnose $account (with the password):"
    for mode in incoming no-incoming; do
        d=${RESULT[$account,$mode,direct]}
        l=${RESULT[$account,$mode,delayed]}
        printf '  %-12s loopback %.3f s   delayed %.3f s   added %.2f s = %.1f round trips in a row\n' \
            "$mode" "$d" "$l" "$(echo "$l - $d" | bc -l)" "$(echo "($l - $d) / $RTT" | bc -l)"
    done
    printf '  ratio incoming / no-incoming: loopback %.2f, delayed %.2f (target <= 1.3)\n' \
        "$(echo "${RESULT[$account,incoming,direct]} / ${RESULT[$account,no-incoming,direct]}" | bc -l)" \
        "$(echo "${RESULT[$account,incoming,delayed]} / ${RESULT[$account,no-incoming,delayed]}" | bc -l)"
    for mode in incoming no-incoming; do
        echo "  $mode, the last delayed run's packets (round trips from the first packet):"
        echo "${PHASES[$account,$mode]}"
    done
done
echo "target: diagnose with incoming checks within 1.5 s at 100 ms round trip"
