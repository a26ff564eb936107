"""The direction check in the language in use: questions, answers, titles, reasoning.

``domain/direction_check.py`` scores the answers and words its result in English (the
tests, the store's history); it also says which explanation applies (``reason``) and
which signs led there (``lead``, ``other``). This module words the same result from
those facts, each piece translatable, so every language reads as a whole sentence. In
English it gives exactly the domain's text (a test runs every answer combination).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from backcoach.domain import direction_check as dc
from backcoach.ui.translate_noop import QT_TRANSLATE_NOOP

INTRO = QT_TRANSLATE_NOOP(
    "DirectionCheck",
    "A few quick questions about what makes your back feel worse. There are no wrong "
    "answers, and 'not sure' is fine. This is a suggestion for where to start, not a "
    "diagnosis, and you can change it whenever you like.",
)
QUESTIONS = {
    "sitting": QT_TRANSLATE_NOOP(
        "DirectionCheck", "Does sitting for a while make your back worse?"
    ),
    "bending": QT_TRANSLATE_NOOP("DirectionCheck", "Does bending forward make it worse?"),
    "standing": QT_TRANSLATE_NOOP(
        "DirectionCheck", "Does standing or walking for a long time make it worse?"
    ),
    "arching": QT_TRANSLATE_NOOP(
        "DirectionCheck", "Does leaning or arching backwards make it worse?"
    ),
    "eases": QT_TRANSLATE_NOOP("DirectionCheck", "What usually eases it?"),
}
OPTIONS = {
    dc.YES: QT_TRANSLATE_NOOP("DirectionCheck", "Yes"),
    dc.NO: QT_TRANSLATE_NOOP("DirectionCheck", "No"),
    dc.NOT_SURE: QT_TRANSLATE_NOOP("DirectionCheck", "Not sure"),
    dc.EASED_BY_FLEXING: QT_TRANSLATE_NOOP("DirectionCheck", "Sitting down or bending forward"),
    dc.EASED_BY_UPRIGHT: QT_TRANSLATE_NOOP(
        "DirectionCheck", "Standing, walking or lying on my front"
    ),
    dc.EASED_BY_NEITHER: QT_TRANSLATE_NOOP("DirectionCheck", "Neither, or I'm not sure"),
}
TITLES = {
    dc.EXTENSION: QT_TRANSLATE_NOOP(
        "DirectionCheck", "Start with extension (gentle arching backwards)"
    ),
    dc.FLEXION: QT_TRANSLATE_NOOP("DirectionCheck", "Start with flexion (gentle bending forward)"),
    dc.MOBILITY: QT_TRANSLATE_NOOP(
        "DirectionCheck", "No clear preference: start with gentle movement in all directions"
    ),
}
_WORSE = {
    "sitting": QT_TRANSLATE_NOOP("DirectionCheck", "sitting"),
    "bending": QT_TRANSLATE_NOOP("DirectionCheck", "bending forward"),
    "standing": QT_TRANSLATE_NOOP("DirectionCheck", "standing or walking for a long time"),
    "arching": QT_TRANSLATE_NOOP("DirectionCheck", "arching backwards"),
}
_EASES = {
    dc.EASED_BY_UPRIGHT: QT_TRANSLATE_NOOP(
        "DirectionCheck", "standing, walking or lying on your front"
    ),
    dc.EASED_BY_FLEXING: QT_TRANSLATE_NOOP("DirectionCheck", "sitting down or bending forward"),
}
_PREFERENCES = {
    dc.EXTENSION: QT_TRANSLATE_NOOP("DirectionCheck", "arching gently backwards"),
    dc.FLEXION: QT_TRANSLATE_NOOP("DirectionCheck", "bending gently forward"),
}
_SUGGESTIONS = {
    dc.EXTENSION: QT_TRANSLATE_NOOP(
        "DirectionCheck", "we suggest starting with extension exercises"
    ),
    dc.FLEXION: QT_TRANSLATE_NOOP("DirectionCheck", "we suggest starting with flexion exercises"),
}
_START_WORDS = {
    dc.EXTENSION: QT_TRANSLATE_NOOP(
        "DirectionCheck", "extension exercises (gentle arching backwards)"
    ),
    dc.FLEXION: QT_TRANSLATE_NOOP("DirectionCheck", "flexion exercises (gentle bending forward)"),
    dc.MOBILITY: QT_TRANSLATE_NOOP(
        "DirectionCheck", "gentle turning and easy movements in both directions"
    ),
}


def _t(text: str) -> str:
    return QCoreApplication.translate("DirectionCheck", text)


def text(source: str) -> str:
    """One of this module's marked strings (a question, an answer, a title), translated."""
    return _t(source)


def title(direction: str) -> str:
    return _t(TITLES[direction])


def clause(signs: dc.Signs) -> str:
    """'sitting and bending forward make it worse, and standing ... eases it'."""
    parts = []
    if signs.worse:
        names = [_t(_WORSE[key]) for key in signs.worse]
        joined = names[0]
        for name in names[1:]:
            joined = QCoreApplication.translate("DirectionCheck", "%s and %s") % (joined, name)
        if len(names) == 1:
            parts.append(QCoreApplication.translate("DirectionCheck", "%s makes it worse") % joined)
        else:
            parts.append(QCoreApplication.translate("DirectionCheck", "%s make it worse") % joined)
    if signs.eases:
        parts.append(
            QCoreApplication.translate("DirectionCheck", "%s eases it") % _t(_EASES[signs.eases])
        )
    if len(parts) == 2:
        return QCoreApplication.translate("DirectionCheck", "%s, and %s") % (parts[0], parts[1])
    return parts[0] if parts else ""


def explanation(result: dc.DirectionResult) -> str:
    """The result's explanation in the language in use (the domain's own words when the
    result does not say how it was reached)."""
    reason, lead, other = result.reason, result.lead, result.other
    direction = result.direction
    if reason == dc.CLEAR and lead is not None:
        return (
            QCoreApplication.translate(
                "DirectionCheck",
                "You said %1. That usually means your back prefers %2, so %3.",
            )
            .replace("%1", clause(lead))
            .replace("%2", _t(_PREFERENCES[direction]))
            .replace("%3", _t(_SUGGESTIONS[direction]))
        )
    if reason == dc.CLEAR_DESPITE and lead is not None and other is not None:
        return (
            QCoreApplication.translate(
                "DirectionCheck",
                "You said %1, although %2 too. On balance your back seems to prefer %3, so "
                "%4 and taking them gently.",
            )
            .replace("%1", clause(lead))
            .replace("%2", clause(other))
            .replace("%3", _t(_PREFERENCES[direction]))
            .replace("%4", _t(_SUGGESTIONS[direction]))
        )
    if reason == dc.BOTH_WAYS and lead is not None and other is not None:
        return (
            QCoreApplication.translate(
                "DirectionCheck",
                "You said %1, but also that %2. With signs pointing both ways there is no "
                "clear preference, so we suggest starting with gentle turning and easy "
                "movements in both directions.",
            )
            .replace("%1", clause(lead))
            .replace("%2", clause(other))
        )
    if reason == dc.ONE_SIGN and lead is not None:
        return QCoreApplication.translate(
            "DirectionCheck",
            "You said %1, but one answer on its own is not enough to show which way your "
            "back prefers. So we suggest starting with gentle turning and easy movements "
            "in both directions.",
        ).replace("%1", clause(lead))
    if reason == dc.NO_SIGNS:
        return QCoreApplication.translate(
            "DirectionCheck",
            "Your answers did not point to one direction that bothers your back more. So we "
            "suggest starting with gentle turning and easy movements in both directions.",
        )
    if reason == dc.CHOSEN:
        return QCoreApplication.translate(
            "DirectionCheck",
            "You chose to start with %1. You can take the check again or change this at any time.",
        ).replace("%1", _t(_START_WORDS[direction]))
    if reason == dc.EARLIER:
        return QCoreApplication.translate(
            "DirectionCheck",
            "Your earlier answers suggested starting with %1. You can take the check again "
            "or change this at any time.",
        ).replace("%1", _t(_START_WORDS[direction]))
    return result.explanation
