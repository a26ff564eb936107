#!/usr/bin/env bash
# Regenerates BackCoach's translations with Qt's own tools (from the PySide6 wheel):
# pyside6-lupdate refreshes resources/i18n/backcoach_<lang>.ts from the sources, then
# pyside6-lrelease compiles them into .qm files beside them (not committed; builds make
# their own). See tools/i18n.py.
#   bash tools/i18n.sh [update|release]
set -euo pipefail
cd "$(dirname "$0")/.."
python=.venv/bin/python
[ -x "$python" ] || python=python3
exec "$python" -m tools.i18n "$@"
