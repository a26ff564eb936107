"""Exercise reminders while BackCoach runs: a signal at the chosen days and time.

The service only decides *when*; the window shows the notification (the tray icon's
message, see ``backcoach.ui.settings.tray``). It re-reads the settings at every check, and
the window calls ``settings_changed`` when Settings changes them, so a change applies at
once. Time comes from an injected wall clock: a suspended laptop or a slow frame cannot
make it drift, and tests drive it with a fake clock.

No timer runs while reminders are off (BackCoach idles without waking up). While they are
on, one single-shot timer wakes at the next reminder, or after ``interval_ms`` at the
latest (a clock moved or a laptop resumed is noticed by then, well within the hour a
reminder stays due).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from backcoach.services import settings

if TYPE_CHECKING:
    from backcoach.services.reminders_schedule import Schedule

CHECK_MS = 600_000
"""The longest wait between checks while reminders are on."""


def local_now() -> datetime:
    return datetime.now()


class ReminderService(QObject):
    due = Signal(object)  # the occurrence (a naive local datetime) being reminded about

    def __init__(
        self,
        context: settings.SettingsStore,
        clock: Callable[[], datetime] = local_now,
        *,
        interval_ms: int = CHECK_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.clock = clock
        self._since = clock()
        self._last_schedule = self.schedule()
        self.interval_ms = interval_ms
        self._watching = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._wake)

    def start(self) -> None:
        """Begin watching: occurrences before this moment are never reminded about."""
        self._since = max(self._since, self.clock())
        self._last_schedule = self.schedule()
        self._watching = True
        self._arm()

    def stop(self) -> None:
        self._watching = False
        self._timer.stop()

    def settings_changed(self) -> None:
        """Reminders turned on or off, or moved: check now and wait for the next one."""
        self.check()
        if self._watching:
            self._arm()

    @property
    def waiting(self) -> bool:
        """True while a timer runs (only while reminders are on)."""
        return self._timer.isActive()

    def _wake(self) -> None:
        self.check()
        self._arm()

    def _arm(self) -> None:
        schedule = self._last_schedule
        if schedule is None:
            self._timer.stop()  # nothing to wait for until Settings changes
            return
        now = self.clock()
        upcoming = schedule.next_after(now)
        wait_ms = self.interval_ms
        if upcoming is not None:
            until_ms = math.ceil((upcoming - now).total_seconds() * 1000)
            wait_ms = max(1, min(wait_ms, until_ms))
        self._timer.start(wait_ms)

    def schedule(self) -> Schedule | None:
        """The schedule in force, or None while reminders are off."""
        chosen = settings.load(self.context)
        if not chosen.reminders_on or not chosen.reminder_days:
            return None
        # Imported here: with reminders off (the default) a start needs no schedule.
        from backcoach.services.reminders_schedule import Schedule

        return Schedule.parse(chosen.reminder_days, chosen.reminder_time)

    def next_reminder(self) -> datetime | None:
        schedule = self.schedule()
        return schedule.next_after(self.clock()) if schedule else None

    def check(self) -> datetime | None:
        """Emit ``due`` if a reminder is due now; returns the occurrence it fired for."""
        now = self.clock()
        schedule = self.schedule()
        if schedule != self._last_schedule:
            # Turning reminders on, or moving them to an earlier time, never fires a
            # reminder for a moment that has already gone by.
            self._last_schedule = schedule
            self._since = max(self._since, now)
        if schedule is None:
            return None
        occurrence = schedule.due(now, self._since)
        if occurrence is None:
            return None
        self._since = occurrence
        self.due.emit(occurrence)
        return occurrence
