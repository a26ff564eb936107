"""Equipment and surroundings drawn with the figure: mats, chairs, benches, walls, weights,
a band on an anchor post.

Props are simple 3-D shapes (boxes, rods, cords) so the same prop reads correctly from
the side, the front or above; builders take the body's contact points so a chair's seat
is exactly under the hips and a weight is exactly in the hand.
"""

from __future__ import annotations

from dataclasses import dataclass

from .geometry import Vec3

BACK, DEPTH, FRONT = "back", "depth", "front"


@dataclass(frozen=True)
class Box:
    """An axis-aligned box (optionally turned about the vertical by ``yaw`` degrees)."""

    centre: Vec3
    size: Vec3
    style: str = "prop"
    layer: str = BACK
    yaw: float = 0.0


@dataclass(frozen=True)
class Rod:
    """A capsule: a handle, a post, a dumbbell's plates."""

    a: Vec3
    b: Vec3
    width: float
    style: str = "solid"
    layer: str = FRONT


@dataclass(frozen=True)
class Cord:
    """A thin line through points: an elastic band."""

    points: tuple[Vec3, ...]
    width: float = 3.0
    style: str = "band"
    layer: str = FRONT


Prop = Box | Rod | Cord


def mat(x0: float, x1: float, z0: float = -30.0, z1: float = 30.0, thickness: float = 5.0) -> Box:
    """An exercise mat lying on the floor between x0 and x1."""
    return Box(((x0 + x1) / 2, thickness / 2, (z0 + z1) / 2), (x1 - x0, thickness, z1 - z0), "mat")


MAT_THICKNESS = 5.0


def rug(cx: float, cz: float, sx: float, sz: float) -> Box:
    """A patch of floor, for views from above where a floor line would not make sense."""
    return Box((cx, -1.0, cz), (sx, 2.0, sz), "mat")


def chair(seat_front: float, seat_height: float, facing: int = 1, z: float = 0.0) -> list[Prop]:
    """A plain chair: seat top at ``seat_height`` with its front edge at x=seat_front;
    ``facing`` +1 means the sitter looks towards +x (the backrest is at smaller x)."""
    depth, width, seat_t, leg_w = 44.0, 44.0, 6.0, 5.0
    back_x = seat_front - facing * depth
    cx = (seat_front + back_x) / 2
    parts: list[Prop] = []
    for lx in (seat_front - facing * leg_w / 2, back_x + facing * leg_w / 2):
        for lz in (z - width / 2 + leg_w / 2, z + width / 2 - leg_w / 2):
            parts.append(
                Box((lx, (seat_height - seat_t) / 2, lz), (leg_w, seat_height - seat_t, leg_w))
            )
    parts.append(Box((cx, seat_height - seat_t / 2, z), (depth, seat_t, width)))
    back_h = 58.0
    parts.append(
        Box(
            (back_x + facing * 2.5, seat_height + back_h / 2, z),
            (5.0, back_h, width),
        )
    )
    return parts


def stool(centre_x: float, seat_height: float, z: float = 0.0) -> list[Prop]:
    """A backless seat, for views where a backrest would hide the sitter."""
    depth, width, seat_t, leg_w = 40.0, 46.0, 6.0, 5.0
    parts: list[Prop] = []
    for lx in (centre_x - depth / 2 + leg_w / 2, centre_x + depth / 2 - leg_w / 2):
        for lz in (z - width / 2 + leg_w / 2, z + width / 2 - leg_w / 2):
            parts.append(
                Box((lx, (seat_height - seat_t) / 2, lz), (leg_w, seat_height - seat_t, leg_w))
            )
    parts.append(Box((centre_x, seat_height - seat_t / 2, z), (depth, seat_t, width)))
    return parts


def bench(edge_x: float, top: float, length: float = 70.0, toward: int = -1) -> list[Prop]:
    """A padded bench (or a low sofa) whose long edge is at ``edge_x``; the bench extends
    from the edge in direction ``toward`` along x."""
    far_x = edge_x + toward * length
    cx = (edge_x + far_x) / 2
    pad = 12.0
    parts: list[Prop] = []
    for lx in (edge_x + toward * 8, far_x - toward * 8):
        parts.append(Box((lx, (top - pad) / 2, 0.0), (7.0, top - pad, 40.0)))
    parts.append(Box((cx, top - pad / 2, 0.0), (length, pad, 46.0)))
    return parts


WALL_HEIGHT = 236.0


def wall(face_x: float, side: int = 1, height: float = WALL_HEIGHT) -> Box:
    """A wall whose surface is the plane x=face_x; it extends away from the figure
    (towards +x when ``side`` is +1)."""
    thick = 22.0
    return Box((face_x + side * thick / 2, height / 2, 0.0), (thick, height, 120.0), "wall")


def wall_z(face_z: float, side: int = 1, height: float = WALL_HEIGHT) -> Box:
    """A wall whose surface is the plane z=face_z (seen edge-on from the front)."""
    thick = 22.0
    return Box((0.0, height / 2, face_z + side * thick / 2), (120.0, height, thick), "wall")


def dumbbell(centre: Vec3, axis: Vec3, layer: str = FRONT) -> list[Prop]:
    """A small dumbbell held at ``centre``, its bar along the unit vector ``axis``."""
    half_bar, plate = 12.0, 5.0
    a = tuple(c - half_bar * v for c, v in zip(centre, axis, strict=True))
    b = tuple(c + half_bar * v for c, v in zip(centre, axis, strict=True))
    parts: list[Prop] = [Rod(a, b, 5.0, "solid", layer)]  # type: ignore[arg-type]
    for end in (a, b):
        p0 = tuple(e - plate * v for e, v in zip(end, axis, strict=True))
        p1 = tuple(e + plate * v for e, v in zip(end, axis, strict=True))
        parts.append(Rod(p0, p1, 17.0, "solid", layer))  # type: ignore[arg-type]
    return parts


def anchor_post(
    x: float, z: float, anchor_height: float, height: float = WALL_HEIGHT
) -> list[Prop]:
    """A door frame or post with a band fixed at ``anchor_height``."""
    return [
        Box((x, height / 2, z), (10.0, height, 10.0), "wall"),
        Rod((x, anchor_height, z), (x, anchor_height, z), 10.0, "solid", BACK),
    ]


def band(anchor: Vec3, hands: Vec3) -> list[Prop]:
    """An elastic band from its anchor to a short handle held in both hands."""
    return [Cord((anchor, hands), 5.0, "band", FRONT)]
