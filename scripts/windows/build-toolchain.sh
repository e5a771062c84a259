#!/bin/bash
# scripts/windows/build-toolchain.sh -- builds what MailFix needs to be cross-built for 64-bit Windows
# on Debian 12, into a cache outside the repository (MAILFIX_CACHE, default ~/.cache/mailfix):
#
#   openssl-<version>-mingw64/   OpenSSL from Debian's own source package (the version of the host's
#                                libssl3), target mingw64, shared: bin/libcrypto-3-x64.dll, libssl-3-x64.dll
#   qt-<version>-mingw64/        Qt from Debian's qt6-base source (the version of the host Qt, 6.4.2),
#                                only the modules MailFix uses, plus Qt SVG (qt6-svg source) for SVG logos
#                                when that source can be downloaded (see "Qt SVG" below)
#   toolchain/mingw-w64-x86_64.cmake   the CMake toolchain file Qt was built with (a copy of
#                                cmake/toolchains/mingw-w64-x86_64.cmake; qt.toolchain.cmake records its path)
#   src/                         the Debian source packages (apt-get source)
#   timings.log                  how long each first build took
#
# Idempotent: with a warm cache it checks the packages and the stamp files and is done in a second;
# apt-get update runs (once) only when a package is missing or a source package must be downloaded.
# A part is rebuilt only when its stamp (source version + build options + toolchain file) changes;
# an interrupted build resumes in its build folder (build/), which is removed after a successful install
# (MAILFIX_KEEP_BUILD=1 keeps it).
# Environment: MAILFIX_CACHE, JOBS (default 2; every build step runs under nice -n 19).
{ # read completely before running, so editing this file while it runs does no harm
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
CACHE=${MAILFIX_CACHE:-$HOME/.cache/mailfix}
JOBS=${JOBS:-2}
TRIPLE=x86_64-w64-mingw32
NICE=(nice -n 19)

PACKAGES=(g++-mingw-w64-x86-64-posix gcc-mingw-w64-x86-64-posix mingw-w64-tools binutils-mingw-w64-x86-64
    cmake ninja-build qt6-base-dev qt6-base-dev-tools qt6-tools-dev-tools qt6-l10n-tools nsis wine wine64
    xvfb xauth dpkg-dev perl make)

say() { printf '\033[1mbuild-toolchain:\033[0m %s\n' "$*"; }
die() { say "error: $*" >&2; exit 1; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

APT_UPDATED=0
apt_update_once() {
    [ "$APT_UPDATED" = 1 ] && return 0
    say "apt-get update"
    as_root apt-get update -qq
    APT_UPDATED=1
}

install_missing() {
    local missing=() pkg
    for pkg in "$@"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    apt_update_once
    say "installing ${missing[*]}"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" \
        >/dev/null
}

# Source versions: the versions of what the host runs, so the Windows build matches the Linux one.
source_version() { dpkg-query -W -f='${source:Version}' "$1"; } # e.g. 6.4.2+dfsg-10
upstream() { local v=${1#*:}; v=${v%-*}; echo "${v%%+*}"; }       # 6.4.2+dfsg-10 -> 6.4.2

# A deb-src entry for every bookworm deb entry, unless there is one already.
ensure_deb_src() {
    local files=() f
    for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list /etc/apt/sources.list.d/*.sources; do
        [ -f "$f" ] && files+=("$f")
    done
    if [ ${#files[@]} -gt 0 ] &&
        grep -Eqs '^[[:space:]]*deb-src[[:space:]].*bookworm|^Types:.*deb-src' "${files[@]}"; then
        return 0
    fi
    local dir=/etc/apt/sources.list.d tmp_sources tmp_list
    tmp_sources=$(mktemp)
    tmp_list=$(mktemp)
    for f in "${files[@]}"; do
        case $f in
        *.sources) # deb822: each stanza of type deb for a bookworm suite, again as deb-src
            awk 'BEGIN { RS = ""; ORS = "\n\n" }
                 { n = split($0, line, "\n"); deb = 0; bookworm = 0
                   for (i = 1; i <= n; i++) {
                       if (line[i] ~ /^Types:/ && line[i] ~ /[ \t:]deb([ \t]|$)/) deb = 1
                       if (line[i] ~ /^Suites:/ && line[i] ~ /bookworm/) bookworm = 1 }
                   if (!deb || !bookworm) next
                   out = ""
                   for (i = 1; i <= n; i++) {
                       if (line[i] ~ /^Types:/) line[i] = "Types: deb-src"
                       out = out (i > 1 ? "\n" : "") line[i] }
                   print out }' "$f" >>"$tmp_sources"
            ;;
        *) # one-line format
            sed -nE 's/^[[:space:]]*deb([[:space:]].*[[:space:]]bookworm([-a-z]*)?[[:space:]])/deb-src\1/p' "$f" \
                >>"$tmp_list"
            ;;
        esac
    done
    [ -s "$tmp_sources" ] || [ -s "$tmp_list" ] ||
        die "no deb entry for bookworm in /etc/apt/sources.list*; add a deb-src entry by hand"
    if [ -s "$tmp_sources" ]; then
        say "adding deb-src entries: $dir/mailfix-deb-src.sources"
        as_root install -m 644 "$tmp_sources" "$dir/mailfix-deb-src.sources"
    fi
    if [ -s "$tmp_list" ]; then
        say "adding deb-src entries: $dir/mailfix-deb-src.list"
        as_root install -m 644 "$tmp_list" "$dir/mailfix-deb-src.list"
    fi
    rm -f "$tmp_sources" "$tmp_list"
    APT_UPDATED=0
}

# fetch_source PACKAGE WANTED [UPSTREAM]: unpacks a Debian source package under $CACHE/src and sets
# FETCHED_VERSION and FETCHED_DIR. It takes version WANTED ("newest" for any); when the archive does not
# serve that one (this machine's mirror lacks the security archive's sources), the newest version that
# downloads (of upstream version UPSTREAM, if given). The choice is kept in $CACHE/src/PACKAGE.resolved,
# so a warm cache needs no network.
source_dir() { local up=${2#*:}; echo "$CACHE/src/$1-${up%-*}"; }
fetch_source() {
    local pkg=$1 wanted=$2 need_up=${3:-} rec=$CACHE/src/$1.resolved w got v
    if [ -f "$rec" ] && read -r w got <"$rec" && [ "$w" = "$wanted" ] &&
        [ -f "$(source_dir "$pkg" "$got")/.mailfix-unpacked" ]; then
        FETCHED_VERSION=$got
        FETCHED_DIR=$(source_dir "$pkg" "$got")
        return 0
    fi
    ensure_deb_src
    apt_update_once
    mkdir -p "$CACHE/src"
    local candidates=()
    [ "$wanted" != newest ] && candidates+=("$wanted")
    for v in $(apt-cache showsrc "$pkg" | sed -n 's/^Version: //p' | sort -urV); do
        [ "$v" = "$wanted" ] && continue
        [ -n "$need_up" ] && [ "$(upstream "$v")" != "$need_up" ] && continue
        candidates+=("$v")
    done
    for v in "${candidates[@]}"; do
        FETCHED_DIR=$(source_dir "$pkg" "$v")
        if [ ! -f "$FETCHED_DIR/.mailfix-unpacked" ]; then
            say "apt-get source $pkg=$v"
            rm -rf "$FETCHED_DIR"
            if ! (cd "$CACHE/src" && apt-get source -qq "$pkg=$v" >/dev/null 2>"$CACHE/src/$pkg.err"); then
                say "  not available: $(grep -m1 '^E:' "$CACHE/src/$pkg.err" || true)"
                local up=${v#*:}
                rm -f "$CACHE/src/${pkg}_${up%-*}".* "$CACHE/src/${pkg}_${up}".* # what did download
                continue
            fi
            [ -d "$FETCHED_DIR" ] || die "apt-get source did not unpack $FETCHED_DIR"
            touch "$FETCHED_DIR/.mailfix-unpacked"
        fi
        [ "$v" != "$wanted" ] && [ "$wanted" != newest ] && say "using $pkg $v instead of $wanted"
        FETCHED_VERSION=$v
        echo "$wanted $v" >"$rec"
        return 0
    done
    say "no source of $pkg${need_up:+ $need_up} could be downloaded (apt-get source)"
    return 1
}

stamp_ok() { [ -f "$1" ] && [ "$(cat "$1")" = "$2" ]; }

record_time() { # record_time PART SECONDS
    local line
    line="$(date -u +%FT%TZ) $1: $(($2 / 60)) min $(($2 % 60)) s ($2 s, -j$JOBS, $(nproc) cores)"
    echo "$line" >>"$CACHE/timings.log"
    say "$line"
}

# ---------------------------------------------------------------------------------------------------
install_missing "${PACKAGES[@]}"
mkdir -p "$CACHE"

QT_SRC_VERSION=$(source_version qt6-base-dev)      # 6.4.2+dfsg-10
QT_VERSION=$(upstream "$QT_SRC_VERSION")            # 6.4.2
SSL_WANTED=$(source_version libssl3)                # 3.0.x-1~deb12uN
SSL_SRC_VERSION=$SSL_WANTED                         # or what fetch_source took instead (see there)
read -r w got 2>/dev/null <"$CACHE/src/openssl.resolved" && [ "$w" = "$SSL_WANTED" ] && SSL_SRC_VERSION=$got
SSL_VERSION=$(upstream "$SSL_SRC_VERSION")
QT_PREFIX=$CACHE/qt-$QT_VERSION-mingw64
SSL_PREFIX=$CACHE/openssl-$SSL_VERSION-mingw64
TOOLCHAIN=$CACHE/toolchain/mingw-w64-x86_64.cmake
BUILD=$CACHE/build

# ---- OpenSSL -------------------------------------------------------------------------------------
SSL_OPTIONS=(mingw64 "--cross-compile-prefix=$TRIPLE-" shared no-tests "--prefix=$SSL_PREFIX" --libdir=lib)
SSL_RUNTIME_DIRS=("OPENSSLDIR=C:/Program Files/Common Files/SSL" "ENGINESDIR=C:/Program Files/OpenSSL/lib/engines-3"
    "MODULESDIR=C:/Program Files/OpenSSL/lib/ossl-modules")
SSL_STAMP="openssl $SSL_SRC_VERSION | CC=gcc-posix ${SSL_OPTIONS[*]} | ${SSL_RUNTIME_DIRS[*]}"
if ! stamp_ok "$SSL_PREFIX/.mailfix-stamp" "$SSL_STAMP"; then
    fetch_source openssl "$SSL_WANTED" || die "no OpenSSL source"
    src=$FETCHED_DIR
    if [ "$FETCHED_VERSION" != "$SSL_SRC_VERSION" ]; then
        SSL_SRC_VERSION=$FETCHED_VERSION
        SSL_VERSION=$(upstream "$SSL_SRC_VERSION")
        SSL_PREFIX=$CACHE/openssl-$SSL_VERSION-mingw64
        SSL_OPTIONS=(mingw64 "--cross-compile-prefix=$TRIPLE-" shared no-tests "--prefix=$SSL_PREFIX" --libdir=lib)
        SSL_STAMP="openssl $SSL_SRC_VERSION | CC=gcc-posix ${SSL_OPTIONS[*]} | ${SSL_RUNTIME_DIRS[*]}"
    fi
fi
if stamp_ok "$SSL_PREFIX/.mailfix-stamp" "$SSL_STAMP"; then
    say "OpenSSL $SSL_VERSION for mingw64: cached ($SSL_PREFIX)"
else
    say "building OpenSSL $SSL_VERSION for mingw64 -> $SSL_PREFIX (log: $BUILD/openssl.log)"
    start=$SECONDS
    mkdir -p "$BUILD"
    rm -rf "$BUILD/openssl" "$SSL_PREFIX"
    cp -a "$src" "$BUILD/openssl"
    (
        cd "$BUILD/openssl"
        # --cross-compile-prefix is put in front of CC, AR, RANLIB and RC: x86_64-w64-mingw32-gcc-posix
        CC=gcc-posix "${NICE[@]}" perl Configure "${SSL_OPTIONS[@]}"
        # The paths compiled in (openssl.cnf, engines, providers) are those of upstream's Windows builds,
        # which only administrators can write to: with the cache's path they would point at C:\root\...,
        # a folder any user can create (CVE-2019-1552). The install itself goes into the cache.
        "${NICE[@]}" make -j"$JOBS" "${SSL_RUNTIME_DIRS[@]}"
        make install_sw # libraries, headers, openssl.exe; no documentation
    ) >"$BUILD/openssl.log" 2>&1 || die "OpenSSL build failed, see $BUILD/openssl.log"
    for dll in libcrypto-3-x64.dll libssl-3-x64.dll; do
        [ -f "$SSL_PREFIX/bin/$dll" ] || die "OpenSSL did not install bin/$dll"
    done
    echo "$SSL_STAMP" >"$SSL_PREFIX/.mailfix-stamp"
    record_time "OpenSSL $SSL_VERSION (configure, build, install)" $((SECONDS - start))
    [ "${MAILFIX_KEEP_BUILD:-0}" = 1 ] || rm -rf "$BUILD/openssl"
fi

# ---- Qt ------------------------------------------------------------------------------------------
# Only what MailFix uses: Core, Gui (with QPdfWriter, PNG, JPEG, GIF, BMP), Widgets (Windows and
# Windows Vista styles), Network (TLS plugins: OpenSSL, loaded at run time, and Schannel), Test, the
# windows platform plugin. Qt SVG for SVG logos in the MSP's deployment settings (branding/logo).
# Facts from trial builds: -DFEATURE_opengl=OFF breaks the windows platform plugin in 6.4.2, but
# -DINPUT_opengl=no works; the +dfsg source has no wintab headers, so no tablet events.
QT_OPTIONS=(
    -DCMAKE_BUILD_TYPE=Release -DBUILD_SHARED_LIBS=ON
    -DQT_BUILD_EXAMPLES=OFF -DQT_BUILD_TESTS=OFF -DQT_BUILD_BENCHMARKS=OFF -DQT_BUILD_MANUAL_TESTS=OFF
    -DINPUT_opengl=no -DFEATURE_vulkan=OFF -DFEATURE_tabletevent=OFF
    -DFEATURE_sql=OFF -DFEATURE_dbus=OFF -DFEATURE_concurrent=OFF -DFEATURE_xml=OFF -DFEATURE_printsupport=OFF
    -DFEATURE_freetype=OFF -DFEATURE_sctp=OFF -DFEATURE_gssapi=OFF
    -DFEATURE_icu=OFF -DFEATURE_system_zlib=OFF -DFEATURE_system_pcre2=OFF -DFEATURE_system_png=OFF
    -DFEATURE_system_jpeg=OFF -DFEATURE_system_harfbuzz=OFF -DFEATURE_system_freetype=OFF
    -DFEATURE_png=ON -DFEATURE_jpeg=ON -DFEATURE_gif=ON -DFEATURE_ico=OFF
    -DINPUT_openssl=runtime -DFEATURE_schannel=ON
)
# Qt loads OpenSSL at run time and uses only its headers: a new OpenSSL 3.0.x needs no new Qt.
QT_STAMP="qt6-base $QT_SRC_VERSION | openssl ${SSL_VERSION%%.*} | ${QT_OPTIONS[*]} | toolchain $(sha256sum <"$ROOT/cmake/toolchains/mingw-w64-x86_64.cmake" | cut -c1-16)"
if stamp_ok "$QT_PREFIX/.mailfix-stamp" "$QT_STAMP"; then
    say "Qt $QT_VERSION (qtbase) for mingw64: cached ($QT_PREFIX)"
else
    fetch_source qt6-base "$QT_SRC_VERSION" "$QT_VERSION" || die "no qt6-base source"
    base_src=$FETCHED_DIR
    [ "$FETCHED_VERSION" = "$QT_SRC_VERSION" ] || die "qt6-base $QT_SRC_VERSION (the host Qt's) is needed"

    mkdir -p "$(dirname "$TOOLCHAIN")" "$BUILD"
    cp "$ROOT/cmake/toolchains/mingw-w64-x86_64.cmake" "$TOOLCHAIN"
    start=$SECONDS
    log=$BUILD/qtbase.log
    if ! stamp_ok "$BUILD/qtbase/.mailfix-configured" "$QT_STAMP"; then
        say "configuring qtbase $QT_VERSION for mingw64 (log: $log)"
        rm -rf "$BUILD/qtbase" "$BUILD/qtsvg" "$QT_PREFIX"
        "${NICE[@]}" cmake -G Ninja -S "$base_src" -B "$BUILD/qtbase" \
            -DCMAKE_TOOLCHAIN_FILE="$TOOLCHAIN" \
            -DCMAKE_FIND_ROOT_PATH="/usr/$TRIPLE;$SSL_PREFIX" \
            -DQT_HOST_PATH=/usr -DQT_HOST_PATH_CMAKE_DIR=/usr/lib/x86_64-linux-gnu/cmake \
            -DCMAKE_INSTALL_PREFIX="$QT_PREFIX" -DOPENSSL_ROOT_DIR="$SSL_PREFIX" "${QT_OPTIONS[@]}" >"$log" 2>&1 ||
            die "qtbase configure failed, see $log"
        echo "$QT_STAMP" >"$BUILD/qtbase/.mailfix-configured"
        record_time "qtbase $QT_VERSION configure" $((SECONDS - start))
    fi
    say "building qtbase (log: $log; 15 to 50 minutes on 2 cores, depending on the load)"
    bstart=$SECONDS
    "${NICE[@]}" cmake --build "$BUILD/qtbase" --parallel "$JOBS" >>"$log" 2>&1 ||
        die "qtbase build failed, see $log"
    record_time "qtbase $QT_VERSION build ($(grep -c '^\[' "$log" || true) ninja lines)" $((SECONDS - bstart))
    cmake --install "$BUILD/qtbase" >>"$log" 2>&1 || die "qtbase install failed, see $log"
    for f in bin/Qt6Core.dll bin/Qt6Gui.dll bin/Qt6Widgets.dll bin/Qt6Network.dll bin/Qt6Test.dll \
        plugins/platforms/qwindows.dll plugins/styles/qwindowsvistastyle.dll plugins/tls/qopensslbackend.dll \
        plugins/tls/qschannelbackend.dll plugins/imageformats/qjpeg.dll plugins/imageformats/qgif.dll \
        lib/cmake/Qt6/qt.toolchain.cmake; do
        [ -f "$QT_PREFIX/$f" ] || die "Qt did not install $f"
    done
    echo "$QT_STAMP" >"$QT_PREFIX/.mailfix-stamp"
    rm -f "$QT_PREFIX/.mailfix-qtsvg-stamp"
    record_time "qtbase $QT_VERSION total (configure, build, install)" $((SECONDS - start))
    [ "${MAILFIX_KEEP_BUILD:-0}" = 1 ] || rm -rf "$BUILD/qtbase"
fi

# ---- Qt SVG (optional) ---------------------------------------------------------------------------
# MailFix shows an MSP's logo (deployment settings, branding/logo), which may be an SVG file; Qt reads
# SVG only with the qsvg image format plugin of the separate qtsvg module. This machine's mirror has
# not served qt6-svg's source so far: then MailFix is built without it (SVG logos are not shown, as on
# a Linux machine without libqt6svg6), and $CACHE/src/qt6-svg.unavailable remembers that so a warm
# run needs no network. Delete that file to try again.
SVG_STAMP="qt6-svg $QT_VERSION | $QT_STAMP"
if stamp_ok "$QT_PREFIX/.mailfix-qtsvg-stamp" "$SVG_STAMP"; then
    say "Qt SVG $QT_VERSION: cached"
elif [ -f "$CACHE/src/qt6-svg.unavailable" ]; then
    say "Qt SVG: left out, its source could not be downloaded ($(cat "$CACHE/src/qt6-svg.unavailable"))"
elif ! fetch_source qt6-svg newest "$QT_VERSION"; then
    echo "apt-get source qt6-svg failed on $(date -u +%F); delete this file to try again" \
        >"$CACHE/src/qt6-svg.unavailable"
    say "Qt SVG: left out (no source); SVG logos will not be shown"
else
    svg_src=$FETCHED_DIR
    log=$BUILD/qtsvg.log
    say "building qtsvg $QT_VERSION (log: $log)"
    start=$SECONDS
    rm -rf "$BUILD/qtsvg"
    "${NICE[@]}" cmake -G Ninja -S "$svg_src" -B "$BUILD/qtsvg" \
        -DCMAKE_TOOLCHAIN_FILE="$QT_PREFIX/lib/cmake/Qt6/qt.toolchain.cmake" \
        -DCMAKE_INSTALL_PREFIX="$QT_PREFIX" -DCMAKE_BUILD_TYPE=Release \
        -DQT_BUILD_EXAMPLES=OFF -DQT_BUILD_TESTS=OFF >"$log" 2>&1 || die "qtsvg configure failed, see $log"
    "${NICE[@]}" cmake --build "$BUILD/qtsvg" --parallel "$JOBS" >>"$log" 2>&1 || die "qtsvg build failed, see $log"
    cmake --install "$BUILD/qtsvg" >>"$log" 2>&1 || die "qtsvg install failed, see $log"
    [ -f "$QT_PREFIX/plugins/imageformats/qsvg.dll" ] || die "qtsvg did not install plugins/imageformats/qsvg.dll"
    echo "$SVG_STAMP" >"$QT_PREFIX/.mailfix-qtsvg-stamp"
    record_time "qtsvg $QT_VERSION (configure, build, install)" $((SECONDS - start))
    [ "${MAILFIX_KEEP_BUILD:-0}" = 1 ] || rm -rf "$BUILD/qtsvg"
fi

# The licences package.sh ships: Qt's (LGPL-3.0 and the others its LICENSES folder holds) and OpenSSL's,
# kept beside each build so that the cache works without src/.
mkdir -p "$QT_PREFIX/share/licences" "$SSL_PREFIX/share/licences"
for f in "$(source_dir qt6-base "$QT_SRC_VERSION")"/LICENSES/*.txt; do
    [ -f "$f" ] && [ ! -f "$QT_PREFIX/share/licences/$(basename "$f")" ] && cp "$f" "$QT_PREFIX/share/licences/"
done
[ -f "$SSL_PREFIX/share/licences/LICENSE.txt" ] || cp "$(source_dir openssl "$SSL_SRC_VERSION")/LICENSE.txt" \
    "$SSL_PREFIX/share/licences/LICENSE.txt" 2>/dev/null || true
# OpenSSL's default configuration file (make install_ssldirs would install it): openssl.exe needs one for
# "openssl req", which the tests use to make certificates (wine-run.sh points OPENSSL_CONF at it).
mkdir -p "$SSL_PREFIX/ssl"
[ -f "$SSL_PREFIX/ssl/openssl.cnf" ] || cp "$(source_dir openssl "$SSL_SRC_VERSION")/apps/openssl.cnf" \
    "$SSL_PREFIX/ssl/openssl.cnf" 2>/dev/null || say "warning: no openssl.cnf for $SSL_PREFIX (src/ deleted?)"
[ -f "$QT_PREFIX/share/licences/LGPL-3.0-only.txt" ] || say "warning: Qt's licence texts are missing (src/ deleted?)"
[ -f "$SSL_PREFIX/share/licences/LICENSE.txt" ] || say "warning: OpenSSL's licence text is missing (src/ deleted?)"

# For build-mailfix.sh and package.sh.
MINGW_RUNTIME_DIRS="$(dirname "$($TRIPLE-gcc-posix -print-libgcc-file-name)"):/usr/$TRIPLE/lib"
cat >"$CACHE/windows-env.sh.new" <<ENV
# Written by scripts/windows/build-toolchain.sh
QT_VERSION='$QT_VERSION'
QT_PREFIX='$QT_PREFIX'
SSL_VERSION='$SSL_VERSION'
SSL_PREFIX='$SSL_PREFIX'
MINGW_TRIPLE='$TRIPLE'
MINGW_RUNTIME_DIRS='$MINGW_RUNTIME_DIRS' # libstdc++-6.dll, libgcc_s_seh-1.dll; libwinpthread-1.dll
ENV
mv "$CACHE/windows-env.sh.new" "$CACHE/windows-env.sh"

say "ready: Qt $QT_PREFIX, OpenSSL $SSL_PREFIX"
say "sizes: $(du -sh "$QT_PREFIX" | cut -f1) Qt, $(du -sh "$SSL_PREFIX" | cut -f1) OpenSSL"
exit 0
}
