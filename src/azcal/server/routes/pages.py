"""The service as a site: the home page, and the API's documentation with its scripts served by the
service itself, so that it works with no internet (../pages.py writes them)."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response
from starlette.exceptions import HTTPException

from ...dates import today_in_baku
from .. import models, pages
from ..service import Service
from . import Lang, Week, get

HTML = "text/html; charset=utf-8"


def router(service: Service) -> APIRouter:
    routes = APIRouter()

    @get(
        routes,
        "/",
        tags=["pages"],
        summary="the home page: today in Baku, this month, links to everything",
        response_class=Response,  # the page is built as a file is; the document says what it is
        responses={
            200: {"description": "the page", "content": {"text/html": {}}},
            304: {"description": "the client holds this page already"},
            **models.REFUSED,
        },
    )
    async def home(request: Request, lang: Lang | None = None, week: Week | None = None) -> Response:
        chosen, of_week, today = (
            lang or pages.language(request.headers.get("accept-language")),
            service.of(week),
            today_in_baku(),
        )
        return await service.file(
            request,
            ("home", today, chosen, of_week.week),
            lambda: pages.home_html(of_week, today, chosen).encode("utf-8"),
            HTML,
            dated=True,
            extra=None if lang else {"Vary": "Accept-Language"},
        )

    @get(routes, "/docs", include_in_schema=False)
    async def docs() -> Response:
        return pages.swagger_ui()

    @get(routes, "/redoc", include_in_schema=False)
    async def redoc() -> Response:
        return pages.redoc()

    @get(routes, pages.ASSETS_PATH + "/{name}", include_in_schema=False)
    async def asset(request: Request, name: str) -> Response:
        media_type = pages.ASSETS.get(name)
        if media_type is None:
            raise HTTPException(404, "Not Found")
        return await service.file(request, ("asset", name), lambda: pages.asset(name), media_type)

    return routes
