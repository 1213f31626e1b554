"""The calendar as a table of days: CSV for spreadsheets and databases, JSON for programs.

Both hold one row per day of the years asked for, from the Days a Calendar gives. The JSON file's days
are the records ``azcal day --json`` prints (``day_record``), so one schema describes both:
``docs/schema/calendar.schema.json``. The CSV file is UTF-8 with a byte-order mark and CRLF line ends,
which Excel opens with the Azerbaijani and Russian letters intact; text a spreadsheet would run as a
formula is written as text (``cells``).
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable, Iterator

from ..arguments import check_language
from ..calendars import Calendar
from ..dates import checked_years
from ..errors import InvalidArgumentError
from ..model import Day
from ..text.describe import detail
from ..text.words import WEEKDAY_NAMES
from ..version import __version__
from .cells import names_cell, reads_as_formula
from .records import day_record

FORMAT = "azcal-calendar/2"  # names the JSON document's shape, for readers that check it; 2: week, confidence
CSV_COLUMNS = (
    "date",
    "weekday",
    "kind",
    "workday",
    "hours",
    "shortened",
    "estimated",
    "confidence",
    "names",
    "basis",
    "source",
)


def to_json(calendar: Calendar, years: int | Iterable[int], lang: str = "az") -> bytes:
    """``years`` of ``calendar`` as one JSON document (UTF-8): what calendar it is, then every day."""
    chosen, lang = checked_years(years), check_language(lang)
    document = {
        "format": FORMAT,
        "generator": f"azcal {__version__}",
        "country": "az",
        "lang": lang,
        "data_version": calendar.data_version,
        "week": calendar.week,
        "as_of": calendar.as_of.isoformat() if calendar.as_of else None,
        "rules": [os.path.basename(name) for name in calendar.rule_files],  # names, not where they lie
        "years": chosen,
        "days": [day_record(day, lang) for day in _days(calendar, chosen)],
    }
    return (json.dumps(document, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def to_csv(calendar: Calendar, years: int | Iterable[int], lang: str = "az", delimiter: str = ",") -> bytes:
    """``years`` of ``calendar`` as CSV (RFC 4180): a header row, then one row per day. ``delimiter`` is
    ``,`` or ``;``: Excel set to Azerbaijani or Russian splits a file it opens at semicolons, its list
    separator where the decimal mark is a comma."""
    chosen, lang = checked_years(years), check_language(lang)
    rows = [CSV_COLUMNS, *(csv_row(day, lang, calendar) for day in _days(calendar, chosen))]
    return csv_text(rows, delimiter).encode("utf-8-sig")  # the mark tells Excel the file is UTF-8


DELIMITERS = (",", ";")


def csv_text(rows: Iterable[Iterable[str | int]], delimiter: str = ",") -> str:
    """``rows`` as RFC 4180 records with CRLF, fields split by ``delimiter`` (``,`` or ``;``)."""
    if delimiter not in DELIMITERS:
        raise InvalidArgumentError(f"a CSV delimiter is ',' or ';', not {delimiter!r}")
    return "".join(delimiter.join(_csv_field(cell, delimiter) for cell in row) + "\r\n" for row in rows)


def csv_row(day: Day, lang: str, calendar: Calendar) -> tuple[str | int, ...]:
    """A day's row under ``CSV_COLUMNS``: what it is, and the basis and source of the first reason given."""
    cited = day.observances[0] if day.observances else day.reason
    return (
        day.date.isoformat(),
        WEEKDAY_NAMES[lang][day.date.weekday()],
        day.kind.value,
        _flag(day.is_workday),
        day.hours,
        _flag(day.shortened),
        _flag(day.estimated),
        day.confidence.value,
        names_cell(detail(day, lang), day, calendar),
        cited.basis if cited else "",
        cited.source if cited else "",
    )


def _csv_field(cell: str | int, delimiter: str) -> str:
    """A number as itself; text quoted where it holds a comma, a quote or a line break, and text a
    spreadsheet would run as a formula quoted behind a single quote, which shows it as text."""
    if isinstance(cell, int):
        return str(cell)
    if reads_as_formula(cell):
        return _quoted(f"'{cell}")
    return _quoted(cell) if _SPECIAL.search(cell) or delimiter in cell else cell


_SPECIAL = re.compile(r'[,"\r\n]')  # a comma is quoted in either dialect, so one reader reads both


def _quoted(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def _flag(value: bool) -> str:
    return "true" if value else "false"  # read as booleans by pandas, Excel and most databases


def _days(calendar: Calendar, years: list[int]) -> Iterator[Day]:
    for year in years:
        yield from calendar.year(year).days
