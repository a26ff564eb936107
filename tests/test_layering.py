"""The layers of docs/decisions/007-layering.md hold: arrows point down only.

Screens (``ui``) reach data through services, never ``backcoach.storage``; services and
storage know no screen; the domain knows neither storage nor services nor Qt. Every
import counts, also those inside functions and under ``TYPE_CHECKING``.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "app" / "backcoach"


def _imports(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level:
            found.add("." * node.level + (node.module or ""))
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return found


def _breaking(layer: str, forbidden: tuple[str, ...]) -> list[str]:
    return [
        f"{path.relative_to(PACKAGE)} imports {name}"
        for path in sorted((PACKAGE / layer).rglob("*.py"))
        for name in sorted(_imports(path))
        if name.startswith(".") or name.startswith(forbidden)
    ]


@pytest.mark.parametrize(
    ("layer", "forbidden"),
    [
        ("ui", ("backcoach.storage",)),
        ("services", ("backcoach.ui",)),
        ("storage", ("backcoach.ui", "backcoach.services", "PySide6")),
        ("domain", ("backcoach.ui", "backcoach.services", "backcoach.storage", "PySide6")),
        ("domain", ("tinydb", "orjson")),
    ],
)
def test_a_layer_imports_nothing_above_it(layer: str, forbidden: tuple[str, ...]) -> None:
    assert _breaking(layer, forbidden) == []


def test_the_check_finds_a_screen_that_imports_storage(tmp_path: Path) -> None:
    screen = tmp_path / "screen.py"
    screen.write_text("def f():\n    from backcoach.storage.transfer import ImportReport\n")
    assert "backcoach.storage.transfer" in _imports(screen)
