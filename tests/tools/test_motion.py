"""Every frame of every motion: a rigid skeleton, contacts held, resting on its support,
inside its picture; and the committed motion files are exactly the generator's output."""

from __future__ import annotations

import gzip
import json
import math
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:  # `tools` is a top-level folder of the checkout
    sys.path.insert(0, str(ROOT))

from tools.figures import exercises as ex  # noqa: E402
from tools.figures.geometry import column, length, scale, sub  # noqa: E402
from tools.figures.motion import (  # noqa: E402
    FRAMES_PER_LEG,
    MOTION_DIR,
    Motion,
    motion_document,
    motion_for,
)
from tools.figures.render import VIEW_H, VIEW_W, _extent, layout_for, picture_groups  # noqa: E402

RESOURCES = ROOT / "resources"
CONTACT_TOLERANCE = 0.5  # world px (about 0.6 screen px at the largest zoom)


@pytest.fixture(scope="module")
def generated() -> list[tuple[ex.Exercise, Motion, bytes]]:
    """One generator pass (a contact solve per frame: about a minute) shared by the tests."""
    out = []
    for exercise in ex.all_exercises():
        motion = motion_for(exercise)
        if motion is not None:
            out.append((exercise, motion, motion_document(motion, exercise)))
    return out


def test_every_moving_exercise_has_a_motion(generated):
    moving = {e.id for e, _, _ in generated}
    assert moving == {e.id for e in ex.all_exercises()}  # a hold: moving into it
    for _, motion, _ in generated:
        assert len(motion.frames) == FRAMES_PER_LEG * (len(motion.keys) - 1) + 1
        assert motion.keys[0] == 0 and motion.keys[-1] == len(motion.frames) - 1


def test_committed_motion_files_equal_the_generator(generated):
    committed = sorted(p.name for p in (RESOURCES / MOTION_DIR).glob("*.json.gz"))
    assert committed == sorted(f"{e.id}.json.gz" for e, _, _ in generated)
    for exercise, _, data in generated:
        path = RESOURCES / MOTION_DIR / f"{exercise.id}.json.gz"
        assert path.read_bytes() == data, f"{path} is stale: run python -m tools.figures"


def test_motion_starts_and_ends_on_the_key_pictures(generated):
    for exercise, motion, _ in generated:
        keys = {p.name: p for p in [*exercise.pictures, *exercise.between]}
        names = exercise.path or tuple(p.name for p in exercise.pictures[:2])
        for index, name in zip(motion.keys, names, strict=True):
            assert motion.frames[index].pose == keys[name].pose, (exercise.id, name)


def test_bones_keep_their_length_on_every_frame(generated):
    for _, motion, _ in generated:
        for frame in motion.frames:
            body = frame.body
            for a, b, expected in body.segments():
                assert math.isclose(length(sub(body[a], body[b])), expected, abs_tol=1e-6)


def test_contacts_hold_on_every_frame(generated):
    """A heel, the toes, a knee or a hand that is in the same place at both ends stays
    there all the way: nothing slides."""
    checked = 0
    for exercise, motion, _ in generated:
        for i, (frame, contacts) in enumerate(zip(motion.frames, motion.contacts, strict=True)):
            for name, where in contacts.points.items():
                moved = length(sub(frame.body[name], where))
                assert moved < CONTACT_TOLERANCE, (exercise.id, i, name, moved)
                checked += 1
    assert checked > 1000


def test_nothing_floats_or_sinks_on_any_frame(generated):
    """A body resting on the floor or the mat at both ends rests on it all the way, and
    no frame goes through the floor."""
    for exercise, motion, _ in generated:
        for i, (frame, contacts) in enumerate(zip(motion.frames, motion.contacts, strict=True)):
            lowest = frame.body.lowest()
            assert lowest > -CONTACT_TOLERANCE, (exercise.id, i, lowest)
            if contacts.support is not None:
                assert abs(lowest - contacts.support) < CONTACT_TOLERANCE, (exercise.id, i)


def test_exercise_specific_contacts_hold(generated):
    """The hip thrust's upper back stays on the bench edge with the feet put; the
    chopper's hands stay together on the handle."""
    for exercise, motion, _ in generated:
        for i, frame in enumerate(motion.frames):
            body = frame.body
            if exercise.id == "hip-thrust":
                back = _upper_back(body)
                assert abs(back[0] - 2.0) < 1.0 and abs(back[1] - 46.0) < 2.5, i  # bench edge
                ankle_x = motion.frames[0].body["right_ankle"][0]
                assert abs(body["right_ankle"][0] - ankle_x) < 0.5, i  # feet stay put
                assert abs(body["right_heel"][1] - ex.P.w_foot / 2) < 0.5, i  # heel down
            if exercise.id.startswith("wood-chopper"):
                # both hands on the handle, at the keys and in between
                apart = length(sub(ex.hand_centre(body, "right"), ex.hand_centre(body, "left")))
                assert apart < 2.5, (exercise.id, i, apart)


def _upper_back(body):
    return body.surface(3, scale(column(body.frames["spine3"], 0), -1.0))


def test_every_frame_fits_inside_its_picture(generated):
    for exercise, motion, _ in generated:
        layout = layout_for(list(exercise.pictures) + motion.frames)
        for i, frame in enumerate(motion.frames):
            x0, x1, y0, y1 = _extent(picture_groups(frame))
            (left, top), (right, bottom) = layout.xy((x0, y1)), layout.xy((x1, y0))
            assert left >= 0 and top >= 0, (exercise.id, i)
            assert right <= VIEW_W and bottom <= VIEW_H, (exercise.id, i)


def test_consecutive_frames_are_small_steps(generated):
    """Evenly sampled: no frame jumps (a jump would read as a picture changing), the
    chopper's elbows included (its arms are solved from the neighbouring pose)."""
    for exercise, motion, _ in generated:
        for i, (a, b) in enumerate(zip(motion.frames, motion.frames[1:], strict=False)):
            step = max(length(sub(a.body[n], b.body[n])) for n in a.body.points)
            assert step < 12.0, (exercise.id, i, step)


def test_no_two_exercises_share_a_motion(generated):
    documents = [json.loads(gzip.decompress(data))["frames"] for _, _, data in generated]
    middles = [frames[len(frames) // 2] for frames in documents]
    assert len(set(middles)) == len(middles)
