"""Exercise reminders while BackCoach runs: a signal at the chosen days and time.

The service only decides *when*; the window shows the notification (the tray icon's
message, see ``backcoach.ui.settings.tray``). It re-reads the settings at every check, so
a change on the Settings screen applies at once. Time comes from an injected wall clock,
checked by a coarse timer: a suspended laptop or a slow frame cannot make it drift, and
tests drive it with a fake clock.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, QTimer, Signal

from backcoach.services import settings
from backcoach.services.reminders_schedule import Schedule

CHECK_MS = 15_000


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
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.check)

    def start(self) -> None:
        """Begin watching: occurrences before this moment are never reminded about."""
        self._since = max(self._since, self.clock())
        self._last_schedule = self.schedule()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def schedule(self) -> Schedule | None:
        """The schedule in force, or None while reminders are off."""
        chosen = settings.load(self.context)
        if not chosen.reminders_on or not chosen.reminder_days:
            return None
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
