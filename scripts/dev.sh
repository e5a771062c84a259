#!/bin/bash
# scripts/dev.sh run|test|build -- the README's set-up commands for a Debian 12 machine.
#   run:   install what is missing, configure, build, launch the MailFix wizard
#   test:  install what is missing (test servers too), configure, build, run every test
#   build: install what is missing for building, configure, build
#   windows: the Windows build (Qt and OpenSSL for MinGW built once into ~/.cache/mailfix, then MailFix),
#            its portable folder, and its tests under Wine (tests/windows/run.sh); needs root
# Idempotent: packages are installed only when missing, the build is incremental.
# Environment: BUILD_DIR (default: build), JOBS (default: number of cores).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD_DIR=${BUILD_DIR:-$ROOT/build}
JOBS=${JOBS:-$(nproc)}
FUZZ_DIR=$(realpath -m "$BUILD_DIR")-fuzz # the clang build of the libFuzzer targets (test only)
ASAN_DIR=$(realpath -m "$BUILD_DIR")-asan # the sanitizer build of the whole suite (test only)
ACTION=${1:-}

BUILD_PACKAGES=(build-essential cmake ninja-build pkg-config qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-networkauth-dev
    qt6-l10n-tools qt6-qpa-plugins libgl-dev libssl3 fonts-dejavu-core)
TEST_PACKAGES=(xvfb xauth imagemagick exim4-daemon-heavy dnsmasq-base nftables iproute2 openssl swaks
    libnet-ssleay-perl libio-socket-ssl-perl libauthen-sasl-perl dovecot-core dovecot-imapd dovecot-pop3d python3
    libdb5.3 libicu72 libnsl2 libsasl2-2 util-linux x11-utils bc desktop-file-utils
    at-spi2-core dbus-daemon python3-pyatspi # integration.a11y: the wizard read through the real AT-SPI
    thunderbird # tst_thunderbird_apply: MailFix's fix in a real profile, read back by the real program
    clang-14 libclang-rt-14-dev llvm-14) # the fuzz step: clang, libFuzzer's runtime, llvm-symbolizer

say() { printf '\033[1mdev.sh:\033[0m %s\n' "$*"; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

install_missing() {
    local missing=()
    for pkg in "$@"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    say "installing ${missing[*]}"
    as_root apt-get update -qq
    # no daemons are started for the packages (test servers run only inside the test namespace)
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" \
        >/dev/null
}

# Debian's postfix and exim4 packages conflict: the harness runs Postfix from an unpacked .deb.
unpack_postfix() {
    local dest="$BUILD_DIR/tools/postfix-root"
    [ -x "$dest/usr/lib/postfix/sbin/master" ] && return 0
    say "unpacking Postfix for the test harness into $dest"
    local tmp
    tmp=$(mktemp -d)
    (cd "$tmp" && apt-get download postfix >/dev/null 2>&1) ||
        (as_root apt-get update -qq && cd "$tmp" && apt-get download postfix >/dev/null 2>&1)
    rm -rf "$dest"
    mkdir -p "$dest"
    dpkg-deb -x "$tmp"/postfix_*.deb "$dest"
    rm -rf "$tmp"
}

configure_and_build() {
    if [ ! -f "$BUILD_DIR/CMakeCache.txt" ]; then
        say "configuring in $BUILD_DIR"
        cmake -S "$ROOT" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@" >/dev/null
    elif [ $# -gt 0 ]; then
        cmake "$BUILD_DIR" "$@" >/dev/null
    fi
    say "building"
    cmake --build "$BUILD_DIR" --parallel "$JOBS"
}

# The libFuzzer targets (tests/fuzz): a clang build of their own in FUZZ_DIR, each target fuzzed for
# a bounded time (MAILFIX_FUZZ_SECONDS, 20 s) on its corpus; prints the executions per target.
run_fuzz() {
    local dir="$FUZZ_DIR" start=$SECONDS rc=0
    if [ ! -f "$dir/CMakeCache.txt" ]; then
        say "configuring the fuzz targets in $dir"
        cmake -S "$ROOT" -B "$dir" -G Ninja -DMAILFIX_FUZZ=ON -DCMAKE_CXX_COMPILER=clang++-14 \
            -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -gline-tables-only" >/dev/null
    fi
    say "building the fuzz targets"
    cmake --build "$dir" --parallel "$JOBS"
    say "fuzzing"
    (cd "$dir" && ctest -L fuzz --output-on-failure --parallel "$JOBS") || rc=$?
    say "fuzz executions per target (libFuzzer's stat::number_of_executed_units):"
    awk '/^[0-9]+\/[0-9]+ Test: / { test = $3 }
         /^stat::number_of_executed_units:/ { units = $2 }
         /^stat::average_exec_per_sec:/ { if (test != "") printf "  %-28s %10d runs  %6d/s\n", test, units, $2 }' \
        "$dir/Testing/Temporary/LastTest.log"
    say "fuzz step: $((SECONDS - start)) s"
    return $rc
}

# The sanitizer step: the whole suite (unit and integration, with the harness) once more, built with
# AddressSanitizer, LeakSanitizer and UndefinedBehaviorSanitizer in ASAN_DIR (g++). Any report aborts the
# process it comes from, so the test fails; the log is searched for reports from child processes as well.
# -O1 -g1 (line tables): about 40% less build time than -O2 -g, and stack traces keep files and lines.
# The harness uses the Postfix unpacked for the normal build.
run_sanitizers() {
    local dir="$ASAN_DIR" start=$SECONDS built rc=0
    say "configuring the sanitizer build in $dir"
    cmake -S "$ROOT" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g1 -DNDEBUG" -DMAILFIX_SANITIZE=ON -DMAILFIX_WERROR=ON \
        -DMAILFIX_POSTFIX_ROOT="$(realpath -m "$BUILD_DIR")/tools/postfix-root" >/dev/null
    say "building with the sanitizers"
    cmake --build "$dir" --parallel "$JOBS"
    built=$SECONDS
    say "running every test with the sanitizers"
    (cd "$dir" && ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 LSAN_OPTIONS=suppressions="$ROOT/tests/lsan.supp" \
        UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
        ctest --output-on-failure --parallel "$JOBS" --timeout 600) || rc=$?
    if grep -E 'ERROR: (Address|Leak)Sanitizer|runtime error:|SUMMARY: UndefinedBehaviorSanitizer' \
        "$dir/Testing/Temporary/LastTest.log"; then
        say "the sanitizers reported the problems above"
        rc=1
    fi
    say "sanitizer step: build $((built - start)) s, tests $((SECONDS - built)) s"
    return $rc
}

case "$ACTION" in
build)
    install_missing "${BUILD_PACKAGES[@]}"
    configure_and_build
    ;;
run)
    install_missing "${BUILD_PACKAGES[@]}"
    configure_and_build
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
        say "built $BUILD_DIR/app/mailfix, but there is no display to show it on (DISPLAY is not set)."
        say "On a headless machine, try: xvfb-run -a $BUILD_DIR/app/mailfix"
        exit 1
    fi
    say "launching MailFix"
    exec "$BUILD_DIR/app/mailfix"
    ;;
test)
    install_missing "${BUILD_PACKAGES[@]}" "${TEST_PACKAGES[@]}"
    unpack_postfix
    configure_and_build -DMAILFIX_WERROR=ON
    [ "$(id -u)" = 0 ] || say "note: the integration tests need root (they create a network namespace)"
    say "running the tests"
    cd "$BUILD_DIR"
    # the tests compare English output; the translation tests load their languages themselves
    export LC_ALL=C.UTF-8 LANGUAGE=en
    ctest --output-on-failure --parallel "$JOBS" --timeout 600
    run_sanitizers
    run_fuzz
    ;;
windows)
    install_missing "${BUILD_PACKAGES[@]}" "${TEST_PACKAGES[@]}"
    unpack_postfix
    configure_and_build -DMAILFIX_WERROR=ON # the Linux build: the harness and the reference answers
    WIN_DIR=$(realpath -m "$BUILD_DIR")-windows
    bash "$ROOT/scripts/windows/build-mailfix.sh" "$ROOT" "$WIN_DIR"
    bash "$ROOT/tests/windows/run.sh" "$WIN_DIR" "$BUILD_DIR"
    ;;
*)
    echo "usage: scripts/dev.sh run|test|build|windows" >&2
    exit 2
    ;;
esac
