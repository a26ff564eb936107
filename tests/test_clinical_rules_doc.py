"""docs/clinical-rules.md names real code and real tests: a renamed test or module
breaks this, so the table cannot drift from the code it describes."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_every_code_path_and_test_named_in_the_rules_table_exists() -> None:
    text = (ROOT / "docs" / "clinical-rules.md").read_text(encoding="utf-8")
    current: Path | None = None
    checked = 0
    for token in re.findall(r"`([^`]+)`", text):
        if m := re.match(r"((?:domain|gui|services)/test_[a-z_]+\.py)(?:::(.+))?$", token):
            current = ROOT / "tests" / m.group(1)
            assert current.exists(), token
            names = [m.group(2)] if m.group(2) else []
        elif (m := re.match(r"::(.+)$", token)) and current is not None:
            names = [m.group(1)]
        else:
            if m := re.match(r"((?:domain|services|ui)/[a-z_/]+\.py)", token):
                assert (ROOT / "app" / "backcoach" / m.group(1)).exists(), token
                checked += 1
            continue
        for name in names:
            assert f"def {name.replace('*', '')}" in current.read_text(encoding="utf-8"), token
            checked += 1
    assert checked > 40
