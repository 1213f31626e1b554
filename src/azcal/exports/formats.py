"""Every file format azcal writes a calendar in, by name: what ``azcal export --format`` chooses from."""

from __future__ import annotations

from collections.abc import Iterable

from ..arguments import one_of
from ..calendars import Calendar
from ..dates import checked_years
from ..errors import InvalidArgumentError
from . import tables, workbook, xmlcalendar
from .choices import FORMATS, SUFFIXES

__all__ = ["FORMATS", "SUFFIXES", "export"]  # the formats are listed in choices.py, read without the writers


def export(
    calendar: Calendar, years: int | Iterable[int], format: str, lang: str = "az", delimiter: str | None = None
) -> bytes:
    """``years`` of ``calendar`` as a file in ``format`` (one of ``FORMATS``), in ``lang``; ``delimiter``
    (``,`` or ``;``) is the CSV file's field separator."""
    one_of(format, FORMATS, "format")
    if delimiter is not None and format != "csv":
        raise InvalidArgumentError(f"a delimiter is for the csv format, not {format}")
    chosen = checked_years(years)
    if format == "csv":
        return tables.to_csv(calendar, chosen, lang, delimiter or ",")
    if format == "json":
        return tables.to_json(calendar, chosen, lang)
    if format == "xlsx":
        return workbook.to_xlsx(calendar, chosen, lang)
    if format in ("1c", "1c-en"):
        from .onec import to_1c

        return to_1c(calendar, chosen, lang, "en" if format == "1c-en" else "ru")
    if format in ("erpnext", "erpnext-csv"):
        from .erpnext import to_erpnext, to_erpnext_csv

        return (to_erpnext if format == "erpnext" else to_erpnext_csv)(calendar, chosen, lang)
    if format == "odoo":
        from .odoo import to_odoo

        return to_odoo(calendar, chosen, lang)
    if format == "parquet":
        from .datetable import to_parquet

        return to_parquet(calendar, chosen)
    if len(chosen) != 1:
        raise InvalidArgumentError(f"an xmlcalendar file holds one year, not {len(chosen)}: export them one by one")
    return xmlcalendar.to_xmlcalendar(calendar, chosen[0], lang)
