"""The HTTP service, as a real server process on a free loopback port, driven by real HTTP clients:
the isdayoff answers equal the library day by day, caches get 304, hostile URLs get a 4xx and never a
5xx, a burst of keep-alive clients gets every answer right, and SIGTERM stops it cleanly."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest

import azcal
from azcal.dates import baku
from conftest import COMPANY, write

YEARS = (2024, 2025, 2026)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class Server:
    def __init__(self, process: subprocess.Popen[bytes], base: str, log: Path):
        self.process, self.base, self.log = process, base, log

    def get(self, path: str, **kwargs: object) -> httpx.Response:
        return httpx.get(self.base + path, timeout=30, **kwargs)  # type: ignore[arg-type]


def start(tmp: Path, *argv: str) -> Server:
    port = free_port()
    log = tmp / f"server-{port}.log"
    with log.open("wb") as out:
        process = subprocess.Popen(
            [sys.executable, "-m", "azcal", "serve", "--port", str(port), *argv], stdout=out, stderr=out
        )
    base = f"http://127.0.0.1:{port}"
    for _ in range(200):
        try:
            if httpx.get(base + "/health", timeout=1).status_code == 200:
                return Server(process, base, log)
        except httpx.TransportError:
            time.sleep(0.1)
    process.kill()
    raise AssertionError(f"the service did not start: {log.read_text()}")


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    running = start(tmp_path_factory.mktemp("server"))
    yield running
    running.process.send_signal(signal.SIGTERM)
    running.process.wait(timeout=30)


def digits(days: list[azcal.Day], pre: bool = False) -> str:
    return "".join("1" if not d.is_workday else "2" if pre and d.shortened else "0" for d in days)


# -- the isdayoff API -------------------------------------------------------------------------------------


@pytest.mark.parametrize("year", YEARS)
def test_a_year_equals_the_library_day_by_day(server: Server, year: int) -> None:
    days = list(azcal.year(year))
    assert server.get(f"/api/getdata?year={year}").text == digits(days)
    assert server.get(f"/api/getdata?year={year}&pre=1&cc=az").text == digits(days, pre=True)
    months = "".join(server.get(f"/api/getdata?year={year}&month={m:02}&pre=1").text for m in range(1, 13))
    assert months == digits(days, pre=True)


@pytest.mark.parametrize("year", YEARS)
def test_the_six_day_week_equals_the_library_day_by_day(server: Server, year: int) -> None:
    six, five = list(azcal.Calendar(week=6).year(year)), list(azcal.year(year))
    assert server.get(f"/api/getdata?year={year}&sd=1").text == digits(six)
    assert server.get(f"/api/getdata?year={year}&sd=1&pre=1").text == digits(six, pre=True)
    assert server.get(f"/api/getdata?year={year}&sd=0&pre=1").text == digits(five, pre=True)
    assert digits(six) != digits(five)  # Saturdays are worked


def test_days_ranges_and_delimiters(server: Server) -> None:
    days = list(azcal.Calendar().days("2025-12-20", "2026-01-11"))
    assert server.get("/api/getdata?date1=20251220&date2=20260110&pre=1").text == digits(days, pre=True)
    assert server.get("/api/getdata?date1=20251220&date2=20260110&delimeter=%7C").text == "|".join(digits(days))
    for day in days:
        expected = digits([day], pre=True)
        assert server.get(f"/{day.date:%Y%m%d}?pre=1").text == expected
        assert (
            server.get(f"/api/getdata?year={day.date.year}&month={day.date.month}&day={day.date.day}&pre=1").text
            == expected
        )


def test_today_and_tomorrow_are_dates_in_baku(server: Server) -> None:
    today = dt.datetime.now(baku()).date()
    assert server.get("/today").text == digits([azcal.day(today)])
    assert server.get("/tomorrow").text == digits([azcal.day(today + dt.timedelta(days=1))])
    tokyo = dt.datetime.now(dt.timezone(dt.timedelta(hours=9))).date()
    assert server.get("/today?tz=Asia/Tokyo").text == digits([azcal.day(tokyo)])


@pytest.mark.parametrize(
    ("path", "status", "code"),
    [
        ("/api/getdata?year=2025&cc=ru", 404, "101"),  # another country: no data, as isdayoff says
        ("/api/getdata?year=1989", 404, "101"),
        ("/api/getdata?year=2025&month=13", 400, "100"),
        ("/api/getdata?year=2025&month=02&day=30", 400, "100"),
        ("/api/getdata?date1=20250101&date2=20260102", 400, "100"),  # more than 366 days
        ("/20250230", 400, "100"),
        ("/api/getdata", 400, "100"),
    ],
)
def test_isdayoff_error_codes(server: Server, path: str, status: int, code: str) -> None:
    response = server.get(path)
    assert (response.status_code, response.text) == (status, code)


def test_an_existing_isdayoff_client_reads_the_service(server: Server, monkeypatch: pytest.MonkeyPatch) -> None:
    import isdayoff.isdayoff
    import isdayoff.typingapi

    # the client checks the country against the ones isdayoff.ru knows; this service knows Azerbaijan
    monkeypatch.setattr(isdayoff.isdayoff, "_LOCALES", (*isdayoff.typingapi._LOCALES, "az"))
    client = isdayoff.isdayoff.ProdCalendar(locale="az", base_url=server.base)

    async def ask() -> tuple[object, object]:
        year = await client.year(dt.date(2026, 1, 1), pre=True)
        day = await client.date(dt.date(2025, 1, 20))
        return year, day

    year, day = asyncio.run(ask())
    assert int(day) == 1  # type: ignore[call-overload]  # the Day of National Mourning
    expected = {d.date.isoformat(): int(digits([d], pre=True)) for d in azcal.year(2026)}
    assert {date: int(value) for date, value in year.items()} == expected  # type: ignore[attr-defined]


# -- files, caches and the JSON API ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "path",
    ["/calendar.ics?years=2025-2027&lang=en", "/calendar.html?year=2026&lang=ru", "/export/xmlcalendar?years=2026"],
)
def test_files_carry_cache_headers_and_a_client_that_has_them_gets_304(server: Server, path: str) -> None:
    first = server.get(path)
    assert first.status_code == 200 and first.headers["cache-control"].startswith("public")
    tag, modified = first.headers["etag"], first.headers["last-modified"]
    assert server.get(path, headers={"If-None-Match": tag}).status_code == 304
    assert server.get(path, headers={"If-Modified-Since": modified}).status_code == 304
    assert server.get(path, headers={"If-None-Match": '"other"'}).status_code == 200


@pytest.mark.parametrize("held", ['"other", {tag}', '"other",{tag}', "W/{tag}", "*"])
def test_every_form_of_if_none_match(server: Server, held: str) -> None:
    tag = server.get("/export/csv?years=2025").headers["etag"]
    assert server.get("/export/csv?years=2025", headers={"If-None-Match": held.format(tag=tag)}).status_code == 304


def test_if_modified_since_is_a_date_and_a_dated_answer_has_none(server: Server) -> None:
    first = server.get("/calendar.ics?years=2025")
    later = "Fri, 01 Jan 2100 00:00:00 GMT"
    assert server.get("/calendar.ics?years=2025", headers={"If-Modified-Since": later}).status_code == 304
    earlier = "Mon, 01 Jan 2001 00:00:00 GMT"
    assert server.get("/calendar.ics?years=2025", headers={"If-Modified-Since": earlier}).status_code == 200
    assert "last-modified" in first.headers
    today = server.get("/today")  # tomorrow it may differ: no date a cache could hold it by
    assert "last-modified" not in today.headers and today.headers["cache-control"] == "public, max-age=60"
    assert server.get("/today", headers={"If-Modified-Since": later}).status_code == 200
    for path in ("/calendar.ics", "/calendar.ics?years=", "/calendar.html"):  # this year's, whatever it is
        dated = server.get(path)
        assert "last-modified" not in dated.headers and dated.headers["cache-control"] == "public, max-age=60", path
    assert first.headers["cache-control"] == "public, max-age=3600"


def test_head_and_errors_in_one_shape(server: Server) -> None:
    head = httpx.head(server.base + "/calendar.ics?years=2025", timeout=30)
    assert head.status_code == 200 and head.content == b"" and head.headers["etag"]
    missing = server.get("/no/such/path")
    assert missing.status_code == 404 and missing.json() == {"error": "Not Found"}
    assert server.get("/api/getdata?year=2026&month=01&delimeter=%C3%A9").text == "é".join(
        digits(list(azcal.Calendar().days("2026-01-01", "2026-02-01")))
    )


def test_the_files_are_the_library_files(server: Server) -> None:
    assert server.get("/export/csv?years=2025&lang=en").content == azcal.export(2025, "csv", "en")
    assert server.get("/export/xlsx?years=2025").headers["content-type"].startswith("application/vnd.openxmlformats")
    ics = server.get("/calendar.ics?years=2025").content
    assert ics.startswith(b"BEGIN:VCALENDAR") and ics == server.get("/calendar.ics?years=2025").content


def test_the_json_api(server: Server) -> None:
    day = server.get("/v1/day/2026-03-27?lang=en").json()
    assert day["kind"] == "rest_day" and day["reason"]["stands_for"] == "2026-03-21"
    assert server.get("/v1/workdays?start=2025-01-01&end=2026-01-01").json()["workdays"] == 239
    assert server.get("/v1/hours?start=2026-01-01&end=2026-02-01").json()["hours"] == 151
    assert server.get("/v1/add?date=2025-03-19&n=1").json()["result"] == "2025-04-01"
    leave = server.get("/v1/leave?start=2026-03-16&days=21").json()
    assert (leave["last_day"], leave["work_resumes"]) == ("2026-04-10", "2026-04-13")
    year = server.get("/v1/norms/2026").json()["year_total"]
    assert (year["workdays"], year["hours"]) == (241, 1922)  # the official 2026 figures
    assert [b["start"] for b in server.get("/v1/breaks/2025").json()][:2] == ["2024-12-30", "2025-01-18"]
    assert len(server.get("/v1/year/2025").json()["days"]) == 365
    for path, argv in (  # the same answers, in the same shapes, as the command's --json
        ("/v1/norms/2026?week_hours=36", ["norms", "2026", "--week-hours", "36"]),
        ("/v1/breaks/2025?lang=en", ["breaks", "2025", "--lang", "en"]),
        ("/v1/leave?start=2026-03-16&days=21&lang=en", ["leave", "2026-03-16", "21", "--lang", "en"]),
        (
            "/v1/hours?start=2026-01-01&end=2026-02-01&week_hours=36",
            ["hours", "2026-01-01", "2026-02-01", "--week-hours", "36"],
        ),
    ):
        done = subprocess.run([sys.executable, "-m", "azcal", *argv, "--json"], capture_output=True, timeout=60)
        assert server.get(path).json() == json.loads(done.stdout), path
    spec = server.get("/openapi.json").json()
    assert {"/api/getdata", "/v1/day/{date}", "/calendar.ics", "/export/{format}"} <= set(spec["paths"])
    operations = [op["operationId"] for methods in spec["paths"].values() for op in methods.values()]
    assert len(operations) == len(set(operations))  # one per path: HEAD is answered, not listed


HOSTILE = [
    "/v1/day/2025-02-30",
    "/v1/day/yesterday",
    "/v1/day/%00",
    "/v1/day/2025-01-01?lang=de",
    "/v1/day/2025-01-01?lang=%FF",
    "/v1/day/" + "9" * 5000,
    "/v1/year/99999999999999999999999",
    "/v1/year/-1",
    "/v1/year/2101",
    "/v1/norms/2026?week_hours=41",
    "/v1/norms/2026?week_hours=forty",
    "/v1/workdays?start=2025-01-01",
    "/v1/workdays?start=1989-12-31&end=2025-01-01",
    "/v1/hours?start=2025-01-01&end=2026-01-01&week_hours=0",
    "/v1/add?date=2025-01-01&n=1e3",
    "/v1/add?date=2025-01-01&n=99999999999",
    "/v1/add?date=2025-01-01&n=1&roll=sideways",
    "/v1/leave?start=2025-01-01&days=0",
    "/v1/leave?start=2100-12-01&days=1000",
    "/calendar.ics?years=1900",
    "/calendar.ics?years=2025-2090",
    "/calendar.ics?years=2027-2025",
    "/calendar.ics?years=" + "2025," * 500,
    "/calendar.ics?lang=xx",
    "/calendar.html?year=abc",
    "/export/pdf?years=2025",
    "/export/xmlcalendar?years=2025-2026",
    "/export/csv",
    "/api/getdata?year=2025&year=2026",
    "/api/getdata?year=20x5",
    "/api/getdata?year=2025&pre=maybe",
    "/api/getdata?year=2025&sd=6",
    "/v1/day/2025-01-01?week=7",
    "/v1/changes?since=2025-06-16&week=0",  # no week, not the service's own
    "/v1/norms/2025?week=six",
    "/api/getdata?year=2025&delimeter=" + "x" * 100,
    "/api/getdata?year=2025&bogus=1",
    "/api/getdata?date1=2025&date2=20250101",
    "/today?tz=Mars/Olympus",
    "/today?tz=../../etc/passwd",
    "/today?tz=/etc/passwd",  # a path, not a zone's name: refused like any other, saying nothing of the file
    "/today?tz=/etc/hostname",
    "/99999999",
    "/..%2F..%2Fetc%2Fpasswd",
    "/no/such/path",
]


@pytest.mark.parametrize("path", HOSTILE)
def test_hostile_urls_get_a_4xx_and_never_a_5xx(server: Server, path: str) -> None:
    response = server.get(path)
    assert 400 <= response.status_code < 500, (response.status_code, response.text[:200])
    assert "Traceback" not in response.text


def test_a_burst_of_keep_alive_clients(server: Server) -> None:
    expected = {y: digits(list(azcal.year(y)), pre=True) for y in YEARS}

    def client(n: int) -> int:
        wrong = 0
        with httpx.Client(base_url=server.base, timeout=60) as session:  # one connection, kept alive
            for i in range(100):
                year = YEARS[(n + i) % len(YEARS)]
                response = session.get(f"/api/getdata?year={year}&pre=1")
                wrong += response.status_code != 200 or response.text != expected[year]
        return wrong

    with ThreadPoolExecutor(max_workers=32) as pool:
        assert sum(pool.map(client, range(32))) == 0  # 3,200 requests, every answer right


def test_a_company_calendar_and_a_clean_stop(tmp_path: Path) -> None:
    running = start(tmp_path, "--rules", str(write(tmp_path, COMPANY)), "--week", "6")
    try:
        # the service's week is the six-day week; its company swap (no `weeks`) holds for the five-day week
        assert running.get("/20250404").text == "0" and running.get("/20250405").text == "0"
        assert running.get("/20250404?sd=0").text == "1" and running.get("/20250412?sd=0").text == "0"
        assert running.get("/v1/day/2025-04-05").json()["kind"] == "workday"
        assert running.get("/v1/day/2025-04-05?week=5").json()["kind"] == "weekend"
    finally:
        running.process.send_signal(signal.SIGTERM)
        # granian finishes the requests under way, stops its workers, then ends
        assert running.process.wait(timeout=30) in (0, -signal.SIGTERM)
    log = running.log.read_text()
    assert "Stopped worker-1" in log and "shutdown completed" in log and "Traceback" not in log
    assert '"GET /20250404 HTTP/1.1" 200' in log  # the access log


def test_a_week_the_rules_do_not_fit_answers_no_data_and_the_other_week_works(tmp_path: Path) -> None:
    rules = write(
        tmp_path,
        '[[decision]]\nid = "x"\nadopted = 2026-01-05\ntitle = "t"\nsource = "s"\nweeks = [6]\n'
        "swaps = [{ rest = 2026-04-10, work = 2026-04-11 }]\n",  # a Saturday the six-day week works anyway
    )
    running = start(tmp_path, "--rules", str(rules))
    try:
        assert running.get("/20260410").text == "0" and running.get("/health").json()["week"] == 5
        for _ in range(2):  # the same answer every time: the error was kept at start-up
            response = running.get("/20260410?sd=1")
            assert (response.status_code, response.text) == (404, "101")
        response = running.get("/v1/day/2026-04-10?week=6")
        assert response.status_code == 400 and "six-day week" in response.json()["error"]
        response = running.get("/v1/day/2026-04-10?week=7")
        assert response.status_code == 400 and "5 or 6" in response.json()["error"]
    finally:
        running.process.send_signal(signal.SIGTERM)
        running.process.wait(timeout=30)


def test_a_bad_rules_file_stops_the_service_before_it_starts(tmp_path: Path) -> None:
    bad = write(tmp_path, "[[decision]]\n")
    done = subprocess.run(
        [sys.executable, "-m", "azcal", "serve", "--rules", str(bad)], capture_output=True, timeout=60
    )
    assert done.returncode == 1 and len(done.stderr.strip().splitlines()) == 1 and b"Started server" not in done.stderr


def test_changes_the_june_2025_swap(server: Server) -> None:
    """/v1/changes answers as azcal changes --json: the swap decided on 17 June 2025 (S27)."""
    answer = server.get("/v1/changes?since=2025-06-16&until=2025-06-18&lang=en").json()
    assert [c["date"] for c in answer["changes"]] == ["2025-06-21", "2025-06-27"]
    assert [a["adopted"] for a in answer["changes"][0]["acts"]] == ["2025-06-17"]
    february = server.get("/v1/changes?since=2025-02-01&until=2025-02-20").json()
    assert [c["date"] for c in february["changes"]] == ["2025-03-10", "2025-03-27", "2025-03-28", "2025-04-01"]
    bad = server.get("/v1/changes?since=2025-06-18&until=2025-06-16")
    assert bad.status_code == 400 and "is before since" in bad.json()["error"]


def test_the_service_answers_from_the_librarys_own_calendar_of_each_week(tmp_path: Path) -> None:
    from azcal.server.weeks import WeekCalendars

    rules = write(tmp_path, COMPANY)
    calendar = azcal.Calendar(rules=rules)
    calendars = WeekCalendars(calendar)
    # one calendar per definition, the library's: none compiled again, none kept beside it
    assert calendars.of(None) is calendars.of(5) is calendar
    assert calendars.of(6) is azcal.Calendar(rules=rules, week=6) is calendar.for_week(6)


# the JSON answers, each with the status whose shape the OpenAPI document gives for it
DOCUMENTED = [
    ("/v1/day/2025-01-20?lang=en", "200"),  # the Day of National Mourning: an observance and a reason
    ("/v1/day/2025-03-20?week=6", "200"),
    ("/v1/year/2025?lang=ru", "200"),
    ("/v1/breaks/2025", "200"),
    ("/v1/norms/2026?week_hours=36&week=6", "200"),
    ("/v1/workdays?start=2026-01-01&end=2026-04-01", "200"),
    ("/v1/hours?start=2026-01-01&end=2026-04-01", "200"),
    ("/v1/add?date=2025-03-19&n=5", "200"),
    ("/v1/leave?start=2026-03-16&days=21&lang=en", "200"),
    ("/v1/changes?since=2025-02-01&until=2025-02-20", "200"),
    ("/health", "200"),
    ("/v1/day/2025-02-30", "4XX"),
    ("/v1/norms/2026?week_hours=forty", "4XX"),
    ("/export/nope?years=2025", "4XX"),
]


def test_the_openapi_document_gives_the_shape_of_every_json_answer() -> None:
    import jsonschema

    from azcal.server import make_app

    async def go() -> list[httpx.Response]:
        transport = httpx.ASGITransport(app=make_app(azcal.Calendar()))  # type: ignore[arg-type]
        async with httpx.AsyncClient(transport=transport, base_url="http://azcal.test") as client:
            return [await client.get(path) for path in ("/openapi.json", *(path for path, _ in DOCUMENTED))]

    spec, *answers = asyncio.run(go())
    document = spec.json()
    for (path, status), answer in zip(DOCUMENTED, answers, strict=True):
        assert answer.status_code == 200 if status == "200" else 400 <= answer.status_code < 500, path
        template = min((p for p in document["paths"] if _matches(p, path.partition("?")[0])), key=lambda p: "{" in p)
        schema = document["paths"][template]["get"]["responses"][status]["content"]["application/json"]["schema"]
        # the document's own schema, its references resolved in it; every object closed to keys it does not name
        jsonschema.validate(answer.json(), {**schema, "components": document["components"]})
    assert "422" not in json.dumps(document)  # FastAPI's validation error is never the answer: a 400 is


def _matches(template: str, path: str) -> bool:
    parts, given = template.split("/"), path.split("/")
    return len(parts) == len(given) and all(p == g or p.startswith("{") for p, g in zip(parts, given, strict=True))
