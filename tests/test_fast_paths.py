"""The compiled arrays and the numpy array queries agree with the engine's Day-by-Day answer, 1990-2100.

The engine gives each date its facts (kind, hours, ...); the arrays hold bits and counts derived from
them, and the packaged file holds both. These tests compile the official data afresh and check every
query of the loaded calendar against the facts, date by date.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import threading
from concurrent.futures import ThreadPoolExecutor
from itertools import accumulate
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import azcal
from azcal import arrays
from azcal.compiled import date_at
from azcal.engine import compile_official

FIRST, LAST = dt.date(1990, 1, 1), dt.date(2100, 12, 31)


@pytest.fixture(scope="module")
def engine_days() -> list[azcal.Day]:
    """Every Day of 1990-2100 from the engine's facts, compiled afresh, bypassing the packaged file."""
    compiled = compile_official()
    return [azcal.Day(date_at(i), compiled.facts(i)) for i in range(len(compiled.codes))]


@pytest.fixture(scope="module")
def all_dates(engine_days: list[azcal.Day]) -> np.ndarray:
    return np.array([d.date for d in engine_days], dtype="datetime64[D]")


def test_scalar_is_workday_agrees_on_every_date(engine_days: list[azcal.Day]) -> None:
    cal = azcal.Calendar()
    wrong = [d.date for d in engine_days if cal.is_workday(d.date) != d.is_workday]
    assert wrong == []
    assert sum(d.kind is azcal.Kind.WORKING_WEEKEND for d in engine_days) >= 30  # the hard cases are in there


def test_array_is_workday_agrees_on_every_date(engine_days: list[azcal.Day], all_dates: np.ndarray) -> None:
    answers = arrays.is_workday(all_dates, calendar=azcal.Calendar())
    assert answers.dtype == np.bool_
    assert answers.tolist() == [d.is_workday for d in engine_days]


def test_counts_from_1990_agree_on_every_date(engine_days: list[azcal.Day], all_dates: np.ndarray) -> None:
    counted = [0, *accumulate(d.is_workday for d in engine_days)][:-1]  # workdays before each date
    cal = azcal.Calendar()
    assert [cal.workdays_between(FIRST, d.date) for d in engine_days] == counted
    assert arrays.workdays_between(np.datetime64(FIRST), all_dates, calendar=cal).tolist() == counted


def test_working_hours_from_the_prefix_counts_agree_every_year(engine_days: list[azcal.Day]) -> None:
    hours: dict[int, int] = {}
    for day in engine_days:
        hours[day.date.year] = hours.get(day.date.year, 0) + day.hours
    cal = azcal.Calendar()
    assert {y: cal.working_hours(dt.date(y, 1, 1), dt.date(y + 1, 1, 1)) for y in hours} == hours


def test_days_are_the_engine_days(engine_days: list[azcal.Day]) -> None:
    cal = azcal.Calendar()
    assert [cal.day(d.date) for d in engine_days] == engine_days
    by_date = {d.date: d for d in engine_days}
    for day in (dt.date(2000, 3, 21), dt.date(2025, 6, 21), dt.date(2025, 1, 20)):
        assert cal.day(day) == by_date[day]
    assert list(cal.days(dt.date(2024, 12, 30), dt.date(2025, 1, 3))) == [
        by_date[dt.date(2024, 12, 30) + dt.timedelta(days=i)] for i in range(4)
    ]


def _walk(cal: azcal.Calendar, start: dt.date, n: int) -> dt.date:
    day, step = cal.roll(start), 1 if n >= 0 else -1
    for _ in range(abs(n)):
        day = cal.next_workday(day) if step > 0 else cal.previous_workday(day)
    return day


@settings(max_examples=200, deadline=None)
@given(st.dates(min_value=dt.date(1991, 1, 1), max_value=dt.date(2099, 12, 31)), st.integers(-400, 400))
def test_add_workdays_is_the_walk_it_replaces(start: dt.date, n: int) -> None:
    try:
        walked = _walk(azcal.Calendar(), start, n)
    except azcal.YearOutOfRangeError:
        with pytest.raises(azcal.YearOutOfRangeError):
            azcal.add_workdays(start, n)
        return
    assert azcal.add_workdays(start, n) == walked


@pytest.mark.parametrize("roll", ["following", "preceding", "modifiedfollowing", "modifiedpreceding"])
def test_array_add_workdays_agrees_with_scalar(roll: azcal.Roll) -> None:
    cal = azcal.Calendar()
    rng = np.random.default_rng(2025)
    starts = np.datetime64("1991-01-01") + rng.integers(0, 39_000, 3000)
    starts = np.concatenate([starts, np.array(["2025-06-21", "2024-12-28", "2025-01-18"], dtype="datetime64[D]")])
    steps = rng.integers(-300, 300, starts.size)
    got = arrays.add_workdays(starts, steps, roll).astype(object).tolist()
    expected = [cal.add_workdays(s, int(n), roll) for s, n in zip(starts.astype(object), steps, strict=True)]
    assert got == expected


def test_numpy_cannot_hold_a_working_saturday_but_azcal_can() -> None:
    saturday = np.array(["2025-06-21"], dtype="datetime64[D]")
    assert arrays.is_workday(saturday).tolist() == [True]
    assert np.is_busday(saturday).tolist() == [False]


def test_array_inputs_numpy_converts() -> None:
    mixed: list[object] = ["2025-01-20", dt.date(2025, 1, 21)]  # what numpy converts, though its stubs say less
    assert arrays.is_workday(mixed).tolist() == [False, True]  # type: ignore[arg-type]
    grid = np.array([["2025-06-20", "2025-06-21"], ["2025-06-22", "2025-06-23"]], dtype="datetime64[D]")
    assert arrays.is_workday(grid).tolist() == [[True, True], [False, True]]
    assert arrays.is_workday(np.array([], dtype="datetime64[D]")).tolist() == []
    with_time = np.array(["2025-06-21T23:59"], dtype="datetime64[m]")
    assert arrays.is_workday(with_time).tolist() == [True]


@pytest.mark.parametrize(
    ("values", "error", "words"),
    [
        (np.array(["2025-01-01", "NaT"], dtype="datetime64[D]"), azcal.InvalidDateError, "NaT"),
        (["1989-12-31"], azcal.YearOutOfRangeError, "1990-01-01 to 2100-12-31"),
        ([1, 2], azcal.DateTypeError, "int64"),
        (["2025-02-30"], azcal.InvalidDateError, "2025-02-30"),
        (["20250101"], azcal.InvalidDateError, "YYYY-MM-DD"),
    ],
)
def test_bad_array_input_is_named(values: object, error: type[Exception], words: str) -> None:
    with pytest.raises(error, match=words):
        arrays.is_workday(values)  # type: ignore[arg-type]


def test_array_add_workdays_errors() -> None:
    with pytest.raises(azcal.YearOutOfRangeError, match="2100-12-30"):
        arrays.add_workdays(["2025-01-02", "2100-12-30"], [1, 5])
    with pytest.raises(azcal.NotAWorkdayError, match="2025-01-18"):
        arrays.add_workdays(["2025-01-17", "2025-01-18"], 1, "raise")
    with pytest.raises(azcal.ArgumentTypeError, match="whole numbers"):
        arrays.add_workdays(["2025-01-17"], 1.5)
    with pytest.raises(azcal.InvalidArgumentError, match="unknown roll"):
        arrays.add_workdays(["2025-01-17"], 1, "sideways")  # type: ignore[arg-type]


def test_import_and_a_query_load_neither_numpy_nor_the_holidays_package() -> None:
    code = (
        "import sys, azcal; azcal.is_workday('2025-01-20'); azcal.workdays_between('2025-01-01', '2025-12-31');"
        "print(sorted(m for m in ('numpy', 'holidays', 'icalendar') if m in sys.modules))"
    )
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert loaded.strip() == "[]"


def test_threads_compiling_the_arrays_at_once_agree_with_one(engine_days: list[azcal.Day]) -> None:
    cal = azcal.Calendar()
    by_year: dict[int, list[bool]] = {}
    for day in engine_days:
        by_year.setdefault(day.date.year, []).append(day.is_workday)

    def ask(year: int) -> tuple[list[bool], int]:
        answers = [cal.is_workday(dt.date(year, 1, 1) + dt.timedelta(days=i)) for i in range(len(by_year[year]))]
        return answers, cal.workdays_between(dt.date(1990, 1, 1), dt.date(year, 1, 1))

    years = list(range(1990, 2101))
    with ThreadPoolExecutor(max_workers=8) as pool:
        results = dict(zip(years, pool.map(ask, years), strict=True))
    before = 0
    for year in years:
        answers, counted = results[year]
        assert answers == by_year[year]
        assert counted == before
        before += sum(by_year[year])


def test_add_workdays_in_a_calendar_with_few_workdays_a_year(tmp_path: Path) -> None:
    # A company closed on every even day up to the 28th: about 125 workdays a year, so 500 span 4 years.
    closed = [f"{m:02}-{d:02}" for m in range(1, 13) for d in range(2, 29, 2)]
    rules = tmp_path / "closed.toml"
    rules.write_text(
        "[holiday.winter_closure]\ncategory = 'day_off'\n"
        "names = { az = 'Qış tətili', en = 'Winter closure', ru = 'Зимнее закрытие' }\n"
        "basis = 'Company order 1'\nsource = 'https://intranet.example/1'\n"
        f"[[holiday.winter_closure.rule]]\nyears = [2000]\ndates = {closed!r}\n",
        encoding="utf-8",
    )
    cal = azcal.Calendar.with_rules(rules)
    assert cal.year(2020).workdays < 150
    for start, n in ((dt.date(2010, 7, 1), 500), (dt.date(2030, 7, 1), -500), (dt.date(2098, 7, 1), 90)):
        assert cal.add_workdays(start, n) == _walk(cal, start, n)
    with pytest.raises(azcal.YearOutOfRangeError, match="after 2100"):
        cal.add_workdays(dt.date(2098, 7, 1), 500)


@pytest.mark.parametrize("roll", ["following", "preceding", "modifiedfollowing", "modifiedpreceding"])
@pytest.mark.parametrize(("start", "n"), [("2100-12-31", -1), ("2100-12-31", 0), ("1990-01-01", 1), ("1990-01-01", 0)])
def test_the_range_ends_roll_the_same_in_the_scalar_and_the_array_queries(roll: azcal.Roll, start: str, n: int) -> None:
    # 1 January 1990 and 31 December 2100 are days off: following from the last has nothing to roll to,
    # preceding from the first neither; the modified rolls then go the other way.
    try:
        scalar: object = azcal.add_workdays(start, n, roll)
    except azcal.YearOutOfRangeError:
        scalar = azcal.YearOutOfRangeError
    try:
        array: object = arrays.add_workdays([start], n, roll).astype(object)[0]
    except azcal.YearOutOfRangeError:
        array = azcal.YearOutOfRangeError
    assert scalar == array
    as_date = dt.date.fromisoformat(start)  # a date object goes the hot path: the same answer
    if scalar is azcal.YearOutOfRangeError:
        with pytest.raises(azcal.YearOutOfRangeError):
            azcal.add_workdays(as_date, n, roll)
    else:
        assert azcal.add_workdays(as_date, n, roll) == scalar
    if roll.startswith("modified"):
        assert scalar in (dt.date(2100, 12, 29), dt.date(2100, 12, 30), dt.date(1990, 1, 2), dt.date(1990, 1, 3))


def test_threads_making_the_numpy_tables_of_a_new_calendar_at_once_agree() -> None:
    cal = azcal.Calendar(as_of="2023-12-31")  # its numpy tables are made by whichever thread comes first
    starts = np.datetime64("1995-01-01") + np.arange(0, 30_000, 7)
    expected = [cal.add_workdays(d, 10) for d in starts.astype(object)]
    barrier = threading.Barrier(16)

    def ask(_: int) -> list[dt.date]:
        barrier.wait()
        answers: list[dt.date] = arrays.add_workdays(starts, 10, calendar=cal).astype(object).tolist()
        return answers

    with ThreadPoolExecutor(max_workers=16) as pool:
        assert all(answers == expected for answers in pool.map(ask, range(16)))


@pytest.mark.parametrize("start", [dt.date(2025, 1, 6), dt.date(2025, 1, 4)])  # a workday, a Saturday
@pytest.mark.parametrize("roll", ["bogus", None, ["following"]])
def test_a_bad_roll_is_refused_from_any_start(start: dt.date, roll: object) -> None:
    with pytest.raises(azcal.InvalidArgumentError, match="unknown roll"):
        azcal.add_workdays(start, 1, roll)  # type: ignore[arg-type]


@pytest.mark.parametrize("definition", [{}, {"week": 6}, {"as_of": "2025-06-30"}])
def test_stepping_over_workdays_is_the_walk_on_every_date(definition: dict[str, object]) -> None:
    cal = azcal.Calendar(**definition)  # type: ignore[arg-type]
    workdays = [date_at(i) for i in range(len(cal.compiled.codes)) if cal.is_workday(date_at(i))]
    nexts = iter(workdays)
    following = next(nexts)
    previous = None
    for i in range(len(cal.compiled.codes) - 40):
        day = date_at(i)
        while following <= day:
            previous, following = following, next(nexts)
        assert cal.next_workday(day) == following
        if previous is not None and previous < day:
            assert cal.previous_workday(day) == previous


@pytest.mark.parametrize("definition", [{}, {"week": 6}, {"as_of": "2023-12-31"}])
def test_leave_from_the_arrays_is_the_day_by_day_count(definition: dict[str, object]) -> None:
    from azcal import payroll

    cal = azcal.Calendar(**definition)  # type: ignore[arg-type]
    rng = np.random.default_rng(114)
    starts = [dt.date(2024, 1, 1) + dt.timedelta(days=int(n)) for n in rng.integers(0, 1200, 300)]
    starts += [dt.date(1990, 1, 1) + dt.timedelta(days=int(n)) for n in rng.integers(0, 40_000, 300)]
    for start in starts:
        for days in (1, 14, 21, 30, int(rng.integers(1, 400))):
            try:
                walked = payroll.leave_end(cal, start, days)
            except azcal.YearOutOfRangeError as exc:
                with pytest.raises(azcal.YearOutOfRangeError, match=str(exc)):
                    cal.leave_end(start, days)
                continue
            assert cal.leave_end(start, days) == walked
    # the amendment of 2026: the mourning day and voting days no longer count either
    assert azcal.leave_end("2027-01-15", 10).not_counted[0].date == dt.date(2027, 1, 20)


@pytest.mark.parametrize("week_hours", [40, 36, 24])
def test_working_hours_on_the_fast_path_are_payrolls_own(week_hours: int) -> None:
    from azcal import payroll

    cal = azcal.Calendar(as_of="2022-06-30")
    rng = np.random.default_rng(week_hours)
    for a, b in rng.integers(0, 40_543, (2000, 2)):
        start, end = dt.date(1990, 1, 1) + dt.timedelta(days=int(a)), dt.date(1990, 1, 1) + dt.timedelta(days=int(b))
        fast, slow = cal.working_hours(start, end, week_hours), payroll.working_hours(cal, start, end, week_hours)
        assert (fast, str(fast)) == (slow, str(slow))


@settings(max_examples=2000, deadline=None)
@given(
    st.tuples(*(st.text(alphabet="0123456789" * 8 + "-+ T\n٣２_x", min_size=n, max_size=n) for n in (4, 2, 2))).map(
        "-".join
    )
    | st.dates().map(lambda d: d.isoformat())
)
def test_a_string_read_fast_is_read_as_the_careful_parser_reads_it(text: str) -> None:
    from azcal.dates import _parse_iso, to_date

    def answer(parse: object) -> object:
        try:
            return parse(text)  # type: ignore[operator]
        except azcal.AzcalError as exc:
            return type(exc), str(exc)

    assert answer(to_date) == answer(_parse_iso)
