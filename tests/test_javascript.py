"""The JavaScript package (js/): its data is what the compiled calendars give, it answers as this library does,
its examples run, it is small, and a page in Chromium answers from it.

The library's answers reach the package's own tests (``npm test`` in js/, node:test) as a fixture written here:
every date of 1990-2100 in both weeks as a Day, the workdays before it, the workdays next to it; random
additions, ranges and working hours; instants at the hours where Baku's date and UTC's differ. Node and
npm are on the README's test machine (ical.js needs them too); without them, or without Chromium, these
tests are skipped, and they fail in CI, which installs all three.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import threading
from collections.abc import Callable, Iterator
from decimal import Decimal
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, NoReturn

import pytest

import azcal
from azcal.compiled import REGENERATE, load_official
from azcal.compiled.javascript import package_data, package_data_file
from azcal.dates import END_OF_RANGE, to_date
from azcal.errors import YearOutOfRangeError
from azcal.model import Names, Observance
from azcal.text.words import WEEKDAY_NAMES

ROOT = Path(__file__).resolve().parents[1]
JS = ROOT / "js"
DOC = ROOT / "docs" / "javascript.md"
FIRST = dt.date(1990, 1, 1)
EVERY_DATE = [FIRST + dt.timedelta(days=n) for n in range((END_OF_RANGE - FIRST).days)]


def _missing(what: str) -> NoReturn:
    """Skip a test for want of a tool, but fail in CI, which installs every one (.ci/run)."""
    if os.environ.get("CI", "").lower() not in ("", "0", "false"):
        pytest.fail(f"{what}, but CI installs it (.ci/run): the JavaScript package must be tested there")
    pytest.skip(what)


def _tool(name: str) -> str:
    found = shutil.which(name) or (f"/usr/bin/{name}" if os.access(f"/usr/bin/{name}", os.X_OK) else None)
    return found or _missing(f"{name} is not installed")


# -- its data ------------------------------------------------------------------------------------------


def test_the_package_data_is_what_the_compiled_calendars_give() -> None:
    # run from a checkout, the command writes js/data.js; an installed azcal has no package beside it
    assert package_data_file() in (str(JS / "data.js"), None)
    data = package_data({week: load_official(week) for week in (5, 6)})
    assert data == (JS / "data.js").read_bytes(), f"js/data.js is out of date: run {REGENERATE}"


@pytest.mark.slow
def test_the_regeneration_command_writes_it_and_checks_it(tmp_path: Path) -> None:
    checkout = tmp_path / "checkout"
    shutil.copytree(ROOT / "src" / "azcal", checkout / "src" / "azcal", ignore=shutil.ignore_patterns("__pycache__"))
    (checkout / "js").mkdir()
    shutil.copy(JS / "package.json", checkout / "js")
    (checkout / "js" / "data.js").write_text("export default {};\n", encoding="utf-8")  # stale
    env = {"PYTHONPATH": str(checkout / "src"), "PATH": os.environ["PATH"]}
    command = [sys.executable, "-m", "azcal.compiled"]
    run = functools.partial(subprocess.run, capture_output=True, text=True, env=env, cwd=checkout, timeout=300)
    stale = run([*command, "--check"])
    assert stale.returncode == 1 and f"js/data.js is out of date: run {REGENERATE}" in stale.stderr
    assert run(command).returncode == 0
    assert (checkout / "js" / "data.js").read_bytes() == (JS / "data.js").read_bytes()
    assert run([*command, "--check"]).returncode == 0


def test_the_package_has_the_librarys_version() -> None:
    manifest = json.loads((JS / "package.json").read_text("utf-8"))
    lock = json.loads((JS / "package-lock.json").read_text("utf-8"))
    assert manifest["name"] == lock["name"] == "azcal"
    assert manifest["version"] == lock["version"] == azcal.__version__
    assert "dependencies" not in manifest  # nothing at run time; date-holidays is the benchmark's peer only


# -- its answers -----------------------------------------------------------------------------------------


def _names(names: Names | None) -> dict[str, str] | None:
    return None if names is None else {"az": names.az, "en": names.en, "ru": names.ru}


def _iso(date: dt.date | None) -> str | None:
    return None if date is None else date.isoformat()


def _observance(o: Observance | None) -> dict[str, Any] | None:
    if o is None:
        return None
    return {
        "key": o.key,
        "names": _names(o.names),
        "category": o.category.value,
        "basis": o.basis,
        "source": o.source,
        "estimated": o.estimated,
        "decision": o.decision,
        "commemorates": _iso(o.commemorates),
        "anniversary": o.anniversary,
        "note": _names(o.note),
    }


def js_day(day: azcal.Day) -> dict[str, Any]:
    """A Day as the package's ``day()`` gives it, but its date: day_record's fields in JavaScript's case,
    with every name in the three languages."""
    reason = day.reason
    return {
        "weekday": WEEKDAY_NAMES["en"][day.date.weekday()],
        "kind": day.kind.value,
        "isWorkday": day.is_workday,
        "hours": day.hours,
        "shortened": day.shortened,
        "shortenedBefore": day.shortened_before.key if day.shortened_before else None,
        "estimated": day.estimated,
        "confidence": day.confidence.value,
        "observances": [_observance(o) for o in day.observances],
        "reason": None
        if reason is None
        else {
            "rule": reason.rule.value,
            "basis": reason.basis,
            "source": reason.source,
            "standsFor": _iso(reason.stands_for),
            "holiday": reason.holiday,
            "decision": reason.decision,
            "estimated": reason.estimated,
            "standsForHoliday": _observance(reason.stands_for_holiday),
            "names": _names(reason.names),
            "note": _names(reason.note),
        },
    }


def answered(ask: Callable[..., object], *args: object) -> object:
    """The library's answer as the fixture holds it: a value, or the JavaScript error the package throws."""
    try:
        value = ask(*args)
    except YearOutOfRangeError:
        return {"error": "RangeError"}
    if isinstance(value, Decimal):
        return float(value)  # hours, as the JSON records give them
    return value.isoformat() if isinstance(value, dt.date) else value


def week_answers(week: int) -> dict[str, Any]:
    calendar = azcal.Calendar(week=week)
    records: dict[str, int] = {}
    dates = []
    for day in calendar.days(FIRST, END_OF_RANGE):
        record = json.dumps(js_day(day), ensure_ascii=False, sort_keys=True)
        dates.append(records.setdefault(record, len(records)))
    return {
        "records": [json.loads(record) for record in records],
        "dates": dates,
        "workdaysBefore": [calendar.workdays_between(FIRST, date) for date in [*EVERY_DATE, END_OF_RANGE]],
        "next": [answered(calendar.next_workday, date) for date in EVERY_DATE],
        "previous": [answered(calendar.previous_workday, date) for date in EVERY_DATE],
    }


def case(week: int, call: str, ask: Callable[..., object], *args: object) -> dict[str, Any]:
    """A call of the package (``forWeek(week)[call](...args)``) and the library's answer to the same question."""
    return {"week": week, "call": call, "args": list(args), "result": answered(ask, *args)}


def random_cases(rng: random.Random) -> Iterator[dict[str, Any]]:
    """Additions, ranges and hours, from any date to any other; steps small and large, past either end too."""
    ends = [*EVERY_DATE, END_OF_RANGE]
    edges = EVERY_DATE[:10] + EVERY_DATE[-10:]
    for week in (5, 6):
        calendar = azcal.Calendar(week=week)
        for _ in range(3000):
            start = rng.choice(edges if rng.random() < 0.05 else EVERY_DATE).isoformat()
            n = rng.choice([rng.randint(-5, 5), rng.randint(-600, 600), rng.randint(-30_000, 30_000)])
            yield case(week, "addWorkdays", calendar.add_workdays, start, n)
        for _ in range(2000):
            start, end = rng.choice(ends).isoformat(), rng.choice(ends).isoformat()
            yield case(week, "workdaysBetween", calendar.workdays_between, start, end)
            yield case(week, "workingHours", calendar.working_hours, start, end, rng.choice([40, 36, 24]))
        for year in range(1990, 2101):  # each year's norm, the figure payroll asks for most
            for hours in (40, 36, 24):
                yield case(week, "workingHours", calendar.working_hours, f"{year}-01-01", f"{year + 1}-01-01", hours)


def instants() -> Iterator[list[Any]]:
    """Two instants a day, at 19:30 and 20:30 UTC: Baku's midnight has been at 19:00, 20:00 and 21:00 UTC, so
    these tell each of its offsets from the next; and the days just outside the range."""
    for date in [FIRST - dt.timedelta(days=1), *EVERY_DATE]:
        for hour in (19, 20):
            instant = dt.datetime(date.year, date.month, date.day, hour, 30, tzinfo=dt.UTC)
            baku = to_date(instant)
            inside = FIRST <= baku < END_OF_RANGE
            yield [int(instant.timestamp() * 1000), baku.isoformat() if inside else {"error": "RangeError"}]


@pytest.fixture(scope="module")
def answers(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("javascript") / "answers.json"
    fixture = {
        "weeks": {week: week_answers(week) for week in (5, 6)},
        "cases": list(random_cases(random.Random(27))),
        "instants": list(instants()),
    }
    path.write_text(json.dumps(fixture, ensure_ascii=False), encoding="utf-8")
    return path


def npm_test(fixture: Path | None) -> subprocess.CompletedProcess[str]:
    env = {name: value for name, value in os.environ.items() if name != "AZCAL_FIXTURE"}
    if fixture:
        env["AZCAL_FIXTURE"] = str(fixture)
    command = [_tool("npm"), "test"]
    return subprocess.run(command, cwd=JS, env=env, capture_output=True, text=True, encoding="utf-8", timeout=600)


@pytest.mark.slow
def test_npm_test_answers_as_the_library_on_every_date(answers: Path) -> None:
    done = npm_test(answers)
    assert done.returncode == 0, done.stdout[-6000:] + done.stderr[-2000:]
    assert re.search(r"^# fail 0$", done.stdout, re.MULTILINE), done.stdout[-3000:]


def test_npm_test_fails_without_the_librarys_answers() -> None:
    done = npm_test(None)
    assert done.returncode != 0
    assert "AZCAL_FIXTURE names no fixture" in done.stdout and "tests/test_javascript.py" in done.stdout


# -- its examples, its size ------------------------------------------------------------------------------


def unlabelled_blocks(path: Path) -> list[str]:
    """The blocks of a document fenced without a language: test_docs runs the others, these are run here."""
    found: list[str] = []
    block: list[str] | None = None
    language = ""
    for line in path.read_text("utf-8").splitlines():
        if block is None and line.startswith("```"):
            block, language = [], line[3:].strip()
        elif block is not None and line.strip() == "```":
            if not language:
                found.append("\n".join(block) + "\n")
            block = None
        elif block is not None:
            block.append(line)
    return found


def examples(path: Path) -> list[str]:
    """The JavaScript examples of a document: its unlabelled blocks that import azcal."""
    return [block for block in unlabelled_blocks(path) if "from 'azcal'" in block and "<html" not in block]


def as_checks(example: str) -> str:
    """An example as a script that checks what it shows: ``expression; // → value`` asserts the value, and
    ``expression; // throws RangeError: message`` the error."""
    lines = ["import assert from 'node:assert/strict';"]
    for line in example.splitlines():
        shows = re.fullmatch(r"(?P<code>.+?);?\s*// → (?P<value>.+)", line)
        throws = re.fullmatch(r"(?P<code>.+?);?\s*// throws (?P<name>\w+): (?P<message>.+)", line)
        if shows:
            line = f"assert.deepEqual({shows['code']}, {shows['value']});"
        elif throws:
            expected = {"name": throws["name"], "message": throws["message"]}
            line = f"assert.throws(() => {throws['code']}, {json.dumps(expected, ensure_ascii=False)});"
        lines.append(line)
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("doc", [DOC, ROOT / "README.md", JS / "README.md"], ids=lambda p: str(p.relative_to(ROOT)))
def test_the_examples_run_and_show_what_they_give(doc: Path, tmp_path: Path) -> None:
    found = examples(doc)
    assert found, f"{doc.name} has no JavaScript examples"
    (tmp_path / "node_modules").mkdir()
    (tmp_path / "node_modules" / "azcal").symlink_to(JS)  # as npm installs it: `from 'azcal'` resolves
    for number, example in enumerate(found):
        assert "// →" in example or "// throws" in example, f"{doc.name}: an example that shows nothing"
        script = tmp_path / f"example-{number}.mjs"
        script.write_text(as_checks(example), encoding="utf-8")
        done = subprocess.run([_tool("node"), str(script)], capture_output=True, text=True, timeout=60)
        assert done.returncode == 0, f"{doc.name}, example {number + 1}:\n{example}\n{done.stderr[-3000:]}"


def test_the_published_package_is_small_and_whole() -> None:
    done = subprocess.run([_tool("npm"), "pack", "--dry-run", "--json"], cwd=JS, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    [packed] = json.loads(done.stdout)
    files = {entry["path"] for entry in packed["files"]}
    assert files == {"package.json", "README.md", "index.js", "index.d.ts", "calendar.js", "dates.js", "data.js"}
    assert packed["size"] <= 100_000, f"the tarball is {packed['size']:,} bytes"


@pytest.mark.slow
def test_the_types_describe_the_package() -> None:
    if not (JS / "node_modules" / "typescript").is_dir():  # a devDependency
        _missing("TypeScript is not installed: run `npm ci --prefix js`")
    done = subprocess.run([_tool("npm"), "run", "--silent", "types"], cwd=JS, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr  # js/check/types.ts: uses compile, misuses do not


# -- in a browser --------------------------------------------------------------------------------------------


def published_files() -> list[str]:
    return list(json.loads((JS / "package.json").read_text("utf-8"))["files"])


@pytest.fixture
def site(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """A local web server on 127.0.0.1 over a folder that holds the published files at /azcal/."""
    folder = tmp_path / "site"
    (folder / "azcal").mkdir(parents=True)
    for name in published_files():
        shutil.copy(JS / name, folder / "azcal" / name)

    class Quiet(SimpleHTTPRequestHandler):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, directory=str(folder), **kwargs)

        def log_message(self, format: str, *args: Any) -> None:
            pass  # the test reads the page, not the server's log

    server = ThreadingHTTPServer(("127.0.0.1", 0), Quiet)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", folder
    finally:
        server.shutdown()
        server.server_close()


def rendered(url: str, folder: Path, zone: str) -> str:
    """The page's DOM once its scripts have run, in headless Chromium on a fresh profile with nothing reaching
    out to the network, on a machine whose time zone is ``zone``."""
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run"]
    flags += ["--disable-background-networking", "--disable-component-update", "--disable-sync"]
    profile = tempfile.mkdtemp(prefix="profile-", dir=folder)
    command = [_tool("chromium"), *flags, f"--user-data-dir={profile}", "--dump-dom", url]
    env = {**os.environ, "TZ": zone}
    done = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False, env=env)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


def test_the_browser_example_answers_in_chromium(site: tuple[str, Path]) -> None:
    url, folder = site
    [page] = [block for block in unlabelled_blocks(DOC) if "<html" in block]
    (folder / "index.html").write_text(page, encoding="utf-8")
    dom = rendered(f"{url}/index.html", folder, "America/New_York")
    assert "2025-01-20 is not a working day in Azerbaijan: Day of National Mourning" in dom, dom[-2000:]


BROWSER_CHECKS = """<!doctype html>
<html><meta charset="utf-8"><script type="importmap">{"imports": {"azcal": "/azcal/index.js"}}</script>
<pre id="out"></pre>
<script type="module">
import { day, forWeek, isWorkday, workdaysBetween } from 'azcal';
const error = (ask) => { try { ask(); return 'no error'; } catch (e) { return e.name; } };
document.querySelector('#out').textContent = JSON.stringify([
  isWorkday('2025-01-20'),
  day(new Date('2025-01-19T20:30:00Z')).date,
  day(new Date('2010-07-01T19:30:00Z')).date,
  day(new Date('2016-07-01T19:30:00Z')).date,
  forWeek(6).isWorkday('2026-03-09'),
  workdaysBetween('2025-01-01', '2026-01-01'),
  error(() => isWorkday('2025-02-30')),
  error(() => isWorkday(20250120)),
]);
</script></html>
"""


@pytest.mark.parametrize("zone", ["Pacific/Kiritimati", "America/Los_Angeles"])
def test_chromium_answers_as_node_whatever_the_machines_time_zone(site: tuple[str, Path], zone: str) -> None:
    url, folder = site
    (folder / "checks.html").write_text(BROWSER_CHECKS, encoding="utf-8")
    dom = rendered(f"{url}/checks.html", folder, zone)
    shown = re.search(r'<pre id="out">(.*?)</pre>', dom)
    assert shown, dom[-2000:]
    # 20:30 UTC is Baku's next day at +4; in the summer of 2010 (+5) so is 19:30, and not in 2016 (+4 all year)
    want = [False, "2025-01-20", "2010-07-02", "2016-07-01", True, 239, "RangeError", "TypeError"]
    assert json.loads(shown[1]) == want
