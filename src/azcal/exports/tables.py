"""The calendar as a table of days: CSV for spreadsheets and databases, JSON for programs.

Both hold one row per day of the years asked for, from the Days a Calendar gives. The JSON file's days
are the records ``azcal day --json`` prints (``day_record``), so one schema describes both:
``docs/schema/calendar.schema.json``. The CSV file is UTF-8 with a byte-order mark and CRLF line ends,
which Excel opens with the Azerbaijani and Russian letters intact.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator
from typing import Any

from ..calendars import Calendar
from ..dates import checked_years
from ..model import Day, check_language
from ..text.describe import detail, reason_text
from ..text.words import WEEKDAY_NAMES
from ..version import __version__

FORMAT = "azcal-calendar/1"  # names the JSON document's shape, for readers that check it
CSV_COLUMNS = (
    "date",
    "weekday",
    "kind",
    "workday",
    "hours",
    "shortened",
    "estimated",
    "names",
    "basis",
    "source",
)


def day_record(day: Day, lang: str) -> dict[str, Any]:
    """A Day as plain JSON values: what ``azcal day --json`` prints and what a JSON export holds per day."""
    reason = day.reason
    return {
        "date": day.date.isoformat(),
        "weekday": WEEKDAY_NAMES["en"][day.date.weekday()],
        "kind": day.kind.value,
        "is_workday": day.is_workday,
        "hours": day.hours,
        "shortened": day.shortened,
        "shortened_before": day.shortened_before.key if day.shortened_before else None,
        "estimated": day.estimated,
        "observances": [
            {
                "key": o.key,
                "name": o.name(lang),
                "category": o.category.value,
                "basis": o.basis,
                "source": o.source,
                "estimated": o.estimated,
                "decision": o.decision,
                "commemorates": o.commemorates.isoformat() if o.commemorates else None,
                "anniversary": o.anniversary,
            }
            for o in day.observances
        ],
        "reason": None
        if reason is None
        else {
            "rule": reason.rule.value,
            "text": reason_text(day, lang),
            "basis": reason.basis,
            "source": reason.source,
            "stands_for": reason.stands_for.isoformat() if reason.stands_for else None,
            "holiday": reason.holiday,
            "decision": reason.decision,
        },
    }


def to_json(calendar: Calendar, years: int | Iterable[int], lang: str = "az") -> bytes:
    """``years`` of ``calendar`` as one JSON document (UTF-8): what calendar it is, then every day."""
    chosen, lang = checked_years(years), check_language(lang)
    document = {
        "format": FORMAT,
        "generator": f"azcal {__version__}",
        "country": "az",
        "lang": lang,
        "data_version": calendar.data_version,
        "as_of": calendar.as_of.isoformat() if calendar.as_of else None,
        "rules": list(calendar.rule_files),
        "years": chosen,
        "days": [day_record(day, lang) for day in _days(calendar, chosen)],
    }
    return (json.dumps(document, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def to_csv(calendar: Calendar, years: int | Iterable[int], lang: str = "az") -> bytes:
    """``years`` of ``calendar`` as CSV (RFC 4180): a header row, then one row per day."""
    chosen, lang = checked_years(years), check_language(lang)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for day in _days(calendar, chosen):
        writer.writerow(csv_row(day, lang))
    return out.getvalue().encode("utf-8-sig")  # the mark tells Excel the file is UTF-8


def csv_row(day: Day, lang: str) -> tuple[str | int, ...]:
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
        detail(day, lang),
        cited.basis if cited else "",
        cited.source if cited else "",
    )


def _flag(value: bool) -> str:
    return "true" if value else "false"  # read as booleans by pandas, Excel and most databases


def _days(calendar: Calendar, years: list[int]) -> Iterator[Day]:
    for year in years:
        yield from calendar.year(year).days
