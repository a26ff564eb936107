"""The wrapping row: items of one line are centred on the line's height, as in a box
layout (the first-run "Prefer a different start?" beside its taller choice box)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from backcoach.ui.widgets.flow_layout import FlowLayout


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
