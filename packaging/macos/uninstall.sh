#!/bin/sh
# Remove Bekwaam from a Mac (macOS packages have no uninstaller): the app, the command-line link
# and the package receipt. Teachers' portfolios (~/Library/Application Support/Bekwaam) and the
# school's policy (/Library/Application Support/Bekwaam/policy.toml) are left in place.
#   sudo sh uninstall.sh
set -e
[ "$(id -u)" = 0 ] || { echo "run with sudo" >&2; exit 1; }
rm -rf "/Applications/Bekwaam.app"
if [ -L /usr/local/bin/bekwaam ]; then rm -f /usr/local/bin/bekwaam; fi
pkgutil --forget nl.bekwaam.app >/dev/null 2>&1 || true
echo "Bekwaam removed; portfolios and the school's policy were left in place."
