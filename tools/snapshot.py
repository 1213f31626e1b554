"""Every output azcal gives, as one digest each: run it before and after a refactor and compare.

    python tools/snapshot.py > before.json        # on the commit before the change
    python tools/snapshot.py > after.json         # with the change
    diff before.json after.json && echo identical

``--dir DIR`` also writes each output as a file, to see what differs. What is covered: every Day of
1990-2100 and a spread of queries, every export format in every language, the iCalendar file in its
variants, the printable page, the terminal views, the command's answers (and its errors) and the
service's, for the official calendar, calendars as of four dates and one with a company's rules file,
each for the five- and the six-day week.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import io
import json
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import redirect_stderr
from functools import partial
from pathlib import Path

import azcal
from azcal.exports.formats import FORMATS
from azcal.exports.ics import INCLUDE, to_ics
from azcal.exports.page import year_html
from azcal.model import LANGUAGES
from azcal.terminal import month_view, year_view

ROOT = Path(__file__).resolve().parents[1]
COMPANY = str(ROOT / "docs" / "examples" / "company.toml")
DEFINITIONS: dict[str, dict[str, object]] = {
    "official": {},
    "as-of-1995": {"as_of": "1995-03-01"},
    "as-of-2005": {"as_of": "2005-06-30"},
    "as-of-2022": {"as_of": "2022-06-30"},
    "as-of-2025": {"as_of": "2025-02-01"},
    "company": {"rules": COMPANY},
}
ALL_YEARS = range(1990, 2101)
SOME_YEARS = (1990, 1993, 2006, 2011, 2020, 2024, 2025, 2026, 2027, 2100)
TODAY = dt.date(2025, 3, 20)  # the views mark today; a fixed one keeps them comparable


def outputs(quick: bool) -> Iterator[tuple[str, Callable[[], object]]]:
    """(name, a function giving the output) for everything covered."""
    definitions = dict(list(DEFINITIONS.items())[:2]) if quick else DEFINITIONS
    for name, options in definitions.items():
        for week in (5, 6):
            calendar = azcal.Calendar(week=week, **options)  # type: ignore[arg-type]
            key = f"{name}/week{week}"
            yield f"{key}/days", partial(_days, calendar)
            yield f"{key}/queries", partial(_queries, calendar)
            yield from _files(key, calendar, quick)
    yield from _command(quick)
    yield from _service()


def _days(calendar: azcal.Calendar) -> str:
    return "\n".join(repr(day) for day in calendar.days("1990-01-01", "2101-01-01"))


def _queries(calendar: azcal.Calendar) -> str:
    lines = []
    for year in ALL_YEARS:
        lines.append(repr((calendar.norms(year), calendar.norms(year, 36), calendar.norms(year, 24))))
        lines.append(repr([(str(b), b.days) for b in calendar.year(year).breaks()]))
    last = dt.date(2100, 12, 31)
    for i in range(1095):
        d = dt.date(1990, 1, 1) + dt.timedelta(days=i * 37)
        inner = d < dt.date(2100, 6, 1)
        lines.append(
            repr(
                (
                    calendar.is_workday(d.isoformat()),
                    calendar.next_workday(d) if inner else None,
                    calendar.previous_workday(d) if d > dt.date(1990, 2, 1) else None,
                    calendar.add_workdays(d, 17) if inner else None,
                    calendar.add_workdays(d, -5, "preceding") if d > dt.date(1990, 2, 1) else None,
                    calendar.leave_end(d, 21) if inner else None,
                    calendar.workdays_between(d, last),
                    calendar.working_hours(d, last),
                    calendar.working_hours(d, last, 36),
                    calendar.working_hours(last, d, 24),
                )
            )
        )
    return "\n".join(lines)


def _files(key: str, calendar: azcal.Calendar, quick: bool) -> Iterator[tuple[str, Callable[[], object]]]:
    languages = LANGUAGES[:1] if quick else LANGUAGES
    for lang in languages:
        for format in FORMATS:
            if format == "xmlcalendar":
                for year in SOME_YEARS:
                    yield f"{key}/{format}/{lang}/{year}", partial(azcal.export, year, format, lang, calendar=calendar)
                continue
            years = SOME_YEARS if format in ("xlsx", "parquet") or quick else ALL_YEARS
            if format.startswith("erpnext"):
                years = range(2018, 2028)  # consecutive years only
            yield f"{key}/{format}/{lang}", partial(azcal.export, years, format, lang, calendar=calendar)
        yield f"{key}/csv;/{lang}", partial(azcal.export, SOME_YEARS, "csv", lang, calendar=calendar, delimiter=";")
        for group in ("day", "run"):
            yield f"{key}/ics/{lang}/{group}", partial(to_ics, calendar, range(2018, 2028), lang, group=group)
        yield f"{key}/ics/{lang}/all", partial(to_ics, calendar, (2025,), lang, include=list(INCLUDE))
        for year in SOME_YEARS:
            yield f"{key}/html/{lang}/{year}", partial(year_html, calendar, year, lang)
            for colour in (False, True):
                for width in (200, 80, 30):
                    yield (
                        f"{key}/year-view/{lang}/{year}/{colour}/{width}",
                        partial(_year_views, calendar, year, lang, colour, width),
                    )
            yield f"{key}/month-view/{lang}/{year}", partial(_month_views, calendar, year, lang)


def _year_views(calendar: azcal.Calendar, year: int, lang: str, colour: bool, width: int) -> str:
    """The year view with its named days, and as it fits a 24-line terminal."""
    return year_view(calendar, year, lang, colour=colour, width=width, today=TODAY, named_days=True) + year_view(
        calendar, year, lang, colour=colour, width=width, today=TODAY, height=24
    )


def _month_views(calendar: azcal.Calendar, year: int, lang: str) -> str:
    return "".join(
        month_view(calendar, year, month, lang, colour=colour, width=width, today=TODAY)
        for month in (1, 3, 5, 11)
        for colour in (False, True)
        for width in (80, 30)
    )


COMMANDS = [
    ["2025"],
    ["2025", "--list"],
    ["2025-03"],
    ["year", "2026", "--week", "6", "--json"],
    ["month", "2025-01", "--json"],
    ["day", "2025-01-20"],
    ["day", "2025-03-20", "--json"],
    ["day", "2025-03-18", "2025-04-03"],
    ["day", "2025-03-18", "2025-04-03", "--json"],
    ["day", "20.01.2025", "--as-of", "2006-01-01"],
    ["is-workday", "2025-01-20"],
    ["is-workday", "2025-01-21", "-v"],
    ["is-workday", "2025-13-01"],
    ["breaks", "2025"],
    ["breaks", "2026", "--json", "--week", "6"],
    ["workdays", "2026-Q1"],
    ["workdays", "2026-01-01", "2026-07-01", "--json"],
    ["add", "2025-03-19", "5"],
    ["add", "2025-03-22", "-3", "--roll", "preceding", "--json"],
    ["norms", "2026"],
    ["norms", "2026", "--week-hours", "36", "--json"],
    ["hours", "2026-03"],
    ["hours", "2026-01-01", "2026-12-31", "--json", "--week", "6"],
    ["leave", "2025-03-15", "21"],
    ["leave", "2025-03-15", "21", "--json"],
    ["changes", "--since", "2024-01-01"],
    ["changes", "--since", "2024-01-01", "--json"],
    ["ics", "2025-2026"],
    ["ics", "2025", "--group", "run", "--include", "holiday,shortened"],
    ["html", "2025"],
    ["export", "2025", "--format", "csv", "--delimiter", ";"],
    ["export", "2025-2026", "--format", "json"],
    ["check", "--official"],
    ["check", COMPANY, "--json"],
    ["completion", "bash"],
    ["completion", "zsh"],
    ["completion", "fish"],
    ["-h"],
    ["day", "-h"],
    ["export", "-h"],
    ["holidays"],
    ["--la", "en"],
    ["day", "2025-02-30"],
    ["day", "2025-02-30", "--json"],
    ["year", "3000"],
    ["norms", "2026", "--week-hours", "35"],
    ["add", "2025-01-01", "x"],
    ["workdays", "2026-03-01"],
    ["day", "2025-03-20", "--rules", "/nonexistent.toml"],
    [],
]


def _command(quick: bool) -> Iterator[tuple[str, Callable[[], object]]]:
    from azcal.cli import main

    languages = LANGUAGES[:1] if quick else LANGUAGES
    for lang in languages:
        for argv in COMMANDS:
            words = " ".join(argv).replace(str(ROOT), "") or "(none)"  # the same name in any checkout
            yield f"command/{lang}/{words}", partial(_run, main, [*argv, "--lang", lang])
        yield f"command/{lang}/rules", partial(_run, main, ["2025", "--rules", COMPANY, "--lang", lang])


def _run(main: Callable[[list[str]], int], argv: list[str]) -> bytes:
    """What the command writes (standard output, then standard error) and its exit status, today fixed."""
    out, err = io.BytesIO(), io.StringIO()
    stdout = sys.stdout
    sys.stdout = io.TextIOWrapper(out, encoding="utf-8", write_through=True)
    try:
        with redirect_stderr(err):
            status = main(argv)
    finally:
        sys.stdout.flush()
        sys.stdout.detach()
        sys.stdout = stdout
    return out.getvalue() + b"\n--stderr--\n" + err.getvalue().encode() + f"\n--status {status}--".encode()


SERVICE = [
    "/20250120",
    "/api/getdata?year=2025",
    "/api/getdata?year=2025&month=3&pre=1",
    "/api/getdata?date1=20250101&date2=20250401&delimeter=%0A",
    "/api/getdata?year=2026&cc=az&week=6",
    "/api/isleap?year=2024",
    "/v1/day/2025-03-20",
    "/v1/day/2025-03-20?lang=en&week=6",
    "/v1/year/2025?lang=ru",
    "/v1/breaks/2026",
    "/v1/norms/2026?week_hours=36",
    "/v1/workdays?start=2026-01-01&end=2026-04-01",
    "/v1/hours?start=2026-01-01&end=2026-04-01",
    "/v1/add?date=2025-03-19&n=5",
    "/v1/leave?start=2025-03-15&days=21",
    "/v1/changes?since=2024-01-01",
    "/calendar.ics?years=2025,2026&lang=en",
    "/calendar.html?year=2025&lang=ru",
    "/export/csv?years=2025&lang=en",
    "/export/xmlcalendar?years=2025",
    "/export/1c?years=2025",
    "/health",
    "/openapi.json",
    "/v1/day/2025-02-30",
    "/v1/year/3000",
    "/export/nope?years=2025",
    "/api/getdata?year=abc",
    "/nope",
]


def _service() -> Iterator[tuple[str, Callable[[], object]]]:
    try:
        import warnings

        warnings.simplefilter("ignore")  # the test client's own deprecation notice
        from starlette.testclient import TestClient

        from azcal.server.app import make_app
    except ImportError:  # the server extra is not installed
        return
    client = TestClient(make_app(azcal.Calendar()))
    dropped = {"date", "last-modified", "etag", "server", "x-request-id"}
    for path in SERVICE:

        def answer(p: str = path) -> str:
            response = client.get(p)
            headers = sorted((k, v) for k, v in response.headers.items() if k not in dropped)
            return f"{response.status_code}\n{headers}\n{response.text}"

        yield f"service{path}", answer


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--dir", type=Path, help="also write every output to a file in DIR")
    parser.add_argument("--quick", action="store_true", help="two definitions and one language")
    args = parser.parse_args()
    os.environ["SOURCE_DATE_EPOCH"] = "1735689600"  # every iCalendar DTSTAMP the same: 2025-01-01
    found: dict[str, str] = {}
    for name, make in outputs(args.quick):
        try:
            value = make()
        except Exception as exc:  # an error is an output too
            value = f"{type(exc).__name__}: {exc}"
        data = value if isinstance(value, bytes) else str(value).encode()
        found[name] = hashlib.sha256(data).hexdigest()
        if args.dir:
            path = args.dir / name.replace("/", "__").replace(" ", "_")[:200]
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
    json.dump(found, sys.stdout, indent=1, sort_keys=True)
    print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
