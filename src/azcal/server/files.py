"""The files the service builds (the feed, the page, the exports, a year's JSON): built once for everyone
who asks the same, kept, and sent a part at a time.

A file is the same for every client that asks with the same parameters, and a worker's calendar and data
never change while it runs, so each worker keeps what it built, ETag and all, while it fits in
``KEEP_BYTES`` (the least recently asked go first): the next request for it, and a 304 for a client
that holds it, cost a lookup. Builds run in a thread, ``BUILDERS`` at a time, so that the event loop
goes on answering the cheap requests (isdayoff, ``/health``, the JSON API) while they run. A request
for a file being built waits for that build; beyond ``WAITING`` files waiting to be built, a request for
yet another is refused at once (503) rather than queued without end.

A body goes out ``PART`` bytes at a time, each taken by the client within the send timeout: a client
that reads slowly holds a part in the server's buffers, not a copy of the whole file, and one that stops
reading is let go.
"""

from __future__ import annotations

import asyncio
import hashlib
from collections import OrderedDict
from collections.abc import Callable, Hashable, Mapping

from starlette.responses import Response
from starlette.types import Receive, Scope, Send

KEEP_BYTES = 32 * 2**20
BUILDERS = 1  # the builds share the interpreter's lock: a second thread would only slow the event loop
WAITING = 64
PART = 16 * 2**10


class Busy(Exception):
    """Too many files are waiting to be built: the client should come back shortly."""


class Built:
    """A file's bytes and its ETag (a digest of them, so that every worker gives the same one)."""

    __slots__ = ("body", "tag")

    def __init__(self, body: bytes):
        self.body = body
        self.tag = '"' + hashlib.sha256(body).hexdigest()[:24] + '"'


class Files:
    """The files of one service, by what they are built from (a name, the parameters, the week)."""

    def __init__(self) -> None:
        self._kept: OrderedDict[Hashable, Built] = OrderedDict()
        self._size = 0
        self._building: dict[Hashable, asyncio.Task[Built]] = {}
        self._builders: asyncio.Semaphore | None = None  # made in the event loop, on first use

    async def get(self, key: Hashable, build: Callable[[], bytes]) -> Built:
        """The file ``key``, built by ``build`` (in a thread) unless kept or being built already."""
        kept = self._kept.get(key)
        if kept is not None:
            self._kept.move_to_end(key)
            return kept
        task = self._building.get(key)
        if task is None:
            if len(self._building) >= WAITING:
                raise Busy()
            task = self._building[key] = asyncio.get_running_loop().create_task(self._build(key, build))
            task.add_done_callback(lambda done: self._built(key, done))
        # the build goes on when a client goes away: the others waiting for it, or the next one, take it
        return await asyncio.shield(task)

    async def _build(self, key: Hashable, build: Callable[[], bytes]) -> Built:
        if self._builders is None:
            self._builders = asyncio.Semaphore(BUILDERS)
        async with self._builders:
            built = Built(await asyncio.to_thread(build))
        if len(built.body) <= KEEP_BYTES:
            self._kept[key] = built
            self._size += len(built.body)
            while self._size > KEEP_BYTES:
                self._size -= len(self._kept.popitem(last=False)[1].body)
        return built

    def _built(self, key: Hashable, task: asyncio.Task[Built]) -> None:
        del self._building[key]
        if not task.cancelled():
            task.exception()  # an error is each waiting request's to answer; none is left unread


class Parts(Response):
    """``body`` sent ``PART`` bytes at a time, the client taking each within ``timeout`` seconds."""

    def __init__(self, body: bytes, timeout: float, headers: Mapping[str, str], media_type: str):
        super().__init__(body, headers=headers, media_type=media_type)
        self.timeout = timeout

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        await send({"type": "http.response.start", "status": self.status_code, "headers": self.raw_headers})
        body = memoryview(self.body)
        if scope["method"] == "HEAD" or not body:
            await send({"type": "http.response.body", "body": b""})
            return
        for start in range(0, len(body), PART):
            more = start + PART < len(body)
            try:
                async with asyncio.timeout(self.timeout):
                    await send(
                        {"type": "http.response.body", "body": bytes(body[start : start + PART]), "more_body": more}
                    )
            except TimeoutError:  # the client stopped reading: the server drops the connection, its answer short
                return
