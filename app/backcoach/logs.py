"""File logging, so a crash on Sam's laptop leaves something a helper can read."""

from __future__ import annotations

import logging
from pathlib import Path

from backcoach import paths

_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
MAX_LOG_BYTES = 1_000_000


def _rotate(target: Path) -> None:
    """Keep one previous log: enough to read, never growing without end.

    Done once at start-up instead of with logging.handlers, whose import (it pulls in
    socket and more) costs ~15 ms before the first paint.
    """
    try:
        if target.stat().st_size > MAX_LOG_BYTES:
            target.replace(target.with_suffix(".log.1"))
    except OSError:
        pass


def setup_logging(verbose: bool = False) -> Path | None:
    """Log to a file under the platform's log folder; returns its path.

    A log folder that cannot be created must not stop the app: it then logs to stderr
    only and returns None.
    """
    root = logging.getLogger()
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    if not any(type(h) is logging.StreamHandler for h in root.handlers):
        console = logging.StreamHandler()
        console.setLevel(logging.DEBUG if verbose else logging.WARNING)
        console.setFormatter(logging.Formatter(_FORMAT))
        root.addHandler(console)
    target = paths.log_file()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        _rotate(target)
        handler = logging.FileHandler(target, encoding="utf-8", delay=True)
    except OSError:
        logging.getLogger(__name__).warning("cannot write the log file %s", target)
        return None
    handler.setFormatter(logging.Formatter(_FORMAT))
    root.addHandler(handler)
    return target
