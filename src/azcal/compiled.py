"""The calendar as compact arrays, so that queries are lookups and subtractions, never walks.

For every date of 1990-2100 one byte says whether it is a workday and whether it is shortened
(Art. 108), and two small per-year prefix counts say how many workdays and shortened days come before
it in its year; per-year totals, summed up front, join the years. Years are compiled one at a time,
when first asked, under a lock; a year's slots are written before the year is marked built, and never
change afterwards, so readers need no lock.

The Days themselves (observances, names, reasons) are much larger than these arrays and are kept only
for the few years used most recently; they are rebuilt, identically, when asked again.
"""

from __future__ import annotations

import datetime as dt
import threading
from array import array
from bisect import bisect_left, bisect_right
from collections import OrderedDict
from collections.abc import Callable

from .dates import FIRST_YEAR, LAST_YEAR
from .model import Day

FIRST_ORDINAL = dt.date(FIRST_YEAR, 1, 1).toordinal()
SPAN = dt.date(LAST_YEAR, 12, 31).toordinal() - FIRST_ORDINAL + 1  # dates covered
YEARS = LAST_YEAR - FIRST_YEAR + 1

WORKDAY = 1  # bits of a date's code
SHORTENED = 2
UNBUILT = 0xFF  # the code of a date whose year is not compiled yet

DAYS_KEPT = 4  # years whose Days stay in memory

YearBuilder = Callable[[int], tuple[Day, ...]]


# index of each year's 1 January, and one more for the end of the range
YEAR_STARTS = tuple(dt.date(y, 1, 1).toordinal() - FIRST_ORDINAL for y in range(FIRST_YEAR, LAST_YEAR + 2))


class CompiledCalendar:
    """The arrays of one Calendar; ``ensure(year)`` before reading a year's slots."""

    def __init__(self, build: YearBuilder):
        self._build = build
        self._lock = threading.Lock()
        self.codes = bytearray([UNBUILT]) * SPAN
        # within the date's year; one more entry, always 0, for the end of the range
        self.workdays_before = array("H", bytes(2 * (SPAN + 1)))
        self.shortened_before = array("H", bytes(2 * (SPAN + 1)))
        self.year_workdays = [0] * YEARS
        self.year_shortened = [0] * YEARS
        # workdays (shortened days) in all built years before each year; YEARS + 1 entries
        self.workdays_up_to = [0] * (YEARS + 1)
        self.shortened_up_to = [0] * (YEARS + 1)
        self.built = bytearray(YEARS)
        self.complete = False
        self.version = 0  # years built so far: lets derived arrays know when they are stale
        self._days: OrderedDict[int, tuple[Day, ...]] = OrderedDict()

    # -- building ----------------------------------------------------------------------------------

    def ensure(self, year: int) -> None:
        if not self.built[year - FIRST_YEAR]:
            self.days(year)

    def ensure_range(self, first: int, last: int) -> None:
        """Compile every year from ``first`` to ``last`` inclusive (up to the end of the range)."""
        if not self.complete:
            for year in range(first, min(last, LAST_YEAR) + 1):
                self.ensure(year)

    def ensure_all(self) -> None:
        self.ensure_range(FIRST_YEAR, LAST_YEAR)

    def days(self, year: int) -> tuple[Day, ...]:
        """The Days of ``year``, from the cache of recent years or built again."""
        with self._lock:
            days = self._days.get(year)
            if days is not None:
                self._days.move_to_end(year)
                return days
        days = self._build(year)
        with self._lock:
            if not self.built[year - FIRST_YEAR]:
                self._store(year, days)
            self._keep(year, days)
        return days

    def _keep(self, year: int, days: tuple[Day, ...]) -> None:
        self._days[year] = days
        self._days.move_to_end(year)
        while len(self._days) > DAYS_KEPT:
            self._days.popitem(last=False)

    def _store(self, year: int, days: tuple[Day, ...]) -> None:
        k = year - FIRST_YEAR
        start = YEAR_STARTS[k]
        codes = bytearray(len(days))
        workdays = array("H", bytes(2 * len(days)))
        shortened = array("H", bytes(2 * len(days)))
        w = s = 0
        for i, day in enumerate(days):
            workdays[i], shortened[i] = w, s
            if day.is_workday:
                codes[i] = WORKDAY | (SHORTENED if day.shortened else 0)
                w += 1
                s += day.shortened
        self.workdays_before[start : start + len(days)] = workdays
        self.shortened_before[start : start + len(days)] = shortened
        self.year_workdays[k], self.year_shortened[k] = w, s
        self.workdays_up_to = _running_total(self.year_workdays)
        self.shortened_up_to = _running_total(self.year_shortened)
        self.codes[start : start + len(days)] = codes  # last: a date reads as built only when all is in place
        self.built[k] = 1
        self.version += 1
        self.complete = all(self.built)

    # -- reading (the years asked must be built) ---------------------------------------------------

    def workdays_before_index(self, index: int, year: int) -> int:
        """Workdays from 1 January 1990 to the date at ``index`` (exclusive), counting built years only.

        ``index`` may be ``SPAN``, with ``year`` 2101: the end of the range.
        """
        return self.workdays_up_to[year - FIRST_YEAR] + self.workdays_before[index]

    def shortened_before_index(self, index: int, year: int) -> int:
        return self.shortened_up_to[year - FIRST_YEAR] + self.shortened_before[index]

    def workday_with_rank(self, rank: int) -> int:
        """Index of the workday with ``rank`` workdays before it, counted over the built years.

        Every year between the date the rank was counted from and the answer must be built: an unbuilt
        year counts as empty, so the search would pass over it.
        """
        k = bisect_right(self.workdays_up_to, rank) - 1
        start, end = YEAR_STARTS[k], YEAR_STARTS[k + 1]
        return bisect_left(self.workdays_before, rank - self.workdays_up_to[k] + 1, start, end) - 1


def _running_total(values: list[int]) -> list[int]:
    totals = [0]
    for value in values:
        totals.append(totals[-1] + value)
    return totals


def index_of(day: dt.date) -> int:
    return day.toordinal() - FIRST_ORDINAL


def date_at(index: int) -> dt.date:
    return dt.date.fromordinal(index + FIRST_ORDINAL)
