"""The service as people meet it in a browser: a home page in az/en/ru with today and this month, pages that
link to each other, API documentation that works with no internet, and downloads named as files.

The browser tests run a real service on loopback and open its pages in headless Chromium, every request
outside the machine sent to a proxy that only counts them: the pages must render whole, and that proxy
must see nothing."""

from __future__ import annotations

import asyncio
import contextlib
import html
import os
import re
import socket
import subprocess
import tempfile
import threading
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

import httpx
import pytest

import azcal
from azcal.dates import today_in_baku
from azcal.server import make_app
from azcal.server.pages import language
from azcal.text.pages import SITE
from azcal.text.words import KINDS, PHRASES
from test_hostile_service import Service, start
from test_html import _chromium

APP = make_app(azcal.Calendar())


def ask(*paths: str, headers: dict[str, str] | None = None) -> list[httpx.Response]:
    async def go() -> list[httpx.Response]:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=APP), base_url="http://azcal.test") as client:
            return [await client.get(path, headers=headers) for path in paths]

    return asyncio.run(go())


class Links(HTMLParser):
    """Every address a page links to or loads."""

    def __init__(self) -> None:
        super().__init__()
        self.found: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.found += [value for name, value in attrs if name in ("href", "src") and value]


def links_of(page: str) -> list[str]:
    parser = Links()
    parser.feed(page)
    return parser.found


# -- downloads -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "disposition"),
    [
        ("/calendar.ics?years=2025&lang=en", 'attachment; filename="azcal-2025-en.ics"'),
        ("/calendar.ics?years=2024-2026&week=6", 'attachment; filename="azcal-2024-2026-az-week6.ics"'),
        ("/export/xlsx?years=2025&lang=ru", 'attachment; filename="azcal-2025-ru.xlsx"'),
        ("/export/csv?years=2025,2026", 'attachment; filename="azcal-2025-2026-az.csv"'),
        ("/export/json?years=2025", 'attachment; filename="azcal-2025-az.json"'),
        ("/export/xmlcalendar?years=2025", 'attachment; filename="azcal-2025-az.xml"'),
        ("/calendar.html?year=2025&lang=en", 'inline; filename="azcal-2025-en.html"'),
    ],
)
def test_a_download_is_saved_under_a_sensible_name(path: str, disposition: str) -> None:
    [response] = ask(path)
    assert response.status_code == 200
    assert response.headers["content-disposition"] == disposition


# -- the home page ---------------------------------------------------------------------------------------


def test_language_from_the_accept_language_header() -> None:
    assert language(None) == "az"
    assert language("") == "az"
    assert language("ru-RU,ru;q=0.9,en-US;q=0.8,en;q=0.7") == "ru"
    assert language("de-DE,de;q=0.9,en;q=0.5") == "en"  # the first it has, by quality
    assert language("en;q=0.2, az;q=0.8") == "az"
    assert language("fr, de") == "az"
    assert language("ru;q=0, en") == "en"  # q=0: not acceptable
    assert language("en;q=abc, ru;q=0.1") == "ru"  # a broken quality counts as none
    assert language("x" * 100_000) == "az"


@pytest.mark.parametrize(
    ("query", "headers", "lang"),
    [
        ("/?lang=en", {}, "en"),
        ("/", {"Accept-Language": "ru-RU,ru;q=0.9"}, "ru"),
        ("/", {}, "az"),
        ("/?lang=az", {"Accept-Language": "ru"}, "az"),  # the query wins
    ],
)
def test_the_home_page_says_today_in_the_language_asked(query: str, headers: dict[str, str], lang: str) -> None:
    [response] = ask(query, headers=headers)
    assert response.status_code == 200 and response.headers["content-type"] == "text/html; charset=utf-8"
    page = response.text
    assert f'<html lang="{lang}">' in page
    assert html.escape(SITE[lang]["title"]) in page
    today = azcal.day(today_in_baku())
    status = PHRASES[lang]["workday" if today.is_workday else "not_workday"]
    assert f"{status} — {KINDS[lang][today.kind]}" in page
    assert f'<td class="{today.kind.value}' in page and 'aria-current="date"' in page  # this month, today marked
    assert "ETag" in response.headers and "Last-Modified" not in response.headers  # it changes with the date
    if "lang=" not in query:
        assert response.headers["vary"] == "Accept-Language"


def test_every_link_of_the_pages_answers_and_none_leaves_the_service() -> None:
    seen: set[str] = set()
    pages = ["/?lang=en", "/?lang=ru&week=6", "/calendar.html?year=2025&lang=az"]
    for page in ask(*pages):
        assert page.status_code == 200
        for link in links_of(page.text):
            assert link.startswith("/") and not link.startswith("//"), link  # no other host
            seen.add(link)
    for link, response in zip(sorted(seen), ask(*sorted(seen)), strict=True):
        assert response.status_code == 200, link
    assert {"/docs", "/redoc", "/openapi.json", "/health"} <= seen
    assert any(link.startswith("/calendar.ics") for link in seen)
    assert any(link.startswith("/export/xlsx") for link in seen)
    assert any(link.startswith("/calendar.html?year=2024") for link in seen)  # the year page's own links


def test_the_year_page_of_the_command_has_no_links() -> None:
    from azcal.exports.page import year_html

    assert links_of(year_html(azcal.Calendar(), 2025, "en")) == []


def test_the_documentation_pages_load_nothing_from_elsewhere() -> None:
    for page in ask("/docs", "/redoc"):
        assert page.status_code == 200
        loaded = links_of(page.text)
        assert loaded and all(link.startswith("/docs-assets/") for link in loaded), loaded
        assert "https://" not in page.text and "http://" not in page.text
        assert page.headers["content-security-policy"].startswith("default-src 'self';")
    assets = ask("/docs-assets/swagger-ui-bundle.js", "/docs-assets/swagger-ui.css", "/docs-assets/redoc.standalone.js")
    assert [a.status_code for a in assets] == [200, 200, 200]
    assert [a.headers["content-type"].split(";")[0] for a in assets] == [
        "text/javascript",
        "text/css",
        "text/javascript",
    ]
    [again] = ask("/docs-assets/swagger-ui.css", headers={"If-None-Match": assets[1].headers["ETag"]})
    assert again.status_code == 304
    assert [r.status_code for r in ask("/docs-assets/..%2F..%2Fapp.py", "/docs-assets/nothing.js")] == [404, 404]


# -- in a browser with no way out --------------------------------------------------------------------------


# what headless Chromium asks of its maker's servers on its own, whatever the page (time, accounts, search):
# not the page's requests; a page's fonts or scripts (fonts.googleapis.com, a CDN) are not among these hosts
BROWSER_OWN = re.compile(
    r"^(GET http://|CONNECT )((clients\d*|accounts|www)\.google\.com|content-autofill\.googleapis\.com)[:/]"
)


class Outside:
    """A proxy that answers nothing and notes the first line of each request a browser sends it: every
    request for an address outside the machine (Chromium sends loopback requests directly)."""

    def __init__(self) -> None:
        self.server = socket.create_server(("127.0.0.1", 0))
        self.port = self.server.getsockname()[1]
        self.asked: list[str] = []
        threading.Thread(target=self.count, daemon=True).start()

    def count(self) -> None:
        while True:
            try:
                client, _ = self.server.accept()
            except OSError:
                return
            client.settimeout(2)
            with contextlib.suppress(OSError):
                self.asked.append(client.recv(200).split(b"\r\n")[0].decode("latin-1"))
            client.close()


@pytest.fixture(scope="module")
def served() -> Iterator[Service]:
    folder = Path(tempfile.mkdtemp(prefix="site-"))
    service = start(folder)
    yield service
    service.stop()


def rendered(service: Service, path: str) -> tuple[str, int]:
    """The DOM of ``path`` once its scripts have run, and how many requests for it left the machine."""
    outside = Outside()
    profile = tempfile.mkdtemp(prefix="profile-")
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run"]
    flags += ["--disable-background-networking", "--disable-component-update", "--disable-sync"]
    flags += [f"--proxy-server=http://127.0.0.1:{outside.port}", "--virtual-time-budget=20000"]
    command = [_chromium(), *flags, f"--user-data-dir={profile}", "--dump-dom", service.base + path]
    done = subprocess.run(command, capture_output=True, text=True, timeout=180, check=False, env=dict(os.environ))
    outside.server.close()
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout, len([asked for asked in outside.asked if not BROWSER_OWN.search(asked)])


def test_swagger_ui_shows_every_operation_with_no_internet(served: Service) -> None:
    dom, outside = rendered(served, "/docs")
    shown = set(re.findall(r'class="opblock-summary-path"[^>]*data-path="([^"]+)"', dom))
    documented = set(served.get("/openapi.json").json()["paths"])
    assert len(documented) > 10 and shown == documented
    assert outside == 0


def test_redoc_shows_the_operations_with_no_internet(served: Service) -> None:
    dom, outside = rendered(served, "/redoc")
    for summary in ("a digit per day: 0 workday, 1 day off, 2 shortened", "everything known about a date"):
        assert summary in dom
    assert outside == 0


def test_the_home_page_renders_with_no_internet(served: Service) -> None:
    dom, outside = rendered(served, "/?lang=en")
    assert "Azerbaijan's working-time calendar</h1>" in dom or "Azerbaijan&#x27;s working-time calendar</h1>" in dom
    assert dom.count('<table class="month">') == 1 and 'aria-current="date"' in dom
    assert outside == 0
