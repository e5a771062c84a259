#!/bin/bash
# tests/package/test-deb.sh BUILD_DIR HARNESS_SH HARNESS_STATE_DIR
#
# The Debian package end to end: builds it with `cpack -G DEB`, checks its control data and files,
# unpacks it into a throw-away root (dpkg -x), really installs it (dpkg -i), runs the installed
# programs (--version without a display, self-test, and a `diagnose` against the test harness's real
# servers, inside its network namespace, with deployment settings from MAILFIX_CONFIG), then removes
# it (dpkg -r) and checks that it is gone. A package left over from an earlier run is removed first,
# and the package is removed again however this script ends. Needs root (exit 77: skipped) and a
# started harness (CTest's harness fixture).
set -euo pipefail

BUILD_ARG=${1:-}
HARNESS=${2:-}
HARNESS_STATE=${3:-}
if [ -z "$BUILD_ARG" ] || [ -z "$HARNESS" ] || [ -z "$HARNESS_STATE" ]; then
    echo "usage: test-deb.sh BUILD_DIR HARNESS_SH HARNESS_STATE_DIR" >&2
    exit 2
fi
BUILD=$(cd "$BUILD_ARG" && pwd)
if [ "$(id -u)" != 0 ]; then
    echo "SKIP: installing a package needs root"
    exit 77
fi
for tool in cpack dpkg dpkg-deb dpkg-query flock python3; do
    if ! command -v "$tool" >/dev/null; then
        echo "SKIP: $tool is missing"
        exit 77
    fi
done

# One package test at a time on this machine, whichever build tree it comes from.
exec 9>/run/lock/mailfix-package-test.lock
flock 9

START=$(date +%s.%N)
WORK=$(mktemp -d /tmp/mailfix-deb.XXXXXX)
step() { printf '== %s\n' "$*"; }
fail() {
    echo "FAIL: $*" >&2
    exit 1
}
installed() { dpkg-query -W -f='${Status}' mailfix 2>/dev/null | grep -qv '^unknown ok not-installed$'; }
remove_package() {
    if installed; then
        dpkg -r mailfix >/dev/null 2>&1 || true
        dpkg --purge mailfix >/dev/null 2>&1 || true # config-files or a half-installed leftover
    fi
}
cleanup() {
    remove_package
    rm -rf "$WORK"
}
trap cleanup EXIT

step "removing a mailfix package left over from an earlier run"
remove_package
installed && fail "a leftover mailfix package cannot be removed"

step "building the package: cpack -G DEB"
if ! (cd "$BUILD" && cpack -G DEB -B "$WORK/out") >"$WORK/cpack.log" 2>&1; then
    cat "$WORK/cpack.log" >&2
    fail "cpack failed"
fi
DEB=$(find "$WORK/out" -maxdepth 1 -name 'mailfix_*.deb' | head -n1)
[ -n "$DEB" ] || fail "cpack made no mailfix_*.deb: $(ls "$WORK/out")"
echo "   $(basename "$DEB"), $(du -k "$DEB" | cut -f1) kB"

step "control data"
[ "$(dpkg-deb -f "$DEB" Package)" = mailfix ] || fail "the package is not called mailfix"
VERSION=$(dpkg-deb -f "$DEB" Version)
DEPENDS=$(dpkg-deb -f "$DEB" Depends)
echo "   Version: $VERSION"
echo "   Depends: $DEPENDS"
for dep in libqt6widgets6 libqt6network6 libqt6core6 libssl3 libc6; do
    printf '%s\n' "$DEPENDS" | tr ',' '\n' | grep -q "^ *$dep\b" || fail "Depends lacks $dep"
done

step "files (dpkg-deb -c)"
dpkg-deb -c "$DEB" | awk '{print $NF}' >"$WORK/contents"
for f in ./usr/bin/mailfix ./usr/bin/mailfix-cli ./usr/share/applications/mailfix.desktop \
    ./usr/share/icons/hicolor/scalable/apps/mailfix.svg ./usr/share/mailfix/mailfix.conf.example \
    ./usr/share/mailfix/ISPDB-LICENSE.txt ./usr/share/mailfix/THIRD-PARTY-NOTICES.txt \
    ./usr/share/mailfix/README.md; do
    grep -qx "$f" "$WORK/contents" || fail "the package lacks $f"
done

step "unpacking into a throw-away root: dpkg -x"
dpkg -x "$DEB" "$WORK/root"
"$WORK/root/usr/bin/mailfix-cli" --version | grep -qx "MailFix $VERSION" || fail "the unpacked mailfix-cli --version"
if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$WORK/root/usr/share/applications/mailfix.desktop" || fail "the .desktop file is not valid"
fi

step "installing it: dpkg -i"
if ! dpkg -i "$DEB" >"$WORK/dpkg.log" 2>&1; then
    cat "$WORK/dpkg.log" >&2
    fail "dpkg -i failed (are the dependencies installed?)"
fi
dpkg -s mailfix | grep -qx 'Status: install ok installed' || fail "dpkg -s does not show mailfix installed"

step "the installed programs: --version (no display), self-test"
out=$(env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM /usr/bin/mailfix --version) ||
    fail "/usr/bin/mailfix --version failed"
[ "$out" = "MailFix $VERSION" ] || fail "/usr/bin/mailfix --version said: $out"
out=$(/usr/bin/mailfix-cli --version) || fail "/usr/bin/mailfix-cli --version failed"
[ "$out" = "MailFix $VERSION" ] || fail "/usr/bin/mailfix-cli --version said: $out"
/usr/bin/mailfix-cli self-test || fail "mailfix-cli self-test: encrypted connections do not work"

step "the shipped example settings: every key known"
set +e
MAILFIX_CONFIG=/usr/share/mailfix/mailfix.conf.example LC_ALL=C LANGUAGE=en \
    /usr/bin/mailfix-cli probe --server 127.0.0.1 --ports 1 --timeout 1 >/dev/null 2>"$WORK/example.err"
set -e
if grep -q 'unknown setting' "$WORK/example.err"; then
    cat "$WORK/example.err" >&2
    fail "the example settings file has keys MailFix does not know"
fi

step "diagnose alice@example.test against the harness, with deployment settings"
cat >"$WORK/mailfix.conf" <<EOF
[branding]
productName=Package Test Help
supportPhone=+1 555 0100
[reports]
folder=$WORK/reports
autoSave=true
EOF
set +e
# shellcheck disable=SC2016 # expanded inside the namespace, from the harness's variables
MAILFIX_CONFIG="$WORK/mailfix.conf" LC_ALL=C LANGUAGE=en "$HARNESS" exec "$HARNESS_STATE" bash -c '
    printf "%s\n" "$MAILFIX_TEST_PASSWORD" |
        /usr/bin/mailfix-cli diagnose alice@example.test --user "$MAILFIX_TEST_USER" --password-stdin \
            --ca-file "$MAILFIX_TEST_CA" --ispdb-url https://ispdb.test/v1.1/ --timeout 5 --json' \
    >"$WORK/diagnose.json" 2>"$WORK/diagnose.err"
code=$?
set -e
echo "   exit code $code"
# the right password: Exim's settings are verified and nothing is wrong with them
if [ "$code" != 0 ]; then
    cat "$WORK/diagnose.err" "$WORK/diagnose.json" >&2
    fail "diagnose exited with $code (expected 0: working settings verified)"
fi
PASSWORD=$("$HARNESS" env "$HARNESS_STATE" | sed -n 's/^MAILFIX_TEST_PASSWORD=//p')
[ -n "$PASSWORD" ] || fail "the harness has no test password (is it started?)"
if grep -qF -- "$PASSWORD" "$WORK/diagnose.json" "$WORK/diagnose.err"; then
    fail "the password is in diagnose's output"
fi
python3 - "$WORK/diagnose.json" "$code" <<'PY' || fail "diagnose's JSON is not as expected"
import json, sys
root = json.load(open(sys.argv[1]))
assert root["command"] == "diagnose", root.get("command")
assert root["exitCode"] == int(sys.argv[2]), (root["exitCode"], sys.argv[2])
rec = root.get("recommended")
assert rec and rec.get("host"), "no recommended server"
assert rec["verified"] is True, rec
assert (rec["host"], rec["port"], rec["security"]) == ("smtp.example.test", 465, "tls"), rec
assert "settings-ok" in [f["id"] for f in root["findings"]], root["findings"]
assert not [f["id"] for f in root["findings"] if f["severity"] == "cause"], root["findings"]
assert root.get("branding", {}).get("productName") == "Package Test Help", root.get("branding")
print("   recommended: %s:%s %s (verified: %s)" % (rec["host"], rec["port"], rec["security"], rec["verified"]))
PY
ls "$WORK"/reports/mailfix-report-*-alice@example.test.json >/dev/null 2>&1 ||
    fail "no report was saved automatically into $WORK/reports"
cmp -s "$WORK/diagnose.json" "$WORK"/reports/mailfix-report-*-alice@example.test.json ||
    fail "the saved report differs from the console's JSON"

step "removing it: dpkg -r mailfix"
dpkg -r mailfix >"$WORK/dpkg-r.log" 2>&1 || {
    cat "$WORK/dpkg-r.log" >&2
    fail "dpkg -r mailfix failed"
}
if dpkg -s mailfix >/dev/null 2>&1; then
    dpkg -s mailfix | grep -x 'Status: .*' >&2
    fail "dpkg -s still knows mailfix after dpkg -r"
fi
if [ -e /usr/bin/mailfix ] || [ -e /usr/bin/mailfix-cli ]; then
    fail "the programs are still there after dpkg -r"
fi

awk -v s="$START" -v e="$(date +%s.%N)" 'BEGIN { printf "== passed in %.1f s\n", e - s }'
