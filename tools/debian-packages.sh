# Sourced by run-app.sh and run-tests.sh: installs Debian/Ubuntu packages that are missing.
# Uses apt-get directly as root (CI) and through sudo otherwise; asks nothing when all
# packages are already there.

ensure_debian_packages() {
    local wanted=("$@") missing=() package
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
