"""Tiny 3-D vector and rotation helpers.

Pure Python on purpose: the generator must run anywhere the project does, without numpy,
and give the same numbers every time so the committed SVG files never drift.
"""

from __future__ import annotations

import math

Vec3 = tuple[float, float, float]
Vec2 = tuple[float, float]
Mat3 = tuple[Vec3, Vec3, Vec3]  # row-major

IDENTITY: Mat3 = ((1.0, 0.0, 0.0), (0.0, 1.0, 0.0), (0.0, 0.0, 1.0))


def add(a: Vec3, b: Vec3) -> Vec3:
    return (a[0] + b[0], a[1] + b[1], a[2] + b[2])


def sub(a: Vec3, b: Vec3) -> Vec3:
    return (a[0] - b[0], a[1] - b[1], a[2] - b[2])


def scale(a: Vec3, k: float) -> Vec3:
    return (a[0] * k, a[1] * k, a[2] * k)


def dot(a: Vec3, b: Vec3) -> float:
    return a[0] * b[0] + a[1] * b[1] + a[2] * b[2]


def cross(a: Vec3, b: Vec3) -> Vec3:
    return (a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0])


def length(a: Vec3) -> float:
    return math.sqrt(dot(a, a))


def matmul(a: Mat3, b: Mat3) -> Mat3:
    (a0, a1, a2), (b0, b1, b2) = a, b  # unrolled: this is the generator's hot loop
    return (
        (
            a0[0] * b0[0] + a0[1] * b1[0] + a0[2] * b2[0],
            a0[0] * b0[1] + a0[1] * b1[1] + a0[2] * b2[1],
            a0[0] * b0[2] + a0[1] * b1[2] + a0[2] * b2[2],
        ),
        (
            a1[0] * b0[0] + a1[1] * b1[0] + a1[2] * b2[0],
            a1[0] * b0[1] + a1[1] * b1[1] + a1[2] * b2[1],
            a1[0] * b0[2] + a1[1] * b1[2] + a1[2] * b2[2],
        ),
        (
            a2[0] * b0[0] + a2[1] * b1[0] + a2[2] * b2[0],
            a2[0] * b0[1] + a2[1] * b1[1] + a2[2] * b2[1],
            a2[0] * b0[2] + a2[1] * b1[2] + a2[2] * b2[2],
        ),
    )


def apply(m: Mat3, v: Vec3) -> Vec3:
    return (dot(m[0], v), dot(m[1], v), dot(m[2], v))


def column(m: Mat3, j: int) -> Vec3:
    return (m[0][j], m[1][j], m[2][j])


def rot_x(deg: float) -> Mat3:
    c, s = math.cos(math.radians(deg)), math.sin(math.radians(deg))
    return ((1.0, 0.0, 0.0), (0.0, c, -s), (0.0, s, c))


def rot_y(deg: float) -> Mat3:
    c, s = math.cos(math.radians(deg)), math.sin(math.radians(deg))
    return ((c, 0.0, s), (0.0, 1.0, 0.0), (-s, 0.0, c))


def rot_z(deg: float) -> Mat3:
    c, s = math.cos(math.radians(deg)), math.sin(math.radians(deg))
    return ((c, -s, 0.0), (s, c, 0.0), (0.0, 0.0, 1.0))


def chain(*ms: Mat3) -> Mat3:
    """The product of the matrices, left to right."""
    out = ms[0] if ms else IDENTITY
    for m in ms[1:]:
        out = matmul(out, m)
    return out
