#!/usr/bin/env bash
# Installs everything the test suite needs and runs it (the README's test command, and CI's).
#   bash tools/run-tests.sh [pytest arguments]
set -euo pipefail
cd "$(dirname "$0")/.."
source tools/debian-packages.sh

# Qt's offscreen platform still loads these at start-up (EGL, fontconfig, xkbcommon,
# glib, dbus), and without a font every glyph renders as a box. poppler-utils gives
# pdftotext, which the report test reads the clinician PDF with. QtMultimedia and
# QtTextToSpeech link libpulse even when no sound server runs (a fresh Debian lacks it).
ensure_debian_packages libegl1 libgl1 libglib2.0-0 libfontconfig1 libxkbcommon0 \
    libdbus-1-3 fonts-dejavu-core poppler-utils libpulse0

[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e '.[test]'
QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest "$@"
