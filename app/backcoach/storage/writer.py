"""The background writer: the only thread that waits on the disk.

The UI thread changes the in-memory data and bumps a *generation* number; the writer wakes,
takes a snapshot (under the store's lock, ~1 ms), and writes it atomically. Changes made
while a write is in flight are picked up by the next one, so a burst of ratings costs one
or two writes, and a rating is on disk one write later at most (~10-40 ms here).

When a write fails (disk full, read-only folder, file locked by another program) the data
stays in memory, the store is told once per kind of failure, and the write is retried with
a growing pause (up to RETRY_MAX_S); ``flush`` asks for an immediate retry. Nothing queued
is ever dropped while the process lives.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable

log = logging.getLogger(__name__)

RETRY_DELAYS_S = (0.25, 0.5, 1.0, 2.0, 4.0)
RETRY_MAX_S = 5.0

Snapshot = Callable[[], tuple[int, list[bytes]]]


class Ticket:
    """A change's place in line: ``wait()`` returns True once it is on disk (fsync done)."""

    __slots__ = ("_writer", "generation")

    def __init__(self, writer: BackgroundWriter, generation: int) -> None:
        self._writer = writer
        self.generation = generation

    @property
    def durable(self) -> bool:
        return self._writer.durable_generation >= self.generation

    def wait(self, timeout: float | None = None) -> bool:
        return self._writer.wait_durable(self.generation, timeout)

    def __repr__(self) -> str:
        return f"Ticket(generation={self.generation}, durable={self.durable})"


class BackgroundWriter:
    """Runs ``save(pieces)`` on its own thread whenever the requested generation moves on.

    ``housekeeping(pieces)`` runs after every successful save and when asked for (the daily
    backup); its errors are its own business. ``on_failure(exc)`` / ``on_recovered()``
    report the state of saving.
    """

    def __init__(
        self,
        snapshot: Snapshot,
        save: Callable[[list[bytes]], None],
        housekeeping: Callable[[list[bytes]], None],
        on_failure: Callable[[Exception], None],
        on_recovered: Callable[[], None],
        durable_generation: int = 0,
    ) -> None:
        self._snapshot = snapshot
        self._save = save
        self._housekeeping = housekeeping
        self._on_failure = on_failure
        self._on_recovered = on_recovered
        self._cond = threading.Condition()
        self._requested = durable_generation
        self._durable = durable_generation
        self._housekeeping_due = False
        self._retry_now = False
        self._stopping = False
        self._failing = False
        self._finished = False
        self._thread = threading.Thread(target=self._run, name="backcoach-writer", daemon=True)
        self._start_lock = threading.Lock()
        self._started = False

    # -- called from any thread ----------------------------------------------------------

    def start(self) -> None:
        """Start the thread (once: later calls return at once). Requests made before are
        written as soon as it runs; waiting for one (``wait_durable``, ``flush``) or
        ``stop`` starts it too, so nothing waits for a thread that never comes."""
        if self._started:
            return
        with self._start_lock:
            if not self._started:
                self._thread.start()
                self._started = True

    def request(self, generation: int) -> None:
        """Ask for everything up to ``generation`` to be written (cheap, never blocks on disk)."""
        with self._cond:
            if generation > self._requested:
                self._requested = generation
                self._cond.notify_all()

    def request_housekeeping(self) -> None:
        with self._cond:
            self._housekeeping_due = True
            self._cond.notify_all()

    @property
    def durable_generation(self) -> int:
        return self._durable

    def wait_durable(self, generation: int, timeout: float | None) -> bool:
        self.start()
        with self._cond:
            if self._durable < generation and self._failing:
                self._retry_now = True
                self._cond.notify_all()
            self._cond.wait_for(lambda: self._durable >= generation or self._finished, timeout)
            return self._durable >= generation

    def flush(self, timeout: float | None) -> bool:
        """Block until everything requested so far is on disk; False on timeout."""
        with self._cond:
            target = self._requested
        return self.wait_durable(target, timeout)

    def stop(self, timeout: float | None = None) -> None:
        """Stop after the write in progress; unsaved changes stay unsaved (see flush)."""
        self.start()  # a writer never started still makes its last write, and finishes
        with self._cond:
            self._stopping = True
            self._cond.notify_all()
        if self._thread.is_alive() and threading.current_thread() is not self._thread:
            self._thread.join(timeout)

    # -- the writer thread ---------------------------------------------------------------

    def _run(self) -> None:
        failures = 0
        while True:
            with self._cond:
                while not (
                    self._stopping or self._requested > self._durable or self._housekeeping_due
                ):
                    self._cond.wait()
                stopping = self._stopping
                save_due = self._requested > self._durable
                self._housekeeping_due = False
            if stopping and not save_due:
                break
            try:
                generation, pieces = self._snapshot()
            except Exception as exc:  # a bug, not the disk: report it, keep the thread alive
                log.exception("taking a snapshot of the data failed")
                self._failing = True
                self._on_failure(exc)
                failures += 1
                if stopping:
                    break
                self._pause(failures)
                continue
            if save_due:
                saved = self._try_save(generation, pieces)
                if stopping:  # one last attempt, then stop: close() reports what is unsaved
                    break
                if not saved:
                    failures += 1
                    self._pause(failures)
                    continue
                failures = 0
            self._run_housekeeping(pieces)
        with self._cond:
            self._finished = True
            self._cond.notify_all()  # wake waiters: no more writes will come

    def _try_save(self, generation: int, pieces: list[bytes]) -> bool:
        try:
            self._save(pieces)
        except OSError as exc:
            log.warning("saving failed: %s", exc)
            self._failing = True
            self._on_failure(exc)
            return False
        with self._cond:
            self._durable = max(self._durable, generation)
            self._cond.notify_all()
        if self._failing:
            self._failing = False
            self._on_recovered()
        return True

    def _run_housekeeping(self, pieces: list[bytes]) -> None:
        try:
            self._housekeeping(pieces)
        except Exception:  # housekeeping must never stop the writer
            log.exception("storage housekeeping failed")

    def _pause(self, failures: int) -> None:
        delay = RETRY_DELAYS_S[min(failures, len(RETRY_DELAYS_S)) - 1]
        deadline = time.monotonic() + min(delay, RETRY_MAX_S)
        with self._cond:
            while not (self._stopping or self._retry_now):
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    break
                self._cond.wait(remaining)
            self._retry_now = False
