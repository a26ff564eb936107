"""Hatch build hook: compile the Qt translations (.ts -> .qm) into every wheel.

The .qm files are build output, not committed. They are made here with Qt's
``lrelease`` from the PySide6-Essentials wheel (a build requirement in pyproject.toml;
the project's own scripts build with ``--no-build-isolation`` from the venv that already
has it) into ``resources/i18n/``, which the wheel carries as ``backcoach/resources``. An
editable install gets them in the checkout the same way. See tools/i18n.py.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class TranslationsBuildHook(BuildHookInterface):
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        root = Path(self.root)
        sys.path.insert(0, str(root))
        try:
            from tools.i18n import release
        finally:
            sys.path.remove(str(root))
        made = release()
        self.app.display_info(
            f"compiled {len(made)} translations: {', '.join(p.name for p in made)}"
        )
        # resources/ is force-included whole (pyproject.toml), .qm files and all.
