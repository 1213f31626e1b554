"""The files: the iCalendar feed to subscribe to, the printable year and the exports, built in threads,
once, and kept (../files.py); each with the name a browser saves it under."""

from __future__ import annotations

import datetime as dt

from fastapi import APIRouter, Request
from fastapi.responses import Response

from ...calendars import Calendar
from ...dates import check_year, today_in_baku
from ...errors import InvalidArgumentError
from ...exports.formats import SUFFIXES, export
from ...exports.ics import to_ics
from ...exports.page import year_html
from .. import models, pages
from ..service import Service
from . import Lang, Week, get

MAX_YEARS = 20  # the most years one file may hold
MEDIA = {
    "csv": "text/csv; charset=utf-8",
    "json": "application/json",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "xmlcalendar": "application/xml",
    "1c": "application/xml",
    "1c-en": "application/xml",
    "erpnext": "application/json",
    "erpnext-csv": "text/csv; charset=utf-8",
    "odoo": "text/csv; charset=utf-8",
    "parquet": "application/vnd.apache.parquet",
}


def router(service: Service) -> APIRouter:
    answers = {**models.REFUSED, **models.BUSY, 304: {"description": "the client holds this file already"}}
    routes = APIRouter(tags=["files"], default_response_class=Response, responses=answers)
    of, stamp = service.of, _stamp(service.calendar)

    @get(routes, "/calendar.ics", summary="the iCalendar feed to subscribe to", responses=_file("text/calendar"))
    async def ics(request: Request, lang: Lang = "az", years: str | None = None, week: Week | None = None) -> Response:
        chosen, of_week = _years(years) if years else _around_today(), of(week)
        return await service.file(
            request,
            ("ics", tuple(chosen), lang, of_week.week),
            lambda: to_ics(of_week, chosen, lang, stamp=stamp),
            "text/calendar; charset=utf-8",
            dated=not years,
            name=_file_name(chosen, lang, of_week.week, ".ics"),
        )

    @get(routes, "/calendar.html", summary="the printable year page", responses=_file("text/html"))
    async def page(request: Request, year: int | None = None, lang: Lang = "az", week: Week | None = None) -> Response:
        chosen, of_week = check_year(year if year is not None else today_in_baku().year), of(week)
        return await service.file(
            request,
            ("page", chosen, lang, of_week.week),
            lambda: year_html(of_week, chosen, lang, pages.links(lang, chosen, week)).encode("utf-8"),
            "text/html; charset=utf-8",
            dated=year is None,
            name=_file_name([chosen], lang, of_week.week, ".html"),
        )

    @get(
        routes,
        "/export/{format}",
        summary="CSV, JSON, Excel, xmlcalendar, 1C, ERPNext, Odoo or Parquet",
        responses=_file(*dict.fromkeys(media.split(";")[0] for media in MEDIA.values())),
    )
    async def exported(
        request: Request, format: str, years: str, lang: Lang = "az", week: Week | None = None
    ) -> Response:
        chosen, of_week = _years(years), of(week)
        return await service.file(
            request,
            ("export", format, tuple(chosen), lang, of_week.week),
            lambda: export(of_week, chosen, format, lang),
            MEDIA.get(format, "application/octet-stream"),  # an unknown format is refused by export
            name=_file_name(chosen, lang, of_week.week, SUFFIXES.get(format, "")),
        )

    return routes


def _file(*media: str) -> dict[int | str, dict[str, object]]:
    """The OpenAPI document's word on a file: its media types."""
    return {200: {"description": "the file", "content": {kind: {} for kind in media}}}


def _years(text: str) -> list[int]:
    """``2025``, ``2025-2027`` or ``2024,2026``: at most MAX_YEARS years."""
    parts = text.split(",")
    if len(parts) > MAX_YEARS:
        raise InvalidArgumentError(f"at most {MAX_YEARS} years at a time")
    years: set[int] = set()
    for part in parts:
        first, dash, last = part.strip().partition("-")
        if not (first.isascii() and first.isdigit() and len(first) == 4) or (
            dash and not (last.isascii() and last.isdigit() and len(last) == 4)
        ):
            raise InvalidArgumentError(
                f"years must be a year, a range such as 2025-2027, or years with commas: {text[:40]!r}"
            )
        start, end = check_year(int(first)), check_year(int(last or first))
        if end < start or end - start >= MAX_YEARS:
            raise InvalidArgumentError(f"years run forward, at most {MAX_YEARS} at a time: {text[:40]!r}")
        years.update(range(start, end + 1))
    if len(years) > MAX_YEARS:
        raise InvalidArgumentError(f"at most {MAX_YEARS} years at a time")
    return sorted(years)


def _file_name(years: list[int], lang: str, week: int, suffix: str) -> str:
    """What a browser saves a file as: azcal-2025-en.ics, azcal-2024-2027-az-week6.xlsx."""
    span = f"{years[0]}" if len(years) == 1 else f"{years[0]}-{years[-1]}"
    return f"azcal-{span}-{lang}{'-week6' if week == 6 else ''}{suffix}"


def _around_today() -> list[int]:
    """A feed's default years: last year, this year and the next two, within 1990-2100."""
    this = today_in_baku().year
    return [y for y in range(this - 1, this + 3) if 1990 <= y <= 2100]


def _stamp(calendar: Calendar) -> dt.datetime:
    """DTSTAMP: the data version, so that the same data gives the same feed (and the same ETag)."""
    return dt.datetime.fromisoformat(calendar.data_version).replace(tzinfo=dt.UTC)
