"""The service's busiest requests answered without FastAPI's routing and parameter machinery.

Every request of the isdayoff API, ``/health`` and the feed and the page that a calendar client asks
for again and again (by far most of them a 304) cost far more in FastAPI's router (some sixty routes
tried in turn) and in its parameter validation than in the answer itself. ``FastPaths`` sits in front of
the FastAPI application: a GET or HEAD of one of its paths goes straight to that route's own function,
with the parameters it takes read from the query as FastAPI would read them, and its answer, or the
answer the application's exception handlers give to its error, goes out as it is. A handler returns
None for a request it does not read exactly as FastAPI would (a parameter given twice, a value FastAPI
converts), and that request, as every other, goes to FastAPI: so every answer is the one FastAPI gives.
"""

from __future__ import annotations

import inspect
from collections.abc import Awaitable, Callable, Collection, Iterable, Mapping
from typing import Any

from fastapi import APIRouter, FastAPI
from fastapi.routing import APIRoute
from starlette.requests import Request
from starlette.responses import Response

from .front import App, Receive, Scope, Send

KEPT = 4096  # whole answers kept, at most: a few hundred bytes each, and a year's digits 365
Handler = Callable[[Request], Awaitable[Response | None]]
ErrorHandler = Callable[[Request, Any], Response | Awaitable[Response]]


class FastPaths:
    """``app`` with the GET and HEAD of ``paths`` answered by their handlers first, and of a path of
    eight digits (isdayoff's ``/YYYYMMDD``, which no other route looks like) by ``dates``; ``errors``
    are the application's exception handlers, by class. The answers (200) of the handlers in ``keep``
    depend on nothing but the path and the query: the first is kept and sent again, to a request that
    does not ask whether it has changed, up to ``KEPT`` of them. Those of ``stable`` (and ``keep``) keep
    their first 304, and send it again to a client that holds the same ETag."""

    def __init__(
        self,
        app: App,
        paths: Mapping[str, Handler],
        dates: Handler,
        errors: Mapping[Any, ErrorHandler],
        keep: Collection[Handler] = (),
        stable: Collection[Handler] = (),
    ):
        self.app = app
        self.paths = dict(paths)
        self.dates = dates
        self.errors = errors
        self.keep = frozenset(keep)
        # whole answers of the handlers in `keep`, by path and query: answers that never change while
        # the service runs (no file, nothing of today's date), kept as they went out the first time
        self._kept: dict[tuple[str, bytes], tuple[list[tuple[bytes, bytes]], bytes]] = {}
        # the ETag and the 304 of the handlers in `stable`, by path and query, from their first 304:
        # answers that may be files too large to keep here, but whose ETag never changes while it runs
        self.stable = frozenset(stable) | self.keep
        self._tags: dict[tuple[str, bytes], tuple[bytes, list[tuple[bytes, bytes]]]] = {}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        handler = self._handler(scope)
        if handler is None or not await self._answer(handler, scope, receive, send):
            await self.app(scope, receive, send)

    def _handler(self, scope: Scope) -> Handler | None:
        """The handler of a GET or HEAD of one of the paths; None for any other request."""
        if scope["type"] != "http" or scope["method"] not in ("GET", "HEAD"):
            return None
        path: str = scope["path"]
        handler = self.paths.get(path)
        if handler is None and len(path) == 9 and path[1:].isdigit() and path.isascii():
            return self.dates
        return handler

    async def _answer(self, handler: Handler, scope: Scope, receive: Receive, send: Send) -> bool:
        """Answer the request with ``handler``, or as before; False when it is the application's to answer."""
        key = (scope["path"], scope["query_string"])
        if await self._again(key, scope, send):
            return True
        request = Request(scope, receive)
        response = await self._response(handler, request)
        if response is None:
            return False
        if handler in self.keep and response.status_code == 200 and len(self._kept) < KEPT:
            self._kept[key] = (response.raw_headers, bytes(response.body))
        if handler in self.stable and response.status_code == 304 and len(self._tags) < KEPT:
            self._tags[key] = _etag(response.raw_headers), response.raw_headers
        await response(scope, receive, send)
        return True

    async def _again(self, key: tuple[str, bytes], scope: Scope, send: Send) -> bool:
        """Send the answer kept for ``key``: the whole answer to a request that does not ask whether it
        has changed, the 304 to one that holds its ETag. False when none is kept for it."""
        held = _held(scope)
        if held is None:
            kept = self._kept.get(key)
            if kept is None:
                return False
            status, headers, body = 200, kept[0], kept[1]
        else:
            tagged = self._tags.get(key) if held else None
            if tagged is None or not (b"*" in held or tagged[0] in held):
                return False
            status, headers, body = 304, tagged[1], b""
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": body})
        return True

    async def _response(self, handler: Handler, request: Request) -> Response | None:
        """The handler's answer, or the application's exception handler's to its error; None when the
        handler leaves the request to the application, or fails with an error no handler answers (the
        application's own server-error answer, as without the fast path)."""
        try:
            return await handler(request)
        except Exception as exc:
            answer = self._error_handler(exc)
            if answer is None:
                return None
            answered = answer(request, exc)
            return await answered if inspect.isawaitable(answered) else answered

    def _error_handler(self, exc: Exception) -> ErrorHandler | None:
        for kind in type(exc).__mro__:
            if kind in self.errors:
                return self.errors[kind]
        return None


def _held(scope: Scope) -> list[bytes] | None:
    """The ETags the request holds (If-None-Match, as service.py reads it); an empty list when it asks
    otherwise whether an answer has changed (If-Modified-Since alone), None when it does not ask."""
    since = False
    for name, value in scope["headers"]:
        if name == b"if-none-match":
            return [tag.strip().removeprefix(b"W/") for tag in value.split(b",")]
        since = since or name == b"if-modified-since"
    return [] if since else None


def _etag(headers: list[tuple[bytes, bytes]]) -> bytes:
    return next(value for name, value in headers if name == b"etag")


LANGS = frozenset({"az", "en", "ru"})
WEEKS = {None: None, "5": 5, "6": 6}

Endpoint = Callable[..., Awaitable[Any]]


def in_front(app: FastAPI, routers: Iterable[APIRouter]) -> FastPaths:
    """``app`` behind the fast paths of its busiest routes (of ``routers``, which it includes), each
    calling its route's own function."""
    routes = {
        route.path: route.endpoint for router in routers for route in router.routes if isinstance(route, APIRoute)
    }
    paths = fast_paths(routes)
    one = routes["/{date}"]

    async def dates(request: Request) -> Response:
        answer: Response = await one(request, request.scope["path"][1:])
        return answer

    getdata, isleap = paths["/api/getdata"], paths["/api/isleap"]
    return FastPaths(
        app,
        paths=paths,
        dates=dates,
        errors=app.exception_handlers,
        keep=(getdata, isleap, dates),  # nothing of today in their answers: the same for the same query
        stable=(paths["/calendar.ics"], paths["/calendar.html"]),  # with years: ETags that never change
    )


def fast_paths(routes: Mapping[str, Endpoint]) -> dict[str, Handler]:
    """The handlers of the fast paths, each calling the function of the route of its path in ``routes``."""
    getdata, health, ics, page = (
        routes[path] for path in ("/api/getdata", "/health", "/calendar.ics", "/calendar.html")
    )

    async def health_answer(request: Request) -> Response:
        response: Response = await health()
        return response

    async def feed(request: Request) -> Response | None:
        query = single(request)
        if query is None or not query.keys() <= {"lang", "years", "week"} or "years" not in query:
            return None  # without years, a feed of the years around today: FastAPI's to answer
        lang, week = query.get("lang", "az"), query.get("week")
        if lang not in LANGS or week not in WEEKS:
            return None
        response: Response = await ics(request, lang=lang, years=query["years"], week=WEEKS[week])
        return response

    async def year_page(request: Request) -> Response | None:
        query = single(request)
        if query is None or not query.keys() <= {"year", "lang", "week"} or "year" not in query:
            return None
        year, lang, week = query["year"], query.get("lang", "az"), query.get("week")
        if not (year.isascii() and year.isdigit() and len(year) <= 6) or lang not in LANGS or week not in WEEKS:
            return None  # a year FastAPI reads otherwise ("+2025", " 2025"), or refuses
        response: Response = await page(request, year=int(year), lang=lang, week=WEEKS[week])
        return response

    return {
        "/api/getdata": getdata,
        "/api/getData": getdata,
        "/api/isleap": routes["/api/isleap"],
        "/today": routes["/today"],
        "/tomorrow": routes["/tomorrow"],
        "/health": health_answer,
        "/calendar.ics": feed,
        "/calendar.html": year_page,
    }


def single(request: Request) -> dict[str, str] | None:
    """The request's query as one value a name, as FastAPI reads a scalar parameter; None when a name
    is given twice (FastAPI takes the last, a fast path would rather not guess)."""
    items = request.query_params.multi_items()
    query = dict(items)
    return query if len(query) == len(items) else None


__all__ = ["FastPaths", "fast_paths", "in_front", "single"]
