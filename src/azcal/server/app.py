"""The HTTP service: thin handlers over one Calendar (the ``azcal[server]`` extra, on FastAPI).

- the isdayoff API (``/api/getdata``, ``/YYYYMMDD``, ``/today``, ``/tomorrow``) for systems that speak it;
- a JSON API under ``/v1`` (a day, a year, breaks, norms, hours, workdays, add workdays, leave), with its
  OpenAPI document at ``/openapi.json`` and a page at ``/docs``;
- files: the iCalendar feed (``/calendar.ics``), the printable year (``/calendar.html``) and the exports
  (``/export/FORMAT``), each with an ETag, Last-Modified and Cache-Control, and 304 for a client that
  has it already;
- ``/health``.

The calendar is compiled once, before the first request, and read-only afterwards: the service keeps no
other state but the files it built (files.py), so any number of workers behind a proxy answer alike.
The cheap answers run in the event loop and the files in threads, so that no file holds up the rest.
Bad input of any kind is a 4xx with one clear message; a 503 says that too many files wait to be built.
The service never redirects: a path with a trailing slash is another path.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import hashlib
import json
from collections.abc import Callable, Hashable
from typing import Annotated, Any

from fastapi import FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, PlainTextResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..calendars import Calendar, official
from ..changed import changes
from ..dates import check_year, to_date, today_in_baku
from ..errors import AzcalError, InvalidArgumentError
from ..exports.formats import SUFFIXES, export
from ..exports.ics import to_ics
from ..exports.page import year_html
from ..exports.records import (
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
from ..forksafe import MAKING
from ..model import check_week
from ..version import __version__
from . import isdayoff, pages
from .fast import FastPaths, fast_paths
from .files import Busy, Files, Parts
from .weeks import WeekCalendars

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
Lang = Annotated[str, Query(pattern="^(az|en|ru)$", description="the language of names: az, en or ru")]
# checked by the library, so that a bad week reads as it does everywhere: "week must be 5 or 6"
Week = Annotated[
    int, Query(description="working days a week: 5, or 6 (Monday to Saturday)", json_schema_extra={"enum": [5, 6]})
]


def make_app(calendar: Calendar, send_timeout: float = 30, *, fast: bool = True) -> FastAPI | FastPaths:
    """The service of ``calendar``; a client has ``send_timeout`` seconds to take each part of a file.
    Without ``fast``, every request goes through FastAPI's router (the fast paths answer alike)."""
    app = FastAPI(
        title="azcal",
        version=__version__,
        description=(
            "Azerbaijan's working-time calendar: the isdayoff API, a JSON API and calendar files. "
            "[The home page](/), [the year page](/calendar.html)."
        ),
        redirect_slashes=False,  # its redirects are absolute URLs made of the client's Host header
        docs_url=None,  # FastAPI's own load Swagger UI and ReDoc from a CDN: these are served from here
        redoc_url=None,
    )

    def get(path: str, **options: Any) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
        """A route for GET and HEAD, as caches and link checkers ask; the OpenAPI document lists GET."""

        def route(endpoint: Callable[..., Any]) -> Callable[..., Any]:
            app.head(path, **{**options, "include_in_schema": False})(endpoint)
            return app.get(path, **options)(endpoint)

        return route

    # Last-Modified: when this service's calendar was made. Nothing it answers changes while it runs; new
    # data comes with a new service (a reload: reloading.py), new rules or a new azcal with a restart, so
    # with a later date.
    started = dt.datetime.now(dt.UTC).replace(microsecond=0)
    modified = email.utils.format_datetime(started, usegmt=True)

    def for_caches(tag: str, dated: bool) -> dict[str, str]:
        """What a cache needs. A ``dated`` answer depends on today's date: it has an ETag but no
        Last-Modified, and is kept a minute, not an hour."""
        headers = {"ETag": tag, "Cache-Control": f"public, max-age={60 if dated else 3600}"}
        if not dated:
            headers["Last-Modified"] = modified
        return headers

    def cached(request: Request, body: bytes, media_type: str, *, dated: bool = False) -> Response:
        """``body`` with what a cache needs, or 304 when the client holds it already."""
        headers = for_caches('"' + hashlib.sha256(body).hexdigest()[:24] + '"', dated)
        if _not_modified(request, headers["ETag"], None if dated else started):
            return Response(status_code=304, headers=headers)
        return Response(body, media_type=media_type, headers=headers)

    files = Files()

    async def file(
        request: Request,
        key: Hashable,
        build: Callable[[], bytes],
        media_type: str,
        *,
        dated: bool = False,
        name: str | None = None,
        extra: dict[str, str] | None = None,
    ) -> Response:
        """The file ``key``, built once by ``build``, as ``cached`` answers; ``name`` is the file name a
        browser saves it under (a download, unless it is a page)."""
        built = await files.get(key, build)
        headers = {**for_caches(built.tag, dated), **(extra or {})}
        if _not_modified(request, built.tag, None if dated else started):
            return Response(status_code=304, headers=headers)
        if media_type.startswith("text/html"):
            headers["Content-Security-Policy"] = pages.CONTENT_SECURITY
        if name is not None:
            shown = "inline" if media_type.startswith("text/html") else "attachment"
            headers["Content-Disposition"] = f'{shown}; filename="{name}"'
        return Parts(built.body, send_timeout, headers=headers, media_type=media_type)

    calendars = WeekCalendars(calendar)  # both weeks made now, before the first request
    of = calendars.of

    # -- errors: a 4xx with one message, never a 5xx ------------------------------------------------------

    @app.exception_handler(AzcalError)
    async def azcal_error(request: Request, exc: AzcalError) -> JSONResponse:
        return JSONResponse({"error": str(exc)}, status_code=400)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        problems = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())
        return JSONResponse({"error": problems}, status_code=400)

    @app.exception_handler(StarletteHTTPException)
    async def not_found(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        return JSONResponse({"error": str(exc.detail)}, status_code=exc.status_code, headers=exc.headers)

    @app.exception_handler(isdayoff.IsDayOffError)
    async def isdayoff_error(request: Request, exc: isdayoff.IsDayOffError) -> PlainTextResponse:
        return PlainTextResponse(exc.code, status_code=exc.status)

    @app.exception_handler(Busy)
    async def busy(request: Request, exc: Busy) -> JSONResponse:
        message = "too many files are being built: try again in a few seconds"
        return JSONResponse({"error": message}, status_code=503, headers={"Retry-After": "5"})

    # -- the isdayoff API: cheap, answered in the event loop from digits made once --------------------------

    digits_of = isdayoff.Digits(calendars)

    def digits(request: Request, answer: Callable[[dict[str, str]], bytes], *, dated: bool = False) -> Response:
        query = dict(request.query_params)
        if len(request.query_params.multi_items()) != len(query):
            raise isdayoff.IsDayOffError(isdayoff.BAD_DATE)  # a parameter given twice
        return cached(request, answer(query), "text/plain; charset=utf-8", dated=dated)

    @get("/api/getdata", tags=["isdayoff"], summary="a digit per day: 0 workday, 1 day off, 2 shortened")
    async def getdata(request: Request) -> Response:
        return digits(request, lambda query: isdayoff.getdata(digits_of, query))

    app.get("/api/getData", include_in_schema=False)(getdata)  # as a JavaScript client spells it
    app.head("/api/getData", include_in_schema=False)(getdata)

    @get("/api/isleap", tags=["isdayoff"], summary="1 for a leap year, 0 for another")
    async def isleap(request: Request) -> Response:
        return digits(request, isdayoff.isleap)

    @get("/today", tags=["isdayoff"], summary="today in Baku (or in tz)")
    async def today(request: Request) -> Response:
        return digits(request, lambda q: isdayoff.one_day(digits_of, isdayoff.today_in(q), q), dated=True)

    @get("/tomorrow", tags=["isdayoff"], summary="tomorrow in Baku (or in tz)")
    async def tomorrow(request: Request) -> Response:
        return digits(request, lambda q: isdayoff.one_day(digits_of, isdayoff.today_in(q, 1), q), dated=True)

    # -- health and files ------------------------------------------------------------------------------

    @get("/", tags=["pages"], summary="the home page: today in Baku, this month, links to everything")
    async def home(request: Request, lang: Lang | None = None, week: Week | None = None) -> Response:
        chosen, of_week, today = (
            lang or pages.language(request.headers.get("accept-language")),
            of(week),
            today_in_baku(),
        )
        return await file(
            request,
            ("home", today, chosen, of_week.week),
            lambda: pages.home_html(of_week, today, chosen).encode("utf-8"),
            "text/html; charset=utf-8",
            dated=True,
            extra=None if lang else {"Vary": "Accept-Language"},
        )

    # -- the API's documentation, its scripts served by the service itself: it works with no internet -------

    @get("/docs", include_in_schema=False)
    async def docs() -> Response:
        return pages.swagger_ui()

    @get("/redoc", include_in_schema=False)
    async def redoc() -> Response:
        return pages.redoc()

    @get(pages.ASSETS_PATH + "/{name}", include_in_schema=False)
    async def asset(request: Request, name: str) -> Response:
        media_type = pages.ASSETS.get(name)
        if media_type is None:
            raise StarletteHTTPException(404, "Not Found")
        return await file(request, ("asset", name), lambda: pages.asset(name), media_type)

    @get("/health", tags=["service"])
    async def health() -> dict[str, str | int]:
        return {"status": "ok", "version": __version__, "data_version": calendar.data_version, "week": calendar.week}

    # -- files: built in threads, once, and kept (files.py) ----------------------------------------------

    @get("/calendar.ics", tags=["files"], summary="the iCalendar feed to subscribe to")
    async def ics(request: Request, lang: Lang = "az", years: str | None = None, week: Week | None = None) -> Response:
        chosen, of_week = _years(years) if years else _around_today(), of(week)
        return await file(
            request,
            ("ics", tuple(chosen), lang, of_week.week),
            lambda: to_ics(of_week, chosen, lang, stamp=_stamp(calendar)),
            "text/calendar; charset=utf-8",
            dated=not years,
            name=_file_name(chosen, lang, of_week.week, ".ics"),
        )

    @get("/calendar.html", tags=["files"], summary="the printable year page")
    async def page(request: Request, year: int | None = None, lang: Lang = "az", week: Week | None = None) -> Response:
        chosen, of_week = check_year(year if year is not None else today_in_baku().year), of(week)
        return await file(
            request,
            ("page", chosen, lang, of_week.week),
            lambda: year_html(of_week, chosen, lang, pages.links(lang, chosen, week)).encode("utf-8"),
            "text/html; charset=utf-8",
            dated=year is None,
            name=_file_name([chosen], lang, of_week.week, ".html"),
        )

    @get("/export/{format}", tags=["files"], summary="CSV, JSON, Excel, xmlcalendar, 1C, ERPNext, Odoo or Parquet")
    async def exported(
        request: Request, format: str, years: str, lang: Lang = "az", week: Week | None = None
    ) -> Response:
        chosen, of_week = _years(years), of(week)
        return await file(
            request,
            ("export", format, tuple(chosen), lang, of_week.week),
            lambda: export(of_week, chosen, format, lang),
            MEDIA.get(format, "application/octet-stream"),  # an unknown format is refused by export
            name=_file_name(chosen, lang, of_week.week, SUFFIXES.get(format, "")),
        )

    # -- the JSON API: cheap, answered in the event loop, but for a year's days, kept as a file -----------

    @get("/v1/day/{date}", tags=["json"], summary="everything known about a date")
    async def day(date: str, lang: Lang = "az", week: Week | None = None) -> dict[str, Any]:
        return day_record(of(week).day(to_date(date)), lang)

    @get("/v1/year/{year}", tags=["json"], summary="every day of a year")
    async def year(request: Request, year: int, lang: Lang = "az", week: Week | None = None) -> Response:
        chosen, of_week = check_year(year), of(week)
        return await file(
            request,
            ("year", chosen, lang, of_week.week),
            lambda: _json(year_record(of_week, chosen, lang)),
            "application/json",
        )

    @get("/v1/breaks/{year}", tags=["json"], summary="runs of days off beyond the plain weekend")
    async def breaks(year: int, lang: Lang = "az", week: Week | None = None) -> list[dict[str, Any]]:
        return [break_record(run, lang) for run in of(week).year(check_year(year)).breaks()]

    @get("/v1/norms/{year}", tags=["json"], summary="the production calendar: days and hours per period")
    async def norms(year: int, week_hours: int = 40, week: Week | None = None) -> dict[str, Any]:
        return norms_record(of(week).norms(check_year(year), week_hours))

    @get("/v1/workdays", tags=["json"], summary="workdays in [start, end)")
    async def workdays(start: str, end: str, week: Week | None = None) -> dict[str, Any]:
        return workdays_record(of(week), to_date(start), to_date(end))

    @get("/v1/hours", tags=["json"], summary="working hours in [start, end)")
    async def hours(start: str, end: str, week_hours: int = 40, week: Week | None = None) -> dict[str, Any]:
        return hours_record(of(week), to_date(start), to_date(end), week_hours)

    @get("/v1/add", tags=["json"], summary="the workday n workdays after a date")
    async def add(date: str, n: int, roll: str = "following", week: Week | None = None) -> dict[str, Any]:
        return add_record(of(week), to_date(date), n, roll)

    @get("/v1/leave", tags=["json"], summary="where an annual leave ends (Art. 114.6)")
    async def leave(start: str, days: int, lang: Lang = "az", week: Week | None = None) -> dict[str, Any]:
        chosen = of(week)
        return leave_record(chosen.leave_end(to_date(start), days), lang, chosen.week)

    @get("/v1/changes", tags=["json"], summary="the days acts adopted after since changed, and the acts")
    async def changed(
        request: Request, since: str, until: str | None = None, lang: Lang = "az", week: Week | None = None
    ) -> Response:
        chosen, start = check_week(week or calendar.week), to_date(since)
        end = None if until is None else to_date(until)

        def build() -> bytes:  # compiles the calendar as known on since: a file's work, built as files are
            with MAKING:  # on one state of the data, should a reload switch it meanwhile (reloading.py)
                found = changes(start, end, week=chosen)
                return _json(changes_record(found, start, end, chosen, official(chosen).data_version, lang))

        return await file(request, ("changes", start, end, lang, chosen), build, "application/json")

    # last: any other single segment is a date, as on isdayoff
    @get("/{date}", tags=["isdayoff"], summary="one date, YYYYMMDD")
    async def one(request: Request, date: str) -> Response:
        return digits(request, lambda q: isdayoff.one_day(digits_of, isdayoff.path_date(date), q))

    if not fast:
        return app

    # the busiest requests straight to the functions above, in front of FastAPI (fast.py)
    async def dates(request: Request) -> Response:
        answer: Response = await one(request, request.scope["path"][1:])
        return answer

    paths = fast_paths(getdata, isleap, today, tomorrow, health, ics, page)
    return FastPaths(
        app,
        paths=paths,
        dates=dates,
        errors=app.exception_handlers,
        keep=(getdata, isleap, dates),  # nothing of today in their answers: the same for the same query
        stable=(paths["/calendar.ics"], paths["/calendar.html"]),  # with years: ETags that never change
    )


def _not_modified(request: Request, tag: str, modified: dt.datetime | None) -> bool:
    """Whether the client holds this answer already (RFC 9110: If-None-Match first, then If-Modified-Since)."""
    if "if-none-match" in request.headers:
        held = [t.strip().removeprefix("W/") for t in request.headers["if-none-match"].split(",")]
        return "*" in held or tag in held
    since = request.headers.get("if-modified-since")
    if since is None or modified is None:
        return False
    try:
        when = email.utils.parsedate_to_datetime(since)
    except (TypeError, ValueError):  # not an HTTP date: as if it were not sent
        return False
    return when.tzinfo is not None and when >= modified


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


def _json(record: dict[str, Any]) -> bytes:
    """``record`` as FastAPI writes a JSON answer."""
    return json.dumps(record, ensure_ascii=False, allow_nan=False, separators=(",", ":")).encode("utf-8")


def _stamp(calendar: Calendar) -> dt.datetime:
    """DTSTAMP: the data version, so that the same data gives the same feed (and the same ETag)."""
    return dt.datetime.fromisoformat(calendar.data_version).replace(tzinfo=dt.UTC)


__all__ = ["make_app"]
