"""Chart colours for the light and dark themes (no pyqtgraph here).

Series colours come from the Okabe-Ito set, which stays distinct for the common kinds of
colour blindness; each series also has its own marker shape, so colour is never the only
cue. Zone bands use the rating widget's zone colours, faint enough for text to sit on.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from backcoach.ui.theme import DARK, LIGHT, Colours
from backcoach.ui.widgets.pain_scale import ZONE_COLOURS


@dataclass(frozen=True)
class ChartColours:
    dark: bool
    background: str
    text: str
    muted: str
    grid: str
    average: str
    before: str
    after: str
    highest: str
    checkin: str
    flare: str
    sessions: str
    activities: str
    goal: str
    hover: str
    zones: tuple[tuple[str, int], ...]
    """(colour, alpha 0-255) for safe, acceptable, high."""
    heat: tuple[str, ...]
    """Calendar shades for levels 0 (nothing) to 3 (goal reached)."""


def _zones(alpha: int) -> tuple[tuple[str, int], ...]:
    return tuple((ZONE_COLOURS[z][0], alpha) for z in ("safe", "acceptable", "high"))


def _make(theme: Colours, dark: bool) -> ChartColours:
    if dark:
        return ChartColours(
            dark=True,
            background=theme.surface,
            text=theme.text,
            muted=theme.muted,
            grid="#39414b",
            average=theme.text,
            before="#56b4e9",
            after="#3fd1a0",
            highest="#ff9147",
            checkin="#e79ccb",
            flare="#ff6b5e",
            sessions=theme.accent,
            activities="#f0b440",
            goal=theme.text,
            hover=theme.muted,
            zones=_zones(46),
            heat=(theme.raised, "#1f5960", "#2f9aa5", "#6fd6e0"),
        )
    return ChartColours(
        dark=False,
        background=theme.surface,
        text=theme.text,
        muted=theme.muted,
        grid="#e3e8ee",
        average=theme.text,
        before="#0072b2",
        after="#009e73",
        highest="#d55e00",
        checkin="#b0508d",
        flare="#b3261e",
        sessions=theme.accent,
        activities="#e69f00",
        goal=theme.text,
        hover=theme.muted,
        zones=_zones(26),
        heat=(theme.raised, "#b6dde2", "#5eaeb8", theme.accent),
    )


LIGHT_CHARTS = _make(LIGHT, dark=False)
DARK_CHARTS = _make(DARK, dark=True)


def current_chart_colours() -> ChartColours:
    """The colours matching the application's palette (the theme manager sets it)."""
    window = QApplication.palette().color(QPalette.ColorRole.Window)
    return DARK_CHARTS if window.lightness() < 128 else LIGHT_CHARTS
