#!/usr/bin/env bash
# Bekwaam for macOS: sign (optional) the app PyInstaller built, then make an installer package
# for a per-machine install in /Applications, and a disk image for people who drag it there.
#
#   .venv/bin/python packaging/build.py              # on a Mac: dist/Bekwaam.app (and dist/bekwaam/)
#   packaging/macos/build_pkg.sh                     # dist/Bekwaam-<version>.pkg and .dmg
#   packaging/macos/build_pkg.sh --policy school.toml   # a pkg that also installs the school's policy
#
# Signing and notarisation, when these are set (otherwise the pkg is unsigned, for testing):
#   BEKWAAM_SIGN_APP="Developer ID Application: School Name (TEAMID)"
#   BEKWAAM_SIGN_PKG="Developer ID Installer: School Name (TEAMID)"
#   BEKWAAM_NOTARY_PROFILE=<a profile stored with `xcrun notarytool store-credentials`>
#
# Silent install (MDM, Munki, Jamf, or by hand):  sudo installer -pkg Bekwaam-<version>.pkg -target /
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
APP_NAME="Bekwaam.app"
APP="$ROOT/dist/$APP_NAME"
IDENTIFIER="nl.bekwaam.app"
POLICY=""
MAKE_DMG=1

while [ $# -gt 0 ]; do
    case "$1" in
        --policy) POLICY="$2"; shift 2 ;;
        --no-dmg) MAKE_DMG=0; shift ;;
        *) echo "usage: $0 [--policy FILE] [--no-dmg]" >&2; exit 2 ;;
    esac
done

[ -d "$APP" ] || { echo "$APP is missing: run packaging/build.py on this Mac first" >&2; exit 1; }
# The version is the one the app carries (the spec writes desktop.__version__ into Info.plist).
VERSION="$(/usr/libexec/PlistBuddy -c "Print CFBundleShortVersionString" "$APP/Contents/Info.plist")"
WORK="$(mktemp -d -t bekwaam-pkg)"
trap 'rm -rf "$WORK"' EXIT

if [ -n "${BEKWAAM_SIGN_APP:-}" ]; then
    echo "==> Signing $APP_NAME (hardened runtime)"
    codesign --force --deep --timestamp --options runtime \
        --entitlements "$HERE/entitlements.plist" --sign "$BEKWAAM_SIGN_APP" "$APP"
    codesign --verify --strict --verbose=2 "$APP"
fi

echo "==> Component package"
mkdir -p "$WORK/root" "$WORK/scripts"
ditto "$APP" "$WORK/root/$APP_NAME"
cp "$HERE/scripts/postinstall" "$WORK/scripts/postinstall"
chmod 755 "$WORK/scripts/postinstall"
if [ -n "$POLICY" ]; then
    # Check it with the app itself before it goes to hundreds of Macs.
    "$APP/Contents/MacOS/bekwaam" policy check "$POLICY"
    cp "$POLICY" "$WORK/scripts/policy.toml"
fi
pkgbuild --analyze --root "$WORK/root" "$WORK/component.plist"
# Installed where it belongs, even if someone moved an older copy elsewhere.
plutil -replace 0.BundleIsRelocatable -bool NO "$WORK/component.plist"
pkgbuild --root "$WORK/root" --component-plist "$WORK/component.plist" --install-location /Applications \
    --scripts "$WORK/scripts" --identifier "$IDENTIFIER" --version "$VERSION" "$WORK/bekwaam-component.pkg"

echo "==> Product archive"
sed -e "s/@VERSION@/$VERSION/g" -e "s/@IDENTIFIER@/$IDENTIFIER/g" "$HERE/Distribution.xml" > "$WORK/Distribution.xml"
PKG="$ROOT/dist/Bekwaam-$VERSION.pkg"
SIGN_ARGS=()
[ -n "${BEKWAAM_SIGN_PKG:-}" ] && SIGN_ARGS=(--sign "$BEKWAAM_SIGN_PKG" --timestamp)
# ${a[@]+...}: macOS's bash 3.2 calls an empty array unbound under `set -u`.
productbuild --distribution "$WORK/Distribution.xml" --package-path "$WORK" ${SIGN_ARGS[@]+"${SIGN_ARGS[@]}"} "$PKG"

if [ -n "${BEKWAAM_NOTARY_PROFILE:-}" ]; then
    echo "==> Notarising"
    xcrun notarytool submit "$PKG" --keychain-profile "$BEKWAAM_NOTARY_PROFILE" --wait
    xcrun stapler staple "$PKG"
fi

if [ "$MAKE_DMG" = 1 ]; then
    echo "==> Disk image"
    mkdir -p "$WORK/dmg"
    ditto "$APP" "$WORK/dmg/$APP_NAME"
    ln -s /Applications "$WORK/dmg/Applications"
    hdiutil create -volname "Bekwaam $VERSION" -srcfolder "$WORK/dmg" -ov -format UDZO "$ROOT/dist/Bekwaam-$VERSION.dmg"
fi
echo "==> $PKG"
