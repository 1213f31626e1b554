"""What every route of one service shares: its calendars, the files it built, when it was made, and what
an answer tells a cache.

One Service is made per service (a reload makes a new one: reloading.py) and is read-only but for its
store of files, so any number of workers behind a proxy answer alike.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import hashlib
from collections.abc import Callable, Hashable

from starlette.requests import Request
from starlette.responses import Response

from ..calendars import Calendar
from . import isdayoff, pages
from .files import Files, Parts
from .weeks import WeekCalendars


class Service:
    """The service of ``calendar``; a client has ``send_timeout`` seconds to take each part of a file."""

    def __init__(self, calendar: Calendar, send_timeout: float):
        self.calendar = calendar
        self.send_timeout = send_timeout
        # Last-Modified: when this service's calendar was made. Nothing it answers changes while it runs;
        # new data comes with a new service (a reload: reloading.py), new rules or a new azcal with a
        # restart, so with a later date.
        self.started = dt.datetime.now(dt.UTC).replace(microsecond=0)
        self.modified = email.utils.format_datetime(self.started, usegmt=True)
        self.files = Files()
        self.calendars = WeekCalendars(calendar)  # both weeks made now, before the first request
        self.of = self.calendars.of
        self.digits = isdayoff.Digits(self.calendars)  # the isdayoff API's answers, made once

    def for_caches(self, tag: str, dated: bool) -> dict[str, str]:
        """What a cache needs. A ``dated`` answer depends on today's date: it has an ETag but no
        Last-Modified, and is kept a minute, not an hour."""
        headers = {"ETag": tag, "Cache-Control": f"public, max-age={60 if dated else 3600}"}
        if not dated:
            headers["Last-Modified"] = self.modified
        return headers

    def cached(self, request: Request, body: bytes, media_type: str, *, dated: bool = False) -> Response:
        """``body`` with what a cache needs, or 304 when the client holds it already."""
        headers = self.for_caches('"' + hashlib.sha256(body).hexdigest()[:24] + '"', dated)
        if not_modified(request, headers["ETag"], None if dated else self.started):
            return Response(status_code=304, headers=headers)
        return Response(body, media_type=media_type, headers=headers)

    async def file(
        self,
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
        built = await self.files.get(key, build)
        headers = {**self.for_caches(built.tag, dated), **(extra or {})}
        if not_modified(request, built.tag, None if dated else self.started):
            return Response(status_code=304, headers=headers)
        page = media_type.startswith("text/html")
        if page:
            headers["Content-Security-Policy"] = pages.CONTENT_SECURITY
        if name is not None:
            headers["Content-Disposition"] = f'{"inline" if page else "attachment"}; filename="{name}"'
        return Parts(built.body, self.send_timeout, headers=headers, media_type=media_type)


def not_modified(request: Request, tag: str, modified: dt.datetime | None) -> bool:
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
