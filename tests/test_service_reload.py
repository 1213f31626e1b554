"""The service reads its data anew on SIGHUP while it answers: under steady load from keep-alive clients no
request fails and each answer is wholly the old data's or wholly the new; afterwards every worker serves
the new data, with new ETags and a later Last-Modified, and /health names its version. A broken file then
leaves the data in place, with its reason in the log. And a broken AZCAL_DATA stops the service at start."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

import azcal
from azcal import datapath
from test_data_folders import ACT_2027
from test_hostile_service import Service, free_port

CLIENTS = 6  # keep-alive connections, spread over the workers
MOST_REQUESTS = 3000  # per client: the load is bounded whatever happens


def january_2027(*off: int, worked: int = 0) -> str:
    """The isdayoff digits of January 2027 on the packaged data, with the days ``off`` off and ``worked`` worked."""
    digits = ["0" if azcal.day(f"2027-01-{n:02}").is_workday else "1" for n in range(1, 32)]
    for n in off:
        digits[n - 1] = "1"
    if worked:
        digits[worked - 1] = "0"
    return "".join(digits)


OLD = january_2027()
NEW = january_2027(5, worked=9)  # the act swaps Tuesday 5 January for Saturday 9 January


def start(tmp: Path, data: Path, workers: int = 2) -> Service:
    port = free_port()
    log = tmp / "service.log"
    env = {**os.environ, datapath.ENVIRONMENT: str(data)}
    with log.open("wb") as out:
        process = subprocess.Popen(
            [sys.executable, "-m", "azcal", "serve", "--port", str(port), "--workers", str(workers)],
            stdout=out,
            stderr=out,
            cwd=tmp,
            env=env,
        )
    service = Service(process, port, log)
    for _ in range(600):
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
def service(tmp_path: Path) -> Iterator[tuple[Service, Path]]:
    data = tmp_path / "data"
    data.mkdir()
    running = start(tmp_path, data)
    yield running, data
    if running.process.poll() is None:
        running.stop()


class Load:
    """Clients asking for January 2027 over and over on kept-alive connections, until told to stop."""

    def __init__(self, base: str):
        self.base = base
        self.answers: list[str] = []
        self.failures: list[str] = []
        self.stopping = threading.Event()
        self.threads = [threading.Thread(target=self.client) for _ in range(CLIENTS)]
        for thread in self.threads:
            thread.start()

    def client(self) -> None:
        with httpx.Client(base_url=self.base, timeout=30) as client:
            for _ in range(MOST_REQUESTS):
                if self.stopping.is_set():
                    return
                try:
                    response = client.get("/api/getdata", params={"year": 2027, "month": 1})
                except httpx.HTTPError as exc:
                    self.failures.append(repr(exc))
                    continue
                if response.status_code != 200:
                    self.failures.append(f"{response.status_code} {response.text}")
                self.answers.append(response.text)

    def stop(self) -> None:
        self.stopping.set()
        for thread in self.threads:
            thread.join(120)


def everywhere(service: Service, answer: str) -> bool:
    """Whether new connections, which the kernel spreads over the workers, all get ``answer`` now."""
    return all(service.get("/api/getdata?year=2027&month=1").text == answer for _ in range(12))


def wait_for(condition: object, seconds: float = 60) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():  # type: ignore[operator]
            return True
        time.sleep(0.2)
    return False


def test_a_reload_under_load_fails_no_request_and_mixes_no_answer(service: tuple[Service, Path]) -> None:
    running, data = service
    assert running.get("/health").json()["data_version"] == azcal.DATA_VERSION
    assert everywhere(running, OLD)
    before = running.get("/calendar.ics?years=2027")
    load = Load(running.base)
    try:
        time.sleep(1)
        (data / "2027.toml").write_text(ACT_2027, "utf-8")
        running.process.send_signal(signal.SIGHUP)
        assert wait_for(lambda: everywhere(running, NEW)), running.log.read_text()
        time.sleep(1)  # the clients go on a while on the new data
    finally:
        load.stop()
    assert load.failures == []
    assert OLD != NEW and set(load.answers) == {OLD, NEW}  # each answer whole: the old data's or the new
    assert load.answers.index(NEW) > 0 and load.answers[-1] == NEW
    after = running.get("/calendar.ics?years=2027")
    assert after.headers["ETag"] != before.headers["ETag"]
    assert httpx.Headers(after.headers)["Last-Modified"] != before.headers["Last-Modified"]
    assert running.get("/health").json()["data_version"] == "2026-12-03"
    assert running.get("/calendar.ics?years=2027", headers={"If-None-Match": before.headers["ETag"]}).status_code == 200
    assert running.process.poll() is None
    assert "data reloaded: the packaged data, with" in running.log.read_text()


def test_a_broken_file_keeps_the_data_in_place_with_its_reason_in_the_log(service: tuple[Service, Path]) -> None:
    running, data = service
    (data / "2027.toml").write_text(ACT_2027, "utf-8")
    running.process.send_signal(signal.SIGHUP)
    assert wait_for(lambda: everywhere(running, NEW)), running.log.read_text()
    (data / "2027.toml").write_text(ACT_2027.replace("2027-01-09", "2027-01-32"), "utf-8")
    running.process.send_signal(signal.SIGHUP)
    assert wait_for(lambda: "data not reloaded" in running.log.read_text())
    log = running.log.read_text()
    reason = next(line for line in log.splitlines() if "data not reloaded" in line)
    assert "2027.toml" in reason and "Traceback" not in log
    assert everywhere(running, NEW)
    assert running.get("/health").json()["data_version"] == "2026-12-03"
    assert running.process.poll() is None
    # the file mended, the next signal takes it
    (data / "2027.toml").write_text(ACT_2027.replace("2027-01-05", "2027-01-06"), "utf-8")
    running.process.send_signal(signal.SIGHUP)
    assert wait_for(lambda: everywhere(running, january_2027(6, worked=9))), running.log.read_text()


def test_a_broken_data_folder_stops_the_service_at_start(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "2027.toml").write_text(ACT_2027.replace("swaps", "swops"), "utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "azcal", "serve", "--port", str(free_port())],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, datapath.ENVIRONMENT: str(data)},
    )
    assert done.returncode == 2
    assert str(data / "2027.toml") in done.stderr and "swops" in done.stderr
    assert "Traceback" not in done.stderr
