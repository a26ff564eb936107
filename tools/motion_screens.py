"""Screens with the figure moving: the README's pictures and a check of every exercise.

    QT_QPA_PLATFORM=offscreen python -m tools.motion_screens --readme docs/screenshots
    QT_QPA_PLATFORM=offscreen python -m tools.motion_screens --every DIR

``--readme`` writes the detail pane playing a motion and a held rep half way up, light
and dark (``exercise-detail-moving``, ``session-rep-moving``, ``-dark`` twins).
``--every`` writes, for each of the 24 exercises, its session screen part way through
the movement (a set of reps: half way out in the first rep; a hold: moving into it
during "get ready", then held) in both themes, plus one contact sheet of them all
(``every-1.png`` ... six exercises each) to look through.

The session runs on a manual clock, so each picture is taken at an exact moment.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SIZE = (1366, 768)


def _window(data_dir: Path):  # -> (app, window, context)
    from PySide6.QtWidgets import QApplication

    from backcoach.context import AppContext
    from backcoach.domain import direction_check as dc
    from backcoach.domain.catalog import load_catalogue
    from backcoach.domain.onboarding import OnboardingState
    from backcoach.services import onboarding
    from backcoach.storage import Store
    from backcoach.ui.application import build_main_window
    from backcoach.ui.theme import ThemeManager

    app = QApplication.instance() or QApplication([])
    store = Store.open(data_dir).store
    context = AppContext(data_dir=data_dir, catalogue=load_catalogue(), store=store)
    onboarding.save_onboarding(context, OnboardingState(done=True, red_flags="none"))
    answers = dc.Answers(sitting=dc.YES, bending=dc.YES, eases=dc.EASED_BY_UPRIGHT)
    onboarding.save_direction(context, dc.DirectionChoice.from_check(answers))
    window = build_main_window(data_dir, store)
    window.theme_manager = ThemeManager(app, "light")
    window.resize(*SIZE)
    window.show()
    return app, window


def _grab(window) -> object:
    from backcoach.ui.review import render_window

    return render_window(window)


def _session_moments(window, exercise_id: str):
    """Yield (label, image) at the moments worth seeing for one exercise's session."""
    from backcoach.domain.routines import Routine, RoutineItem
    from backcoach.domain.session.clock import ManualClock
    from backcoach.domain.session.events import Phase
    from backcoach.domain.session.reps import MOVE_S
    from backcoach.ui.session.figure_sync import INTO_HOLD_MS

    context = window.context
    real = context.clock, context.clock_is_fake
    clock = ManualClock()
    context.clock, context.clock_is_fake = clock, True
    try:
        dose = context.catalogue.get(exercise_id).dose
        routine = Routine(id="shots", name="Check", items=(RoutineItem(exercise_id, dose),))
        window.start_session(routine)
        page = window.session

        def run(seconds: float) -> None:
            while seconds > 1e-9:
                step = min(seconds, 0.5)
                clock.advance(step)
                page.refresh()
                seconds -= step

        def until(phase: Phase, limit: float = 120.0) -> None:
            spent = 0.0
            while page.engine.state().phase is not phase and spent < limit:
                run(0.25)
                spent += 0.25

        page.rate(2)
        page.refresh()
        page.feedback.hide()
        if dose.reps is None:  # a timed hold: moving into it during "get ready", then held
            run(INTO_HOLD_MS / 2000)
            yield "getting-ready", _grab(window)
            until(Phase.WORK)
            run(1.0)
            yield "hold", _grab(window)
        else:
            until(Phase.WORK)
            run(MOVE_S * 0.55)
            yield "rep", _grab(window)
        page.ask_end()
        page.confirm_end()
        page._leave()
    finally:
        context.clock, context.clock_is_fake = real


def _detail_moving(window, exercise_id: str, at_ms: float):
    from backcoach.ui.widgets.motion_timing import CALM

    browser = window.show_screen("exercises")
    browser.select_exercise(exercise_id)
    player = browser.detail.player
    player.play_tempo(CALM, at_ms)
    return _grab(window)


def _themes(window):
    for name in ("light", "dark"):
        window.theme_manager.apply(name)
        yield name, "" if name == "light" else "-dark"


def readme(folder: Path, window) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for _, suffix in _themes(window):
        image = _detail_moving(window, "bird-dog", 1300.0)
        written.append(folder / f"exercise-detail-moving{suffix}.png")
        image.save(str(written[-1]))
        for label, image in _session_moments(window, "prone-press"):
            if label == "rep":
                written.append(folder / f"session-rep-moving{suffix}.png")
                image.save(str(written[-1]))
        window.show_screen("home")
    return written


def every(folder: Path, window) -> list[Path]:
    sys.path.insert(0, str(ROOT))
    from tools.figures import raster

    folder.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    ids = [e.id for e in window.context.catalogue.exercises]
    cells: dict[str, list[tuple[str, Path]]] = {i: [] for i in ids}
    for theme, suffix in _themes(window):
        for number, exercise_id in enumerate(ids, start=1):
            for label, image in _session_moments(window, exercise_id):
                path = folder / f"{number:02d}-{exercise_id}-{label}{suffix}.png"
                image.save(str(path))
                written.append(path)
                cells[exercise_id].append((f"{label} ({theme})", path))
    rows = [(f"{n}. {i}", cells[i]) for n, i in enumerate(ids, start=1)]
    for part in range(0, len(rows), 6):  # six exercises a sheet, large enough to judge
        raster.image_sheet(rows[part : part + 6], folder / f"every-{part // 6 + 1}.png", 420)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.motion_screens", description=__doc__)
    parser.add_argument("--readme", type=Path, metavar="DIR")
    parser.add_argument("--every", type=Path, metavar="DIR")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        app, window = _window(Path(tmp))
        if args.readme:
            for path in readme(args.readme, window):
                print(f"wrote {path}")
        if args.every:
            print(f"wrote {len(every(args.every, window))} files under {args.every}")
        window.close()
        app.processEvents()
        window.context.store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
