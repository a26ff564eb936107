"""Keeps the session's figure in time with the session.

- a set of reps: one loop of the movement is one rep at the dose's tempo (out, hold
  ``hold_s``, back), counted from the start of the set, so the figure and the session's
  idea of "rep n" agree;
- a timed hold: during "get ready" the figure moves into the position, then stays there
  while the timer runs;
- a rest or a side switch: the figure waits in the start position;
- the side under way is shown (the left side mirrored), so alternating exercises
  alternate with the session;
- (the page freezes the figure while the session is paused).

Driven from the ``SessionState`` the page already renders: for held reps the engine's
per-rep timeline (``state.rep``: rep number, stage move/hold/release, progress, side),
else the phase's elapsed time. It needs no clock of its own; the player's clock fills in
the frames between two redraws and is re-aligned when it drifts.
"""

from __future__ import annotations

from backcoach.domain.session.events import Phase
from backcoach.domain.session.state import SessionState
from backcoach.ui.widgets.figure_player import FigurePlayer
from backcoach.ui.widgets.motion_timing import Tempo, into_position, rep_tempo

INTO_HOLD_MS = 2500.0  # moving into a hold's position, at the start of "get ready"
DRIFT_MS = 250.0  # re-align the player with the session beyond this difference


class FigureSync:
    def __init__(self, player: FigurePlayer) -> None:
        self.player = player
        self._mode: tuple[object, ...] | None = None

    def reset(self) -> None:
        """A new exercise's frames were set: the next state sets the figure afresh."""
        self._mode = None

    def follow(self, state: SessionState) -> None:
        planned = state.planned
        if planned is None:
            return
        player = self.player
        rep = state.rep if state.phase is Phase.WORK else None
        player.set_side(rep.side if rep is not None else state.side)
        dose = planned.dose
        timed_hold = not state.rep_based and dose.reps is None
        elapsed_ms = state.elapsed_s * 1000.0
        phase = state.phase
        if rep is not None:
            # held reps: the engine's per-rep timeline (move, hold, release) says where
            # the set is; the player's loop has the same stages and lengths
            tempo = rep_tempo(dose.hold_s)
            into = {"move": 0.0, "hold": tempo.out_ms, "release": tempo.out_ms + tempo.hold_ms}
            at = (rep.number - 1) * tempo.cycle_ms + into[rep.stage] + rep.stage_elapsed_s * 1000
            self._follow_tempo(("held-reps", state.set_number, state.side), tempo, at)
        elif phase is Phase.WORK and state.rep_based:
            self._follow_tempo(
                ("reps", state.set_number, state.side), rep_tempo(dose.hold_s), elapsed_ms
            )
        elif phase is Phase.GET_READY and timed_hold:
            total = (state.duration_s or 0.0) * 1000.0
            move = min(INTO_HOLD_MS, max(total * 0.6, 1.0))
            # re-aligned like the reps: the session's clock, not the player's, says where
            # the figure is (it matters after "more time" or a clock that jumps)
            self._follow_tempo(
                ("into-hold", state.set_number, state.side), into_position(move), elapsed_ms
            )
        elif phase is Phase.WORK and timed_hold:
            self._still(("hold",), "hold")
        elif phase is Phase.WORK:
            # a reps dose shown as a timed set (no reps count): keep moving at its tempo
            self._follow_tempo(
                ("timed-reps", state.set_number, state.side), rep_tempo(dose.hold_s), elapsed_ms
            )
        else:
            self._still(("start",), "rest")

    def _still(self, mode: tuple[object, ...], phase: str) -> None:
        if self._mode != mode:
            self._mode = mode
            self.player.show_phase(phase)

    def _follow_tempo(self, mode: tuple[object, ...], tempo: Tempo, elapsed_ms: float) -> None:
        player = self.player
        if self._mode != mode or player.tempo() != tempo:
            self._mode = mode
            player.play_tempo(tempo, elapsed_ms)
            return
        if abs(player.elapsed_ms() - elapsed_ms) > DRIFT_MS:
            player.play_tempo(tempo, elapsed_ms)
