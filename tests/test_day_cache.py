"""day() keeps one Day per date, made a whole year at a time: the kept Days are the engine's, the same
object for every question about a date, and threads asking at once all get right answers."""

from __future__ import annotations

import datetime as dt
import random
import sys
import threading
from pathlib import Path

import azcal
from azcal.compiled import SPAN, date_at
from azcal.engine import compile_official
from conftest import COMPANY, write

FIRST = dt.date(1990, 1, 1)


def test_kept_days_are_the_engine_days_and_kept_once() -> None:
    compiled = compile_official()
    cal = azcal.Calendar()
    for i in range(0, SPAN, 7):
        day = cal.day(date_at(i))
        assert day == azcal.Day(date_at(i), compiled.facts(i))
    # the same object for a date, however it is asked for
    assert cal.day(dt.date(2025, 1, 20)) is cal.day("2025-01-20") is azcal.day(dt.date(2025, 1, 20))
    assert cal.day(dt.datetime(2025, 1, 20, 23, 59)) is cal.day(dt.date(2025, 1, 20))


def test_each_calendar_keeps_its_own_days(tmp_path: Path) -> None:
    official, company = azcal.Calendar(), azcal.Calendar.with_rules(write(tmp_path, COMPANY))
    assert official.day("2025-04-04").is_workday and not company.day("2025-04-04").is_workday
    assert company.day("2025-04-12").kind is azcal.Kind.WORKING_WEEKEND
    assert official.day("2025-04-12").kind is azcal.Kind.WEEKEND
    six = azcal.Calendar(week=6)
    assert six.day("2026-03-09").is_workday and not official.day("2026-03-09").is_workday


def test_the_range_edges_and_bad_dates() -> None:
    cal = azcal.Calendar(as_of="2024-06-30")
    assert cal.day("1990-01-01").date == FIRST and cal.day("2100-12-31").date == dt.date(2100, 12, 31)
    assert cal.day(dt.date(2100, 12, 31)) == next(iter(cal.days("2100-12-31", "2101-01-01")))
    for bad, error in (("2101-01-01", azcal.YearOutOfRangeError), (dt.date(1989, 12, 31), azcal.YearOutOfRangeError)):
        try:
            cal.day(bad)
        except error:
            continue
        raise AssertionError(f"{bad!r} answered")


def test_threads_asking_at_once_get_the_single_threaded_answers() -> None:
    compiled = compile_official(6)
    expected = [azcal.Day(date_at(i), compiled.facts(i)) for i in range(SPAN)]
    cal = azcal.Calendar(week=6, as_of="2100-01-01")  # a calendar no test asked a Day of yet
    wrong: list[int] = []
    start = threading.Barrier(16)

    def ask(seed: int) -> None:
        indices = list(range(SPAN))
        random.Random(seed).shuffle(indices)
        start.wait()
        wrong.extend(i for i in indices if cal.day(date_at(i)) != expected[i])

    threads = [threading.Thread(target=ask, args=(n,)) for n in range(16)]
    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # threads switched as often as the interpreter allows
    try:
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    finally:
        sys.setswitchinterval(interval)
    assert wrong == []
    assert all(cal.day(date_at(i)) is cal.day(date_at(i)) for i in range(0, SPAN, 97))


def test_a_date_of_a_subclass_is_read_as_its_date() -> None:
    class Holiday(dt.date):
        pass

    day = azcal.Calendar().day(Holiday(2025, 1, 20))
    assert type(day.date) is dt.date and day.date == dt.date(2025, 1, 20) and day.kind is azcal.Kind.MOURNING
