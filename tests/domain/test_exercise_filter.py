"""Browser filtering rules, tested on the real catalogue without Qt."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from backcoach.domain.catalog import load_catalogue
from backcoach.domain.exercise_filter import ExerciseFilter


@pytest.fixture(scope="module")
def catalogue():
    return load_catalogue()


def _ids(catalogue, f: ExerciseFilter, favourites=()) -> list[str]:
    return [e.id for e in catalogue if f.matches(e, favourites)]


def test_empty_filter_shows_everything(catalogue) -> None:
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


def _ranked(catalogue, text: str) -> list[str]:
    f = ExerciseFilter(text=text)
    return [e.id for e in sorted((e for e in catalogue if f.matches(e)), key=f.rank)]


def test_search_puts_name_matches_first(catalogue) -> None:
    found = _ranked(catalogue, "knee")
    assert found[0] == "knee-to-chest"  # "knee" in its name; others only in their steps
    assert len(found) > 3
    plank = _ranked(catalogue, "plank")
    assert plank[0] == "plank"  # the name that starts with the word, then "Side plank"


@pytest.mark.parametrize("text", ["3", "#3", "# 3", "no. 3", "No 3", "number 3"])
def test_a_number_finds_the_articles_exercise(catalogue, text) -> None:
    number_three = next(e.id for e in catalogue if e.number == 3)
    assert _ranked(catalogue, text) == [number_three]


def test_everyday_words_find_the_equipment(catalogue) -> None:
    weighted = {e.id for e in catalogue if "weight" in e.equipment}
    assert weighted and set(_ranked(catalogue, "dumbbell")) == weighted
    assert set(_ranked(catalogue, "sofa")) >= {e.id for e in catalogue if "bench" in e.equipment}


def test_mat_and_nothing_but_a_mat_are_one_choice(catalogue) -> None:
    assert _ids(catalogue, ExerciseFilter(equipment="mat")) == _ids(
        catalogue, ExerciseFilter(equipment="none")
    )


@given(st.text(max_size=12))
def test_any_typed_text_ranks_only_what_it_finds(text) -> None:
    from backcoach.domain.exercise_filter import RANKS, search_rank

    for exercise in load_catalogue():
        rank = search_rank(exercise, text)
        f = ExerciseFilter(text=text)
        assert (rank is not None) == f.matches(exercise)
        assert rank is None or 0 <= rank < len(RANKS)


def test_every_exercise_is_found_first_by_its_own_name(catalogue) -> None:
    for exercise in catalogue:
        assert _ranked(catalogue, exercise.name)[0] == exercise.id, exercise.name
