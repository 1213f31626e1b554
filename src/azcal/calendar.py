"""Compiled years and the questions HR and payroll code asks of them.

A Calendar compiles each year once, when first asked, into compact arrays (see ``compiled``), so that
``is_workday`` is a lookup, counting workdays is a subtraction and stepping over them a binary search,
whatever the span.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Sequence
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Literal, NoReturn

from . import hr, ics
from .compiled import FIRST_ORDINAL, SPAN, UNBUILT, WORKDAY, YEAR_STARTS, CompiledCalendar, date_at
from .dates import END_OF_RANGE, FIRST_YEAR, LAST_YEAR, check_year, checked_date, checked_end, to_date
from .engine import ONE_DAY, build_year
from .errors import ArgumentTypeError, InvalidArgumentError, NotAWorkdayError, YearOutOfRangeError
from .lunar import estimated_first_days
from .model import Break, Category, Day, Kind
from .rules import RuleSet, load_rules, official_rules

if TYPE_CHECKING:
    from .interop import AzcalHolidays

Roll = Literal["following", "preceding", "modifiedfollowing", "modifiedpreceding", "raise"]
ROLLS: tuple[str, ...] = ("following", "preceding", "modifiedfollowing", "modifiedpreceding", "raise")


class Calendar:
    """Azerbaijan's working-time calendar: the official data, optionally as known on a date, plus own rules.

    >>> Calendar().is_workday("2025-01-20")
    False
    """

    def __init__(self, *, as_of: dt.date | str | None = None, rules: Sequence[str | Path] = ()):
        base = official_rules()
        self.data_version = _version(base)
        overlays = [load_rules(path) for path in rules]
        for overlay in overlays:
            base = base.layered(overlay)
        self.as_of = None if as_of is None else to_date(as_of)
        self._rules = base if self.as_of is None else base.as_of(self.as_of)
        self._compiled = CompiledCalendar(self._build_year)
        self._codes = self._compiled.codes
        for overlay in overlays:
            self._compile_years_touched(overlay)

    @classmethod
    def with_rules(cls, *paths: str | Path, as_of: dt.date | str | None = None) -> Calendar:
        """The official calendar with one or more of the user's rules files layered over it."""
        return cls(as_of=as_of, rules=paths)

    def __repr__(self) -> str:
        parts = [f"as_of={self.as_of.isoformat()!r}"] if self.as_of else []
        extra = self._rules.origins[2:]
        if extra:
            parts.append(f"rules={list(extra)!r}")
        return f"Calendar({', '.join(parts)})"

    def __reduce__(self) -> NoReturn:
        # Its compiled years are shared under a lock; what defines it is the as_of date and the files.
        raise TypeError(f"a Calendar cannot be pickled: make it again where needed, as {self!r}")

    # -- compiled years ----------------------------------------------------------------------------

    def _build_year(self, year: int) -> tuple[Day, ...]:
        return build_year(self._rules, year, estimated_first_days)

    def _compile_years_touched(self, overlay: RuleSet) -> None:
        """Build the years a user's rules touch now, so that a bad file fails here, not on some later query."""
        years: set[int] = {p.first for h in overlay.holidays.values() for p in h.periods}
        for decision in overlay.decisions:
            for swap in decision.swaps:
                years |= {swap.rest.year, swap.work.year}
            for item in decision.holiday_dates:
                years |= {d.year for d in item.dates}
            for one in decision.voting + decision.declared_mourning + decision.rest_days + decision.working_days:
                years.add(one.date.year)
        for year in sorted(y for y in years if FIRST_YEAR <= y <= LAST_YEAR):
            self._compiled.ensure(year)

    def _position(self, date: dt.date | str, *, range_end: bool = False) -> tuple[int, int]:
        """The index of ``date`` in the compiled arrays and its year, compiled; a clear error for bad input.

        With ``range_end``, ``date`` bounds a half-open range and may also be 1 January 2101.
        """
        day = date if type(date) is dt.date else to_date(date)
        if range_end and day == END_OF_RANGE:
            return SPAN, day.year
        checked_date(day)  # raises for a year out of range, naming the range
        self._compiled.ensure(day.year)
        return day.toordinal() - FIRST_ORDINAL, day.year

    # -- single dates ------------------------------------------------------------------------------

    def day(self, date: dt.date | str) -> Day:
        """Everything known about ``date``: kind, hours, observances, reason."""
        index, year = self._position(date)
        return self._compiled.days(year)[index - YEAR_STARTS[year - FIRST_YEAR]]

    def is_workday(self, date: dt.date | str) -> bool:
        # The hot path: one lookup for a date whose year is built; anything else goes the long way,
        # which checks the input and builds the year.
        try:
            index = date.toordinal() - FIRST_ORDINAL  # type: ignore[union-attr]
            code = self._codes[index] if index >= 0 else UNBUILT
        except (AttributeError, TypeError, IndexError):
            code = UNBUILT
        if code == UNBUILT:
            code = self._codes[self._position(date)[0]]
        return code & WORKDAY != 0

    def next_workday(self, date: dt.date | str) -> dt.date:
        """The first workday strictly after ``date``."""
        return self._step(checked_date(date), 1)

    def previous_workday(self, date: dt.date | str) -> dt.date:
        """The last workday strictly before ``date``."""
        return self._step(checked_date(date), -1)

    def _step(self, start: dt.date, direction: int) -> dt.date:
        day = start
        while True:
            day = self._shift(day, direction)
            if self.is_workday(day):
                return day

    @staticmethod
    def _shift(day: dt.date, days: int) -> dt.date:
        try:
            moved = day + dt.timedelta(days=days)
        except OverflowError:
            moved = dt.date.max
        if not FIRST_YEAR <= moved.year <= LAST_YEAR:
            raise YearOutOfRangeError(f"the answer would fall outside the supported range {FIRST_YEAR}-{LAST_YEAR}")
        return moved

    # -- counting and stepping over workdays ---------------------------------------------------------

    def workdays_between(self, start: dt.date | str, end: dt.date | str) -> int:
        """Workdays in the half-open range ``[start, end)``; negative when ``end`` is before ``start``.

        ``end`` may be 1 January 2101, to count up to the last day of the range.
        """
        (i, first), (j, last) = self._range(start, end)
        compiled = self._compiled
        return compiled.workdays_before_index(j, last) - compiled.workdays_before_index(i, first)

    def shortened_days_between(self, start: dt.date | str, end: dt.date | str) -> int:
        """Art. 108 shortened days in ``[start, end)``, signed as ``workdays_between``."""
        (i, first), (j, last) = self._range(start, end)
        compiled = self._compiled
        return compiled.shortened_before_index(j, last) - compiled.shortened_before_index(i, first)

    def working_hours(self, start: dt.date | str, end: dt.date | str, week_hours: int = 40) -> Decimal:
        """Working hours in ``[start, end)`` for a 40-, 36- or 24-hour week (see ``azcal.hr``)."""
        return hr.working_hours(self, start, end, week_hours)

    def _range(self, start: dt.date | str, end: dt.date | str) -> tuple[tuple[int, int], tuple[int, int]]:
        first, last = self._position(start, range_end=True), self._position(end, range_end=True)
        self._compiled.ensure_range(min(first[1], last[1]), max(first[1], last[1]))
        return first, last

    def roll(self, date: dt.date | str, roll: Roll = "following") -> dt.date:
        """``date`` if it is a workday, else the workday ``roll`` chooses (numpy's names)."""
        day = checked_date(date)
        if roll not in ROLLS:
            raise InvalidArgumentError(f"unknown roll {roll!r}; choose one of {', '.join(ROLLS)}")
        if self.is_workday(day):
            return day
        if roll == "raise":
            raise NotAWorkdayError(f"{day.isoformat()} is not a workday ({self.day(day).kind.value})")
        forward = roll in ("following", "modifiedfollowing")
        rolled = self._step(day, 1 if forward else -1)
        if roll.startswith("modified") and rolled.month != day.month:
            rolled = self._step(day, -1 if forward else 1)
        return rolled

    def add_workdays(self, date: dt.date | str, n: int, roll: Roll = "following") -> dt.date:
        """The workday ``n`` workdays after ``date`` (before it when ``n`` is negative).

        As ``numpy.busday_offset``: a start that is not a workday is first rolled as ``roll`` says
        (``following`` by default: Saturday + 1 workday is the Tuesday after a working Monday), then
        moved ``n`` workdays, so ``workdays_between(rolled start, result) == n``.
        """
        if isinstance(n, bool) or not isinstance(n, int):
            raise ArgumentTypeError(f"n must be a whole number of workdays, got {type(n).__name__}: {n!r}")
        start = self.roll(date, roll)
        index, year = self._position(start)
        compiled = self._compiled
        # Build the years the answer can lie in: a year has some 240 workdays, so first try as many years
        # as 200 a year would need, then widen (a user's rules may leave fewer).
        reach = abs(n) // 200 + 1
        first = last = year
        while True:
            compiled.ensure_range(first, last)
            rank = compiled.workdays_before_index(index, year) + n
            if rank < compiled.workdays_up_to[first - FIRST_YEAR]:
                if first == FIRST_YEAR:
                    raise YearOutOfRangeError(f"{n} workdays from {start} falls before {FIRST_YEAR}")
                first = max(FIRST_YEAR, first - reach)
            elif rank >= compiled.workdays_up_to[last - FIRST_YEAR + 1]:
                if last == LAST_YEAR:
                    raise YearOutOfRangeError(f"{n} workdays from {start} falls after {LAST_YEAR}")
                last = min(LAST_YEAR, last + reach)
            else:
                return date_at(compiled.workday_with_rank(rank))

    # -- years -----------------------------------------------------------------------------------

    def year(self, year: int) -> Year:
        return Year(self, check_year(year))

    # -- payroll ---------------------------------------------------------------------------------

    def norms(self, year: int, week_hours: int = 40) -> hr.Norms:
        """The production calendar of ``year``: days and hours per month, quarter and year."""
        return hr.norms(self, year, week_hours)

    def leave_end(self, start: dt.date | str, days: int) -> hr.Leave:
        """An annual leave of ``days`` calendar days from ``start``: its last day and the day work resumes."""
        return hr.leave_end(self, start, days)

    # -- exports ---------------------------------------------------------------------------------

    def to_ics(
        self,
        years: int | Iterable[int],
        lang: str = "az",
        *,
        include: str | Iterable[str] | None = None,
        group: Literal["day", "run"] = "day",
        stamp: dt.datetime | None = None,
    ) -> bytes:
        """This calendar's ``years`` as an iCalendar file (RFC 5545); see docs/ics.md."""
        return ics.to_ics(self, years, lang, include=include, group=group, stamp=stamp)

    def as_holidays(
        self,
        years: int | Iterable[int] | None = None,
        language: str | None = None,
        *,
        categories: str | Iterable[str] | None = None,
        observed: bool = True,
        expand: bool = True,
    ) -> AzcalHolidays:
        """This calendar as a ``holidays.HolidayBase``, for code written against ``holidays.AZ``."""
        from .interop import AzcalHolidays  # holidays is imported only when asked for

        return AzcalHolidays(years, expand, observed, language, categories, calendar=self)

    def days(self, start: dt.date | str, end: dt.date | str) -> Iterator[Day]:
        """The Days of the half-open range ``[start, end)``."""
        first, last = checked_end(start), checked_end(end)
        for year in range(first.year, min(last.year, LAST_YEAR) + 1):
            days = self._compiled.days(year)
            begin = (first - dt.date(year, 1, 1)).days if year == first.year else 0
            stop = (last - dt.date(year, 1, 1)).days if year == last.year else len(days)
            yield from days[begin:stop]

    @property
    def rules(self) -> RuleSet:
        return self._rules


def _version(rules: RuleSet) -> str:
    latest = rules.latest_adoption
    return latest.isoformat() if latest else "none"


class Year:
    """One year of a Calendar: its Days and the lists people ask for."""

    def __init__(self, calendar: Calendar, year: int):
        self.calendar = calendar
        self.year = year
        self.days: tuple[Day, ...] = calendar._compiled.days(year)

    def __repr__(self) -> str:
        return f"Year({self.year})"

    def __iter__(self) -> Iterator[Day]:
        return iter(self.days)

    def __len__(self) -> int:
        return len(self.days)

    @property
    def workdays(self) -> int:
        compiled = self.calendar._compiled
        compiled.ensure(self.year)
        return compiled.year_workdays[self.year - FIRST_YEAR]

    @property
    def hours(self) -> int:
        return sum(d.hours for d in self.days)

    def norms(self, week_hours: int = 40) -> hr.Norms:
        """This year's production calendar: days and hours per month, quarter and year."""
        return self.calendar.norms(self.year, week_hours)

    def non_working_days(self) -> list[Day]:
        return [d for d in self.days if not d.is_workday]

    def holidays(self) -> list[Day]:
        """Days that carry an Art. 105 holiday (a day off or not) or the Day of National Mourning."""
        holiday_categories = (Category.HOLIDAY, Category.WORKING_HOLIDAY, Category.MOURNING, Category.DAY_OFF)
        return [d for d in self.days if any(o.category in holiday_categories for o in d.observances)]

    def working_weekends(self) -> list[Day]:
        return [d for d in self.days if d.kind is Kind.WORKING_WEEKEND]

    def shortened_days(self) -> list[Day]:
        return [d for d in self.days if d.shortened]

    def breaks(self) -> list[Break]:
        """Every maximal run of days off that holds a day off for more than the ordinary weekend.

        A run that crosses New Year is reported whole, in both years.
        """
        cal = self.calendar
        first, last = dt.date(self.year, 1, 1), dt.date(self.year, 12, 31)
        # widen to whole runs around the year's edges, within the supported range
        while first > dt.date(FIRST_YEAR, 1, 1) and not cal.is_workday(first - ONE_DAY):
            first -= ONE_DAY
        while last < dt.date(LAST_YEAR, 12, 31) and not cal.is_workday(last + ONE_DAY):
            last += ONE_DAY
        runs: list[Break] = []
        current: list[Day] = []
        for day in cal.days(first, last + ONE_DAY):
            if day.is_workday:
                current = self._close(current, runs)
            else:
                current.append(day)
        self._close(current, runs)
        return runs

    @staticmethod
    def _close(current: list[Day], runs: list[Break]) -> list[Day]:
        if current and any(d.kind is not Kind.WEEKEND for d in current):
            runs.append(Break(tuple(current)))
        return []
