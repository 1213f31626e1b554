"""azcal as an HTTP service (the ``azcal[server]`` extra): ``azcal serve``, or any ASGI server.

    azcal serve --host 127.0.0.1 --port 8000 [--rules company.toml] [--as-of DATE] [--week 6] [--workers 4]
    uvicorn --factory azcal.server:app_from_environment --workers 4  # AZCAL_RULES, AZCAL_AS_OF, AZCAL_WEEK

The service keeps no state but its calendar, the same in every worker: run as many as needed behind a
reverse proxy (docs/service.md).
"""

from __future__ import annotations

import os

from fastapi import FastAPI

from ..calendars import Calendar
from ..errors import InvalidArgumentError
from ..payroll import norm_calendar
from .app import make_app

__all__ = ["app_from_environment", "make_app", "serve"]


def app_from_environment() -> FastAPI:
    """The service of the calendar ``AZCAL_RULES`` (rules files, separated by the system's path
    separator), ``AZCAL_AS_OF`` and ``AZCAL_WEEK`` (5 or 6) define: what each worker process makes for itself."""
    rules = [path for path in os.environ.get("AZCAL_RULES", "").split(os.pathsep) if path]
    week = os.environ.get("AZCAL_WEEK") or "5"
    if week not in ("5", "6"):
        raise InvalidArgumentError(f"AZCAL_WEEK must be 5 or 6, got {week!r}")
    return make_app(Calendar(as_of=os.environ.get("AZCAL_AS_OF") or None, rules=rules, week=int(week)))


def serve(
    host: str,
    port: int,
    workers: int = 1,
    rules: list[str] | None = None,
    as_of: str | None = None,
    week: int = 5,
) -> None:
    """Run the service with uvicorn until SIGINT or SIGTERM (it finishes the requests under way)."""
    import uvicorn

    # a bad rules file stops here, once, before any worker starts; the six-day week's hours norm is the
    # five-day week's, so it needs that week too
    norm_calendar(Calendar(as_of=as_of, rules=rules or [], week=week))
    os.environ["AZCAL_RULES"] = os.pathsep.join(rules or [])
    os.environ["AZCAL_AS_OF"] = as_of or ""
    os.environ["AZCAL_WEEK"] = str(week)
    uvicorn.run(
        "azcal.server:app_from_environment",
        factory=True,
        host=host,
        port=port,
        workers=workers,
        proxy_headers=True,
        server_header=False,
    )
