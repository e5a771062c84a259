#!/bin/bash
# scripts/windows/make-installer.sh BUILD_DIR [OUT_DIR] -- the portable folder (package.sh), its zip and the
# NSIS installer: OUT_DIR/MailFix-<version>-win64.zip and OUT_DIR/MailFix-<version>-setup.exe
# (OUT_DIR defaults to BUILD_DIR).
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
BUILD=$(realpath "${1:?usage: make-installer.sh BUILD_DIR [OUT_DIR]}")
OUT=$(realpath -m "${2:-$BUILD}")
VERSION=$(sed -n 's/^project(MailFix VERSION \([0-9.]*\).*/\1/p' "$HERE/../../CMakeLists.txt")
[ -n "$VERSION" ] || { echo "make-installer: no version in CMakeLists.txt" >&2; exit 1; }
NAME="MailFix-$VERSION-win64"
mkdir -p "$OUT"
bash "$HERE/package.sh" "$BUILD" "$OUT/$NAME"
rm -f "$OUT/$NAME.zip"
(cd "$OUT" && python3 -c 'import shutil,sys; shutil.make_archive(sys.argv[1], "zip", ".", sys.argv[1])' "$NAME")
makensis -V2 -DSRC="$OUT/$NAME" -DOUTFILE="$OUT/MailFix-$VERSION-setup.exe" -DVERSION="$VERSION" \
    "$HERE/mailfix.nsi"
echo "make-installer: $OUT/$NAME.zip ($(du -h "$OUT/$NAME.zip" | cut -f1)), $OUT/MailFix-$VERSION-setup.exe ($(du -h "$OUT/MailFix-$VERSION-setup.exe" | cut -f1))"
