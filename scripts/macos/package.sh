#!/bin/bash
# scripts/macos/package.sh BUILD_DIR OUT_DIR -- makes MailFix-<version>-macos.dmg in OUT_DIR from a macOS
# build of MailFix (BUILD_DIR/app/MailFix.app and BUILD_DIR/app/mailfix-cli), signed, and notarized when
# credentials are given.
#
# NOT RUN: written on Linux, never run on a Mac. Every macOS fact below comes from documentation or from
# reading Qt's sources, not from a run; scripts/macos/README.md says which and where from.
#
# Steps: copy the bundle; put mailfix-cli into Contents/MacOS; make the icon (.icns); macdeployqt (Qt's
# frameworks and plugins, for both executables); OpenSSL 3 into Contents/Frameworks; the licences;
# checks (every library a binary needs is in the bundle or part of macOS, one CPU architecture set, no
# binary needs a newer macOS than LSMinimumSystemVersion); sign from the inside out; run
# `mailfix-cli --version` and `self-test` from the bundle (must report Qt backend "openssl"); the DMG
# (hdiutil); sign the DMG; notarize it (xcrun notarytool) and staple the ticket (xcrun stapler).
#
# Environment (all optional):
#   QT_PREFIX           Qt's prefix (default: derived from Qt6_DIR in BUILD_DIR/CMakeCache.txt)
#   OPENSSL_PREFIX      an OpenSSL 3 with lib/libssl.3.dylib and lib/libcrypto.3.dylib
#                       (default: `brew --prefix openssl@3`)
#   QT_LICENCE_DIR      a folder with the LGPL-3.0 and GPL-3.0 texts Qt is distributed under (default: looked
#                       for under QT_PREFIX and the Qt installer's Licenses folder)
#   OPENSSL_LICENCE     OpenSSL's LICENSE.txt (default: OPENSSL_PREFIX/LICENSE.txt)
#   MAILFIX_ICNS        a ready .icns (default: made from resources/icons/mailfix.svg with rsvg-convert, from
#                       Homebrew's librsvg, and iconutil)
#   CODESIGN_IDENTITY   e.g. "Developer ID Application: Example Ltd (ABCDE12345)"; unset: ad-hoc signature
#                       (runs on the machine that built it; Gatekeeper refuses it elsewhere)
#   CODESIGN_KEYCHAIN   the keychain holding that identity (default: the search list)
#   NOTARY_PROFILE      a notarytool keychain profile (`xcrun notarytool store-credentials NAME ...`), or
#   APPLE_ID, APPLE_TEAM_ID, APPLE_APP_PASSWORD   Apple ID, team id and an app-specific password
#   NOTARIZE            0: do not notarize even with credentials (default 1 when a Developer ID is used)
{ # read completely before running
set -euo pipefail

[ $# -eq 2 ] || { echo "usage: $0 BUILD_DIR OUT_DIR" >&2; exit 2; }

say() { printf '\033[1mpackage:\033[0m %s\n' "$*"; }
die() { say "error: $*" >&2; exit 1; }

[ "$(uname -s)" = Darwin ] || die "this script runs on macOS only (it needs codesign, hdiutil, otool, iconutil)"
for tool in otool install_name_tool lipo codesign hdiutil iconutil ditto file; do
    command -v "$tool" >/dev/null || die "$tool is missing (install Xcode or its command line tools)"
done

BUILD_DIR=$(cd "$1" && pwd)
mkdir -p "$2"
OUT_DIR=$(cd "$2" && pwd)
[ -f "$BUILD_DIR/CMakeCache.txt" ] || die "$BUILD_DIR is not a build folder"
cache_value() { sed -n "s/^$1:[A-Z]*=//p" "$BUILD_DIR/CMakeCache.txt" | head -1; }
SRC_DIR=$(cache_value MailFix_SOURCE_DIR)
VERSION=$(cache_value CMAKE_PROJECT_VERSION)
[ -d "$SRC_DIR" ] || die "the source folder of $BUILD_DIR ($SRC_DIR) is missing"

if [ -z "${QT_PREFIX:-}" ]; then
    qt6_dir=$(cache_value Qt6_DIR) # <prefix>/lib/cmake/Qt6
    [ -n "$qt6_dir" ] || die "set QT_PREFIX (no Qt6_DIR in $BUILD_DIR/CMakeCache.txt)"
    QT_PREFIX=$(cd "$qt6_dir/../../.." && pwd)
fi
MACDEPLOYQT=$QT_PREFIX/bin/macdeployqt
[ -x "$MACDEPLOYQT" ] || MACDEPLOYQT=$(command -v macdeployqt) || die "no macdeployqt in $QT_PREFIX/bin"
if [ -z "${OPENSSL_PREFIX:-}" ]; then
    command -v brew >/dev/null || die "set OPENSSL_PREFIX (no Homebrew to ask for openssl@3)"
    OPENSSL_PREFIX=$(brew --prefix openssl@3)
fi
for lib in libssl.3.dylib libcrypto.3.dylib; do
    [ -f "$OPENSSL_PREFIX/lib/$lib" ] || die "$OPENSSL_PREFIX/lib/$lib is missing: OPENSSL_PREFIX must be an OpenSSL 3"
done

IDENTITY=${CODESIGN_IDENTITY:--}
NOTARIZE=${NOTARIZE:-1}
[ "$IDENTITY" != - ] || NOTARIZE=0 # Apple notarizes only Developer ID signed code

STAGE=$OUT_DIR/stage
APP=$STAGE/MailFix.app
CONTENTS=$APP/Contents
DMG=$OUT_DIR/MailFix-$VERSION-macos.dmg
rm -rf "$STAGE" "$DMG"
mkdir -p "$STAGE"

# --- 1. The bundle as the build made it (Info.plist from resources/macos/Info.plist.in, the licences and the
# example deployment file in Contents/Resources), plus mailfix-cli beside the wizard.
[ -d "$BUILD_DIR/app/MailFix.app" ] || die "no $BUILD_DIR/app/MailFix.app: build the mailfix target first"
[ -x "$BUILD_DIR/app/mailfix-cli" ] || die "no $BUILD_DIR/app/mailfix-cli: build the mailfix-cli target first"
ditto "$BUILD_DIR/app/MailFix.app" "$APP"
cp "$BUILD_DIR/app/mailfix-cli" "$CONTENTS/MacOS/mailfix-cli"
plutil -lint "$CONTENTS/Info.plist" >/dev/null || die "Contents/Info.plist is not a valid property list"
MINIMUM=$(/usr/libexec/PlistBuddy -c 'Print :LSMinimumSystemVersion' "$CONTENTS/Info.plist")

# --- 2. The icon: Contents/Resources/mailfix.icns (CFBundleIconFile). iconutil wants an .iconset folder with
# these names and sizes (Apple's "Human Interface Guidelines"/iconutil(1); unverified here).
mkdir -p "$CONTENTS/Resources"
if [ -n "${MAILFIX_ICNS:-}" ]; then
    cp "$MAILFIX_ICNS" "$CONTENTS/Resources/mailfix.icns"
else
    command -v rsvg-convert >/dev/null || die "rsvg-convert is missing (brew install librsvg), or set MAILFIX_ICNS"
    iconset=$OUT_DIR/mailfix.iconset
    rm -rf "$iconset"
    mkdir -p "$iconset"
    for size in 16 32 128 256 512; do
        rsvg-convert -w "$size" -h "$size" "$SRC_DIR/resources/icons/mailfix.svg" -o "$iconset/icon_${size}x${size}.png"
        double=$((size * 2))
        rsvg-convert -w "$double" -h "$double" "$SRC_DIR/resources/icons/mailfix.svg" \
            -o "$iconset/icon_${size}x${size}@2x.png"
    done
    iconutil -c icns "$iconset" -o "$CONTENTS/Resources/mailfix.icns"
    rm -rf "$iconset"
fi

# --- 3. Qt: frameworks into Contents/Frameworks, plugins into Contents/PlugIns, qt.conf into
# Contents/Resources; -executable makes mailfix-cli use the same frameworks (Qt's "Qt for macOS -
# Deployment" page lists the option). No -codesign: signing comes last, after OpenSSL is added.
"$MACDEPLOYQT" "$APP" "-executable=$CONTENTS/MacOS/mailfix-cli" -always-overwrite -verbose=1
# MailFix needs Qt's OpenSSL TLS backend (probes/TlsSupport.cpp refuses any other). macdeployqt is expected to
# deploy the tls plugins with QtNetwork; if this Qt's macdeployqt does not, copy the one MailFix needs.
if [ ! -f "$CONTENTS/PlugIns/tls/libqopensslbackend.dylib" ]; then
    [ -f "$QT_PREFIX/plugins/tls/libqopensslbackend.dylib" ] ||
        die "this Qt has no OpenSSL TLS plugin (plugins/tls/libqopensslbackend.dylib): MailFix cannot work with it"
    say "macdeployqt left out the OpenSSL TLS plugin: copying it"
    mkdir -p "$CONTENTS/PlugIns/tls"
    cp "$QT_PREFIX/plugins/tls/libqopensslbackend.dylib" "$CONTENTS/PlugIns/tls/"
    chmod u+w "$CONTENTS/PlugIns/tls/libqopensslbackend.dylib"
    install_name_tool -add_rpath @loader_path/../../Frameworks "$CONTENTS/PlugIns/tls/libqopensslbackend.dylib"
fi

# --- 4. OpenSSL 3. Qt's OpenSSL backend loads libssl and libcrypto at run time (dlopen): first by name
# ("libssl.3.dylib", which dyld also looks for in the executable's LC_RPATH, @executable_path/../Frameworks
# after macdeployqt), then in DYLD_LIBRARY_PATH, the bundle's Contents/Frameworks, /usr/lib and
# /usr/local/lib (qtbase: src/plugins/tls/openssl/qsslsocket_openssl_symbols.cpp). They go into
# Contents/Frameworks; libssl's reference to libcrypto is pointed at its neighbour.
FW=$CONTENTS/Frameworks
mkdir -p "$FW"
for lib in libcrypto.3.dylib libssl.3.dylib; do
    cp -L "$OPENSSL_PREFIX/lib/$lib" "$FW/$lib"
    chmod u+w "$FW/$lib"
    install_name_tool -id "@rpath/$lib" "$FW/$lib"
done
crypto_ref=$(otool -L "$FW/libssl.3.dylib" | awk 'NR > 1 && $1 ~ /libcrypto/ { print $1; exit }')
[ -n "$crypto_ref" ] || die "libssl.3.dylib does not name libcrypto (otool -L)"
install_name_tool -change "$crypto_ref" @loader_path/libcrypto.3.dylib "$FW/libssl.3.dylib"

# --- 5. Licences (the build put THIRD-PARTY-NOTICES, ISPDB (MPL-2.0) and DejaVu there already): Qt's
# LGPL-3.0 and GPL-3.0 texts and OpenSSL's Apache-2.0 licence.
LIC=$CONTENTS/Resources/licences
mkdir -p "$LIC"
find_licence() { # find_licence PATTERN DIR... -> the first file whose name matches
    local pattern=$1 dir
    shift
    for dir in "$@"; do
        [ -d "$dir" ] || continue
        find "$dir" -maxdepth 2 -type f -iname "$pattern" 2>/dev/null | head -1 | grep . && return 0
    done
    return 1
}
qt_licence_dirs=("${QT_LICENCE_DIR:-/nonexistent}" "$QT_PREFIX/LICENSES" "$QT_PREFIX/share/licences"
                 "$QT_PREFIX/../../Licenses" "$QT_PREFIX")
lgpl=$(find_licence '*LGPL*3*' "${qt_licence_dirs[@]}") ||
    die "Qt's LGPL-3.0 text not found: set QT_LICENCE_DIR (e.g. https://www.gnu.org/licenses/lgpl-3.0.txt)"
gpl=$(find_licence 'GPL-3*' "${qt_licence_dirs[@]}") || gpl=$(find_licence '*gpl-3.0*' "${qt_licence_dirs[@]}") ||
    die "Qt's GPL-3.0 text not found: set QT_LICENCE_DIR (e.g. https://www.gnu.org/licenses/gpl-3.0.txt)"
cp "$lgpl" "$LIC/Qt-LGPL-3.0-only.txt"
cp "$gpl" "$LIC/Qt-GPL-3.0-only.txt"
openssl_licence=${OPENSSL_LICENCE:-$OPENSSL_PREFIX/LICENSE.txt}
[ -f "$openssl_licence" ] || die "OpenSSL's licence not found at $openssl_licence: set OPENSSL_LICENCE"
cp "$openssl_licence" "$LIC/OpenSSL-LICENSE.txt"
for f in THIRD-PARTY-NOTICES.txt ISPDB-LICENSE.txt LICENSE-DejaVu.txt; do
    [ -f "$LIC/$f" ] || die "Contents/Resources/licences/$f is missing (app/CMakeLists.txt puts it there)"
done
[ -f "$CONTENTS/Resources/mailfix.conf.example" ] || die "Contents/Resources/mailfix.conf.example is missing"

# --- 6. Checks over every Mach-O file in the bundle.
macho_files() { find "$APP" -type f -print0 | while IFS= read -r -d '' f; do
    file -b "$f" | grep -q 'Mach-O' && printf '%s\n' "$f"; done; }
min_os() { # the lowest macOS a binary runs on: LC_BUILD_VERSION minos, or LC_VERSION_MIN_MACOSX version
    otool -l "$1" | awk '/LC_BUILD_VERSION/ { b = 1 } b && $1 == "minos" { print $2; exit }
                         /LC_VERSION_MIN_MACOSX/ { v = 1 } v && $1 == "version" { print $2; exit }'
}
version_gt() { [ "$(printf '%s\n%s\n' "$1" "$2" | sort -t. -k1,1n -k2,2n -k3,3n | tail -1)" = "$1" ] && [ "$1" != "$2" ]; }
ARCHS=$(lipo -archs "$CONTENTS/MacOS/MailFix")
problems=0
while IFS= read -r bin; do
    rel=${bin#"$APP"/}
    # a) every library it links is in the bundle or part of macOS (otool -L also lists a library's own
    # install name, which otool -D prints, and one header line per architecture, ending in ":")
    own_id=$(otool -D "$bin" | awk 'NR > 1 { print $1; exit }')
    while IFS= read -r dep; do
        [ "$dep" != "$own_id" ] || continue
        case "$dep" in
            /usr/lib/* | /System/Library/*) ;;
            @rpath/* | @executable_path/* | @loader_path/*)
                name=${dep#@*/}
                while [[ $name == ../* ]]; do name=${name#../}; done
                name=${name#Frameworks/}
                if [ ! -e "$FW/$name" ]; then
                    say "MISSING: $rel needs $dep, which is not in Contents/Frameworks"
                    problems=$((problems + 1))
                fi ;;
            *)
                say "OUTSIDE: $rel needs $dep (a path outside the bundle and outside macOS)"
                problems=$((problems + 1)) ;;
        esac
    done < <(otool -L "$bin" | awk '!/:$/ { print $1 }' | sort -u)
    # b) the same CPU architectures as the wizard
    for arch in $ARCHS; do
        lipo -archs "$bin" | tr ' ' '\n' | grep -qx "$arch" ||
            { say "ARCH: $rel lacks $arch (the wizard has: $ARCHS)"; problems=$((problems + 1)); }
    done
    # c) no newer macOS than the bundle promises
    os=$(min_os "$bin")
    if [ -n "$os" ] && version_gt "$os" "$MINIMUM"; then
        say "MINOS: $rel needs macOS $os, the bundle promises $MINIMUM (LSMinimumSystemVersion)"
        problems=$((problems + 1))
    fi
done < <(macho_files)
[ "$problems" -eq 0 ] || die "$problems problems in the bundle (above)"
say "every library is in the bundle or part of macOS; architectures: $ARCHS; minimum macOS $MINIMUM"

# --- 7. Signing, from the inside out, each item on its own; no --deep (Apple DTS, "--deep Considered
# Harmful", developer.apple.com/forums/thread/129980). With a Developer ID: hardened runtime
# (--options runtime) and a secure timestamp, both required for notarization (Apple, "Notarizing macOS
# software before distribution"). No entitlements: MailFix needs none of the hardened runtime's exceptions
# (no JIT, no unsigned memory, no DYLD_* variables; OpenSSL and Qt's plugins are in the bundle and signed by
# the same team, so library validation allows them).
sign_args=(--force --sign "$IDENTITY")
if [ "$IDENTITY" != - ]; then
    sign_args+=(--options runtime --timestamp)
    [ -z "${CODESIGN_KEYCHAIN:-}" ] || sign_args+=(--keychain "$CODESIGN_KEYCHAIN")
fi
sign() { codesign "${sign_args[@]}" "$@"; }
# loose libraries and plugins
while IFS= read -r -d '' lib; do sign "$lib"; done \
    < <(find "$FW" "$CONTENTS/PlugIns" -type f -name '*.dylib' -print0)
# frameworks, as bundles
while IFS= read -r -d '' fw; do sign "$fw"; done < <(find "$FW" -maxdepth 1 -type d -name '*.framework' -print0)
# the console program, with an identifier of its own, then the bundle (which signs the wizard)
sign --identifier com.mailfix.mailfix-cli "$CONTENTS/MacOS/mailfix-cli"
sign "$APP"
codesign --verify --deep --strict --verbose=2 "$APP" # --deep is fine for checking, not for signing

# --- 8. Does it work? From the bundle, with no DYLD_* variables: the version and encrypted connections
# through the OpenSSL backend (on a Mac with an OpenSSL in /usr/local/lib this cannot prove that the
# bundle's copy was the one loaded; CI removes its copy before this step).
env -u DYLD_LIBRARY_PATH -u DYLD_FALLBACK_LIBRARY_PATH "$CONTENTS/MacOS/MailFix" --version
env -u DYLD_LIBRARY_PATH -u DYLD_FALLBACK_LIBRARY_PATH "$CONTENTS/MacOS/mailfix-cli" --version
selftest=$(env -u DYLD_LIBRARY_PATH -u DYLD_FALLBACK_LIBRARY_PATH "$CONTENTS/MacOS/mailfix-cli" self-test) ||
    die "mailfix-cli self-test failed: $selftest"
say "$selftest"
grep -q 'Qt backend "openssl"' <<<"$selftest" || die "self-test did not report Qt's OpenSSL backend"

# --- 9. The disk image: the app and a link to /Applications to drag it onto.
ln -s /Applications "$STAGE/Applications"
hdiutil create -volname "MailFix $VERSION" -srcfolder "$STAGE" -ov -format UDZO "$DMG"
[ "$IDENTITY" = - ] || sign "$DMG"

# --- 10. Notarization and stapling (xcrun notarytool, Xcode 13 and later; altool no longer works for this).
if [ "$NOTARIZE" = 1 ]; then
    if [ -n "${NOTARY_PROFILE:-}" ]; then
        notary_auth=(--keychain-profile "$NOTARY_PROFILE")
    elif [ -n "${APPLE_ID:-}" ] && [ -n "${APPLE_TEAM_ID:-}" ] && [ -n "${APPLE_APP_PASSWORD:-}" ]; then
        notary_auth=(--apple-id "$APPLE_ID" --team-id "$APPLE_TEAM_ID" --password "$APPLE_APP_PASSWORD")
    else
        die "to notarize, set NOTARY_PROFILE, or APPLE_ID, APPLE_TEAM_ID and APPLE_APP_PASSWORD (or NOTARIZE=0)"
    fi
    say "notarizing $DMG (this waits for Apple's answer, usually minutes)"
    result=$(xcrun notarytool submit "$DMG" "${notary_auth[@]}" --wait) || true
    printf '%s\n' "$result"
    if ! grep -q 'status: Accepted' <<<"$result"; then
        id=$(awk '/^  id: / { print $2; exit }' <<<"$result")
        [ -z "$id" ] || xcrun notarytool log "$id" "${notary_auth[@]}" || true
        die "notarization was not accepted (the log above says why)"
    fi
    xcrun stapler staple "$DMG"
    xcrun stapler validate "$DMG"
    spctl --assess --type open --context context:primary-signature --verbose=2 "$DMG"
else
    say "not notarized (ad-hoc signature, or NOTARIZE=0): Gatekeeper will refuse it on other Macs"
fi

rm -rf "$STAGE"
say "MailFix $VERSION for macOS: $DMG ($(du -h "$DMG" | cut -f1))"
exit 0
}
