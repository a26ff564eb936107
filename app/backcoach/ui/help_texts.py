"""What the Help (F1) says, in plain words for someone who is not technical.

Health statements trace to docs/clinical-rules.md (CLINICAL.md): the pain rule with the
threshold in force, some pain being acceptable, high-pain days, the warning signs.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from backcoach.domain.pain_rule import HIGH_PAIN_REFERENCE


def _points(n: int) -> str:
    return (
        QCoreApplication.translate("Help", "1 point")
        if n == 1
        else QCoreApplication.translate("Help", "%d points") % n
    )


def _heading(text: str) -> str:
    return f"<h2>{html.escape(text)}</h2>"


def _paragraphs(*texts: str) -> str:
    return "".join(f"<p>{html.escape(text)}</p>" for text in texts)


def _steps(*texts: str) -> str:
    return "<ol>" + "".join(f"<li>{html.escape(text)}</li>" for text in texts) + "</ol>"


def session_html(daily_goal_min: int) -> str:
    """How a session goes, from the first rating to the summary."""
    return (
        _heading(QCoreApplication.translate("Help", "How a session goes"))
        + _steps(
            QCoreApplication.translate(
                "Help",
                "Press “Start” on Home. BackCoach first asks how much your back hurts right "
                "now, from 0 (no pain) to 10 (the worst you can imagine). That is your "
                "starting point for today.",
            ),
            QCoreApplication.translate(
                "Help",
                "Then comes one exercise at a time: a moving picture, the steps, and a big "
                "timer for a hold or a counter for repetitions. Soft sounds and a voice "
                "say when to start, switch sides and rest, so you can stay on the mat.",
            ),
            QCoreApplication.translate(
                "Help",
                "Between exercises there is a short rest, and now and then BackCoach asks "
                "again how your back feels. Press a number key, or click the number.",
            ),
            QCoreApplication.translate(
                "Help",
                "At the end you see what you did. Every rating is saved the moment you "
                "give it, so stopping early loses nothing.",
            ),
        )
        + _paragraphs(
            QCoreApplication.translate(
                "Help", "Space pauses and carries on. Esc ends the session."
            ),
            QCoreApplication.translate(
                "Help",
                "Your daily goal is %d minutes. Doing a little every day helps more than "
                "doing a lot now and then.",
            )
            % daily_goal_min,
        )
    )


def pain_rule_html(threshold: int, warning_signs: str) -> str:
    """What the pain rule means with ``threshold``, then the warning signs (HTML)."""
    return (
        _heading(QCoreApplication.translate("Help", "If your pain rises"))
        + _paragraphs(
            QCoreApplication.translate(
                "Help",
                "Some pain while you exercise is normal and does not mean you are doing "
                "harm. Up to 5 out of 10 during an exercise is fine.",
            ),
            QCoreApplication.translate(
                "Help",
                "The rule BackCoach follows: if your pain goes %s or more above where you "
                "started today, it pauses the session and suggests a break. You can then "
                "rest and rate again, try an easier version, skip that exercise, or stop "
                "for today.",
            )
            % _points(threshold),
            QCoreApplication.translate(
                "Help",
                "If the pain stays up after resting, stopping for today is the best "
                "choice. Gentle moving about, like a short walk, is still good for your back.",
            ),
            QCoreApplication.translate(
                "Help",
                "On a day that starts with high pain (%d or more), BackCoach offers a "
                "gentler session and suggests a break at any rise.",
            )
            % HIGH_PAIN_REFERENCE,
            QCoreApplication.translate(
                "Help",
                "The number of points can be changed in Settings, under Exercise sessions, "
                "but only do that if your physiotherapist suggests it.",
            ),
        )
        + _heading(QCoreApplication.translate("Help", "Warning signs"))
        + warning_signs
    )


def data_html(data_dir: Path) -> str:
    """Where the data lives (the real folder), and what keeps it safe."""
    return (
        _heading(QCoreApplication.translate("Help", "Where your data is"))
        + _paragraphs(
            QCoreApplication.translate(
                "Help",
                "Everything BackCoach keeps (your ratings, sessions, routines and "
                "settings) is in one folder on this computer:",
            )
        )
        + f"<p><b>{html.escape(str(data_dir))}</b></p>"
        + _paragraphs(
            QCoreApplication.translate(
                "Help",
                "Nothing is sent anywhere: BackCoach has no account and does not use the internet.",
            ),
            QCoreApplication.translate(
                "Help",
                "Each day BackCoach puts a copy of your data in the “backups” folder inside "
                "it, and keeps the last seven. Restore one on the “Your data” screen.",
            ),
            QCoreApplication.translate(
                "Help",
                "To keep a copy somewhere else or move to another computer, use “Export "
                "everything” on the “Your data” screen. To show your physiotherapist how "
                "it is going, use “Report for my physiotherapist” on the Progress screen.",
            ),
        )
    )
