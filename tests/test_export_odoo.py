"""Odoo's public time off, read back through the UTC conversion, against the library for 2024-2026.

Odoo stores a datetime as naive UTC text in its DATETIME_FORMAT (``%Y-%m-%d %H:%M:%S``) and shows it in
the user's time zone; ``ir.fields.converter._str_to_datetime`` reads an imported datetime in the
context's time zone and converts it to UTC. So a row, read in UTC and shown in Asia/Baku, must cover
exactly one Baku day, from 00:00:00 to 23:59:59. The time zone comes from the system's database
(zoneinfo), not from azcal.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import zoneinfo

import pytest

import azcal
from azcal.text.describe import detail

BAKU = zoneinfo.ZoneInfo("Asia/Baku")
FIELDS = ("name", "date_from", "date_to")  # resource.calendar.leaves (odoo addons/resource)


def read(data: bytes) -> list[dict[str, str]]:
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8"), newline="")))
    assert rows and tuple(rows[0]) == FIELDS
    return rows


def in_baku(text: str) -> dt.datetime:
    """An Odoo datetime (naive UTC) as a Baku user sees it."""
    return dt.datetime.strptime(text, "%Y-%m-%d %H:%M:%S").replace(tzinfo=dt.UTC).astimezone(BAKU)


@pytest.mark.parametrize("lang", azcal.LANGUAGES)
def test_each_row_is_one_baku_day_off(lang: str) -> None:
    rows = read(azcal.export(range(2024, 2027), "odoo", lang))
    seen = {}
    for row in rows:
        start, end = in_baku(row["date_from"]), in_baku(row["date_to"])
        assert start.time() == dt.time(0, 0) and end.time() == dt.time(23, 59, 59) and start.date() == end.date()
        seen[start.date()] = row["name"]
    days = [day for year in (2024, 2025, 2026) for day in azcal.year(year).days]
    expected = {
        day.date: detail(day, lang) for day in days if not day.is_workday and day.kind is not azcal.Kind.WEEKEND
    }
    assert seen == expected and len(rows) == len(expected)
    assert dt.date(2025, 6, 21) not in seen  # a worked Saturday: no leave says it


def test_the_example_in_the_docs() -> None:
    rows = read(azcal.export(2025, "odoo", "en"))
    mourning = next(row for row in rows if row["name"] == "Day of National Mourning")
    assert (mourning["date_from"], mourning["date_to"]) == ("2025-01-19 20:00:00", "2025-01-20 19:59:59")


def test_years_of_summer_time_take_the_offset_of_the_day() -> None:
    # Baku kept summer time (UTC+5) until 2015: 9 May 2010, Victory Day, began at 19:00 UTC
    rows = read(azcal.export(2010, "odoo", "en"))
    victory = next(row for row in rows if row["date_to"].startswith("2010-05-09"))
    assert (victory["date_from"], victory["date_to"]) == ("2010-05-08 19:00:00", "2010-05-09 18:59:59")
    for row in rows:
        assert in_baku(row["date_from"]).time() == dt.time(0, 0)


def test_no_time_zone_database_is_one_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    def missing(key: str) -> zoneinfo.ZoneInfo:
        raise zoneinfo.ZoneInfoNotFoundError(key)

    monkeypatch.setattr(zoneinfo, "ZoneInfo", missing)
    with pytest.raises(azcal.MissingExtraError, match=r"Asia/Baku .* pip install tzdata"):
        azcal.export(2025, "odoo")
