"""What helps, at large text: the column titles, counts and names keep their room (at 200%
a fixed 70 px count column and one-line titles overlapped, and long names were cut)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF
from tests.gui.test_layout_fits import text_scale  # noqa: F401 - a fixture

from backcoach.domain.progress_effects import Effect
from backcoach.ui.progress.effect_bars import EffectBars

LONG = "Appui sur les mains à quatre pattes, les coudes tendus et le dos bien long"


def test_titles_counts_and_long_names_fit_at_200_percent(
    qtbot,
    text_scale,  # noqa: F811 - the fixture imported above
) -> None:
    text_scale(2.0)
    bars = EffectBars()
    qtbot.addWidget(bars)
    effects = [Effect("a", 125, 0.8, -0.3), Effect("b", 6, 1.5, 0.0)]
    bars.set_effects(effects, {"a": "Extension", "b": LONG}, "Exercise")
    bars.resize(700, bars.height())
    bars.show()
    qtbot.waitExposed(bars)
    times_x, during_x, after_x, bar_w = bars._columns()
    bold = QFont(bars.font())
    bold.setBold(True)
    titles = QFontMetricsF(bold)
    text = QFontMetricsF(bars.font())
    assert titles.horizontalAdvance(bars.tr("Times")) <= during_x - times_x - 4
    assert text.horizontalAdvance("125") <= during_x - times_x - 4
    for title in (bars.tr("While doing it"), bars.tr("Right after")):
        assert all(titles.horizontalAdvance(word) <= bar_w for word in title.split())
    # The long name wraps: its row is as tall as its lines, and the widget holds them all.
    rows = bars._row_heights()
    wrapped = text.boundingRect(
        QRectF(0, 0, times_x - 12, 1e6), Qt.TextFlag.TextWordWrap, LONG
    ).height()
    assert rows[1] >= wrapped > text.height() * 1.5
    assert bars.height() >= bars._header_h() + sum(rows)
    assert after_x + bar_w <= bars.width() + 1
