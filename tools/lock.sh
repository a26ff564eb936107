#!/usr/bin/env bash
# Regenerates the lock files in requirements/ (exact versions with hashes) from
# pyproject.toml and packaging/requirements-build.txt. Run after changing a dependency,
# then run the full test suite and .ci/run before committing the new locks.
#   bash tools/lock.sh [--upgrade]       (needs uv: https://docs.astral.sh/uv/)
# app.lock is the app's run-time set (run-app.sh, the installers); test.lock and
# build.lock hold the same run-time versions (constrained by app.lock) plus the test
# tools or PyInstaller. --universal: one file for every platform and Python >= 3.11.
set -euo pipefail
cd "$(dirname "$0")/.."
compile=(uv pip compile --quiet --universal --python-version 3.11 --generate-hashes "$@")
"${compile[@]}" pyproject.toml requirements/build-backend.in -o requirements/app.lock
"${compile[@]}" pyproject.toml requirements/build-backend.in --extra test -c requirements/app.lock -o requirements/test.lock
"${compile[@]}" pyproject.toml packaging/requirements-build.txt -c requirements/app.lock \
    -o requirements/build.lock
