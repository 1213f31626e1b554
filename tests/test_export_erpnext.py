"""The ERPNext Holiday List, read by the fields of its doctype, against the library for 2024-2026.

The fields are those of frappe/erpnext erpnext/setup/doctype/holiday_list/holiday_list.json
(``holiday_list_name``, ``from_date``, ``to_date``, the table ``holidays`` of doctype Holiday) and
holiday/holiday.json (``holiday_date``, ``description``: required, ``weekly_off``: a check, 0 or 1).
The CSV is read as Frappe's Data Import reads a file (frappe/core/doctype/data_import/importer.py): a
header is a field's label, or a child field's label followed by its table's label in brackets; a row
whose parent columns are all empty continues the document above it.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json

import pytest

import azcal
from azcal.text.describe import detail

YEARS = range(2024, 2027)
LIST_FIELDS = {"holiday_list_name": "Holiday List Name", "from_date": "From Date", "to_date": "To Date"}
HOLIDAY_FIELDS = {"holiday_date": "Date", "description": "Description", "weekly_off": "Weekly Off"}
TABLE_LABEL = "Holidays"  # the label of the field holidays


def check_against_the_library(document: dict[str, object], lang: str, week: int = 5) -> None:
    calendar = azcal.Calendar(week=week)
    assert set(document) - {"doctype", "holidays"} == set(LIST_FIELDS)
    start, end = dt.date.fromisoformat(str(document["from_date"])), dt.date.fromisoformat(str(document["to_date"]))
    assert (start, end) == (dt.date(2024, 1, 1), dt.date(2026, 12, 31))
    holidays = document["holidays"]
    assert isinstance(holidays, list)
    listed = {}
    for holiday in holidays:
        assert set(holiday) == set(HOLIDAY_FIELDS) and holiday["description"]  # description is required
        date = dt.date.fromisoformat(holiday["holiday_date"])
        assert start <= date <= end and date not in listed  # Holiday List.validate: in range, no repeats
        listed[date] = holiday
    for day in (d for year in YEARS for d in calendar.year(year).days):
        if day.is_workday:
            assert day.date not in listed, day  # a worked Saturday is not a holiday
        else:
            holiday = listed[day.date]
            assert int(holiday["weekly_off"]) == (day.kind is azcal.Kind.WEEKEND), day
            assert holiday["description"] == detail(day, lang)


@pytest.mark.parametrize("lang", azcal.LANGUAGES)
def test_the_document_has_every_day_off_and_no_worked_day(lang: str) -> None:
    document = json.loads(azcal.export(YEARS, "erpnext", lang))
    assert document["doctype"] == "Holiday List"
    check_against_the_library(document, lang)
    dates = {h["holiday_date"]: h for h in document["holidays"]}
    assert "2025-06-21" not in dates and dates["2025-06-27"]["weekly_off"] == 0  # worked Saturday, its rest day
    assert dates["2025-06-28"]["weekly_off"] == 1


def test_the_six_day_week_lists_only_sundays_as_weekly_offs() -> None:
    document = json.loads(azcal.export(YEARS, "erpnext", "en", calendar=azcal.Calendar(week=6)))
    check_against_the_library(document, "en", week=6)
    assert document["holiday_list_name"] == "Azerbaijan 2024-2026 (six-day week)"
    weekly = {dt.date.fromisoformat(h["holiday_date"]).weekday() for h in document["holidays"] if h["weekly_off"]}
    assert weekly == {6}


def read_data_import(data: bytes) -> list[dict[str, object]]:
    """The Holiday List documents Frappe's Data Import makes of a CSV file."""
    assert not data.startswith(b"\xef\xbb\xbf")  # Frappe decodes as utf-8 and would keep the mark in a header
    rows = list(csv.reader(io.StringIO(data.decode("utf-8"), newline="")))
    header, body = rows[0], rows[1:]
    headers = {label: ("parent", field) for field, label in LIST_FIELDS.items()}
    headers |= {f"{label} ({TABLE_LABEL})": ("holidays", field) for field, label in HOLIDAY_FIELDS.items()}
    columns = [headers[title] for title in header]  # every column maps to a field
    documents: list[dict[str, object]] = []
    for row in body:
        parent = {field: value for (where, field), value in zip(columns, row, strict=True) if where == "parent"}
        child = {field: value for (where, field), value in zip(columns, row, strict=True) if where == "holidays"}
        if any(parent.values()):
            documents.append({**parent, "holidays": []})
        holidays = documents[-1]["holidays"]
        assert isinstance(holidays, list)
        holidays.append(child)
    return documents


@pytest.mark.parametrize("lang", azcal.LANGUAGES)
def test_the_data_import_file_makes_the_same_document(lang: str) -> None:
    documents = read_data_import(azcal.export(YEARS, "erpnext-csv", lang))
    assert len(documents) == 1
    check_against_the_library(documents[0], lang)
    expected = json.loads(azcal.export(YEARS, "erpnext", lang))
    assert documents[0]["holiday_list_name"] == expected["holiday_list_name"]
    assert documents[0]["holidays"] == [{**h, "weekly_off": str(h["weekly_off"])} for h in expected["holidays"]]


def test_a_list_of_years_with_a_gap_is_refused() -> None:
    # the list would run from 2024 to 2026 with no day off in 2025: every 2025 day a working day
    for format in ("erpnext", "erpnext-csv"):
        with pytest.raises(azcal.InvalidArgumentError, match="consecutive years, not 2024, 2026"):
            azcal.export([2024, 2026], format)
    assert azcal.export([2024, 2025], "erpnext")
