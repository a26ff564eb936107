#!/usr/bin/env bash
# Installs everything the test suite needs and runs it (the README's test command, and
# CI's): the system packages for "test" in tools/system-packages.txt and the Python
# packages locked in requirements/test.lock (the versions the suite was last run with).
#   bash tools/run-tests.sh [pytest arguments]
set -euo pipefail
cd "$(dirname "$0")/.."
source tools/debian-packages.sh
source tools/venv.sh
ensure_system_packages test
ensure_venv requirements/test.lock
QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest "$@"
