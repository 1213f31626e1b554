"""The production calendar, working hours, annual leave and anniversaries, against the official figures.

Sources (docs/sources.md lists them all):
S23 https://www.oxu24.com/az/cemiyyet/125771/bu-tarixlerde-is-olmayacaq-resmi-siyahi (2025 calendar)
S24 https://news.milli.az/economy/1252237.html (2025: 1903 hours)
S26 https://metbuat.az/news/1520385/2025-ci-ilin-en-az-is-saati-olan-ayi-oldu.html (March 2025: 14 days,
    110 hours; July and October 2025: 184 hours)
S29 https://news.day.az/azerinews/1801712.html (2026: 241 days, 1922 hours, 5 + 1 shortened days)
D1818871 https://news.day.az/azerinews/1818871.html (March 2026: 17 days off, 14 working days)
S14 https://news.day.az/azerinews/1809888.html (Art. 114.6 amended on 16 January 2026)
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import azcal
from azcal.model import Category
from azcal.text.words import anniversary, ordinal

APPROVED_2025 = azcal.Calendar(as_of="2024-12-31")  # the 2025 calendar as approved, before the Feb 2025 swap


def test_2025_as_approved() -> None:
    norms = APPROVED_2025.norms(2025)
    assert (norms.total.workdays, norms.total.hours) == (239, 1903)  # S23, S24
    march, july, october = norms.months[2], norms.months[6], norms.months[9]
    assert (march.workdays, march.hours) == (14, 110)  # S26
    assert july.hours == october.hours == 184  # S26
    assert norms.total.shortened_days == 9  # S23


def test_2026() -> None:
    norms = azcal.year(2026).norms()
    assert (norms.total.workdays, norms.total.hours, norms.total.shortened_days) == (241, 1922, 6)  # S29
    assert (norms.months[2].non_working_days, norms.months[2].workdays) == (17, 14)  # D1818871


@pytest.mark.parametrize(
    ("calendar", "year", "pre_holiday", "other"),
    [
        (APPROVED_2025, 2025, 8, [Category.VOTING]),  # S23: 8 pre-holiday, 1 pre-election (29 Jan)
        (azcal.Calendar(), 2026, 5, [Category.MOURNING]),  # S29: 5 pre-holiday, 1 before 20 January
    ],
)
def test_shortened_days_by_what_follows(calendar: azcal.Calendar, year: int, pre_holiday: int, other: list) -> None:
    following = [d.shortened_before.category for d in calendar.year(year).shortened_days() if d.shortened_before]
    assert following.count(Category.HOLIDAY) == pre_holiday
    assert [c for c in following if c is not Category.HOLIDAY] == other


def test_reduced_weeks_have_no_shorter_days_and_exact_hours() -> None:
    for week, per_day in ((36, Decimal("7.2")), (24, Decimal("4.8"))):
        norms = azcal.year(2026).norms(week)
        assert norms.total.shortened_days == 0  # Art. 108 excludes people on reduced time
        assert norms.total.hours == per_day * 241
    assert str(azcal.year(2026).norms(36).total.hours) == "1735.2"  # exact, no float noise
    assert str(azcal.year(2025).norms(40).total.hours) == "1903"


@settings(max_examples=40, deadline=None)
@given(st.integers(1990, 2100), st.sampled_from(azcal.WEEK_HOURS))
def test_months_add_up_to_quarters_and_the_year(year: int, week_hours: int) -> None:
    norms = azcal.year(year).norms(week_hours)
    fields = ("calendar_days", "non_working_days", "workdays", "shortened_days", "hours")
    for q, quarter in enumerate(norms.quarters):
        for field in fields:
            assert sum(getattr(m, field) for m in norms.months[3 * q : 3 * q + 3]) == getattr(quarter, field)
    for field in fields:
        assert sum(getattr(q, field) for q in norms.quarters) == getattr(norms.total, field)
    total = norms.total
    assert total.calendar_days == len(azcal.year(year))
    assert total.calendar_days - total.non_working_days == total.workdays == azcal.year(year).workdays
    if week_hours == 40:
        assert total.hours == 8 * total.workdays - total.shortened_days == azcal.year(year).hours


@settings(max_examples=200, deadline=None)
@given(
    st.dates(dt.date(1990, 1, 1), dt.date(2100, 12, 31)),
    st.integers(0, 800),
)
def test_working_hours_are_the_days_hours_summed(start: dt.date, length: int) -> None:
    end = min(start + dt.timedelta(days=length), dt.date(2101, 1, 1))
    expected = sum(d.hours for d in azcal.Calendar().days(start, end))
    assert azcal.working_hours(start, end) == expected
    assert azcal.working_hours(end, start) == -expected


def test_working_hours_range_and_errors() -> None:
    assert azcal.working_hours("2026-01-01", "2026-02-01") == 151
    assert azcal.working_hours("2026-01-01", "2026-02-01", week_hours=24) == Decimal("91.2")
    assert azcal.working_hours("2100-01-01", "2101-01-01") == azcal.year(2100).hours  # the range's last day counts
    with pytest.raises(azcal.InvalidArgumentError, match="40, 36 or 24"):
        azcal.working_hours("2026-01-01", "2026-02-01", week_hours=35)
    with pytest.raises(azcal.ArgumentTypeError, match="str"):
        azcal.working_hours("2026-01-01", "2026-02-01", week_hours="40")  # type: ignore[arg-type]
    with pytest.raises(azcal.ArgumentTypeError, match="bool"):
        azcal.year(2026).norms(True)  # type: ignore[arg-type]
    with pytest.raises(azcal.YearOutOfRangeError):
        azcal.working_hours("2100-01-01", "2101-01-02")


def test_leave_over_novruz_and_ramazan_2026() -> None:
    # The worked example: 20-24 March (Novruz, with Ramazan on 20-21 March counted once) are not leave
    # days; the rest days moved to 25-27 and 30 March are (Art. 114.6 names holidays only).
    leave = azcal.leave_end("2026-03-16", 21)
    assert (leave.last_day, leave.work_resumes) == (dt.date(2026, 4, 10), dt.date(2026, 4, 13))
    assert [d.date.day for d in leave.not_counted] == [20, 21, 22, 23, 24]


def test_leave_and_the_mourning_day_before_and_after_the_amendment() -> None:
    # S14: from 16 January 2026 the mourning day and voting days inside a leave are not leave days
    before = azcal.leave_end("2025-01-10", 21)  # 20 Jan and the 29 Jan voting day count as leave days
    assert (before.last_day, before.not_counted) == (dt.date(2025, 1, 30), ())
    after = azcal.leave_end("2026-01-10", 21)
    assert after.last_day == dt.date(2026, 1, 31)
    assert [d.date for d in after.not_counted] == [dt.date(2026, 1, 20)]
    assert after.work_resumes == dt.date(2026, 2, 2)


def test_leave_on_holidays_at_a_weekend_and_from_a_day_off() -> None:
    leave = azcal.leave_end("2025-03-03", 14)  # 8 March 2025 is a Saturday: still a holiday, not a leave day
    assert dt.date(2025, 3, 8) in [d.date for d in leave.not_counted]
    one_day = azcal.leave_end("2025-01-01", 1)  # New Year's days are not leave days
    assert one_day.last_day == dt.date(2025, 1, 3) and one_day.work_resumes == dt.date(2025, 1, 6)


def test_leave_errors() -> None:
    with pytest.raises(azcal.InvalidArgumentError, match="at least one"):
        azcal.leave_end("2026-03-16", 0)
    with pytest.raises(azcal.ArgumentTypeError, match="str"):
        azcal.leave_end("2026-03-16", "21")  # type: ignore[arg-type]
    with pytest.raises(azcal.YearOutOfRangeError, match="after 2100-12-31"):
        azcal.leave_end("2100-12-01", 40)
    with pytest.raises(azcal.InvalidDateError):
        azcal.leave_end("2026-02-30", 21)


@pytest.mark.parametrize(
    ("date", "key", "event", "number"),
    [
        ("2025-01-20", "national_mourning_day", "1990-01-20", 35),
        ("2025-02-26", "khojaly_genocide_day", "1992-02-26", 33),
        ("2025-03-31", "genocide_of_azerbaijanis_day", "1918-03-31", 107),
        ("2025-05-28", "independence_day", "1918-05-28", 107),
        ("2025-06-15", "national_salvation_day", "1993-06-15", 32),
        ("2025-09-27", "remembrance_day", "2020-09-27", 5),
        ("2025-10-18", "independence_restoration_day", "1991-10-18", 34),
        ("2025-11-08", "victory_day", "2020-11-08", 5),
    ],
)
def test_anniversaries(date: str, key: str, event: str, number: int) -> None:
    observance = next(o for o in azcal.day(date).observances if o.key == key)
    assert observance.commemorates == dt.date.fromisoformat(event)
    assert observance.anniversary == number


def test_the_event_year_itself_is_no_anniversary() -> None:
    assert azcal.day("1990-01-20").observances == ()  # the mourning day exists from 1991 on
    assert azcal.day("2021-09-27").observances[0].anniversary == 1


@pytest.mark.parametrize(
    ("n", "az", "en"),
    [
        (1, "1-ci", "1st"),
        (2, "2-ci", "2nd"),
        (3, "3-cü", "3rd"),
        (4, "4-cü", "4th"),
        (6, "6-cı", "6th"),
        (9, "9-cu", "9th"),
        (10, "10-cu", "10th"),
        (11, "11-ci", "11th"),
        (12, "12-ci", "12th"),
        (13, "13-cü", "13th"),
        (33, "33-cü", "33rd"),
        (35, "35-ci", "35th"),
        (40, "40-cı", "40th"),
        (90, "90-cı", "90th"),
        (100, "100-cü", "100th"),
        (107, "107-ci", "107th"),
        (111, "111-ci", "111th"),
    ],
)
def test_ordinals(n: int, az: str, en: str) -> None:
    assert (ordinal(n, "az"), ordinal(n, "en"), ordinal(n, "ru")) == (az, en, f"{n}-я")


def test_anniversary_text() -> None:
    event = dt.date(1990, 1, 20)
    assert anniversary(35, event, "en") == "35th anniversary of 20 January 1990"
    assert anniversary(35, event, "az") == "20 yanvar 1990: 35-ci ildönümü"
    assert anniversary(35, event, "ru") == "35-я годовщина: 20 января 1990 г."
