#!/bin/bash
# scripts/windows/build-mailfix.sh SRC_DIR BUILD_DIR -- cross-builds MailFix (and its tests) for 64-bit
# Windows with the Qt and OpenSSL of build-toolchain.sh (run first; it does nothing when its cache is warm).
#   SRC_DIR    a MailFix checkout (default: this repository)
#   BUILD_DIR  the build folder (default: SRC_DIR/build-windows)
# Environment: MAILFIX_CACHE (see build-toolchain.sh), JOBS (default 2), BUILD_TYPE (default Release),
#   MAILFIX_BUILD_TESTS (default ON). Every compile runs under nice -n 19.
# Incremental: (re)configures (seconds), then builds what changed.
{ # read completely before running, so editing this file while it runs does no harm
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
SRC_DIR=$(realpath "${1:-$HERE/../..}")
BUILD_DIR=$(realpath -m "${2:-$SRC_DIR/build-windows}")
CACHE=${MAILFIX_CACHE:-$HOME/.cache/mailfix}
JOBS=${JOBS:-2}
BUILD_TYPE=${BUILD_TYPE:-Release}
TESTS=${MAILFIX_BUILD_TESTS:-ON}

say() { printf '\033[1mbuild-mailfix:\033[0m %s\n' "$*"; }
die() { say "error: $*" >&2; exit 1; }

[ -f "$SRC_DIR/CMakeLists.txt" ] || die "$SRC_DIR is not a MailFix checkout"
bash "$HERE/build-toolchain.sh"
# shellcheck source=/dev/null
. "$CACHE/windows-env.sh" # QT_PREFIX, SSL_PREFIX, MINGW_RUNTIME_DIRS (written by build-toolchain.sh)

start=$SECONDS
say "configuring $SRC_DIR for Windows in $BUILD_DIR"
# qt.toolchain.cmake: the MinGW toolchain Qt was built with, this Qt as the target's root, and the host's
# Qt (QT_HOST_PATH=/usr) for moc, rcc, uic, lupdate and lrelease.
# --no-zstd: the host's rcc (Debian's) compresses resources with zstd, which this Qt cannot read
# (undefined reference to qResourceFeatureZstd()); qt_add_resources adds it by itself, AUTORCC does not.
nice -n 19 cmake -S "$SRC_DIR" -B "$BUILD_DIR" -G Ninja \
    -DCMAKE_TOOLCHAIN_FILE="$QT_PREFIX/lib/cmake/Qt6/qt.toolchain.cmake" \
    -DCMAKE_BUILD_TYPE="$BUILD_TYPE" -DMAILFIX_BUILD_TESTS="$TESTS" \
    -DCMAKE_AUTORCC_OPTIONS=--no-zstd \
    -DMAILFIX_OPENSSL_DLLS="$SSL_PREFIX/bin/libssl-3-x64.dll;$SSL_PREFIX/bin/libcrypto-3-x64.dll" >/dev/null
say "building"
nice -n 19 cmake --build "$BUILD_DIR" --parallel "$JOBS"
say "built in $((SECONDS - start)) s: $BUILD_DIR/app/mailfix.exe, $BUILD_DIR/app/mailfix-cli.exe"
exit 0
}
