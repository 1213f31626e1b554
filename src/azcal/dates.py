"""Turn what users pass for a date into a ``datetime.date``, or say exactly what is wrong.

The law's dates are dates in Baku. A datetime that knows its time zone is first converted to Baku time
(Asia/Baku, from the system's time zone data or python-dateutil's own copy), so 20:30 UTC on Sunday
22 June 2025 is Monday 23 June; a datetime without one is taken as Baku time already.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable

from .arguments import whole
from .errors import ArgumentTypeError, DateTypeError, InvalidArgumentError, InvalidDateError, YearOutOfRangeError

FIRST_YEAR = 1990
LAST_YEAR = 2100
END_OF_RANGE = dt.date(LAST_YEAR + 1, 1, 1)  # the exclusive end that takes in 31 December 2100


BAKU = "Asia/Baku"


def to_date(value: object) -> dt.date:
    """Return the date ``value`` stands for; raise a clear error for anything else."""
    if type(value) is str and len(value) == 10 and value[4] == "-" == value[7] and value.isascii():
        # the usual 'YYYY-MM-DD', read in C: at this length and with its dashes there, fromisoformat takes
        # exactly what _parse_iso does, and anything else goes there to be named
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            pass
    if isinstance(value, dt.datetime):
        return _datetime_date(value)
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        return _parse_iso(value)
    raise DateTypeError(f"expected a date, a datetime or a 'YYYY-MM-DD' string, got {type(value).__name__}: {value!r}")


def _datetime_date(value: dt.datetime) -> dt.date:
    if value != value:  # pandas' NaT, a datetime that is no date, equals nothing
        raise InvalidDateError(f"not a date: {value!r} (a missing value)")
    if value.tzinfo is None:
        return value.date()
    try:
        aware = value.utcoffset() is not None
        if aware:
            value = value.astimezone(baku())
    except OverflowError:
        raise YearOutOfRangeError(f"{value!r} in Baku is outside the supported range") from None
    except (ValueError, TypeError) as exc:  # a time zone object that gives no usable offset
        raise InvalidDateError(f"a datetime whose time zone gives no usable offset: {value!r} ({exc})") from None
    return value.date()


@functools.cache
def baku() -> dt.tzinfo:
    """Baku's time zone, loaded when first needed: the system's time zone data (zoneinfo, quick to load),
    else the copy python-dateutil carries (where the system has none, as on Windows without tzdata)."""
    import zoneinfo

    try:
        return zoneinfo.ZoneInfo(BAKU)
    except (zoneinfo.ZoneInfoNotFoundError, OSError, ValueError):
        pass
    from dateutil import tz

    zone = tz.gettz(BAKU)
    if zone is None:  # neither the system nor python-dateutil has the time zone data
        raise InvalidDateError(f"no time zone data for {BAKU}: give dates, or datetimes without a time zone")
    return zone


def today_in_baku() -> dt.date:
    """Today where the law's dates are, whatever the machine's own time zone."""
    return dt.datetime.now(baku()).date()


def month_after(first: dt.date) -> dt.date:
    """The first day of the month after the one ``first`` is in: a month's exclusive end."""
    return (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1)


def quoted(text: str, limit: int = 60) -> str:
    """``text`` as a message quotes it: in repr's escapes, and cut short when long."""
    return repr(text if len(text) <= limit else text[: limit - 3] + "...")


def _parse_iso(text: str) -> dt.date:
    stripped = text.strip()
    parts = stripped.split("-")
    # fromisoformat also takes '20250120' and '2025-W03-1'; users mean YYYY-MM-DD, so insist on it.
    if len(parts) != 3 or not all(p.isascii() and p.isdigit() for p in parts) or [len(p) for p in parts] != [4, 2, 2]:
        raise InvalidDateError(f"not a date in the form YYYY-MM-DD: {quoted(text)}")
    try:
        return dt.date(int(parts[0]), int(parts[1]), int(parts[2]))
    except ValueError as exc:
        raise InvalidDateError(f"not a real date: {text!r} ({exc})") from None


def check_year(year: object) -> int:
    """Return ``year`` if it is a whole year azcal covers."""
    if not whole(year):
        raise DateTypeError(f"expected a year as an int, got {type(year).__name__}: {year!r}")
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise YearOutOfRangeError(f"year {year} is outside the supported range {FIRST_YEAR}-{LAST_YEAR}")
    return year


def checked_years(years: object, *, allow_empty: bool = False) -> list[int]:
    """One year or an iterable of years (a list, a range), each checked; sorted, without repeats."""
    if whole(years):
        return [check_year(years)]
    if isinstance(years, str | bytes) or not isinstance(years, Iterable):
        raise ArgumentTypeError(
            f"years must be a year or years as ints (a list or a range), got {type(years).__name__}: {years!r}"
        )
    checked = sorted({check_year(year) for year in years})
    if not checked and not allow_empty:
        raise InvalidArgumentError("no years given: pass at least one year, e.g. range(2025, 2028)")
    return checked


def checked_date(value: object) -> dt.date:
    """``to_date`` plus the supported-range check."""
    day = to_date(value)
    if not FIRST_YEAR <= day.year <= LAST_YEAR:
        raise YearOutOfRangeError(
            f"{day.isoformat()} is outside the supported range {FIRST_YEAR}-01-01 to {LAST_YEAR}-12-31"
        )
    return day
