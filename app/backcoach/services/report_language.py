"""The language the clinician report is written in: the language in use, or English for
a physiotherapist who reads English (Settings → "Write the report in English").

The report's modules (and the shared date and dose words) translate through ``translate``
here rather than ``QCoreApplication.translate``: inside ``written_in_english()`` it gives
the English source text, and ``locale()`` gives an English locale for month and weekday
names and the decimal point. The switch is per thread, so a report written on a
background thread never changes what the screens show meanwhile; outside it both behave
exactly like Qt's own (lupdate sees ``translate("Context", "...")`` calls as usual).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, QLocale

_state = threading.local()


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for lupdate; it is translated where it is shown."""
    return text


def in_english() -> bool:
    return bool(getattr(_state, "english", False))


def translate(context: str, text: str) -> str:
    """``QCoreApplication.translate``, or ``text`` itself inside ``written_in_english``."""
    return text if in_english() else QCoreApplication.translate(context, text)


def locale() -> QLocale:
    """The locale of dates and numbers: the default (the language in use) or English."""
    if in_english():
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    return QLocale()


def decimal(text: str) -> str:
    """A number written with Python's point, with the decimal mark of the language in
    use (2,5 in French and Spanish); digits and signs stay as they are."""
    return text.replace(".", locale().decimalPoint())


@contextmanager
def written_in_english(english: bool = True) -> Iterator[None]:
    """Within it, on this thread, ``translate`` and ``locale`` speak English."""
    before = in_english()
    _state.english = english
    try:
        yield
    finally:
        _state.english = before
