"""One BackCoach per data folder: the data file must have exactly one writer.

The first BackCoach on a data folder holds ``<data folder>/backcoach.lock`` (a QLockFile)
and listens on a local socket whose name is derived from the folder's path. A second one
finds the lock held, sends "raise" over that socket so the first window comes to the front,
and exits. A lock left by a crashed run is taken over: QLockFile sees that the process
named in it is gone (its stale *time* is switched off, because a time limit would let a
second instance steal the lock from a first one that has simply been open for a while).

Command-line tools that change the data (``backcoach import``) take the same lock with
``notify_running=False`` and refuse to run while the app is open.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QObject, Signal

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

LOCK_NAME = "backcoach.lock"
RAISE_MESSAGE = b"raise\n"
CONNECT_TIMEOUT_MS = 1000


def server_name(data_dir: Path) -> str:
    """A local-socket name unique to this user and data folder (short: socket paths are)."""
    try:
        folder = str(Path(data_dir).resolve())
    except OSError:
        folder = os.path.abspath(data_dir)
    user = str(os.getuid()) if hasattr(os, "getuid") else os.environ.get("USERNAME", "")
    import hashlib  # not needed before the first paint

    digest = hashlib.sha256(f"{user}\0{folder}".encode()).hexdigest()[:20]
    return f"backcoach-{digest}"


class SingleInstance(QObject):
    """Hold the data folder's lock; hear from later instances; or wake the first one."""

    raise_requested = Signal()
    """Another BackCoach was started on this data folder: bring the window to the front."""

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._data_dir = Path(data_dir)
        self._lock = QLockFile(str(self._data_dir / LOCK_NAME))
        self._lock.setStaleLockTime(0)
        self._name_cache: str | None = None
        self._server: QLocalServer | None = None
        self.lock_problem: str | None = None
        """Set when the lock could not be taken for a reason other than another instance
        (e.g. a read-only folder); BackCoach then runs without it."""
        self.notified_running = False
        """After a failed ``try_acquire``: whether the running instance got the message."""

    @property
    def name(self) -> str:
        if self._name_cache is None:
            self._name_cache = server_name(self._data_dir)
        return self._name_cache

    @property
    def held(self) -> bool:
        return self._lock.isLocked()

    def try_acquire(self, notify_running: bool = True, listen: bool = True) -> bool:
        """True when this process may use the data folder (and now listens for others).

        False when another live BackCoach holds it; with ``notify_running`` that one is
        asked to come to the front first.
        """
        try:
            self._data_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            self.lock_problem = f"the data folder could not be created: {exc}"
            return True
        if self._lock.tryLock(0):
            if listen:
                self._listen()
            return True
        error = self._lock.error()
        if error != QLockFile.LockError.LockFailedError:
            self.lock_problem = f"the lock file could not be written ({error.name})"
            log.warning("running without the data folder lock: %s", self.lock_problem)
            return True
        if notify_running:
            self.notified_running = self._send(RAISE_MESSAGE)
        return False

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        if self._lock.isLocked():
            self._lock.unlock()

    # -- the first instance's side -------------------------------------------------------

    def listen(self) -> None:
        """Start hearing later instances (after ``try_acquire(listen=False)``)."""
        if self._server is None and self._lock.isLocked():
            self._listen()

    def _listen(self) -> None:
        from PySide6.QtNetwork import QLocalServer  # ~7 ms: only once the lock is ours

        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        server.newConnection.connect(self._on_connection)
        if not server.listen(self.name):
            # A socket left by a crashed run: we hold the lock, so nobody else owns it.
            QLocalServer.removeServer(self.name)
            if not server.listen(self.name):
                log.warning("cannot listen on %s: %s", self.name, server.errorString())
                return
        self._server = server

    def _on_connection(self) -> None:
        assert self._server is not None
        while (socket := self._server.nextPendingConnection()) is not None:
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)
            self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        while socket.canReadLine():
            line = bytes(socket.readLine().data())
            if line == RAISE_MESSAGE:
                self.raise_requested.emit()

    # -- a later instance's side ---------------------------------------------------------

    def _send(self, message: bytes) -> bool:
        from PySide6.QtNetwork import QLocalSocket

        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(CONNECT_TIMEOUT_MS):
            log.warning("the running BackCoach did not answer: %s", socket.errorString())
            return False
        socket.write(message)
        sent = socket.waitForBytesWritten(CONNECT_TIMEOUT_MS)
        socket.disconnectFromServer()
        if socket.state() != QLocalSocket.LocalSocketState.UnconnectedState:
            socket.waitForDisconnected(CONNECT_TIMEOUT_MS)
        return sent
