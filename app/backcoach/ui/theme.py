"""Light and dark themes: a Fusion palette plus one style sheet with colour tokens.

The style sheet lives in ``resources/ui/style.qss`` and names colours as ``@token``; the
tokens are filled in here so both themes share one sheet. "system" follows the
desktop's colour scheme and switches live when it changes.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6 import QtCore
from PySide6.QtGui import QColor, QFont, QGuiApplication, QIcon, QPalette
from PySide6.QtWidgets import QApplication

from backcoach import resources


@dataclass(frozen=True)
class Colours:
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

    def tokens(self) -> dict[str, str]:
        return {f"@{name}": value for name, value in self.__dict__.items()}


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


def style_sheet(c: Colours) -> str:
    sheet = resources.ui_path("style.qss").read_text(encoding="utf-8")
    # Longest tokens first so "@accent_text" is not eaten by "@accent".
    for token, value in sorted(c.tokens().items(), key=lambda kv: -len(kv[0])):
        sheet = sheet.replace(token, value)
    return sheet


class ThemeManager:
    """Applies a theme to the application and follows the system when asked to."""

    def __init__(self, app: QApplication, theme: str = "system") -> None:
        self.app = app
        self.theme = theme
        app.setStyle("Fusion")
        font = QFont(app.font())
        # Larger than desktop default: the user reads from further away than usual.
        font.setPointSizeF(max(font.pointSizeF(), 10.0) * 1.15)
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
        self.app.setPalette(_palette(self.colours))
        self.app.setStyleSheet(style_sheet(self.colours))

    def is_dark(self) -> bool:
        return self.colours is DARK

    def _system_changed(self, scheme: QtCore.Qt.ColorScheme) -> None:
        if self.theme == "system" and scheme != QtCore.Qt.ColorScheme.Unknown:
            self.apply("dark" if scheme == QtCore.Qt.ColorScheme.Dark else "light")
            self.theme = "system"


def app_icon() -> QIcon:
    """The window icon from the PNG sizes (no SVG renderer needed at start-up)."""
    icon = QIcon()
    icons_dir = resources.path("images", "icons")
    for png in sorted(icons_dir.glob("app-icon-*.png")) if icons_dir.is_dir() else []:
        icon.addFile(str(png))
    return icon
