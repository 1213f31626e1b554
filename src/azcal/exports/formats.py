"""Every file format azcal writes a calendar in, by name: what ``azcal export --format`` chooses from."""

from __future__ import annotations

from collections.abc import Iterable

from ..calendars import Calendar
from ..dates import checked_years
from ..errors import InvalidArgumentError
from . import tables, workbook, xmlcalendar

FORMATS = ("csv", "json", "xlsx", "xmlcalendar")
SUFFIXES = {"csv": ".csv", "json": ".json", "xlsx": ".xlsx", "xmlcalendar": ".xml"}


def export(calendar: Calendar, years: int | Iterable[int], format: str, lang: str = "az") -> bytes:
    """``years`` of ``calendar`` as a file in ``format`` (one of ``FORMATS``), in ``lang``."""
    if format not in FORMATS:
        raise InvalidArgumentError(f"unknown format {format!r}; choose one of {', '.join(FORMATS)}")
    chosen = checked_years(years)
    if format == "csv":
        return tables.to_csv(calendar, chosen, lang)
    if format == "json":
        return tables.to_json(calendar, chosen, lang)
    if format == "xlsx":
        return workbook.to_xlsx(calendar, chosen, lang)
    if len(chosen) != 1:
        raise InvalidArgumentError(f"an xmlcalendar file holds one year, not {len(chosen)}: export them one by one")
    return xmlcalendar.to_xmlcalendar(calendar, chosen[0], lang)
