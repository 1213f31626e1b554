"""The service under load beside its floor, in one run: prints a Markdown table of requests a second,
the ratio of its cost to the floor's, and the median and 99th-percentile latency.

    python benchmarks/service.py            # 5 seconds a path, as in docs/performance.md
    python benchmarks/service.py --quick    # 1 second a path, for CI and a quick look

The service is a real ``azcal serve`` (one worker, granian, its access log written and thrown away);
the floor is a bare Starlette endpoint that answers ``0``, on the same granian settings and event loop,
in a process of its own. The load comes from wrk (Debian's ``wrk``; ``apt-get install wrk``): 32
keep-alive connections on one thread. Where ``taskset`` is found and the machine has two cores or
more, the server runs on core 0 and wrk on core 1, so that neither takes the other's time.

Without wrk, a small asyncio client in this file makes the load instead (``--client python``, and the
fallback when wrk is not installed): the same 32 keep-alive connections, each sending its next request
when the last answer is read. It is slower than wrk, so the servers are measured at a lower load and
the ratios are closer to 1 than wrk's; the table says which client made it.

"× the floor" is the cost of a request, the floor's requests a second over the service's: 1.5× means
that the answer costs half again as much as a bare endpoint's on the same server.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

CONNECTIONS = 32
PATHS = (
    ("isdayoff: one day, `/20250120`", "/20250120", False),
    ("isdayoff: one day, `/api/getdata?year=2025&month=01&day=20`", "/api/getdata?year=2025&month=01&day=20", False),
    ("isdayoff: a year, `/api/getdata?year=2025`", "/api/getdata?year=2025", False),
    ("`/calendar.ics?years=2025`, 200", "/calendar.ics?years=2025", False),
    ("`/calendar.ics?years=2025`, 304", "/calendar.ics?years=2025", True),
    ("`/calendar.html?year=2025`, 304", "/calendar.html?year=2025", True),
    ("`/health`", "/health", False),
)


@dataclass
class Load:
    """What one run of load against one path measured."""

    rate: float  # requests a second
    p50: float  # seconds
    p99: float
    errors: int


# -- the floor ------------------------------------------------------------------------------------------


def floor_app() -> object:
    """A bare Starlette endpoint that answers ``0``: the least any service on this server can cost."""
    from starlette.applications import Starlette
    from starlette.responses import PlainTextResponse
    from starlette.routing import Route

    async def zero(request: object) -> PlainTextResponse:
        return PlainTextResponse("0")

    return Starlette(routes=[Route("/", zero)])


def serve_floor(port: int) -> None:
    """The floor on granian, as ``azcal serve`` runs the service: one worker, HTTP/1, the same loop."""
    from granian.constants import HTTPModes, Interfaces
    from granian.server import Server

    from azcal.server import event_loop

    Server(
        "floor",
        address="127.0.0.1",
        port=port,
        interface=Interfaces.ASGINL,
        workers=1,
        http=HTTPModes.http1,
        websockets=False,
        loop=event_loop(),
    ).serve(target_loader=floor_app, wrap_loader=False)


# -- servers --------------------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def pinned(core: int, argv: list[str]) -> list[str]:
    """``argv`` run on one core, where taskset is found and there is another core for the client."""
    if shutil.which("taskset") and (os.cpu_count() or 1) >= 2:
        return ["taskset", "-c", str(core), *argv]
    return argv


@contextmanager
def running(argv: list[str], port: int, ready: str) -> Iterator[str]:
    """A server started from ``argv``, once it answers ``ready``; stopped with SIGTERM after."""
    process = subprocess.Popen(pinned(0, argv), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60  # a worker's start on a busy core may take a while
        while True:
            try:
                if fetch(base, ready)[0] == 200:
                    break
            except OSError:  # not listening yet
                pass
            if time.monotonic() > deadline or process.poll() is not None:
                raise SystemExit(f"the server did not start: {' '.join(argv)}")
            time.sleep(0.1)
        yield base
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()


def fetch(base: str, path: str, headers: dict[str, str] | None = None) -> tuple[int, dict[str, str], bytes]:
    import http.client

    host, port = base.removeprefix("http://").split(":")
    connection = http.client.HTTPConnection(host, int(port), timeout=60)
    try:
        connection.request("GET", path, headers=headers or {})
        response = connection.getresponse()
        return response.status, {k.lower(): v for k, v in response.getheaders()}, response.read()
    finally:
        connection.close()


# -- load -----------------------------------------------------------------------------------------------


def wrk(base: str, path: str, seconds: float, headers: dict[str, str]) -> Load:
    argv = ["wrk", "-t1", f"-c{CONNECTIONS}", f"-d{max(1, round(seconds))}s", "--latency"]
    for name, value in headers.items():
        argv += ["-H", f"{name}: {value}"]
    out = subprocess.run(pinned(1, [*argv, base + path]), capture_output=True, text=True, check=True).stdout
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))  # type: ignore[union-attr]
    percent = {p: _seconds(v) for p, v in re.findall(r"^\s+(\d+)%\s+(\S+)$", out, re.MULTILINE)}
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    failed = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out)
    count = int(errors.group(1)) if errors else 0
    count += sum(map(int, failed.groups())) if failed else 0
    return Load(rate, percent["50"], percent["99"], count)


def _seconds(text: str) -> float:
    number, unit = re.fullmatch(r"([\d.]+)(us|ms|s|m)", text).groups()  # type: ignore[union-attr]
    return float(number) * {"us": 1e-6, "ms": 1e-3, "s": 1.0, "m": 60.0}[unit]


def python_load(base: str, path: str, seconds: float, headers: dict[str, str]) -> Load:
    """The fallback client: CONNECTIONS keep-alive connections, each sending a request when the last
    answer is read whole (by its Content-Length), for ``seconds``."""
    host, port = base.removeprefix("http://").split(":")
    lines = [f"GET {path} HTTP/1.1", f"Host: {host}:{port}", *(f"{k}: {v}" for k, v in headers.items())]
    request = ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")
    latencies: list[float] = []
    errors = 0

    async def connection(until: float) -> None:
        nonlocal errors
        reader, writer = await asyncio.open_connection(host, int(port))
        try:
            while time.perf_counter() < until:
                start = time.perf_counter()
                writer.write(request)
                head = await reader.readuntil(b"\r\n\r\n")
                status = int(head.split(b" ", 2)[1])
                length = re.search(rb"(?i)\r\ncontent-length:\s*(\d+)", head)
                if length:
                    await reader.readexactly(int(length.group(1)))
                latencies.append(time.perf_counter() - start)
                errors += status >= 400
        finally:
            writer.close()

    async def run() -> float:
        start = time.perf_counter()
        await asyncio.gather(*(connection(start + seconds) for _ in range(CONNECTIONS)))
        return time.perf_counter() - start

    elapsed = asyncio.run(run())
    latencies.sort()
    return Load(
        len(latencies) / elapsed,
        statistics.median(latencies),
        latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))],
        errors,
    )


# -- the run --------------------------------------------------------------------------------------------


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="1 second a path instead of 5")
    parser.add_argument("--client", choices=("wrk", "python"), help="the load generator (default: wrk if found)")
    parser.add_argument("--floor-server", type=int, metavar="PORT", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.floor_server:
        return serve_floor(args.floor_server)

    client = args.client or ("wrk" if shutil.which("wrk") else "python")
    if client == "wrk" and not shutil.which("wrk"):
        raise SystemExit("wrk is not installed (apt-get install wrk); --client python makes the load without it")
    load = wrk if client == "wrk" else python_load
    seconds = 1.0 if args.quick else 5.0

    floor_port, service_port = free_port(), free_port()
    floor_argv = [sys.executable, __file__, "--floor-server", str(floor_port)]
    service_argv = [sys.executable, "-m", "azcal", "serve", "--port", str(service_port)]
    results: list[tuple[str, Load]] = []
    floors: list[Load] = []
    with running(floor_argv, floor_port, "/") as floor, running(service_argv, service_port, "/health") as service:
        for _, path, _ in PATHS:  # warm: each file built and kept before it is measured
            fetch(service, path)
        load(floor, "/", min(seconds, 2.0), {})  # warm the floor's connections and loop as well
        for name, path, conditional in PATHS:
            headers = {}
            if conditional:
                headers["If-None-Match"] = fetch(service, path)[1]["etag"]
            expected = 304 if conditional else 200
            if fetch(service, path, headers)[0] != expected:
                raise SystemExit(f"{path}: not {expected}")
            floors.append(load(floor, "/", seconds, {}))  # the floor beside each path: the machine's noise shared
            results.append((name, load(service, path, seconds, headers)))

    floor_rate = statistics.median(f.rate for f in floors)
    floor_p50 = statistics.median(f.p50 for f in floors)
    floor_p99 = statistics.median(f.p99 for f in floors)
    pinning = "server and client on separate cores" if pinned(0, []) else "server and client sharing the cores"
    print(f"load: {client}, {CONNECTIONS} keep-alive connections, {seconds:g} s a path, {pinning}, one worker\n")
    print("| request | req/s | × the floor | p50 | p99 |")
    print("|---|---|---|---|---|")
    print(f"| floor: bare Starlette, `0` | {floor_rate:,.0f} | 1 | {_ms(floor_p50)} | {_ms(floor_p99)} |")
    for (name, result), beside in zip(results, floors, strict=True):
        ratio = beside.rate / result.rate
        errors = f" ({result.errors} errors)" if result.errors else ""
        print(f"| {name}{errors} | {result.rate:,.0f} | {ratio:.2f}× | {_ms(result.p50)} | {_ms(result.p99)} |")


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.2f} ms"


if __name__ == "__main__":
    main()
