"""The Parquet date table, read with pyarrow and queried with DuckDB, against the library and the
official norms: 1903 hours in 2025 (docs/sources.md S24) and 241 working days in 2026 (S29)."""

from __future__ import annotations

import datetime as dt
import io
import sys
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

import azcal
from azcal.cli import main
from azcal.text.describe import detail

TYPES = {
    "date": pa.date32(),
    "year": pa.int16(),
    "quarter": pa.int8(),
    "month": pa.int8(),
    "iso_week": pa.int8(),
    "weekday": pa.int8(),
    "is_workday": pa.bool_(),
    "kind": pa.string(),
    "hours": pa.int8(),
    "shortened": pa.bool_(),
    "confidence": pa.string(),
    "name_az": pa.string(),
    "name_en": pa.string(),
    "name_ru": pa.string(),
    "workday_of_month": pa.int16(),
    "workday_of_year": pa.int16(),
    "workdays_left_in_month": pa.int16(),
}


def read(data: bytes) -> pa.Table:
    return pq.read_table(io.BytesIO(data))


def test_every_day_of_2024_2026_reads_back_typed() -> None:
    table = read(azcal.export(range(2024, 2027), "parquet"))
    assert {field.name: field.type for field in table.schema} == TYPES
    assert table.schema.metadata[b"azcal.week"] == b"5"
    rows = table.to_pylist()
    days = [day for year in (2024, 2025, 2026) for day in azcal.year(year).days]
    assert len(rows) == len(days)
    in_month: dict[tuple[int, int], list[azcal.Day]] = {}
    for day in days:
        in_month.setdefault((day.date.year, day.date.month), []).append(day)
    for row, day in zip(rows, days, strict=True):
        iso = day.date.isocalendar()
        assert row["date"] == day.date and (row["year"], row["month"]) == (day.date.year, day.date.month)
        assert (row["quarter"], row["iso_week"], row["weekday"]) == ((day.date.month + 2) // 3, iso.week, iso.weekday)
        assert (row["is_workday"], row["kind"], row["hours"]) == (day.is_workday, day.kind.value, day.hours)
        assert (row["shortened"], row["confidence"]) == (day.shortened, day.confidence.value)
        for lang in azcal.LANGUAGES:
            assert row[f"name_{lang}"] == (detail(day, lang) or None)
        month = in_month[day.date.year, day.date.month]
        before = [d for d in month if d.date <= day.date and d.is_workday]
        after = [d for d in month if d.date > day.date and d.is_workday]
        assert row["workday_of_month"] == (len(before) if day.is_workday else None)
        assert row["workdays_left_in_month"] == len(after)
        of_year = azcal.workdays_between(dt.date(day.date.year, 1, 1), day.date) + 1
        assert row["workday_of_year"] == (of_year if day.is_workday else None)


def test_duckdb_totals_equal_the_official_norms(tmp_path: Path) -> None:
    target = tmp_path / "days.parquet"
    assert main(["export", "1990-2100", "--format", "parquet", "-o", str(target)]) == 0
    totals = duckdb.sql(
        f"SELECT year, sum(hours)::INT, count(*) FILTER (WHERE is_workday)::INT FROM '{target}' "
        "WHERE year IN (2025, 2026) GROUP BY year ORDER BY year"
    ).fetchall()
    assert totals[0][:2] == (2025, 1903)  # S24: the 2025 norm, 1903 hours for the 40-hour week
    assert totals[1][0::2] == (2026, 241)  # S29: 241 working days in 2026
    span = duckdb.sql(f"SELECT count(*), min(date), max(date) FROM '{target}'").fetchall()
    every = (dt.date(2101, 1, 1) - dt.date(1990, 1, 1)).days
    assert span == [(every, dt.date(1990, 1, 1), dt.date(2100, 12, 31))]  # every day of 1990-2100, in one file


def test_the_six_day_week_says_so() -> None:
    table = read(azcal.export(2026, "parquet", calendar=azcal.Calendar(week=6)))
    assert table.schema.metadata[b"azcal.week"] == b"6"
    assert sum(table.column("is_workday").to_pylist()) == azcal.Calendar(week=6).year(2026).workdays


def test_a_missing_parquet_extra_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pyarrow", None)  # as if not installed
    with pytest.raises(azcal.MissingExtraError, match=r"pip install 'azcal\[parquet\]'"):
        azcal.export(2025, "parquet")
