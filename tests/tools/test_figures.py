"""The illustration generator (tools/figures): deterministic, complete, and a sound model."""

from __future__ import annotations

import hashlib
import math
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:  # `tools` is a top-level folder of the checkout
    sys.path.insert(0, str(ROOT))

from tools.figures import exercises as ex  # noqa: E402
from tools.figures.generate import exercise_svgs, stale_svgs, write_svgs  # noqa: E402
from tools.figures.geometry import length, sub  # noqa: E402
from tools.figures.model import Limb, Pose, Proportions, forward_kinematics  # noqa: E402
from tools.figures.render import HEADER, PALETTE, VIEW_H, VIEW_W  # noqa: E402

RESOURCES = ROOT / "resources"
EXERCISES = RESOURCES / "images" / "exercises"


def _catalogue() -> dict[int, list[str]]:
    """number -> image files named in docs/catalogue.md's table (read independently of the
    generator, so the two cannot agree on a mistake)."""
    table: dict[int, list[str]] = {}
    for line in (ROOT / "docs" / "catalogue.md").read_text(encoding="utf-8").splitlines():
        match = re.match(r"^\|\s*(\d+)\s*\|\s*`[a-z0-9-]+`\s*\|(.*)$", line)
        if match:
            table[int(match[1])] = [f"{n}.svg" for n in re.findall(r"`([a-z0-9-]+)`", match[2])]
    return table


CATALOGUE = _catalogue()
ALL_FILES = sorted({name for names in CATALOGUE.values() for name in names})


def test_catalogue_table_was_read():
    assert sorted(CATALOGUE) == list(range(1, 25))
    assert CATALOGUE[21] == ["wood-chopper-start.svg", "wood-chopper-end.svg"]
    assert len(ALL_FILES) == 54


def test_generator_makes_exactly_the_catalogue_files():
    assert sorted(exercise_svgs()) == ALL_FILES


def test_generation_is_deterministic(tmp_path):
    """Two runs give identical bytes, so regenerating never makes spurious diffs."""
    first, second = tmp_path / "a", tmp_path / "b"
    write_svgs(first)
    write_svgs(second)
    files = sorted(p.relative_to(first) for p in first.rglob("*.svg"))
    assert files
    for rel in files:
        assert (first / rel).read_bytes() == (second / rel).read_bytes(), rel


def test_committed_files_match_the_generator():
    """The SVGs in resources/ are exactly what `python -m tools.figures` writes now: edit
    the poses, not the files (run `python -m tools.figures` after changing them)."""
    assert stale_svgs(RESOURCES) == []


@pytest.mark.parametrize("name", ALL_FILES)
def test_every_catalogue_image_exists_and_is_valid_svg(name):
    from PySide6.QtSvg import QSvgRenderer

    path = EXERCISES / name
    assert path.is_file(), f"{name} is named in docs/catalogue.md but missing"
    text = path.read_text(encoding="utf-8")
    assert text.startswith(HEADER)
    root = ET.fromstring(text)
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert root.get("viewBox") == f"0 0 {VIEW_W} {VIEW_H}"  # thumbnails align
    assert QSvgRenderer(str(path)).isValid()


def test_app_icon_svg_and_rasters_exist():
    from PySide6.QtSvg import QSvgRenderer

    svg = RESOURCES / "images" / "app-icon.svg"
    assert QSvgRenderer(str(svg)).isValid()
    for size in (16, 24, 32, 48, 64, 128, 256, 512, 1024):
        assert (RESOURCES / "images" / "icons" / f"app-icon-{size}.png").is_file()
    ico = (RESOURCES / "images" / "app-icon.ico").read_bytes()
    assert ico[:4] == b"\x00\x00\x01\x00" and int.from_bytes(ico[4:6], "little") >= 6


def test_no_two_exercises_share_a_picture():
    """Every frame is its own drawing, and no two exercises name the same file (the
    wood chopper family, 21, has its own pictures, not the pure rotation's)."""
    by_hash: dict[str, list[str]] = {}
    for name in ALL_FILES:
        digest = hashlib.sha256((EXERCISES / name).read_bytes()).hexdigest()
        by_hash.setdefault(digest, []).append(name)
    assert [names for names in by_hash.values() if len(names) > 1] == []
    named = [name for names in CATALOGUE.values() for name in names]
    assert len(named) == len(set(named))


def test_contact_sheet_rows_follow_the_catalogue():
    """One row per exercise, named from exercises.toml, variants after the default form."""
    from tools.figures.catalogue import entries

    rows = entries(ROOT)
    assert [r.number for r in rows] == list(range(1, 25))
    assert not {f for _, f in rows[20].frames} & {f for _, f in rows[21].frames}  # 21 vs 22
    press = rows[1]
    assert press.name == "Prone press"
    assert [caption for caption, _ in press.frames] == ["start", "end", "On straight arms: end"]


def test_ico_container_layout():
    from tools.figures.raster import ico_container

    data = ico_container([(16, b"a" * 10), (256, b"b" * 20)])
    assert data[:6] == b"\x00\x00\x01\x00\x02\x00"
    assert data[6] == 16 and data[22] == 0  # 0 stands for 256
    first_offset = int.from_bytes(data[18:22], "little")
    assert data[first_offset : first_offset + 10] == b"a" * 10


# --------------------------------------------------------------------------- the model


def _check_lengths(pose: Pose) -> None:
    body = forward_kinematics(pose)
    for a, b, expected in body.segments():
        assert math.isclose(length(sub(body[a], body[b])), expected, abs_tol=1e-6), (a, b)


def test_segment_lengths_hold_in_every_exercise_pose():
    """Whatever angles a pose uses (and whatever the contact solver did), bones keep their
    length: the figure is a rigid skeleton, not a drawing that stretches."""
    poses = 0
    for exercise in ex.all_exercises():
        for picture in exercise.pictures:
            body = picture.body
            assert body is not None
            for a, b, expected in body.segments():
                assert math.isclose(length(sub(body[a], body[b])), expected, abs_tol=1e-6)
            poses += 1
    assert poses == len(ALL_FILES)


angle = st.floats(-170, 170, allow_nan=False)
limb = st.builds(Limb, flex=angle, abd=angle, rot=angle, bend=angle, end=angle)


@settings(max_examples=60, deadline=None)
@given(
    yaw=angle,
    pitch=angle,
    roll=angle,
    spin=angle,
    lumbar=angle,
    lumbar_side=angle,
    lumbar_twist=angle,
    thoracic=angle,
    neck=angle,
    right_arm=limb,
    left_leg=limb,
)
def test_segment_lengths_hold_for_any_angles(**angles):
    _check_lengths(Pose(**angles))


def test_proportions_are_human():
    """Standing upright, joints sit at textbook heights (fractions of stature)."""
    p = Proportions()
    stature = 200.0
    body = forward_kinematics(
        Pose(
            lumbar=0,
            thoracic=0,
            neck=0,
            right_arm=Limb(),
            left_arm=Limb(),
            right_leg=Limb(),
            left_leg=Limb(),
        )
    )
    floor = body["right_ankle"][1] - p.ankle_height

    def height(name: str) -> float:
        return (body[name][1] - floor) / stature

    assert height("right_hip") == pytest.approx(0.53, abs=0.01)
    assert height("right_knee") == pytest.approx(0.285, abs=0.01)
    assert height("right_shoulder") == pytest.approx(0.818, abs=0.015)
    top_of_head = body["head"][1] + p.head_radius
    assert (top_of_head - floor) / stature == pytest.approx(1.0, abs=0.03)


def test_knees_bend_backwards_and_elbows_forwards():
    """Positive knee flexion takes the foot behind the knee; elbow flexion brings the hand
    in front: the directions a physiotherapist expects."""
    body = forward_kinematics(Pose(right_leg=Limb(bend=90), right_arm=Limb(bend=90)))
    assert body["right_ankle"][0] < body["right_knee"][0] - 40
    assert body["right_wrist"][0] > body["right_elbow"][0] + 20


def test_every_figure_rests_on_the_floor_or_the_mat():
    """No figure floats above or sinks into its support (floor 0 or the mat's top)."""
    for exercise in ex.all_exercises():
        for picture in exercise.pictures:
            lowest = picture.body.lowest()
            assert min(abs(lowest), abs(lowest - ex.MAT)) < 0.6, (picture.name, lowest)


def _luminance(colour: str) -> float:
    def channel(c: int) -> float:
        v = c / 255
        return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4

    r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


@pytest.mark.parametrize(
    "colour",
    [
        PALETTE.body_rim,
        PALETTE.body_fill,
        PALETTE.far_rim,
        PALETTE.prop,
        PALETTE.band,
        PALETTE.accent,
    ],
)
def test_colours_read_on_light_and_dark_themes(colour):
    """Transparent pictures: outlines and fills that carry the shape reach 3:1 contrast on
    both the light (#ffffff) and the dark (#1e1e1e) background."""
    for background in ("#ffffff", "#1e1e1e"):
        hi, lo = sorted((_luminance(colour), _luminance(background)), reverse=True)
        assert (hi + 0.05) / (lo + 0.05) >= 3.0, (colour, background)
