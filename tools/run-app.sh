#!/usr/bin/env bash
# Installs BackCoach into ./.venv (with the system libraries Qt needs, listed in
# tools/system-packages.txt, and the Python packages locked in requirements/app.lock)
# and starts it.
#   bash tools/run-app.sh [backcoach arguments]
set -euo pipefail
cd "$(dirname "$0")/.."
source tools/debian-packages.sh
source tools/venv.sh
ensure_system_packages run
ensure_venv requirements/app.lock
exec .venv/bin/backcoach "$@"
