"""The process the fault test kills: gives ratings as fast as they become durable.

    python fault_child.py DATA_DIR RUN

Prints "ack RUN N" only after rating N's ticket reports it durable (fsync and rename
done), so every line the parent reads is a promise the file must keep. Every tenth
rating ends the session and starts a new one, so sealed (cached) sessions are written too.
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from pathlib import Path

from backcoach.domain.records import Rating
from backcoach.storage import Store


def main(folder: Path, run: int) -> None:
    store = Store.open(folder).store
    session_id = store.sessions.start(None, f"fault run {run}")
    number = 0
    while True:
        rating = Rating(
            number % 11, "during", f"fault-{run}-{number}", datetime.now(UTC), float(number)
        )
        ticket = store.sessions.append_rating(session_id, rating)
        if number % 10 == 9:
            store.sessions.end(session_id)
            session_id = store.sessions.start(None, f"fault run {run}")
        if not ticket.wait(10.0):
            print(f"timeout {run} {number}", flush=True)
            return
        print(f"ack {run} {number}", flush=True)
        number += 1


if __name__ == "__main__":
    main(Path(sys.argv[1]), int(sys.argv[2]))
