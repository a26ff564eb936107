"""Browser filtering rules, tested on the real catalogue without Qt."""

from __future__ import annotations

import pytest

from backcoach.domain.catalog import load_catalogue
from backcoach.domain.exercise_filter import ExerciseFilter


@pytest.fixture(scope="module")
def catalogue():
    return load_catalogue()


def _ids(catalogue, f: ExerciseFilter, favourites=()) -> list[str]:
    return [e.id for e in catalogue if f.matches(e, favourites)]


def test_empty_filter_shows_everything(catalogue) -> None:
    assert ExerciseFilter().is_empty()
    assert len(_ids(catalogue, ExerciseFilter())) == 24


def test_direction_filters_follow_the_article_sections(catalogue) -> None:
    assert len(_ids(catalogue, ExerciseFilter(direction="extension"))) == 10
    assert len(_ids(catalogue, ExerciseFilter(direction="flexion"))) == 8
    assert len(_ids(catalogue, ExerciseFilter(direction="rotation"))) == 6


def test_criteria_combine(catalogue) -> None:
    lying_extension = _ids(catalogue, ExerciseFilter(direction="extension", position="lying"))
    assert "stomach-lying" in lying_extension and "standing-extension" not in lying_extension
    assert all(catalogue.get(i).position == "lying" for i in lying_extension)


def test_equipment_filter_and_nothing_but_a_mat(catalogue) -> None:
    banded = _ids(catalogue, ExerciseFilter(equipment="band"))
    assert banded and all("band" in catalogue.get(i).equipment for i in banded)
    bare = _ids(catalogue, ExerciseFilter(equipment="none"))
    assert "stomach-lying" in bare and "standing-biceps-curl" not in bare
    assert all(set(catalogue.get(i).equipment) <= {"mat"} for i in bare)


def test_text_search_matches_names_words_and_numbers(catalogue) -> None:
    assert _ids(catalogue, ExerciseFilter(text="plank")) == ["side-plank", "plank"]
    assert _ids(catalogue, ExerciseFilter(text="  WOOD chop ")) == [
        "wood-chopper",
        "wood-chopper-middle",
        "wood-chopper-high",
        "wood-chopper-low",
    ]
    assert _ids(catalogue, ExerciseFilter(text="14")) == ["plank"]
    assert _ids(catalogue, ExerciseFilter(text="zzzz")) == []


def test_text_search_finds_equipment_and_position_words(catalogue) -> None:
    chair = _ids(catalogue, ExerciseFilter(text="chair"))
    assert {"seated-forward-reach", "seated-bend", "seated-twist"} <= set(chair)


def test_favourites_only(catalogue) -> None:
    f = ExerciseFilter(favourites_only=True)
    assert _ids(catalogue, f) == []
    assert _ids(catalogue, f, {"bird-dog", "plank"}) == ["plank", "bird-dog"]
