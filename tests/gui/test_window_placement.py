"""Where the main window opens: from the screen's free area, or where it was last time,
onto a screen that still exists (the screen list is made up here)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QRect

from backcoach.storage import Store
from backcoach.ui import window_placement as placement
from backcoach.ui.application import build_main_window
from backcoach.ui.window_placement import Rect

LAPTOP = Rect(0, 0, 1366, 740)  # 1366x768 less a panel
SMALL = Rect(0, 27, 1024, 573)  # 1024x600 less a top bar
BIG = Rect(1366, 0, 2560, 1400)  # a second screen right of the laptop


def test_first_window_takes_at_most_90_percent_of_the_free_area_centred() -> None:
    rect = placement.first_rect(LAPTOP)
    assert rect.width <= 0.9 * LAPTOP.width and rect.height <= 0.9 * LAPTOP.height
    assert abs((rect.x - LAPTOP.x) - (LAPTOP.right - rect.right)) <= 1  # centred
    assert abs((rect.y - LAPTOP.y) - (LAPTOP.bottom - rect.bottom)) <= 1
    small = placement.first_rect(SMALL)
    assert small.y >= SMALL.y and small.bottom <= SMALL.bottom
    assert small.height <= 0.9 * SMALL.height
    # A large screen does not get a huge window: the size BackCoach is made for.
    assert placement.first_rect(BIG)[2:] == placement.PREFERRED


def test_minimum_size_never_exceeds_a_small_screen() -> None:
    width, height = placement.minimum_size(SMALL)
    assert width <= SMALL.width and height <= SMALL.height * 0.9
    assert placement.minimum_size(BIG) == placement.MINIMUM


def test_a_remembered_place_on_a_screen_that_is_gone_falls_back_to_the_primary() -> None:
    on_second = Rect(1500, 100, 1200, 900)
    assert placement.placement(on_second, [LAPTOP, BIG], LAPTOP) == on_second
    # The second screen was unplugged: the window opens on the laptop's screen.
    assert placement.placement(on_second, [LAPTOP], LAPTOP) == placement.first_rect(LAPTOP)


def test_a_remembered_place_too_big_for_its_screen_now_is_shrunk_into_it() -> None:
    saved = Rect(100, 50, 1280, 800)
    fitted = placement.placement(saved, [SMALL], SMALL)
    assert fitted.width <= SMALL.width and fitted.height <= SMALL.height
    assert fitted.x >= SMALL.x and fitted.y >= SMALL.y
    assert fitted.right <= SMALL.right and fitted.bottom <= SMALL.bottom


def test_a_window_whose_title_bar_is_off_screen_is_not_restored_there() -> None:
    above = Rect(200, -500, 900, 520)  # only its bottom edge shows
    assert placement.placement(above, [LAPTOP], LAPTOP) == placement.first_rect(LAPTOP)
    sliver = Rect(1300, 100, 900, 600)  # 66 px of it on the laptop, none elsewhere
    assert placement.placement(sliver, [LAPTOP], LAPTOP) == placement.first_rect(LAPTOP)


screens_strategy = st.lists(
    st.builds(
        Rect,
        st.integers(-3000, 3000),
        st.integers(-2000, 2000),
        st.integers(320, 4000),
        st.integers(240, 3000),
    ),
    min_size=1,
    max_size=3,
)
saved_strategy = st.none() | st.builds(
    Rect,
    st.integers(-6000, 6000),
    st.integers(-6000, 6000),
    st.integers(-10, 5000),
    st.integers(-10, 5000),
)


@given(screens_strategy, saved_strategy)
def test_the_window_always_opens_inside_one_existing_screen(screens, saved) -> None:
    rect = placement.placement(saved, screens, screens[0])
    inside = [
        s
        for s in screens
        if s.x <= rect.x and s.y <= rect.y and rect.right <= s.right and rect.bottom <= s.bottom
    ]
    assert inside, (rect, screens)
    assert rect.width > 0 and rect.height > 0


# --- the real window, with a made-up screen list -------------------------------------
def _fake_screens(monkeypatch, screens: list[Rect], primary: Rect) -> None:
    monkeypatch.setattr(placement, "screens_now", lambda: (list(screens), primary))


def _open(qtbot, data_dir):
    store = Store.open(data_dir).store
    window = build_main_window(data_dir, store)
    qtbot.addWidget(window)
    return window, store


def test_first_start_sizes_the_window_from_the_screen(
    qtbot, data_dir, ready_store, monkeypatch
) -> None:
    ready_store.close()
    _fake_screens(monkeypatch, [LAPTOP], LAPTOP)
    window, store = _open(qtbot, data_dir)
    assert window.geometry().getRect() == tuple(placement.first_rect(LAPTOP))
    assert window.minimumHeight() <= LAPTOP.height
    store.close()


def test_size_place_and_maximised_state_come_back_on_a_screen_that_still_exists(
    qtbot, data_dir, ready_store, monkeypatch
) -> None:
    ready_store.close()
    _fake_screens(monkeypatch, [LAPTOP, BIG], LAPTOP)
    window, store = _open(qtbot, data_dir)
    window.setGeometry(QRect(1500, 100, 1200, 900))
    window.close()
    store.close()
    again, store = _open(qtbot, data_dir)
    assert again.geometry().getRect() == (1500, 100, 1200, 900)
    assert not again.windowState() & again.windowState().WindowMaximized
    again.showMaximized()
    again.close()
    store.close()

    # The big screen is gone: the remembered place is off every screen now.
    _fake_screens(monkeypatch, [LAPTOP], LAPTOP)
    third, store = _open(qtbot, data_dir)
    assert third.geometry().getRect() == tuple(placement.first_rect(LAPTOP))
    assert third.windowState() & third.windowState().WindowMaximized  # still maximised
    store.close()


def test_an_unreadable_remembered_place_opens_a_first_window(
    qtbot, data_dir, ready_store, monkeypatch
) -> None:
    ready_store.close()
    (data_dir / "window-state.ini").write_text("[main]\nrect=a, b, c\nmaximized=perhaps\n")
    _fake_screens(monkeypatch, [SMALL], SMALL)
    window, store = _open(qtbot, data_dir)
    assert window.geometry().getRect() == tuple(placement.first_rect(SMALL))
    assert not window.isMaximized()
    store.close()
