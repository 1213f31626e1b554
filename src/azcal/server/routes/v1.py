"""The JSON API under ``/v1``: the answers the command prints with ``--json``, in the same shapes. Cheap,
answered in the event loop; a year's days, and what changed since a date, are built as files are."""

from __future__ import annotations

import json
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, Response

from ...calendars import official
from ...changed import changes
from ...dates import check_year, to_date
from ...exports.records import (
    add_record,
    break_record,
    changes_record,
    day_record,
    hours_record,
    leave_record,
    norms_record,
    workdays_record,
    year_record,
)
from ...forksafe import MAKING
from ...model import check_week
from .. import models
from ..service import Service
from . import Lang, Week, get

JSON = "application/json"
FILE = {**models.BUSY, 304: {"description": "the client holds this answer already"}}  # built as files are


def router(service: Service) -> APIRouter:
    # each answer a record made by exports/records.py, sent as it is; its model is for the OpenAPI document
    routes = APIRouter(prefix="/v1", tags=["json"], responses=models.REFUSED)
    of = service.of

    @get(routes, "/day/{date}", summary="everything known about a date", response_model=models.Day)
    async def day(date: str, lang: Lang = "az", week: Week | None = None) -> Response:
        return JSONResponse(day_record(of(week).day(to_date(date)), lang))

    @get(routes, "/year/{year}", summary="every day of a year", response_model=models.Year, responses=FILE)
    async def year(request: Request, year: int, lang: Lang = "az", week: Week | None = None) -> Response:
        chosen, of_week = check_year(year), of(week)
        return await service.file(
            request, ("year", chosen, lang, of_week.week), lambda: _json(year_record(of_week, chosen, lang)), JSON
        )

    @get(
        routes, "/breaks/{year}", summary="runs of days off beyond the plain weekend", response_model=list[models.Break]
    )
    async def breaks(year: int, lang: Lang = "az", week: Week | None = None) -> Response:
        return JSONResponse([break_record(run, lang) for run in of(week).year(check_year(year)).breaks()])

    @get(
        routes,
        "/norms/{year}",
        summary="the production calendar: days and hours per period",
        response_model=models.Norms,
    )
    async def norms(year: int, week_hours: int = 40, week: Week | None = None) -> Response:
        return JSONResponse(norms_record(of(week).norms(check_year(year), week_hours)))

    @get(routes, "/workdays", summary="workdays in [start, end)", response_model=models.Workdays)
    async def workdays(start: str, end: str, week: Week | None = None) -> Response:
        return JSONResponse(workdays_record(of(week), to_date(start), to_date(end)))

    @get(routes, "/hours", summary="working hours in [start, end)", response_model=models.WorkingHours)
    async def hours(start: str, end: str, week_hours: int = 40, week: Week | None = None) -> Response:
        return JSONResponse(hours_record(of(week), to_date(start), to_date(end), week_hours))

    @get(routes, "/add", summary="the workday n workdays after a date", response_model=models.Added)
    async def add(date: str, n: int, roll: str = "following", week: Week | None = None) -> Response:
        return JSONResponse(add_record(of(week), to_date(date), n, roll))

    @get(routes, "/leave", summary="where an annual leave ends (Art. 114.6)", response_model=models.Leave)
    async def leave(start: str, days: int, lang: Lang = "az", week: Week | None = None) -> Response:
        chosen = of(week)
        return JSONResponse(leave_record(chosen.leave_end(to_date(start), days), lang, chosen.week))

    @get(
        routes,
        "/changes",
        summary="the days acts adopted after since changed, and the acts",
        response_model=models.Changes,
        responses=FILE,
    )
    async def changed(
        request: Request, since: str, until: str | None = None, lang: Lang = "az", week: Week | None = None
    ) -> Response:
        chosen, start = check_week(service.calendar.week if week is None else week), to_date(since)
        end = None if until is None else to_date(until)

        def build() -> bytes:  # compiles the calendar as known on since: a file's work, built as files are
            with MAKING:  # on one state of the data, should a reload switch it meanwhile (reloading.py)
                found = changes(start, end, week=chosen)
                return _json(changes_record(found, start, end, chosen, official(chosen).data_version, lang))

        return await service.file(request, ("changes", start, end, lang, chosen), build, JSON)

    return routes


def _json(record: dict[str, Any]) -> bytes:
    """``record`` as FastAPI writes a JSON answer."""
    return json.dumps(record, ensure_ascii=False, allow_nan=False, separators=(",", ":")).encode("utf-8")
