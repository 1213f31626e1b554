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
from typing import TYPE_CHECKING, Any

try:
    import numpy as np
except ImportError as exc:  # pragma: no cover - the extra is not installed
    raise ImportError("azcal.arrays needs numpy: pip install 'azcal[numpy]'") from exc

from ..calendars import ROLLS, Calendar, official
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
    compiled = _compiled(calendar)
    index = _indices(dates, "dates")
    codes = np.frombuffer(compiled.codes, dtype=np.uint8)
    result: NDArray[np.bool_] = (codes[index] & WORKDAY).view(np.bool_)
    return result


def workdays_between(starts: ArrayLike, ends: ArrayLike, *, calendar: Calendar | None = None) -> NDArray[np.int64]:
    """Workdays in each half-open range ``[start, end)``, negative where ``end`` comes first."""
    prefix = _workday_prefix(_compiled(calendar))
    first, last = _indices(starts, "starts"), _indices(ends, "ends")
    first, last = np.broadcast_arrays(first, last)
    result: NDArray[np.int64] = prefix[last] - prefix[first]
    return result


def add_workdays(
    dates: ArrayLike, n: ArrayLike, roll: Roll = "following", *, calendar: Calendar | None = None
) -> NDArray[np.datetime64]:
    """Each date moved ``n`` workdays, as ``Calendar.add_workdays`` (and ``numpy.busday_offset``) does."""
    compiled = _compiled(calendar)
    if roll not in ROLLS:
        raise InvalidArgumentError(f"unknown roll {roll!r}; choose one of {', '.join(ROLLS)}")
    steps = np.asarray(n)
    if steps.dtype.kind not in "iu":
        raise ArgumentTypeError(f"n must be whole numbers of workdays, got an array of {steps.dtype}")
    index = _indices(dates, "dates")
    prefix = _workday_prefix(compiled)
    is_work = prefix[index + 1] != prefix[index]
    # rank of the workday the start rolls to: following takes the first workday from the date on,
    # preceding the last one up to it
    following, preceding = prefix[index], prefix[index + 1] - 1
    if roll == "raise":
        if not is_work.all():
            bad = date_at(int(index[~is_work].ravel()[0]))
            raise NotAWorkdayError(f"{bad.isoformat()} is not a workday")
        rank = following
    elif roll in ("following", "preceding"):
        rank = following if roll == "following" else preceding
    else:
        chosen, other = (following, preceding) if roll == "modifiedfollowing" else (preceding, following)
        rank = np.where(_month(_at_rank(prefix, chosen)) == _month(index), chosen, other)
    target = rank + steps
    outside = (target < 0) | (target >= int(prefix[-1]))
    if outside.any():
        at = np.unravel_index(int(np.flatnonzero(outside)[0]), outside.shape)
        start = date_at(int(np.broadcast_to(index, outside.shape)[at]))
        step = int(np.broadcast_to(steps, outside.shape)[at])
        raise YearOutOfRangeError(f"{step} workdays from {start} falls outside {FIRST_YEAR}-{LAST_YEAR}")
    result: NDArray[np.datetime64] = (_at_rank(prefix, target) + _EPOCH_INDEX).astype("datetime64[D]")
    return result


def _compiled(calendar: Calendar | None) -> CompiledCalendar:
    if calendar is None:
        return official().compiled
    if not isinstance(calendar, Calendar):
        raise ArgumentTypeError(f"calendar must be an azcal.Calendar, got {type(calendar).__name__}")
    return calendar.compiled


def _indices(values: ArrayLike, what: str) -> NDArray[np.int64]:
    """Positions of the dates in the compiled arrays; one clear error for anything that is not a date in range."""
    array = np.asarray(values)
    if array.dtype.kind == "M":
        days = array.astype("datetime64[D]", copy=False)
    elif array.dtype.kind in "OU":
        # element by element, so that text is held to YYYY-MM-DD as everywhere else in azcal
        days = np.array([to_date(v) for v in array.ravel().tolist()], dtype="datetime64[D]").reshape(array.shape)
    else:
        raise DateTypeError(f"{what} must be dates (datetime64, date objects or 'YYYY-MM-DD'), got {array.dtype}")
    index = days.view(np.int64) - _EPOCH_INDEX
    if index.size and (index.min() < 0 or index.max() >= SPAN):  # NaT is the smallest int64, so it lands here
        at = int(np.flatnonzero((index < 0) | (index >= SPAN))[0])
        bad = days.ravel()[at]
        if np.isnat(bad):
            raise InvalidDateError(f"{what} holds NaT (a missing date) at position {at}")
        raise YearOutOfRangeError(f"{bad} is outside the supported range {FIRST_YEAR}-01-01 to {LAST_YEAR}-12-31")
    return index


def _workday_prefix(compiled: CompiledCalendar) -> NDArray[np.int64]:
    """prefix[i]: workdays before the date at index i, over the whole range (SPAN + 1 entries)."""
    # the compiled counts, read in place as 16 bits and widened once, so that sums of ranks stay exact
    return np.frombuffer(compiled.workdays_before, dtype=np.uint16).astype(np.int64)


def _at_rank(prefix: NDArray[np.int64], rank: Any) -> NDArray[np.int64]:
    """Index of the workday with ``rank`` workdays before it."""
    result: NDArray[np.int64] = np.searchsorted(prefix, np.asarray(rank) + 1, side="left") - 1
    return result


def _month(index: Any) -> NDArray[Any]:
    return (np.asarray(index) + _EPOCH_INDEX).astype("datetime64[D]").astype("datetime64[M]")
