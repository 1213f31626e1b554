"""The printable year page: parsed back and checked against the calendar, its command, and Chromium's rendering.

Official figures (docs/sources.md lists every source):
S29 https://news.day.az/azerinews/1801712.html (2026: 241 days, 1922 hours, 5 + 1 shortened days): the
    Cabinet of Ministers decision on 2026 transfers / Ministry of Labour production calendar.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

import pytest

import azcal
from azcal.cli import main
from azcal.errors import InvalidArgumentError, YearOutOfRangeError
from azcal.exports.page import COLOURS, year_html
from azcal.model import Category, Kind
from azcal.text.describe import detail, is_listed, listed_days
from azcal.text.words import KINDS, MONTHS, NORMS, PAGE, PHRASES, WEEKDAYS
from conftest import COMPANY, write

OFFICIAL = azcal.Calendar()
VOID = {"meta", "br"}  # the only void elements the page uses


@dataclass
class Node:
    """An element of the parsed page: enough of a DOM to query it."""

    tag: str
    attrs: dict[str, str]
    children: list[Node | str] = field(default_factory=list)

    @property
    def classes(self) -> set[str]:
        return set(self.attrs.get("class", "").split())

    def text(self) -> str:
        return "".join(c if isinstance(c, str) else c.text() for c in self.children)

    def all(self, tag: str, cls: str | None = None) -> Iterator[Node]:
        for child in self.children:
            if isinstance(child, Node):
                if child.tag == tag and (cls is None or cls in child.classes):
                    yield child
                yield from child.all(tag, cls)

    def one(self, tag: str, cls: str | None = None) -> Node:
        found = list(self.all(tag, cls))
        assert len(found) == 1, f"{len(found)} <{tag} class={cls}>"
        return found[0]


class _Tree(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Node("#document", {})
        self.open = [self.root]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        node = Node(tag, {name: value or "" for name, value in attrs})
        self.open[-1].children.append(node)
        if tag not in VOID:
            self.open.append(node)

    def handle_endtag(self, tag: str) -> None:
        assert self.open[-1].tag == tag, f"</{tag}> closes <{self.open[-1].tag}>"  # well formed: nothing left open
        self.open.pop()

    def handle_data(self, data: str) -> None:
        self.open[-1].children.append(data)


def parse(page: str) -> Node:
    tree = _Tree()
    tree.feed(page)
    tree.close()
    assert tree.open == [tree.root]
    return tree.root


def cells(page: Node) -> dict[dt.date, Node]:
    """The month grids' day cells by date; a date found twice fails."""
    found: dict[dt.date, Node] = {}
    for table in page.all("table", "month"):
        for cell in table.all("td"):
            for time in cell.all("time"):
                date = dt.date.fromisoformat(time.attrs["datetime"])
                assert date not in found, f"{date} appears twice"
                found[date] = cell
    return found


def listed(page: Node) -> dict[dt.date, str]:
    items = page.one("section", "listed").all("li")
    return {dt.date.fromisoformat(li.one("time").attrs["datetime"]): li.text() for li in items}


# -- structure -------------------------------------------------------------------------------------


@pytest.mark.parametrize("year", [2025, 2026])
def test_every_date_once_in_twelve_monday_first_months_with_its_kind(year: int) -> None:
    page = parse(year_html(OFFICIAL, year, "en"))
    months = list(page.all("table", "month"))
    assert [m.one("caption").text() for m in months] == list(MONTHS["en"])
    assert all([th.text() for th in m.all("th")] == list(WEEKDAYS["en"]) for m in months)
    found = cells(page)
    assert sorted(found) == [d.date for d in OFFICIAL.year(year)]
    kinds = {kind.value for kind in Kind}
    for date, cell in found.items():
        day = OFFICIAL.day(date)
        assert cell.classes & kinds == {day.kind.value}, date
        assert ("shortened" in cell.classes) == day.shortened, date
        row = next(tr for tr in months[date.month - 1].all("tr") if cell in tr.children)
        assert row.children.index(cell) == date.weekday(), date  # Monday first


@pytest.mark.parametrize("year", [2025, 2026])
def test_holidays_named_in_the_list_and_on_hover(year: int) -> None:
    page = parse(year_html(OFFICIAL, year, "en"))
    found, items = cells(page), listed(page)
    days = OFFICIAL.year(year).days
    assert list(items) == [d.date for d in listed_days(days)]  # the terminal view's list
    holidays = [d for d in days if any(o.category is Category.HOLIDAY for o in d.observances)]
    assert len(holidays) >= 15
    for day in holidays:
        for name in (o.name("en") for o in day.observances):
            assert name in items[day.date] and name in found[day.date].attrs["title"], (day.date, name)
    for day in listed_days(days):
        assert KINDS["en"][day.kind] in items[day.date] and detail(day, "en") in items[day.date]
    assert found[dt.date(year, 1, 20)].attrs["title"] == "Day of National Mourning"
    plain = next(d for d in days if d.kind is Kind.WORKDAY and not (d.observances or d.reason or d.shortened))
    assert "title" not in found[plain.date].attrs  # a plain working day has nothing to say
    shortened = next(d for d in days if d.shortened)
    assert "shortened working day" in found[shortened.date].attrs["title"]


def test_norms_table_matches_the_calendar() -> None:
    page = parse(year_html(OFFICIAL, 2026, "en"))
    table = page.one("section", "norms")
    assert [th.text() for th in table.all("th")] == list(NORMS["en"].columns)
    rows = [[td.text() for td in tr.all("td")] for tr in table.one("tbody").all("tr")]
    assert rows[-1] == ["Year", "365", "124", "241", "6", "1922"]  # S29: 241 working days, 1922 hours
    norms = OFFICIAL.norms(2026)
    periods = [*norms.months[0:3], norms.quarters[0], *norms.months[3:6], norms.quarters[1]]
    periods += [*norms.months[6:9], norms.quarters[2], *norms.months[9:12], norms.quarters[3], norms.total]
    for row, norm in zip(rows, periods, strict=True):
        figures = (norm.calendar_days, norm.non_working_days, norm.workdays, norm.shortened_days, norm.hours)
        assert row[1:] == [str(n) for n in figures], norm.period


@pytest.mark.parametrize("lang", ["az", "en", "ru"])
def test_each_language_and_nothing_external(lang: str) -> None:
    text = year_html(OFFICIAL, 2025, lang)
    page = parse(text)
    assert text.startswith("<!doctype html>\n") and f'<html lang="{lang}">' in text and '<meta charset="utf-8">' in text
    assert page.one("title").text() == page.one("h1").text() == PAGE[lang]["title"].format(year=2025)
    assert [m.one("caption").text() for m in page.all("table", "month")] == list(MONTHS[lang])
    legend = page.one("ul", "legend").text()
    assert all(label in legend for label in KINDS[lang].values()) and PHRASES[lang]["shortened_mark"] in legend
    assert [th.text() for th in page.one("section", "norms").all("th")] == list(NORMS[lang].columns)
    meta = page.one("p", "meta").text()
    assert OFFICIAL.data_version in meta and PAGE[lang]["estimated_note"] in meta
    for external in ("src=", 'href="http', "@import", "url(", "<script", "<link", "<img", "<iframe"):
        assert external not in text.lower()
    assert len(list(page.all("style"))) == 1


def test_estimated_dates_are_marked() -> None:
    page = parse(year_html(OFFICIAL, 2040, "en"))  # lunar holidays years ahead of any decision
    estimated = [d for d in OFFICIAL.year(2040) if d.estimated]
    found, items = cells(page), listed(page)
    assert estimated
    for day in estimated:
        cell = found[day.date]
        assert "estimated" in cell.classes and "~" in cell.one("i").text()
        assert PHRASES["en"]["estimated"] in cell.attrs["title"]
        if is_listed(day):
            assert items[day.date].endswith("~")
    assert not any("estimated" in c.classes for d, c in found.items() if not OFFICIAL.day(d).estimated)


def test_odd_text_is_escaped(tmp_path: Path) -> None:
    name = 'Company <b>& "day" </td>\''
    rules = COMPANY.replace('en = "Company day"', 'en = "Company <b>& \\"day\\" </td>\'"')
    cal = azcal.Calendar.with_rules(write(tmp_path, rules))
    text = year_html(cal, 2025, "en")
    assert "<b>" not in text and "</td>'" not in text
    assert "Company &lt;b&gt;&amp; &quot;day&quot; &lt;/td&gt;&#x27;" in text
    page = parse(text)  # still well formed, and the name reads back whole
    assert name in listed(page)[dt.date(2025, 9, 15)] and cells(page)[dt.date(2025, 9, 15)].attrs["title"] == name


def test_wrong_language_or_year() -> None:
    with pytest.raises(InvalidArgumentError, match="unknown language 'de'"):
        year_html(OFFICIAL, 2025, "de")
    with pytest.raises(YearOutOfRangeError, match="1990-2100"):
        year_html(OFFICIAL, 2101)


# -- the command ------------------------------------------------------------------------------------


def test_html_command_writes_the_page_whole(tmp_path: Path, capfdbinary: pytest.CaptureFixture[bytes]) -> None:
    target = tmp_path / "az-2026.html"
    target.write_text("the old page", encoding="utf-8")
    assert main(["html", "2026", "--lang", "ru", "-o", str(target)]) == 0
    assert target.read_text("utf-8") == year_html(OFFICIAL, 2026, "ru")
    assert [p.name for p in tmp_path.iterdir()] == ["az-2026.html"]  # no temporary file left behind
    assert capfdbinary.readouterr() == (b"", b"")
    rules = write(tmp_path, COMPANY, "company.toml")
    assert main(["html", "2025", "--rules", str(rules), "--as-of", "2025-06-01", "--lang", "az"]) == 0
    out = capfdbinary.readouterr().out.decode("utf-8")  # UTF-8 whatever the terminal's encoding
    assert out.startswith("<!doctype html>") and "Şirkət günü" in out


@pytest.mark.parametrize(
    ("argv", "status", "words"),
    [
        (["html", "2025", "-o", "/nonexistent/folder/az.html"], 1, "cannot write /nonexistent/folder/az.html"),
        (["html", "1800"], 2, "1990-2100"),
        (["html", "2101"], 2, "outside the supported range"),
        (["html", "abc"], 2, "not a year"),
        (["html", "2025", "--lang", "de"], 2, "invalid choice"),
        (["html", "2025", "--rules", "/nonexistent.toml"], 1, "cannot read"),
        (["html", "2025", "-o", ""], 2, "the output file name is empty"),
        (["ics", "2025", "--output", " "], 2, "the output file name is empty"),
    ],
)
def test_html_mistakes(capsys: pytest.CaptureFixture[str], argv: list[str], status: int, words: str) -> None:
    code = main(argv)
    out, err = capsys.readouterr()
    assert code == status and out == ""
    assert words in err and len(err.strip().splitlines()) == 1 and "Traceback" not in err


def test_html_has_no_json_but_says_so_in_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["html", "2025", "--json"]) == 2
    out, err = capsys.readouterr()
    error = json.loads(err)
    assert out == "" and error["status"] == 2 and "unrecognized arguments: --json" in error["error"]


# -- in a browser ----------------------------------------------------------------------------------


def _chromium() -> str:
    found = shutil.which("chromium") or ("/usr/bin/chromium" if os.access("/usr/bin/chromium", os.X_OK) else None)
    if found:
        return found
    if os.environ.get("CI", "").lower() not in ("", "0", "false"):
        pytest.fail("chromium is missing, but CI installs it (.ci/run): the page must be rendered there")
    pytest.skip("chromium is not installed (Debian: apt-get install chromium)")


def test_without_chromium_skip_but_fail_in_ci(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(shutil, "which", lambda name: None)
    monkeypatch.setattr(os, "access", lambda path, mode: False)
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception, match="not installed"):
        _chromium()
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="CI installs it"):
        _chromium()


def _render(page: str, folder: Path, *output: str) -> None:
    """Headless Chromium, as root, with nothing reaching out to the network, on a fresh profile."""
    source = folder / "page.html"
    source.write_text(page, encoding="utf-8")
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run"]
    flags += ["--disable-background-networking", "--disable-component-update", "--disable-sync"]
    profile = tempfile.mkdtemp(prefix="profile-", dir=folder)
    command = [_chromium(), *flags, f"--user-data-dir={profile}", *output, source.as_uri()]
    done = subprocess.run(command, capture_output=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")[-2000:]


def _rgb(colour: str) -> tuple[int, int, int]:
    return int(colour[1:3], 16), int(colour[3:5], 16), int(colour[5:7], 16)


@pytest.mark.slow
def test_chromium_draws_the_colours(tmp_path: Path) -> None:
    from PIL import Image

    shot = tmp_path / "page.png"
    _render(year_html(OFFICIAL, 2025, "en"), tmp_path, f"--screenshot={shot}", "--window-size=1600,1100")
    with Image.open(shot) as image:
        assert image.size == (1600, 1100)
        counts = {rgb: n for n, rgb in image.convert("RGB").getcolors(1600 * 1100) or []}
    for kind in (Kind.HOLIDAY, Kind.WORKING_WEEKEND, Kind.MOURNING, Kind.VOTING, Kind.REST_DAY):
        assert counts.get(_rgb(COLOURS[kind][0]), 0) > 200, kind  # at least a cell's worth of its fill


@pytest.mark.slow
@pytest.mark.parametrize(("year", "lang"), [(2025, "en"), (2024, "ru"), (2027, "az")])
def test_prints_on_one_a4_landscape_page(tmp_path: Path, year: int, lang: str) -> None:
    pdf = tmp_path / "page.pdf"  # 2024 in Russian has the longest list of days and the longest words
    _render(year_html(OFFICIAL, year, lang), tmp_path, f"--print-to-pdf={pdf}", "--no-pdf-header-footer")
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF-")
    assert len(re.findall(rb"/Type\s*/Page[^s]", data)) == 1
    boxes = re.findall(rb"/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\]", data)
    assert boxes
    for box in boxes:
        x0, y0, x1, y1 = map(float, box)
        assert abs(x1 - x0 - 842) <= 1 and abs(y1 - y0 - 595) <= 1  # A4 landscape in points
