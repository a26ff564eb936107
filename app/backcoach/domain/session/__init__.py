"""The guided-session engine: a state machine over a routine, driven by an injected clock.

    baseline rating → for each exercise: rating before → get ready → work (per set; the
    other side after a switch cue) → rest → … → rating after → done

plus ``paused``, and BREAK / BREAK_REST when the pain rule fires (docs/clinical-rules.md).
The pieces: ``engine`` (``SessionEngine``: the intents, listeners, snapshots), ``moves``
(where the session stands and how it moves on), ``rating_moves`` (what a rating does:
the pain rule's break, going on), ``options`` (its settings), ``timeline``
and ``clock`` (time, deadlines, pauses), ``slots`` and ``reps`` (sets, sides, held reps),
``ratings`` (the reference and flares), ``events`` / ``state`` / ``view`` (what the view
receives) and ``snapshot`` (crash recovery).

Time
----
The engine never sleeps and owns no timer. The view calls ``tick()`` from a QTimer at any
rate, and every intent first brings the engine up to date. When a tick finds a deadline
passed, the next phase begins *at the deadline*, not at the tick, so a slow frame or a late
tick never shifts the schedule, and a pause keeps the partial second.

A stall too long to be a slow frame (``suspend_after_s``, 15 s by default: the computer
slept or the app hung) does not run the routine on silently, skipping holds and rests the
user never saw: the engine pauses itself at the last moment it was seen running, so the
user comes back to the screen they left (``pause_reason == 'suspend'``). The view must
therefore tick at least every few seconds while a session is shown.
``suspend_aware_clock()`` is a clock that counts sleep where ``time.monotonic`` does not.

Decisions
---------
* Sets of reps are untimed: WORK counts up (``elapsed_s``) until ``reps_done()``, with a
  rough ``expected_s`` as a hint. People do reps at their own pace; a cap that cut a set
  short would push them to hurry.
* Pain during an exercise is asked once (``Slots.during_rating``); the prompt never stops
  the timer and goes away when the next work phase ends. A rating volunteered at any time
  during an exercise is taken too: a spike should never wait for the prompt.
* Every rating before, during or after a break is held against the exercise's baseline.
  A re-rate still at or above the line raises a new flare (back to BREAK).
* ``skip()`` skips the exercise; in the rest after an exercise (nothing left to skip) it
  ends the rest. ``skip_rest()`` only cuts a rest short.
* ``back()`` restarts the current exercise when more than ``back_restart_s`` of it has run,
  else goes to the previous one (like a music player).
* Intents that make no sense in the current phase (a stray key press) do nothing and
  return False; only a malformed rating raises.
"""

from backcoach.domain.session.clock import Clock, ManualClock, suspend_aware_clock
from backcoach.domain.session.engine import MORE_TIME_S, Listener, SessionEngine
from backcoach.domain.session.events import (
    TRANSITIONS,
    CareListAdvised,
    Cue,
    Event,
    ExerciseFinished,
    FlareRaised,
    FlareResolved,
    PauseChanged,
    Phase,
    PhaseChanged,
    RatingGiven,
)
from backcoach.domain.session.moves import EXERCISE_PHASES, HALFWAY_MIN_S
from backcoach.domain.session.options import BACK_RESTART_S, DEFAULT_SUSPEND_AFTER_S, EasierLookup
from backcoach.domain.session.state import (
    FlareInfo,
    FlareRecord,
    SessionState,
    SessionSummaryData,
)

__all__ = [
    "BACK_RESTART_S",
    "DEFAULT_SUSPEND_AFTER_S",
    "EXERCISE_PHASES",
    "HALFWAY_MIN_S",
    "MORE_TIME_S",
    "TRANSITIONS",
    "CareListAdvised",
    "Clock",
    "Cue",
    "EasierLookup",
    "Event",
    "ExerciseFinished",
    "FlareInfo",
    "FlareRaised",
    "FlareRecord",
    "FlareResolved",
    "Listener",
    "ManualClock",
    "PauseChanged",
    "Phase",
    "PhaseChanged",
    "RatingGiven",
    "SessionEngine",
    "SessionState",
    "SessionSummaryData",
    "suspend_aware_clock",
]
