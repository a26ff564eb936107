"""The words screens show for the domain's ids, in the language in use.

The domain stays free of Qt: its tables (``catalog.GROUPS``, ``routines.PLAN_DIRECTIONS``,
``progress.ACTIVITY_KINDS``...) hold the ids and the English words, and ``Dose.describe``
and ``describe_duration`` speak English (logs, the command line, the tests). Screens and
the report show the same words through here: the same ids, each English word marked for
lupdate with ``QT_TRANSLATE_NOOP`` and translated at display. A test keeps the ids and the
English words in step with the domain's tables.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from backcoach.services.dose_words import dose_words
from backcoach.ui.translate_noop import QT_TRANSLATE_NOOP

dose = dose_words
"""A dose in words, in the language in use (screens take it from here)."""

CONTEXT = "Catalogue"

GROUPS: dict[str, str] = {
    "extension-movement": QT_TRANSLATE_NOOP("Catalogue", "Extension movements"),
    "anti-flexion": QT_TRANSLATE_NOOP("Catalogue", "Anti-flexion"),
    "extension-through-range": QT_TRANSLATE_NOOP("Catalogue", "Extension through range"),
    "flexion-movement": QT_TRANSLATE_NOOP("Catalogue", "Flexion movements"),
    "anti-extension": QT_TRANSLATE_NOOP("Catalogue", "Anti-extension"),
    "flexion-through-range": QT_TRANSLATE_NOOP("Catalogue", "Flexion through range"),
    "rotation": QT_TRANSLATE_NOOP("Catalogue", "Rotation"),
}
DIRECTIONS: dict[str, str] = {
    "extension": QT_TRANSLATE_NOOP("Catalogue", "Extension"),
    "flexion": QT_TRANSLATE_NOOP("Catalogue", "Flexion"),
    "rotation": QT_TRANSLATE_NOOP("Catalogue", "Rotation"),
}
KINDS: dict[str, str] = {
    "movement": QT_TRANSLATE_NOOP("Catalogue", "Movement"),
    "stability": QT_TRANSLATE_NOOP("Catalogue", "Stability"),
    "strength": QT_TRANSLATE_NOOP("Catalogue", "Strength through range"),
}
POSITIONS: dict[str, str] = {
    "lying": QT_TRANSLATE_NOOP("Catalogue", "Lying"),
    "four-point": QT_TRANSLATE_NOOP("Catalogue", "On hands and knees"),
    "sitting": QT_TRANSLATE_NOOP("Catalogue", "Sitting"),
    "standing": QT_TRANSLATE_NOOP("Catalogue", "Standing"),
}
EQUIPMENT: dict[str, str] = {
    "mat": QT_TRANSLATE_NOOP("Catalogue", "Mat"),
    "wall": QT_TRANSLATE_NOOP("Catalogue", "Wall"),
    "chair": QT_TRANSLATE_NOOP("Catalogue", "Chair"),
    "weight": QT_TRANSLATE_NOOP("Catalogue", "Weight or bag"),
    "bench": QT_TRANSLATE_NOOP("Catalogue", "Bench or sofa edge"),
    "band": QT_TRANSLATE_NOOP("Catalogue", "Band or cable"),
    "table": QT_TRANSLATE_NOOP("Catalogue", "Table or counter"),
}
# The same things as they sit in "You need a mat and a chair" (with the article each
# language needs: un tapis, una silla).
EQUIPMENT_NEEDED: dict[str, str] = {
    "mat": QT_TRANSLATE_NOOP("Catalogue", "a mat"),
    "wall": QT_TRANSLATE_NOOP("Catalogue", "a wall"),
    "chair": QT_TRANSLATE_NOOP("Catalogue", "a chair"),
    "weight": QT_TRANSLATE_NOOP("Catalogue", "a weight or bag"),
    "bench": QT_TRANSLATE_NOOP("Catalogue", "a bench or sofa edge"),
    "band": QT_TRANSLATE_NOOP("Catalogue", "a band or cable"),
    "table": QT_TRANSLATE_NOOP("Catalogue", "a table or counter"),
}
PLAN_DIRECTIONS: dict[str, str] = {
    "extension": QT_TRANSLATE_NOOP("Catalogue", "Extension"),
    "flexion": QT_TRANSLATE_NOOP("Catalogue", "Flexion"),
    "mobility": QT_TRANSLATE_NOOP("Catalogue", "Rotation and mobility"),
    "all": QT_TRANSLATE_NOOP("Catalogue", "All directions"),
}
ACTIVITY_KINDS: dict[str, str] = {
    "walking": QT_TRANSLATE_NOOP("Catalogue", "Walking"),
    "running": QT_TRANSLATE_NOOP("Catalogue", "Running"),
    "cycling": QT_TRANSLATE_NOOP("Catalogue", "Cycling"),
    "swimming": QT_TRANSLATE_NOOP("Catalogue", "Swimming"),
    "yoga": QT_TRANSLATE_NOOP("Catalogue", "Yoga"),
}


def _t(text: str) -> str:
    return QCoreApplication.translate("Catalogue", text)


def word(table: dict[str, str], key: str) -> str:
    """The word for ``key`` in one of the tables above, in the language in use."""
    return _t(table[key])


def translated(table: dict[str, str]) -> dict[str, str]:
    """A whole table in the language in use, in its order (for filter menus)."""
    return {key: _t(text) for key, text in table.items()}


def activity(kind: str) -> str:
    """An activity's name: one offered by name, translated, or the user's own words."""
    if kind in ACTIVITY_KINDS:
        return _t(ACTIVITY_KINDS[kind])
    return kind[:1].upper() + kind[1:]


def duration(seconds: int) -> str:
    """``describe_duration`` in the language in use: 'about 14 minutes'."""
    minutes = round(seconds / 60)
    if minutes < 1:
        return QCoreApplication.translate("Catalogue", "under a minute")
    if minutes == 1:
        return QCoreApplication.translate("Catalogue", "about 1 minute")
    return QCoreApplication.translate("Catalogue", "about %d minutes") % minutes


def capitalised(text: str) -> str:
    """The first letter up, as a line of its own starts."""
    return text[:1].upper() + text[1:]
