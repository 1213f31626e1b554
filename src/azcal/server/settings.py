"""What the service is made from: its calendar's definition and its limits, in one value.

``azcal serve`` hands the same Settings to each worker process it starts, whole: nothing travels
through the environment, so a rules file's path may hold any character. An external process manager
gives them in the environment instead (``from_environment``), the rules files as a JSON list.
"""

from __future__ import annotations

import ipaddress
import json
import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass

from ..calendars import Calendar
from ..errors import InvalidArgumentError
from ..model import check_week

LOOPBACK = ("127.0.0.1/32", "::1/128")  # a proxy on the same host is trusted by default, and only it
MOST_CONNECTIONS = 512  # a worker's open connections by default, where the open-file limit allows
SPARE_FILES = 64  # files a worker keeps for itself beside its connections: data, logs, its runtime


@dataclass(frozen=True)
class Settings:
    """A service's calendar (``rules``, ``as_of``, ``week``) and limits. Times are in seconds;
    ``max_connections`` is per worker, None for as many as the open-file limit allows, at most 512."""

    rules: tuple[str, ...] = ()
    as_of: str | None = None
    week: int = 5
    forwarded_allow_ips: tuple[str, ...] = LOOPBACK
    header_timeout: int = 10
    send_timeout: int = 30
    max_connections: int | None = None

    def __post_init__(self) -> None:
        check_week(self.week)
        object.__setattr__(self, "forwarded_allow_ips", tuple(map(_network, self.forwarded_allow_ips)))
        if not 1 <= self.header_timeout <= 60:
            raise InvalidArgumentError(f"the header timeout is 1 to 60 seconds, not {self.header_timeout}")
        if not 1 <= self.send_timeout <= 3600:
            raise InvalidArgumentError(f"the send timeout is 1 to 3600 seconds, not {self.send_timeout}")
        if self.max_connections is not None and self.max_connections < 1:
            raise InvalidArgumentError(f"at least one connection, not {self.max_connections}")

    def calendar(self) -> Calendar:
        return Calendar(as_of=self.as_of, rules=list(self.rules), week=self.week)

    def connections(self) -> int:
        """The most connections a worker holds open: each is an open file, and a worker that runs out
        of them can take no new connection, not even to refuse it."""
        limit = _open_files()
        allowed = None if limit is None else max(1, limit - SPARE_FILES)
        if self.max_connections is None:
            return MOST_CONNECTIONS if allowed is None else min(MOST_CONNECTIONS, allowed)
        if allowed is not None and self.max_connections > allowed:
            raise InvalidArgumentError(
                f"{self.max_connections} connections need more open files than this process may have "
                f"({limit}): give at most {allowed}, or raise the limit (ulimit -n, systemd's LimitNOFILE=)"
            )
        return self.max_connections


def trusted_proxies(text: str) -> tuple[str, ...]:
    """The proxies named in ``text``: addresses or networks, separated by commas; none if it is empty."""
    return tuple(_network(part.strip()) for part in text.split(",") if part.strip())


def from_environment(environ: Mapping[str, str] = os.environ) -> Settings:
    """The Settings that ``AZCAL_RULES`` (a JSON list of rules files' paths), ``AZCAL_AS_OF``,
    ``AZCAL_WEEK`` (5 or 6) and ``AZCAL_FORWARDED_ALLOW_IPS`` give; the defaults where they are unset."""
    week = environ.get("AZCAL_WEEK") or "5"
    if week not in ("5", "6"):
        raise InvalidArgumentError(f"AZCAL_WEEK must be 5 or 6, got {week!r}")
    proxies = environ.get("AZCAL_FORWARDED_ALLOW_IPS")
    return Settings(
        rules=_rules(environ.get("AZCAL_RULES", "")),
        as_of=environ.get("AZCAL_AS_OF") or None,
        week=int(week),
        forwarded_allow_ips=LOOPBACK if proxies is None else trusted_proxies(proxies),
    )


def _rules(text: str) -> tuple[str, ...]:
    """``AZCAL_RULES``: a JSON list, since a path may hold any character a separator would be."""
    if not text.strip():
        return ()
    try:
        paths = json.loads(text)
    except ValueError:  # not JSON: said below, with an example
        paths = None
    if not (isinstance(paths, list) and all(isinstance(path, str) and path for path in paths)):
        raise InvalidArgumentError(
            f"AZCAL_RULES must be a JSON list of rules files' paths, such as "
            f'["/etc/azcal/company.toml"], got {text[:80]!r}'
        )
    return tuple(paths)


def _open_files() -> int | None:
    """This process's limit of open files; None where it has none (or no such limit, as on Windows)."""
    if sys.platform == "win32":
        return None
    import resource

    soft, _ = resource.getrlimit(resource.RLIMIT_NOFILE)
    return None if soft == resource.RLIM_INFINITY else soft


def _network(text: str) -> str:
    try:
        return str(ipaddress.ip_network(text, strict=False))
    except ValueError:
        raise InvalidArgumentError(f"not an IP address or network of a proxy: {text[:60]!r}") from None
