# Sourced by tools/run-app.sh and tools/run-tests.sh: makes ./.venv hold exactly the
# versions in a lock file (requirements/*.lock: tested versions with hashes, made by
# tools/lock.sh) and the project itself (editable, so a code change needs no reinstall).
#   ensure_venv requirements/app.lock|requirements/test.lock
# Plain pip from python3's venv is enough (no uv needed).

ensure_venv() {
    local lock=$1 pip=()
    [ -x .venv/bin/python ] || python3 -m venv .venv
    # Skip the install when neither the lock nor pyproject.toml changed since the last one.
    local stamp=".venv/.backcoach-$(basename "$lock").sha256" want
    want=$(cat "$lock" pyproject.toml | sha256sum | cut -d' ' -f1)
    [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ] && return 0
    # A .venv made by uv has no pip: add Python's bundled one (offline; the packaging
    # tests build a wheel with pip), or fill it with uv where ensurepip is missing.
    if .venv/bin/python -m pip --version >/dev/null 2>&1 \
        || .venv/bin/python -m ensurepip --default-pip >/dev/null 2>&1; then
        pip=(.venv/bin/python -m pip --disable-pip-version-check install --quiet)
    elif command -v uv >/dev/null 2>&1; then
        pip=(uv pip install --quiet --python .venv/bin/python)
    else
        echo "The .venv has no pip and Python's ensurepip is missing: install python3-venv" >&2
        return 1
    fi
    echo "Installing the locked Python packages ($lock) into .venv"
    "${pip[@]}" --require-hashes -r "$lock"
    # hatchling (the build backend) is in the lock: no unpinned download to build the
    # project, and no dependency resolution (everything is already there).
    "${pip[@]}" --no-deps --no-build-isolation -e .
    echo "$want" >"$stamp"
}
