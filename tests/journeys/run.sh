#!/usr/bin/env bash
# The journey tests (tests/journeys): installs Xvfb, xdotool, PulseAudio, speech-dispatcher
# with espeak-ng and pdftotext (tools/system-packages.txt, use "journey") and the locked
# Python packages, then runs them. Each test starts its own X server (1366x768), D-Bus
# session bus and sound server in a scratch folder, so this works as root on a machine
# with no display (CI) as well as from a desktop session.
#   bash tests/journeys/run.sh [pytest arguments]
set -euo pipefail
cd "$(dirname "$0")/../.."
source tools/debian-packages.sh
source tools/venv.sh
ensure_system_packages journey
ensure_venv requirements/test.lock
# Nothing of the caller's desktop or sound server: the tests bring their own.
exec env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM -u PULSE_SERVER \
    -u DBUS_SESSION_BUS_ADDRESS BACKCOACH_JOURNEYS=1 \
    timeout 900 .venv/bin/python -m pytest -p no:cacheprovider -q -s tests/journeys "$@"
