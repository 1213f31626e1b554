"""The query API: dates in, answers out, and a clear error for anything else."""

from __future__ import annotations

import datetime as dt

import pytest

import azcal


def test_accepts_date_datetime_and_iso_text() -> None:
    d = dt.date(2025, 1, 20)
    assert azcal.day(d) == azcal.day(dt.datetime(2025, 1, 20, 23, 59)) == azcal.day("2025-01-20")
    assert azcal.day(" 2025-01-20 ").date == d


@pytest.mark.parametrize(
    ("value", "error", "words"),
    [
        ("2025-02-30", azcal.InvalidDateError, "2025-02-30"),
        ("2025-13-01", azcal.InvalidDateError, "2025-13-01"),
        ("", azcal.InvalidDateError, "YYYY-MM-DD"),
        ("20250120", azcal.InvalidDateError, "YYYY-MM-DD"),
        ("tomorrow", azcal.InvalidDateError, "tomorrow"),
        (None, azcal.DateTypeError, "NoneType"),
        (20250120, azcal.DateTypeError, "int"),
        ("1989-12-31", azcal.YearOutOfRangeError, "1990"),
        ("2101-01-01", azcal.YearOutOfRangeError, "2100"),
    ],
)
def test_bad_dates_are_named(value: object, error: type[Exception], words: str) -> None:
    with pytest.raises(error, match=words):
        azcal.is_workday(value)  # type: ignore[arg-type]


def test_errors_are_also_builtin_errors() -> None:
    with pytest.raises(ValueError):
        azcal.day("2025-02-30")
    with pytest.raises(TypeError):
        azcal.day(None)  # type: ignore[arg-type]
    with pytest.raises(azcal.AzcalError):
        azcal.year(1900)


def test_next_and_previous_workday_are_strict() -> None:
    assert azcal.next_workday("2025-01-17") == dt.date(2025, 1, 21)  # over the weekend and 20 January
    assert azcal.previous_workday("2025-01-21") == dt.date(2025, 1, 17)
    assert azcal.next_workday("2025-06-20") == dt.date(2025, 6, 21)  # the working Saturday
    assert azcal.next_workday("2025-12-30") == dt.date(2026, 1, 5)


def test_add_workdays_forward_backward_and_across_years() -> None:
    assert azcal.add_workdays("2025-03-19", 1) == dt.date(2025, 4, 1)
    assert azcal.add_workdays("2025-04-01", -1) == dt.date(2025, 3, 19)
    assert azcal.add_workdays("2025-12-30", 1) == dt.date(2026, 1, 5)
    assert azcal.add_workdays("2025-01-02", 0) == dt.date(2025, 1, 6)  # rolled forward
    start = dt.date(2000, 6, 1)
    far = azcal.add_workdays(start, 5000)
    assert azcal.workdays_between(start, far) == 5000
    assert azcal.add_workdays(far, -5000) == start


@pytest.mark.parametrize(
    ("roll", "expected"),
    [
        ("following", dt.date(2025, 1, 21)),
        ("preceding", dt.date(2025, 1, 17)),
        ("modifiedfollowing", dt.date(2025, 1, 21)),
        ("modifiedpreceding", dt.date(2025, 1, 17)),
    ],
)
def test_roll_when_the_start_is_not_a_workday(roll: azcal.Roll, expected: dt.date) -> None:
    assert azcal.add_workdays("2025-01-19", 0, roll=roll) == expected


def test_modified_rolls_stay_in_the_month() -> None:
    # 31 Dec 2025 is a holiday: following would leave the month, so modifiedfollowing goes back
    assert azcal.Calendar().roll("2025-12-31", "modifiedfollowing") == dt.date(2025, 12, 30)
    # 1 Jan 2026: preceding would leave the month, so modifiedpreceding goes forward
    assert azcal.Calendar().roll("2026-01-01", "modifiedpreceding") == dt.date(2026, 1, 5)


def test_roll_raise_and_bad_roll() -> None:
    with pytest.raises(azcal.NotAWorkdayError, match="2025-01-20"):
        azcal.add_workdays("2025-01-20", 1, roll="raise")
    assert azcal.add_workdays("2025-01-21", 1, roll="raise") == dt.date(2025, 1, 22)
    with pytest.raises(azcal.InvalidArgumentError, match="sideways"):
        azcal.add_workdays("2025-01-21", 1, roll="sideways")  # type: ignore[arg-type]
    with pytest.raises(azcal.ArgumentTypeError, match="str"):
        azcal.add_workdays("2025-01-21", "1")  # type: ignore[arg-type]


def test_add_workdays_out_of_range_is_an_error() -> None:
    with pytest.raises(azcal.YearOutOfRangeError):
        azcal.add_workdays("2100-12-01", 100)
    with pytest.raises(azcal.YearOutOfRangeError):
        azcal.add_workdays("1990-01-15", -100)


def test_workdays_between_is_half_open_and_signed() -> None:
    assert azcal.workdays_between("2025-01-01", "2026-01-01") == 239
    assert azcal.workdays_between("2025-01-17", "2025-01-21") == 1
    assert azcal.workdays_between("2025-01-21", "2025-01-17") == -1
    assert azcal.workdays_between("2025-01-21", "2025-01-21") == 0


def test_workdays_between_agrees_with_counting_day_by_day() -> None:
    start, end = dt.date(1990, 1, 1), dt.date(2100, 12, 31)
    walked = sum(day.is_workday for day in azcal.Calendar().days(start, end))
    assert azcal.workdays_between(start, end) == walked


def test_data_version_is_the_latest_decision() -> None:
    assert azcal.DATA_VERSION == "2025-12-11"  # the Ministry's 2026 six-day list (S29), the newest in the data
    assert azcal.Calendar().data_version == azcal.DATA_VERSION


def test_year_lists() -> None:
    y = azcal.year(2025)
    assert len(y.days) == 365 and len(y) == 365
    assert {d.date for d in y.non_working_days()} == {d.date for d in y.days if not d.is_workday}
    assert dt.date(2025, 10, 18) in [d.date for d in y.holidays()]  # a working-day holiday is a holiday
    assert dt.date(2025, 2, 26) not in [d.date for d in y.holidays()]  # a memorial day is not
    assert repr(y) == "Year(2025)"


def test_observance_names_in_three_languages() -> None:
    novruz = azcal.day("2025-03-20").observances[0]
    assert (novruz.key, novruz.name("az"), novruz.name("en"), novruz.name("ru")) == (
        "novruz_bayrami",
        "Novruz bayramı",
        "Novruz",
        "Новруз байрамы",
    )
    with pytest.raises(ValueError, match="de"):
        novruz.name("de")
