"""The days off as Odoo's public time off: rows of ``resource.calendar.leaves``, in UTC.

Odoo keeps every datetime in UTC and shows it in the user's time zone, so a day off in Baku is the
span from its midnight to the last second before the next, each converted from Asia/Baku to UTC:
20 January 2025 is 2025-01-19 20:00:00 to 2025-01-20 19:59:59. Asia/Baku has been UTC+4 without
summer time since 2016; for earlier years the time zone database gives the offset each day had.

The rows (``name``, ``date_from``, ``date_to``) are what the ORM stores: what ``create`` and ``load``
take over XML-RPC or JSON-RPC with ``tz`` set to UTC in the context. Odoo's import screen reads a
datetime in the importing user's own time zone, so a user importing this file there sets their time
zone to UTC first (docs/exports.md). Every day off but a plain weekend day is a row: the working
schedule already rests on weekends. A worked Saturday cannot be said with a leave; it is left out.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator

from ..calendars import Calendar
from ..dates import checked_years
from ..errors import MissingExtraError
from ..model import Kind, check_language
from ..text.describe import detail
from .cells import names_cell
from .tables import csv_text

ZONE = "Asia/Baku"
COLUMNS = ("name", "date_from", "date_to")
_ODOO_DATETIME = "%Y-%m-%d %H:%M:%S"  # Odoo's DATETIME_FORMAT: UTC, no offset


def baku() -> dt.tzinfo:
    """Asia/Baku from the system's time zone database, or from the ``tzdata`` package."""
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        return ZoneInfo(ZONE)
    except ZoneInfoNotFoundError:  # no system database and no tzdata package: the offsets are unknown
        raise MissingExtraError(
            f"the time zone {ZONE} is not on this system: install its time zone database, or pip install tzdata"
        ) from None


def leaves(calendar: Calendar, years: int | Iterable[int], lang: str = "az") -> Iterator[tuple[str, str, str]]:
    """Each day off that is not a plain weekend day: its name, and its first and last second in UTC."""
    chosen, lang = checked_years(years), check_language(lang)
    zone = baku()
    for year in chosen:
        for day in calendar.year(year).days:
            if day.is_workday or day.kind is Kind.WEEKEND:
                continue
            start = dt.datetime.combine(day.date, dt.time(), zone)
            end = dt.datetime.combine(day.date + dt.timedelta(days=1), dt.time(), zone) - dt.timedelta(seconds=1)
            yield (
                names_cell(detail(day, lang), day, calendar),
                start.astimezone(dt.UTC).strftime(_ODOO_DATETIME),
                end.astimezone(dt.UTC).strftime(_ODOO_DATETIME),
            )


def to_odoo(calendar: Calendar, years: int | Iterable[int], lang: str = "az") -> bytes:
    """The rows as CSV (UTF-8, CRLF) under the field names, which Odoo's import matches to fields."""
    return csv_text([COLUMNS, *leaves(calendar, years, lang)]).encode("utf-8")
