"""The catalogue loader: the shipped file is complete, and broken files fail clearly."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from backcoach import resources
from backcoach.domain.catalog import (
    DIRECTIONS,
    EQUIPMENT,
    GROUPS,
    KINDS,
    POSITIONS,
    CatalogueError,
    Dose,
    load_catalogue,
    parse_catalogue,
)

ARTICLE_GROUPS = {
    "extension-movement": [1, 2, 3],
    "anti-flexion": [4, 5, 6],
    "extension-through-range": [7, 8, 9, 10],
    "flexion-movement": [11, 12, 13],
    "anti-extension": [14, 15],
    "flexion-through-range": [16, 17, 18],
    "rotation": [19, 20, 21, 22, 23, 24],
}

VALID = """
[[exercise]]
id = "stomach-lying"
number = 1
name = "Stomach lying"
summary = "Lie face down and let the back rest in a gentle arch."
group = "extension-movement"
direction = "extension"
kind = "movement"
position = "lying"
equipment = ["mat"]
hold_s = 30
sets = 2
per_side = false
rest_s = 30
cue = "Let your body sink into the mat"
steps = ["Lie face down.", "Rest your head on your hands.", "Breathe slowly."]
progressions = ["Prop onto your elbows."]
regressions = []
cautions = []
images = ["a.svg"]
harder = "prone-press"

[[exercise]]
id = "prone-press"
number = 2
name = "Prone press"
summary = "From lying face down, push your chest up."
group = "extension-movement"
direction = "extension"
kind = "movement"
position = "lying"
equipment = ["mat"]
reps = 8
hold_s = 3
sets = 2
per_side = false
rest_s = 30
cue = "Press up, let the low back relax"
steps = ["Lie face down.", "Put your elbows under your shoulders.", "Press up slowly."]
progressions = []
regressions = []
cautions = []
images = ["a.svg", "b.svg"]
variant_images = { "On straight arms" = ["b.svg"] }
easier = "stomach-lying"
"""


def _broken(old: str, new: str, count: int = 1) -> str:
    assert old in VALID, old
    return VALID.replace(old, new, count)


def test_shipped_catalogue_has_all_24_exercises_of_the_article_in_order() -> None:
    catalogue = load_catalogue()
    assert [e.number for e in catalogue] == list(range(1, 25))
    assert len(set(catalogue.ids())) == 24
    for group, numbers in ARTICLE_GROUPS.items():
        assert [e.number for e in catalogue if e.group == group] == numbers, group


def test_shipped_catalogue_fields_are_filled_and_valid() -> None:
    catalogue = load_catalogue()
    images_dir = resources.path("images")
    for e in catalogue:
        assert e.group in GROUPS and e.direction in DIRECTIONS and e.kind in KINDS
        assert e.position in POSITIONS and set(e.equipment) <= set(EQUIPMENT)
        assert 3 <= len(e.steps) <= 6, e.id
        assert e.cue and len(e.cue) <= 70
        assert e.dose.hold_s or e.dose.reps
        assert 30 <= e.dose.estimated_seconds() <= 5 * 60, e.id
        for frame in [*e.images, *(f for fs in e.variant_images.values() for f in fs)]:
            assert (images_dir / frame).is_file(), frame


def test_wood_chopper_variations_name_their_parent() -> None:
    catalogue = load_catalogue()
    assert [e.number for e in catalogue if e.variant_of == "wood-chopper"] == [22, 23, 24]


def test_shipped_catalogue_directions_follow_the_article_sections() -> None:
    catalogue = load_catalogue()
    for e in catalogue:
        if e.number <= 10:
            assert e.direction == "extension", e.id
        elif e.number <= 18:
            assert e.direction == "flexion", e.id
        else:
            assert e.direction == "rotation", e.id


def test_valid_text_parses_with_links_and_variants() -> None:
    catalogue = parse_catalogue(VALID)
    press = catalogue.get("prone-press")
    assert press.easier == "stomach-lying"
    assert press.dose == Dose(sets=2, rest_s=30, per_side=False, hold_s=3, reps=8)
    assert press.variant_images == {"On straight arms": ("b.svg",)}


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ('name = "Prone press"\n', "", "exercise #2 (prone-press), field 'name': is missing"),
        ('group = "extension-movement"', 'group = "core"', "field 'group': 'core' is not one of"),
        ('kind = "movement"', 'kind = "cardio"', "exercise #1 (stomach-lying), field 'kind'"),
        ('position = "lying"', 'position = "hanging"', "field 'position'"),
        ('equipment = ["mat"]', 'equipment = ["trampoline"]', "field 'equipment': entry 1"),
        ("hold_s = 30\n", "", "exercise #1 (stomach-lying), field 'hold_s': is missing"),
        ("sets = 2", "sets = 0", "field 'sets': must be at least 1"),
        ("sets = 2", 'sets = "two"', "field 'sets': must be a whole number"),
        ("per_side = false", "per_side = 1", "field 'per_side': must be true or false"),
        (
            "per_side = false",
            "per_side = false\nalternating = true",
            "field 'alternating': needs per_side = true and reps",
        ),
        ("per_side = false", 'per_side = false\nalternating = "yes"', "must be true or false"),
        ('"Breathe slowly."]', "]", "field 'steps': has 2 entries; 3-6 expected"),
        ('"Let your body sink into the mat"', '"' + "x" * 71 + '"', "field 'cue': is 71"),
        ('harder = "prone-press"', 'harder = "plank"', "field 'harder': no exercise has id"),
        ('harder = "prone-press"', 'harder = "stomach-lying"', "field 'harder': names itself"),
        ('id = "prone-press"', 'id = "stomach-lying"', "field 'id': used twice"),
        ("number = 2", "number = 1", "field 'number': 1 is used twice"),
        ('id = "stomach-lying"', 'id = "Stomach Lying"', "must be lower-case words"),
        ('images = ["a.svg"]', 'images = ["a.png"]', "field 'images': entry 1 ('a.png')"),
        ('images = ["a.svg"]', "images = []", "field 'images': has 0 entries"),
        ('images = ["a.svg"]', 'images = ["../x.svg"]', "must be a path inside"),
        (
            '{ "On straight arms" = ["b.svg"] }',
            '{ "On straight arms" = [] }',
            "field 'variant_images': 'On straight arms'",
        ),
    ],
)
def test_broken_files_fail_naming_the_exercise_and_field(old: str, new: str, expected: str) -> None:
    with pytest.raises(CatalogueError, match=None) as caught:
        parse_catalogue(_broken(old, new))
    assert expected in str(caught.value)


def test_not_toml_and_empty_files_are_rejected_clearly() -> None:
    with pytest.raises(CatalogueError, match="not valid TOML"):
        parse_catalogue("[[exercise]\nid=")
    with pytest.raises(CatalogueError, match="no \\[\\[exercise\\]\\] tables"):
        parse_catalogue("title = 'nothing here'")


def test_missing_image_file_is_reported_when_checking_a_folder(tmp_path: Path) -> None:
    (tmp_path / "a.svg").write_text("<svg/>")
    with pytest.raises(CatalogueError, match=r"'b.svg'\) does not exist"):
        parse_catalogue(VALID, images_dir=tmp_path)


def test_unreadable_file_is_reported(tmp_path: Path) -> None:
    with pytest.raises(CatalogueError, match="cannot be read"):
        load_catalogue(tmp_path / "missing.toml", images_dir=tmp_path)


def test_dose_descriptions_and_estimates() -> None:
    hold = Dose(sets=3, rest_s=30, per_side=False, hold_s=15)
    assert hold.describe() == "3 sets of a 15 s hold, 30 s rest between sets"
    assert hold.estimated_seconds() == 3 * 15 + 2 * 30
    reps = Dose(sets=1, rest_s=0, per_side=True, reps=10, hold_s=2)
    assert reps.describe() == "1 set of 10 reps (hold 2 s each), each side"
    assert reps.estimated_seconds(seconds_per_rep=3) == 10 * 5 * 2


def test_the_shipped_file_is_plain_toml_data() -> None:
    """The catalogue stays data: readable by any TOML reader, not only our loader."""
    with resources.catalogue_path().open("rb") as handle:
        assert len(tomllib.load(handle)["exercise"]) == 24


def test_the_articles_alternating_movements_alternate() -> None:
    catalogue = load_catalogue(resources.catalogue_path())
    alternating = {e.id for e in catalogue if e.alternating}
    assert alternating == {"standing-side-flexion", "knee-flops", "seated-twist"}
