"""Every screen in French and in Spanish: no English left on it, and it still fits.

The walk is the layout check's (test_layout_fits: the first run, every screen, the
routine editor, every session phase) at its three sizes: a 1366x768 laptop at 200% and
150% text and a 1024x600 netbook at 100%, as languages run 15-30% longer than English.
On each view, the text the user can see (labels, buttons, boxes, list rows, rich text)
is read and searched for common English words: a string that bypasses translation shows
up as one of them.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QLabel,
    QLineEdit,
    QTextBrowser,
    QWidget,
)
from tests.gui.layout_checks import layout_problems, painted_rows, report, too_big
from tests.gui.test_layout_fits import SIZES, _walk, _window, text_scale  # noqa: F401 - fixture

from backcoach.services import settings
from backcoach.ui import translation
from backcoach.ui.translation import Translations
from tools import i18n

# Words common in English screen text and not words of French or Spanish. ("a", "on",
# "de", "son", "pain" and the like are left out: they are French or Spanish too.)
_WORDS = """the your you with and of is are this that what how when after before today
    please exercise exercises rest hold set sets reps start each side back done more time
    easier harder left right skip end help settings progress activity activities rate
    rated rating"""
ENGLISH = frozenset(_WORDS.split())
# "minutes", "routine" and "session" are French words too: checked in Spanish only.
ENGLISH_ONLY_IN = {"es": frozenset({"minutes", "routine", "routines", "session", "sessions"})}

# Text that is not ours to translate: names that stay international (the content files
# keep them), the user's own words in the test data, the data folder's path.
NOT_OURS = (
    "BackCoach",
    "Bird-dog",
    "Jefferson curl",
    "Hip thrust",
    "My gentle morning routine for a stiff lower back, done slow",
    "gardening and carrying the shopping up the stairs",
    "Gardening and carrying the shopping up the stairs",
)


def _visible_texts(window: QWidget) -> list[tuple[QWidget, str]]:
    found: list[tuple[QWidget, str]] = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QLabel | QAbstractButton):
            found.append((widget, widget.text()))
        elif isinstance(widget, QComboBox):
            found.append((widget, widget.currentText()))
        elif isinstance(widget, QLineEdit) and not widget.text():
            found.append((widget, widget.placeholderText()))
        elif isinstance(widget, QTextBrowser):
            found.append((widget, widget.toPlainText()))
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            rows = min(model.rowCount(), 60)
            try:
                columns = model.columnCount(QModelIndex())
            except TypeError:  # a list model's columnCount is private in PySide6
                columns = 1
            for row in range(rows):
                for column in range(max(1, columns)):
                    index = model.index(row, column)
                    value = model.data(index, Qt.ItemDataRole.DisplayRole)
                    if isinstance(value, str):
                        found.append((widget, value))
            found += [(widget, text) for text in _painted_texts(widget)]
    return found


def _painted_texts(view: QAbstractItemView) -> list[str]:
    """What a view's delegate draws in its visible rows (a dose under a name, a badge)."""
    return [text for _, _, texts in painted_rows(view, most=60) for text in texts]


def english_words(text: str, language: str) -> set[str]:
    """The English words in ``text`` (tags, entities and text not ours removed)."""
    plain = re.sub(r"<[^>]+>|&\w+;", " ", text)
    for name in NOT_OURS:
        plain = plain.replace(name, " ")
    words = set(re.findall(r"[A-Za-z]+", plain.replace("&", "")))
    english = ENGLISH | ENGLISH_ONLY_IN.get(language, frozenset())
    return {w for w in words if w.casefold() in english}


def _english_on_screen(window: QWidget, language: str, state: str) -> set[str]:
    return _english_on_screen_of(window, window, language, state)


def _english_on_screen_of(root: QWidget, window, language: str, state: str) -> set[str]:
    """The English words ``root`` shows (a window, or a dialog over ``window``)."""
    # The data folder's path, and the sources' titles (cited as published), are not ours.
    not_ours = [str(window.data_dir), *(s.text for s in window.evidence.sources)]
    found = set()
    for widget, text in _visible_texts(root):
        for name in not_ours:
            text = text.replace(name, " ")
        words = english_words(text, language)
        if words:
            name = widget.objectName() or type(widget).__name__
            found.add(f"{state}: {name}: {sorted(words)} in {text[:90]!r}")
    return found


def test_the_english_word_check_sees_english_and_not_french_or_spanish() -> None:
    assert english_words("Set 1 of 3 · Left side", "fr") == {"Set", "of", "Left", "side"}
    assert not english_words("Série 1 sur 3 · Côté gauche", "fr")
    assert not english_words("Serie 1 de 3 · Lado izquierdo", "es")
    assert not english_words("Séance d'exercices · environ 16 minutes", "fr")
    assert english_words("about 16 minutes", "es") == {"minutes"}


@pytest.fixture
def in_language(qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """Installs the translators of a language (over .qm files compiled now)."""
    compiled = tmp_path / "qm"
    i18n.release(compiled)
    monkeypatch.setattr(translation, "translations_dir", lambda: compiled)
    made = Translations(qapp)
    yield made
    made.apply("en")


@pytest.mark.parametrize(("size", "scale"), SIZES)
@pytest.mark.parametrize("language", ["fr", "es"])
def test_every_screen_is_in_the_language_and_fits(
    qtbot,
    ready_store,
    in_language,
    text_scale,  # noqa: F811 - the fixture imported above
    language,
    size,
    scale,
) -> None:
    in_language.apply(language)
    settings.save(ready_store, "language", language)
    window = _window(qtbot, ready_store, size, text_scale(scale))
    english: set[str] = set()
    problems: set[str] = set()
    for state in _walk(window):
        english |= _english_on_screen(window, language, state)
        problems |= report([*too_big(window, *size), *layout_problems(window)], state)
    assert not english, "\n" + "\n".join(sorted(english))
    assert not problems, "\n" + "\n".join(sorted(problems))


@pytest.mark.parametrize(("size", "scale"), SIZES)
@pytest.mark.parametrize("language", ["fr", "es"])
def test_every_dialog_is_in_the_language_and_fits(
    qtbot,
    ready_store,
    in_language,
    text_scale,  # noqa: F811 - the fixture imported above
    language,
    size,
    scale,
) -> None:
    from PySide6.QtWidgets import QApplication
    from tests.gui.test_layout_fits import _dialogs, _some_records

    in_language.apply(language)
    settings.save(ready_store, "language", language)
    _some_records(ready_store)
    theme = text_scale(scale)
    window = _window(qtbot, ready_store, size, theme)
    english: set[str] = set()
    problems: set[str] = set()
    for name, dialog in _dialogs(window):
        theme.scale_own_fonts()
        dialog.show()
        for _ in range(12):
            QApplication.processEvents()
        english |= _english_on_screen_of(dialog, window, language, name)
        problems |= report([*too_big(dialog, *size), *layout_problems(dialog)], name)
        dialog.close()
    assert not english, "\n" + "\n".join(sorted(english))
    assert not problems, "\n" + "\n".join(sorted(problems))
