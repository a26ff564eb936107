"""The wrapping row: items of one line are centred on the line's height, as in a box
layout (the first-run "Prefer a different start?" beside its taller choice box), and
its items are owned so that no Python wrapper outlives the item Qt deleted."""

from __future__ import annotations

import gc
import os
import subprocess
import sys
import textwrap

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import Shiboken

from backcoach.ui.widgets.flow_layout import FlowLayout, flow_row, wrap_row


def test_a_label_beside_a_taller_box_is_centred_on_it(qtbot) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    row = FlowLayout(host)
    label = QLabel("Prefer a different start?")
    combo = QComboBox()
    combo.addItem("Extension: gentle arching backwards")
    combo.setMinimumHeight(label.sizeHint().height() * 3)
    row.addWidget(label)
    row.addWidget(combo)
    host.resize(row.sizeHint().width() + 20, combo.minimumHeight() + 10)
    host.show()
    qtbot.waitExposed(host)
    assert label.geometry().center().y() == combo.geometry().center().y()
    assert label.y() > combo.y()


def test_items_that_wrap_start_a_new_line_below_the_tallest(qtbot) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    row = FlowLayout(host)
    first, second = QLabel("first"), QComboBox()
    second.addItem("a choice that will not fit beside the first one")
    second.setMinimumHeight(first.sizeHint().height() * 2)
    row.addWidget(first)
    row.addWidget(second)
    host.resize(second.sizeHint().width() + 5, 200)
    host.show()
    qtbot.waitExposed(host)
    assert second.y() >= first.geometry().bottom()
    assert first.x() == second.x() == 0


# --- ownership of the items (docs/decisions/011-flow-layout.md) -----------------------

# A child process, so a crash fails this test instead of ending the run. Rows sit in box
# layouts (as on every page); widgets leave them (deleted, moved away, removed), new
# ones arrive, pages go, the focus chain is walked and the rows laid out again.
CHURN = textwrap.dedent(
    """
    import gc, random, sys
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import (
        QApplication, QHBoxLayout, QLabel, QLayout, QPushButton, QVBoxLayout, QWidget)
    from shiboken6 import Shiboken
    from backcoach.ui.widgets.flow_layout import FlowLayout, flow_row, wrap_row

    app = QApplication([])
    errors = []
    sys.excepthook = lambda kind, error, trace: errors.append(repr(error))

    def settle():
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        app.processEvents()

    def walk_focus(start):
        widget = start
        for _ in range(500):
            widget.focusPolicy(), widget.isVisible()
            widget = widget.nextInFocusChain()
            if widget is start:
                return

    # The address of an item Qt deleted comes back for the next item Qt makes.
    first = QWidget()
    row = flow_row(QPushButton("stays"), gone := QPushButton("goes"))
    QVBoxLayout(first).addLayout(row)
    second = QWidget()
    other = flow_row()
    QVBoxLayout(second).addLayout(other)
    spare = [QPushButton(str(i), second) for i in range(20)]
    gone.setParent(None)
    for button in spare:
        other.addWidget(button)
    QLayout.addWidget(other, QPushButton("made by Qt"))
    first.deleteLater()
    settle()
    second.show()
    settle()
    walk_focus(second)

    def page(rnd):
        host = QWidget()
        column = QVBoxLayout(host)
        rows = []
        for _ in range(rnd.randint(1, 3)):
            rows.append(flow_row(*(QPushButton(f"b{i}") for i in range(rnd.randint(1, 5)))))
            column.addLayout(rows[-1])
        box = QHBoxLayout()
        for i in range(3):
            box.addWidget(QPushButton(f"box {i}"))
        box.addStretch()
        column.addLayout(box)
        rows.append(wrap_row(box))
        inner = QWidget()
        rows.append(FlowLayout(inner))
        rows[-1].addWidget(QLabel("label"))
        column.addWidget(inner)
        host.resize(rnd.randint(120, 900), 400)
        host.show()
        return host, rows

    for seed in range(3):
        rnd = random.Random(seed)
        pages = []
        for step in range(150):
            roll = rnd.random()
            if roll < 0.25 or not pages:
                pages.append(page(rnd))
            elif roll < 0.45:
                host, rows = rnd.choice(pages)
                row = rnd.choice(rows)
                if row.count():
                    widget = row.itemAt(rnd.randrange(row.count())).widget()
                    how = rnd.random()
                    if how < 0.33:
                        widget.setParent(None)
                    elif how < 0.66:
                        row.removeWidget(widget)
                    widget.deleteLater()
            elif roll < 0.65:
                host, rows = rnd.choice(pages)
                rnd.choice(rows).addWidget(QPushButton(f"new {step}"))
            elif roll < 0.75:
                host, rows = pages.pop(rnd.randrange(len(pages)))
                host.deleteLater()
            elif roll < 0.8:  # a layout deleted before its items and widgets
                host, rows = rnd.choice(pages)
                row = rows.pop(rnd.randrange(len(rows))) if len(rows) > 1 else None
                if row is not None and Shiboken.isValid(row):
                    Shiboken.delete(row)
            elif roll < 0.9:
                for host, _ in pages:
                    walk_focus(host)
            else:
                for host, _ in pages:
                    host.resize(rnd.randint(120, 900), rnd.randint(200, 600))
                    host.adjustSize()
            settle()
            if step % 10 == 0:
                gc.collect()
        del pages, host, rows
        gc.collect()
        settle()
    if errors:
        sys.exit(f"errors in the layout's Python code: {sorted(set(errors))[:3]}")
    print("ok")
    app.quit()
    """
)


@pytest.mark.slow
def test_rows_survive_widgets_and_pages_coming_and_going() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONFAULTHANDLER": "1"}
    result = subprocess.run(
        [sys.executable, "-c", CHURN], capture_output=True, text=True, timeout=300, env=env
    )
    assert result.returncode == 0, result.stderr[-3000:]  # -11: a segfault
    assert result.stdout.strip() == "ok"


def test_an_item_qt_deletes_leaves_no_wrapper_behind(qtbot) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    column = QVBoxLayout(host)
    leaving = QPushButton("leaving")
    row = flow_row(QPushButton("staying"), leaving)
    column.addLayout(row)  # PySide lets the column keep the row's items' wrappers
    item = row.itemAt(1)
    leaving.setParent(None)  # Qt takes the item out of the row and deletes it
    assert row.count() == 1
    assert not Shiboken.isValid(item)  # no wrapper of a deleted item to hand out again


def test_items_made_by_qt_are_replaced_by_ones_python_can_follow(qtbot) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    row = FlowLayout(host)
    button = QPushButton("made by Qt's addWidget")
    QLayout.addWidget(row, button)
    row.addWidget(QPushButton("made here"))
    assert row.count() == 2
    assert row.itemAt(0).widget() is button
    assert all(Shiboken.createdByPython(row.itemAt(i)) for i in range(row.count()))


def test_the_items_left_go_with_the_row(qtbot) -> None:
    host = QWidget()
    column = QVBoxLayout(host)
    row = flow_row(QPushButton("a"), QPushButton("b"))
    column.addLayout(row)
    items = [row.itemAt(i) for i in range(row.count())]
    # Made in Python, an item's wrapper stays valid exactly as long as the item lives.
    assert all(Shiboken.createdByPython(item) for item in items)
    del row, column
    host.deleteLater()
    del host
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
    assert not any(Shiboken.isValid(item) for item in items)


def test_a_wrapped_form_row_keeps_its_widgets_in_place(qtbot) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    column = QVBoxLayout(host)
    column.addWidget(QLabel("above"))
    box = QHBoxLayout()
    box.setObjectName("filterRow")
    buttons = [QPushButton(text) for text in ("one", "two", "three")]
    for button in buttons:
        box.addWidget(button)
    box.addStretch()
    column.addLayout(box)
    column.addWidget(QLabel("below"))
    flow = wrap_row(box)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not Shiboken.isValid(box)  # the emptied row is deleted, not leaked
    assert column.count() == 3 and column.itemAt(1).layout() is flow
    assert flow.objectName() == "filterRow"
    assert [flow.itemAt(i).widget() for i in range(flow.count())] == buttons
