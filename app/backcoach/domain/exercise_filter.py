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

    def is_empty(self) -> bool:
        return self == ExerciseFilter()

    def matches(self, exercise: Exercise, favourites: Collection[str] = ()) -> bool:
        if self.direction and exercise.direction != self.direction:
            return False
        if self.kind and exercise.kind != self.kind:
            return False
        if self.position and exercise.position != self.position:
            return False
        if self.equipment:
            if self.equipment == "none":
                if exercise.equipment and set(exercise.equipment) != {"mat"}:
                    return False
            elif self.equipment not in exercise.equipment:
                return False
        if self.favourites_only and exercise.id not in favourites:
            return False
        return self._text_matches(exercise)

    def _text_matches(self, exercise: Exercise) -> bool:
        words = self.text.casefold().split()
        if not words:
            return True
        haystack = exercise.search_text()
        # A number typed alone finds the article's exercise number, e.g. "14" -> plank.
        if len(words) == 1 and words[0].isdigit():
            return int(words[0]) == exercise.number
        # Each typed word must begin a word of the exercise's text ("plan" finds plank),
        # so short words do not match inside others ("low" must not find "slowly").
        haystack_words = re.findall(r"\w+", haystack)
        return all(any(w.startswith(word) for w in haystack_words) for word in words)
