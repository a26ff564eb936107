#!/usr/bin/env bash
# Installs a built .deb with apt (which proves its Depends on this system) and runs the
# installed app's smoke test on a virtual X display. For fresh roots of every supported
# release (see packaging/README.md):
#   bash ../shared/tools/fresh-debian-check.sh --deb dist/backcoach_*.deb \
#       -- bash packaging/installed-smoke.sh /tmp/app.deb
set -euo pipefail
deb=${1:?usage: installed-smoke.sh FILE.deb}
export DEBIAN_FRONTEND=noninteractive
apt-get update -q >/dev/null
apt-get install -y -q --no-install-recommends "$deb" xvfb xauth
grep -E "^(PRETTY_NAME)" /etc/os-release
dpkg-query -W -f='${Package} ${Version}\n' backcoach libc6
scratch=$(mktemp -d)
mkdir -m 700 "$scratch/runtime"
status=0
(cd "$scratch" && env -u DISPLAY QT_QPA_PLATFORM=xcb QT_DEBUG_PLUGINS=1 HOME="$scratch/home" \
    XDG_RUNTIME_DIR="$scratch/runtime" timeout 300 xvfb-run -a -s "-screen 0 1366x768x24" \
    backcoach --smoke-test --data-dir "$scratch/data") >"$scratch/log" 2>&1 || status=$?
grep -v -E "QFactoryLoader|Got keys|looking at|loaded library|unloaded library|checking directory|^ *\"" \
    "$scratch/log" | tail -40
if [ "$status" -ne 0 ] || ! grep -q "^smoke-test: ok$" "$scratch/log"; then
    echo "installed-smoke: FAILED (exit $status)" >&2
    exit 1
fi
apt-get purge -y -q backcoach >/dev/null
[ -d /opt ] || { echo "installed-smoke: purging the package removed /opt" >&2; exit 1; }
[ ! -e /opt/backcoach ] || { echo "installed-smoke: /opt/backcoach left after purge" >&2; exit 1; }
echo "installed-smoke: ok (smoke test exit 0 with QT_DEBUG_PLUGINS=1; purged, /opt kept)"
