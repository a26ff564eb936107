"""The app icon: a rounded square with a person whose spine draws a healthy S-curve.

Kept to three shapes so it still reads at 16 px; the colours are the figures' own teal and
the movement-arrow orange, so the icon and the illustrations belong together.
"""

from __future__ import annotations

from .render import HEADER, PALETTE

ICON_SVG_SIZE = 256


def app_icon_svg() -> str:
    """The icon as SVG text (256 x 256 view box, transparent corners)."""
    bg = PALETTE.body_rim
    fg = "#ffffff"
    accent = "#f39a3c"
    return "\n".join(
        [
            HEADER,
            '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 256 256" width="256" '
            'height="256">',
            "<title>BackCoach</title>",
            f'<rect x="8" y="8" width="240" height="240" rx="56" fill="{bg}"/>',
            '<g fill="none" stroke-linecap="round" stroke-linejoin="round">',
            # floor / mat
            f'<path d="M52 204H204" stroke="{fg}" stroke-opacity="0.55" stroke-width="14"/>',
            # the movement arc behind the figure
            f'<path d="M176 176C206 140 204 92 170 60" stroke="{accent}" stroke-width="14"/>',
            # spine: lumbar curve, then thoracic, up to the neck
            f'<path d="M112 200C136 172 138 150 122 126C108 104 114 90 128 80" '
            f'stroke="{fg}" stroke-width="30"/>',
            f'<circle cx="138" cy="56" r="23" fill="{fg}"/>',
            "</g>",
            "</svg>",
            "",
        ]
    )
