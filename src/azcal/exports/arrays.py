"""Workday queries over whole arrays of dates (the ``azcal[numpy]`` extra).

Each function takes anything numpy turns into dates: a ``datetime64`` array, a pandas column, a list of
``datetime.date`` or of 'YYYY-MM-DD' strings, and answers element by element from the same compiled
calendar as the scalar queries, so working Saturdays and swapped days are right, unlike
``numpy.is_busday`` with a weekmask.

    >>> import numpy as np
    >>> from azcal import arrays
    >>> arrays.is_workday(np.array(["2025-06-20", "2025-06-21", "2025-06-22"], dtype="datetime64[D]"))
    array([ True,  True, False])
"""

from __future__ import annotations

import datetime as dt
import weakref
from typing import TYPE_CHECKING, Any

try:
    import numpy as np
except ImportError as exc:  # pragma: no cover - the extra is not installed
    raise ImportError("azcal.arrays needs numpy: pip install 'azcal[numpy]'") from exc

from ..arguments import check_roll
from ..calendars import Calendar, check_calendar, official
from ..compiled import FIRST_ORDINAL, SPAN, WORKDAY, CompiledCalendar, date_at
from ..dates import FIRST_YEAR, LAST_YEAR, to_date
from ..errors import (
    ArgumentTypeError,
    DateTypeError,
    InvalidArgumentError,
    InvalidDateError,
    NotAWorkdayError,
    YearOutOfRangeError,
)

if TYPE_CHECKING:
    from numpy.typing import ArrayLike, NDArray

    from ..calendars import Roll

__all__ = ["add_workdays", "is_workday", "workdays_between"]

_EPOCH_INDEX = FIRST_ORDINAL - dt.date(1970, 1, 1).toordinal()  # datetime64[D] value of index 0


def is_workday(dates: ArrayLike, *, calendar: Calendar | None = None) -> NDArray[np.bool_]:
    """True where the date is a workday, element by element."""
    tables = _tables_of(_compiled(calendar))
    result: NDArray[np.bool_] = tables.is_workday[_indices(dates, "dates")]
    return result


def workdays_between(starts: ArrayLike, ends: ArrayLike, *, calendar: Calendar | None = None) -> NDArray[np.int64]:
    """Workdays in each half-open range ``[start, end)``, negative where ``end`` comes first."""
    prefix = _tables_of(_compiled(calendar)).workdays_before
    first, last = _broadcast(_indices(starts, "starts", range_end=True), _indices(ends, "ends", range_end=True))
    result: NDArray[np.int64] = prefix[last]
    result -= prefix[first]  # in place: a third array of this size costs more than the subtraction
    return result


def add_workdays(
    dates: ArrayLike, n: ArrayLike, roll: Roll = "following", *, calendar: Calendar | None = None
) -> NDArray[np.datetime64]:
    """Each date moved ``n`` workdays, as ``Calendar.add_workdays`` (and ``numpy.busday_offset``) does."""
    tables = _tables_of(_compiled(calendar))
    check_roll(roll)
    steps = np.asarray(n)
    if steps.dtype.kind not in "iu":
        raise ArgumentTypeError(f"n must be whole numbers of workdays, got an array of {steps.dtype}")
    if steps.dtype.kind == "u" and steps.size and steps.max() > np.iinfo(np.int64).max:
        raise YearOutOfRangeError(f"{steps.max()} workdays from any date falls after {LAST_YEAR}")
    steps = steps.astype(np.int64, copy=False)  # exact: whole numbers of workdays fit 64 bits
    index, steps = _broadcast(_indices(dates, "dates"), steps)
    prefix = tables.workdays_before
    # rank of the workday the start rolls to: following takes the first workday from the date on,
    # preceding the last one up to it
    following = prefix[index]
    total = tables.total
    if roll == "raise":
        is_work = tables.is_workday[index]
        if not is_work.all():
            bad = date_at(int(index[~is_work].ravel()[0]))
            raise NotAWorkdayError(f"{bad.isoformat()} is not a workday")
        rank = following
    elif roll == "following":
        rank = following
    else:
        preceding = prefix[index + 1] - 1
        if roll == "preceding":
            rank = preceding
        else:  # the chosen way, unless its workday is in another month or there is none (before 1990, after 2100)
            chosen, other = (following, preceding) if roll == "modifiedfollowing" else (preceding, following)
            exists = (chosen >= 0) & (chosen < total)
            rolled = tables.day_of_rank[np.where(exists, chosen, 0)]
            rank = np.where(exists & (_month(rolled) == _month(index + _EPOCH_INDEX)), chosen, other)
    # a start with no workday to roll to is outside the range, as for Calendar.add_workdays
    if rank.size and rank.view(np.uint64).max() >= total:
        at = np.unravel_index(int(np.flatnonzero((rank < 0) | (rank >= total))[0]), rank.shape)
        raise YearOutOfRangeError(
            f"{date_at(int(index[at]))} has no workday to roll to before {FIRST_YEAR} or after {LAST_YEAR}"
        )
    target = np.asarray(rank, dtype=np.int64)  # made by this call (a gather or np.where): the steps go in place
    target += steps
    # one pass finds any rank outside the range: a negative one is huge as an unsigned number
    if target.size and target.view(np.uint64).max() >= tables.total:
        outside = (target < 0) | (target >= tables.total)
        at = np.unravel_index(int(np.flatnonzero(outside)[0]), outside.shape)
        start = date_at(int(np.broadcast_to(index, outside.shape)[at]))
        step = int(np.broadcast_to(steps, outside.shape)[at])
        raise YearOutOfRangeError(f"{step} workdays from {start} falls outside {FIRST_YEAR}-{LAST_YEAR}")
    result: NDArray[np.datetime64] = tables.day_of_rank[target].view("datetime64[D]")
    return result


def _compiled(calendar: Calendar | None) -> CompiledCalendar:
    chosen = check_calendar(calendar)
    return (official() if chosen is None else chosen).compiled


def _broadcast(first: NDArray[Any], second: NDArray[Any]) -> tuple[NDArray[Any], NDArray[Any]]:
    try:
        one, other = np.broadcast_arrays(first, second)
        return one, other
    except ValueError:
        raise InvalidArgumentError(
            f"arrays of shapes {first.shape} and {second.shape} do not go together (numpy's broadcasting)"
        ) from None


def _tables_of(compiled: CompiledCalendar) -> _Tables:
    """The numpy tables of ``compiled``, made once and kept as long as it lives."""
    tables = _made.get(compiled)
    if tables is None:  # made whole, then published; a twin made by another thread at once is dropped
        tables = _made.setdefault(compiled, _Tables(compiled))
    return tables


class _Tables:
    """A compiled calendar's arrays as numpy reads them best, read-only."""

    def __init__(self, compiled: CompiledCalendar) -> None:
        codes = np.frombuffer(compiled.codes, dtype=np.uint8)
        self.is_workday: NDArray[np.bool_] = (codes & WORKDAY).astype(np.bool_)
        # workdays before each date, widened so that differences and sums of ranks stay exact
        self.workdays_before: NDArray[np.int64] = np.frombuffer(compiled.workdays_before, dtype=np.uint16).astype(
            np.int64
        )
        self.total = compiled.total_workdays
        # the workday of each rank, as days since 1970 (datetime64[D]'s numbers)
        self.day_of_rank: NDArray[np.int64] = np.flatnonzero(self.is_workday) + _EPOCH_INDEX
        for array in (self.is_workday, self.workdays_before, self.day_of_rank):
            array.setflags(write=False)


# what each compiled calendar looks like to numpy, kept as long as the calendar is
_made: weakref.WeakKeyDictionary[CompiledCalendar, _Tables] = weakref.WeakKeyDictionary()


def _indices(values: ArrayLike, what: str, *, range_end: bool = False) -> NDArray[np.int64]:
    """Positions of the dates in the compiled arrays; one clear error for anything that is not a date in range.

    With ``range_end``, a date may also be 1 January 2101, the end of a half-open range over the last day.
    """
    if np.ma.is_masked(values):
        raise InvalidDateError(f"{what} holds masked (missing) dates")
    try:
        array = np.asarray(values)
    except ValueError as exc:  # lists of different lengths, and the like
        raise DateTypeError(f"{what} must be dates in an array numpy can make ({exc})") from None
    if array.dtype.kind == "M":
        try:
            days = array.astype("datetime64[D]", copy=False)
        except (OverflowError, ValueError):  # a unit finer than days whose values do not fit in days
            raise YearOutOfRangeError(f"{what} holds dates outside any range azcal covers") from None
    elif array.dtype.kind in "OU":
        # element by element, so that text is held to YYYY-MM-DD as everywhere else in azcal
        days = np.array([to_date(v) for v in array.ravel().tolist()], dtype="datetime64[D]").reshape(array.shape)
    else:
        raise DateTypeError(f"{what} must be dates (datetime64, date objects or 'YYYY-MM-DD'), got {array.dtype}")
    index = days.view(np.int64) - _EPOCH_INDEX
    limit = SPAN + 1 if range_end else SPAN
    # one pass: NaT (the smallest int64) and dates before 1990 are huge as unsigned numbers
    if index.size and index.view(np.uint64).max() >= limit:
        at = int(np.flatnonzero((index < 0) | (index >= limit))[0])
        bad = days.ravel()[at]
        if np.isnat(bad):
            raise InvalidDateError(f"{what} holds NaT (a missing date) at position {at}")
        raise YearOutOfRangeError(f"{bad} is outside the supported range {FIRST_YEAR}-01-01 to {LAST_YEAR}-12-31")
    return index


def _month(days: Any) -> NDArray[Any]:
    """The month of each date given as days since 1970."""
    return np.asarray(days).view("datetime64[D]").astype("datetime64[M]")
