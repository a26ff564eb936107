"""The during-session pain rule: one reference, a break line, settling, high-pain days.

This module is the single place these rules live; ``docs/clinical-rules.md`` lists each
with its source and its test. The session engine, the screens and the report ask it.

* The reference is the rating given just before the session and never moves up during
  it: a re-rate after a break is compared with it, it does not replace it.
* A rating at or above ``reference + threshold`` advises a break (the article's rule,
  with the threshold from Settings, 1-4, default 2).
* A *high-pain day* is one where that line cannot be reached (reference + threshold above
  10) or the reference is already in the high zone (8 or more). Such a session gets its
  own screen first, and within it a break is advised at any rating above the reference.
* A re-rate below the break line is *settled*; after two unsettled re-rates in a row,
  ending today's session becomes the suggested choice.
"""

from __future__ import annotations

from datetime import date

from backcoach.domain.pain import MAX_SCORE, validate_score, validate_threshold

HIGH_PAIN_REFERENCE = 8
"""A reference this high is in the high zone already: the high-pain screen is shown."""

UNSETTLED_LIMIT = 2
"""Unsettled re-rates in a row after which ending the session is the suggested choice."""


def is_high_pain_day(reference: int, threshold: int) -> bool:
    """True when the usual break signal cannot work today (high-pain days)."""
    validate_score(reference, "reference")
    validate_threshold(threshold)
    return reference + threshold > MAX_SCORE or reference >= HIGH_PAIN_REFERENCE


def high_pain_from(threshold: int) -> int:
    """The lowest starting rating that makes a high-pain day at ``threshold``: 8, or 7
    with threshold 4 (7 + 4 is above 10)."""
    validate_threshold(threshold)
    return min(HIGH_PAIN_REFERENCE, MAX_SCORE + 1 - threshold)


def break_line(reference: int, threshold: int) -> int:
    """The lowest rating that advises a break in a session that started at ``reference``.

    On a high-pain day that is any rating above the reference (so 11, unreachable, only
    when the reference is 10); otherwise ``reference + threshold``.
    """
    if is_high_pain_day(reference, threshold):
        return reference + 1
    return reference + threshold


def advises_break(score: int, reference: int, threshold: int) -> bool:
    """True if ``score`` reaches the break line of a session that started at ``reference``."""
    validate_score(score)
    return score >= break_line(reference, threshold)


POINTS_PLACEHOLDER = "{points}"
"""Catalogue and evidence texts write the rule's size as this placeholder; it is filled
with the threshold in force when the text is shown, so no text states a fixed "2"."""


# "1 point" and "N points" in each language the content is written in (domain.language).
_POINT_WORDS: dict[str, tuple[str, str]] = {
    "en": ("point", "points"),
    "fr": ("point", "points"),
    "es": ("punto", "puntos"),
}


def points_words(threshold: int, language: str = "en") -> str:
    """'1 point' or 'N points' (in ``language``: 'N puntos' in Spanish)."""
    validate_threshold(threshold)
    one, many = _POINT_WORDS.get(language, _POINT_WORDS["en"])
    return f"1 {one}" if threshold == 1 else f"{threshold} {many}"


def with_threshold(text: str, threshold: int, language: str = "en") -> str:
    """``text`` with the placeholder filled for ``threshold``, in the text's language."""
    return text.replace(POINTS_PLACEHOLDER, points_words(threshold, language))


def thresholds_between(
    changes: list[tuple[date, int]], current: int, start: date, end: date
) -> list[tuple[date | None, int]]:
    """The thresholds in force from ``start`` to ``end``, as (from when, threshold) pairs.

    ``changes`` are (day set, threshold) pairs, oldest first, the first one recording the
    value in force before any change; no history means ``current`` held throughout. The
    first pair's date is None: that threshold was in force when the period began. The
    clinician report names the rule it used with this.
    """
    in_force = current
    if changes:
        in_force = changes[0][1]
        for day, value in changes:
            if day <= start:
                in_force = value
    pairs: list[tuple[date | None, int]] = [(None, in_force)]
    for day, value in changes:
        if start < day <= end and value != pairs[-1][1]:
            pairs.append((day, value))
    return pairs


def suggests_ending(unsettled_in_a_row: int) -> bool:
    """After two unsettled re-rates in a row, ending today's session is the first choice."""
    return unsettled_in_a_row >= UNSETTLED_LIMIT
