"""azcal beside its peers, on the same work in one run: prints a Markdown table of timings and ratios.

    python benchmarks/run.py            # 1 000 000 dates, as in docs/performance.md
    python benchmarks/run.py --quick    # 100 000 dates, for a quick look

Peers: the ``holidays`` package (``holidays.AZ``) and numpy's business-day functions with a
``busdaycalendar`` holding azcal's weekday days off (numpy has no way to say a Saturday is worked,
so it is wrong on every working weekend day; the table counts how often). Floors: what the same
answer costs with nothing around it (a bare lookup in a list, a bisect, a numpy gather), and
``python -c pass`` for a new process.
Needs the numpy extra: ``pip install ".[numpy]"``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import subprocess
import sys
import tempfile
import time
from bisect import bisect_left
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import holidays
import numpy as np

import azcal
from azcal import arrays

FIRST, LAST = dt.date(1990, 1, 1), dt.date(2100, 12, 31)
YEARS = range(FIRST.year, LAST.year + 1)

rows: list[tuple[str, str, str, str]] = []


def best(func: Callable[[], Any], repeat: int = 5) -> float:
    """The fastest of ``repeat`` runs, in seconds: the least disturbed by the rest of the machine."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return min(times)


def per_call(func: Callable[[], Any], calls: int, repeat: int = 5) -> float:
    return best(func, repeat) / calls


def fmt(seconds: float) -> str:
    for unit, scale in (("s", 1), ("ms", 1e-3), ("µs", 1e-6), ("ns", 1e-9)):
        if seconds >= scale:
            return f"{seconds / scale:.3g} {unit}"
    return f"{seconds / 1e-9:.3g} ns"


def row(task: str, ours: float, peer_name: str, peer: float, note: str = "") -> None:
    ratio = peer / ours
    text = f"{ratio:.3g}× faster" if ratio >= 1 else f"{1 / ratio:.3g}× slower"
    rows.append((task, fmt(ours), f"{peer_name}: {fmt(peer)}", text + (f"; {note}" if note else "")))


def floor_row(task: str, ours: float, floor_name: str, floor: float, note: str = "") -> None:
    """azcal beside the bare cost of the same answer: how many times that floor it takes."""
    text = f"{ours / floor:.3g}× the floor" + (f"; {note}" if note else "")
    rows.append((task, fmt(ours), f"{floor_name}: {fmt(floor)}", text))


def random_dates(count: int, seed: int = 1990) -> np.ndarray:
    rng = np.random.default_rng(seed)
    span = (LAST - FIRST).days + 1
    return np.datetime64(FIRST) + rng.integers(0, span, count).astype("timedelta64[D]")


def numpy_calendar(cal: azcal.Calendar) -> np.busdaycalendar:
    """The best numpy can do: azcal's weekday days off as holidays, Saturday and Sunday always off."""
    days_off = [d.date for y in YEARS for d in cal.year(y).non_working_days() if d.date.weekday() < 5]
    return np.busdaycalendar(weekmask="1111100", holidays=days_off)


def bench_build(company: str) -> None:
    """A calendar of another definition, compiled: each repetition a new definition (one calendar is kept
    per definition, so asking for the same one again would measure a lookup)."""
    peer = best(lambda: holidays.AZ(years=YEARS), repeat=5)
    as_of = iter(dt.date(2023, 12, 31) - dt.timedelta(days=n) for n in range(100))
    ours = best(lambda: azcal.Calendar(as_of=next(as_of)), repeat=5)
    row("a calendar as of a date (2023), 1990-2100", ours, "holidays.AZ(years=1990-2100)", peer)
    six = iter(dt.date(2022, 6, 30) - dt.timedelta(days=n) for n in range(100))
    ours = best(lambda: azcal.Calendar(as_of=next(six), week=6), repeat=5)
    row("a six-day-week calendar as of a date (2022)", ours, "holidays.AZ(years=1990-2100)", peer)
    early = iter(dt.date(2005, 6, 30) - dt.timedelta(days=n) for n in range(100))
    ours = best(lambda: azcal.Calendar(as_of=next(early)), repeat=5)
    row("a calendar as of 2005 (twenty years of decisions left out)", ours, "holidays.AZ(years=1990-2100)", peer)
    text = Path(company).read_text("utf-8")
    with tempfile.TemporaryDirectory() as folder:
        files = []
        for n in range(5):  # the same rules, each file a new definition
            files.append(Path(folder) / f"company-{n}.toml")
            files[-1].write_text(f"# copy {n}\n{text}", "utf-8")
        made = iter(files)
        ours = best(lambda: azcal.Calendar.with_rules(next(made)), repeat=5)
    row("a calendar with a company's rules file", ours, "holidays.AZ(years=1990-2100)", peer)


def bench_day(cal: azcal.Calendar, hol: Any, dates: list[dt.date]) -> None:
    peer = per_call(lambda: list(map(hol.get, dates)), len(dates))
    ours = per_call(lambda: list(map(cal.day, dates)), len(dates))
    row("day(date) on random dates, results kept, per date", ours, "holidays.AZ.get", peer)
    module = per_call(lambda: [azcal.day(d) for d in dates], len(dates))
    row("[azcal.day(d) for d in dates] (module level), per date", module, "holidays.AZ.get", peer)


def bench_strings(cal: azcal.Calendar, hol: Any, dates: list[dt.date]) -> None:
    texts = [d.isoformat() for d in dates[:200_000]]
    ours = per_call(lambda: [azcal.is_workday(t) for t in texts], len(texts))
    peer = per_call(lambda: [hol.is_working_day(t) for t in texts], len(texts), repeat=3)
    row("azcal.is_workday('YYYY-MM-DD'), per string", ours, "holidays is_working_day on the string", peer)


def bench_scalar_is_workday(cal: azcal.Calendar, hol: Any, dates: list[dt.date]) -> None:
    ours = per_call(lambda: list(map(cal.is_workday, dates)), len(dates))
    peer = per_call(lambda: list(map(hol.is_working_day, dates)), len(dates), repeat=3)
    differ = sum(a != b for a, b in zip(map(cal.is_workday, dates), map(hol.is_working_day, dates), strict=True))
    row("scalar is_workday, per date", ours, "holidays is_working_day", peer, f"{differ} answers differ")
    module = per_call(lambda: list(map(azcal.is_workday, dates)), len(dates))
    row("scalar azcal.is_workday (module level), per date", module, "holidays is_working_day", peer)


def bench_count(cal: azcal.Calendar, hol: Any, busdays: np.busdaycalendar) -> None:
    ours = per_call(lambda: [cal.workdays_between(FIRST, LAST) for _ in range(1000)], 1000)
    peer = per_call(lambda: hol.get_working_days_count(FIRST, LAST), 1, repeat=3)
    row("workdays_between over 1990-2100", ours, "holidays get_working_days_count", peer)
    numpy_time = per_call(lambda: [np.busday_count(FIRST, LAST, busdaycal=busdays) for _ in range(100)], 100)
    wrong = int(np.busday_count(FIRST, LAST, busdaycal=busdays)) - cal.workdays_between(FIRST, LAST)
    row("workdays_between over 1990-2100", ours, "numpy.busday_count", numpy_time, f"numpy is off by {wrong}")


def bench_array_floors(cal: azcal.Calendar, dates: np.ndarray) -> None:
    """The array queries beside numpy doing the same lookups on ready-made tables, with no checks."""
    codes = np.frombuffer(cal.compiled.codes, dtype=np.uint8)
    prefix = np.frombuffer(cal.compiled.workdays_before, dtype=np.uint16).astype(np.int64)
    is_work = (codes & 1).astype(bool)
    by_rank = np.flatnonzero(is_work)  # the index of the workday of each rank
    index = (dates - np.datetime64(FIRST)).astype(np.int64)
    floor = best(lambda: np.take(is_work, index))
    ours = best(lambda: arrays.is_workday(dates, calendar=cal))
    floor_row(f"array is_workday, {dates.size:,} dates", ours, "numpy.take on a workday table", floor)
    ends = dates[::-1].copy()
    end_index = (ends - np.datetime64(FIRST)).astype(np.int64)
    floor = best(lambda: np.take(prefix, end_index) - np.take(prefix, index))
    ours = best(lambda: arrays.workdays_between(dates, ends, calendar=cal))
    floor_row(f"array workdays_between, {dates.size:,} pairs", ours, "two numpy.take on the prefix counts", floor)
    inner = dates[(dates >= np.datetime64("1993-01-01")) & (dates <= np.datetime64("2097-12-31"))]
    inner = inner[arrays.is_workday(inner, calendar=cal)]  # from workdays: no roll, as the floor does
    steps = np.random.default_rng(7).integers(-500, 500, inner.size)
    inner_index = (inner - np.datetime64(FIRST)).astype(np.int64)

    def rank_table() -> np.ndarray:
        return by_rank[prefix[inner_index] + steps] + np.datetime64(FIRST)

    assert (rank_table() == arrays.add_workdays(inner, steps, calendar=cal)).all()
    floor = best(rank_table)
    ours = best(lambda: arrays.add_workdays(inner, steps, calendar=cal))
    floor_row(f"array add_workdays, {inner.size:,} workdays ±500", ours, "a numpy rank-table lookup", floor)


def bench_arrays(cal: azcal.Calendar, busdays: np.busdaycalendar, dates: np.ndarray) -> None:
    ours = best(lambda: arrays.is_workday(dates, calendar=cal))
    peer = best(lambda: np.is_busday(dates, busdaycal=busdays))
    wrong = int((arrays.is_workday(dates, calendar=cal) != np.is_busday(dates, busdaycal=busdays)).sum())
    row(f"array is_workday, {dates.size:,} dates", ours, "numpy.is_busday", peer, f"numpy wrong on {wrong:,}")
    steps = np.random.default_rng(7).integers(-500, 500, dates.size)
    inner = dates[(dates >= np.datetime64("1993-01-01")) & (dates <= np.datetime64("2097-12-31"))]
    steps = steps[: inner.size]
    ours = best(lambda: arrays.add_workdays(inner, steps, calendar=cal))
    peer = best(lambda: np.busday_offset(inner, steps, roll="following", busdaycal=busdays))
    theirs = np.busday_offset(inner, steps, roll="following", busdaycal=busdays)
    wrong = int((arrays.add_workdays(inner, steps, calendar=cal) != theirs).sum())
    row(f"array add_workdays, {inner.size:,} dates", ours, "numpy.busday_offset", peer, f"numpy wrong on {wrong:,}")


def bench_scalar_floors(cal: azcal.Calendar, dates: list[dt.date]) -> None:
    """workdays_between and add_workdays beside a list of prefix counts read with no checks at all."""
    first = FIRST.toordinal()
    prefix = list(cal.compiled.workdays_before)  # workdays before each date, as a plain list
    workdays = [dt.date.fromordinal(first + i) for i in range(len(prefix) - 1) if prefix[i + 1] > prefix[i]]
    pairs = list(zip(dates[::2], dates[1::2], strict=False))[:100_000]

    def bare_count() -> list[int]:
        return [prefix[b.toordinal() - first] - prefix[a.toordinal() - first] for a, b in pairs]

    assert bare_count() == [cal.workdays_between(a, b) for a, b in pairs]
    floor = per_call(bare_count, len(pairs))
    ours = per_call(lambda: [cal.workdays_between(a, b) for a, b in pairs], len(pairs))
    floor_row("scalar workdays_between, per call", ours, "a bare prefix-list lookup", floor)
    starts = [d for d in dates if dt.date(1991, 1, 1) <= d <= dt.date(2099, 12, 31) and cal.is_workday(d)][:100_000]

    def bare_add() -> list[dt.date]:
        return [workdays[prefix[d.toordinal() - first] + 100] for d in starts]

    def bisected_add() -> list[dt.date]:
        return [
            dt.date.fromordinal(first + bisect_left(prefix, prefix[d.toordinal() - first] + 101) - 1) for d in starts
        ]

    assert bare_add() == bisected_add() == [cal.add_workdays(d, 100) for d in starts]
    ours = per_call(lambda: [cal.add_workdays(d, 100) for d in starts], len(starts))
    floor_row(
        "scalar add_workdays (+100, from a workday), per call",
        ours,
        "a bare rank-list lookup",
        per_call(bare_add, len(starts)),
    )
    floor_row(
        "scalar add_workdays (+100, from a workday), per call",
        ours,
        "a bisect over the prefix list",
        per_call(bisected_add, len(starts)),
    )
    inner = [d for d in dates if dt.date(1990, 1, 2) <= d <= dt.date(2100, 12, 1)][:100_000]

    def bare_next() -> list[dt.date]:
        return [workdays[prefix[d.toordinal() - first + 1]] for d in inner]

    assert bare_next() == [cal.next_workday(d) for d in inner]
    ours = per_call(lambda: [cal.next_workday(d) for d in inner], len(inner))
    floor_row("scalar next_workday, per call", ours, "a bare rank-list lookup", per_call(bare_next, len(inner)))
    shortened = list(cal.compiled.shortened_before)
    hour_pairs = list(zip(inner[::2], inner[1::2], strict=False))

    def bare_hours() -> list[Decimal]:
        return [
            Decimal(
                8 * (prefix[b.toordinal() - first] - prefix[a.toordinal() - first])
                - (shortened[b.toordinal() - first] - shortened[a.toordinal() - first])
            )
            for a, b in hour_pairs
        ]

    assert bare_hours() == [cal.working_hours(a, b) for a, b in hour_pairs]
    ours = per_call(lambda: [cal.working_hours(a, b) for a, b in hour_pairs], len(hour_pairs))
    floor_row(
        "scalar working_hours, per call",
        ours,
        "two bare prefix-list lookups and a Decimal",
        per_call(bare_hours, len(hour_pairs)),
    )


def bench_leave(cal: azcal.Calendar, hol: Any, dates: list[dt.date]) -> None:
    """leave_end beside the same Leave read from ready-made lists, and beside holidays' day-by-day count."""
    from azcal.payroll import Leave

    starts = [d for d in dates if dt.date(1990, 1, 1) <= d <= dt.date(2100, 6, 1)][:50_000]
    answers = [cal.leave_end(d, 21) for d in starts]
    ends = {d: (a.last_day, a.work_resumes, a.not_counted) for d, a in zip(starts, answers, strict=True)}

    def bare() -> list[Leave]:
        return [Leave(d, 21, *ends[d]) for d in starts]

    assert bare() == answers
    ours = per_call(lambda: [cal.leave_end(d, 21) for d in starts], len(starts))
    floor_row(
        "leave_end (21 calendar days), per call",
        ours,
        "the same Leave from ready-made lists",
        per_call(bare, len(starts)),
    )
    one_day = dt.timedelta(days=1)

    def holidays_leave(start: dt.date, days: int) -> dt.date:
        counted, day = 0, start
        while True:
            if day not in hol:
                counted += 1
                if counted == days:
                    return day
            day += one_day

    sample = starts[:5000]
    peer = per_call(lambda: [holidays_leave(d, 21) for d in sample], len(sample), repeat=3)
    row("leave_end (21 calendar days), per call", ours, "holidays: a day-by-day count", peer)


def bench_scalar_add(cal: azcal.Calendar, hol: Any, dates: list[dt.date]) -> None:
    sample = [d for d in dates if dt.date(1993, 1, 1) <= d <= dt.date(2097, 12, 31)][:2000]
    steps = [int(n) for n in np.random.default_rng(3).integers(-500, 500, len(sample))]
    ours = per_call(lambda: [cal.add_workdays(d, n) for d, n in zip(sample, steps, strict=True)], len(sample))
    peer = per_call(lambda: [hol.get_nth_working_day(d, n) for d, n in zip(sample, steps, strict=True)], len(sample), 1)
    row("scalar add_workdays (±500), per call", ours, "holidays get_nth_working_day", peer)


def cold_start(code: str, runs: int = 10) -> float:
    return started([sys.executable, "-c", code], runs)


def started(argv: list[str], runs: int = 10) -> float:
    """The median time of a new process running ``argv`` to its end, after one run that warms the disk
    cache and writes the bytecode (an installed package has its bytecode written when installed)."""
    env = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}
    done = subprocess.run(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    if done.returncode not in (0, 1):  # 1: is-workday's "a day off"; anything else is a failure, not a time
        raise SystemExit(f"{' '.join(argv)} failed: {done.stderr.decode(errors='replace')}")
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def bench_command() -> None:
    """The command as people start it: the installed ``azcal`` script (``python -m azcal`` without one)."""
    script = Path(sys.executable).with_name("azcal")
    azcal_command = [str(script)] if script.exists() else [sys.executable, "-m", "azcal"]
    floor = started([sys.executable, "-c", "pass"], 15)
    for words, what in (
        (["is-workday", "2025-01-20"], "`azcal is-workday 2025-01-20` (the answer is the exit status)"),
        (["day", "2025-01-20"], "`azcal day 2025-01-20` (the day, its basis and source)"),
        (["2025"], "`azcal 2025`, the year view"),
    ):
        floor_row(f"{what}, a new process (median)", started(azcal_command + words, 15), "python -c pass", floor)


def bench_cold_start() -> None:
    floor = cold_start("pass")
    ours = cold_start("import azcal; azcal.is_workday('2025-01-20')")
    floor_row("cold start: a new process, import azcal, one is_workday (median)", ours, "python -c pass", floor)
    first_day = cold_start("import azcal; azcal.day('2025-01-20')")
    floor_row("cold start with one azcal.day (the table of day facts decoded)", first_day, "python -c pass", floor)
    peer = cold_start("import holidays; holidays.AZ().is_working_day('2025-01-20')")
    row("cold start: a new process, import, one query (median)", ours, "the same with holidays", peer)


RULES_ENTRY = """[[decision]]
id = "order-{n}"
adopted = 2020-01-01
title = "A company's own day off"
source = "https://intranet.example/orders/{n}"
rest_days = [{{ date = {date}, names = {{ az = "Şirkət günü", en = "Company day", ru = "День компании" }} }}]
"""


def rules_file(size: int, folder: Path) -> tuple[Path, int]:
    """A valid rules file of about ``size`` bytes: one day off each on as many plain workdays as it takes."""
    plain = (
        d.date
        for y in YEARS
        for d in azcal.year(y)
        if d.kind is azcal.Kind.WORKDAY and not d.reason and not d.shortened
    )
    entries, total = [], 0
    for n, date in enumerate(plain):
        entry = RULES_ENTRY.format(n=n, date=date.isoformat())
        entries.append(entry)
        total += len(entry.encode("utf-8"))
        if total >= size:
            break
    path = folder / f"rules-{size}.toml"
    path.write_text("".join(entries), "utf-8")
    return path, len(entries)


def bench_check() -> list[str]:
    """``azcal check`` on rules files of growing size: the time should grow as the size does."""
    lines = []
    with tempfile.TemporaryDirectory() as folder:
        for size in (100_000, 1_000_000, 4_000_000):
            path, count = rules_file(size, Path(folder))
            assert azcal.check_rules(path) == [], path
            seconds = best(lambda path=path: azcal.check_rules(path), repeat=1 if size > 1_000_000 else 3)
            lines.append(
                f"| {size / 1e6:g} MB, {count:,} decisions | {fmt(seconds)} | {fmt(seconds / (size / 1e6))} per MB |"
            )
    return ["| rules file | azcal check | per MB |", "|---|---|---|", *lines]


def bench_server(requests: int) -> list[str]:
    """The HTTP service on loopback: 32 keep-alive clients ask the isdayoff API and the JSON API."""
    import socket
    from concurrent.futures import ThreadPoolExecutor

    import httpx

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    base = f"http://127.0.0.1:{port}"
    server = subprocess.Popen(
        [sys.executable, "-m", "azcal", "serve", "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        for _ in range(200):
            try:
                httpx.get(base + "/health", timeout=1)
                break
            except httpx.TransportError:
                time.sleep(0.1)
        paths = ["/api/getdata?year=2025&month=03&pre=1", "/20250120", "/v1/day/2026-03-27?lang=en"]
        lines = []
        per_client = requests // 32
        for path in paths:

            def client(n: int, path: str = path) -> list[float]:
                times = []
                with httpx.Client(base_url=base, timeout=60) as session:
                    for _ in range(per_client):
                        start = time.perf_counter()
                        session.get(path).raise_for_status()
                        times.append(time.perf_counter() - start)
                return times

            start = time.perf_counter()
            with ThreadPoolExecutor(max_workers=32) as pool:
                latencies = sorted(t for times in pool.map(client, range(32)) for t in times)
            elapsed = time.perf_counter() - start
            p99 = latencies[int(len(latencies) * 0.99)]
            lines.append(
                f"| `{path}` | {len(latencies):,} | {len(latencies) / elapsed:,.0f} | "
                f"{fmt(statistics.median(latencies))} | {fmt(p99)} |"
            )
    finally:
        server.terminate()
        server.wait(timeout=30)
    header = ["| request | requests | per second | median | p99 |", "|---|---|---|---|---|"]
    return header + lines


MEMORY = """
import tracemalloc
import holidays, azcal
tracemalloc.start()
{work}
now, peak = tracemalloc.get_traced_memory()
print(now, peak)
"""


def memory(work: str) -> tuple[int, int]:
    """Memory held after ``work``, and at its peak, in a new process that has imported holidays and azcal."""
    out = subprocess.run([sys.executable, "-c", MEMORY.format(work=work)], check=True, capture_output=True, text=True)
    now, peak = out.stdout.split()[-2:]
    return int(now), int(peak)


TEN = """azcal.is_workday('2025-01-20')
first = azcal.Calendar(as_of='2022-06-30')
one, _ = tracemalloc.get_traced_memory()
ten = [azcal.Calendar(as_of='2022-06-30') for _ in range(10)]
now, _ = tracemalloc.get_traced_memory()
print(now - one, 0)
raise SystemExit
"""


def bench_memory() -> list[str]:
    arrays_only, _ = memory("azcal.is_workday('2025-01-20')")
    ours, ours_peak = memory("for y in range(1990, 2101):\n    azcal.year(y).breaks()")
    custom, _ = memory("azcal.is_workday('2025-01-20'); cal = azcal.Calendar(as_of='2023-12-31'); cal.year(2024)")
    ten, _ = memory(TEN)
    decoded, _ = memory("azcal.day('2025-01-20')")
    kept, _ = memory("azcal.day('2025-01-20')\nfor y in range(1990, 2101):\n    azcal.day(f'{y}-06-01')")
    peer, peer_peak = memory("h = holidays.AZ(years=range(1990, 2101))")
    return [
        f"- day(): every year's Days kept (one per date of 1990-2100, beyond the decoded table of facts): "
        f"{(kept - decoded) / 1e6:.2f} MB",
        f"- ten more Calendar(as_of='2022-06-30') after the first: {ten / 1e6:.3f} MB",
        f"- azcal, every year of 1990-2100 touched (each year's Days and breaks made, then let go): "
        f"{ours / 1e6:.2f} MB held ({arrays_only / 1e6:.2f} MB of it the compiled file, loaded by the first "
        f"question; the rest its table of day facts, decoded by the first Day, and its workdays by rank, made by "
        f"the first step over them); {ours_peak / 1e6:.2f} MB at peak",
        f"- a second calendar, compiled as of a date: {(custom - arrays_only) / 1e6:.2f} MB more",
        f"- holidays.AZ(years=1990-2100): {peer / 1e6:.2f} MB held; {peer_peak / 1e6:.2f} MB at peak",
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="100 000 dates instead of 1 000 000")
    parser.add_argument("--no-service", action="store_true", help="leave the HTTP service out")
    parser.add_argument("--company", default="docs/examples/company.toml", help="the rules file compiled")
    args = parser.parse_args()
    count = 100_000 if args.quick else 1_000_000

    cal = azcal.Calendar()
    azcal.day(FIRST)  # the table of day facts decoded, as after any first question about a Day
    hol = holidays.AZ(years=YEARS)
    busdays = numpy_calendar(cal)
    dates = random_dates(count)
    date_list = dates.astype(object).tolist()

    bench_cold_start()
    bench_command()
    bench_build(args.company)
    bench_day(cal, hol, date_list)
    bench_scalar_is_workday(cal, hol, date_list)
    bench_strings(cal, hol, date_list)
    bench_scalar_floors(cal, date_list)
    bench_leave(cal, hol, date_list)
    bench_count(cal, hol, busdays)
    bench_array_floors(cal, dates)
    bench_arrays(cal, busdays, dates)
    bench_scalar_add(cal, hol, date_list)
    notes = bench_memory()
    checks = bench_check()
    served = [] if args.no_service else bench_server(3_200 if count < 1_000_000 else 9_600)

    print(f"Python {sys.version.split()[0]}, holidays {holidays.__version__}, numpy {np.__version__}\n")
    print("| task | azcal | peer | azcal vs peer |")
    print("|---|---|---|---|")
    for task, ours, peer, ratio in rows:
        print(f"| {task} | {ours} | {peer} | {ratio} |")
    print("\nMemory (tracemalloc, in a fresh process, beyond what importing holidays and azcal takes):\n")
    print("\n".join(notes))
    print("\nChecking rules files (`azcal check`: read, validate, layer over the official data, compile):\n")
    print("\n".join(checks))
    if served:
        print(
            "\nThe HTTP service (`azcal serve`, one worker), on loopback, 32 keep-alive clients on the same 2 cores:\n"
        )
        print("\n".join(served))


if __name__ == "__main__":
    main()
