"""The service's routes, one module per area, each a FastAPI router made for one Service:

- ``isdayoff``: the isdayoff API (``/api/getdata``, ``/api/isleap``, ``/today``, ``/tomorrow``,
  ``/YYYYMMDD``), for systems that speak it;
- ``v1``: the JSON API under ``/v1``;
- ``files``: the feed (``/calendar.ics``), the printable year (``/calendar.html``), the exports;
- ``pages``: the home page, the API's documentation (``/docs``, ``/redoc``) and their scripts;
- ``health``: ``/health``.

A handler is thin: it reads the request's parameters and asks the library (through the Service) for the
answer. Every route answers GET and HEAD, as caches and link checkers ask; the OpenAPI document lists GET.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Any

from fastapi import APIRouter, Query

Endpoint = Callable[..., Any]
Lang = Annotated[str, Query(pattern="^(az|en|ru)$", description="the language of names: az, en or ru")]
# checked by the library, so that a bad week reads as it does everywhere: "week must be 5 or 6"
Week = Annotated[
    int, Query(description="working days a week: 5, or 6 (Monday to Saturday)", json_schema_extra={"enum": [5, 6]})
]


def get(router: APIRouter, path: str, **options: Any) -> Callable[[Endpoint], Endpoint]:
    """A route of ``router`` for GET and HEAD; the OpenAPI document lists GET."""

    def route(endpoint: Endpoint) -> Endpoint:
        router.head(path, **{**options, "include_in_schema": False})(endpoint)
        return router.get(path, **options)(endpoint)

    return route
