"""What a start does before its first paint (docs/decisions/008-speed.md, "17c").

PySide6 builds a class, with all its Python enum types, the first time a module reads it
(``from PySide6.QtWidgets import QStyle`` at module level counts): QStyle cost ~6 ms,
QMessageBox ~1.5 ms, and platformdirs' import ~12-15 ms, all before the window showed.
These checks run a real start in a child process and look at what it had made when the
window first painted.
"""

from __future__ import annotations

import json
from pathlib import Path

from tests.gui.start_probe import run_probe

PROBE = """
import json, sys
from backcoach.ui import main_window

seen = {}
paint = main_window.MainWindow.paintEvent

def first_paint(window, event):
    paint(window, event)
    if not seen:
        qt = {}
        for name in ("QtCore", "QtGui", "QtWidgets"):
            module = sys.modules["PySide6." + name]
            qt[name] = sorted(k for k, v in vars(module).items() if isinstance(v, type))
        seen.update(qt=qt, modules=sorted(sys.modules))
        # After the list above: reading the style makes the QStyle class.
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance()
        app.setStyleSheet("")  # the sheet's own style wraps the application's
        seen["style"] = app.style().metaObject().className()

main_window.MainWindow.paintEvent = first_paint
from backcoach.cli import main
status = main(["--data-dir", sys.argv[1]])
print("PROBE " + json.dumps(seen))
sys.exit(status)
"""


def _first_paint(data_dir: Path) -> dict:
    # Fusion must win over the desktop's choice.
    return json.loads(run_probe(PROBE, data_dir, "PROBE ", QT_STYLE_OVERRIDE="Windows"))


def test_the_first_paint_makes_no_class_it_does_not_draw_with(tmp_path: Path) -> None:
    seen = _first_paint(tmp_path / "data")
    widgets = set(seen["qt"]["QtWidgets"])
    # Fusion is named on Qt's command line, not set (setStyle hands back a QStyle).
    assert "QStyle" not in widgets
    # Message boxes are made when one is shown, not imported at start.
    assert "QMessageBox" not in widgets
    # The folders come without platformdirs (tests/test_paths.py checks the answer).
    assert "platformdirs" not in seen["modules"]
    # And the window paints in Fusion, with the style sheet over it.
    assert seen["style"] == "QFusionStyle"


AT_USABLE = """
import json, sys
from backcoach.ui import application

def usable_then_quit(app):
    import PySide6.QtWidgets as widgets

    made = sorted(k for k, v in vars(widgets).items() if isinstance(v, type))
    print("PROBE " + json.dumps({"widgets": made, "modules": sorted(sys.modules)}))
    app.quit()

application._usable_then_quit = usable_then_quit
from backcoach.cli import main
sys.exit(main(["--data-dir", sys.argv[1]]))
"""

# What only the welcome's later steps use (its questions, its result) or a dialog needs.
NOT_FOR_THE_WELCOME = ("QStyle", "QMessageBox", "QComboBox", "QRadioButton", "QButtonGroup")
LATER_STEPS = (
    "html",
    "backcoach.domain.direction_check",
    "backcoach.ui.domain_words",
    "backcoach.ui.onboarding.direction_words",
    "backcoach.ui.routines.summary",
    "backcoach.ui.widgets.flow_layout",
)


def test_a_first_run_shows_the_welcome_without_its_later_steps_code(tmp_path: Path) -> None:
    seen = json.loads(run_probe(AT_USABLE, tmp_path / "data", "PROBE "))
    assert "backcoach.ui.onboarding.onboarding_page" in seen["modules"]  # the welcome showed
    assert set(NOT_FOR_THE_WELCOME) & set(seen["widgets"]) == set()
    assert set(LATER_STEPS) & set(seen["modules"]) == set()


def test_the_window_icon_has_no_size_larger_than_a_taskbar_shows(qapp) -> None:
    """On X11 Qt decodes every size of the window icon and sends it to the window manager
    as the window is made: the 512 and 1024 px files cost ~33 ms before the first paint."""
    from backcoach import resources
    from backcoach.ui.theme import WINDOW_ICON_MAX, app_icon

    sizes = sorted(size.width() for size in app_icon().availableSizes())
    assert sizes and max(sizes) == WINDOW_ICON_MAX
    assert min(sizes) == 16  # the small sizes stay for title bars and taskbars
    shipped = len(list(resources.path("images", "icons").glob("app-icon-*.png")))
    assert len(sizes) == shipped - 2  # only 512 and 1024 are left to the launchers
