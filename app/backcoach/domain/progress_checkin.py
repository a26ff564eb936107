"""The next-morning check-in compared with the day before (docs/clinical-rules.md).

Pain and stiffness the next morning should be back to the usual level. Pain is compared
with the rating given before the session of the day before (``pain.next_day_advice``);
stiffness, which is not rated in sessions, with the check-in before this one.
"""

from __future__ import annotations

from backcoach.domain.pain import NEXT_DAY_SUGGESTIONS, Advice, next_day_advice
from backcoach.domain.vocabulary import stiffness_rank

STIFFER_TITLE = "Stiffer than usual this morning"
STIFFER_MESSAGE = (
    "Your back is stiffer than at your last check-in. Soreness for a day or two after "
    "exercise is normal. If it stays like this, make the next session lighter."
)


def morning_advice(
    score: int,
    stiffness: str,
    previous_score: int | None,
    previous_stiffness: str | None = None,
) -> Advice | None:
    """What to suggest after this morning's check-in; None when all is at the usual level.

    ``previous_score`` is the pain before the (first) session of the day before; None when
    it was not rated: then only stiffness is compared.
    """
    if previous_score is not None:
        advice = next_day_advice(score, previous_score)
        if advice is not None:
            return advice
    if previous_stiffness is not None and stiffness_rank(stiffness) > stiffness_rank(
        previous_stiffness
    ):
        return Advice(STIFFER_TITLE, STIFFER_MESSAGE, NEXT_DAY_SUGGESTIONS, rise=0)
    return None


__all__ = ["morning_advice", "stiffness_rank"]
