"""Run slow work (export, import, PDF) off the UI thread, report back on the UI thread.

Like Anki's CollectionOp: one helper with success and failure callbacks, so screens
never block on disk and never touch threads themselves.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)


class _Relay(QObject):
    """Lives on the UI thread; queued signals carry results back to it."""

    succeeded = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.work = work
        self.relay = relay

    @Slot()
    def run(self) -> None:
        try:
            result = self.work()
        except Exception as error:  # reported to the caller, who words it for the user
            log.exception("background job failed")
            self.relay.failed.emit(error)
        else:
            self.relay.succeeded.emit(result)


class BackgroundRunner(QObject):
    """``run(work, on_done, on_error)``: work runs on a pool thread, callbacks on this one."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)  # one data job at a time keeps the order obvious
        self._relays: set[_Relay] = set()

    def run(
        self,
        work: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[Exception], None],
    ) -> None:
        relay = _Relay(self)
        self._relays.add(relay)

        def finish(callback: Callable[[Any], None], value: Any) -> None:
            self._relays.discard(relay)
            relay.deleteLater()
            callback(value)

        relay.succeeded.connect(lambda result: finish(on_done, result))
        relay.failed.connect(lambda error: finish(on_error, error))
        self.pool.start(_Job(work, relay))

    def wait(self, timeout_ms: int = 30_000) -> bool:
        return self.pool.waitForDone(timeout_ms)
