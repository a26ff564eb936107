"""Movement from the skeleton: the in-between poses of each exercise, contacts solved.

An exercise's motion runs along its key pictures (start, any middle keys, end). Each
in-between blends the joint angles of the two keys around it, then the contact solver
puts back everything that must not move: a point of the body that is in the same place
in both keys (a heel, the toes, a knee or a hand on the mat) stays exactly there, and a
body that rests on the floor or the mat in both keys rests on it all the way (no
floating, no sinking). Exercise-specific contacts (a back on a bench edge, hands on a
handle) come from the exercise (``Exercise.guide``), props that move with
the body from ``Exercise.follow``.

The frames are sampled evenly along the path; the player chooses the timing (eased, at
the dose's tempo) and plays the path backwards for the way back.
"""

from __future__ import annotations

import gzip
import itertools
import json
from dataclasses import dataclass, replace
from pathlib import Path

from .exercises import Exercise, all_exercises, fk
from .geometry import length, sub
from .model import Body, Goal, Pose, blend, solve
from .render import Picture, layout_for, to_svg

FRAMES_PER_LEG = 48  # samples between two keys: >= 24 distinct pictures a second at 2 s
MOTION_DIR = Path("images") / "motion"
FORMAT = 1

# Points that may be a contact; each moves with the limb parameters listed for it.
CONTACT_POINTS = {
    "right_heel": "right_leg",
    "right_toe": "right_leg",
    "left_heel": "left_leg",
    "left_toe": "left_leg",
    "right_knee": "right_leg",
    "left_knee": "left_leg",
    "right_hand": "right_arm",
    "right_wrist": "right_arm",
    "right_elbow": "right_arm",
    "left_hand": "left_arm",
    "left_wrist": "left_arm",
    "left_elbow": "left_arm",
}
LIMB_PARAMS = ("flex", "bend", "end")
SAME_PLACE = 0.75  # px: a point that moved less than this between keys is held still
SUPPORT_TOLERANCE = 0.5


@dataclass(frozen=True)
class Contacts:
    """What an in-between between two keys must keep."""

    points: dict[str, tuple[float, float, float]]  # joint -> world position
    support: float | None  # height of the floor/mat the body rests on in both keys


@dataclass
class Motion:
    """Every frame of one exercise's movement, start to end, as pictures."""

    id: str
    frames: list[Picture]
    keys: list[int]  # index of each key picture in ``frames``
    contacts: list[Contacts]  # per frame


def contacts_between(a: Body, b: Body) -> Contacts:
    points = {
        name: a[name] for name in CONTACT_POINTS if length(sub(a[name], b[name])) < SAME_PLACE
    }
    low_a, low_b = a.lowest(), b.lowest()
    support = low_a if abs(low_a - low_b) < SUPPORT_TOLERANCE else None
    return Contacts(points, support)


def _lowest(body: Body) -> tuple[float, float, float]:
    return (0.0, body.lowest(), 0.0)


def solve_contacts(
    pose: Pose, contacts: Contacts, limb_params: tuple[str, ...] = LIMB_PARAMS
) -> Pose:
    """Adjust the root and the limbs that carry contacts so every contact holds."""
    goals: list[Goal] = [
        ((lambda body, n=name: body[n]), target, (0, 1, 2))
        for name, target in contacts.points.items()
    ]
    if contacts.support is not None:
        goals.append((_lowest, (0.0, contacts.support, 0.0), (1,)))
    if not goals:
        return pose
    params = ["x", "y", "z"]
    limbs: set[str] | list[str] = {CONTACT_POINTS[name] for name in contacts.points}
    limbs = sorted(limbs)
    params += [f"{limb}.{p}" for limb in limbs for p in limb_params]
    return solve(pose, params, goals, iterations=80)


def _key_pictures(exercise: Exercise) -> list[Picture]:
    by_name = {p.name: p for p in [*exercise.pictures, *exercise.between]}
    names = exercise.path or tuple(p.name for p in exercise.pictures[:2])
    return [by_name[n] for n in names]


def motion_for(exercise: Exercise, frames_per_leg: int = FRAMES_PER_LEG) -> Motion | None:
    """The exercise's movement (for a hold: moving into it), or None without one."""
    keys = _key_pictures(exercise)
    # the last key may be a static hold: the motion is then getting into it
    if len(keys) < 2 or any(k.pose is None for k in keys) or any(k.hold for k in keys[:-1]):
        return None
    frames: list[Picture] = []
    contacts: list[Contacts] = []
    key_index: list[int] = []
    total = (len(keys) - 1) * frames_per_leg
    for leg, (a, b) in enumerate(itertools.pairwise(keys)):
        assert a.pose is not None and b.pose is not None and a.body and b.body
        held = contacts_between(a.body, b.body)
        first = 0 if leg == 0 else 1  # a middle key ends one leg and starts the next
        for i in range(first, frames_per_leg + 1):
            t = i / frames_per_leg
            if i == 0:
                pose = a.pose
            elif i == frames_per_leg:
                pose = b.pose
            else:
                pose = blend(a.pose, b.pose, t)
                if exercise.guide is not None:
                    pose = exercise.guide(pose, (leg * frames_per_leg + i) / total)
                pose = solve_contacts(pose, held, exercise.limb_params or LIMB_PARAMS)
            if i in (0, frames_per_leg):
                key_index.append(len(frames))
            body = fk(pose)
            props = exercise.follow(body) if exercise.follow else list(a.props)
            frames.append(
                replace(
                    a,
                    name=f"{exercise.id}-{len(frames):03d}",
                    body=body,
                    pose=pose,
                    props=props,
                    arrows=[],
                    hold=False,
                )
            )
            contacts.append(held)
    return Motion(exercise.id, frames, sorted(set(key_index)), contacts)


def all_motions() -> list[Motion]:
    out = []
    for exercise in all_exercises():
        motion = motion_for(exercise)
        if motion is not None:
            out.append(motion)
    return out


def motion_document(motion: Motion, exercise: Exercise) -> bytes:
    """The committed file: every frame's SVG, laid out like the stills so they line up."""
    layout = layout_for(list(exercise.pictures) + motion.frames)
    title = motion.id.replace("-", " ").capitalize()
    doc = {
        "format": FORMAT,
        "id": motion.id,
        "keys": motion.keys,
        "frames": [to_svg(f, layout, title) for f in motion.frames],
    }
    text = json.dumps(doc, separators=(",", ":"), ensure_ascii=False)
    return gzip.compress(text.encode("utf-8"), compresslevel=9, mtime=0)


def motion_files() -> dict[Path, bytes]:
    """Path relative to the resources folder -> file bytes, one per moving exercise."""
    files: dict[Path, bytes] = {}
    for exercise in all_exercises():
        motion = motion_for(exercise)
        if motion is not None:
            files[MOTION_DIR / f"{exercise.id}.json.gz"] = motion_document(motion, exercise)
    return files
