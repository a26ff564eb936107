"""Colour contrast (WCAG 2.x) of every text and background colour the app uses, in both
themes: the style sheet's colour pairs, the palette, the pain scale's zone buttons.

Text needs 4.5:1 (AA); large text (18 pt bold or 24 pt) 3:1; the outlines and marks
that identify a control (input borders, focus rings, check boxes) 3:1 (WCAG 1.4.11).
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtGui import QImage, QPalette

from backcoach import resources
from backcoach.ui import theme
from backcoach.ui.theme import DARK, LIGHT, Colours
from backcoach.ui.widgets.pain_scale import ZONE_COLOURS

TEXT = 4.5
LARGE_TEXT = 3.0
NON_TEXT = 3.0
THEMES = {"light": LIGHT, "dark": DARK}
# Where text without its own background can sit: pages, cards, buttons, selections.
PAGE_BACKGROUNDS = ("window", "surface", "raised", "highlight")


def luminance(hex_colour: str) -> float:
    """Relative luminance (WCAG 2.x definition)."""
    channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(one: str, two: str) -> float:
    light, dark = sorted((luminance(one), luminance(two)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_contrast_formula_matches_known_values() -> None:
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#777777", "#777777") == pytest.approx(1.0)
    assert contrast("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)


# --- the style sheet -----------------------------------------------------------------------
def _rules() -> list[tuple[str, dict[str, str]]]:
    """(selector, {property: value}) for every rule of style.qss, tokens unreplaced."""
    sheet = re.sub(r"/\*.*?\*/", "", resources.ui_path("style.qss").read_text(), flags=re.S)
    rules = []
    for selector, body in re.findall(r"([^{}]+)\{([^{}]*)\}", sheet):
        props = {}
        for declaration in body.split(";"):
            if ":" in declaration:
                name, value = declaration.split(":", 1)
                props[name.strip()] = value.strip()
        rules.append((" ".join(selector.split()), props))
    return rules


def _token(value: str | None) -> str | None:
    match = re.search(r"@(\w+)", value or "")
    return match.group(1) if match else None


def style_sheet_text_pairs() -> set[tuple[str, str]]:
    """(text token, background token) pairs the style sheet can put on screen."""
    pairs: set[tuple[str, str]] = set()
    for selector, props in _rules():
        for fg_name, bg_name in (
            ("color", "background"),
            ("selection-color", "selection-background-color"),
        ):
            fg = _token(props.get(fg_name))
            bg = _token(props.get(bg_name) or props.get(f"{bg_name}-color"))
            if fg is None:
                continue
            if bg is not None:
                pairs.add((fg, bg))
            elif 'role="notice"' in selector:
                pairs.add((fg, "warning_bg"))  # labels inside the warm notice card
            else:
                pairs.update((fg, page) for page in PAGE_BACKGROUNDS)
    return pairs


def test_the_style_sheet_pairs_are_found() -> None:
    pairs = style_sheet_text_pairs()
    assert ("accent_text", "accent") in pairs  # primary buttons
    assert ("warning_text", "warning_bg") in pairs  # notices
    assert ("muted", "window") in pairs  # disabled buttons, muted labels
    assert ("text", "highlight") in pairs  # the selected screen in the navigation


@pytest.mark.parametrize("name", THEMES)
def test_every_style_sheet_text_colour_reads_on_its_background(name: str) -> None:
    colours = THEMES[name]
    failures = [
        f"{fg} on {bg}: {contrast(getattr(colours, fg), getattr(colours, bg)):.2f}"
        for fg, bg in sorted(style_sheet_text_pairs())
        if contrast(getattr(colours, fg), getattr(colours, bg)) < TEXT
    ]
    assert failures == []


# --- the palette (what Qt draws without the style sheet: item views, tool tips...) --------
PALETTE_PAIRS = (
    ("Text", "Base"),
    ("WindowText", "Window"),
    ("ButtonText", "Button"),
    ("HighlightedText", "Highlight"),
    ("ToolTipText", "ToolTipBase"),
    ("PlaceholderText", "Base"),
    ("Link", "Base"),
    ("Text", "AlternateBase"),
)


@pytest.mark.parametrize("name", THEMES)
def test_palette_text_reads_on_its_background(name: str) -> None:
    palette = theme._palette(THEMES[name])
    role = QPalette.ColorRole
    for fg, bg in PALETTE_PAIRS:
        ratio = contrast(palette.color(role[fg]).name(), palette.color(role[bg]).name())
        assert ratio >= TEXT, f"{fg} on {bg}: {ratio:.2f}"
    disabled = QPalette.ColorGroup.Disabled
    for fg, bg in (("Text", "Base"), ("WindowText", "Window")):
        text = palette.color(disabled, role[fg]).name()
        ratio = contrast(text, palette.color(disabled, role[bg]).name())
        assert ratio >= TEXT, f"disabled {fg} on {bg}: {ratio:.2f}"


# --- control outlines, focus rings, marks (WCAG 1.4.11, non-text contrast) ----------------
NON_TEXT_PAIRS = (
    ("field_border", "surface"),  # inputs on cards
    ("field_border", "window"),  # inputs on the page
    ("accent", "window"),  # focus rings, check boxes, slider handle
    ("accent", "surface"),
    ("accent", "raised"),  # focus ring around a button
    ("accent", "highlight"),  # focus ring around the selected screen
    ("muted", "surface"),  # an empty check box's border
    ("accent_text", "accent"),  # the tick in a ticked box
)


@pytest.mark.parametrize("name", THEMES)
def test_control_outlines_and_focus_rings_stand_out(name: str) -> None:
    colours = THEMES[name]
    for fg, bg in NON_TEXT_PAIRS:
        ratio = contrast(getattr(colours, fg), getattr(colours, bg))
        assert ratio >= NON_TEXT, f"{fg} against {bg}: {ratio:.2f}"


def _drawn_colour(image_name: str) -> str:
    image = QImage(str(resources.ui_path(image_name)))
    assert not image.isNull()
    best = max(
        (image.pixelColor(x, y) for x in range(image.width()) for y in range(image.height())),
        key=lambda c: c.alpha(),
    )
    return best.name()


@pytest.mark.parametrize("name", THEMES)
def test_spin_and_combo_arrows_stand_out_on_inputs(name: str) -> None:
    colours = THEMES[name]
    arrow = _drawn_colour("arrow-down.png")
    assert arrow == _drawn_colour("arrow-up.png")
    assert contrast(arrow, colours.surface) >= NON_TEXT


@pytest.mark.parametrize("name", THEMES)
def test_check_mark_matches_the_accent_text_of_its_theme(name: str) -> None:
    colours = THEMES[name]
    image_name = f"check-{colours.accent_text.lstrip('#')}.png"
    assert _drawn_colour(image_name) == colours.accent_text
    assert "@ui_dir/@check_image" in resources.ui_path("style.qss").read_text()


# --- the pain scale ---------------------------------------------------------------------------
@pytest.mark.parametrize("zone", ZONE_COLOURS)
def test_pain_scale_digits_read_on_their_zone_colour(zone: str) -> None:
    background, text = ZONE_COLOURS[zone]
    # The digits are 22 pt bold (large text: 3:1), held to the body-text 4.5:1 anyway.
    assert contrast(text, background) >= TEXT


# --- colours screens set in code ------------------------------------------------------------
def test_about_page_heading_colours_read_in_both_themes() -> None:
    import inspect

    from backcoach.ui.about import about_page

    source = inspect.getsource(about_page)
    found = re.search(r'"(#[0-9a-fA-F]{6})" if dark else "(#[0-9a-fA-F]{6})"', source)
    if found is None:
        pytest.skip("the About page no longer sets its own colours")
    dark_colour, light_colour = found.groups()
    assert contrast(dark_colour, DARK.surface) >= TEXT
    assert contrast(light_colour, LIGHT.surface) >= TEXT


def test_every_colour_token_is_checked() -> None:
    """A new token must be added to a checked pair (text, background or non-text)."""
    used = {t for pair in style_sheet_text_pairs() for t in pair}
    used |= {t for pair in NON_TEXT_PAIRS for t in pair}
    used |= {"border"}  # card and button outlines: decoration, the text carries the meaning
    assert set(Colours._fields) <= used
