#!/bin/bash
# scripts/windows/package.sh BUILD_DIR OUT_DIR -- assembles MailFix's portable Windows folder in OUT_DIR
# (emptied first) from a build of scripts/windows/build-mailfix.sh, and checks it is complete.
#
# There is no windeployqt here, so the files are listed below (FILES); the list of what was copied is
# written to OUT_DIR.files.txt. The check: every DLL that the executables, DLLs and plugins in the folder
# import (x86_64-w64-mingw32-objdump -p), recursively, is in the folder or is part of Windows (WINDOWS_DLLS).
# Environment: MAILFIX_CACHE (see build-toolchain.sh).
{ # read completely before running
set -euo pipefail

[ $# -eq 2 ] || { echo "usage: $0 BUILD_DIR OUT_DIR" >&2; exit 2; }
BUILD_DIR=$(realpath "$1")
OUT_DIR=$(realpath -m "$2")
CACHE=${MAILFIX_CACHE:-$HOME/.cache/mailfix}

say() { printf '\033[1mpackage:\033[0m %s\n' "$*"; }
die() { say "error: $*" >&2; exit 1; }

[ -f "$CACHE/windows-env.sh" ] || die "no $CACHE/windows-env.sh: run scripts/windows/build-toolchain.sh"
# shellcheck source=/dev/null
. "$CACHE/windows-env.sh"
[ -f "$BUILD_DIR/CMakeCache.txt" ] || die "$BUILD_DIR is not a build folder"
cache_value() { sed -n "s/^$1:[A-Z]*=//p" "$BUILD_DIR/CMakeCache.txt" | head -1; }
SRC_DIR=$(cache_value MailFix_SOURCE_DIR)
VERSION=$(cache_value CMAKE_PROJECT_VERSION)
[ -d "$SRC_DIR" ] || die "the source folder of $BUILD_DIR ($SRC_DIR) is missing"
OBJDUMP=$MINGW_TRIPLE-objdump

# One line per file: SOURCE DESTINATION (relative to OUT_DIR). A SOURCE starting with ? is optional
# (Qt SVG is left out when its source could not be downloaded, see build-toolchain.sh).
find_runtime() { # a MinGW runtime DLL from MINGW_RUNTIME_DIRS
    local dir
    IFS=: read -ra dirs <<<"$MINGW_RUNTIME_DIRS"
    for dir in "${dirs[@]}"; do [ -f "$dir/$1" ] && { echo "$dir/$1"; return 0; }; done
    die "$1 is not in $MINGW_RUNTIME_DIRS"
}
FILES=(
    # MailFix
    "$BUILD_DIR/app/mailfix.exe mailfix.exe"
    "$BUILD_DIR/app/mailfix-cli.exe mailfix-cli.exe"
    # Qt libraries
    "$QT_PREFIX/bin/Qt6Core.dll Qt6Core.dll"
    "$QT_PREFIX/bin/Qt6Gui.dll Qt6Gui.dll"
    "$QT_PREFIX/bin/Qt6Widgets.dll Qt6Widgets.dll"
    "$QT_PREFIX/bin/Qt6Network.dll Qt6Network.dll"
    "?$QT_PREFIX/bin/Qt6Svg.dll Qt6Svg.dll"
    # Qt plugins, in the folders beside the executable where Qt looks for them
    "$QT_PREFIX/plugins/platforms/qwindows.dll platforms/qwindows.dll"
    "$QT_PREFIX/plugins/styles/qwindowsvistastyle.dll styles/qwindowsvistastyle.dll"
    "$QT_PREFIX/plugins/tls/qopensslbackend.dll tls/qopensslbackend.dll"
    "$QT_PREFIX/plugins/tls/qschannelbackend.dll tls/qschannelbackend.dll"
    "$QT_PREFIX/plugins/tls/qcertonlybackend.dll tls/qcertonlybackend.dll"
    "$QT_PREFIX/plugins/imageformats/qjpeg.dll imageformats/qjpeg.dll" # logos (PNG, BMP: built into Qt6Gui)
    "$QT_PREFIX/plugins/imageformats/qgif.dll imageformats/qgif.dll"
    "?$QT_PREFIX/plugins/imageformats/qsvg.dll imageformats/qsvg.dll"
    # OpenSSL, loaded by Qt's OpenSSL TLS backend at run time
    "$SSL_PREFIX/bin/libcrypto-3-x64.dll libcrypto-3-x64.dll"
    "$SSL_PREFIX/bin/libssl-3-x64.dll libssl-3-x64.dll"
    # MinGW-w64 runtime (GCC 12, posix threads)
    "$(find_runtime libstdc++-6.dll) libstdc++-6.dll"
    "$(find_runtime libgcc_s_seh-1.dll) libgcc_s_seh-1.dll"
    "$(find_runtime libwinpthread-1.dll) libwinpthread-1.dll"
    # The MSP's example settings (README: "Settings for MSPs")
    "$SRC_DIR/resources/deployment/mailfix.conf.example mailfix.conf.example"
    # Licences
    "$SRC_DIR/resources/licences/THIRD-PARTY-NOTICES.txt licences/THIRD-PARTY-NOTICES.txt"
    "$SRC_DIR/resources/providers/ISPDB-LICENSE.txt licences/ISPDB-LICENSE.txt"
    "$SRC_DIR/resources/guides/fonts/LICENSE-DejaVu.txt licences/LICENSE-DejaVu.txt"
    "$QT_PREFIX/share/licences/LGPL-3.0-only.txt licences/Qt-LGPL-3.0-only.txt"
    "$QT_PREFIX/share/licences/GPL-3.0-only.txt licences/Qt-GPL-3.0-only.txt"
    "$SSL_PREFIX/share/licences/LICENSE.txt licences/OpenSSL-LICENSE.txt"
    "/usr/share/doc/gcc-mingw-w64-base/copyright licences/MinGW-GCC-runtime-copyright.txt"
    "/usr/share/doc/mingw-w64-common/copyright licences/MinGW-w64-winpthreads-copyright.txt"
)
# The translations are compiled into the executables (:/i18n, with the Qt strings MailFix shows), so
# no .qm files are shipped.

# DLLs that are part of Windows (64-bit, Windows 10 and later) and never shipped.
WINDOWS_DLLS='^(advapi32|authz|bcrypt|comctl32|comdlg32|crypt32|d2d1|d3d11|d3d12|d3d9|dcomp|dnsapi|dwmapi|dwrite|dxgi|gdi32|imm32|iphlpapi|kernel32|msvcrt|mpr|ncrypt|netapi32|ntdll|ole32|oleaut32|rpcrt4|secur32|setupapi|shcore|shell32|shlwapi|user32|userenv|uxtheme|version|winhttp|wininet|winmm|winspool\.drv|ws2_32|wtsapi32|api-ms-win-.*|ext-ms-win-.*)(\.dll)?$'

rm -rf "$OUT_DIR"
mkdir -p "$OUT_DIR"
LIST=$OUT_DIR.files.txt
: >"$LIST"
for entry in "${FILES[@]}"; do
    src=${entry% *}
    dest=${entry##* }
    if [ "${src:0:1}" = "?" ]; then
        src=${src:1}
        [ -f "$src" ] || { say "left out (not built): $dest"; continue; }
    fi
    [ -f "$src" ] || die "missing: $src"
    mkdir -p "$OUT_DIR/$(dirname "$dest")"
    cp "$src" "$OUT_DIR/$dest"
    printf '%s\t%s\n' "$dest" "$src" >>"$LIST"
done
# Debug information off every executable and DLL (libstdc++-6.dll alone: 23 MB -> 2 MB).
find "$OUT_DIR" \( -iname '*.exe' -o -iname '*.dll' \) -exec "$MINGW_TRIPLE-strip" --strip-unneeded {} +
# Qt finds its plugins beside the executable; qt.conf makes it take the folder as its prefix (not the
# prefix compiled into Qt6Core.dll), e.g. for QLibraryInfo::TranslationsPath.
printf '[Paths]\nPrefix = .\n' >"$OUT_DIR/qt.conf"
printf '%s\t%s\n' qt.conf "(written by package.sh)" >>"$LIST"

# The check: the import tables, recursively from every PE file in the folder.
imports() { "$OBJDUMP" -p "$1" | sed -n 's/^[[:space:]]*DLL Name: //p'; }
problems=0
declare -A shipped=()
while IFS= read -r f; do shipped[$(basename "$f" | tr 'A-Z' 'a-z')]=1; done \
    < <(find "$OUT_DIR" -maxdepth 1 -iname '*.dll')
while IFS= read -r pe; do
    while IFS= read -r dll; do
        lower=$(echo "$dll" | tr 'A-Z' 'a-z')
        if [ -n "${shipped[$lower]:-}" ]; then
            continue
        elif [[ $lower =~ $WINDOWS_DLLS ]]; then
            continue
        fi
        say "MISSING: ${pe#"$OUT_DIR"/} imports $dll, which is neither shipped nor part of Windows"
        problems=$((problems + 1))
    done < <(imports "$pe")
done < <(find "$OUT_DIR" -iname '*.exe' -o -iname '*.dll')
# Shipped DLLs that nothing imports (plugins are loaded by Qt, OpenSSL by the OpenSSL backend): listed only.
declare -A imported=()
while IFS= read -r pe; do
    while IFS= read -r dll; do imported[$(echo "$dll" | tr 'A-Z' 'a-z')]=1; done < <(imports "$pe")
done < <(find "$OUT_DIR" -iname '*.exe' -o -iname '*.dll')
for dll in "${!shipped[@]}"; do
    [ -n "${imported[$dll]:-}" ] || say "note: $dll is shipped but imported by nothing (loaded at run time)"
done

say "$(wc -l <"$LIST") files copied, listed in $LIST"
say "MailFix $VERSION for Windows: $OUT_DIR ($(du -sh "$OUT_DIR" | cut -f1))"
[ "$problems" -eq 0 ] || die "$problems imports are missing"
say "every imported DLL is shipped or part of Windows"
exit 0
}
