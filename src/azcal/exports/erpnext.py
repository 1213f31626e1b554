"""The calendar as an ERPNext Holiday List: the document Frappe's REST API takes, and the Data Import CSV.

A Holiday List (doctype ``Holiday List``, erpnext/setup/doctype/holiday_list) has ``holiday_list_name``,
``from_date``, ``to_date`` and a table ``holidays`` of ``Holiday`` rows (``holiday_date``,
``description``, ``weekly_off``). A salary slip counts the days of the period less the list's days, so
the list holds every day off: a plain weekend day with ``weekly_off`` 1, every other day off (a holiday,
the Day of National Mourning, a voting day, a moved rest day) with 0. A worked Saturday is a working day
and is not in the list: ERPNext's own "Add Weekly Holidays" would put it there.

The CSV is the layout Frappe's Data Import reads for a document with a child table: the parent's fields
on the first row, each further row only the child's, under the headers Frappe's import template writes
(a field's label, and a child field's label with its table's label in brackets).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from ..calendars import Calendar
from ..dates import checked_years
from ..errors import InvalidArgumentError
from ..model import Kind, check_language
from ..text.describe import detail
from .cells import names_cell
from .tables import csv_text

_NAME = {
    "az": "Azərbaycan {years}",
    "en": "Azerbaijan {years}",
    "ru": "Азербайджан {years}",
}
_SIX_DAY = {"az": " (altıgünlük həftə)", "en": " (six-day week)", "ru": " (шестидневка)"}
CSV_HEADER = (
    "Holiday List Name",
    "From Date",
    "To Date",
    "Date (Holidays)",
    "Description (Holidays)",
    "Weekly Off (Holidays)",
)


def holiday_list(calendar: Calendar, years: int | Iterable[int], lang: str = "az") -> dict[str, Any]:
    """The Holiday List document of ``years``, as plain JSON values."""
    chosen, lang = _consecutive(checked_years(years)), check_language(lang)
    return {
        "doctype": "Holiday List",
        "holiday_list_name": list_name(chosen, calendar.week, lang),
        "from_date": f"{chosen[0]}-01-01",
        "to_date": f"{chosen[-1]}-12-31",
        "holidays": [
            {"holiday_date": date, "description": description, "weekly_off": weekly_off}
            for date, description, weekly_off in holidays(calendar, chosen, lang)
        ],
    }


def to_erpnext(calendar: Calendar, years: int | Iterable[int], lang: str = "az") -> bytes:
    """The Holiday List as the JSON body of ``POST /api/resource/Holiday List``."""
    return (json.dumps(holiday_list(calendar, years, lang), ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def to_erpnext_csv(calendar: Calendar, years: int | Iterable[int], lang: str = "az") -> bytes:
    """The Holiday List as a Data Import CSV file: UTF-8 without a byte-order mark, which Frappe's reader
    would keep in the first header, and CRLF line ends."""
    chosen, lang = _consecutive(checked_years(years)), check_language(lang)
    parent = (list_name(chosen, calendar.week, lang), f"{chosen[0]}-01-01", f"{chosen[-1]}-12-31")
    rows: list[tuple[str | int, ...]] = [CSV_HEADER]
    for n, (date, description, weekly_off) in enumerate(holidays(calendar, chosen, lang)):
        rows.append((*(parent if n == 0 else ("", "", "")), date, description, weekly_off))
    return csv_text(rows).encode("utf-8")


def list_name(years: list[int], week: int, lang: str) -> str:
    span = str(years[0]) if len(years) == 1 else f"{years[0]}-{years[-1]}"
    return _NAME[lang].format(years=span) + (_SIX_DAY[lang] if week == 6 else "")


def holidays(calendar: Calendar, years: list[int], lang: str) -> Iterator[tuple[str, str, int]]:
    """Each day off: its date, what it is, and 1 if it is a plain weekly rest day."""
    for year in years:
        for day in calendar.year(year).days:
            if not day.is_workday:
                description = names_cell(detail(day, lang), day, calendar)
                yield day.date.isoformat(), description, 1 if day.kind is Kind.WEEKEND else 0


def _consecutive(years: list[int]) -> list[int]:
    """``years`` when they follow one another: a list runs from its first year's 1 January to its last's
    31 December, and a year left out of it would count every one of its days as a working day."""
    if years != list(range(years[0], years[-1] + 1)):
        raise InvalidArgumentError(
            f"a Holiday List covers consecutive years, not {', '.join(map(str, years))}: export them one by one"
        )
    return years
