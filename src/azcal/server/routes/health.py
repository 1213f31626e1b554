"""``/health``: that the service answers, and what it answers from."""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import JSONResponse, Response

from ...version import __version__
from .. import models
from ..service import Service
from . import get


def router(service: Service) -> APIRouter:
    routes = APIRouter()
    calendar = service.calendar

    @get(routes, "/health", tags=["service"], response_model=models.Health)
    async def health() -> Response:
        return JSONResponse(
            {"status": "ok", "version": __version__, "data_version": calendar.data_version, "week": calendar.week}
        )

    return routes
