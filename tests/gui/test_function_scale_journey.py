"""Done-when for issue 18: set-up after the direction check, two re-ratings a fortnight
apart with a rename and a retirement, then the stored history, Progress and the report."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from PySide6.QtCore import Qt

from backcoach.services import function_scale, report, report_data
from backcoach.ui import main_window
from backcoach.ui.application import build_main_window

ZONE = timezone(timedelta(hours=1))
START = datetime(2026, 3, 2, 9, 0, tzinfo=ZONE)


class Calendar:
    def __init__(self) -> None:
        self.now = START

    def advance(self, days: int) -> None:
        self.now += timedelta(days=days)


@pytest.fixture
def calendar(monkeypatch) -> Calendar:
    cal = Calendar()
    monkeypatch.setattr(function_scale, "_now", lambda: cal.now)
    monkeypatch.setattr(main_window, "_today", lambda: cal.now.date())
    return cal


def _type_scores(qtbot, page, scores: list[int]) -> None:
    """Digits from the keyboard, as in the session: each moves on to the next box."""
    page.rows[0].box.setFocus()
    for score in scores:
        key = Qt.Key.Key_Plus if score == 10 else Qt.Key(int(Qt.Key.Key_0) + score)
        qtbot.keyClick(page.focusWidget(), key)


def test_setup_two_reratings_a_rename_and_a_retirement(
    qtbot, data_dir, store, calendar, tmp_path
) -> None:
    window = build_main_window(data_dir, store)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    onboarding = window.onboarding
    onboarding.next()
    onboarding.none_button.click()
    onboarding.next()
    onboarding.next()

    # Set-up: three activities, two from the examples and one in the person's own words.
    assert window.current_screen() == "activities"
    page = window.function_scale
    page._use_example("Putting on socks")
    page._use_example("Lifting a child")
    page.rows[2].name.setText("Sitting  through a film ")
    page.save_button.click()
    assert page.message.isVisible() and "rate each" in page.message.text()
    _type_scores(qtbot, page, [3, 2, 4])
    assert page.focusWidget() is page.save_button
    page.save_button.click()
    assert window.current_screen() == "home"
    [first] = store.function_checks.all()
    assert [(s.name, s.score) for s in first.scores] == [
        ("Putting on socks", 3),
        ("Lifting a child", 2),
        ("Sitting through a film", 4),
    ]
    assert not window.home.activities_card.isVisible()

    # A fortnight later Home offers the re-rating; socks improve, the child is renamed.
    calendar.advance(14)
    window.refresh_home()
    assert window.home.activities_card.isVisible()
    window.home.activities_button.click()
    page = window.function_scale
    assert page.rerating and [r.previous for r in page.rows] == [3, 2, 4]
    page.rows[1].name.setText("Lifting my grandson")
    _type_scores(qtbot, page, [5, 4, 5])
    page.save_button.click()

    # Another fortnight: the film is no longer rated; gardening is added.
    calendar.advance(14)
    window.refresh_home()
    window.home.activities_button.click()
    page = window.function_scale
    page.rows[2].retire.click()
    page.add_button.click()
    page.rows[2].name.setText("Working in the garden")
    _type_scores(qtbot, page, [7, 5, 3])
    page.save_button.click()
    assert window.current_screen() == "home"

    # The stored history: the same ids across the rename, each rating with its name then.
    checks = store.function_checks.all()
    assert [c.at for c in checks] == [START, START + timedelta(days=14), START + timedelta(28)]
    socks, child, film = (s.item_id for s in checks[0].scores)
    assert [(s.item_id, s.name, s.score) for s in checks[1].scores] == [
        (socks, "Putting on socks", 5),
        (child, "Lifting my grandson", 4),
        (film, "Sitting through a film", 5),
    ]
    assert checks[0].scores[1].name == "Lifting a child"
    assert [s.item_id for s in checks[2].scores][:2] == [socks, child]
    assert film not in [s.item_id for s in checks[2].scores]
    assert checks[2].scores[2].name == "Working in the garden"
    assert store.close()
    reopened = type(store).open(data_dir).store
    assert reopened.function_checks.all() == checks
    reopened.close()

    # Home mentions the real improvement (socks 3 -> 7; the mean 3 -> 5).
    assert window.home.activities_card.isVisible()
    assert not window.home.activities_button.isVisible()
    assert "from 3 to 5 since March — a real change" in window.home.activities_text.text()

    # Progress: the numbers and the sentences.
    progress = window.show_screen("progress")
    progress.wait_loaded()
    qtbot.waitUntil(lambda: progress.scale_card.chart is not None, timeout=5000)
    card = progress.scale_card
    card.refresh()
    lines = card.summary.text().splitlines()
    assert lines[0] == "Average of your activities: from 3 to 5 since March — a real change."
    assert "Putting on socks: from 3 to 7 since March — a real change." in lines
    assert "Lifting my grandson: from 2 to 5 since March — a real change." in lines
    assert "Working in the garden: 3, first rating." in lines
    assert (
        "Sitting through a film: from 4 to 5 since March — not yet a clear change "
        "(no longer rated)." in lines
    )
    chart = card.chart
    assert list(chart.mean.getData()[1]) == [3.0, pytest.approx(14 / 3), 5.0]
    assert chart.band.getRegion() == (1.0, 5.0)

    # The report: the section's words and numbers.
    data = report_data.gather(window.context, START.date(), (START + timedelta(days=28)).date())
    document = report.build_document(data)
    text = document.toPlainText()
    assert "What the person can do (Patient-Specific Functional Scale)" in text
    assert "Mean 3 on 2 Mar 2026, 5 on 30 Mar 2026: +2.0, meaningful improvement." in text
    assert "Putting on socks\n3 (2 Mar 2026)\n7 (30 Mar 2026)\n+4\nmeaningful improvement" in text
    assert "Lifting my grandson\n2 (2 Mar 2026)\n5 (30 Mar 2026)\n+3\nmeaningful" in text
    assert "Working in the garden\n3 (30 Mar 2026)\n–\n–\none rating so far" in text
    assert "Sitting through a film (no longer rated)" in text
    pdf = report.write_pdf(data, tmp_path / "report.pdf")
    assert pdf.stat().st_size > 10_000
