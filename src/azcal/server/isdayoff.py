"""The isdayoff API (isdayoff.ru) for Azerbaijan: the same requests, the same answers, from one calendar.

Payroll systems across the CIS ask isdayoff for a digit per day: ``0`` a workday, ``1`` a day off, and
with ``pre=1``, ``2`` a working day one hour shorter. They ask for a year, a month or a day
(``/api/getdata?year=&month=&day=``), a range (``date1``, ``date2`` as ``YYYYMMDD``, at most 366 days),
one date (``/YYYYMMDD``), ``/today`` or ``/tomorrow``. The digits come one after another, or between
``delimeter`` (isdayoff's spelling); ``sd=1`` asks for the six-day week, ``sd=0`` for the five-day
week, and with neither the service's own week answers. Errors are a code: ``100`` a bad date, ``101``
no data (another country, a year outside 1990-2100, a week the service's rules do not fit).

This module parses a request's query into days and writes the digits; it knows nothing of HTTP.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping

from ..calendars import Calendar
from ..dates import FIRST_YEAR, LAST_YEAR, baku
from ..errors import AzcalError
from .weeks import WeekCalendars

BAD_DATE, NO_DATA = "100", "101"  # isdayoff's 199, a failure of the service, is never an answer here
STATUS = {BAD_DATE: 400, NO_DATA: 404}  # the HTTP status of each error code
COUNTRY = "az"
MAX_DAYS = 366  # the longest range one request may ask for, as on isdayoff
KNOWN = frozenset({"year", "month", "day", "date1", "date2", "cc", "pre", "sd", "covid", "delimeter", "tz"})


class IsDayOffError(Exception):
    """An answer that is an isdayoff error code rather than digits."""

    def __init__(self, code: str):
        super().__init__(code)
        self.code = code
        self.status = STATUS[code]


def getdata(calendars: WeekCalendars, query: Mapping[str, str]) -> str:
    """The answer to ``/api/getdata`` with ``query``: a digit per day asked for."""
    _check_options(query)
    if "date1" in query or "date2" in query:
        if not {"date1", "date2"} <= query.keys() or query.keys() & {"year", "month", "day"}:
            raise IsDayOffError(BAD_DATE)
        first, last = _compact_date(query["date1"]), _compact_date(query["date2"])
        if last < first or (last - first).days >= MAX_DAYS:
            raise IsDayOffError(BAD_DATE)
    else:
        first, last = _period(query)
    return _digits(_of_week(calendars, query), first, last, query)


def one_day(calendars: WeekCalendars, day: dt.date, query: Mapping[str, str]) -> str:
    """The answer for one date (``/YYYYMMDD``, ``/today``, ``/tomorrow``)."""
    _check_options(query)
    return _digits(_of_week(calendars, query), day, day, query)


def path_date(text: str) -> dt.date:
    """The date of a ``/YYYYMMDD`` path."""
    return _compact_date(text)


def today_in(query: Mapping[str, str], days: int = 0) -> dt.date:
    """Today (or ``days`` later) where the request says (``tz``), in Baku by default."""
    zone: dt.tzinfo = baku()
    if "tz" in query:
        from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

        try:  # a zone's name only: ZoneInfo refuses paths, and what it cannot read is no zone
            zone = ZoneInfo(query["tz"])
        except (ZoneInfoNotFoundError, ValueError, OSError):
            raise IsDayOffError(BAD_DATE) from None
    return dt.datetime.now(zone).date() + dt.timedelta(days=days)


def _check_options(query: Mapping[str, str]) -> None:
    if query.keys() - KNOWN:
        raise IsDayOffError(BAD_DATE)
    if query.get("cc", COUNTRY).lower() != COUNTRY:
        raise IsDayOffError(NO_DATA)  # this service knows Azerbaijan only
    for flag in ("pre", "sd", "covid"):
        if query.get(flag, "0") not in ("0", "1"):
            raise IsDayOffError(BAD_DATE)
    if len(query.get("delimeter", "")) > 16:
        raise IsDayOffError(BAD_DATE)


def _of_week(calendars: WeekCalendars, query: Mapping[str, str]) -> Calendar:
    """The calendar of the week ``sd`` asks for, if it asks; "no data" where that week cannot be made."""
    try:
        return calendars.of(None if "sd" not in query else 6 if query["sd"] == "1" else 5)
    except AzcalError:
        raise IsDayOffError(NO_DATA) from None


def _period(query: Mapping[str, str]) -> tuple[dt.date, dt.date]:
    """A year, a month of it, or a day of that month."""
    if "year" not in query or ("day" in query and "month" not in query):
        raise IsDayOffError(BAD_DATE)
    year = _number(query["year"], 4)
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise IsDayOffError(NO_DATA)
    if "month" not in query:
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    month = _number(query["month"], 2)
    try:
        if "day" in query:
            day = dt.date(year, month, _number(query["day"], 2))
            return day, day
        first = dt.date(year, month, 1)
    except ValueError:
        raise IsDayOffError(BAD_DATE) from None
    return first, (first + dt.timedelta(days=31)).replace(day=1) - dt.timedelta(days=1)


def _number(text: str, width: int) -> int:
    if not re.fullmatch(rf"[0-9]{{1,{width}}}", text):
        raise IsDayOffError(BAD_DATE)
    return int(text)


def _compact_date(text: str) -> dt.date:
    """A date written ``YYYYMMDD``, within 1990-2100."""
    if not re.fullmatch(r"[0-9]{8}", text):
        raise IsDayOffError(BAD_DATE)
    try:
        day = dt.date(int(text[:4]), int(text[4:6]), int(text[6:]))
    except ValueError:
        raise IsDayOffError(BAD_DATE) from None
    if not FIRST_YEAR <= day.year <= LAST_YEAR:
        raise IsDayOffError(NO_DATA)
    return day


def _digits(calendar: Calendar, first: dt.date, last: dt.date, query: Mapping[str, str]) -> str:
    pre = query.get("pre") == "1"
    digits = []
    for day in calendar.days(first, last + dt.timedelta(days=1)):
        digits.append("1" if not day.is_workday else "2" if pre and day.shortened else "0")
    return query.get("delimeter", "").join(digits)
