# Sourced by tools/run-app.sh, tools/run-tests.sh, packaging/ci-smoke.sh and
# tests/journeys/run.sh: installs the Debian/Ubuntu packages a use needs (the list is
# tools/system-packages.txt). Uses apt-get as root (CI) and through sudo otherwise; asks
# nothing when every package is already there.
#   ensure_system_packages run|test|build|smoke|journey ...

_BACKCOACH_TOOLS=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

# The packages for the given uses, one per line ({python} filled in).
system_packages() {
    local python
    python=$(python3 -c 'import sys; print("%d.%d" % sys.version_info[:2])' 2>/dev/null || echo 3)
    awk -v uses=" $* " -v python="$python" '
        /^[ \t]*(#|$)/ { next }
        { for (i = 2; i <= NF; i++) if (index(uses, " " $i " ")) {
              name = $1; gsub(/\{python\}/, python, name); print name; next } }
    ' "$_BACKCOACH_TOOLS/system-packages.txt" | awk '!seen[$0]++'
}

ensure_system_packages() {
    local wanted missing=() package
    mapfile -t wanted < <(system_packages "$@")
    if ! python3 -c 'import ensurepip, venv' 2>/dev/null; then
        wanted+=(python3-venv)
    fi
    if ! command -v dpkg-query >/dev/null 2>&1; then
        echo "Not a Debian/Ubuntu system: please install the equivalents of: ${wanted[*]}" >&2
        return 0
    fi
    for package in "${wanted[@]}"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
            || missing+=("$package")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing system packages: ${missing[*]}"
    local sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive \
        apt-get install -y -q --no-install-recommends "${missing[@]}"
}
