"""One calendar compiled whole: read-only arrays over every date of 1990-2100, and a table of day facts.

Per date, one byte (``codes``) says whether it is a workday, whether it is shortened (Art. 108),
whether it rests on an estimate, and its kind; a 16-bit number (``facts_index``) points into a small
table of the distinct ``DayFacts`` (some 2,600 over the whole range). Two prefix counts say
how many workdays and shortened days come before each date. All of it is made before the calendar
is published and is read-only afterwards, so any number of threads read it without a lock.

``is_workday`` is one index into ``codes``; counting workdays is a subtraction; stepping over them
is a binary search over the prefix count; a ``Day`` is a date and one entry of the table.

This module is on the path of ``import azcal``: it imports nothing heavy, and the table of facts of
a calendar loaded from a file is decoded only when first needed.
"""

from __future__ import annotations

import datetime as dt
from array import array
from itertools import accumulate, compress
from types import MappingProxyType

from ..dates import FIRST_YEAR, LAST_YEAR
from ..forksafe import MAKING
from ..model import REST_WEEKDAYS, Kind

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing, which `import azcal` avoids
if TYPE_CHECKING:
    from collections.abc import Callable, Mapping, Sequence
    from typing import TypeVar

    from ..model import DayFacts, LawRule

    T = TypeVar("T")

FIRST_DAY, LAST_DAY = dt.date(FIRST_YEAR, 1, 1), dt.date(LAST_YEAR, 12, 31)
FIRST_ORDINAL = FIRST_DAY.toordinal()
SPAN = LAST_DAY.toordinal() - FIRST_ORDINAL + 1  # dates covered; fewer than 65,536, so 16 bits count them

# the bits of a date's code
WORKDAY = 1
SHORTENED = 2
ESTIMATED = 4
KIND_SHIFT = 3  # the kind's position in Kind, above the flags
_KIND_CODES = {kind: number << KIND_SHIFT for number, kind in enumerate(Kind)}
# the facts every plain workday and plain weekend day share: the first entries of every table; the
# six-day week's Saturday, a shorter day, has its own
PLAIN_WORKDAY, PLAIN_WEEKEND, PLAIN_EVE = 0, 1, 2


class Tables:
    """What a calendar says beyond its arrays: the law it applied and the distinct facts of its days."""

    __slots__ = ("facts", "law")

    def __init__(self, law: Mapping[str, LawRule], facts: Sequence[DayFacts]):
        self.law: Mapping[str, LawRule] = MappingProxyType(dict(law))  # read-only: it is shared
        self.facts = facts


class CompiledCalendar:
    """The read-only arrays of one calendar definition and, behind them, its table of day facts."""

    __slots__ = (
        "__weakref__",  # so that readers such as azcal.arrays can keep what they derive from it beside it
        "_derived",
        "_tables",
        "_tables_loader",
        "codes",
        "data_version",
        "facts_index",
        "shortened_before",
        "sources",
        "total_workdays",
        "week",
        "workdays_before",
    )
    codes: bytes
    data_version: str
    facts_index: memoryview
    workdays_before: memoryview
    shortened_before: memoryview
    sources: str
    total_workdays: int
    week: int
    _derived: dict[str, object]
    _tables: Tables | None
    _tables_loader: Callable[[], Tables] | None

    def __init__(
        self,
        codes: bytes | bytearray,
        facts_index: array[int],
        tables: Tables | Callable[[], Tables],
        data_version: str,
        week: int = 5,
        prefixes: tuple[array[int], array[int]] | None = None,
        sources: str = "",
    ):
        if len(codes) != SPAN or len(facts_index) != SPAN:
            raise ValueError(f"a compiled calendar has {SPAN} dates, got {len(codes)} and {len(facts_index)}")
        workdays, shortened = prefixes or _prefix_counts(codes)
        # bytes, views of bytes and no attribute that can be set again: nothing changes a published calendar
        fill = object.__setattr__
        fill(self, "codes", bytes(codes))
        fill(self, "data_version", data_version)  # which official data it is built on (Calendar.data_version)
        fill(self, "week", week)  # working days a week: 5, or 6 (Monday to Saturday)
        fill(self, "sources", sources)  # the packaged data's digest, for the official calendars (law.digest)
        fill(self, "facts_index", _frozen(facts_index))
        fill(self, "workdays_before", _frozen(workdays))  # SPAN + 1 entries: the last is the total
        fill(self, "shortened_before", _frozen(shortened))
        fill(self, "total_workdays", self.workdays_before[SPAN])
        fill(self, "_derived", {})
        fill(self, "_tables", tables if isinstance(tables, Tables) else None)
        fill(self, "_tables_loader", None if isinstance(tables, Tables) else tables)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"a compiled calendar is read-only: cannot set {name!r}")

    @property
    def tables(self) -> Tables:
        """The table of day facts, decoded on first use (once, whichever thread asks first)."""
        tables = self._tables
        if tables is None:
            with MAKING:  # once, whichever thread asks first, and never across a fork (azcal.forksafe)
                tables = self._tables
                if tables is None:
                    assert self._tables_loader is not None
                    tables = self._tables_loader()
                    object.__setattr__(self, "_tables", tables)  # published whole, by one assignment
                    object.__setattr__(self, "_tables_loader", None)  # and the undecoded bytes let go
        return tables

    def facts(self, index: int) -> DayFacts:
        return self.tables.facts[self.facts_index[index]]

    def derived(self, name: str, make: Callable[[CompiledCalendar], T]) -> T:
        """What ``make`` derives from these arrays (a table a query reads), made when first asked for and
        kept beside them: published whole, in a new mapping, so readers never see one half made."""
        found = self._derived.get(name)
        if found is None:
            found = make(self)
            object.__setattr__(self, "_derived", {**self._derived, name: found})
        return found  # type: ignore[return-value]

    @property
    def workdays(self) -> tuple[dt.date, ...]:
        """Each workday by its rank (the workdays before it): stepping over workdays is one lookup."""
        return self.derived("workdays", _workdays)


def _workdays(compiled: CompiledCalendar) -> tuple[dt.date, ...]:
    ordinals = compress(range(FIRST_ORDINAL, FIRST_ORDINAL + SPAN), compiled.codes.translate(WORKDAY_BITS))
    return tuple(map(dt.date.fromordinal, ordinals))


def copied(numbers: memoryview) -> array[int]:
    """A writable copy of 16-bit ``numbers`` (read as bytes: an array made from a view reads it number by number)."""
    made = array("H")
    made.frombytes(numbers.tobytes())
    return made


def _frozen(numbers: array[int]) -> memoryview:
    """A read-only copy of 16-bit ``numbers``, indexed as they are."""
    return memoryview(numbers.tobytes()).cast("H")


# a date's code -> 1 for a workday (a shortened day), 0 otherwise: bytes.translate turns codes into counts
WORKDAY_BITS = bytes(code & WORKDAY for code in range(256))
SHORTENED_BITS = bytes((code & SHORTENED) >> 1 for code in range(256))


def _prefix_counts(codes: bytes | bytearray) -> tuple[array[int], array[int]]:
    """Workdays and shortened days before each date; one entry more, the totals."""
    workdays = array("H", accumulate(codes.translate(WORKDAY_BITS), initial=0))
    shortened = array("H", accumulate(codes.translate(SHORTENED_BITS), initial=0))
    return workdays, shortened


def code_of(facts: DayFacts) -> int:
    return (
        (WORKDAY if facts.kind.is_workday else 0)
        | (SHORTENED if facts.shortened else 0)
        | (ESTIMATED if facts.estimated else 0)
        | _KIND_CODES[facts.kind]
    )


def plain_week(week: int) -> tuple[bytearray, array[int]]:
    """Codes and facts numbers of a range of plain weeks: ``week`` workdays, then the weekly rest days."""
    rest = REST_WEEKDAYS[week]
    workday, weekend = WORKDAY | _KIND_CODES[Kind.WORKDAY], _KIND_CODES[Kind.WEEKEND]
    offset = FIRST_DAY.weekday()  # the week pattern starts on a Monday
    weeks = SPAN // 7 + 2
    codes = (bytes(weekend if d in rest else workday for d in range(7)) * weeks)[offset : offset + SPAN]
    plain = [PLAIN_WORKDAY] * 5 + ([PLAIN_EVE] if week == 6 else []) + [PLAIN_WEEKEND] * len(rest)
    pattern = array("H", plain)
    numbers = (pattern * weeks)[offset : offset + SPAN]
    return bytearray(codes), numbers


def index_of(day: dt.date) -> int:
    return day.toordinal() - FIRST_ORDINAL


def date_at(index: int) -> dt.date:
    return dt.date.fromordinal(index + FIRST_ORDINAL)
