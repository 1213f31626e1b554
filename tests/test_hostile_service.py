"""The service under slow, heavy and hostile clients, as a real server process on a free loopback port:
half requests are let go and cannot lock the others out under a systemd unit's open-file limit, clients
that never read hold little memory, files do not hold up the cheap answers, a 304 is a lookup; no
client's Host is sent back, what a client sends is escaped in the log, X-Forwarded-For is believed only
from the proxies named; and rules files reach every worker whole, whatever characters their paths hold."""

from __future__ import annotations

import asyncio
import os
import resource
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest

import azcal
from conftest import COMPANY

SYSTEMD_FILES = 1024  # the open-file limit a systemd unit gets unless it says otherwise


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class Service:
    def __init__(self, process: subprocess.Popen[bytes], port: int, log: Path):
        self.process, self.port, self.log = process, port, log
        self.base = f"http://127.0.0.1:{port}"

    def get(self, path: str, timeout: float = 30, **kwargs: object) -> httpx.Response:
        return httpx.get(self.base + path, timeout=timeout, **kwargs)  # type: ignore[arg-type]

    def connect(self, request: bytes = b"") -> socket.socket:
        client = socket.create_connection(("127.0.0.1", self.port), timeout=10)
        client.sendall(request)
        return client

    def stop(self) -> str:
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        return self.log.read_text("utf-8", "backslashreplace")

    def memory(self) -> int:
        """The resident memory of the service's processes, in bytes."""
        pids, total = [self.process.pid], 0
        while pids:
            pid = pids.pop()
            children = Path(f"/proc/{pid}/task/{pid}/children")
            pids += [int(child) for child in children.read_text().split()] if children.exists() else []
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1]) * 1024
        return total


def start(tmp: Path, *argv: str, files_limit: int | None = None) -> Service:
    port = free_port()
    log = tmp / f"service-{port}.log"

    def limit_files() -> None:  # in the child, before it runs: as under systemd's default LimitNOFILE
        if files_limit is not None:
            resource.setrlimit(resource.RLIMIT_NOFILE, (files_limit, files_limit))

    with log.open("wb") as out:
        process = subprocess.Popen(
            [sys.executable, "-m", "azcal", "serve", "--port", str(port), *argv],
            stdout=out,
            stderr=out,
            cwd=tmp,
            preexec_fn=limit_files,
        )
    service = Service(process, port, log)
    for _ in range(300):
        try:
            if service.get("/health", timeout=1).status_code == 200:
                return service
        except httpx.TransportError:
            if process.poll() is not None:
                break
            time.sleep(0.1)
    service.stop()
    raise AssertionError(f"the service did not start: {log.read_text()}")


@pytest.fixture
def running(tmp_path: Path) -> Iterator[Callable[..., Service]]:
    started: list[Service] = []

    def run(*argv: str, files_limit: int | None = None) -> Service:
        started.append(start(tmp_path, *argv, files_limit=files_limit))
        return started[-1]

    yield run
    for service in started:
        if service.process.poll() is None:
            service.stop()


def closed_by_server(client: socket.socket, within: float) -> bool:
    """Whether the service closes ``client``'s connection within ``within`` seconds (reading what it sends)."""
    deadline = time.monotonic() + within
    while (left := deadline - time.monotonic()) > 0:
        client.settimeout(left)
        try:
            if not client.recv(65536):
                return True
        except TimeoutError:
            return False
        except ConnectionResetError:
            return True
    return False


def more_files(wanted: int) -> None:
    """This test process may open ``wanted`` files (sockets) at once, as far as its hard limit allows."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft != resource.RLIM_INFINITY and soft < wanted:
        resource.setrlimit(resource.RLIMIT_NOFILE, (min(wanted, hard), hard))


# -- slow clients -------------------------------------------------------------------------------------------


@pytest.mark.slow
def test_a_request_not_sent_in_time_is_let_go_and_so_is_an_idle_connection(running: Callable[..., Service]) -> None:
    service = running("--header-timeout", "1")
    silent = service.connect()
    half = service.connect(b"GET /health HTTP/1.1\r\nHost: t\r\n")
    trickle = service.connect(b"GET /health HTTP/1.1\r\n")
    idle = service.connect(b"GET /health HTTP/1.1\r\nHost: t\r\n\r\n")
    assert idle.recv(65536).startswith(b"HTTP/1.1 200")  # answered, then kept alive with nothing to do
    for _ in range(6):  # a header line every half second: the time is for the whole request, not each line
        time.sleep(0.5)
        try:
            trickle.sendall(b"X-Slow: 1\r\n")
        except (BrokenPipeError, ConnectionResetError):
            break
    for client in (silent, half, trickle, idle):
        assert closed_by_server(client, within=10)
        client.close()
    assert service.get("/health").status_code == 200


@pytest.mark.slow
def test_a_thousand_half_requests_under_the_systemd_file_limit_lock_nobody_out(
    running: Callable[..., Service],
) -> None:
    _, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    limit = SYSTEMD_FILES if hard == resource.RLIM_INFINITY or hard >= 2 * SYSTEMD_FILES + 200 else hard // 2
    more_files(2 * limit + 200)
    service = running("--header-timeout", "1", files_limit=limit)
    attackers = []
    try:
        for _ in range(limit + 100):  # more half requests than the service may have files
            attackers.append(service.connect(b"GET /health HTTP/1.1\r\nHost: t\r\n"))
        answered = []
        for _ in range(3):  # the others are answered, again and again, while the attackers hold on
            started = time.monotonic()
            answered.append(service.get("/health", timeout=30).status_code)
            assert time.monotonic() - started < 20
        assert answered == [200, 200, 200]
        assert sum(closed_by_server(client, within=20) for client in attackers) == len(attackers)
    finally:
        for client in attackers:
            client.close()
    log = service.stop()
    assert "Traceback" not in log and len(log) < 64 * 1024, log[-2000:]  # the log stays a few lines


@pytest.mark.slow
def test_clients_that_never_read_big_exports_hold_little_memory(running: Callable[..., Service]) -> None:
    service = running()
    path = "/export/json?years=2081-2100"  # the biggest file: 2.8 MB
    size = len(service.get(path).content)
    before = service.memory()
    readers = []
    try:
        for _ in range(150):
            reader = socket.socket()
            reader.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
            reader.connect(("127.0.0.1", service.port))
            reader.sendall(f"GET {path} HTTP/1.1\r\nHost: t\r\n\r\n".encode())
            readers.append(reader)
        peak = before
        for _ in range(10):
            time.sleep(0.5)
            peak = max(peak, service.memory())
        assert service.get("/health", timeout=10).status_code == 200
    finally:
        for reader in readers:
            reader.close()
    # 150 copies would be 400 MB; each client holds a part of the one file the service keeps
    assert peak - before < 100 * 2**20, (peak - before, size)


@pytest.mark.slow
def test_cheap_answers_go_on_while_forty_workbooks_are_built(running: Callable[..., Service]) -> None:
    service = running()
    asking = f"""
import concurrent.futures, httpx
def workbook(first):  # forty different ones: nothing to share
    return httpx.get("{service.base}/export/xlsx?years=%d-%d" % (first, first + 4), timeout=300).status_code
with concurrent.futures.ThreadPoolExecutor(max_workers=40) as pool:
    print(sorted(pool.map(workbook, range(1990, 2030))))
"""
    # the forty clients in a process of their own, so that only the service's time is measured here
    workbooks = subprocess.Popen([sys.executable, "-c", asking], stdout=subprocess.PIPE, text=True)
    waits = []
    while workbooks.poll() is None:
        started = time.monotonic()
        assert service.get("/health", timeout=60).status_code == 200
        waits.append(time.monotonic() - started)
        time.sleep(0.2)
    assert workbooks.communicate(timeout=60)[0].strip() == str([200] * 40)
    assert len(waits) >= 3 and max(waits) < 2, waits


# -- what is the same for everyone is built once ----------------------------------------------------------


def ask(app: Callable[..., object], *paths: str, headers: dict[str, str] | None = None) -> list[httpx.Response]:
    async def go() -> list[httpx.Response]:
        transport = httpx.ASGITransport(app=app)  # type: ignore[arg-type]
        async with httpx.AsyncClient(transport=transport, base_url="http://azcal.test") as client:
            return list(await asyncio.gather(*(client.get(path, headers=headers) for path in paths)))

    return asyncio.run(go())


def test_a_file_is_built_once_and_a_304_is_a_lookup(monkeypatch: pytest.MonkeyPatch) -> None:
    from azcal.server import make_app
    from azcal.server.routes import files as file_routes

    built = []

    def export(*args: object) -> bytes:
        built.append(args)
        return azcal.export(2025, "csv")

    monkeypatch.setattr(file_routes, "export", export)
    app = make_app(azcal.Calendar())

    async def go() -> list[int]:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://azcal.test") as client:
            first = await client.get("/export/csv?years=2025")
            again = await client.get("/export/csv?years=2025", headers={"If-None-Match": first.headers["etag"]})
            other = await client.get("/export/csv?years=2025")
            return [first.status_code, again.status_code, other.status_code]

    assert asyncio.run(go()) == [200, 304, 200]
    assert len(built) == 1


def test_more_files_waiting_than_the_service_builds_at_once_are_refused_quickly(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from azcal.server import files, make_app
    from azcal.server.routes import files as file_routes

    release = threading.Event()

    def slow_export(*args: object) -> bytes:
        release.wait(timeout=30)
        return b"a,b\n"

    monkeypatch.setattr(file_routes, "export", slow_export)
    monkeypatch.setattr(files, "WAITING", 2)
    app = make_app(azcal.Calendar())

    async def go() -> list[httpx.Response]:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://azcal.test") as client:
            waiting = [asyncio.create_task(client.get(f"/export/csv?years={y}")) for y in (2025, 2026)]
            await asyncio.sleep(0.2)
            refused = await client.get("/export/csv?years=2027")
            release.set()
            return [refused, *await asyncio.gather(*waiting)]

    refused, *served = asyncio.run(go())
    assert (
        refused.status_code == 503 and refused.headers["retry-after"] == "5" and "try again" in refused.json()["error"]
    )
    assert [response.status_code for response in served] == [200, 200]


def test_a_client_that_stops_taking_the_answer_is_let_go() -> None:
    from azcal.server import files

    body = b"x" * (10 * files.PART)
    taken: list[bytes] = []

    async def send(message: dict[str, object]) -> None:
        if message["type"] == "http.response.body":
            if taken:
                await asyncio.Event().wait()  # the client reads no more
            taken.append(message["body"])  # type: ignore[arg-type]

    async def receive() -> dict[str, object]:
        return {"type": "http.disconnect"}

    answer = files.Parts(body, 0.2, headers={}, media_type="text/csv")
    asyncio.run(asyncio.wait_for(answer({"type": "http", "method": "GET"}, receive, send), timeout=10))
    assert [len(part) for part in taken] == [files.PART]  # one part handed over, not the whole file


def test_more_connections_than_the_file_limit_allows_is_one_clear_error() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "azcal", "serve", "--port", "0", "--max-connections", "1000000"],
        capture_output=True,
        timeout=60,
    )
    assert done.returncode == 2 and len(done.stderr.strip().splitlines()) == 1, done.stderr
    assert b"open files" in done.stderr and b"Traceback" not in done.stderr


def test_an_address_taken_is_one_clear_error() -> None:
    with socket.create_server(("127.0.0.1", 0)) as taken:
        port = taken.getsockname()[1]
        done = subprocess.run(
            [sys.executable, "-m", "azcal", "serve", "--port", str(port)], capture_output=True, timeout=60
        )
    assert done.returncode == 1 and done.stderr.strip().splitlines() == [
        f"azcal: cannot listen on 127.0.0.1:{port}: Address already in use".encode()
    ]


# -- what a client says about itself ----------------------------------------------------------------------


def test_a_trailing_slash_never_sends_the_client_elsewhere(running: Callable[..., Service]) -> None:
    service = running()
    for path in ("/20250120/", "/v1/day/2025-01-20/", "/health/"):
        response = service.get(path, headers={"Host": "evil.example"})
        assert response.status_code == 404 and "location" not in response.headers, (path, response.headers)


def test_what_a_client_sends_is_escaped_in_the_access_log(running: Callable[..., Service]) -> None:
    service = running()
    for request in (
        b"GET /%1B%5B2J%1B%5D0;owned%07?q=%1B[31m HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n",
        b"GET /health HTTP/1.1\r\nHost: t\r\nX-Forwarded-For: \x1b[2J\x1b]0;owned\x07\r\nConnection: close\r\n\r\n",
        b'GET /health HTTP/1.1\r\nHost: t\r\nX-Forwarded-For: 1.2.3.4" 200\r\nConnection: close\r\n\r\n',
    ):
        with service.connect(request) as client:
            assert closed_by_server(client, within=10)
    raw = service.stop().encode("utf-8", "surrogateescape")
    assert b"\x1b" not in raw and b"\x07" not in raw
    assert b'"GET /\\x1b[2J\\x1b]0;owned\\x07?q=%1B[31m HTTP/1.1" 400' in raw
    assert b'1.2.3.4" 200' not in raw


@pytest.mark.slow
def test_x_forwarded_for_is_believed_only_from_the_proxies_named(running: Callable[..., Service]) -> None:
    forwarded = {"X-Forwarded-For": "198.51.100.1, 203.0.113.7"}
    behind_local_proxy = running()  # by default, a proxy on the same host
    behind_local_proxy.get("/20250120", headers=forwarded)
    behind_local_proxy.get("/20250121", headers={"X-Forwarded-For": "not-an-address"})
    log = behind_local_proxy.stop()
    assert '203.0.113.7 - "GET /20250120 HTTP/1.1" 200' in log and "198.51.100.1" not in log
    assert '127.0.0.1 - "GET /20250121 HTTP/1.1" 200' in log and "not-an-address" not in log

    behind_other_proxy = running("--forwarded-allow-ips", "10.0.0.0/8, 192.0.2.1")
    behind_other_proxy.get("/20250120", headers=forwarded)
    log = behind_other_proxy.stop()
    assert '127.0.0.1 - "GET /20250120 HTTP/1.1" 200' in log and "203.0.113.7" not in log


def test_a_proxy_that_is_no_address_is_one_clear_error() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "azcal", "serve", "--forwarded-allow-ips", "127.0.0.1,nginx"],
        capture_output=True,
        timeout=60,
    )
    assert done.returncode == 2 and len(done.stderr.strip().splitlines()) == 1, done.stderr
    assert b"'nginx'" in done.stderr and b"Traceback" not in done.stderr


# -- rules files reach every worker whole ----------------------------------------------------------------


@pytest.mark.slow
def test_a_rules_path_holding_the_path_separator_is_served_by_every_worker(
    running: Callable[..., Service], tmp_path: Path
) -> None:
    rules = tmp_path / f"a{os.pathsep}b.toml"
    rules.write_text(COMPANY, "utf-8")
    for half in ("a", "b.toml"):  # where a split path would lead (the second from the service's folder)
        (tmp_path / half).write_text("", "utf-8")  # rules with nothing in them
    service = running("--rules", str(rules), "--workers", "2")
    # the company's Friday off and its Saturday worked, from whichever worker answers
    answers = {service.get("/20250404").text + service.get("/20250412").text for _ in range(20)}
    assert answers == {"10"}


def test_serving_and_reloading_leave_the_callers_environment_alone(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from granian.server import Server

    from azcal.datapath import in_use
    from azcal.server import Settings, serve

    rules = tmp_path / f"x{os.pathsep}y.toml"
    rules.write_text(COMPANY, "utf-8")
    servers = []
    monkeypatch.setattr(Server, "serve", lambda self, **options: servers.append((self, options["target_loader"])))
    environment, data = dict(os.environ), in_use()
    try:
        serve("127.0.0.1", free_port(), 2, Settings(rules=(str(rules),), week=6))
        ((server, loader),) = servers
        server.signal_handler_reload()  # SIGHUP: the main process reads the data anew and tells the workers
        assert server.reloading.args[1].asked == 1  # it loaded
        app = loader()  # what each worker makes: the settings, whole
        assert app.app.reload()  # a worker's service made anew on the data read
        assert dict(os.environ) == environment
    finally:
        azcal._use_data(data)  # the data of the tests that follow, as it was
    health, day = ask(app, "/health", "/20250404?sd=0")
    assert health.json()["week"] == 6 and day.text == "1"


# a swap that fits the six-day week (Thursday is a rest day there after the Friday) but not the five-day week
FIVE_DAY_MISFIT = """[[decision]]
id = "x"
adopted = 2026-01-05
title = "t"
source = "s"
weeks = [5]
swaps = [{ rest = 2026-04-10, work = 2026-04-09 }]
"""


def test_a_six_day_service_whose_five_day_week_cannot_be_made_stops_before_it_starts(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from granian.server import Server

    from azcal.server import Settings, serve

    rules = tmp_path / "misfit.toml"
    rules.write_text(FIVE_DAY_MISFIT, "utf-8")
    assert azcal.Calendar(rules=rules, week=6).is_workday("2026-04-10")  # the six-day week alone is made
    started = []
    monkeypatch.setattr(Server, "serve", lambda self, **options: started.append(options))
    with pytest.raises(azcal.RulesError, match="in the five-day week, whose hours norm the six-day week takes"):
        serve("127.0.0.1", free_port(), 1, Settings(rules=(str(rules),), week=6))
    assert started == []


def test_the_environment_names_rules_files_in_a_json_list(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from azcal.server import app_from_environment

    rules = tmp_path / f"x{os.pathsep}y.toml"
    rules.write_text(COMPANY, "utf-8")
    monkeypatch.setenv("AZCAL_RULES", f'["{rules}"]')
    (day,) = ask(app_from_environment(), "/20250404")
    assert day.text == "1"
    for bad in (str(rules), "[1]", '["a.toml"', '{"rules": []}'):
        monkeypatch.setenv("AZCAL_RULES", bad)
        with pytest.raises(azcal.InvalidArgumentError, match=r"AZCAL_RULES must be a JSON list of rules files"):
            app_from_environment()
