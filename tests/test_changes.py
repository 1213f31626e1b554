"""What changed: the dates a later act made different days, with their days before and after and the acts,
in the library and the command."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys

import pytest

import azcal
from azcal.cli import main
from conftest import dates


def test_the_june_2025_swap() -> None:
    """The Cabinet's decision of 17 June 2025 (S27) swapped Friday 27 June for Saturday 21 June."""
    found = azcal.changes("2025-06-16", "2025-06-18")
    assert [c.date for c in found] == dates("2025-06-21", "2025-06-27")
    worked, off = found
    assert (worked.before.kind, worked.after.kind) == (azcal.Kind.WEEKEND, azcal.Kind.WORKING_WEEKEND)
    assert (worked.before.hours, worked.after.hours) == (0, 8)
    assert (off.before.is_workday, off.after.is_workday) == (True, False)
    assert [a.adopted for a in worked.acts] == [dt.date(2025, 6, 17)] and worked.acts == off.acts
    assert worked.acts[0].source.startswith("https://")


def test_the_february_2025_swaps_of_march() -> None:
    """The decision of 15 February 2025 (S25): 10 March and 1 April worked, 27 and 28 March off."""
    found = azcal.changes("2025-02-01", "2025-02-20")
    assert [c.date for c in found] == dates("2025-03-10", "2025-03-27", "2025-03-28", "2025-04-01")
    assert [c.after.is_workday for c in found] == [True, False, False, True]
    assert {a.adopted for c in found for a in c.acts} == {dt.date(2025, 2, 15)}


def test_both_sides_of_an_adoption_date() -> None:
    """The act counts from the day it was adopted: not as known the day before, and only once."""
    assert azcal.changes("2025-06-16", "2025-06-16") == []
    assert [c.date for c in azcal.changes("2025-06-16", "2025-06-17")] == dates("2025-06-21", "2025-06-27")
    assert azcal.changes("2025-06-17", "2025-06-18") == []


def test_until_defaults_to_the_data_in_use() -> None:
    since_june = {c.date for c in azcal.changes("2025-06-16")}
    assert set(dates("2025-06-21", "2025-06-27")) <= since_june
    assert not since_june & set(dates("2025-03-10", "2025-03-27"))  # decided before June


def test_each_change_is_a_real_difference() -> None:
    """Every date listed differs in kind, hours, workday or shortened status; every other date does not."""
    before, after = azcal.Calendar(as_of="2025-01-31"), azcal.Calendar()
    listed = {c.date for c in azcal.changes("2025-01-31")}
    for year in (2025, 2026):
        for day in after.year(year):
            was = before.day(day.date)
            differs = (was.kind, was.hours, was.is_workday, was.shortened) != (
                day.kind,
                day.hours,
                day.is_workday,
                day.shortened,
            )
            assert differs == (day.date in listed), day.date


def test_the_six_day_week_has_its_own_changes() -> None:
    """The Ministry's 2026 list (S29) has the six-day week work 9 and 27 March, which the law gives off."""
    six = {c.date for c in azcal.changes("2025-12-10", "2025-12-12", week=6)}
    assert set(dates("2026-03-09", "2026-03-27")) <= six
    assert not set(dates("2026-03-09", "2026-03-27")) & {c.date for c in azcal.changes("2025-12-10", "2025-12-12")}


@pytest.mark.parametrize(
    ("args", "error"),
    [
        (("2025-06-18", "2025-06-16"), r"until \(2025-06-16\) is before since \(2025-06-18\)"),
        (("2025-02-30",), "not a real date"),
        ((20250101,), "expected a date"),
    ],
)
def test_bad_dates_are_refused(args: tuple[object, ...], error: str) -> None:
    with pytest.raises(azcal.AzcalError, match=error):
        azcal.changes(*args)  # type: ignore[arg-type]
    with pytest.raises(azcal.AzcalError, match="week must be 5 or 6"):
        azcal.changes("2025-01-01", week=7)


# -- the command -------------------------------------------------------------------------------------


def test_the_command_lists_the_days_and_the_act(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["changes", "--since", "2025-06-16", "--until", "2025-06-18", "--lang", "en"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert (
        lines[0] == "Days changed between the calendar as known on 2025-06-16 and the calendar as known on 2025-06-18:"
    )
    assert lines[1] == "2025-06-21, Saturday: weekend, 0 h → working day on a weekend, 8 h"
    assert lines[2].startswith("  ") and "(2025-06-17): https://" in lines[2]
    assert lines[3] == "2025-06-27, Friday: working day, 8 h → moved rest day, 0 h"


def test_the_command_as_json_gives_the_day_records(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["changes", "--since", "2025-02-01", "--until", "2025-02-20", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert (report["since"], report["until"], report["week"]) == ("2025-02-01", "2025-02-20", 5)
    assert [c["date"] for c in report["changes"]] == ["2025-03-10", "2025-03-27", "2025-03-28", "2025-04-01"]
    first = report["changes"][0]
    # the same records as azcal day --json, before and after
    assert main(["day", "2025-03-10", "--json", "--as-of", "2025-02-01"]) == 0
    assert first["before"] == json.loads(capsys.readouterr().out)
    assert main(["day", "2025-03-10", "--json", "--as-of", "2025-02-20"]) == 0
    assert first["after"] == json.loads(capsys.readouterr().out)
    assert [a["adopted"] for a in first["acts"]] == ["2025-02-15"]


@pytest.mark.parametrize("lang", azcal.LANGUAGES)
def test_nothing_changed_says_so(capsys: pytest.CaptureFixture[str], lang: str) -> None:
    assert main(["changes", "--since", "2025-06-17", "--until", "2025-06-18", "--lang", lang]) == 0
    out = capsys.readouterr().out.splitlines()
    assert len(out) == 2 and out[1] in ("heç bir gün dəyişməyib", "no day changed", "ни один день не изменился")


@pytest.mark.parametrize(
    "argv",
    [
        ["changes"],  # --since is required
        ["changes", "--since", "yesterday"],
        ["changes", "--since", "2025-06-18", "--until", "2025-06-16"],
        ["changes", "--since", "2025-01-01", "--as-of", "2025-01-01"],  # not an option of changes
    ],
)
def test_command_mistakes(capsys: pytest.CaptureFixture[str], argv: list[str]) -> None:
    assert main(argv) == 2
    out, err = capsys.readouterr()
    assert out == "" and len(err.strip().splitlines()) == 1


def test_as_a_real_process() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "azcal", "changes", "--since", "2025-06-16", "--until", "2025-06-18", "--json"],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0 and [c["date"] for c in json.loads(done.stdout)["changes"]] == [
        "2025-06-21",
        "2025-06-27",
    ]
