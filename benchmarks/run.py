"""azcal beside its peers, on the same work in one run: prints a Markdown table of timings and ratios.

    python benchmarks/run.py            # 1 000 000 dates, as in docs/performance.md
    python benchmarks/run.py --quick    # 100 000 dates, for a quick look

Peers: the ``holidays`` package (``holidays.AZ``) and numpy's business-day functions with a
``busdaycalendar`` holding azcal's weekday days off (numpy has no way to say a Saturday is worked,
so it is wrong on every working weekend day; the table counts how often).
Needs the numpy extra: ``pip install ".[numpy]"``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
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


def random_dates(count: int, seed: int = 1990) -> np.ndarray:
    rng = np.random.default_rng(seed)
    span = (LAST - FIRST).days + 1
    return np.datetime64(FIRST) + rng.integers(0, span, count).astype("timedelta64[D]")


def numpy_calendar(cal: azcal.Calendar) -> np.busdaycalendar:
    """The best numpy can do: azcal's weekday days off as holidays, Saturday and Sunday always off."""
    days_off = [d.date for y in YEARS for d in cal.year(y).non_working_days() if d.date.weekday() < 5]
    return np.busdaycalendar(weekmask="1111100", holidays=days_off)


def bench_build() -> None:
    ours = best(lambda: azcal.Calendar()._compiled.ensure_all(), repeat=3)
    peer = best(lambda: holidays.AZ(years=YEARS), repeat=3)
    row("build the 1990-2100 calendar", ours, "holidays.AZ(years=...)", peer)


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


def bench_scalar_add(cal: azcal.Calendar, hol: Any, dates: list[dt.date]) -> None:
    sample = [d for d in dates if dt.date(1993, 1, 1) <= d <= dt.date(2097, 12, 31)][:2000]
    steps = [int(n) for n in np.random.default_rng(3).integers(-500, 500, len(sample))]
    ours = per_call(lambda: [cal.add_workdays(d, n) for d, n in zip(sample, steps, strict=True)], len(sample))
    peer = per_call(lambda: [hol.get_nth_working_day(d, n) for d, n in zip(sample, steps, strict=True)], len(sample), 1)
    row("scalar add_workdays (±500), per call", ours, "holidays get_nth_working_day", peer)


def cold_start(code: str, runs: int = 10) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def bench_cold_start() -> None:
    ours = cold_start("import azcal; azcal.is_workday('2025-01-20')")
    peer = cold_start("import holidays; holidays.AZ().is_working_day('2025-01-20')")
    row("cold start: a new process, import, one query (median)", ours, "the same with holidays", peer)


MEMORY = """
import tracemalloc, holidays, numpy, azcal
from azcal.rules import official_rules
official_rules(); holidays.AZ(years=2000)  # the data files and the Islamic calendar, loaded once per process
tracemalloc.start()
{work}
now, peak = tracemalloc.get_traced_memory()
print(now, peak)
"""


def memory(work: str) -> tuple[int, int]:
    out = subprocess.run([sys.executable, "-c", MEMORY.format(work=work)], check=True, capture_output=True, text=True)
    now, peak = out.stdout.split()
    return int(now), int(peak)


def bench_memory() -> list[str]:
    ours, ours_peak = memory("cal = azcal.Calendar(); cal._compiled.ensure_all(); cal.is_workday('2025-01-20')")
    arrays_only, _ = memory("cal = azcal.Calendar(); cal._compiled.ensure_all(); cal._compiled._days.clear()")
    peer, peer_peak = memory("h = holidays.AZ(years=range(1990, 2101))")
    return [
        f"- azcal, compiled 1990-2100: {ours / 1e6:.2f} MB held ({arrays_only / 1e6:.2f} MB of it the arrays, "
        f"the rest the Days of the {azcal.compiled.DAYS_KEPT} most recent years); {ours_peak / 1e6:.2f} MB at peak",
        f"- holidays.AZ(years=1990-2100): {peer / 1e6:.2f} MB held; {peer_peak / 1e6:.2f} MB at peak "
        f"({peer / ours:.2g}× azcal)",
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="100 000 dates instead of 1 000 000")
    count = 100_000 if parser.parse_args().quick else 1_000_000

    cal = azcal.official()
    cal._compiled.ensure_all()
    hol = holidays.AZ(years=YEARS)
    busdays = numpy_calendar(cal)
    dates = random_dates(count)
    date_list = dates.astype(object).tolist()

    bench_build()
    bench_scalar_is_workday(cal, hol, date_list)
    bench_count(cal, hol, busdays)
    bench_arrays(cal, busdays, dates)
    bench_scalar_add(cal, hol, date_list)
    bench_cold_start()
    notes = bench_memory()

    print(f"Python {sys.version.split()[0]}, holidays {holidays.__version__}, numpy {np.__version__}\n")
    print("| task | azcal | peer | azcal vs peer |")
    print("|---|---|---|---|")
    for task, ours, peer, ratio in rows:
        print(f"| {task} | {ours} | {peer} | {ratio} |")
    print("\nMemory (tracemalloc, in a fresh process):\n")
    print("\n".join(notes))


if __name__ == "__main__":
    main()
