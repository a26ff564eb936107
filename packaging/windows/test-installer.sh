#!/usr/bin/env bash
# Tests the Windows installer on Linux, under Debian's wine64, in a scratch wine prefix:
#   1. builds BackCoach-Setup-<version>.exe with makensis around a stand-in payload
#      (packaging/build.py nsis --stand-in), unless an installer is given;
#   2. installs it silently (/S) and checks the files, the Start-menu and desktop
#      shortcuts, the uninstaller and the uninstall entry in the registry, and runs the
#      installed program;
#   3. installs it again over itself (an upgrade), which must clear the old bundle;
#   4. uninstalls silently and checks that everything it made is gone, the "start at
#      login" value the app may have set included, and that the user's data is kept.
# Takes about a minute (most of it wine making its prefix). Not part of .ci/run.
#   bash packaging/windows/test-installer.sh [BackCoach-Setup-x.y.z.exe]
set -euo pipefail
cd "$(dirname "$0")/../.."
source tools/debian-packages.sh
ensure_system_packages windows

WINE=/usr/lib/wine/wine64
WINESERVER=/usr/lib/wine/wineserver64
[ -x "$WINESERVER" ] || WINESERVER=/usr/lib/wine/wineserver
scratch=$(mktemp -d)
trap '"$WINESERVER" -k >/dev/null 2>&1 || true; rm -rf "$scratch"' EXIT

if [ $# -ge 1 ]; then
    installer=$(realpath "$1")
    stand_in=0
else
    python3 packaging/build.py nsis --stand-in --out "$scratch/out" >/dev/null
    installer=$(ls "$scratch"/out/BackCoach-Setup-*.exe)
    stand_in=1
fi
version=$(python3 -c 'import re,sys; print(re.search(r"__version__ = \"(.+)\"", open("app/backcoach/__init__.py").read())[1])')

# A private prefix and HOME: wine links Desktop and Documents to $HOME's, and must not
# touch the real ones; no Mono/Gecko prompts, no menu entries on the Linux desktop.
export HOME="$scratch/home" WINEPREFIX="$scratch/prefix" WINEARCH=win64 WINEDEBUG=-all
export WINEDLLOVERRIDES="mscoree,mshtml=;winemenubuilder.exe=d"
mkdir -p "$HOME"
unset DISPLAY WAYLAND_DISPLAY
wine() { "$WINE" "$@" 2>>"$scratch/wine.log"; }

passed=0
failed=0
check() {  # check "what" command...
    local what=$1
    shift
    if "$@" >/dev/null 2>&1; then
        echo "ok    $what"
        passed=$((passed + 1))
    else
        echo "FAIL  $what"
        failed=$((failed + 1))
    fi
}
reg_value() {  # reg_value KEY NAME -> the value's data
    wine reg query "$1" /v "$2" | tr -d '\r' | awk -v n="$2" '$1 == n { $1 = ""; $2 = ""; sub(/^ +/, ""); print }'
}
uninstall_key='HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\BackCoach'
run_key='HKCU\Software\Microsoft\Windows\CurrentVersion\Run'

echo "== making a wine prefix"
wine wineboot --init
"$WINESERVER" -w
user_dir=$(ls -d "$WINEPREFIX"/drive_c/users/*/ | grep -v -E '/(Public|public)/$' | head -1)
appdir="$user_dir/AppData/Local/Programs/BackCoach"
start_menu="$user_dir/AppData/Roaming/Microsoft/Windows/Start Menu/Programs/BackCoach.lnk"
desktop_link="$user_dir/Desktop/BackCoach.lnk"
data_file="$user_dir/AppData/Local/BackCoach/data.json"

echo "== installing $(basename "$installer") silently"
wine "$installer" /S
"$WINESERVER" -w
check "program installed" test -f "$appdir/BackCoach.exe"
check "bundle installed" test -f "$appdir/_internal/resources/exercises.toml"
check "uninstaller installed" test -f "$appdir/Uninstall.exe"
check "Start-menu shortcut" test -f "$start_menu"
check "desktop shortcut" test -f "$desktop_link"
check "uninstall entry: name" test "$(reg_value "$uninstall_key" DisplayName)" = BackCoach
check "uninstall entry: version" test "$(reg_value "$uninstall_key" DisplayVersion)" = "$version"
check "uninstall entry: publisher" test -n "$(reg_value "$uninstall_key" Publisher)"
check "uninstall entry: uninstaller" grep -q 'Uninstall.exe' <<<"$(reg_value "$uninstall_key" UninstallString)"
check "uninstall entry: quiet uninstaller" grep -q 'Uninstall.exe" /S' <<<"$(reg_value "$uninstall_key" QuietUninstallString)"
check "uninstall entry: icon" grep -q 'BackCoach.exe' <<<"$(reg_value "$uninstall_key" DisplayIcon)"
check "uninstall entry: size" test -n "$(reg_value "$uninstall_key" EstimatedSize)"
if [ "$stand_in" = 1 ]; then
    wine "C:\\users\\$(basename "$user_dir")\\AppData\\Local\\Programs\\BackCoach\\BackCoach.exe" --smoke-test
    "$WINESERVER" -w
    marker=$(find "$user_dir" -name backcoach-stand-in-ran.txt | head -1)  # in %TEMP%
    check "installed program runs" grep -q -- "--smoke-test" "${marker:-/nonexistent}"
fi

echo "== installing again over it (an upgrade)"
echo stale >"$appdir/_internal/left-from-an-old-version.txt"
wine "$installer" /S
"$WINESERVER" -w
check "upgrade keeps the program" test -f "$appdir/BackCoach.exe"
check "upgrade clears the old bundle" test ! -e "$appdir/_internal/left-from-an-old-version.txt"

echo "== the app's own traces: user data and 'start at login'"
mkdir -p "$(dirname "$data_file")"
echo '{"sessions": []}' >"$data_file"
wine reg add "$run_key" /v BackCoach /t REG_SZ /d '"C:\BackCoach.exe"' /f >/dev/null
check "start-at-login value set (as the app would)" test -n "$(reg_value "$run_key" BackCoach)"

echo "== uninstalling silently"
wine "$appdir/Uninstall.exe" /S
"$WINESERVER" -w
for _ in $(seq 60); do  # NSIS's uninstaller runs a copy of itself from %TEMP%
    [ -e "$appdir/Uninstall.exe" ] || break
    sleep 1
done
"$WINESERVER" -w
check "program folder removed" test ! -e "$appdir"
check "Start-menu shortcut removed" test ! -e "$start_menu"
check "desktop shortcut removed" test ! -e "$desktop_link"
check "uninstall entry removed" bash -c "! $(printf %q "$WINE") reg query '$uninstall_key'"
check "start-at-login value removed" test -z "$(reg_value "$run_key" BackCoach)"
check "user data kept" test -f "$data_file"

echo "wine installer test: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
