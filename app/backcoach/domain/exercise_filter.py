"""Which exercises the browser shows: the filter rules, kept free of Qt so they test fast."""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass

from backcoach.domain.catalog import Exercise


@dataclass(frozen=True, slots=True)
class ExerciseFilter:
    """All set criteria must hold; ``None`` or empty means "any"."""

    text: str = ""
    direction: str | None = None
    kind: str | None = None
    position: str | None = None
    equipment: str | None = None
    favourites_only: bool = False

    def matches(self, exercise: Exercise, favourites: Collection[str] = ()) -> bool:
        if self.direction and exercise.direction != self.direction:
            return False
        if self.kind and exercise.kind != self.kind:
            return False
        if self.position and exercise.position != self.position:
            return False
        if self.equipment:
            # "A mat or nothing" is one choice: a mat is what every exercise assumes.
            if self.equipment in ("none", "mat"):
                if exercise.equipment and set(exercise.equipment) != {"mat"}:
                    return False
            elif self.equipment not in exercise.equipment:
                return False
        if self.favourites_only and exercise.id not in favourites:
            return False
        return self._text_matches(exercise)

    def _text_matches(self, exercise: Exercise) -> bool:
        return search_rank(exercise, self.text) is not None

    def rank(self, exercise: Exercise) -> tuple[int, int]:
        """Sort key: best matches of the typed text first, then the article's order."""
        found = search_rank(exercise, self.text)
        return (found if found is not None else len(RANKS), exercise.number)


# How well an exercise matches the typed words, best first.
RANKS = ("number", "name begins with the words", "name begins with the first", "name", "elsewhere")

# Everyday words for the catalogue's equipment, so "dumbbell" finds the exercises that
# need a weight. Only what a person might own; the catalogue's own words match anyway.
SYNONYMS: dict[str, str] = {
    "dumbbell": "weight",
    "dumbbells": "weight",
    "kettlebell": "weight",
    "weights": "weight",
    "sofa": "bench",
    "couch": "bench",
    "bed": "bench",
    "elastic": "band",
    "theraband": "band",
    "resistance": "band",
    "counter": "table",
}

_NUMBER = re.compile(r"^(?:#|no\.?|nr\.?|number)?\s*(\d+)$")


def search_rank(exercise: Exercise, text: str) -> int | None:
    """None if ``text`` does not find ``exercise``; else its place in ``RANKS``.

    A number alone ("3", "#3", "no. 3") finds the article's exercise of that number.
    Otherwise each typed word must begin a word of the exercise's text ("plan" finds
    plank; "low" does not find "slowly"), or be an everyday word for its equipment.
    """
    typed = text.casefold().strip()
    if not typed:
        return 0
    number = _NUMBER.match(typed)
    if number:
        return 0 if int(number.group(1)) == exercise.number else None
    words = re.findall(r"\w+", typed)
    if not words:
        return None
    haystack = re.findall(r"\w+", exercise.search_text())
    for word in words:
        needs = SYNONYMS.get(word)
        if not _begins_a_word(word, haystack) and needs not in exercise.equipment:
            return None
    name_words = re.findall(r"\w+", exercise.name.casefold())
    pairs = list(zip(name_words, words, strict=False))
    if len(pairs) == len(words) and all(n.startswith(w) for n, w in pairs):
        return 1
    if name_words and name_words[0].startswith(words[0]):
        return 2
    if all(_begins_a_word(word, name_words) for word in words):
        return 3
    return 4


def _begins_a_word(word: str, haystack: list[str]) -> bool:
    return any(w.startswith(word) for w in haystack)
