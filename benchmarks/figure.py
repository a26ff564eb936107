"""The one shape every benchmark figure has: {name, value, unit, target, ok}."""

from __future__ import annotations


def figure(name: str, value: float, unit: str, target: float | None, digits: int = 1) -> dict:
    """A figure that is ok when it has no target or is at most its target."""
    return {
        "name": name,
        "value": round(value, digits),
        "unit": unit,
        "target": target,
        "ok": target is None or value <= target,
    }
