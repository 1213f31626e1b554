"""The isdayoff API (isdayoff.ru) for Azerbaijan: the same requests, the same answers, from one calendar.

Payroll systems across the CIS ask isdayoff for a digit per day: ``0`` a workday, ``1`` a day off, and
with ``pre=1``, ``2`` a working day one hour shorter. They ask for a year, a month or a day
(``/api/getdata?year=&month=&day=``), a range (``date1``, ``date2`` as ``YYYYMMDD``, at most 366 days),
one date (``/YYYYMMDD``), ``/today`` or ``/tomorrow``, and whether a year is a leap year
(``/api/isleap?year=``). The digits come one after another, or between ``delimeter`` (isdayoff's
spelling); ``sd=1`` asks for the six-day week, ``sd=0`` for the five-day week, and with neither the
service's own week answers. Errors are a code: ``100`` a bad date, ``101`` no data (another country, a
year outside 1990-2100, a week the service's rules do not fit).

The digits of every date of 1990-2100 are made once per service, for each week and with and without
``pre``, from the compiled calendar's byte per date: an answer is a slice of them. A flag is ``0`` or
``1``, or ``false`` or ``true`` as some clients write it. What published clients send that isdayoff
ignores is ignored here too (``IGNORED``); any other parameter is a bad request, ``100``.

This module parses a request's query into days and writes the digits; it knows nothing of HTTP.
"""

from __future__ import annotations

import calendar as gregorian
import datetime as dt
from collections.abc import Mapping

from ..compiled import FIRST_ORDINAL, SHORTENED, WORKDAY
from ..dates import FIRST_YEAR, LAST_YEAR, baku
from ..errors import AzcalError
from .weeks import WeekCalendars

BAD_DATE, NO_DATA = "100", "101"  # isdayoff's 199, a failure of the service, is never an answer here
STATUS = {BAD_DATE: 400, NO_DATA: 404}  # the HTTP status of each error code
COUNTRY = "az"
MAX_DAYS = 366  # the longest range one request may ask for, as on isdayoff
KNOWN = frozenset({"year", "month", "day", "date1", "date2", "cc", "pre", "sd", "covid", "delimeter", "tz"})
# Sent by published clients, ignored by isdayoff, so ignored here: "pre " (a key with a space, as the Go
# client github.com/rageofgods/isdayoff sends it on /today and /tomorrow: not `pre`, so no 2s).
IGNORED = frozenset({"pre "})
FLAGS = {"0": False, "1": True, "false": False, "true": True}  # a flag's spellings, in lower case
ISLEAP = frozenset({"year", "cc"})

# a date's digit from its code: 1 off, 0 at work, and with pre, 2 at work a shorter day
_PLAIN = bytes(0x30 if code & WORKDAY else 0x31 for code in range(256))
_PRE = bytes((0x32 if code & SHORTENED else 0x30) if code & WORKDAY else 0x31 for code in range(256))


class IsDayOffError(Exception):
    """An answer that is an isdayoff error code rather than digits."""

    def __init__(self, code: str):
        super().__init__(code)
        self.code = code
        self.status = STATUS[code]


class Digits:
    """The isdayoff digit of every date of 1990-2100, for each week a request may ask for (``None``:
    the service's own), without and with ``pre``; or, for a week that cannot be made, "no data"."""

    __slots__ = ("_of",)

    def __init__(self, calendars: WeekCalendars):
        self._of: dict[int | None, tuple[bytes, bytes] | None] = {}
        for week in (None, 5, 6):
            try:
                codes = calendars.of(week).compiled.codes
            except AzcalError:  # a week the service's rules do not fit
                self._of[week] = None
            else:
                self._of[week] = (codes.translate(_PLAIN), codes.translate(_PRE))

    def of(self, query: Mapping[str, str]) -> bytes:
        """The digits of every date, for the week and ``pre`` that ``query`` asks for."""
        sd = query.get("sd")
        made = self._of[None if sd is None else 6 if FLAGS[sd.lower()] else 5]
        if made is None:
            raise IsDayOffError(NO_DATA)
        return made[1] if "pre" in query and FLAGS[query["pre"].lower()] else made[0]


def getdata(digits: Digits, query: Mapping[str, str]) -> bytes:
    """The answer to ``/api/getdata`` with ``query``: a digit per day asked for."""
    _check_options(query)
    if "date1" in query or "date2" in query:
        if not {"date1", "date2"} <= query.keys() or query.keys() & {"year", "month", "day"}:
            raise IsDayOffError(BAD_DATE)
        first, last = _compact_date(query["date1"]), _compact_date(query["date2"])
        if last < first or last - first >= MAX_DAYS:
            raise IsDayOffError(BAD_DATE)
    else:
        first, last = _period(query)
    return _answer(digits.of(query), first, last, query)


def one_day(digits: Digits, at: int, query: Mapping[str, str]) -> bytes:
    """The answer for the date at ``at`` (``/YYYYMMDD``, ``/today``, ``/tomorrow``)."""
    _check_options(query)
    return _answer(digits.of(query), at, at, query)


def isleap(query: Mapping[str, str]) -> bytes:
    """The answer to ``/api/isleap?year=``: ``1`` a leap year, ``0`` another; a year of the Gregorian
    calendar, whatever this service's calendar holds."""
    if query.keys() - ISLEAP - IGNORED or "year" not in query:
        raise IsDayOffError(BAD_DATE)
    year = _number(query["year"], 4)
    if year < 1:
        raise IsDayOffError(BAD_DATE)
    return b"1" if gregorian.isleap(year) else b"0"


def path_date(text: str) -> int:
    """The position of the date of a ``/YYYYMMDD`` path."""
    return _compact_date(text)


def today_in(query: Mapping[str, str], days: int = 0) -> int:
    """The position of today (or ``days`` later) where the request says (``tz``), in Baku by default."""
    zone: dt.tzinfo = baku()
    if "tz" in query:
        from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

        try:  # a zone's name only: ZoneInfo refuses paths, and what it cannot read is no zone
            zone = ZoneInfo(query["tz"])
        except (ZoneInfoNotFoundError, ValueError, OSError):
            raise IsDayOffError(BAD_DATE) from None
    return _in_range(dt.datetime.now(zone).date() + dt.timedelta(days=days))


def _check_options(query: Mapping[str, str]) -> None:
    if query.keys() - KNOWN - IGNORED:
        raise IsDayOffError(BAD_DATE)
    if query.get("cc", COUNTRY).lower() != COUNTRY:
        raise IsDayOffError(NO_DATA)  # this service knows Azerbaijan only
    for flag in ("pre", "sd", "covid"):
        if flag in query and query[flag].lower() not in FLAGS:
            raise IsDayOffError(BAD_DATE)
    if len(query.get("delimeter", "")) > 16:
        raise IsDayOffError(BAD_DATE)


def _period(query: Mapping[str, str]) -> tuple[int, int]:
    """A year, a month of it, or a day of that month: the positions of its first and last dates."""
    if "year" not in query or ("day" in query and "month" not in query):
        raise IsDayOffError(BAD_DATE)
    year = _number(query["year"], 4)
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise IsDayOffError(NO_DATA)
    if "month" not in query:
        return _at(year, 1, 1), _at(year, 12, 31)
    month = _number(query["month"], 2)
    if not 1 <= month <= 12:
        raise IsDayOffError(BAD_DATE)
    length = gregorian.monthrange(year, month)[1]
    if "day" in query:
        day = _number(query["day"], 2)
        if not 1 <= day <= length:
            raise IsDayOffError(BAD_DATE)
        return _at(year, month, day), _at(year, month, day)
    return _at(year, month, 1), _at(year, month, length)


def _at(year: int, month: int, day: int) -> int:
    return dt.date(year, month, day).toordinal() - FIRST_ORDINAL


def _number(text: str, width: int) -> int:
    if not (0 < len(text) <= width and text.isascii() and text.isdigit()):
        raise IsDayOffError(BAD_DATE)
    return int(text)


def _compact_date(text: str) -> int:
    """The position of a date written ``YYYYMMDD``, within 1990-2100."""
    if not (len(text) == 8 and text.isascii() and text.isdigit()):
        raise IsDayOffError(BAD_DATE)
    try:
        day = dt.date(int(text[:4]), int(text[4:6]), int(text[6:]))
    except ValueError:
        raise IsDayOffError(BAD_DATE) from None
    return _in_range(day)


def _in_range(day: dt.date) -> int:
    """The position of ``day``; "no data" outside 1990-2100."""
    if not FIRST_YEAR <= day.year <= LAST_YEAR:
        raise IsDayOffError(NO_DATA)
    return day.toordinal() - FIRST_ORDINAL


def _answer(digits: bytes, first: int, last: int, query: Mapping[str, str]) -> bytes:
    """The digits of the dates at ``first`` to ``last``, between the request's delimiter if it has one."""
    asked = digits[first : last + 1]
    delimiter = query.get("delimeter")
    if not delimiter:
        return asked
    return delimiter.encode("utf-8").join(asked[i : i + 1] for i in range(len(asked)))
