#!/usr/bin/env bash
# The proof that the Linux installer works, run by .ci/run on every submission:
#   1. build the .deb from this checkout (fast gzip compression; releases use xz);
#   2. check it: lintian, desktop-file-validate, appstreamcli, its layout and the unpacked
#      app (tests/packaging, with BACKCOACH_DEB set);
#   3. install it as a user's double-click would (apt, which also proves Depends);
#   4. run the installed `backcoach --smoke-test` on a virtual X display (Xvfb, Qt's real
#      xcb platform) with a scratch data folder, and fail on any traceback or Qt error in
#      its output or its log file;
#   5. remove it (purge) and check that none of its files is left.
# Needs root, or sudo for apt. About 3-4 minutes on 2 cores once pip's cache is warm.
#   bash packaging/ci-smoke.sh
set -euo pipefail
cd "$(dirname "$0")/.."
source tools/debian-packages.sh
source tools/venv.sh
SUDO=()
[ "$(id -u)" -eq 0 ] || SUDO=(sudo)
started=$SECONDS
step() { echo "== ci-smoke [$((SECONDS - started)) s]: $*"; }

# Build tools and validators; Xvfb; the libraries Qt's xcb platform, QtMultimedia and
# the bundled copies need (tools/system-packages.txt, uses "build" and "smoke").
step "system packages"
ensure_system_packages build smoke

step "build the .deb"
out=build/ci-smoke
rm -rf "$out"
python3 packaging/build.py deb --fast --out "$out"
deb=$(ls "$out"/backcoach_*.deb)

step "validators and package tests"
ensure_venv requirements/test.lock
BACKCOACH_DEB="$PWD/$deb" QT_QPA_PLATFORM=offscreen \
    .venv/bin/python -m pytest -q -p no:cacheprovider -m packaging tests/packaging

step "install with apt"
installed_by_us=0
cleanup() {
    if [ "$installed_by_us" = 1 ]; then
        "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=120 purge -y -q backcoach >/dev/null || true
    fi
}
trap cleanup EXIT
if dpkg-query -W -f='${Status}' backcoach 2>/dev/null | grep -q "install ok installed"; then
    echo "ci-smoke: removing an earlier backcoach package first"
    "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=120 purge -y -q backcoach
fi
apt_install=("${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=120 install -y -q
    --no-install-recommends "$PWD/$deb")
installed_by_us=1
if ! "${apt_install[@]}"; then  # a Depends not yet on this machine: fetch the lists, retry
    "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
    "${apt_install[@]}"
fi
files=$(dpkg -L backcoach)
[ "$(readlink /usr/bin/backcoach)" = /opt/backcoach/backcoach ]
desktop-file-validate /usr/share/applications/io.github.backcoach.BackCoach.desktop

step "smoke test of the installed app on Xvfb"
scratch=$(mktemp -d)
mkdir -m 700 "$scratch/runtime"
log="$scratch/smoke.log"
status=0
(cd "$scratch" && env -u WAYLAND_DISPLAY -u DISPLAY QT_QPA_PLATFORM=xcb HOME="$scratch/home" \
    XDG_RUNTIME_DIR="$scratch/runtime" XDG_STATE_HOME="$scratch/state" \
    XDG_CONFIG_HOME="$scratch/config" XDG_DATA_HOME="$scratch/share" \
    timeout 300 dbus-run-session -- xvfb-run -a -s "-screen 0 1280x1024x24" \
    backcoach --smoke-test --data-dir "$scratch/data") >"$log" 2>&1 || status=$?
cat "$log"
app_log="$scratch/state/BackCoach/log/backcoach.log"
[ -f "$app_log" ] && cat "$app_log" >>"$log"
if [ "$status" -ne 0 ] || ! grep -q "^smoke-test: ok$" "$log"; then
    echo "ci-smoke: the installed app's smoke test failed (exit $status)" >&2
    exit 1
fi
# Tracebacks, Qt's own errors (plugin, platform, xcb) and anything logged as an error;
# the app's INFO lines are its own calm notes. Allowed: what a machine without a sound
# server or speech engine (this CI) prints.
problems=$(grep -v -E "^[0-9-]+ [0-9:,]+ (INFO|DEBUG) " "$log" \
    | grep -E -i "traceback|exception|error|critical|fatal|qt\.qpa|cannot load|could not|segmentation|abort|smoke-test FAILED" \
    | grep -v -E "pipewire|PulseAudio|pa_context|No QtMultimedia backends found|^dbus-daemon\[" \
    || true)
if [ -n "$problems" ]; then
    echo "ci-smoke: problems in the installed app's output or log:" >&2
    echo "$problems" >&2
    exit 1
fi

step "remove (purge) and check nothing is left"
"${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=120 purge -y -q backcoach
installed_by_us=0
[ -d /opt ] || { echo "ci-smoke: purging removed /opt itself" >&2; exit 1; }
left=()
while IFS= read -r path; do
    case "$path" in /. | /opt | /usr | /usr/bin | /usr/share) continue ;; esac
    if [ -e "$path" ] || [ -L "$path" ]; then
        [ -d "$path" ] && [ -n "$(dpkg -S "$path" 2>/dev/null)" ] && continue  # shared folder
        left+=("$path")
    fi
done <<<"$files"
if [ ${#left[@]} -ne 0 ]; then
    echo "ci-smoke: left behind after purge: ${left[*]:0:20}" >&2
    exit 1
fi
step "ok: built, validated, installed, ran and removed $(basename "$deb")"
