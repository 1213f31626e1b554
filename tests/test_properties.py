"""Properties over 1990-2100 (hypothesis)."""

from __future__ import annotations

import contextlib
import datetime as dt
import threading
from concurrent.futures import ThreadPoolExecutor

from hypothesis import given, settings
from hypothesis import strategies as st

import azcal

dates = st.dates(min_value=dt.date(1991, 1, 1), max_value=dt.date(2099, 12, 31))
counts = st.integers(min_value=-2000, max_value=2000)


@settings(max_examples=300, deadline=None)
@given(dates, counts)
def test_add_workdays_crosses_exactly_n_workdays(start: dt.date, n: int) -> None:
    try:
        result = azcal.add_workdays(start, n)
    except azcal.YearOutOfRangeError:
        return
    rolled = azcal.Calendar().roll(start)
    assert azcal.is_workday(result)
    assert azcal.workdays_between(rolled, result) == n
    if azcal.is_workday(start):
        assert azcal.add_workdays(result, -n) == start


@settings(max_examples=300, deadline=None)
@given(dates, dates, dates)
def test_workdays_between_is_additive(a: dt.date, b: dt.date, c: dt.date) -> None:
    assert azcal.workdays_between(a, b) + azcal.workdays_between(b, c) == azcal.workdays_between(a, c)


@settings(max_examples=200, deadline=None)
@given(dates)
def test_next_and_previous_workday_are_neighbours(day: dt.date) -> None:
    after = azcal.next_workday(day)
    assert after > day and azcal.workdays_between(day + dt.timedelta(days=1), after) == 0
    before = azcal.previous_workday(day)
    assert before < day and azcal.workdays_between(before + dt.timedelta(days=1), day) == 0


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=20) | st.binary(max_size=20) | st.integers() | st.none() | st.floats())
def test_the_date_parser_answers_or_raises_an_azcal_error(value: object) -> None:
    with contextlib.suppress(azcal.AzcalError):
        azcal.is_workday(value)  # type: ignore[arg-type]


def test_many_threads_compiling_at_once_agree_with_one() -> None:
    expected = {y: [d.is_workday for d in azcal.year(y).days] for y in range(2000, 2031)}
    cal = azcal.Calendar()
    barrier = threading.Barrier(8)

    def ask(year: int) -> list[bool]:
        barrier.wait(timeout=10) if year < 2008 else None
        return [d.is_workday for d in cal.year(year).days]

    with ThreadPoolExecutor(max_workers=8) as pool:
        answers = dict(zip(expected, pool.map(ask, expected), strict=True))
    assert answers == expected
