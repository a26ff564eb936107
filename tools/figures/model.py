"""The figure model: human proportions, a pose as joint angles, and forward kinematics.

One skeleton drives every illustration, so all 24 exercises share proportions and style,
and a pose is edited by changing a few angles instead of redrawing a picture.

Axes (right-handed, world units are SVG pixels at scale 1): x is the figure's forward
direction when ``yaw`` is 0, y is up, z is the figure's right. Every joint angle is in
degrees and uses the clinical sense: positive flexion bends forward (knees backward),
positive abduction moves a limb away from the midline, positive side bend leans to the
figure's right and positive twist turns the chest to the figure's left.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, fields, replace

from .geometry import Mat3, Vec3, add, apply, chain, column, rot_x, rot_y, rot_z, scale

RIGHT, LEFT = 1, -1  # the sign of a side's lateral offset (z)
HEIGHT = 200.0  # standing height in world units (= SVG px at scale 1)


@dataclass(frozen=True)
class Proportions:
    """Segment lengths and thicknesses, in world units for a figure ``HEIGHT`` tall.

    Lengths follow the usual anthropometric tables (Drillis & Contini, as reproduced by
    Winter, *Biomechanics and Motor Control of Human Movement*): shoulder at 0.818 H, hip
    at 0.53 H, knee at 0.285 H, upper arm 0.186 H, forearm 0.146 H, thigh 0.245 H. The
    head is drawn a little larger than life, which reads as friendly and survives
    thumbnail size.
    """

    spine: tuple[float, ...] = tuple(f * HEIGHT for f in (0.066, 0.074, 0.074, 0.074))
    neck: float = 0.05 * HEIGHT
    head_radius: float = 0.072 * HEIGHT
    shoulder_half: float = 0.104 * HEIGHT
    shoulder_drop: float = 0.012 * HEIGHT
    hip_half: float = 0.05 * HEIGHT
    upper_arm: float = 0.186 * HEIGHT
    forearm: float = 0.146 * HEIGHT
    hand: float = 0.072 * HEIGHT
    thigh: float = 0.245 * HEIGHT
    shin: float = 0.246 * HEIGHT
    ankle_height: float = 0.039 * HEIGHT
    foot_forward: float = 0.105 * HEIGHT
    heel_back: float = 0.03 * HEIGHT
    # thickness (diameter) of each capsule
    w_upper_arm: float = 0.058 * HEIGHT
    w_forearm: float = 0.049 * HEIGHT
    w_hand: float = 0.046 * HEIGHT
    w_thigh: float = 0.092 * HEIGHT
    w_shin: float = 0.07 * HEIGHT
    w_foot: float = 0.046 * HEIGHT
    w_neck: float = 0.056 * HEIGHT
    # torso cross-sections (full width and depth) at the five spine points, pelvis first
    torso_width: tuple[float, ...] = tuple(f * HEIGHT for f in (0.19, 0.16, 0.17, 0.205, 0.215))
    torso_depth: tuple[float, ...] = tuple(f * HEIGHT for f in (0.15, 0.125, 0.13, 0.155, 0.13))


@dataclass(frozen=True)
class Limb:
    """One arm or leg. ``bend`` is elbow/knee flexion; ``end`` is wrist flexion for an
    arm (the hand turns the way the elbow bends) and ankle dorsiflexion for a leg."""

    flex: float = 0.0
    abd: float = 0.0
    rot: float = 0.0
    bend: float = 0.0
    end: float = 0.0


@dataclass(frozen=True)
class Pose:
    """Joint angles plus the root (the centre of the pelvis).

    The defaults are a relaxed upright stance with the spine's natural curves: a small
    lumbar lordosis (negative lumbar flexion) and thoracic kyphosis.
    """

    x: float = 0.0
    y: float = 0.0
    z: float = 0.0
    yaw: float = 0.0
    pitch: float = 0.0  # whole-body forward tilt; 90 = prone, -90 = supine
    roll: float = 0.0  # whole-body tilt to the right
    spin: float = 0.0  # pelvis turned about the body's long axis, to the left
    lumbar: float = -8.0
    lumbar_side: float = 0.0
    lumbar_twist: float = 0.0
    thoracic: float = 10.0
    thoracic_side: float = 0.0
    thoracic_twist: float = 0.0
    neck: float = -4.0
    neck_side: float = 0.0
    neck_twist: float = 0.0
    head: float = 0.0
    right_arm: Limb = field(default_factory=lambda: Limb(abd=4.0, bend=8.0))
    left_arm: Limb = field(default_factory=lambda: Limb(abd=4.0, bend=8.0))
    right_leg: Limb = field(default_factory=lambda: Limb(abd=2.0))
    left_leg: Limb = field(default_factory=lambda: Limb(abd=2.0))

    def with_param(self, path: str, value: float | Limb) -> Pose:
        """A copy with one value changed; ``"right_leg.bend"`` reaches into a limb."""
        if "." in path:
            limb_name, attr = path.split(".", 1)
            limb = getattr(self, limb_name)
            return replace(self, **{limb_name: replace(limb, **{attr: value})})
        return replace(self, **{path: value})

    def param(self, path: str) -> float:
        """The value named like in ``with_param`` (what the solver adjusts)."""
        if "." in path:
            limb_name, attr = path.split(".", 1)
            return float(getattr(getattr(self, limb_name), attr))
        return float(getattr(self, path))


def blend(a: Pose, b: Pose, t: float) -> Pose:
    """Linear interpolation of every angle and the root: the in-between poses used to
    draw movement arrows along the real path of a body part."""
    values: dict[str, float | Limb] = {}
    for f in fields(Pose):
        va, vb = getattr(a, f.name), getattr(b, f.name)
        if isinstance(va, Limb):
            values[f.name] = Limb(
                *(
                    getattr(va, g.name) + (getattr(vb, g.name) - getattr(va, g.name)) * t
                    for g in fields(Limb)
                )
            )
        else:
            values[f.name] = va + (vb - va) * t
    return Pose(**values)  # type: ignore[arg-type]


def _spine_joint(flex: float, side: float, twist: float) -> Mat3:
    return chain(rot_z(-flex), rot_x(side), rot_y(twist))


@dataclass(frozen=True)
class Body:
    """The result of forward kinematics: named joint positions and segment frames."""

    proportions: Proportions
    points: dict[str, Vec3]
    frames: dict[str, Mat3]

    def __getitem__(self, name: str) -> Vec3:
        return self.points[name]

    def segments(self) -> list[tuple[str, str, float]]:
        """(from, to, expected length) for every rigid segment of the skeleton."""
        p = self.proportions
        segs = [(f"spine{i}", f"spine{i + 1}", p.spine[i]) for i in range(4)]
        segs.append(("spine4", "neck_top", p.neck))
        for side in ("right", "left"):
            segs += [
                (f"{side}_shoulder", f"{side}_elbow", p.upper_arm),
                (f"{side}_elbow", f"{side}_wrist", p.forearm),
                (f"{side}_wrist", f"{side}_hand", p.hand),
                (f"{side}_hip", f"{side}_knee", p.thigh),
                (f"{side}_knee", f"{side}_ankle", p.shin),
            ]
        return segs

    def surface(self, level: int, direction: Vec3) -> Vec3:
        """The point of the torso's surface at spine ``level`` (0 pelvis .. 4 neck)
        furthest along ``direction`` (a world direction): e.g. the lowest point of the
        back when lying, used to rest the body on a floor or a bench."""
        p = self.proportions
        frame = self.frames[f"spine{level}"]
        right, fwd = column(frame, 2), column(frame, 0)
        a, b = p.torso_width[level] / 2, p.torso_depth[level] / 2
        ur = sum(r * d for r, d in zip(right, direction, strict=True))
        uf = sum(f * d for f, d in zip(fwd, direction, strict=True))
        norm = math.hypot(a * ur, b * uf) or 1.0
        offset = add(scale(right, a * a * ur / norm), scale(fwd, b * b * uf / norm))
        return add(self.points[f"spine{level}"], offset)

    def lowest(self, skip: tuple[str, ...] = ()) -> float:
        """Height of the lowest point of the drawn body (capsule and torso surfaces),
        leaving out capsules whose joint names start with any of ``skip`` (e.g. the arms
        before they are placed on the floor)."""
        down = (0.0, -1.0, 0.0)
        ys = [self.surface(i, down)[1] for i in range(5)]
        if "head" not in skip:
            ys.append(self.points["head"][1] - self.proportions.head_radius)
        for a, b, radius in self.capsules():
            if any(a.startswith(s) or b.startswith(s) for s in skip):
                continue
            ys += [self.points[a][1] - radius, self.points[b][1] - radius]
        return min(ys)

    def capsules(self) -> list[tuple[str, str, float]]:
        """Limb capsules as (from, to, radius) — what the renderer draws."""
        p = self.proportions
        caps = [("spine4", "neck_top", p.w_neck / 2)]
        for side in ("right", "left"):
            caps += [
                (f"{side}_shoulder", f"{side}_elbow", p.w_upper_arm / 2),
                (f"{side}_elbow", f"{side}_wrist", p.w_forearm / 2),
                (f"{side}_wrist", f"{side}_hand", p.w_hand / 2),
                (f"{side}_hip", f"{side}_knee", p.w_thigh / 2),
                (f"{side}_knee", f"{side}_ankle", p.w_shin / 2),
                (f"{side}_heel", f"{side}_toe", p.w_foot / 2),
            ]
        return caps


def forward_kinematics(pose: Pose, proportions: Proportions | None = None) -> Body:
    """Joint positions from joint angles, walking the skeleton from the pelvis outwards."""
    p = proportions or Proportions()
    points: dict[str, Vec3] = {}
    frames: dict[str, Mat3] = {}
    root = chain(rot_y(pose.yaw), rot_z(-pose.pitch), rot_x(pose.roll), rot_y(pose.spin))
    points["spine0"] = (pose.x, pose.y, pose.z)
    frames["pelvis"] = root
    frames["spine0"] = root
    halves = [
        (pose.lumbar / 2, pose.lumbar_side / 2, pose.lumbar_twist / 2),
        (pose.lumbar / 2, pose.lumbar_side / 2, pose.lumbar_twist / 2),
        (pose.thoracic / 2, pose.thoracic_side / 2, pose.thoracic_twist / 2),
        (pose.thoracic / 2, pose.thoracic_side / 2, pose.thoracic_twist / 2),
    ]
    frame = root
    for i, (flex, side, twist) in enumerate(halves):
        seg_frame = chain(frame, _spine_joint(flex, side, twist))
        points[f"spine{i + 1}"] = add(points[f"spine{i}"], apply(seg_frame, (0, p.spine[i], 0)))
        # the cross-section at a joint sits half way between the two segments' tilts
        frames[f"spine{i + 1}"] = chain(seg_frame, _spine_joint(*(v / 2 for v in halves[i])))
        frame = seg_frame
    frames["spine4"] = frame  # the shoulders ride on the last segment itself
    neck = chain(frame, _spine_joint(pose.neck, pose.neck_side, pose.neck_twist))
    frames["neck"] = neck
    points["neck_top"] = add(points["spine4"], apply(neck, (0, p.neck, 0)))
    head = chain(neck, _spine_joint(pose.head, 0.0, 0.0))
    frames["head"] = head
    points["head"] = add(
        points["neck_top"], apply(head, (0.1 * p.head_radius, 0.72 * p.head_radius, 0))
    )
    points["nose"] = add(points["head"], apply(head, (p.head_radius, -0.1 * p.head_radius, 0)))

    top = frames["spine4"]
    for side_name, s in (("right", RIGHT), ("left", LEFT)):
        arm: Limb = getattr(pose, f"{side_name}_arm")
        shoulder = add(points["spine4"], apply(top, (0, -p.shoulder_drop, s * p.shoulder_half)))
        upper = chain(top, rot_z(arm.flex), rot_x(-s * arm.abd), rot_y(s * arm.rot))
        elbow = add(shoulder, apply(upper, (0, -p.upper_arm, 0)))
        fore = chain(upper, rot_z(arm.bend))
        wrist = add(elbow, apply(fore, (0, -p.forearm, 0)))
        hand = chain(fore, rot_z(arm.end))
        points |= {
            f"{side_name}_shoulder": shoulder,
            f"{side_name}_elbow": elbow,
            f"{side_name}_wrist": wrist,
            f"{side_name}_hand": add(wrist, apply(hand, (0, -p.hand, 0))),
        }
        frames |= {
            f"{side_name}_upper_arm": upper,
            f"{side_name}_forearm": fore,
            f"{side_name}_hand": hand,
        }

        leg: Limb = getattr(pose, f"{side_name}_leg")
        hip = add(points["spine0"], apply(root, (0, 0, s * p.hip_half)))
        thigh = chain(root, rot_z(leg.flex), rot_x(-s * leg.abd), rot_y(s * leg.rot))
        knee = add(hip, apply(thigh, (0, -p.thigh, 0)))
        shin = chain(thigh, rot_z(-leg.bend))
        ankle = add(knee, apply(shin, (0, -p.shin, 0)))
        foot = chain(shin, rot_z(leg.end))
        sole = p.ankle_height - p.w_foot / 2
        points |= {
            f"{side_name}_hip": hip,
            f"{side_name}_knee": knee,
            f"{side_name}_ankle": ankle,
            f"{side_name}_heel": add(ankle, apply(foot, (-p.heel_back, -sole, 0))),
            f"{side_name}_toe": add(ankle, apply(foot, (p.foot_forward, -sole, 0))),
        }
        frames |= {
            f"{side_name}_thigh": thigh,
            f"{side_name}_shin": shin,
            f"{side_name}_foot": foot,
        }
    return Body(p, points, frames)


Goal = tuple[Callable[[Body], Vec3], Vec3, tuple[int, ...]]


def point(name: str) -> Callable[[Body], Vec3]:
    """A goal's landmark: a named joint of the body."""
    return lambda body: body[name]


def solve(
    pose: Pose,
    params: Sequence[str],
    goals: Sequence[Goal],
    proportions: Proportions | None = None,
    iterations: int = 60,
) -> Pose:
    """Adjust ``params`` so each goal's landmark reaches its target (inverse kinematics).

    A small damped least-squares loop with numeric derivatives: it lets a pose say
    "the foot is flat on the floor here" or "the hands are on the wall" instead of
    hand-tuning angles, which keeps contacts exact when a pose is edited. Each goal is
    (landmark, target, axes) where axes picks the coordinates that matter (0=x, 1=y, 2=z).
    """

    def residual(candidate: Pose) -> list[float]:
        body = forward_kinematics(candidate, proportions)
        out: list[float] = []
        for landmark, target, axes in goals:
            where = landmark(body)
            out += [where[a] - target[a] for a in axes]
        return out

    step = 1e-3
    for _ in range(iterations):
        r = residual(pose)
        if math.sqrt(sum(v * v for v in r)) < 1e-3:
            break
        jac: list[list[float]] = []  # columns per param
        for name in params:
            nudged = pose.with_param(name, pose.param(name) + step)
            jac.append([(a - b) / step for a, b in zip(residual(nudged), r, strict=True)])
        n = len(params)
        # normal equations (J^T J + λI) δ = -J^T r
        jtj = [
            [sum(jac[i][k] * jac[j][k] for k in range(len(r))) for j in range(n)] for i in range(n)
        ]
        jtr = [sum(jac[i][k] * r[k] for k in range(len(r))) for i in range(n)]
        for i in range(n):
            jtj[i][i] += 1e-2 + 1e-3 * jtj[i][i]
        delta = _linear_solve(jtj, [-v for v in jtr])
        longest = max(abs(d) for d in delta) or 1.0
        shrink = min(1.0, 10.0 / longest)  # at most 10 degrees (or px) per step
        for name, d in zip(params, delta, strict=True):
            pose = pose.with_param(name, pose.param(name) + d * shrink)
    return pose


def _linear_solve(a: list[list[float]], b: list[float]) -> list[float]:
    n = len(b)
    m = [[*row[:], b[i]] for i, row in enumerate(a)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(m[r][col]))
        m[col], m[pivot] = m[pivot], m[col]
        if abs(m[col][col]) < 1e-12:
            continue
        for r in range(n):
            if r != col:
                k = m[r][col] / m[col][col]
                m[r] = [x - k * y for x, y in zip(m[r], m[col], strict=True)]
    return [m[i][n] / m[i][i] if abs(m[i][i]) > 1e-12 else 0.0 for i in range(n)]
