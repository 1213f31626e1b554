"""The service's data read anew on SIGHUP, while it answers: no restart, no request lost or mixed.

``azcal serve``'s main process takes the signal. It reads the data as ``azcal.reload_data()`` does
(``AZCAL_DATA``, an installed ``azcal-data``) and makes the service's calendars of it: a broken file is
logged, with its reason, and changes nothing. Data that loads is announced to the workers by a count they
share. Each worker, on seeing the count change, builds a whole new service beside the one that answers
(its calendars of both weeks, an empty store of files, so new ETags, and a later Last-Modified) and puts
it in place with one assignment. A request is answered by the service in place when it arrived, old or
new, never by parts of each; no connection is closed, so no client sees an error.
"""

from __future__ import annotations

import logging
import multiprocessing
import sys
import threading
import time
from collections.abc import Callable
from typing import TypeVar

from .. import _use_data
from ..datapath import find, in_use
from ..errors import AzcalError
from .front import App, Receive, Scope, Send

T = TypeVar("T")
WATCH_SECONDS = 0.2  # how soon a worker sees a reload asked for

service_log = logging.getLogger("azcal.service")


class Reloads:
    """How many data reloads the main process has asked for: a count in memory its workers share."""

    def __init__(self) -> None:
        self._count = multiprocessing.RawValue("Q", 0)  # one 8-byte word: read and written whole

    def ask(self) -> None:
        self._count.value += 1  # only the main process writes it

    @property
    def asked(self) -> int:
        return int(self._count.value)


class Reloading:
    """The service ``make`` makes, made anew on the data in use each time a reload is asked for."""

    def __init__(self, make: Callable[[], App], reloads: Reloads):
        self.app = make()
        self._make = make
        self._reloads = reloads
        self._seen = reloads.asked
        threading.Thread(target=self._watch, name="azcal-data-reload", daemon=True).start()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        await self.app(scope, receive, send)  # read once: the whole request goes to one service

    def _watch(self) -> None:
        while True:
            time.sleep(WATCH_SECONDS)
            asked = self._reloads.asked
            if asked != self._seen:
                self._seen = asked  # a broken file is reported once, not retried until asked again
                self.reload()

    def reload(self) -> bool:
        """Make the service anew on the data the environment names now; on failure keep the one in place."""
        made = reloaded(self._make)
        if made is None:
            return False
        self.app = made
        return True


def reloaded(make: Callable[[], T]) -> T | None:
    """What ``make`` makes on the data the environment names now, that data then in use; None, logged, and
    the data in use unchanged when it cannot be read or the service's calendars cannot be made of it."""
    _log_to_stderr()
    before = in_use()
    try:
        data = find()
        _use_data(data)
        made = make()
    except Exception as exc:  # whatever it is, the service goes on with the data it has
        if in_use() is not before:  # the new data loads, but the service's own rules do not fit it
            _use_data(before)
        service_log.error(
            "data not reloaded; still serving %s: %s",
            before.describe(),
            exc,
            exc_info=not isinstance(exc, AzcalError),  # a fault of azcal's own, not of the data: its traceback
        )
        return None
    service_log.info("data reloaded: %s", data.describe())
    return made


def _log_to_stderr() -> None:
    """Reloads are reported on standard error, unless the process has set up the log itself."""
    if not service_log.handlers:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(asctime)s %(message)s"))
        service_log.addHandler(handler)
        service_log.setLevel(logging.INFO)
        service_log.propagate = False
