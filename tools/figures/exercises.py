"""The poses of every exercise: which frames exist, how the body sits in each, and the
props around it. Edit here to change an illustration, then run ``python -m tools.figures``.

Conventions (see ``model``): side views look at the figure's right side with the figure
facing +x; angles are degrees; ``Limb(flex, abd, rot, bend, end)``. Contacts (feet flat on
the floor, shoulders on a bench, forearms on a wall) are solved with ``solve`` so they
stay exact when an angle is edited.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace

from . import props as pr
from .geometry import Vec3, add, column, length, scale, sub
from .model import (
    Body,
    Goal,
    Limb,
    Pose,
    Proportions,
    blend,
    forward_kinematics,
    point,
    solve,
)
from .render import FRONT_VIEW, SIDE, Arrow, Camera, Picture

P = Proportions()
MAT = pr.MAT_THICKNESS
ARMS = ("right_shoulder", "right_elbow", "right_wrist", "left_shoulder", "left_elbow", "left_wrist")
LEGS = (
    "right_hip",
    "right_knee",
    "right_ankle",
    "right_heel",
    "left_hip",
    "left_knee",
    "left_ankle",
    "left_heel",
)


@dataclass
class Exercise:
    """One exercise's pictures, plus what its motion needs beyond them (``motion``).

    ``path`` names the key pictures the movement runs through (start first; default the
    first two), which may include ``between``: middle keys the path needs that are no
    picture of their own (no file is written for them); ``follow`` builds props that
    move with the body (weights, a band);
    ``guide`` re-poses an in-between at fraction t of the path, for contacts the
    automatic ones do not cover (hands on a handle travelling along an arc, an upper
    back on a bench edge).
    """

    number: int
    id: str
    pictures: list[Picture]
    path: tuple[str, ...] = ()
    follow: Callable[[Body], list[pr.Prop]] | None = None
    guide: Callable[[Pose, float], Pose] | None = None
    between: list[Picture] = field(default_factory=list)
    limb_params: tuple[str, ...] = ()  # what the contact solver may turn (default: motion's)


# ------------------------------------------------------------------------------ helpers


def fk(pose: Pose) -> Body:
    return forward_kinematics(pose, P)


def settle(
    pose: Pose,
    support: float = 0.0,
    anchor: str = "right_ankle",
    x: float | None = 0.0,
    skip: tuple[str, ...] = (),
    z: float | None = None,
) -> Pose:
    """Move the root so the body's lowest point rests on ``support`` and ``anchor`` is at
    (x, z) (None keeps that coordinate)."""
    body = fk(pose)
    dy = support - body.lowest(skip)
    dx = 0.0 if x is None else x - body[anchor][0]
    dz = 0.0 if z is None else z - body[anchor][2]
    return replace(pose, x=pose.x + dx, y=pose.y + dy, z=pose.z + dz)


def rel(a: str, b: str) -> Callable[[Body], Vec3]:
    """Landmark: the vector from joint b to joint a."""
    return lambda body: sub(body[a], body[b])


def at(landmark: str | Callable[[Body], Vec3], target: Sequence[float], axes: str = "xy") -> Goal:
    """A goal: ``landmark`` reaches ``target`` along the named axes."""
    fn = point(landmark) if isinstance(landmark, str) else landmark
    full = tuple(target) + (0.0,) * (3 - len(target))
    return (fn, full, tuple("xyz".index(a) for a in axes))  # type: ignore[return-value]


def reach(pose: Pose, params: Sequence[str], *goals: Goal) -> Pose:
    return solve(pose, params, goals, P)


def both_arms(pose: Pose) -> Pose:
    """Copy the right arm's angles to the left (symmetrical arms)."""
    return replace(pose, left_arm=pose.right_arm)


def both_legs(pose: Pose) -> Pose:
    return replace(pose, left_leg=pose.right_leg)


def feet_flat(pose: Pose, sides: Sequence[str] = ("right", "left")) -> Pose:
    """Turn the ankles so each sole is level and faces the floor.

    Solved in closed form: in the shin's frame the foot points along (cos e, sin e); its
    world height change is zero for e = atan2(-x_y, y_y) (x, y the shin frame's axes),
    and that root is the one with the sole facing down.
    """
    for side in sides:
        shin = fk(pose).frames[f"{side}_shin"]
        end = math.degrees(math.atan2(-column(shin, 0)[1], column(shin, 1)[1]))
        pose = pose.with_param(f"{side}_leg.end", end)
    return pose


Landmark = str | Callable[[Body], Vec3]


def track(start: Pose, end: Pose, landmark: Landmark, steps: int = 12) -> tuple[Vec3, ...]:
    """The route of a body landmark from the start pose to the end pose."""
    fn = point(landmark) if isinstance(landmark, str) else landmark
    return tuple(fn(fk(blend(start, end, i / steps))) for i in range(steps + 1))


def arrow(
    start: Pose,
    end: Pose,
    landmark: Landmark,
    offset: tuple[float, float] = (0.0, 0.0),
    trim: float = 0.12,
) -> Arrow:
    return Arrow(track(start, end, landmark), offset, trim)


def spin_arrow(centre: Vec3, radius: float, from_deg: float, to_deg: float) -> Arrow:
    """A curved arrow around a vertical axis through ``centre`` (0 degrees = the figure's
    front, positive = turning to the figure's left): the cue for a twist."""
    steps = 16
    pts = []
    for i in range(steps + 1):
        a = math.radians(from_deg + (to_deg - from_deg) * i / steps)
        pts.append(add(centre, (radius * math.cos(a), 0.0, -radius * math.sin(a))))
    return Arrow(tuple(pts), (0.0, 0.0), 0.0)


def straight_arrow(near: Vec3, offset: tuple[float, float], vector: tuple[float, float]) -> Arrow:
    """A short straight arrow beside ``near`` (screen offset), for small movements whose
    real path would be too short to draw."""
    a = near
    b = (near[0] + vector[0], near[1] + vector[1], near[2])
    return Arrow((a, b), offset, 0.0)


def pic(
    name: str,
    pose: Pose,
    props: Sequence[pr.Prop] = (),
    camera: Camera = SIDE,
    arrows: Sequence[Arrow] = (),
    hold: bool = False,
    floor: bool = True,
    zoom: float = 0.0,
) -> Picture:
    return Picture(name, fk(pose), list(props), camera, list(arrows), floor, hold, pose, zoom)


def hand_centre(body: Body, side: str) -> Vec3:
    """Where a held object sits: the middle of the hand."""
    w, h = body[f"{side}_wrist"], body[f"{side}_hand"]
    return add(w, scale(sub(h, w), 0.55))


DOWN: Vec3 = (0.0, -1.0, 0.0)
UP: Vec3 = (0.0, 1.0, 0.0)
LATERAL: Vec3 = (0.0, 0.0, 1.0)


STAND = Pose()  # relaxed upright stance, the default pose

# Prone (face down) lying, head to the right: the base of several exercises.
PRONE_LEGS = {"right_leg": Limb(abd=3, end=-58), "left_leg": Limb(abd=3, end=-58)}
PRONE = Pose(pitch=90, lumbar=-6, thoracic=4, neck=-8, **PRONE_LEGS)


# ------------------------------------------------------------------- 1-3 extension


def stomach_lying() -> Exercise:
    # face down, forehead towards the mat: the nose points at the mat, which tells face
    # down from face up at a glance (a head turned to the side hid the face cue)
    pose = replace(
        PRONE,
        neck=-4,
        head=-30,
        right_arm=Limb(abd=6, rot=-80, bend=4),
        left_arm=Limb(abd=6, rot=-80, bend=4),
    )
    pose = settle(pose, MAT, "spine0", 0)
    # getting there: from hands and knees, lowered down onto the stomach
    kneel = _all_fours(replace(FOUR_POINT, neck=-14), hand_ahead=6)
    kneel = settle(kneel, MAT, "right_knee", fk(pose)["right_knee"][0])
    # on the way (not a picture of its own): lying down, the hands still where they were
    kneeling = fk(kneel)
    down = replace(pose, right_arm=Limb(flex=-20, abd=50, rot=-40, bend=110, end=40))
    down = reach(
        down,
        ["right_arm.flex", "right_arm.abd", "right_arm.rot", "right_arm.bend", "right_arm.end"],
        at("right_hand", kneeling["right_hand"], "xyz"),
        at("right_wrist", kneeling["right_wrist"], "xyz"),
    )
    down = both_arms(down)
    mat = pr.mat(-128, 132)
    return Exercise(
        1,
        "stomach-lying",
        [
            pic("stomach-lying-start", kneel, [mat]),
            pic("stomach-lying-hold", pose, [mat], hold=True),
        ],
        path=("stomach-lying-start", "stomach-lying-down", "stomach-lying-hold"),
        between=[pic("stomach-lying-down", down, [mat])],
        # a planted hand keeps both its heel and its fingers down while the body lowers:
        # the arm needs its sideways swing and turn as well
        limb_params=("flex", "abd", "rot", "bend", "end"),
    )


def _prone_on_forearms(pose: Pose, elbow_ahead: float) -> Pose:
    """Forearms flat on the mat, the elbow ``elbow_ahead`` px in front of the shoulder;
    the lumbar extension is solved so that this fits (pelvis stays down)."""
    r = P.w_forearm / 2
    pose = settle(pose, MAT, "spine0", 0, skip=ARMS)
    pose = reach(
        pose,
        ["right_arm.flex", "right_arm.bend", "lumbar"],
        at(rel("right_elbow", "right_shoulder"), (elbow_ahead,), "x"),
        at("right_elbow", (0, MAT + P.w_upper_arm / 2), "y"),
        at("right_hand", (0, MAT + r), "y"),
    )
    return both_arms(pose)


def prone_press() -> Exercise:
    start = replace(PRONE, right_arm=Limb(flex=150, abd=10, bend=30), neck=-6)
    start = settle(start, MAT, "spine0", 0, skip=ARMS)
    r = P.w_forearm / 2
    start = both_arms(
        reach(
            start,
            ["right_arm.flex", "right_arm.bend"],
            at("right_elbow", (0, MAT + r + 1), "y"),
            at("right_hand", (0, MAT + r), "y"),
        )
    )
    elbows = _prone_on_forearms(
        replace(
            PRONE,
            pitch=88,
            lumbar=-26,
            thoracic=-20,
            neck=-14,
            right_arm=Limb(flex=80, abd=8, bend=95),
        ),
        elbow_ahead=4,
    )
    hands = replace(
        PRONE,
        pitch=86,
        lumbar=-40,
        thoracic=-26,
        neck=-12,
        right_arm=Limb(flex=70, abd=8, bend=4, end=95),
    )
    hands = settle(hands, MAT, "spine0", 0, skip=ARMS)
    rh = P.w_hand / 2
    hands = both_arms(
        reach(
            hands,
            ["right_arm.flex", "lumbar", "right_arm.end"],
            at(rel("right_wrist", "right_shoulder"), (10,), "x"),
            at("right_wrist", (0, MAT + rh + 1), "y"),
            at("right_hand", (0, MAT + rh), "y"),
        )
    )
    mat = pr.mat(-128, 140)
    return Exercise(
        2,
        "prone-press",
        [
            pic("prone-press-start", start, [mat]),
            pic("prone-press-end", elbows, [mat], arrows=[arrow(start, elbows, "head", (18, 26))]),
            pic(
                "prone-press-hands-end",
                hands,
                [mat],
                arrows=[arrow(start, hands, "head", (22, 26))],
            ),
        ],
    )


def _hands_on_low_back(pose: Pose) -> Pose:
    """Both hands flat on the lower back, fingers down (elbows out behind)."""

    def low_back(body: Body) -> Vec3:
        # just above the pelvis: far enough down that the arms hang close to the trunk
        # (higher up, the elbows rose towards the face as the body leaned back)
        frame = body.frames["spine0"]
        back = scale(column(frame, 0), -1.0)
        return add(body.surface(0, back), scale(column(frame, 1), 8.0))

    def wrist_to_back(body: Body) -> Vec3:
        return sub(body["right_wrist"], low_back(body))

    pose = reach(
        pose,
        ["right_arm.flex", "right_arm.bend", "right_arm.end"],
        at(wrist_to_back, (-7, 0), "xy"),
        # fingers down (the hand hangs from the wrist), not turned up over it
        at(lambda b: sub(b["right_hand"], b["right_wrist"]), (0, -0.9 * P.hand), "xy"),
    )
    return both_arms(pose)


def above_head(body: Body) -> Vec3:
    """A point well above the head along the neck: its path is a wide arc that shows
    which way the upper body tips (the head's own path is too short to see)."""
    return add(body["neck_top"], scale(column(body.frames["neck"], 1), 3.4 * P.head_radius))


def standing_extension() -> Exercise:
    # elbows out to the sides and a little back: from the side the arms stay close to
    # the trunk, so the arched back, not a raised elbow, makes the outline (an elbow
    # pointing straight back rose towards the face as the body leaned back)
    arm = Limb(flex=-20, abd=50, rot=0, bend=90, end=-20)
    start = _hands_on_low_back(replace(STAND, right_arm=arm, left_arm=arm))
    start = settle(start)
    # leaning back: hips pushed forward past the feet, the low back arched round the
    # hands, chest and face turned up. A small lean with the head level read as a
    # slouch (or a bow forwards) at thumbnail size.
    lean = replace(
        STAND,
        pitch=-4,
        lumbar=-42,
        thoracic=-4,
        neck=-10,
        head=-14,
        right_leg=Limb(flex=-26, abd=2, bend=6),
        left_leg=Limb(flex=-26, abd=2, bend=6),
        right_arm=arm,
        left_arm=arm,
    )
    lean = feet_flat(lean)
    lean = settle(_hands_on_low_back(lean))
    # against a wall: the upper back rests on the wall behind, hips pushed forward
    wall_x = -40.0
    hang = Limb(flex=-10, abd=8, bend=12)
    knees = Limb(flex=-2, abd=2, bend=10)
    leaning = replace(
        STAND,
        pitch=-12,
        lumbar=-32,
        thoracic=-6,
        neck=14,
        head=6,
        right_arm=hang,
        left_arm=hang,
        right_leg=knees,
        left_leg=knees,
    )

    def upper_back_from_heels(body: Body) -> Vec3:
        return sub(body.surface(3, (-1.0, 0.0, 0.0)), body["right_ankle"])

    def head_back_from_heels(body: Body) -> Vec3:
        return sub(body["head"], body["right_ankle"])

    leaning = reach(
        leaning,
        ["pitch", "neck"],
        at(upper_back_from_heels, (wall_x,), "x"),
        at(head_back_from_heels, (wall_x + P.head_radius + 1,), "x"),
    )
    leaning = reach(
        leaning, ["right_arm.flex"], at(rel("right_wrist", "right_shoulder"), (0,), "x")
    )
    leaning = settle(feet_flat(both_arms(leaning)))
    return Exercise(
        3,
        "standing-extension",
        [
            pic("standing-extension-start", start),
            pic(
                "standing-extension-end",
                lean,
                arrows=[arrow(start, lean, above_head, (0, 0), trim=0.04)],
            ),
            pic(
                "standing-extension-wall-end",
                leaning,
                [pr.wall(wall_x, -1)],
                arrows=[arrow(start, leaning, "head", (4, 22))],
            ),
        ],
    )


# --------------------------------------------------------------------- 4-6 anti-flexion


def _all_fours(pose: Pose, hand_ahead: float, fingertips: bool = False) -> Pose:
    """On hands and knees: thighs vertical, shins and feet on the mat, arms straight down
    to the hands, which lie flat or stand on their fingertips (wrist lifted)."""
    rs, rh = P.w_shin / 2, P.w_hand / 2
    # flat: the hand is level; fingertips: the wrist is most of a hand above the fingers
    wrist_lift = P.hand * 0.95 if fingertips else 0.0
    pose = both_legs(pose)
    pose = reach(
        pose,
        ["y", "pitch", "right_leg.flex", "right_arm.flex", "right_arm.end"],
        at(rel("right_knee", "right_hip"), (0,), "x"),
        at("right_knee", (0, MAT + rs), "y"),
        at(rel("right_wrist", "right_shoulder"), (hand_ahead,), "x"),
        at("right_hand", (0, MAT + rh), "y"),
        at(rel("right_wrist", "right_hand"), (0, wrist_lift), "y"),
    )
    return settle(both_legs(both_arms(pose)), MAT, "right_knee", 0)


FOUR_POINT = Pose(
    pitch=80,
    lumbar=-2,
    thoracic=6,
    neck=-10,
    right_leg=Limb(flex=90, abd=2, bend=90, end=-62),
    right_arm=Limb(flex=80, abd=4, bend=4, end=88),
)


def four_point_finger_prop() -> Exercise:
    start = _all_fours(FOUR_POINT, hand_ahead=6)
    end = _all_fours(
        replace(FOUR_POINT, right_arm=Limb(flex=80, abd=4, bend=2, end=40)),
        hand_ahead=6,
        fingertips=True,
    )
    mat = pr.mat(-90, 150)
    return Exercise(
        4,
        "four-point-finger-prop",
        [
            pic("four-point-finger-prop-start", start, [mat]),
            pic(
                "four-point-finger-prop-end",
                end,
                [mat],
                # from the mat up past the wrist: the heel of the hand lifts, the
                # fingertips stay down (a short arrow by the wrist was lost at a distance)
                arrows=[straight_arrow(fk(end)["right_wrist"], (20.0, -24.0), (0.0, 48.0))],
            ),
        ],
    )


def _dumbbells(body: Body, layer: str = pr.DEPTH) -> list[pr.Prop]:
    items: list[pr.Prop] = []
    for side in ("right", "left"):
        items += pr.dumbbell(hand_centre(body, side), LATERAL, layer)
    return items


def standing_biceps_curl() -> Exercise:
    hang = Limb(flex=2, abd=6, rot=-20, bend=6, end=0)
    start = settle(replace(STAND, right_arm=hang, left_arm=hang))
    curl = Limb(flex=8, abd=6, rot=-10, bend=135, end=-10)
    end = settle(replace(STAND, right_arm=curl, left_arm=replace(curl, flex=12, bend=128)))
    return Exercise(
        5,
        "standing-biceps-curl",
        [
            pic("standing-biceps-curl-start", start, _dumbbells(fk(start))),
            pic(
                "standing-biceps-curl-end",
                end,
                _dumbbells(fk(end)),
                arrows=[arrow(start, end, "right_hand", (30, 0))],
            ),
        ],
        follow=_dumbbells,
    )


def _hands_on_thighs(pose: Pose, where: float) -> Pose:
    """Hands resting on the front of the thighs, ``where`` of the way to the knee."""

    def spot(body: Body) -> Vec3:
        hip, knee = body["right_hip"], body["right_knee"]
        frame = body.frames["right_thigh"]
        return add(
            add(hip, scale(sub(knee, hip), where)), scale(column(frame, 0), P.w_thigh / 2 + 4)
        )

    pose = reach(
        pose,
        ["right_arm.flex", "right_arm.bend"],
        at(lambda b: sub(hand_centre(b, "right"), spot(b)), (0, 0), "xy"),
    )
    return both_arms(pose)


def romanian_deadlift() -> Exercise:
    arm = Limb(flex=10, abd=4, bend=10, end=0)
    start = replace(
        STAND,
        right_arm=arm,
        left_arm=arm,
        right_leg=Limb(abd=2, bend=6),
        left_leg=Limb(abd=2, bend=6),
    )
    start = settle(feet_flat(_hands_on_thighs(start, 0.45)))
    hinge = replace(
        STAND,
        pitch=72,
        lumbar=-6,
        thoracic=6,
        neck=-6,
        right_arm=arm,
        left_arm=arm,
        right_leg=Limb(flex=80, abd=2, bend=22),
    )
    # hips back, shins near vertical, the feet where they were
    hinge = reach(hinge, ["right_leg.flex"], at(rel("right_knee", "right_ankle"), (8,), "x"))
    hinge = feet_flat(both_legs(hinge))
    end = settle(_hands_on_thighs(hinge, 0.92))
    weighted = both_arms(
        reach(
            settle(hinge),
            ["right_arm.flex", "right_arm.bend"],
            at(rel("right_wrist", "right_shoulder"), (4,), "x"),
            at(rel("right_hand", "right_wrist"), (0,), "x"),
        )
    )
    weighted = settle(weighted)
    return Exercise(
        6,
        "romanian-deadlift",
        [
            pic("romanian-deadlift-start", start),
            pic("romanian-deadlift-end", end, arrows=[arrow(start, end, "spine0", (-16, 14))]),
            pic(
                "romanian-deadlift-weighted-end",
                weighted,
                _dumbbells(fk(weighted)),
                arrows=[arrow(start, weighted, "spine0", (-16, 14))],
            ),
        ],
    )


# ------------------------------------------------------------ 7-10 extension through range


def jefferson_curl() -> Exercise:
    hang = Limb(flex=4, abd=4, bend=6)
    start = settle(
        replace(
            STAND,
            right_arm=hang,
            left_arm=hang,
            right_leg=Limb(abd=2, bend=3),
            left_leg=Limb(abd=2, bend=3),
        )
    )
    # rolled down vertebra by vertebra: a round back from the tail to the tucked chin,
    # the head low between the arms, unlike the flat back of the Romanian deadlift
    curl = replace(
        STAND,
        pitch=40,
        lumbar=42,
        thoracic=46,
        neck=34,
        head=10,
        right_leg=Limb(flex=42, abd=2, bend=4),
        right_arm=Limb(flex=100, abd=4, bend=6),
    )
    curl = feet_flat(both_legs(curl))
    # arms hang straight down towards the feet
    curl = reach(curl, ["right_arm.flex"], at(rel("right_hand", "right_shoulder"), (0,), "x"))
    end = settle(both_arms(curl))
    return Exercise(
        7,
        "jefferson-curl",
        [
            pic("jefferson-curl-start", start),
            pic("jefferson-curl-end", end, arrows=[arrow(start, end, "head", (30, 6))]),
        ],
    )


def hands_on_hips(pose: Pose, sides: Sequence[str] = ("right", "left")) -> Pose:
    """Hands resting on the sides of the pelvis, elbows out."""
    for side in sides:
        s = 1.0 if side == "right" else -1.0

        def spot(body: Body, s: float = s) -> Vec3:
            frame = body.frames["pelvis"]
            lateral = scale(column(frame, 2), s)
            on_side = body.surface(0, lateral)
            return add(add(on_side, scale(column(frame, 1), 10.0)), scale(lateral, 4.0))

        pose = reach(
            pose,
            [f"{side}_arm.flex", f"{side}_arm.abd", f"{side}_arm.bend"],
            at(
                lambda b, side=side, spot=spot: sub(hand_centre(b, side), spot(b)), (0, 0, 0), "xyz"
            ),
        )
    return pose


def hip_thrust() -> Exercise:
    bench_top, edge_x = 46.0, 0.0
    rest = (edge_x + 2, bench_top)

    def upper_back(body: Body) -> Vec3:
        frame = body.frames["spine3"]
        return body.surface(3, scale(column(frame, 0), -1.0))

    arm = Limb(flex=150, abd=20, bend=10)
    knee90 = Limb(flex=60, abd=6, bend=90)

    def arms_on_bench(pose: Pose) -> Pose:
        """Upper arms resting back along the bench top."""
        r = P.w_upper_arm / 2
        pose = reach(
            pose,
            ["right_arm.flex", "right_arm.bend"],
            at("right_elbow", (edge_x - 26, bench_top + r), "xy"),
            at("right_wrist", (0, bench_top + r), "y"),
        )
        return both_arms(pose)

    bridge = replace(
        STAND,
        pitch=-88,
        lumbar=-4,
        thoracic=4,
        neck=34,
        right_leg=knee90,
        right_arm=arm,
        left_arm=arm,
    )
    # shoulders on the bench edge, hips level with knees and shoulders, feet flat
    bridge = reach(
        bridge,
        ["x", "y", "pitch", "right_leg.flex", "right_leg.bend"],
        at(upper_back, rest, "xy"),
        at(rel("right_knee", "right_hip"), (0,), "y"),
        at("right_heel", (0, P.w_foot / 2), "y"),
        at(rel("right_ankle", "right_knee"), (0,), "x"),
    )
    bridge = arms_on_bench(feet_flat(both_legs(bridge)))
    feet_x = fk(bridge)["right_ankle"][0]
    low = replace(
        bridge, pitch=-40, lumbar=4, thoracic=10, neck=28, right_leg=Limb(flex=70, abd=6, bend=80)
    )

    def seat(body: Body) -> Vec3:
        return body.surface(0, (0.0, -1.0, 0.0))

    for _ in range(4):  # the flat foot and the knee angle depend on each other
        low = reach(
            low,
            ["x", "y", "pitch", "right_leg.flex", "right_leg.bend"],
            at(upper_back, rest, "xy"),
            at(seat, (0, 4), "y"),
            at("right_heel", (0, P.w_foot / 2), "y"),
            at("right_ankle", (feet_x,), "x"),
        )
        low = feet_flat(low, ["right"])
    low = arms_on_bench(both_legs(low))  # heels on the floor, the seat just above it
    bench = pr.bench(edge_x, bench_top, 64, -1)

    back_low, back_bridge = upper_back(fk(low)), upper_back(fk(bridge))

    def between(pose: Pose, t: float) -> Pose:
        """In between, the trunk tilts as blended while the upper back stays on the
        bench edge (where the two keys have it) and the feet stay flat where they are."""
        on_edge = add(back_low, scale(sub(back_bridge, back_low), t))
        pose = reach(
            pose,
            ["x", "y", "right_leg.flex", "right_leg.bend"],
            at(upper_back, on_edge, "xy"),
            at("right_heel", (0, P.w_foot / 2), "y"),
            at("right_ankle", (feet_x,), "x"),
        )
        return arms_on_bench(feet_flat(both_legs(pose)))

    return Exercise(
        8,
        "hip-thrust",
        [
            pic("hip-thrust-start", low, bench),
            pic("hip-thrust-end", bridge, bench, arrows=[arrow(low, bridge, "spine0", (0, -30))]),
        ],
        guide=between,
    )


def side_plank() -> Exercise:
    # against a wall, seen from the front: the wall is on the figure's right (+z)
    wall_z = 112.0
    rf = P.w_forearm / 2
    lean = replace(
        STAND,
        roll=24,
        lumbar=-4,
        right_arm=Limb(flex=0, abd=75, rot=-90, bend=90),
        left_arm=Limb(abd=30, bend=60),
        right_leg=Limb(abd=-1),
        left_leg=Limb(abd=-1),
    )
    lean = settle(lean, z=0.0)
    lean = reach(
        lean,
        ["roll", "right_arm.abd", "right_arm.bend", "right_arm.rot"],
        at("right_elbow", (0, 0, wall_z - rf), "z"),
        at(rel("right_elbow", "right_shoulder"), (0, -14), "y"),
        at(rel("right_wrist", "right_elbow"), (0, 0, 0), "xz"),
    )
    lean = hands_on_hips(settle(lean, z=0.0), ["left"])
    wall = pr.wall_z(wall_z, 1)
    # getting there: upright beside the wall, the forearm raised, then leaning onto it
    upright = replace(lean, roll=0.0, right_arm=replace(lean.right_arm, abd=60.0))
    upright = hands_on_hips(settle(upright, z=0.0), ["left"])
    # on the floor: on the right forearm and the side of the right foot
    rs = P.w_shin / 2
    floor = replace(
        STAND,
        roll=70,
        lumbar=-2,
        thoracic=4,
        right_arm=Limb(flex=20, abd=70, rot=80, bend=90),
        left_arm=Limb(abd=30, bend=60),
        right_leg=Limb(abd=0),
        left_leg=Limb(abd=-3),
    )
    floor = reach(
        floor,
        ["y", "roll", "right_arm.abd", "right_arm.bend", "right_arm.rot"],
        at("right_elbow", (0, MAT + rf), "y"),
        at(rel("right_elbow", "right_shoulder"), (0, 0, 0), "z"),
        at("right_ankle", (0, MAT + rs), "y"),
        at("right_wrist", (0, MAT + rf), "y"),
        at(rel("right_wrist", "right_elbow"), (P.forearm * 0.9, 0, 0), "xz"),
    )
    floor = hands_on_hips(settle(floor, MAT, "right_ankle", x=0.0, z=-90.0), ["left"])
    mat = pr.mat(-40, 40, -110, 120)
    return Exercise(
        9,
        "side-plank",
        [
            pic("side-plank-wall-start", upright, [wall], FRONT_VIEW),
            pic("side-plank-wall-hold", lean, [wall], FRONT_VIEW, hold=True),
            pic("side-plank-floor-hold", floor, [mat], FRONT_VIEW, hold=True),
        ],
        path=("side-plank-wall-start", "side-plank-wall-hold"),
    )


def standing_side_flexion() -> Exercise:
    arms = Limb(abd=5, bend=6)
    start = settle(replace(STAND, right_arm=arms, left_arm=arms), z=0.0)
    bend = replace(
        STAND,
        lumbar_side=22,
        thoracic_side=20,
        neck_side=6,
        roll=-4,
        right_arm=arms,
        left_arm=Limb(abd=30, bend=60),
    )
    bend = hands_on_hips(bend, ["left"])

    def outside_knee(body: Body) -> Vec3:
        knee = body["right_knee"]
        return add(knee, (0.0, 0.0, P.w_thigh / 2 + P.w_hand / 2 + 1))

    bend = reach(
        bend,
        ["right_arm.abd", "right_arm.bend", "right_arm.flex"],
        at(lambda b: sub(b["right_hand"], outside_knee(b)), (0, 0, 0), "xyz"),
    )
    bend = settle(bend, z=0.0)
    return Exercise(
        10,
        "standing-side-flexion",
        [
            pic("standing-side-flexion-start", start, camera=FRONT_VIEW),
            pic(
                "standing-side-flexion-end",
                bend,
                camera=FRONT_VIEW,
                arrows=[arrow(start, bend, "head", (0, 24), trim=0.05)],
            ),
        ],
    )


# ---------------------------------------------------------------------- 11-13 flexion

# Supine (on the back), head to the left of a side view.
SUPINE = Pose(
    pitch=-90,
    lumbar=-4,
    thoracic=6,
    neck=4,
    right_arm=Limb(abd=10, bend=6),
    left_arm=Limb(abd=10, bend=6),
)


def lie_back(pose: Pose, anchor: str = "spine0", x: float = 0.0) -> Pose:
    """Rest the trunk and head on the mat (legs and arms placed afterwards)."""
    return settle(pose, MAT, anchor, x, skip=ARMS + LEGS)


def hook(pose: Pose, sides: Sequence[str] = ("right", "left"), hip_flex: float = 45.0) -> Pose:
    """Knees bent, feet flat on the mat."""
    rf = P.w_foot / 2
    for side in sides:
        pose = pose.with_param(f"{side}_leg.flex", hip_flex)
        for _ in range(4):  # the knee angle and the flat foot depend on each other
            pose = feet_flat(pose, [side])
            pose = reach(pose, [f"{side}_leg.bend"], at(f"{side}_heel", (0, MAT + rf), "y"))
        pose = feet_flat(pose, [side])
    return pose


def arms_on_mat(pose: Pose) -> Pose:
    """Arms resting by the sides on the mat."""
    rh = P.w_hand / 2
    for side in ("right", "left"):
        pose = reach(pose, [f"{side}_arm.flex"], at(f"{side}_hand", (0, MAT + rh), "y"))
    return pose


def hold_thigh(
    pose: Pose,
    leg: str,
    arms: Sequence[str] = ("right", "left"),
    along: float = 0.78,
    behind: bool = True,
) -> Pose:
    """Both hands hold ``leg``'s thigh (behind it) or shin (in front) near the knee."""
    for side in arms:

        def spot(body: Body) -> Vec3:
            if behind:
                hip, knee = body[f"{leg}_hip"], body[f"{leg}_knee"]
                frame = body.frames[f"{leg}_thigh"]
                base = add(hip, scale(sub(knee, hip), along))
                return add(base, scale(column(frame, 0), -(P.w_thigh / 2 + 3)))
            knee, ankle = body[f"{leg}_knee"], body[f"{leg}_ankle"]
            frame = body.frames[f"{leg}_shin"]
            base = add(knee, scale(sub(ankle, knee), 1 - along))
            return add(base, scale(column(frame, 0), P.w_shin / 2 + 3))

        pose = reach(
            pose,
            [f"{side}_arm.flex", f"{side}_arm.abd", f"{side}_arm.bend"],
            at(
                lambda b, side=side, spot=spot: sub(hand_centre(b, side), spot(b)), (0, 0, 0), "xyz"
            ),
        )
    return pose


def knee_to_chest() -> Exercise:
    start = arms_on_mat(hook(lie_back(SUPINE)))
    one = replace(
        start,
        right_leg=Limb(flex=118, abd=4, bend=128, end=-20),
        right_arm=Limb(flex=50, abd=10, bend=60),
        left_arm=Limb(flex=50, abd=-5, bend=60),
    )
    one = hold_thigh(one, "right")
    both = replace(
        start,
        pitch=-100,
        lumbar=8,
        right_leg=Limb(flex=118, abd=6, bend=130, end=-20),
        left_leg=Limb(flex=114, abd=6, bend=128, end=-20),
        right_arm=Limb(flex=50, abd=10, bend=40),
        left_arm=Limb(flex=50, abd=10, bend=40),
    )
    both = lie_back(both)
    both = hold_thigh(both, "right", ["right"], along=0.75, behind=False)
    both = hold_thigh(both, "left", ["left"], along=0.75, behind=False)
    mat = pr.mat(-140, 110)
    return Exercise(
        11,
        "knee-to-chest",
        [
            pic("knee-to-chest-start", start, [mat]),
            pic(
                "knee-to-chest-end", one, [mat], arrows=[arrow(start, one, "right_knee", (12, 14))]
            ),
            pic(
                "knee-to-chest-both-end",
                both,
                [mat],
                arrows=[arrow(start, both, "right_knee", (12, 14))],
            ),
        ],
    )


SIT = Pose(
    lumbar=-6,
    thoracic=8,
    right_leg=Limb(flex=84, abd=4, bend=84),
    left_leg=Limb(flex=84, abd=4, bend=84),
    right_arm=Limb(flex=20, abd=6, bend=50),
    left_arm=Limb(flex=20, abd=6, bend=50),
)


def seated(pose: Pose) -> tuple[Pose, list[pr.Prop]]:
    """Sit on a chair: feet flat on the floor, a chair put exactly under the buttocks."""
    pose = settle(feet_flat(pose), 0.0, "spine0", 0.0)
    body = fk(pose)
    seat = body.surface(0, (0.0, -1.0, 0.0))[1]
    return pose, pr.chair(body["spine0"][0] + 22, seat)


def keep_legs(pose: Pose, like: Pose) -> Pose:
    """Re-aim the legs so the feet stay where they were in ``like`` (flat, same spot)."""
    ref = fk(like)
    for side in ("right", "left"):
        pose = reach(
            pose,
            [f"{side}_leg.flex", f"{side}_leg.bend"],
            at(f"{side}_ankle", ref[f"{side}_ankle"], "xy"),
        )
    return feet_flat(pose)


def reach_forward(pose: Pose, drop: float = 0.0) -> Pose:
    """Arms straight out in front, hands at shoulder height (minus ``drop``)."""
    pose = replace(pose, right_arm=Limb(flex=90, abd=4, bend=4))
    pose = reach(pose, ["right_arm.flex"], at(rel("right_hand", "right_shoulder"), (0, -drop), "y"))
    return both_arms(pose)


def seated_forward_reach() -> Exercise:
    start, chair = seated(SIT)
    start = reach_forward(start, 6)
    end = replace(start, pitch=20, lumbar=20, thoracic=18, neck=-6)
    end = reach_forward(keep_legs(end, start), 6)
    return Exercise(
        12,
        "seated-forward-reach",
        [
            pic("seated-forward-reach-start", start, chair),
            pic(
                "seated-forward-reach-end",
                end,
                chair,
                arrows=[arrow(start, end, "right_hand", (0, 18), trim=0.0)],
            ),
        ],
    )


def seated_bend() -> Exercise:
    start, chair = seated(replace(SIT, right_arm=Limb(flex=26, abd=6, bend=46)))
    start = both_arms(start)
    end = replace(
        start,
        pitch=38,
        lumbar=36,
        thoracic=34,
        neck=34,
        head=10,
        right_leg=Limb(flex=84, abd=14, bend=84),
        left_leg=Limb(flex=84, abd=14, bend=84),
        right_arm=Limb(flex=10, abd=8, bend=10),
    )
    end = keep_legs(end, start)

    def heel_spot(body: Body) -> Vec3:
        return add(body["right_heel"], (-4.0, 10.0, 0.0))

    end = both_arms(
        reach(
            end,
            ["right_arm.flex", "right_arm.bend"],
            at(lambda b: sub(b["right_hand"], heel_spot(b)), (0, 0), "xy"),
        )
    )
    return Exercise(
        13,
        "seated-bend",
        [
            pic("seated-bend-start", start, chair),
            pic("seated-bend-end", end, chair, arrows=[arrow(start, end, "head", (24, 0))]),
        ],
    )


# ---------------------------------------------------------------- 14-15 anti-extension


def plank() -> Exercise:
    rf = P.w_forearm / 2
    # against a wall: forearms on the wall, elbows a little below the shoulders
    lean = replace(
        STAND,
        pitch=24,
        lumbar=0,
        thoracic=4,
        neck=-10,
        right_arm=Limb(flex=70, abd=6, bend=100),
        right_leg=Limb(flex=0, abd=2, end=0),
    )
    lean = both_legs(lean)
    lean = reach(
        lean,
        ["right_arm.flex", "right_arm.bend"],
        at(rel("right_elbow", "right_shoulder"), (0, -12), "y"),
        at(rel("right_wrist", "right_elbow"), (0,), "x"),
    )
    lean = settle(feet_flat(both_arms(lean)))
    wall_x = fk(lean)["right_elbow"][0] + rf
    # getting there: upright facing the wall, forearms raised, then leaning onto them
    upright = replace(lean, pitch=0.0, right_arm=Limb(flex=40, abd=6, bend=110))
    upright = settle(feet_flat(both_arms(upright)))
    # on the floor: forearms and toes
    floor = replace(
        STAND,
        pitch=80,
        lumbar=0,
        thoracic=4,
        neck=-12,
        right_arm=Limb(flex=80, abd=6, bend=90),
        right_leg=Limb(flex=0, abd=2, end=10),
    )
    floor = both_legs(floor)
    rt = P.w_foot / 2
    floor = reach(
        floor,
        ["y", "pitch", "right_arm.flex", "right_arm.bend", "right_leg.end"],
        at(rel("right_elbow", "right_shoulder"), (0,), "x"),
        at("right_elbow", (0, MAT + rf), "y"),
        at("right_hand", (0, MAT + P.w_hand / 2), "y"),
        at("right_toe", (0, MAT + rt), "y"),
        at(rel("right_heel", "right_toe"), (0, 16), "y"),
    )
    floor = settle(both_legs(both_arms(floor)), MAT, "right_toe", -120.0)
    return Exercise(
        14,
        "plank",
        [
            pic("plank-wall-start", upright, [pr.wall(wall_x, 1)]),
            pic("plank-wall-hold", lean, [pr.wall(wall_x, 1)], hold=True),
            pic("plank-floor-hold", floor, [pr.mat(-160, 110)], hold=True),
        ],
        path=("plank-wall-start", "plank-wall-hold"),
    )


def bird_dog() -> Exercise:
    start = _all_fours(FOUR_POINT, hand_ahead=0)
    start = replace(
        start,
        left_arm=replace(start.left_arm, flex=start.left_arm.flex + 6),
        left_leg=replace(start.left_leg, flex=start.left_leg.flex - 6),
    )
    start = settle(start, MAT, "right_knee", 0)
    end = replace(
        start,
        left_arm=Limb(flex=170, abd=4, bend=4, end=-10),
        right_leg=Limb(flex=0, abd=2, bend=4, end=-30),
    )
    end = reach(
        end,
        ["left_arm.flex", "right_leg.flex"],
        at(rel("left_hand", "left_shoulder"), (0, 0), "y"),
        at(rel("right_ankle", "right_hip"), (0, 0), "y"),
    )
    end = settle(
        end,
        MAT,
        "right_wrist",
        fk(start)["right_wrist"][0],
        skip=(
            "left_shoulder",
            "left_elbow",
            "left_wrist",
            "right_hip",
            "right_knee",
            "right_ankle",
            "right_heel",
        ),
    )
    return Exercise(
        15,
        "bird-dog",
        [
            pic("bird-dog-start", start, [pr.mat(-100, 150)]),
            pic(
                "bird-dog-end",
                end,
                [pr.mat(-100, 150)],
                arrows=[
                    arrow(start, end, "right_ankle", (-8, 18), trim=0.15),
                    arrow(start, end, "left_hand", (8, 20), trim=0.15),
                ],
            ),
        ],
    )


# --------------------------------------------------------------- 16-18 flexion through range


def cross_arms(pose: Pose) -> Pose:
    """Arms crossed over the chest, each hand on the opposite shoulder."""
    for side, other in (("right", "left"), ("left", "right")):

        def spot(body: Body, other: str = other) -> Vec3:
            frame = body.frames["spine4"]
            base = body[f"{other}_shoulder"]
            return add(
                add(base, scale(column(frame, 0), P.torso_depth[4] / 2 + 5)),
                scale(column(frame, 1), -4),
            )

        pose = reach(
            pose,
            [f"{side}_arm.flex", f"{side}_arm.abd", f"{side}_arm.bend"],
            at(lambda b, side=side, spot=spot: sub(b[f"{side}_hand"], spot(b)), (0, 0, 0), "xyz"),
        )
    return pose


def sit_up() -> Exercise:
    arms = replace(
        SUPINE,
        right_arm=Limb(flex=30, abd=40, rot=70, bend=140),
        left_arm=Limb(flex=30, abd=40, rot=70, bend=140),
    )
    # knees well up, feet flat, flat on the back: with the knees low and the arms a lump
    # on the chest the start read as a small bundle on the mat
    start = cross_arms(hook(lie_back(arms), hip_flex=62))
    curl = replace(start, pitch=-70, lumbar=24, thoracic=28, neck=28)
    curl = cross_arms(keep_legs(lie_back(curl), start))
    mat = pr.mat(-128, 96)
    zoom = 1.6  # a figure lying down fills the frame (the end, sitting up, still fits)
    return Exercise(
        16,
        "sit-up",
        [
            pic("sit-up-start", start, [mat], zoom=zoom),
            pic(
                "sit-up-end",
                curl,
                [mat],
                arrows=[arrow(start, curl, "head", (-10, 20))],
                zoom=zoom,
            ),
        ],
    )


def hands_by_head(pose: Pose) -> Pose:
    """Fingertips lightly at the sides of the head, elbows out."""
    for side in ("right", "left"):
        s = 1.0 if side == "right" else -1.0

        def spot(body: Body, s: float = s) -> Vec3:
            frame = body.frames["head"]
            return add(body["head"], scale(column(frame, 2), s * (P.head_radius + 2)))

        pose = reach(
            pose,
            [f"{side}_arm.flex", f"{side}_arm.abd", f"{side}_arm.bend"],
            at(lambda b, side=side, spot=spot: sub(b[f"{side}_hand"], spot(b)), (0, 0, 0), "xyz"),
        )
    return pose


def bicycle_crunch() -> Exercise:
    table = Limb(flex=90, abd=4, bend=90, end=-20)
    elbows_up = Limb(flex=140, abd=40, rot=40, bend=130)
    start = replace(
        SUPINE,
        lumbar=0,
        thoracic=24,
        neck=24,
        right_leg=table,
        left_leg=table,
        right_arm=elbows_up,
        left_arm=elbows_up,
    )
    start = hands_by_head(lie_back(start))
    # right elbow towards the left knee; the right leg stretches out low
    twist = replace(
        start,
        thoracic=30,
        thoracic_twist=30,
        lumbar_twist=6,
        right_leg=Limb(flex=32, abd=2, bend=4, end=-30),
        left_leg=Limb(flex=118, abd=2, bend=112, end=-20),
    )
    twist = hands_by_head(lie_back(twist))
    # the left elbow rests on the mat rather than sinking into it
    twist = reach(
        twist,
        ["left_arm.flex", "left_arm.abd", "left_arm.bend", "left_arm.rot"],
        at(
            lambda b: sub(
                b["left_hand"],
                add(b["head"], scale(column(b.frames["head"], 2), -(P.head_radius + 2))),
            ),
            (0, 0, 0),
            "xyz",
        ),
        at("left_elbow", (0, MAT + P.w_upper_arm / 2), "y"),
    )
    mat = pr.mat(-140, 130)
    return Exercise(
        17,
        "bicycle-crunch",
        [
            pic("bicycle-crunch-start", start, [mat]),
            pic(
                "bicycle-crunch-end",
                twist,
                [mat],
                arrows=[
                    arrow(start, twist, "right_elbow", (0, 14)),
                    arrow(start, twist, "right_ankle", (10, -12)),
                ],
            ),
        ],
    )


def reverse_crunch() -> Exercise:
    table = Limb(flex=90, abd=4, bend=90, end=-20)
    start = arms_on_mat(
        lie_back(
            replace(
                SUPINE,
                right_leg=table,
                left_leg=table,
                right_arm=Limb(abd=8, bend=4),
                left_arm=Limb(abd=8, bend=4),
            ),
            "spine4",
            -40,
        )
    )
    # the hips and tail curl up off the mat, the knees over the chest and the feet to
    # the ceiling, arms long and flat on the mat: unlike the knee to chest (hips down,
    # hands round the shins, knees folded tight)
    curl = replace(
        start,
        pitch=-142,
        lumbar=38,
        thoracic=16,
        right_leg=Limb(flex=96, abd=4, bend=74, end=-10),
        left_leg=Limb(flex=96, abd=4, bend=74, end=-10),
    )
    curl = arms_on_mat(lie_back(curl, "spine4", -40))
    return Exercise(
        18,
        "reverse-crunch",
        [
            pic("reverse-crunch-start", start, [pr.mat(-150, 100)]),
            pic(
                "reverse-crunch-end",
                curl,
                [pr.mat(-150, 100)],
                arrows=[arrow(start, curl, "right_ankle", (16, 6))],
            ),
        ],
    )


# ---------------------------------------------------------------------- 19-24 rotation


def knee_flops() -> Exercise:
    arms_out = Limb(flex=0, abd=80, bend=10)
    start = replace(SUPINE, right_arm=arms_out, left_arm=arms_out)
    start = hook(lie_back(start), hip_flex=50)
    start = replace(
        start, right_leg=replace(start.right_leg, abd=-2), left_leg=replace(start.left_leg, abd=-2)
    )
    flop = replace(start, spin=-55, lumbar_twist=38, thoracic_twist=17)
    flop = lie_back(flop)
    # the lower foot rolls onto its edge: it rests on the mat, not in it
    flop = reach(
        flop,
        ["right_leg.bend", "right_leg.end"],
        at("right_ankle", (0, MAT + P.w_shin / 2), "y"),
        at("right_toe", (0, MAT + P.w_foot / 2), "y"),
    )
    # from the feet and above: the knees stand up, then fall; seen steeper than before,
    # the body is less foreshortened, and it is drawn large enough to fill its frame
    cam = Camera(100.0, 34.0)
    mat = pr.mat(-130, 70, -58, 58)
    zoom = 2.0
    return Exercise(
        19,
        "knee-flops",
        [
            pic("knee-flops-start", start, [mat], cam, floor=False, zoom=zoom),
            pic(
                "knee-flops-end",
                flop,
                [mat],
                cam,
                floor=False,
                arrows=[arrow(start, flop, "right_knee", (0, 16))],
                zoom=zoom,
            ),
        ],
    )


def seated_twist() -> Exercise:
    sit = replace(
        SIT, right_leg=Limb(flex=84, abd=8, bend=84), left_leg=Limb(flex=84, abd=8, bend=84)
    )
    start, stool = seated(sit)
    start = cross_arms(start)
    stool.append(pr.rug(0.0, 0.0, 150.0, 120.0))
    turn = cross_arms(replace(start, lumbar_twist=16, thoracic_twist=34, neck_twist=14))
    cam = Camera(75.0, 20.0)
    centre = fk(start)["spine3"]
    return Exercise(
        20,
        "seated-twist",
        [
            pic("seated-twist-start", start, stool, cam, floor=False),
            pic(
                "seated-twist-end",
                turn,
                stool,
                cam,
                floor=False,
                arrows=[spin_arrow(centre, 40.0, -35.0, 55.0)],
            ),
        ],
    )


CHOP_STANCE = Pose(
    lumbar=-4,
    right_leg=Limb(flex=8, abd=9, bend=14, end=6),
    left_leg=Limb(flex=8, abd=9, bend=14, end=6),
)


ARM_REACH = P.upper_arm + P.forearm + 0.55 * P.hand  # shoulder to the middle of the hand


def _reachable(pose: Pose, hands: Vec3) -> Vec3:
    """``hands`` pulled in towards the shoulders until both arms reach it with the elbows
    a little bent (a handle out of reach left the hands apart, the arms locked)."""
    body = fk(pose)
    mid = scale(add(body["right_shoulder"], body["left_shoulder"]), 0.5)
    most = 0.9 * ARM_REACH
    for _ in range(20):
        far = max(length(sub(hands, body[f"{s}_shoulder"])) for s in ("right", "left"))
        if far <= most:
            break
        hands = add(mid, scale(sub(hands, mid), 0.95))
    return hands


def _grip(pose: Pose, hands: Vec3, fresh: bool = True) -> Pose:
    """Both hands together on the band's handle at ``hands`` (world position).

    ``fresh`` starts each arm from an ordinary bent-elbow pose aimed at the handle, so the
    solver finds the natural elbow (down and out) rather than a mirror solution; an
    in-between starts from the blended keys instead, which keeps it close to its
    neighbours."""
    hands = _reachable(pose, hands)
    for side in ("right", "left"):
        if fresh:
            body = fk(pose)
            rel_h = sub(hands, body[f"{side}_shoulder"])
            lift = math.degrees(math.atan2(rel_h[1], math.hypot(rel_h[0], rel_h[2])))
            pose = pose.with_param(f"{side}_arm", Limb(flex=90 + lift, abd=-10, bend=40))
        pose = solve(
            pose,
            [f"{side}_arm.flex", f"{side}_arm.abd", f"{side}_arm.bend"],
            [at(lambda b, side=side: hand_centre(b, side), hands, "xyz")],
            P,
            iterations=200,
        )
    return pose


FIXING_HEIGHTS = (226.0, 112.0, 26.0)  # the band's anchor: high, waist, low (23, 22, 24)


def _chop_line(start_y: float, end_y: float, radius: float = 78.0) -> Arrow:
    """A chop's line seen around the body: from the right side to the left, rising or
    falling from ``start_y`` to ``end_y``."""
    steps = 16
    pts = []
    for i in range(steps + 1):
        t = i / steps
        a = math.radians(-55 + 110 * t)
        y = start_y + (end_y - start_y) * t
        pts.append((radius * math.cos(a), y, -radius * math.sin(a)))
    return Arrow(tuple(pts), (0.0, 0.0), 0.0)


def _chop(
    number: int,
    ident: str,
    anchor_y: float,
    start_pose: Pose,
    start_hands: Vec3,
    end_pose: Pose,
    end_hands: Vec3,
    family: bool = False,
) -> Exercise:
    """A chop with the band fixed at ``anchor_y``. ``family`` draws 21, what the three
    variations share: the post with the band's three fixing points (high, waist, low),
    the band at waist height as the family's text starts with, and on the end picture
    the three lines the variations follow (high to low, across, low to high)."""
    anchor_z = 150.0
    start = _grip(settle(feet_flat(start_pose), z=0.0), start_hands)
    end = _grip(settle(feet_flat(end_pose), z=0.0), end_hands)
    start_body, end_body = fk(start), fk(end)
    scenery = pr.anchor_post(-10.0, anchor_z + 6, anchor_y)
    if family:
        scenery += [
            pr.Rod((-10.0, y, anchor_z + 6), (-10.0, y, anchor_z + 6), 10.0, "solid", pr.BACK)
            for y in FIXING_HEIGHTS
            if y != anchor_y
        ]

    def grip(body: Body) -> Vec3:
        return scale(add(hand_centre(body, "right"), hand_centre(body, "left")), 0.5)

    def follow(body: Body) -> list[pr.Prop]:
        return scenery + pr.band((0.0, anchor_y, anchor_z), grip(body))

    if family:
        lines = [_chop_line(205, 80), _chop_line(128, 128), _chop_line(62, 200)]
    else:
        lines = [arrow(start, end, grip, (0, -10), trim=0.1)]

    def guide(pose: Pose, t: float) -> Pose:
        """The handle travels on an arc around the body's long axis (a chop turns the
        trunk; a straight line would pull the hands in through the chest)."""
        a, b = grip(start_body), grip(end_body)  # where the keys' hands really are
        a0, a1 = math.atan2(a[2], a[0]), math.atan2(b[2], b[0])
        r0, r1 = math.hypot(a[0], a[2]), math.hypot(b[0], b[2])
        angle, radius = a0 + (a1 - a0) * t, r0 + (r1 - r0) * t
        y = a[1] + (b[1] - a[1]) * t
        return _grip(pose, (radius * math.cos(angle), y, radius * math.sin(angle)), False)

    return Exercise(
        number,
        ident,
        [
            pic(f"{ident}-start", start, follow(start_body), FRONT_VIEW),
            pic(f"{ident}-end", end, follow(end_body), FRONT_VIEW, arrows=lines),
        ],
        follow=follow,
        guide=guide,
    )


def wood_choppers() -> list[Exercise]:
    # 21, the family: the turn all three share, the band at waist height on a post
    # that shows all three fixing points
    family = _chop(
        21,
        "wood-chopper",
        FIXING_HEIGHTS[1],
        replace(CHOP_STANCE, thoracic_twist=-30, lumbar_twist=-10),
        (40.0, 122.0, 50.0),
        replace(CHOP_STANCE, thoracic_twist=32, lumbar_twist=12),
        (40.0, 122.0, -56.0),
        family=True,
    )
    middle = _chop(
        22,
        "wood-chopper-middle",
        FIXING_HEIGHTS[1],
        replace(CHOP_STANCE, thoracic_twist=-30, lumbar_twist=-10),
        (34.0, 128.0, 50.0),
        replace(CHOP_STANCE, thoracic_twist=32, lumbar_twist=12),
        (34.0, 128.0, -62.0),
    )
    high = _chop(
        23,
        "wood-chopper-high",
        FIXING_HEIGHTS[0],
        replace(CHOP_STANCE, thoracic_twist=-24, lumbar_twist=-8, lumbar_side=6, thoracic=2),
        (46.0, 200.0, 56.0),
        replace(
            CHOP_STANCE,
            pitch=10,
            thoracic_twist=24,
            lumbar_twist=10,
            lumbar=10,
            thoracic=14,
            lumbar_side=-6,
            right_leg=Limb(flex=22, abd=9, bend=30),
            left_leg=Limb(flex=22, abd=9, bend=30),
        ),
        (36.0, 82.0, -42.0),
    )
    low = _chop(
        24,
        "wood-chopper-low",
        FIXING_HEIGHTS[2],
        replace(
            CHOP_STANCE,
            pitch=14,
            thoracic_twist=-24,
            lumbar_twist=-10,
            lumbar=14,
            thoracic=16,
            lumbar_side=8,
            right_leg=Limb(flex=30, abd=9, bend=44),
            left_leg=Limb(flex=30, abd=9, bend=44),
        ),
        (36.0, 62.0, 40.0),
        replace(CHOP_STANCE, thoracic_twist=24, lumbar_twist=8, lumbar_side=-4, thoracic=2),
        (46.0, 196.0, -56.0),
    )
    return [family, middle, high, low]


def all_exercises() -> list[Exercise]:
    """Every exercise in the article's order."""
    return [
        stomach_lying(),
        prone_press(),
        standing_extension(),
        four_point_finger_prop(),
        standing_biceps_curl(),
        romanian_deadlift(),
        jefferson_curl(),
        hip_thrust(),
        side_plank(),
        standing_side_flexion(),
        knee_to_chest(),
        seated_forward_reach(),
        seated_bend(),
        plank(),
        bird_dog(),
        sit_up(),
        bicycle_crunch(),
        reverse_crunch(),
        knee_flops(),
        seated_twist(),
        *wood_choppers(),
    ]
