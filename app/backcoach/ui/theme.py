"""Light and dark themes: a Fusion palette plus one style sheet with colour tokens.

The style sheet lives in ``resources/ui/style.qss`` and names colours as ``@token``; the
tokens are filled in here so both themes share one sheet. "system" follows the
desktop's colour scheme and switches live when it changes.

Text size: the application font and every ``pt`` size in the sheet grow with the chosen
scale (display sizes a little less, see ``scaled_size``), and so do fonts that screens set
on a widget themselves (the session's big labels) — see ``ThemeManager.set_text_scale``.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import NamedTuple, cast

import shiboken6
from PySide6 import QtCore
from PySide6.QtGui import QColor, QFont, QGuiApplication, QIcon, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from backcoach import resources


class Colours(NamedTuple):
    """One theme's colours. A named tuple, not a dataclass: it is the only one made
    before the first paint, and a frozen dataclass (with its module's import) cost
    ~1.5 ms there."""

    window: str
    surface: str
    raised: str
    text: str
    muted: str
    accent: str
    accent_text: str
    border: str
    highlight: str
    warning_bg: str
    warning_text: str
    field_border: str
    """Outline of inputs: 3:1 against the surfaces they sit on (WCAG 1.4.11)."""

    def tokens(self) -> dict[str, str]:
        return {f"@{name}": value for name, value in self._asdict().items()}


LIGHT = Colours(
    window="#f4f6f8",
    surface="#ffffff",
    raised="#e8edf2",
    text="#1b2430",
    muted="#4f5b69",
    accent="#0b6e79",
    accent_text="#ffffff",
    border="#c9d2dc",
    highlight="#d3ecef",
    warning_bg="#fff4e0",
    warning_text="#6b3d00",
    field_border="#76828f",
)
DARK = Colours(
    window="#16191d",
    surface="#1e2227",
    raised="#2a3038",
    text="#eef1f4",
    muted="#aeb7c2",
    accent="#4fc3cf",
    accent_text="#0b1a1c",
    border="#3a424c",
    highlight="#21444a",
    warning_bg="#3d2e12",
    warning_text="#ffd9a0",
    field_border="#737f8c",
)


def system_is_dark() -> bool:
    """The desktop's colour scheme; when Qt cannot tell, the lightness of its palette."""
    scheme = QGuiApplication.styleHints().colorScheme()
    if scheme == QtCore.Qt.ColorScheme.Dark:
        return True
    if scheme == QtCore.Qt.ColorScheme.Light:
        return False
    return _palette_is_dark()


def _palette_is_dark() -> bool:
    # Cheap (no Qt namespace enums): used before the first paint; the exact scheme is
    # checked right after it (ThemeManager.follow_system).
    window = QGuiApplication.palette().color(QPalette.ColorRole.Window)
    return window.lightness() < 128


def colours_for(theme: str, *, quick: bool = False) -> Colours:
    if theme == "dark":
        return DARK
    if theme == "light":
        return LIGHT
    dark = _palette_is_dark() if quick else system_is_dark()
    return DARK if dark else LIGHT


def _palette(c: Colours) -> QPalette:
    p = QPalette()
    roles = {
        QPalette.ColorRole.Window: c.window,
        QPalette.ColorRole.WindowText: c.text,
        QPalette.ColorRole.Base: c.surface,
        QPalette.ColorRole.AlternateBase: c.raised,
        QPalette.ColorRole.Text: c.text,
        QPalette.ColorRole.Button: c.raised,
        QPalette.ColorRole.ButtonText: c.text,
        QPalette.ColorRole.ToolTipBase: c.surface,
        QPalette.ColorRole.ToolTipText: c.text,
        QPalette.ColorRole.PlaceholderText: c.muted,
        QPalette.ColorRole.Highlight: c.accent,
        QPalette.ColorRole.HighlightedText: c.accent_text,
        QPalette.ColorRole.Link: c.accent,
        QPalette.ColorRole.Mid: c.border,
    }
    for role, value in roles.items():
        p.setColor(role, QColor(value))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor(c.muted))
    return p


_POINTS = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?)pt\b")


# Display type (the session's 26-30 pt words, titles) is already big: it grows less than
# body text, down to the square root of the scale at 30 pt, so 200% still fits a laptop.
FULL_GROWTH_PT = 14.0
HALF_GROWTH_PT = 30.0


def scaled_size(points: float, scale: float) -> float:
    """A font size at text scale ``scale``: body text times ``scale``, display less."""
    if scale == 1.0:
        return points
    bigness = min(1.0, max(0.0, (points - FULL_GROWTH_PT) / (HALF_GROWTH_PT - FULL_GROWTH_PT)))
    return round(float(points * scale ** (1.0 - 0.5 * bigness)), 2)


def scale_points(sheet: str, scale: float) -> str:
    """Every ``NNpt`` size in a style sheet at text scale ``scale``."""
    if scale == 1.0:
        return sheet
    return _POINTS.sub(lambda m: f"{scaled_size(float(m.group(1)), scale):g}pt", sheet)


def style_sheet(c: Colours, scale: float = 1.0) -> str:
    sheet = resources.ui_path("style.qss").read_text(encoding="utf-8")
    # Longest tokens first so "@accent_text" is not eaten by "@accent".
    for token, value in sorted(c.tokens().items(), key=lambda kv: -len(kv[0])):
        sheet = sheet.replace(token, value)
    # Images beside the sheet: arrows, and a check mark drawn in the accent's text colour.
    sheet = sheet.replace("@check_image", f"check-{c.accent_text.lstrip('#')}.png")
    sheet = sheet.replace("@ui_dir", resources.ui_path("").as_posix().rstrip("/"))
    return scale_points(sheet, scale)


# Kept beside the user's data, read before the first paint so the window opens in the
# chosen theme and size at once; the store's settings stay the truth (see SettingsPage).
APPEARANCE_FILE = "appearance.ini"


def load_appearance(data_dir: Path) -> tuple[str, float]:
    """The theme and text size remembered for ``data_dir`` (defaults if none or bad)."""
    path = data_dir / APPEARANCE_FILE
    if not path.is_file():
        return "system", 1.0
    state = QtCore.QSettings(str(path), QtCore.QSettings.Format.IniFormat)
    theme = str(state.value("appearance/theme", "system"))
    try:
        scale = float(cast(float, state.value("appearance/text_scale", 1.0)))
    except (TypeError, ValueError):
        scale = 1.0
    if theme not in ("system", "light", "dark"):
        theme = "system"
    return theme, scale if 0.5 <= scale <= 3.0 else 1.0


def save_appearance(data_dir: Path, theme: str, scale: float) -> None:
    state = QtCore.QSettings(str(data_dir / APPEARANCE_FILE), QtCore.QSettings.Format.IniFormat)
    state.setValue("appearance/theme", theme)
    state.setValue("appearance/text_scale", float(scale))
    state.sync()


# Dynamic properties remembering a widget's own font size or style sheet at 100%, and
# what this module last set, so a screen that sets a new font later is noticed.
_BASE_PT = "textScaleBasePt"
_SET_PT = "textScaleSetPt"
_BASE_SHEET = "textScaleBaseSheet"
_SET_SHEET = "textScaleSetSheet"


# Qt's own command-line words for the Fusion style, and the application's property saying
# they were given (the application made by create_application).
FUSION_ARGUMENTS = ("-style", "Fusion")
FUSION_CHOSEN = "backcoachFusionChosen"


class ThemeManager:
    """Applies a theme to the application and follows the system when asked to."""

    def __init__(self, app: QApplication, theme: str = "system", text_scale: float = 1.0) -> None:
        self.app = app
        self.theme = theme
        self.text_scale = text_scale
        if not app.property(FUSION_CHOSEN):  # see create_application
            app.setStyle("Fusion")
        font = QFont(app.font())
        # Larger than desktop default: the user reads from further away than usual.
        self.base_point_size = max(font.pointSizeF(), 10.0) * 1.15
        font.setPointSizeF(self.base_point_size * text_scale)
        app.setFont(font)
        # The platform's palette decides before the first paint; follow_system() then
        # asks for the exact scheme and listens for changes.
        self.apply(theme, quick=True)

    def follow_system(self) -> None:
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._system_changed)
        if self.theme == "system":
            scheme = QGuiApplication.styleHints().colorScheme()
            known = scheme != QtCore.Qt.ColorScheme.Unknown
            if known and (scheme == QtCore.Qt.ColorScheme.Dark) != (self.colours is DARK):
                self.apply("system")

    def apply(self, theme: str, *, quick: bool = False) -> None:
        self.theme = theme
        self.colours = colours_for(theme, quick=quick)
        widgets = list(QApplication.allWidgets()) if self.text_scale != 1.0 else []
        self.app.setPalette(_palette(self.colours))
        self.app.setStyleSheet(style_sheet(self.colours, self.text_scale))
        if widgets:
            # A new sheet gives widgets back the fonts they had before any sheet, i.e. a
            # screen's own sizes at 100%: size them for the text scale again (a theme
            # change at 200%, or the system turning dark at dusk, shrank the session's
            # timer and texts).
            self._apply_own_fonts([w for w in widgets if shiboken6.isValid(w)])

    def set_appearance(self, theme: str, text_scale: float) -> None:
        """Both at once, after the screens are built (the stored settings): re-applies
        nothing already in force, and sizes the fonts screens set themselves."""
        if text_scale != self.text_scale:
            self.theme = theme
            self.set_text_scale(text_scale)  # applies the theme too
        elif theme != self.theme or colours_for(theme) is not self.colours:
            self.apply(theme)
        if self.text_scale != 1.0:
            # At 100% every size a screen set is already right (as in scale_new_page);
            # the walk over every widget cost ~10 ms of a first run's start.
            self.scale_own_fonts()

    def set_text_scale(self, scale: float) -> None:
        """Scale all text live: the app font, the sheet's sizes and widgets' own fonts."""
        # One list for both passes, checked before the second: re-polishing every widget
        # can delete Qt's own internal ones, and asking the application again for all
        # widgets could then hand back a stale wrapper (seen as a rare crash in tests).
        widgets = list(QApplication.allWidgets())
        self._remember_own_fonts(widgets)
        self.text_scale = scale
        font = QFont(self.app.font())
        font.setPointSizeF(self.base_point_size * scale)
        self.app.setFont(font)
        # Setting the sheet again makes Qt hand the new application font to every widget.
        self.apply(self.theme)
        self._apply_own_fonts([w for w in widgets if shiboken6.isValid(w)])

    def scale_own_fonts(self, widgets: list[QWidget] | None = None) -> None:
        """Fonts and style-sheet sizes a screen set on its widgets, at the current scale.

        Call after building widgets that set their own font sizes while the scale is
        not 1 (the window does it once after loading the screens).
        """
        self._remember_own_fonts(widgets)
        self._apply_own_fonts(widgets)

    def _apply_own_fonts(self, widgets: list[QWidget] | None = None) -> None:
        for widget in QApplication.allWidgets() if widgets is None else widgets:
            base = widget.property(_BASE_PT)
            if base is not None:
                # A hidden widget takes a new sheet (and its font) only when polished:
                # polish now, or the sheet would undo this size later.
                widget.ensurePolished()
                target = scaled_size(float(base), self.text_scale)
                if abs(widget.font().pointSizeF() - target) > 0.01:
                    font = QFont(widget.font())
                    font.setPointSizeF(target)
                    widget.setFont(font)
                widget.setProperty(_SET_PT, target)
            sheet = widget.property(_BASE_SHEET)
            if sheet is not None:
                scaled = scale_points(str(sheet), self.text_scale)
                if widget.styleSheet() != scaled:
                    widget.setStyleSheet(scaled)
                widget.setProperty(_SET_SHEET, scaled)

    def _remember_own_fonts(self, widgets: list[QWidget] | None = None) -> None:
        """Note, at the scale now in force, each widget's own size as it would be at 100%."""
        from PySide6.QtCore import Qt  # not at import: the Qt namespace is slow to load

        app_size = self.app.font().pointSizeF()
        for widget in QApplication.allWidgets() if widgets is None else widgets:
            if widget.testAttribute(Qt.WidgetAttribute.WA_SetFont):
                size = widget.font().pointSizeF()
                if size > 0 and widget.property(_SET_PT) != round(size, 2):
                    # A copy of the application font (made bold, say) follows the app's
                    # size; any other size is the screen's own choice at 100%.
                    same = abs(size - app_size) < 0.01
                    widget.setProperty(_BASE_PT, size / self.text_scale if same else size)
            sheet = widget.styleSheet()
            if sheet and widget.property(_SET_SHEET) != sheet and _POINTS.search(sheet):
                widget.setProperty(_BASE_SHEET, sheet)

    def _system_changed(self, scheme: QtCore.Qt.ColorScheme) -> None:
        if self.theme == "system" and scheme != QtCore.Qt.ColorScheme.Unknown:
            self.apply("dark" if scheme == QtCore.Qt.ColorScheme.Dark else "light")
            self.theme = "system"


# The largest window icon a taskbar or window switcher shows (256 px is Windows' largest
# too); the 512 and 1024 px files are for launchers and stores (packaging/build.py).
WINDOW_ICON_MAX = 256


def app_icon() -> QIcon:
    """The window icon from the PNG sizes up to WINDOW_ICON_MAX (no SVG renderer needed
    at start-up). On X11 Qt decodes every size of the window icon and hands it to the
    window manager as the window is made: with 512 and 1024 px that was ~33 ms of CPU
    before the first paint on Xvfb (docs/decisions/008-speed.md, "17c")."""
    icon = QIcon()
    icons_dir = resources.path("images", "icons")
    for png in sorted(icons_dir.glob("app-icon-*.png")) if icons_dir.is_dir() else []:
        size = png.stem.removeprefix("app-icon-")
        if size.isdigit() and int(size) <= WINDOW_ICON_MAX:
            icon.addFile(str(png))
    return icon
