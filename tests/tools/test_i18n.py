"""Qt's translation tool chain (tools/i18n.py): the tools exist, the sources are in place."""

from __future__ import annotations

import subprocess
import xml.etree.ElementTree as ET

from backcoach.domain.language import LANGUAGES, SOURCE
from tools import i18n


def test_the_tool_chain_covers_every_language_but_the_source() -> None:
    assert set(i18n.TRANSLATED) == set(LANGUAGES) - {SOURCE}


def test_lupdate_and_lrelease_come_with_the_pyside6_wheel() -> None:
    for name in ("lupdate", "lrelease"):
        found = subprocess.run([i18n.tool(name), "-version"], capture_output=True, text=True)
        assert found.returncode == 0 and name in found.stdout + found.stderr


def test_each_language_has_its_ts_file_from_english() -> None:
    for language in i18n.TRANSLATED:
        root = ET.parse(i18n.ts_path(language)).getroot()
        assert root.tag == "TS"
        assert root.get("language") == language and root.get("sourcelanguage") == "en"
        assert len(root.findall("context/message")) > 100


def test_the_sources_include_the_designer_forms() -> None:
    names = {path.name for path in i18n.source_files()}
    assert {"main_window.py", "routines_page.ui", "translation.py"} <= names
