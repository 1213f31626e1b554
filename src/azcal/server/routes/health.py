"""``/health``: that the service answers, and what it answers from."""

from __future__ import annotations

from fastapi import APIRouter

from ...version import __version__
from ..service import Service
from . import get


def router(service: Service) -> APIRouter:
    routes = APIRouter()
    calendar = service.calendar

    @get(routes, "/health", tags=["service"])
    async def health() -> dict[str, str | int]:
        return {"status": "ok", "version": __version__, "data_version": calendar.data_version, "week": calendar.week}

    return routes
