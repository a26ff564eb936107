"""Where the main window opens: sized from the screen, or where it was last time.

The arithmetic is plain Python over ``Rect`` tuples (tested with made-up screen lists);
``screens_now()`` reads the real ones from Qt. A first start opens at most 90% of the
primary screen's free area (the part not taken by panels and docks), centred, never
larger than it. A remembered place is used again only while a screen still shows enough
of it to grab the title bar; otherwise the window opens on the primary screen.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtGui import QScreen

from typing import NamedTuple

PREFERRED = (1280, 860)
"""The size BackCoach looks best at; smaller where the screen is smaller."""
SCREEN_SHARE = 0.9
"""A first window takes at most this share of the free screen, so it reads as a window."""
MINIMUM = (900, 600)
"""The everyday minimum size, lowered to fit a smaller screen."""
VISIBLE_PART = (120, 40)
"""How much of a remembered window's top edge must lie on a screen to count as there."""


class Rect(NamedTuple):
    x: int
    y: int
    width: int
    height: int

    @property
    def right(self) -> int:
        return self.x + self.width

    @property
    def bottom(self) -> int:
        return self.y + self.height

    def overlap(self, other: Rect) -> tuple[int, int]:
        """Width and height of the part both share (0 if none)."""
        width = min(self.right, other.right) - max(self.x, other.x)
        height = min(self.bottom, other.bottom) - max(self.y, other.y)
        return max(0, width), max(0, height)


def first_rect(screen: Rect) -> Rect:
    """The first window on ``screen`` (its free area): centred, ≤ 90% of it."""
    width = min(PREFERRED[0], int(screen.width * SCREEN_SHARE))
    height = min(PREFERRED[1], int(screen.height * SCREEN_SHARE))
    return _centred(width, height, screen)


def minimum_size(screen: Rect) -> tuple[int, int]:
    """The window's minimum size on ``screen``: never more than a first window there."""
    first = first_rect(screen)
    return min(MINIMUM[0], first.width), min(MINIMUM[1], first.height)


def screen_showing(saved: Rect, screens: list[Rect]) -> Rect | None:
    """The screen that shows most of ``saved``'s title bar strip, None if none shows
    enough of it to grab and move the window."""
    strip = Rect(saved.x, saved.y, saved.width, VISIBLE_PART[1])
    best, best_area = None, 0
    for screen in screens:
        width, height = strip.overlap(screen)
        grabbable = width >= min(VISIBLE_PART[0], saved.width) and height > 0
        if grabbable and width * height > best_area:
            best, best_area = screen, width * height
    return best


def placement(saved: Rect | None, screens: list[Rect], primary: Rect) -> Rect:
    """Where the window opens: the remembered place on a screen that still shows it
    (made to fit that screen), or a first window on the primary screen."""
    if saved is None or saved.width <= 0 or saved.height <= 0:
        return first_rect(primary)
    screen = screen_showing(saved, screens)
    if screen is None:
        return first_rect(primary)
    return _fit(saved, screen)


def _fit(rect: Rect, screen: Rect) -> Rect:
    """``rect`` no larger than ``screen`` and moved inside it (a screen that shrank)."""
    width = min(rect.width, screen.width)
    height = min(rect.height, screen.height)
    x = min(max(rect.x, screen.x), screen.right - width)
    y = min(max(rect.y, screen.y), screen.bottom - height)
    return Rect(x, y, width, height)


def _centred(width: int, height: int, screen: Rect) -> Rect:
    return Rect(
        screen.x + (screen.width - width) // 2,
        screen.y + (screen.height - height) // 2,
        width,
        height,
    )


def screens_now() -> tuple[list[Rect], Rect]:
    """The free area of every screen now, and of the primary one."""
    from PySide6.QtGui import QGuiApplication

    def free(screen: QScreen) -> Rect:
        area = screen.availableGeometry()
        return Rect(area.x(), area.y(), area.width(), area.height())

    primary = QGuiApplication.primaryScreen()
    screens = [free(screen) for screen in QGuiApplication.screens()]
    if primary is None:  # no screen at all (should not happen with a display)
        fallback = Rect(0, 0, 1280, 800)
        return screens or [fallback], fallback
    return screens, free(primary)
