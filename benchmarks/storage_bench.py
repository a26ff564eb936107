"""Storage figures on ten years of daily sessions (5 exercises, 4 ratings each).

    rating_ui_block_ms_p95   time the UI thread spends in ``append_rating``       (<= 5)
    rating_durable_ms_p95    rating given -> fsync and rename done               (<= 100)
    open_history_ms          ``Store.open`` on the history, ready to use (median) (<= 300)
    peak_rss_mib             peak memory of a process that opens the history and
                             runs a session, no Qt (<= 120; the whole app is
                             progress_bench's app_peak_rss_mib)
    rating_ui_stall_ms_p99   how late a 2 ms UI tick runs while ratings are saved
                             (the writer holds the GIL while it serialises; reported)

Every figure is measured in a fresh child process (``--child``), so the harness's own
imports and memory do not count. The history is written once by ``history.write_history``.
"""

from __future__ import annotations

import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from figure import figure  # benchmarks/ is on sys.path (run.py and the children)

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OPEN_RUNS = 5
RATINGS = 120
TICK_S = 0.002
TARGETS = {
    "rating_ui_block_ms_p95": 5.0,
    "rating_durable_ms_p95": 100.0,
    "open_history_ms": 300.0,
    "peak_rss_mib": 120.0,  # issue 17: keep it near today's 89 as the app grows
}


def _p(values: list[float], percent: int) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[percent - 1]


def _child(mode: str, data_dir: Path) -> dict:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "app"), str(HERE)])}
    result = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), "--child", mode, str(data_dir)],
        capture_output=True, text=True, env=env, timeout=600, check=False,
    )  # fmt: skip
    if result.returncode != 0:
        raise RuntimeError(f"storage benchmark child failed:\n{result.stderr}")
    return json.loads(result.stdout.strip().splitlines()[-1])


def _figure(name: str, value: float, unit: str) -> dict:
    return figure(name, value, unit, TARGETS.get(name), digits=2)


def figures() -> list[dict]:
    if str(HERE) not in sys.path:
        sys.path.insert(0, str(HERE))
    from history import write_history

    with tempfile.TemporaryDirectory() as tmp:
        data_dir = Path(tmp) / "data"
        write_history(data_dir, years=10, seed=1)
        _child("open", data_dir)  # warm the disk cache and make today's backup first
        opens = [_child("open", data_dir)["open_ms"] for _ in range(OPEN_RUNS)]
        session = _child("session", data_dir)
    return [
        _figure("rating_ui_block_ms_p95", _p(session["ui_block_ms"], 95), "ms"),
        _figure("rating_durable_ms_p95", _p(session["durable_ms"], 95), "ms"),
        _figure("open_history_ms", statistics.median(opens), "ms"),
        _figure("peak_rss_mib", session["peak_rss_mib"], "MiB"),
        _figure("rating_ui_stall_ms_p99", _p(session["stall_ms"], 99), "ms"),
    ]


# -- the child process ------------------------------------------------------------------


def _peak_rss_mib() -> float:
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024  # bytes vs KiB


def _measure_open(data_dir: Path) -> dict:
    from backcoach.storage import Store

    started = time.perf_counter()
    result = Store.open(data_dir)
    ready = time.perf_counter() - started
    assert not result.notices, result.notices
    result.store.close()
    return {"open_ms": ready * 1000}


def _measure_session(data_dir: Path) -> dict:
    """A session screen: a 2 ms UI tick, a rating every 30-120 ms, tickets waited on by a
    helper thread in order (they become durable in order)."""
    from datetime import UTC, date, datetime, timedelta

    from backcoach.domain.records import Rating
    from backcoach.storage import Store

    store = Store.open(data_dir).store
    store.flush()
    rng = random.Random(3)
    waiting: list[tuple[object, float]] = []
    ready = threading.Condition()
    durable_ms: list[float] = []

    def wait_in_order() -> None:
        for number in range(RATINGS):
            with ready:
                ready.wait_for(lambda n=number: len(waiting) > n)
                ticket, given = waiting[number]
            assert ticket.wait(30.0)
            durable_ms.append((time.perf_counter() - given) * 1000)

    waiter = threading.Thread(target=wait_in_order)
    waiter.start()
    ui_block_ms: list[float] = []
    stall_ms: list[float] = []
    session_id = store.sessions.start("extension-start", "Extension start")
    started = time.perf_counter()
    next_rating = started
    last_tick = started
    while len(ui_block_ms) < RATINGS:
        time.sleep(TICK_S)
        now = time.perf_counter()
        stall_ms.append(max(0.0, (now - last_tick - TICK_S) * 1000))
        last_tick = now
        if now < next_rating:
            continue
        number = len(ui_block_ms)
        score = rng.randint(0, 10)
        rating = Rating(score, "during", "prone-press", datetime.now(UTC), now - started, 0)
        given = time.perf_counter()
        ticket = store.sessions.append_rating(session_id, rating)
        ui_block_ms.append((time.perf_counter() - given) * 1000)
        with ready:
            waiting.append((ticket, given))
            ready.notify_all()
        if number % 20 == 19:  # a new session now and then, as over a day of use
            store.sessions.end(session_id)
            session_id = store.sessions.start("extension-start", "Extension start")
        next_rating = now + rng.uniform(0.03, 0.12)
    waiter.join()
    today = date.today()
    store.sessions.between(today - timedelta(days=90), today)  # a progress chart's range
    store.close()
    return {
        "ui_block_ms": ui_block_ms,
        "durable_ms": durable_ms,
        "stall_ms": stall_ms,
        "peak_rss_mib": _peak_rss_mib(),
    }


def _child_main(mode: str, data_dir: Path) -> None:
    measure = {"open": _measure_open, "session": _measure_session}[mode]
    print(json.dumps(measure(data_dir)))


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "--child":
        _child_main(sys.argv[2], Path(sys.argv[3]))
    else:
        for figure in figures():
            print(figure)
