"""What payroll asks of the calendar: working-time norms, working hours, where a leave ends.

Working hours follow the Labor Code. The norm is 8 hours a day for the 40-hour five-day week (Art. 91).
The six-day week (7 hours a day at most, Art. 90.3) has the same hours norm: the Ministry applies the
five-day week's to it, so its norms count its own days and the five-day week's hours.
The day before a holiday, the mourning day or a voting day is one hour shorter (Art. 108). People on
reduced time do not get the shorter day (Art. 108 excludes them), so a 36- or 24-hour week is the
weekly hours spread over five days, with no shortening: 7.2 and 4.8 hours a working day. Hours are
``Decimal``, so 1903 stays 1903 and 7.2 × 241 is exactly 1735.2.

Annual leave is counted in calendar days (Art. 114). The holidays inside a leave are not leave days,
and since 16 January 2026 neither are the mourning day and voting days, so the leave lasts longer by
that many days (Art. 114.6). Which days those are is data: ``[law.leave]`` and ``[law.leave_amended]``
in holidays.toml.

This module reads a calendar through the few queries it needs (``WorkdayCounter``), so it depends on
no Calendar class, and a Calendar's payroll methods call it.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Protocol

from .arguments import WEEK_HOURS as WEEK_HOURS
from .arguments import check_leave_days
from .arguments import check_week_hours as check_week_hours
from .compiled.table import FIRST_ORDINAL, SPAN, date_at
from .dates import END_OF_RANGE, LAST_YEAR, check_year, checked_date
from .errors import YearOutOfRangeError
from .hours import FULL_WEEK as FULL_WEEK
from .hours import PER_DAY as PER_DAY
from .hours import WORKDAYS_A_WEEK as WORKDAYS_A_WEEK
from .hours import hours_for as hours_for
from .hours import norm_calendar as norm_calendar
from .hours import working_hours as working_hours
from .model import Category, Day

if TYPE_CHECKING:
    from .compiled.table import CompiledCalendar
    from .model import LawRule, Observance


class WorkdayCounter(Protocol):
    """What payroll asks of a calendar (``azcal.Calendar`` is one)."""

    @property
    def law(self) -> Mapping[str, LawRule]: ...

    @property
    def week(self) -> int: ...

    def for_week(self, week: int) -> WorkdayCounter: ...

    def workdays_between(self, start: dt.date | str, end: dt.date | str) -> int: ...

    def shortened_days_between(self, start: dt.date | str, end: dt.date | str) -> int: ...

    def next_workday(self, date: dt.date | str) -> dt.date: ...

    def days(self, start: dt.date | str, end: dt.date | str) -> Iterator[Day]: ...


@dataclass(frozen=True, slots=True)
class Norm:
    """The working-time figures of one period: a month, a quarter or a year (``end`` exclusive)."""

    period: str  # "2026-03", "2026-Q1" or "2026"
    start: dt.date
    end: dt.date
    calendar_days: int
    non_working_days: int
    workdays: int
    shortened_days: int  # days one hour shorter under Art. 108; none for a reduced week
    hours: Decimal


@dataclass(frozen=True, slots=True)
class Norms:
    """A year's production calendar for one working week: months, quarters and the whole year."""

    year: int
    week_hours: int
    months: tuple[Norm, ...]
    quarters: tuple[Norm, ...]
    total: Norm
    week: int = 5  # working days a week; the six-day week's norms count its days and the five-day hours


@dataclass(frozen=True, slots=True)
class Leave:
    """An annual leave: its calendar days, the days that do not count, its last day, the day work resumes."""

    start: dt.date
    days: int
    last_day: dt.date
    work_resumes: dt.date
    not_counted: tuple[Day, ...]  # holidays (and, from 16 January 2026, mourning and voting days) inside it


def norm(calendar: WorkdayCounter, period: str, start: dt.date, end: dt.date, week_hours: int) -> Norm:
    """The figures of ``[start, end)``: the calendar's own days, and the hours norm (the five-day week's)."""
    workdays = calendar.workdays_between(start, end)
    shortened = calendar.shortened_days_between(start, end) if week_hours == FULL_WEEK else 0
    days = (end - start).days
    if calendar.week == WORKDAYS_A_WEEK:
        hours = hours_for(workdays, shortened, week_hours)
    else:
        hours = working_hours(calendar, start, end, week_hours)
    return Norm(period, start, end, days, days - workdays, workdays, shortened, hours)


def norms(calendar: WorkdayCounter, year: int, week_hours: int = 40) -> Norms:
    """The production calendar of ``year``: each month, each quarter and the year."""
    year, hours = check_year(year), check_week_hours(week_hours)
    starts = [dt.date(year, m, 1) for m in range(1, 13)]
    ends = [*starts[1:], dt.date(year + 1, 1, 1)]
    months = [norm(calendar, f"{year}-{s.month:02}", s, e, hours) for s, e in zip(starts, ends, strict=True)]
    quarters = tuple(norm(calendar, f"{year}-Q{q + 1}", starts[3 * q], ends[3 * q + 2], hours) for q in range(4))
    total = norm(calendar, str(year), starts[0], ends[-1], hours)
    return Norms(year, hours, tuple(months), quarters, total, calendar.week)


def leave_end(calendar: WorkdayCounter, start: dt.date | str, days: int) -> Leave:
    """Where an annual leave of ``days`` calendar days from ``start`` ends, and when work resumes."""
    first = _leave_checked(start, days)
    amended = calendar.law["leave_amended"].since or dt.date.max
    counted, left_out = 0, []
    for day in calendar.days(first, END_OF_RANGE):
        if _not_a_leave_day(day, amended):
            left_out.append(day)
            continue
        counted += 1
        if counted == days:
            return Leave(first, days, day.date, calendar.next_workday(day.date), tuple(left_out))
    raise _leave_too_long(first, days)


def _leave_checked(start: dt.date | str, days: int) -> dt.date:
    first = checked_date(start)
    check_leave_days(days)
    return first


def _leave_too_long(first: dt.date, days: int) -> YearOutOfRangeError:
    return YearOutOfRangeError(
        f"a leave of {days} day{'s' if days != 1 else ''} from {first} would end after {LAST_YEAR}-12-31"
    )


class CompiledDays(WorkdayCounter, Protocol):
    """A calendar with its compiled arrays and kept Days (``azcal.Calendar`` is one)."""

    @property
    def compiled(self) -> CompiledCalendar: ...

    def day(self, date: dt.date | str) -> Day: ...


def leave_end_from_arrays(calendar: CompiledDays, start: dt.date | str, days: int) -> Leave:
    """``leave_end`` over the dates left out of a leave's count: one step per such date, not one per day."""
    # the checks, for anything but a date and a length in calendar days
    first = start if type(start) is dt.date and type(days) is int and days >= 1 else _leave_checked(start, days)
    i = first.toordinal() - FIRST_ORDINAL
    if not 0 <= i < SPAN:
        _leave_checked(first, days)  # names the date out of range
    left_out = calendar.compiled.derived("left_out_of_leave", _left_out_of_leave)
    k = start_k = bisect_left(left_out, i)
    last = i + days - 1  # the leave's last day were no date left out; each one inside moves it a day on
    while k < len(left_out) and left_out[k] <= last:
        last += 1
        k += 1
    if last >= SPAN:
        raise _leave_too_long(first, days)
    not_counted = tuple([calendar.day(date_at(j)) for j in left_out[start_k:k]]) if k > start_k else ()
    last_day = date_at(last)
    return Leave(first, days, last_day, calendar.next_workday(last_day), not_counted)


def _left_out_of_leave(compiled: CompiledCalendar) -> tuple[int, ...]:
    """The dates (as indices) ``_not_a_leave_day`` leaves out of a leave's count, in order: a tuple, which
    a bisect reads faster than an array (some 2,000 of them, 70 kB)."""
    tables = compiled.tables
    amended = (tables.law["leave_amended"].since or dt.date.max).toordinal() - FIRST_ORDINAL
    out = [(_left_out(f.observances, False), _left_out(f.observances, True)) for f in tables.facts]
    numbers = compiled.facts_index
    return tuple([i for i in range(SPAN) if out[numbers[i]][i >= amended]])


# Art. 114.6: what a leave's count leaves out, before and since the amendment of 16 January 2026
LEFT_OUT = frozenset({Category.HOLIDAY})
LEFT_OUT_AMENDED = frozenset({Category.HOLIDAY, Category.MOURNING, Category.VOTING})


def _left_out(observances: tuple[Observance, ...], amended: bool) -> bool:
    left_out = LEFT_OUT_AMENDED if amended else LEFT_OUT
    return any(o.category in left_out for o in observances)


def _not_a_leave_day(day: Day, amended: dt.date) -> bool:
    """Art. 114.6: ``day`` is left out of the leave's count, so the leave lasts a day longer."""
    return _left_out(day.observances, day.date >= amended)
