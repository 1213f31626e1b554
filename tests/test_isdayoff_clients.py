"""Published isdayoff clients, pointed at the service: the exact URLs each sends (copied from its source,
cited beside it) answered as isdayoff would answer them, for Azerbaijan; and the fast paths in front of
FastAPI (server/fast.py) answering every request exactly as FastAPI does."""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import Iterable

import httpx
import pytest

import azcal
from azcal.dates import baku
from azcal.server import make_app

CALENDAR = azcal.Calendar()
SIX = CALENDAR.for_week(6)


def digits(days: Iterable[azcal.Day], pre: bool = False) -> str:
    return "".join("1" if not d.is_workday else "2" if pre and d.shortened else "0" for d in days)


def between(first: str, last: str, calendar: azcal.Calendar = CALENDAR) -> list[azcal.Day]:
    start, end = dt.date.fromisoformat(first), dt.date.fromisoformat(last) + dt.timedelta(days=1)
    return list(calendar.days(start, end))


def ask(app: object, *paths: str, headers: dict[str, str] | None = None) -> list[httpx.Response]:
    async def go() -> list[httpx.Response]:
        transport = httpx.ASGITransport(app=app)  # type: ignore[arg-type]
        async with httpx.AsyncClient(transport=transport, base_url="http://azcal.test") as client:
            return [await client.get(path, headers=headers or {}) for path in paths]

    return asyncio.run(go())


@pytest.fixture(scope="module")
def app() -> object:
    return make_app(CALENDAR)


def today_in_baku(days: int = 0) -> dt.date:
    return dt.datetime.now(baku()).date() + dt.timedelta(days=days)


# -- each client's URLs ----------------------------------------------------------------------------------

# (the URL as the client sends it, the HTTP status, the answer isdayoff would give for Azerbaijan)
CLIENT_URLS = [
    # Go, github.com/rageofgods/isdayoff, isdayoff.go: GetBy builds the query by hand (tz unescaped),
    # GetByRange likewise, IsLeap a fixed URL
    (
        "/api/getdata?year=2025&month=01&day=28&cc=az&pre=1&covid=0&tz=Asia/Baku",
        200,
        digits(between("2025-01-28", "2025-01-28"), pre=True),
    ),
    ("/api/getdata?year=2025&cc=az&pre=0&covid=0", 200, digits(CALENDAR.year(2025))),
    (
        "/api/getdata?date1=20251220&date2=20260110&cc=az&pre=1&covid=0",
        200,
        digits(between("2025-12-20", "2026-01-10"), pre=True),
    ),
    ("/api/isleap?year=2024", 200, "1"),
    ("/api/isleap?year=2025", 200, "0"),
    ("/api/isleap?year=2100", 200, "0"),
    # Go, github.com/kotopheiop/isdayoff, isdayoff.go: url.Values.Encode, so the keys in order, sd too
    (
        "/api/getdata?cc=az&day=18&month=01&pre=1&sd=1&tz=Asia%2FBaku&year=2025",
        200,
        digits(between("2025-01-18", "2025-01-18", SIX), pre=True),
    ),
    (
        "/api/getdata?cc=az&date1=20250101&date2=20250131&pre=0&sd=0",
        200,
        digits(between("2025-01-01", "2025-01-31")),
    ),
    # JavaScript, github.com/bladerunner2020/isdayoff, lib/api.js: /api/getData, spelled so
    ("/api/getData?year=2025&month=03&day=07&cc=az&pre=1&covid=0", 200, "2"),
    ("/api/getData?year=2025&month=03&cc=az&pre=1", 200, digits(between("2025-03-01", "2025-03-31"), pre=True)),
    ("/api/getData?date1=20250101&date2=20250110&cc=az", 200, digits(between("2025-01-01", "2025-01-10"))),
    # TypeScript, github.com/triple-sun/isdayoff-ts, src/isdayoff.ts: URLSearchParams, true as 1
    ("/api/getdata?year=2025&month=01&day=20&pre=1&covid=1", 200, "1"),
    ("/api/getdata?year=2025&month=05", 200, digits(between("2025-05-01", "2025-05-31"))),
    ("/api/getdata?date1=20240101&date2=20241231&pre=1", 200, digits(CALENDAR.year(2024), pre=True)),
    ("/api/isleap?year=2000", 200, "1"),
    # Python, github.com/kobylinskii-m/isdayoff, isdayoff/isdayoff.py: its delimiter '%7C' encoded again by
    # aiohttp, so the delimiter is the three characters %7C; falsy flags left out
    (
        "/api/getdata?year=2025&month=1&delimeter=%257C&cc=az",
        200,
        "%7C".join(digits(between("2025-01-01", "2025-01-31"))),
    ),
    ("/api/getdata?year=2025&month=1&day=20&cc=az&pre=1", 200, "1"),
    # PHP, github.com/yulchurin/isdayoff, src/Api.php: a year, kept, and a day
    ("/api/getdata?year=2026", 200, digits(CALENDAR.year(2026))),
    ("/api/getdata?year=2025&month=01&day=20", 200, "1"),
    # Java, github.com/Dakla/IsDayOff, IsDayOff.java: months and days unpadded, a trailing parameter list
    ("/api/getdata?year=2025&month=3&day=7&cc=az&pre=1&covid=0&sd=0", 200, "2"),
    ("/api/getdata?year=2025&cc=az&pre=0&covid=0&sd=1", 200, digits(SIX.year(2025))),
    # its range asks getdata??date1=, so the first name is "?date1": isdayoff reads no range, a bad request
    ("/api/getdata??date1=20250101&date2=20250131&cc=az&pre=0&covid=0&sd=0", 400, "100"),
    # C#, github.com/picolino/isdayoff, isdayoff/Core/IsDayOffApiClient.cs: a range and every flag; it
    # reads 100 with HTTP 400 and 101 with HTTP 404, as isdayoff answers them
    (
        "/api/getdata?date1=20250301&date2=20250331&cc=az&pre=1&covid=0&sd=0",
        200,
        digits(between("2025-03-01", "2025-03-31"), pre=True),
    ),
    ("/api/getdata?date1=20250101&date2=20250110&cc=ru&pre=0&covid=0&sd=0", 404, "101"),
    ("/api/getdata?date1=20250101&date2=20250110&cc=az-ba&pre=0&covid=0&sd=0", 404, "101"),  # a region
    ("/api/getdata?date1=20250110&date2=20250101&cc=az&pre=0&covid=0&sd=0", 400, "100"),
    # flags written as words, as clients that print a boolean send them
    ("/api/getdata?year=2025&month=03&day=07&pre=true", 200, "2"),
    ("/api/getdata?year=2025&month=03&day=07&pre=false&sd=False&covid=TRUE", 200, "0"),
    ("/api/getdata?year=2025&pre=yes", 400, "100"),
    ("/api/isleap?year=20x4", 400, "100"),
    ("/api/isleap", 400, "100"),
]


@pytest.mark.parametrize(("url", "status", "answer"), CLIENT_URLS)
def test_each_clients_urls_are_answered_as_isdayoff_would(app: object, url: str, status: int, answer: str) -> None:
    response = ask(app, url)[0]
    assert (response.status_code, response.text) == (status, answer)
    assert response.headers["content-type"] == "text/plain; charset=utf-8"


@pytest.mark.parametrize("alias", ["today", "tomorrow"])
def test_today_and_tomorrow_as_the_go_clients_ask(app: object, alias: str) -> None:
    day = today_in_baku(alias == "tomorrow")
    plain, pre = digits([CALENDAR.day(day)]), digits([CALENDAR.day(day)], pre=True)
    urls = {
        # github.com/rageofgods/isdayoff, isdayoff.go (aliasRequest): the key "pre " with a space, which
        # isdayoff ignores: no 2 for a shortened day
        f"/{alias}?cc=az&covid=0&pre+=1&tz=Asia%2FBaku": plain,
        # github.com/kotopheiop/isdayoff, isdayoff.go (aliasRequest): pre and sd as isdayoff reads them
        f"/{alias}?cc=az&covid=0&pre=1&sd=0&tz=Asia%2FBaku": pre,
        # github.com/triple-sun/isdayoff-ts, src/isdayoff.ts: no options, an empty query
        f"/{alias}?": plain,
        f"/{alias}?pre=1": pre,
    }
    answers = ask(app, *urls)
    assert [(r.status_code, r.text) for r in answers] == [(200, expected) for expected in urls.values()]


# -- the fast paths answer as FastAPI does ---------------------------------------------------------------

SAME = [
    *(url for url, _, _ in CLIENT_URLS),
    "/20250120",
    "/20250120?pre=1&sd=1",
    "/21010101",
    "/20250230",
    "/api/getdata?year=2025&year=2026",
    "/api/getdata?year=2025&bogus=1",
    "/api/getdata?year=2025&delimeter=%C3%A9",
    "/api/getdata?year=1989",
    "/today?tz=Mars/Olympus",
    "/health",
    "/calendar.ics?years=2025",
    "/calendar.ics?years=2025&lang=en&week=6",
    "/calendar.ics?years=2025-2090",
    "/calendar.ics?years=2025&lang=xx",
    "/calendar.ics?years=2025&week=05",
    "/calendar.ics?years=2025&years=2026",
    "/calendar.html?year=2025",
    "/calendar.html?year=2025&lang=ru&week=6",
    "/calendar.html?year=1900",
    "/calendar.html?year=+2025",
    "/calendar.html?year=abc",
]


def comparable(response: httpx.Response) -> tuple[int, list[tuple[str, str]], bytes]:
    """Status, headers and body; Last-Modified is when each service was made, so only whether it is there."""
    headers = [(k, "(a date)" if k == "last-modified" else v) for k, v in response.headers.multi_items()]
    return response.status_code, headers, response.content


def test_the_fast_paths_answer_byte_for_byte_as_fastapi() -> None:
    fast, plain = make_app(CALENDAR), make_app(CALENDAR, fast=False)
    # twice: the second answer of a fast path is the one it kept
    assert [comparable(r) for r in ask(fast, *SAME, *SAME)] == [comparable(r) for r in ask(plain, *SAME, *SAME)]
    for path in ("/calendar.ics?years=2025", "/calendar.html?year=2025&lang=en", "/api/getdata?year=2025", "/20250120"):
        tag = ask(fast, path)[0].headers["etag"]
        later = "Sun, 01 Jan 2090 00:00:00 GMT"
        for held in (tag, f"W/{tag}", f'"other", {tag}', "*", '"other"', None):
            for headers in ({"If-None-Match": held} if held else {}, {"If-Modified-Since": later}):
                if held is None and not headers:
                    continue
                expected = [comparable(r) for r in ask(plain, path, path, headers=headers)]
                assert [comparable(r) for r in ask(fast, path, path, headers=headers)] == expected, (path, headers)
    head = ask(fast, "/20250120")[0]
    assert (head.status_code, head.text) == (200, "1")


def test_a_304_from_a_kept_etag_and_a_200_otherwise() -> None:
    app = make_app(CALENDAR)
    first = ask(app, "/calendar.ics?years=2026")[0]
    again = ask(app, "/calendar.ics?years=2026", headers={"If-None-Match": first.headers["etag"]})[0]
    other = ask(app, "/calendar.ics?years=2026", headers={"If-None-Match": '"not-it"'})[0]
    assert (first.status_code, again.status_code, other.status_code) == (200, 304, 200)
    assert again.content == b"" and again.headers["etag"] == first.headers["etag"]
    assert other.content == first.content
