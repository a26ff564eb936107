"""The pain rule's points in words, shared by Home, the session and Progress.

A module of its own so Home need not import the session's safety screens to word its
pain rule (~0.3 ms of a returning user's start, docs/decisions/008-speed.md, 17f).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def points(n: int) -> str:
    """'1 point' or 'N points'."""
    return (
        QCoreApplication.translate("SessionSafety", "1 point")
        if n == 1
        else QCoreApplication.translate("SessionSafety", "%d points") % n
    )
