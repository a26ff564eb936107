"""File logging, so a crash on Sam's laptop leaves something a helper can read."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from backcoach import paths

_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def setup_logging(verbose: bool = False) -> Path | None:
    """Log to a rotating file under the platform's log folder; returns its path.

    A log folder that cannot be created must not stop the app: it then logs to stderr
    only and returns None.
    """
    root = logging.getLogger()
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    if not any(isinstance(h, logging.StreamHandler) for h in root.handlers):
        console = logging.StreamHandler()
        console.setLevel(logging.DEBUG if verbose else logging.WARNING)
        console.setFormatter(logging.Formatter(_FORMAT))
        root.addHandler(console)
    target = paths.log_file()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            target, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        logging.getLogger(__name__).warning("cannot write the log file %s", target)
        return None
    handler.setFormatter(logging.Formatter(_FORMAT))
    root.addHandler(handler)
    return target
