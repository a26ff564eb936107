"""The Patient-Specific Functional Scale's rules (CLINICAL.md section 7)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from backcoach.domain import function_scale as fs

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def check(day: int, *ratings: tuple[str, str, int | None]) -> fs.FunctionCheck:
    return fs.make_check(list(ratings), T0 + timedelta(days=day), check_id=f"c{day}")


def test_mean_is_the_average_of_the_rated_activities() -> None:
    c = check(0, ("a", "Putting on socks", 3), ("b", "Lifting a child", 5), ("c", "Film", None))
    assert c.mean == 4.0


def test_meaningful_change_is_two_points_for_the_mean_and_three_for_one_activity() -> None:
    first = check(0, ("a", "Socks", 3), ("b", "Child", 5), ("c", "Film", 4))
    later = check(14, ("a", "Socks", 6), ("b", "Child", 6), ("c", "Film", 6))
    change = fs.mean_change([later, first])
    assert change is not None and change.delta == pytest.approx(2.0) and change.improved
    items = {h.item_id: h for h in fs.item_histories([first, later])}
    assert items["a"].change is not None and items["a"].change.improved
    assert items["b"].change is not None and not items["b"].change.meaningful
    assert [h.item_id for h in fs.improvements([first, later])] == ["a"]


def test_a_rename_keeps_the_line_and_each_rating_keeps_its_name() -> None:
    first = check(0, ("a", "Socks", 2), ("b", "Child", 5), ("c", "Film", 4))
    later = check(14, ("a", "Putting on socks", 6), ("b", "Child", 5))
    (socks, child, film) = fs.item_histories([first, later])
    assert socks.name == "Putting on socks" and [p[1] for p in socks.points] == [2, 6]
    assert first.scores[0].name == "Socks"
    assert film.retired and not child.retired
    assert [s.item_id for s in fs.current_items([first, later])] == ["a", "b"]


def test_an_added_activity_starts_its_own_line() -> None:
    first = check(0, ("a", "Socks", 2), ("b", "Child", 5), ("c", "Film", 4))
    later = fs.make_check([("a", "Socks", 3), (None, "Gardening", 1)], T0 + timedelta(days=15))
    new = fs.item_histories([first, later])[1]
    assert new.name == "Gardening" and new.change is None and len(new.item_id) == 32


def test_due_about_every_two_weeks() -> None:
    assert fs.next_due([]) is None and not fs.is_due([], T0.date())
    first = check(0, ("a", "Socks", 2))
    due = fs.next_due([first])
    assert due is not None
    assert (due - first.local_day()).days == 14
    assert not fs.is_due([first], due - timedelta(days=1)) and fs.is_due([first], due)


@pytest.mark.parametrize(
    "names",
    [["a", "b"], ["a", "b", "c", "d", "e", "f"], ["Socks", "socks ", "Film"], ["a", " ", "c"]],
)
def test_setup_needs_three_to_five_different_named_activities(names: list[str]) -> None:
    with pytest.raises(ValueError):
        fs.check_setup(names)


def test_setup_tidies_names() -> None:
    assert fs.check_setup(["  Putting  on socks ", "Film", "Child"])[0] == "Putting on socks"


@pytest.mark.parametrize("score", [-1, 11, 2.5, True, "3"])
def test_ratings_are_whole_numbers_from_0_to_10(score: object) -> None:
    with pytest.raises(ValueError):
        fs.ItemScore("a", "Socks", score)  # type: ignore[arg-type]


def test_a_check_needs_one_rating_and_no_activity_twice() -> None:
    with pytest.raises(ValueError):
        check(0, ("a", "Socks", None))
    with pytest.raises(ValueError):
        check(0, ("a", "Socks", 1), ("a", "Film", 2))


scores = st.integers(0, 10)
checks_strategy = st.lists(
    st.lists(st.one_of(st.none(), scores), min_size=3, max_size=5).filter(
        lambda xs: any(x is not None for x in xs)
    ),
    min_size=1,
    max_size=8,
)


def build(rounds: list[list[int | None]]) -> list[fs.FunctionCheck]:
    return [
        fs.make_check(
            [(f"i{n}", f"Activity {n}", s) for n, s in enumerate(r)],
            T0 + timedelta(days=14 * k),
            check_id=f"c{k}",
        )
        for k, r in enumerate(rounds)
    ]


@given(checks_strategy)
def test_mean_stays_on_the_scale_and_change_matches_the_rule(
    rounds: list[list[int | None]],
) -> None:
    history = build(rounds)
    for c in history:
        assert 0 <= c.mean <= 10
    change = fs.mean_change(history)
    if len(history) < 2:
        assert change is None
        return
    assert change is not None
    assert change.meaningful == (abs(history[-1].mean - history[0].mean) >= 2 - 1e-9)
    assert not (change.improved and change.worse)


@given(checks_strategy)
def test_item_change_is_meaningful_exactly_at_three_points(
    rounds: list[list[int | None]],
) -> None:
    for item in fs.item_histories(build(rounds)):
        change = item.change
        if change is None:
            assert len(item.points) < 2
            continue
        first, latest = item.points[0][1], item.points[-1][1]
        assert change.meaningful == (abs(latest - first) >= 3)
        assert change.improved == (latest - first >= 3)


@given(checks_strategy, st.permutations(range(8)))
def test_order_of_the_history_does_not_matter(rounds, order) -> None:
    history = build(rounds)
    shuffled = [history[i] for i in order if i < len(history)]
    assert fs.mean_change(shuffled) == fs.mean_change(history)
    assert fs.item_histories(shuffled) == fs.item_histories(history)
    assert fs.next_due(shuffled) == fs.next_due(history)


def test_no_round_means_no_news_and_nothing_due() -> None:
    # Home's start skips the scale's rules when no round is stored
    # (services/function_scale.recheck_due, ui/function_scale/scale_texts.home_news):
    # these are the answers the rules give then.
    assert fs.improvements([]) == [] and fs.mean_change([]) is None
    assert not any(fs.is_due([], T0.date() + timedelta(days=n)) for n in range(-400, 400))
