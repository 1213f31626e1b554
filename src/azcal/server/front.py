"""What the service does around every request: find the client's address, and write the access log.

The client is the connection's peer; only when the peer is a proxy the service is told to trust
(``--forwarded-allow-ips``, the same host by default) is it the address that proxy wrote last in
``X-Forwarded-For``, as nginx's ``$proxy_add_x_forwarded_for`` does, and only if that is an IP address.
No other forwarded header is read: the service makes no absolute URL and redirects nowhere, so neither
``Host`` nor ``X-Forwarded-Host`` reaches an answer.

Each request is one line of the access log, written when it is answered. What the client sent (the path,
the query) is written with its control characters, quotes and backslashes escaped, so that no client
writes to an operator's terminal or forges a line of the log.
"""

from __future__ import annotations

import ipaddress
import logging
import sys
from collections.abc import Awaitable, Callable, MutableMapping, Sequence
from typing import Any

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
App = Callable[[Scope, Receive, Send], Awaitable[None]]

access_log = logging.getLogger("azcal.access")
LINE = '%s - "%s %s HTTP/%s" %d'
TRUSTED_KEPT = 1024  # the peers whose trust is kept decided: more are decided anew


class Front:
    """``app`` behind the client's address and the access log."""

    def __init__(self, app: App, proxies: Sequence[str]):
        self.app = app
        self.proxies = [ipaddress.ip_network(proxy) for proxy in proxies]
        self._trust: dict[str, bool] = {}
        _log_to_stderr()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        status = 500  # what the server answers for an application that fails before it answers

        async def answer(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, answer)
        finally:
            query = scope.get("query_string", b"").decode("latin-1")
            target = scope.get("path", "") + ("?" + query if query else "")
            if access_log.isEnabledFor(logging.INFO):
                args = (
                    self.client(scope),
                    escaped(scope.get("method", "")),
                    escaped(target),
                    escaped(scope.get("http_version", "")),
                    status,
                )
                # as access_log.info() makes it, but for the caller's file and line, which no line shows:
                # finding them costs more than the rest of the line
                access_log.handle(access_log.makeRecord(access_log.name, logging.INFO, "", 0, LINE, args, None))

    def client(self, scope: Scope) -> str:
        """The client's address: the peer's, or the one a trusted proxy forwarded."""
        peer = scope.get("client")
        host = str(peer[0]) if peer else "-"
        if not self._trusted(host):
            return escaped(host)
        forwarded = ",".join(
            value.decode("latin-1") for name, value in scope.get("headers", ()) if name == b"x-forwarded-for"
        )
        for hop in reversed([hop.strip() for hop in forwarded.split(",") if hop.strip()]):
            try:
                address = ipaddress.ip_address(hop)
            except ValueError:  # not an address: nothing the proxy vouches for
                break
            if not self._trusted(str(address)):
                return str(address)
        return escaped(host)

    def _trusted(self, host: str) -> bool:
        trusted = self._trust.get(host)
        if trusted is None:
            trusted = self._decide(host)
            if len(self._trust) < TRUSTED_KEPT:
                self._trust[host] = trusted
        return trusted

    def _decide(self, host: str) -> bool:
        try:
            address = ipaddress.ip_address(host)
        except ValueError:  # a Unix socket's peer, or none
            return False
        return any(address in proxy for proxy in self.proxies)


def escaped(text: str) -> str:
    """``text`` as it may stand in a log line: control characters, quotes and backslashes as escapes."""
    if text.isascii() and text.isprintable() and '"' not in text and "\\" not in text:
        return text  # nothing to escape, as in nearly every line
    return text.encode("unicode_escape").decode("ascii").replace('"', '\\"')


def _log_to_stderr() -> None:
    """The access log goes to standard error, one line a request, unless the process has set it up."""
    if not access_log.handlers:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(asctime)s %(message)s"))
        access_log.addHandler(handler)
        access_log.setLevel(logging.INFO)
        access_log.propagate = False
