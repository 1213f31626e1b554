"""azcal as an HTTP service (the ``azcal[server]`` extra): ``azcal serve``, or any ASGI server.

    azcal serve --host 127.0.0.1 --port 8000 [--rules company.toml] [--as-of DATE] [--workers 4]
    uvicorn --factory azcal.server:app_from_environment --workers 4      # AZCAL_RULES, AZCAL_AS_OF

The service keeps no state but its calendar, the same in every worker: run as many as needed behind a
reverse proxy (docs/service.md).
"""

from __future__ import annotations

import os

from fastapi import FastAPI

from ..calendars import Calendar
from .app import make_app

__all__ = ["app_from_environment", "make_app", "serve"]


def app_from_environment() -> FastAPI:
    """The service of the calendar ``AZCAL_RULES`` (rules files, separated by the system's path
    separator) and ``AZCAL_AS_OF`` define: what each worker process makes for itself."""
    rules = [path for path in os.environ.get("AZCAL_RULES", "").split(os.pathsep) if path]
    return make_app(Calendar(as_of=os.environ.get("AZCAL_AS_OF") or None, rules=rules))


def serve(host: str, port: int, workers: int = 1, rules: list[str] | None = None, as_of: str | None = None) -> None:
    """Run the service with uvicorn until SIGINT or SIGTERM (it finishes the requests under way)."""
    import uvicorn

    Calendar(as_of=as_of, rules=rules or [])  # a bad rules file stops here, once, before any worker starts
    os.environ["AZCAL_RULES"] = os.pathsep.join(rules or [])
    os.environ["AZCAL_AS_OF"] = as_of or ""
    uvicorn.run(
        "azcal.server:app_from_environment",
        factory=True,
        host=host,
        port=port,
        workers=workers,
        proxy_headers=True,
        server_header=False,
    )
