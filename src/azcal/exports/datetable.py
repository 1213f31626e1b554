"""The calendar as a date dimension for data teams: one Parquet row per day (the ``azcal[parquet]`` extra).

Each column is typed, so a warehouse loads it without a schema of its own: the date; its year, quarter,
month, ISO week and ISO weekday (1 Monday to 7 Sunday); whether it is worked, its kind, hours and
whether it is shortened; how sure azcal is of it; its names in az, en and ru (null where it has none);
a workday's number among its month's and its year's workdays (null on a day off); and the workdays left
in its month after it. The file's metadata says which calendar it is: its week and data version.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Iterator
from typing import Any

from ..calendars import Calendar
from ..dates import checked_years
from ..errors import MissingExtraError
from ..model import LANGUAGES
from ..text.describe import detail
from .cells import names_cell


def _pyarrow() -> Any:
    try:
        import pyarrow
        import pyarrow.parquet
    except ImportError:  # the extra is not installed
        raise MissingExtraError("a Parquet file needs pyarrow: pip install 'azcal[parquet]'") from None
    return pyarrow


def to_parquet(calendar: Calendar, years: int | Iterable[int]) -> bytes:
    """``years`` of ``calendar`` as one Parquet file (zstd-compressed), a row per day."""
    pa = _pyarrow()
    columns: dict[str, list[Any]] = {name: [] for name, _ in _SCHEMA}
    for year in checked_years(years):
        for row in _rows(calendar, year):
            for name, value in row.items():
                columns[name].append(value)
    types = {name: getattr(pa, kind)() for name, kind in _SCHEMA}
    metadata = {"azcal.week": str(calendar.week), "azcal.data_version": calendar.data_version}
    schema = pa.schema([pa.field(name, types[name], nullable=name in _NULLABLE) for name, _ in _SCHEMA], metadata)
    table = pa.table({name: pa.array(values, type=types[name]) for name, values in columns.items()}, schema=schema)
    out = io.BytesIO()
    pa.parquet.write_table(table, out, compression="zstd")
    return out.getvalue()


def _rows(calendar: Calendar, year: int) -> Iterator[dict[str, Any]]:
    """The rows of ``year``, a day each, counting workdays through the month and the year as they go."""
    days = calendar.year(year).days
    in_year = 0
    for month in range(1, 13):
        month_days = [day for day in days if day.date.month == month]
        left = sum(day.is_workday for day in month_days)
        in_month = 0
        for day in month_days:
            if day.is_workday:
                in_month, in_year, left = in_month + 1, in_year + 1, left - 1
            iso = day.date.isocalendar()
            yield {
                "date": day.date,
                "year": year,
                "quarter": (month - 1) // 3 + 1,
                "month": month,
                "iso_week": iso.week,
                "weekday": iso.weekday,
                "is_workday": day.is_workday,
                "kind": day.kind.value,
                "hours": day.hours,
                "shortened": day.shortened,
                "confidence": day.confidence.value,
                **{f"name_{lang}": names_cell(detail(day, lang), day, calendar) or None for lang in LANGUAGES},
                "workday_of_month": in_month if day.is_workday else None,
                "workday_of_year": in_year if day.is_workday else None,
                "workdays_left_in_month": left,
            }


_SCHEMA = (  # column, pyarrow type
    ("date", "date32"),
    ("year", "int16"),
    ("quarter", "int8"),
    ("month", "int8"),
    ("iso_week", "int8"),
    ("weekday", "int8"),
    ("is_workday", "bool_"),
    ("kind", "string"),
    ("hours", "int8"),
    ("shortened", "bool_"),
    ("confidence", "string"),
    ("name_az", "string"),
    ("name_en", "string"),
    ("name_ru", "string"),
    ("workday_of_month", "int16"),
    ("workday_of_year", "int16"),
    ("workdays_left_in_month", "int16"),
)
_NULLABLE = frozenset({"name_az", "name_en", "name_ru", "workday_of_month", "workday_of_year"})
COLUMNS = tuple(name for name, _ in _SCHEMA)
