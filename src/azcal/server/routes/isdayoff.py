"""The isdayoff API's routes: cheap, answered in the event loop from the digits made once (../isdayoff.py
reads the query and writes the digits; these routes add what HTTP needs)."""

from __future__ import annotations

from collections.abc import Callable

from fastapi import APIRouter, Request
from fastapi.responses import PlainTextResponse, Response

from .. import isdayoff
from ..service import Service
from . import get

TEXT = "text/plain; charset=utf-8"
# what the OpenAPI document says of every isdayoff answer: digits, or an error code, as plain text
ANSWERS: dict[int | str, dict[str, object]] = {
    200: {"description": "a digit per day: 0 a workday, 1 a day off, 2 (with pre=1) a shortened workday"},
    304: {"description": "the client holds this answer already"},
    "4XX": {
        "description": "100 (HTTP 400): a bad date or parameter; 101 (HTTP 404): no data",
        "content": {"text/plain": {"schema": {"type": "string", "enum": ["100", "101"]}}},
    },
}


def router(service: Service) -> APIRouter:
    """Every route of the isdayoff API but ``/YYYYMMDD`` (``dates``)."""
    routes = APIRouter(tags=["isdayoff"], default_response_class=PlainTextResponse, responses=ANSWERS)
    digits_of = service.digits

    @get(routes, "/api/getdata", summary="a digit per day: 0 workday, 1 day off, 2 shortened")
    async def getdata(request: Request) -> Response:
        return answer(service, request, lambda query: isdayoff.getdata(digits_of, query))

    routes.get("/api/getData", include_in_schema=False)(getdata)  # as a JavaScript client spells it
    routes.head("/api/getData", include_in_schema=False)(getdata)

    @get(routes, "/api/isleap", summary="1 for a leap year, 0 for another")
    async def isleap(request: Request) -> Response:
        return answer(service, request, isdayoff.isleap)

    @get(routes, "/today", summary="today in Baku (or in tz)")
    async def today(request: Request) -> Response:
        return answer(service, request, lambda q: isdayoff.one_day(digits_of, isdayoff.today_in(q), q), dated=True)

    @get(routes, "/tomorrow", summary="tomorrow in Baku (or in tz)")
    async def tomorrow(request: Request) -> Response:
        return answer(service, request, lambda q: isdayoff.one_day(digits_of, isdayoff.today_in(q, 1), q), dated=True)

    return routes


def dates(service: Service) -> APIRouter:
    """``/YYYYMMDD``: any path of one segment no other route has, as on isdayoff; so its router goes last."""
    routes = APIRouter(tags=["isdayoff"], default_response_class=PlainTextResponse, responses=ANSWERS)
    digits_of = service.digits

    @get(routes, "/{date}", summary="one date, YYYYMMDD")
    async def one(request: Request, date: str) -> Response:
        return answer(service, request, lambda q: isdayoff.one_day(digits_of, isdayoff.path_date(date), q))

    return routes


def answer(
    service: Service, request: Request, digits: Callable[[dict[str, str]], bytes], *, dated: bool = False
) -> Response:
    """The digits the request's query asks for, as ``Service.cached`` answers."""
    query = dict(request.query_params)
    if len(request.query_params.multi_items()) != len(query):
        raise isdayoff.IsDayOffError(isdayoff.BAD_DATE)  # a parameter given twice
    return service.cached(request, digits(query), TEXT, dated=dated)
