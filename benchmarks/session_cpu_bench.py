"""session_cpu_pct: the app's CPU time over wall time while a guided session runs.

The real main window (offscreen, 1366x768, animation on) runs a scripted session in a
fresh child process on the real clock: get ready, a timed hold (bird dog, the figure
moving into the position during get ready), a side switch, the other side, then two
sets of reps (prone press, the figure moving once per rep) with a rest between them in
which the rating panel is up, left unanswered. For each phase the process's CPU time
(``time.process_time``: every thread of the app, and less sensitive to other load on a
shared machine than wall time) is divided by the wall time the phase took.

Figures: ``session_cpu_pct`` (average over the measured phases, target <= 3 % of one
core) and ``session_cpu_worst_phase_pct`` (target <= 6 %), plus one line per phase.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from figure import figure  # benchmarks/ is on sys.path (run.py and the children)

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
AVERAGE_TARGET = 3.0
WORST_TARGET = 6.0
REPS = 3
HOLD_S = 8
REST_S = 8


def _child(data_dir: Path) -> dict[str, list[float]]:
    """Run the session; {phase: [cpu_s, wall_s]}."""
    from dataclasses import replace

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from backcoach.context import AppContext
    from backcoach.domain import direction_check as dc
    from backcoach.domain.catalog import load_catalogue
    from backcoach.domain.onboarding import OnboardingState
    from backcoach.domain.routines import Routine, RoutineItem
    from backcoach.domain.session.events import Phase
    from backcoach.services import onboarding
    from backcoach.storage import Store
    from backcoach.ui.application import build_main_window

    app = QApplication.instance() or QApplication([])
    store = Store.open(data_dir).store
    catalogue = load_catalogue()
    context = AppContext(data_dir=data_dir, catalogue=catalogue, store=store)
    onboarding.save_onboarding(context, OnboardingState(done=True, red_flags="none"))
    answers = dc.Answers(sitting=dc.YES, bending=dc.YES, eases=dc.EASED_BY_UPRIGHT)
    onboarding.save_direction(context, dc.DirectionChoice.from_check(answers))

    window = build_main_window(data_dir, store)
    window.resize(1366, 768)
    window.show()
    items = (
        RoutineItem(
            "bird-dog",
            replace(
                catalogue.get("bird-dog").dose,
                sets=1,
                hold_s=HOLD_S,
                reps=None,
                per_side=True,
                rest_s=0,
            ),
        ),
        RoutineItem(
            "prone-press",
            replace(catalogue.get("prone-press").dose, sets=2, reps=REPS, hold_s=1, rest_s=REST_S),
        ),
    )
    window.start_session(Routine(id="bench", name="Benchmark", items=items))
    page = window.session
    engine = page.engine

    spent: dict[str, list[float]] = {}
    mark = {"phase": "", "cpu": time.process_time(), "wall": time.monotonic()}

    def label() -> str:
        state = engine.state()
        if state.phase is Phase.WORK:
            return "reps" if state.rep_based else "hold"
        if state.phase is Phase.REST:
            return "rest-rating" if state.rating_due or state.during_rating_due else "rest"
        return state.phase.value

    def account() -> None:
        now_cpu, now_wall = time.process_time(), time.monotonic()
        entry = spent.setdefault(mark["phase"], [0.0, 0.0])
        entry[0] += now_cpu - mark["cpu"]
        entry[1] += now_wall - mark["wall"]
        mark.update(phase=label(), cpu=now_cpu, wall=now_wall)

    def drive() -> None:
        account()
        state = engine.state()
        phase = state.phase
        if phase is Phase.DONE:
            app.quit()
        elif phase in (Phase.BASELINE_RATING, Phase.RATING_BEFORE, Phase.RATING_AFTER):
            page.rate(2)
        elif phase is Phase.WORK and state.rep_based and state.elapsed_s >= REPS * (4.0 + 1):
            engine.reps_done()  # held reps end by themselves; this is for plain reps
            page.refresh()

    driver = QTimer()
    driver.setInterval(250)
    driver.timeout.connect(drive)
    driver.start()
    QTimer.singleShot(180_000, app.quit)  # a safety net, never reached when all is well
    app.exec()
    account()
    window.close()
    store.close()
    spent.pop("", None)
    return spent


MEASURED = ("get-ready", "hold", "switch-side", "rest", "rest-rating", "reps")


def figures() -> list[dict]:
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", BACKCOACH_DATA_DIR=tmp, HOME=tmp)
        env["PYTHONPATH"] = os.pathsep.join([str(HERE), str(ROOT / "app")])
        result = subprocess.run(
            [sys.executable, str(Path(__file__)), "--child", tmp],
            env=env,
            capture_output=True,
            text=True,
            timeout=400,
            check=True,
        )
    spent = json.loads(result.stdout.strip().splitlines()[-1])
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    out = []
    shares = {}
    for phase in MEASURED:
        cpu, wall = spent.get(phase, (0.0, 0.0))
        if wall > 0:
            shares[phase] = 100 * cpu / wall
            out.append(figure(f"session_cpu_{phase}_pct", shares[phase], "%", WORST_TARGET))
    cpu = sum(spent[p][0] for p in shares)
    wall = sum(spent[p][1] for p in shares)
    average = 100 * cpu / wall if wall else float("nan")
    worst = max(shares.values(), default=float("nan"))
    return [
        figure("session_cpu_pct", average, "%", AVERAGE_TARGET),
        figure("session_cpu_worst_phase_pct", worst, "%", WORST_TARGET),
        *out,
        figure("session_cpu_load_average", load, "", None, 2),
    ]


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--child":
        print(json.dumps(_child(Path(sys.argv[2]))))
    else:
        for item in figures():
            print(item)
