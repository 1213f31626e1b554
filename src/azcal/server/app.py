"""The HTTP service: thin handlers over one Calendar (the ``azcal[server]`` extra, on FastAPI).

- the isdayoff API (``/api/getdata``, ``/YYYYMMDD``, ``/today``, ``/tomorrow``) for systems that speak it;
- a JSON API under ``/v1`` (a day, a year, breaks, norms, hours, workdays, add workdays, leave), with its
  OpenAPI document at ``/openapi.json`` and a page at ``/docs``;
- files: the iCalendar feed (``/calendar.ics``), the printable year (``/calendar.html``) and the exports
  (``/export/FORMAT``), each with an ETag, Last-Modified and Cache-Control, and 304 for a client that
  has it already;
- ``/health``.

Each area's routes are a router of their own (routes/). The calendar is compiled once, before the first
request, and read-only afterwards: the service keeps no other state but the files it built (files.py), so
any number of workers behind a proxy answer alike. The cheap answers run in the event loop and the files
in threads, so that no file holds up the rest. Bad input of any kind is a 4xx with one clear message; a
503 says that too many files wait to be built. The service never redirects: a path with a trailing
slash is another path.
"""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, PlainTextResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..calendars import Calendar
from ..errors import AzcalError
from ..version import __version__
from . import isdayoff
from .fast import FastPaths, in_front
from .files import Busy
from .routes import files, health, pages, v1
from .routes import isdayoff as isdayoff_routes
from .service import Service


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
    service = Service(calendar, send_timeout)
    routers = (
        isdayoff_routes.router(service),
        pages.router(service),
        health.router(service),
        files.router(service),
        v1.router(service),
        isdayoff_routes.dates(service),  # last: any other single segment is a date, as on isdayoff
    )
    for router in routers:
        app.include_router(router)
    _answer_errors(app)
    return in_front(app, routers) if fast else app


def _answer_errors(app: FastAPI) -> None:
    """Every error a 4xx with one message, never a 5xx; a 503 when too many files wait to be built."""

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


__all__ = ["make_app"]
