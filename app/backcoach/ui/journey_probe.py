"""What the journey tests read to aim real mouse clicks (tests/journeys).

Only when ``BACKCOACH_JOURNEY_PROBE=FILE`` is set: every 200 ms the app writes which
screen shows and where each visible button and text field is on the screen (global
pixels), as JSON. The tests move the real X pointer there with xdotool and click, so
the events go through the X server like a user's; nothing here sends input.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QLineEdit,
    QWidget,
)

PROBE_ENV = "BACKCOACH_JOURNEY_PROBE"


def _box(widget: QWidget) -> list[int]:
    top_left = widget.mapToGlobal(widget.rect().topLeft())
    return [top_left.x(), top_left.y(), widget.width(), widget.height()]


def snapshot(window: QWidget) -> dict[str, Any]:
    widgets = []
    for top in QApplication.topLevelWidgets():
        if not top.isVisible():
            continue
        for child in [top, *top.findChildren(QWidget)]:
            if not child.isVisible():
                continue
            if isinstance(child, QAbstractButton) and child.text():
                kind, text = "button", child.text()
            elif isinstance(child, QLineEdit):
                kind, text = "field", child.text()
            elif isinstance(child, QLabel) and child.text():
                kind, text = "label", child.text()
            else:
                continue
            widgets.append(
                {
                    "kind": kind,
                    "text": text,
                    "box": _box(child),
                    "enabled": child.isEnabled(),
                    "window": top.objectName() or type(top).__name__,
                }
            )
    navigation = []
    for row in range(window.navigation.count()):
        item = window.navigation.item(row)
        rect = window.navigation.visualItemRect(item)
        centre = window.navigation.viewport().mapToGlobal(rect.center())
        navigation.append({"text": item.text(), "centre": [centre.x(), centre.y()]})
    try:
        screen = window.current_screen()
    except AttributeError:  # the screens are made after the first paint
        screen = "loading"
    return {
        "screen": screen,
        "title": window.windowTitle(),
        "active": (QApplication.activeWindow() or window).objectName()
        or type(QApplication.activeWindow() or window).__name__,
        "widgets": widgets,
        "navigation": navigation,
    }


class JourneyProbe(QObject):
    def __init__(self, window: QWidget, target: Path) -> None:
        super().__init__(window)
        self.window, self.target = window, target
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.write)
        self.timer.start(200)

    def write(self) -> None:
        data = json.dumps(snapshot(self.window))
        scratch = self.target.with_suffix(".tmp")
        scratch.write_text(data, encoding="utf-8")
        scratch.replace(self.target)  # whole files only: the test never reads half


def install_if_asked(window: QWidget) -> JourneyProbe | None:
    target = os.environ.get(PROBE_ENV)
    return JourneyProbe(window, Path(target)) if target else None
