#!/usr/bin/env bash
# macOS: build dist/Rapport.app (PyInstaller, packaging/rapport.spec) and wrap it in a compressed disk image
# dist/Rapport-VERSION-macos-ARCH.dmg with an /Applications shortcut to drag it onto.
#
#   packaging/macos/build-dmg.sh            (run on macOS with Python ≥ 3.11; the CI workflow does)
#
# The app's Info.plist (bundle id io.github.rapport.Rapport, version, dark-mode support, vCard document type) comes
# from the spec; its icon is rapport.icns, rendered from resources/icons/app/rapport.svg by packaging/make_icons.py.
# The app is ad-hoc signed by PyInstaller; it is not notarized (that needs an Apple Developer ID), so the first start
# needs right-click > Open.
set -euo pipefail
cd "$(dirname "$0")/../.."
[ "$(uname -s)" = Darwin ] || { echo "build-dmg.sh: run this on macOS (hdiutil)" >&2; exit 1; }
PYTHON=${PYTHON:-python3}

"$PYTHON" packaging/build.py
app=dist/Rapport.app
[ -x "$app/Contents/MacOS/rapport" ] || { echo "build-dmg.sh: $app was not built" >&2; exit 1; }
plutil -lint "$app/Contents/Info.plist"
[ "$(/usr/libexec/PlistBuddy -c 'Print :CFBundleIdentifier' "$app/Contents/Info.plist")" = io.github.rapport.Rapport ]
[ -f "$app/Contents/Resources/rapport.icns" ] || { echo "build-dmg.sh: the app has no icon" >&2; exit 1; }

version=$("$PYTHON" -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')
dmg="dist/Rapport-${version}-macos-$(uname -m).dmg"
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
cp -R "$app" "$stage/"
ln -s /Applications "$stage/Applications"
rm -f "$dmg"
hdiutil create -volname "Rapport $version" -srcfolder "$stage" -fs HFS+ -format UDZO -ov "$dmg"
hdiutil verify "$dmg"
echo "$dmg: $(du -h "$dmg" | cut -f1)"
