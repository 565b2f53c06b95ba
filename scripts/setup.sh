#!/usr/bin/env bash
# Shared set-up for ./run-app and ./run-tests: Debian packages, a virtual environment, the
# project's dependencies. Safe to run again: each step is skipped when already done.
# Usage: source scripts/setup.sh; bekwaam_setup <apt package>...
set -euo pipefail

BEKWAAM_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="${BEKWAAM_VENV:-$BEKWAAM_ROOT/.venv}"

_as_root() {
    if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
        echo "Need root to install Debian packages: $*" >&2; return 1; fi
}

bekwaam_apt() {
    local missing=()
    for pkg in "$@"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "ok installed" || missing+=("$pkg")
    done
    if [ ${#missing[@]} -gt 0 ]; then
        echo "==> Installing Debian packages: ${missing[*]}" >&2
        local log
        log="$(mktemp -t bekwaam-apt.XXXXXX)"
        if ! { _as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq &&
               _as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
                   "${missing[@]}"; } >"$log" 2>&1; then
            cat "$log" >&2
            echo "Installing Debian packages failed (log above)." >&2
            return 1
        fi
        rm -f "$log"
    fi
}

bekwaam_venv() {
    local py
    py="$(command -v python3.11 || command -v python3 || true)"
    if [ -z "$py" ] || ! "$py" -c 'import sys, venv, ensurepip; assert sys.version_info[:2] == (3, 11)' 2>/dev/null; then
        bekwaam_apt python3 python3-venv ca-certificates
        py="$(command -v python3.11 || command -v python3)"
    fi
    if [ ! -x "$VENV/bin/python" ]; then
        echo "==> Creating the virtual environment in $VENV" >&2
        "$py" -m venv "$VENV"
    fi
    local stamp="$VENV/.bekwaam-stamp" want
    want="$(cat "$BEKWAAM_ROOT/pyproject.toml" | sha256sum | cut -d' ' -f1)"
    if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
        echo "==> Installing Python dependencies" >&2
        # uv installs the whole set in seconds; it needs the OS trust store on school networks.
        "$VENV/bin/python" -m pip install -q --disable-pip-version-check uv >&2
        UV_NATIVE_TLS=1 "$VENV/bin/uv" pip install -q --python "$VENV/bin/python" -e "$BEKWAAM_ROOT[dev]" >&2
        echo "$want" > "$stamp"
    fi
    # Compiled bytecode, as pip writes it at install time: uv does not, and where PYTHONDONTWRITEBYTECODE is
    # set (as on these machines) Python never caches it, so every start compiled SQLAlchemy, PySide6's
    # Python and the app from source again (seconds on a busy machine; bench/gui_bench.py).
    if [ "$(cat "$VENV/.bekwaam-bytecode" 2>/dev/null)" != "$want" ]; then
        "$VENV/bin/python" -m compileall -q -j 0 \
            "$("$VENV/bin/python" -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')" >/dev/null 2>&1 || true
        echo "$want" > "$VENV/.bekwaam-bytecode"
    fi
    "$VENV/bin/python" -m compileall -q "$BEKWAAM_ROOT/desktop" "$BEKWAAM_ROOT/sync" >/dev/null 2>&1 || true
    # Translations: .qm built from the .ts sources (never committed, never hand-edited).
    "$VENV/bin/python" -m desktop.i18n build >/dev/null
}

# Qt's runtime on a bare Debian (MACHINE.md); the font keeps Qt from drawing nothing.
QT_RUNTIME_PACKAGES=(libglib2.0-0 libgl1 libegl1 libxkbcommon0 libfreetype6 libfontconfig1
    libdbus-1-3 fonts-dejavu-core libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
    libxcb-render-util0 libxcb-render0 libxcb-shape0 libxcb-util1 libxcb-xkb1 libxkbcommon-x11-0
    libx11-xcb1 libxrender1 libxi6 libsm6 libice6)
