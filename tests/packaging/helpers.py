"""Shared by the packaging tests: the repository root, build.py, tools that may be missing."""

from __future__ import annotations

import importlib.util
import shutil
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def load_build_module():
    """packaging/build.py as a module (the name ``packaging`` is PyPI's library)."""
    path = REPO / "packaging" / "build.py"
    spec = importlib.util.spec_from_file_location("backcoach_build", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def require_tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed (packaging/ci-smoke.sh installs it)")
    return found
