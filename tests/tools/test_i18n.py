"""Qt's translation tool chain (tools/i18n.py): the tools exist, the sources are in place."""

from __future__ import annotations

import re
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


def test_check_finds_a_stale_ts_file_and_untranslated_entries(tmp_path) -> None:
    i18n.update(tmp_path)
    fresh = i18n.check(tmp_path)
    assert not [p for p in fresh if "out of date" in p]
    assert any(p.startswith("backcoach_fr.ts: unfinished: ") for p in fresh)
    # A string added to the code but not extracted: lupdate would change the file.
    stale = tmp_path / "backcoach_es.ts"
    text = stale.read_text(encoding="utf-8")
    first = text.index("<message>")
    stale.write_text(text[:first] + text[text.index("</message>", first) + 10 :], "utf-8")
    assert "backcoach_es.ts is out of date: run bash tools/i18n.sh" in i18n.check(tmp_path)


def test_unfinished_lists_only_entries_without_a_finished_translation(tmp_path) -> None:
    ts = tmp_path / "backcoach_fr.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><TS version="2.1" language="fr">'
        "<context><name>A</name>"
        "<message><source>Done</source><translation>Fait</translation></message>"
        '<message><source>Todo</source><translation type="unfinished"></translation></message>'
        '<message><source>Gone</source><translation type="vanished">Parti</translation></message>'
        "</context></TS>",
        encoding="utf-8",
    )
    assert i18n.unfinished(ts) == ["unfinished: Todo", "vanished: Gone"]


def test_the_committed_translations_are_complete_and_up_to_date() -> None:
    """What CI checks: lupdate on the tree changes nothing, and every entry of every
    language is finished (no English left on screen, nothing obsolete)."""
    assert i18n.check() == []


def test_each_translation_keeps_the_placeholders_of_its_source() -> None:
    """``tr("Set %d of %d") % (a, b)`` fails at run time if a translation drops or adds
    a placeholder: each one must keep them all, in the same kinds."""
    placeholder = re.compile(r"%(?:\d+|[0-9]*[sdn%])")
    wrong = []
    for language in i18n.TRANSLATED:
        for message in ET.parse(i18n.ts_path(language)).getroot().iter("message"):
            source = message.findtext("source") or ""
            translation = message.findtext("translation") or ""
            if sorted(placeholder.findall(source)) != sorted(placeholder.findall(translation)):
                wrong.append(f"{language}: {source!r} -> {translation!r}")
    assert wrong == []
