#!/bin/bash
# tests/windows/run.sh BUILD_DIR LINUX_BUILD_DIR -- the Windows build under Wine (scripts/dev.sh windows runs it):
#   1. the portable folder (scripts/windows/package.sh: every imported DLL shipped or part of Windows), and
#      mailfix-cli.exe --version and self-test from that folder in a fresh Wine prefix;
#   2. the unit tests, built for Windows, under Wine;
#   3. mailfix-cli.exe diagnose under Wine inside the harness's namespace, against the real Exim and Postfix,
#      for the end-to-end situations of tst_diagnose_servers (shared hosting and certificate names too): the same findings, recommendation and exit
#      code as the Linux build (JSON compared with times stripped);
#   4. classic Outlook's registry keys written into the Wine prefix (two accounts for one address: port 25
#      without sign-in, and 587 with STARTTLS and sign-in): `diagnose --read-settings outlook` reads both
#      and points at the wrong one;
#   5. the wizard: a whole check against the harness, every page rendered to PNG in the Windows style.
#   Also the installer (make-installer.sh): silent install with /CONF, the installed programs, silent uninstall;
#   and an MSP's policy in HKLM, which the Windows build reads from the registry.
# Needs root (the harness) and the Linux build (for the harness and the reference JSON).
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
BUILD=$(realpath "${1:?usage: run.sh BUILD_DIR LINUX_BUILD_DIR}")
LINUX=$(realpath "${2:?usage: run.sh BUILD_DIR LINUX_BUILD_DIR}")
WINE_RUN="$ROOT/scripts/windows/wine-run.sh"
HARNESS="$ROOT/tests/harness/harness.sh"
STATE="$BUILD/harness"
OUT="$BUILD/windows-tests"
PASSED=0
FAILED=0
mkdir -p "$OUT"

say() { printf '\033[1mtests/windows:\033[0m %s\n' "$*"; }
pass() { PASSED=$((PASSED + 1)); say "PASS $*"; }
fail() { FAILED=$((FAILED + 1)); say "FAIL $*"; }

# --- 1. the portable folder, the zip and the installer
VERSION=$(sed -n 's/^project(MailFix VERSION \([0-9.]*\).*/\1/p' "$ROOT/CMakeLists.txt")
PORTABLE="$BUILD/MailFix-$VERSION-win64"
SETUP="$BUILD/MailFix-$VERSION-setup.exe"
if bash "$ROOT/scripts/windows/make-installer.sh" "$BUILD" >"$OUT/package.log" 2>&1; then
    pass "package: every imported DLL is shipped or part of Windows; $(tail -1 "$OUT/package.log" | sed 's/^make-installer: //')"
else
    fail "package (see $OUT/package.log)"
fi
CLEAN_PREFIX="$BUILD/wineprefix-clean-test"
rm -rf "$CLEAN_PREFIX"
version=$(WINEPREFIX="$CLEAN_PREFIX" WINEDEBUG=-all WINEDLLOVERRIDES="mscoree=d;mshtml=d" \
    wine "$PORTABLE/mailfix-cli.exe" --version 2>/dev/null | tr -d '\r' || true)
[[ "$version" == MailFix\ * ]] && pass "--version from the portable folder: $version" ||
    fail "--version from the portable folder: '$version'"
selftest=$(WINEPREFIX="$CLEAN_PREFIX" WINEDEBUG=-all wine "$PORTABLE/mailfix-cli.exe" self-test 2>&1 | tr -d '\r' || true)
echo "$selftest" >"$OUT/self-test.txt"
grep -qi "openssl" <<<"$selftest" && pass "self-test reports the OpenSSL backend" || fail "self-test: $selftest"

# The installer: silent, per machine, with an MSP's deployment file; then the silent uninstaller.
INSTALL_PREFIX="$BUILD/wineprefix-install-test"
rm -rf "$INSTALL_PREFIX"
installed() { WINEPREFIX="$INSTALL_PREFIX" WINEDEBUG=-all WINEDLLOVERRIDES="mscoree=d;mshtml=d" "$@"; }
printf '[branding]\nproductName=Acme Mail Check\n' >"$OUT/msp.conf"
installed wine "$SETUP" /S "/CONF=Z:${OUT//\//\\}\\msp.conf" >/dev/null 2>&1 || true
installed wineserver -w
DIR="$INSTALL_PREFIX/drive_c/Program Files/MailFix"
LINK="$INSTALL_PREFIX/drive_c/ProgramData/Microsoft/Windows/Start Menu/Programs/MailFix.lnk"
v=$(installed wine 'C:\Program Files\MailFix\mailfix-cli.exe' --version 2>/dev/null | tr -d '\r' || true)
t=$(installed wine 'C:\Program Files\MailFix\mailfix-cli.exe' self-test 2>&1 | tr -d '\r' || true)
if [[ "$v" == "MailFix $VERSION" && "$t" == *openssl* && -f "$LINK" ]] && cmp -s "$OUT/msp.conf" "$DIR/mailfix.conf" &&
    installed wine reg query 'HKLM\Software\Microsoft\Windows\CurrentVersion\Uninstall\MailFix' >/dev/null 2>&1; then
    pass "installer /S: Program Files\\MailFix, Start menu entry, uninstall entry, /CONF as mailfix.conf; $v runs, self-test: OpenSSL"
else
    fail "installer /S: version '$v', self-test '$t', shortcut $([ -f "$LINK" ] && echo yes || echo no)"
fi
installed wine 'C:\Program Files\MailFix\Uninstall.exe' /S >/dev/null 2>&1 || true
installed wineserver -w
for _ in $(seq 1 30); do [ -e "$DIR" ] || break; sleep 1; done # the uninstaller runs from a copy in TEMP
if [ ! -e "$DIR" ] && [ ! -e "$LINK" ] &&
    ! installed wine reg query 'HKLM\Software\Microsoft\Windows\CurrentVersion\Uninstall\MailFix' >/dev/null 2>&1; then
    pass "uninstaller /S removes the folder, the Start menu entry and the uninstall entry"
else
    fail "uninstaller /S left $( [ -e "$DIR" ] && echo "the folder ")$( [ -e "$LINK" ] && echo "the shortcut")"
fi

# An MSP's policy in the registry (HKLM\Software\MailFix\MailFix, one subkey per group): it forbids the test
# message, and the refusal names the setting and the key.
POLICY_PREFIX="$BUILD/wineprefix-policy-test"
rm -rf "$POLICY_PREFIX"
policy() { WINEPREFIX="$POLICY_PREFIX" WINEDEBUG=-all WINEDLLOVERRIDES="mscoree=d;mshtml=d" "$@"; }
policy wine reg add 'HKLM\Software\MailFix\MailFix\checks' /v allowSendTest /t REG_SZ /d false /f >/dev/null 2>&1
rc=0
refusal=$(policy wine "$PORTABLE/mailfix-cli.exe" probe smtp.example.test --send-test --password-stdin </dev/null 2>&1 |
    tr -d '\r') || rc=$?
policy wineserver -k 2>/dev/null || true
if [ "$rc" -eq 2 ] &&
    [[ "$refusal" == *"allowSendTest=false in HKEY_LOCAL_MACHINE\Software\MailFix\MailFix)"* ]]; then
    pass "deployment policy in HKLM: --send-test refused (exit 2), naming allowSendTest and the registry key"
else
    fail "deployment policy in HKLM: exit $rc, '$refusal'"
fi

# --- 2. the unit tests under Wine (SKIP_UNIT=1 leaves them out, e.g. while working on the rest)
if [ "${SKIP_UNIT:-0}" = 1 ]; then
    say "unit tests under Wine: skipped (SKIP_UNIT=1)"
elif bash "$ROOT/scripts/windows/wine-unit-tests.sh" "$BUILD" >"$OUT/unit-tests.log" 2>&1; then
    pass "unit tests under Wine: $(sed -n 's/^wine-unit-tests: //p' "$OUT/unit-tests.log")"
else
    fail "unit tests under Wine (see $OUT/unit-tests.log)"
fi

# --- 3 and 4 need the harness
MAILFIX_POSTFIX_ROOT=${MAILFIX_POSTFIX_ROOT:-$LINUX/tools/postfix-root} bash "$HARNESS" start "$STATE" >"$OUT/harness.log" 2>&1
trap 'bash "$HARNESS" stop "$STATE" >>"$OUT/harness.log" 2>&1 || true' EXIT
PREFIX="$BUILD/wineprefix-harness"
export WINEPREFIX="$PREFIX"
# Wine's sockets are made by its wineserver: it must start inside the namespace.
bash "$HARNESS" exec "$STATE" bash -c "WINEPREFIX='$PREFIX' wineserver -k 2>/dev/null; true"
CA_WIN="Z:$(bash "$HARNESS" exec "$STATE" bash -c 'echo $MAILFIX_TEST_CA' | tr / '\\')"

# Runs `diagnose ARGS --json` with the harness's settings under Wine (or Linux) and writes the JSON.
# PASSWORD=wrong sends a wrong password; CA=none leaves out the harness's CA.
diagnose() { # wine|linux OUTFILE ARGS...
    local where=$1 outfile=$2
    shift 2
    local common=(--json --ispdb-url https://ispdb.test/v1.1/ --timeout 3 --password-stdin)
    local secret='printf "%s\n" "$MAILFIX_TEST_PASSWORD"'
    [ "${PASSWORD:-right}" = wrong ] && secret='printf "Wrong-%s\n" "$MAILFIX_TEST_PASSWORD"'
    if [ "$where" = wine ]; then
        [ "${CA:-harness}" = none ] || common+=(--ca-file "$CA_WIN")
        bash "$HARNESS" exec "$STATE" bash -c "$secret" |
            bash "$HARNESS" exec "$STATE" env WINEPREFIX="$PREFIX" bash "$WINE_RUN" "$BUILD" \
                "$BUILD/app/mailfix-cli.exe" diagnose "$@" "${common[@]}" >"$outfile" 2>"$outfile.err" || true
    else
        [ "${CA:-harness}" = none ] || common+=(--ca-file "$(bash "$HARNESS" exec "$STATE" bash -c 'echo $MAILFIX_TEST_CA')")
        bash "$HARNESS" exec "$STATE" bash -c "$secret" |
            bash "$HARNESS" exec "$STATE" "$LINUX/app/mailfix-cli" diagnose "$@" "${common[@]}" \
                >"$outfile" 2>"$outfile.err" || true
    fi
}

# Each situation of tests/integration/tst_diagnose_servers.cpp, on both builds.
same() { # NAME ARGS...
    local name=$1
    shift
    diagnose wine "$OUT/$name.wine.json" "$@"
    diagnose linux "$OUT/$name.linux.json" "$@"
    if python3 "$HERE/compare-diagnosis.py" "$OUT/$name.linux.json" "$OUT/$name.wine.json" >"$OUT/$name.diff"; then
        pass "diagnose $name: same findings, recommendation and exit code as Linux"
    else
        fail "diagnose $name: $(head -3 "$OUT/$name.diff" | tr '\n' ' ')"
    fi
}
A=alice@example.test
same auth-required $A --user $A --current smtp.example.test:587:starttls:none \
    --error "503 valid RCPT command must precede DATA"
PASSWORD=wrong same wrong-password $A --user $A --current smtp.example.test:465:tls:normal-password
same auth-only-after-starttls alice@postfix.test --user alice@postfix.test \
    --current smtp.postfix.test:587:none:normal-password
same only-465 alice@only465.test --user $A --current smtp.only465.test:587:starttls:normal-password
same port-25-dropped alice@blocked25.test --user $A --current smtp.blocked25.test:25:starttls:normal-password
CA=none same certificate-not-trusted $A --user $A
same sender-not-owned $A --user $A --from bob@example.test
same everything-fine $A --user $A --current smtp.example.test:465:tls:normal-password
# Shared hosting and names from certificates (issue 14): the certificate names the hosting machine.
S=alice@shopfront.test
REAL=server17.sharedhost.test
same shared-hosting $S --user $A --current mail.shopfront.test:587:starttls:normal-password --approve-host $REAL
same shared-hosting-not-approved $S --user $A --current mail.shopfront.test:587:starttls:normal-password
same shared-hosting-working $S --user $A --current $REAL:465:tls:normal-password
same shared-hosting-587-tls $S --user $A --current mail.shopfront.test:587:tls:normal-password --approve-host $REAL
same shared-hosting-465-starttls $S --user $A --current mail.shopfront.test:465:starttls:normal-password \
    --approve-host $REAL
same wildcard-certificate alice@bakery.test --user $A --current mail.bakery.test:465:tls:normal-password \
    --approve-host mx3.wildhost.test
same smtp-instead-of-mail alice@swapped.test --user $A --current mail.swapped.test:587:starttls:normal-password
same common-name-only alice@cnonly.test --user $A --current smtp.cnonly.test:465:tls:normal-password

# --- 4. classic Outlook's accounts from the registry
KEY='HKCU\Software\Microsoft\Office\16.0\Outlook\Profiles\Outlook\9375CFF0413111d3B88A00104B2A6676'
hex() { printf '%s' "$1" | iconv -t UTF-16LE | od -An -tx1 | tr -d ' \n'; printf '0000'; } # REG_BINARY text
reg() { bash "$HARNESS" exec "$STATE" env WINEPREFIX="$PREFIX" WINEDEBUG=-all wine reg add "$@" /f >/dev/null 2>&1; }
account() { # KEY NAME PORT SECURE USEAUTH
    local k="$KEY\\$1"
    reg "$k" /v "Account Name" /t REG_BINARY /d "$(hex "$2")"
    reg "$k" /v "Email" /t REG_BINARY /d "$(hex alice@example.test)"
    reg "$k" /v "IMAP Server" /t REG_BINARY /d "$(hex imap.example.test)"
    reg "$k" /v "IMAP User" /t REG_BINARY /d "$(hex alice@example.test)"
    reg "$k" /v "SMTP Server" /t REG_BINARY /d "$(hex smtp.example.test)"
    reg "$k" /v "SMTP Port" /t REG_DWORD /d "$3"
    reg "$k" /v "SMTP Secure Connection" /t REG_DWORD /d "$4"
    reg "$k" /v "SMTP Use Auth" /t REG_DWORD /d "$5"
}
account 00000001 "Old laptop" 25 0 0
account 00000002 "Work" 587 2 1
diagnose wine "$OUT/outlook.json" $A --user $A --read-settings outlook
if python3 - "$OUT/outlook.json" <<'PY'; then
import json, sys
d = json.load(open(sys.argv[1]))
accounts = d.get("accounts", [])
assert [a["name"] for a in accounts] == ["Old laptop", "Work"], accounts
old, work = accounts
assert old["current"]["port"] == 25 and old["current"]["auth"] == "none" and not old["works"], old
assert old["findings"][0]["id"] == "auth-required" and old["findings"][0]["severity"] == "cause", old
assert work["current"]["port"] == 587 and work["current"]["security"] == "starttls" and work["works"], work
assert d["findings"][0]["id"] == "auth-required", d["findings"][0]
assert d["recommended"]["verified"] and d["recommended"]["port"] == 465, d["recommended"]
PY
    pass "Outlook: both accounts read from the registry; the diagnosis points at \"Old laptop\" (port 25, no sign-in)"
else
    fail "Outlook accounts (see $OUT/outlook.json)"
fi

# --- 5. the wizard under Wine: a whole check against the harness, every page rendered to PNG (look at them)
if [ -x "$BUILD/tests/tools/mailfix-render-pages.exe" ] || [ -f "$BUILD/tests/tools/mailfix-render-pages.exe" ]; then
    rm -rf "$OUT/pages"
    bash "$HARNESS" exec "$STATE" env WINEPREFIX="$PREFIX" XVFB=1 bash "$WINE_RUN" "$BUILD" \
        "$BUILD/tests/tools/mailfix-render-pages.exe" "Z:${OUT//\//\\}\\pages" >"$OUT/pages.log" 2>&1 || true
    pages=$(ls "$OUT/pages"/*.png 2>/dev/null | wc -l)
    [ "$pages" = 8 ] && pass "wizard under Wine: all 8 pages rendered after a real check ($OUT/pages)" ||
        fail "wizard under Wine: $pages of 8 pages (see $OUT/pages.log)"
else
    fail "wizard under Wine: mailfix-render-pages.exe was not built"
fi

say "$PASSED passed, $FAILED failed"
echo "$PASSED passed, $FAILED failed"
[ "$FAILED" = 0 ]
