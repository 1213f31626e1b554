"""azcal as an HTTP service (the ``azcal[server]`` extra): ``azcal serve``, or any ASGI server.

    azcal serve --host 127.0.0.1 --port 8000 [--rules company.toml] [--as-of DATE] [--week 6] [--workers 4]
    granian --interface asgi --factory azcal.server:app_from_environment --workers 4  # AZCAL_RULES, ...

The service keeps no state but its calendar, the same in every worker: run as many as needed behind a
reverse proxy (docs/service.md). ``azcal serve`` runs it on granian, whose own settings bound what a slow
or hostile client can hold: the time to send a request's headers (which also ends an idle kept-alive
connection) and the connections a worker takes, kept below its open-file limit.
"""

from __future__ import annotations

import functools
import socket
from collections.abc import Callable

from granian.constants import HTTPModes, Interfaces, Loops
from granian.http import HTTP1Settings
from granian.server import Server

from ..errors import AzcalError
from .app import make_app
from .front import App, Front
from .reloading import Reloading, Reloads, reloaded
from .settings import Settings, from_environment, trusted_proxies
from .weeks import served

__all__ = [
    "ListenError",
    "Settings",
    "app_from_environment",
    "event_loop",
    "make_app",
    "make_service",
    "serve",
    "trusted_proxies",
]

HEADER_BYTES = 16 * 2**10  # the most a request's headers may hold, and what a slow reader leaves buffered


class ListenError(AzcalError, OSError):
    """An address the service cannot listen on: taken, or not this host's; names it."""


def make_service(settings: Settings, reloads: Reloads | None = None) -> App:
    """The service ``settings`` define, behind the client's address and the access log; made anew on the
    data in use each time ``reloads`` asks for it."""

    def make() -> App:
        return make_app(settings.calendar(), settings.send_timeout)

    return Front(make() if reloads is None else Reloading(make, reloads), settings.forwarded_allow_ips)


def app_from_environment() -> App:
    """The service that ``AZCAL_RULES`` (a JSON list of rules files' paths), ``AZCAL_AS_OF``,
    ``AZCAL_WEEK`` (5 or 6) and ``AZCAL_FORWARDED_ALLOW_IPS`` define: for an external process manager."""
    return make_service(from_environment())


def serve(host: str, port: int, workers: int = 1, settings: Settings | None = None) -> None:
    """Run the service with granian until SIGINT or SIGTERM (it finishes the requests under way); SIGHUP
    reads the data anew and serves it from then on (reloading.py)."""
    settings = settings or Settings()
    served(settings.calendar())  # a bad rules file stops here, once, before any worker starts
    reloads = Reloads()
    server = _Server(
        "azcal.server:make_service",  # a name for granian's log: each worker makes its app of `settings`
        address=_address(host, port),
        port=port,
        interface=Interfaces.ASGINL,
        workers=workers,
        http=HTTPModes.http1,  # what a reverse proxy speaks to it; one protocol's limits to hold
        websockets=False,
        loop=event_loop(),
        backpressure=settings.connections(),  # per worker; the next connection waits in the listen queue
        http1_settings=HTTP1Settings(header_read_timeout=settings.header_timeout * 1000, max_buffer_size=HEADER_BYTES),
        # a stop waits for the answers under way, but not for a client that takes days to read one
        workers_kill_timeout=min(1800, settings.send_timeout + settings.header_timeout),
    )
    server.reloading = functools.partial(_reload, settings, reloads)
    server.serve(target_loader=functools.partial(make_service, settings, reloads), wrap_loader=False)


def event_loop() -> Loops:
    """uvloop where it is installed (the ``server`` extra brings it): a request costs less than on
    asyncio's own loop; asyncio's loop elsewhere (uvloop does not run on Windows)."""
    import importlib.util

    return Loops.uvloop if importlib.util.find_spec("uvloop") is not None else Loops.asyncio


class _Server(Server):  # type: ignore[misc,valid-type]  # granian's server, whose SIGHUP reloads the data, not the workers
    reloading: Callable[[], None]
    _asked = _busy = False

    def signal_handler_reload(self, *args: object, **kwargs: object) -> None:
        # a signal that comes while the data is being read is taken after it, once: never read twice at once
        self._asked = True
        if self._busy:
            return
        self._busy = True
        try:
            while self._asked:
                self._asked = False
                self.reloading()
        finally:
            self._busy = False


def _reload(settings: Settings, reloads: Reloads) -> None:
    """SIGHUP in the main process: the new data is read and the service's calendars made of it here first,
    so that a broken file is reported once and the workers are told only of data that loads (and a worker
    started later starts on it)."""
    if reloaded(lambda: served(settings.calendar())) is not None:
        reloads.ask()


def _address(host: str, port: int) -> str:
    """The IP address ``host`` names (granian takes addresses only), found free to listen on at ``port``:
    a taken or foreign address stops the service here with one line, before any worker starts."""
    try:
        family, kind, protocol, _, address = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0]
        with socket.socket(family, kind, protocol) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as the server will
            probe.bind(address)
    except OSError as exc:  # an unknown name too (socket.gaierror)
        raise ListenError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None
    return str(address[0])
