#!/usr/bin/env bash
# Installs BackCoach into ./.venv (with the system libraries Qt needs) and starts it.
#   bash tools/run-app.sh [backcoach arguments]
set -euo pipefail
cd "$(dirname "$0")/.."
source tools/debian-packages.sh

# Qt 6's X11 platform needs libxcb-cursor0, which many desktops lack.
ensure_debian_packages libegl1 libgl1 libglib2.0-0 libfontconfig1 libxkbcommon0 \
    libxkbcommon-x11-0 libdbus-1-3 libxcb-cursor0 libxcb-icccm4 libxcb-image0 \
    libxcb-keysyms1 libxcb-render-util0 libxcb-shape0 libxcb-xkb1 fonts-dejavu-core

[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet .
exec .venv/bin/backcoach "$@"
