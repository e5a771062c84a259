#!/bin/bash
# startup-benchmark.sh [BUILD_DIR] [RUNS] -- a benchmark, not a test: how fast the wizard's first window
# appears under Xvfb, and its peak resident memory. Starts one Xvfb for all runs. Prints medians of:
# the time from process start to the first window as the program measures it (--measure-startup),
# the wall time from launch until the program has shown its window and quit, and the peak RSS.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BUILD=$(cd "${1:-$ROOT/build}" && pwd)
RUNS=${2:-10}
APP="$BUILD/app/mailfix"
[ -x "$APP" ] || { echo "build first: $APP is missing" >&2; exit 1; }
DISPLAY_NUM=:$((90 + RANDOM % 9))
Xvfb "$DISPLAY_NUM" -screen 0 1280x1024x24 -nolisten tcp >/dev/null 2>&1 &
XVFB=$!
trap 'kill $XVFB 2>/dev/null || true' EXIT
for _ in $(seq 1 50); do xdpyinfo -display "$DISPLAY_NUM" >/dev/null 2>&1 && break; sleep 0.1; done
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
HOME_DIR=$(mktemp -d) # a fresh settings folder: no remembered window size
inner=()
wall=()
rss=()
HOME=$HOME_DIR DISPLAY=$DISPLAY_NUM XDG_RUNTIME_DIR=$HOME_DIR "$APP" --measure-startup >/dev/null 2>&1 || true # warm the page cache once
for _ in $(seq 1 "$RUNS"); do
    t0=$(date +%s%N)
    out=$(HOME=$HOME_DIR DISPLAY=$DISPLAY_NUM XDG_RUNTIME_DIR=$HOME_DIR "$APP" --measure-startup 2>/dev/null)
    t1=$(date +%s%N)
    inner+=("$(echo "$out" | awk '/first-window-ms/ {print $2}')")
    rss+=("$(echo "$out" | awk '/peak-rss-kb/ {print $2}')")
    wall+=("$(( (t1 - t0) / 1000000 ))")
done
rm -rf "$HOME_DIR"
printf 'runs:                                   %s\n' "$RUNS"
printf 'first window, measured in the program:  %s ms (median)\n' "$(printf '%s\n' "${inner[@]}" | median)"
printf 'launch to window shown and quit (wall): %s ms (median)\n' "$(printf '%s\n' "${wall[@]}" | median)"
printf 'peak resident memory:                   %s MB (median)\n' "$(printf '%s\n' "${rss[@]}" | median | awk '{printf "%.1f", $1/1024}')"
printf 'targets: first window under 500 ms, under 80 MB resident\n'
