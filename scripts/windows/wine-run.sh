#!/bin/bash
# scripts/windows/wine-run.sh BUILD_DIR PROGRAM.exe [ARGS...] -- runs a program of a Windows build
# (build-mailfix.sh) under Wine, with the Qt, OpenSSL and MinGW runtime DLLs from the cache on WINEPATH
# (so the build folder needs no copies), in a Wine prefix of its own: BUILD_DIR/wineprefix, created on
# first use without Mono and Gecko. Standard output, standard error and the exit code are the program's.
# Environment: MAILFIX_CACHE; WINEPREFIX (default BUILD_DIR/wineprefix); XVFB=1 runs it under xvfb-run
# (needed for mailfix.exe and the widget tests, which open windows).
{
set -euo pipefail
[ $# -ge 2 ] || { echo "usage: $0 BUILD_DIR PROGRAM.exe [ARGS...]" >&2; exit 2; }
BUILD_DIR=$(realpath "$1")
PROGRAM=$2
shift 2
CACHE=${MAILFIX_CACHE:-$HOME/.cache/mailfix}
# shellcheck source=/dev/null
. "$CACHE/windows-env.sh"

export WINEPREFIX=${WINEPREFIX:-$BUILD_DIR/wineprefix}
export WINEDEBUG=${WINEDEBUG:--all}
export WINEDLLOVERRIDES=${WINEDLLOVERRIDES:-mscoree=d;mshtml=d} # no Mono or Gecko installer dialogs
# Without a console window (GetConsoleWindow() is null under Wine when started from a script), Qt sends
# qDebug/qInfo/qWarning and Qt Test's output to OutputDebugString, where nobody sees it; MailFix's own
# output (QTextStream on stdout/stderr) is not affected. QT_FORCE_STDERR_LOGGING=1 sends it to stderr.
# Wine does not pass QT_* variables from Linux to the program (it keeps them for itself, like PATH):
# WINEQT_NAME reaches the program as QT_NAME (also e.g. WINEQT_QPA_PLATFORM).
export WINEQT_FORCE_STDERR_LOGGING=${WINEQT_FORCE_STDERR_LOGGING:-1}
winpath() { echo "Z:${1//\//\\}"; }
# For openssl.exe (on WINEPATH; the tests make certificates with "openssl req"): without it, it looks for
# C:/Program Files/Common Files/SSL/openssl.cnf.
if [ -z "${OPENSSL_CONF:-}" ]; then
    OPENSSL_CONF=$(winpath "$SSL_PREFIX/ssl/openssl.cnf")
    export OPENSSL_CONF
fi
wp="$(winpath "$QT_PREFIX/bin");$(winpath "$SSL_PREFIX/bin")"
IFS=: read -ra dirs <<<"$MINGW_RUNTIME_DIRS"
for d in "${dirs[@]}"; do wp="$wp;$(winpath "$d")"; done
export WINEPATH="$wp${WINEPATH:+;$WINEPATH}"

if [ ! -f "$WINEPREFIX/.mailfix-ready" ]; then # once, and one caller at a time (a half-made prefix
    mkdir -p "$(dirname "$WINEPREFIX")"            # makes windows fail to open: CreateWindowEx failed)
    (
        flock 9
        if [ ! -f "$WINEPREFIX/.mailfix-ready" ]; then
            echo "wine-run: creating the Wine prefix $WINEPREFIX" >&2
            wineboot -i >/dev/null 2>&1 || true
            wineserver -w
            touch "$WINEPREFIX/.mailfix-ready"
        fi
    ) 9>"$WINEPREFIX.lock"
fi
if [ "${XVFB:-0}" = 1 ]; then
    exec xvfb-run -a -s "-screen 0 1280x1024x24" wine "$PROGRAM" "$@"
fi
exec wine "$PROGRAM" "$@"
}
