"""Hostile input, tried as a new user would: through the API, the command and rules files.

Every mistake gets one clear error (an ``AzcalError`` that is also the matching built-in), a command
exit status of 2 for usage and 1 for data, one line on stderr, no traceback and no partial output.
"""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import azcal
from azcal.cli import main
from azcal.law.loading import load_rules
from conftest import COMPANY, write

NAMES = "{ az = 'a', en = 'b', ru = 'c' }"

SEVERAL_PROBLEMS = """\
[[decision]]
id = "a"
adopted = 2025-01-01
title = "t"
swaps = 3

[[decision]]
id = "b"
adopted = "2025-13-01"

[holiday.X]
category = "day_off"

[party]
x = 1
"""


# -- the API ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("call", "error", "words"),
    [
        (lambda: azcal.is_workday("2025-02-30"), azcal.InvalidDateError, "day is out of range"),
        (lambda: azcal.is_workday("2025-13-01"), azcal.InvalidDateError, "month must be in 1..12"),
        (lambda: azcal.is_workday(""), azcal.InvalidDateError, "YYYY-MM-DD"),
        (lambda: azcal.is_workday(None), azcal.DateTypeError, "NoneType"),
        (lambda: azcal.is_workday(20250120), azcal.DateTypeError, "int"),
        (lambda: azcal.is_workday(2025.0), azcal.DateTypeError, "float"),
        (lambda: azcal.is_workday(b"2025-01-20"), azcal.DateTypeError, "bytes"),
        (lambda: azcal.is_workday("1989-12-31"), azcal.YearOutOfRangeError, "1990-01-01 to 2100-12-31"),
        (lambda: azcal.year(2101), azcal.YearOutOfRangeError, "1990-2100"),
        (lambda: azcal.year("2025"), azcal.DateTypeError, "str"),
        (lambda: azcal.year(True), azcal.DateTypeError, "bool"),
        (lambda: azcal.add_workdays("2025-01-02", 2.0), azcal.ArgumentTypeError, "float"),
        (lambda: azcal.add_workdays("2025-01-02", 10**9), azcal.YearOutOfRangeError, "after 2100"),
        (lambda: azcal.add_workdays("2025-01-02", 1, "nearest"), azcal.InvalidArgumentError, "unknown roll"),
        (lambda: azcal.day("2025-01-20").observances[0].name("de"), azcal.InvalidArgumentError, "az, en, ru"),
        (lambda: azcal.Calendar(as_of="soon"), azcal.InvalidDateError, "YYYY-MM-DD"),
        (lambda: azcal.workdays_between("2025-01-01", "2101-01-02"), azcal.YearOutOfRangeError, "2100"),
        (lambda: azcal.leave_end("2025-01-01", -3), azcal.InvalidArgumentError, "at least one"),
    ],
)
def test_api_mistakes_get_one_clear_error(call: object, error: type[Exception], words: str) -> None:
    with pytest.raises(error, match=words) as caught:
        call()  # type: ignore[operator]
    assert isinstance(caught.value, azcal.AzcalError)
    assert isinstance(caught.value, ValueError | TypeError)  # also what a caller catching built-ins expects


# -- rules files ------------------------------------------------------------------------------------


def test_check_lists_every_problem_with_file_entry_and_line(tmp_path: Path) -> None:
    path = write(tmp_path, SEVERAL_PROBLEMS)
    errors = azcal.check_rules(path)
    lines = SEVERAL_PROBLEMS.splitlines()
    found = {(e.entry, e.line, e.reason.split(";")[0]) for e in errors}
    a, b = lines.index('id = "a"'), lines.index('id = "b"')  # each entry's [[decision]] line, 1-based
    assert found == {  # every problem of every entry, not only the first of each
        (None, lines.index("[party]") + 1, "unknown top-level key 'party'"),
        (
            "[holiday.X]",
            lines.index("[holiday.X]") + 1,
            "a holiday key is lower-case letters, digits and '_', starting with a letter",
        ),
        ("[holiday.X]", lines.index("[holiday.X]") + 1, "missing required field 'rule'"),
        ("decision 'a'", a, "missing required field 'source'"),
        ("decision 'a'", a, "field 'swaps' must be a list, got a whole number: 3"),
        ("decision 'b'", b, "field 'adopted': not a real date: '2025-13-01' (month must be in 1..12)"),
        ("decision 'b'", b, "missing required field 'title'"),
        ("decision 'b'", b, "missing required field 'source'"),
        (
            "decision 'b'",
            b,
            "changes no day: give at least one of swaps, holiday_dates, voting, declared_mourning, rest_days, "
            "working_days",
        ),
    }
    assert all(e.file == str(path) for e in errors)
    with pytest.raises(azcal.RulesError):  # and the calendar refuses the file on the first of them
        azcal.Calendar.with_rules(path)


def test_check_finds_what_only_the_official_data_reveals(tmp_path: Path) -> None:
    assert azcal.check_rules(write(tmp_path, COMPANY)) == []
    misfit = COMPANY.replace("work = 2025-04-12", "work = 2025-04-11")  # a Friday cannot be the worked weekend day
    [error] = azcal.check_rules(write(tmp_path, misfit))
    assert "2025-04-11 is not a weekend day" in error.reason and error.entry == "decision 'acme-2025-stocktake'"


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("this is not toml [", "not valid TOML"),
        ("holiday = 3\n", "'holiday' must be tables"),
        ("decision = 'x'\n", "'decision' must be a list"),
        (COMPANY.replace('source = "https://intranet.example/orders/7"\n', ""), "missing required field 'source'"),
        (COMPANY + COMPANY.split("[[decision]]")[1].join(["[[decision]]", ""]), "duplicate id"),
        (COMPANY.replace('dates = ["09-15"]', 'dates = ["09-15"]\nhours = 4'), "unknown field 'hours'"),
        (
            COMPANY.replace(
                "swaps = [", "rest_days = [{ date = 2025-04-04, names = { az = 'a', en = 'b', ru = 'c' } }]\nswaps = ["
            ),
            "2025-04-04",
        ),
    ],
)
def test_malformed_files_are_refused_whole(tmp_path: Path, text: str, words: str) -> None:
    path = write(tmp_path, text)
    with pytest.raises(azcal.RulesError, match=words):
        azcal.Calendar.with_rules(path)
    assert azcal.is_workday("2025-04-04")  # the official calendar is untouched


# -- the command ------------------------------------------------------------------------------------


def test_check_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good, bad = write(tmp_path, COMPANY, "good.toml"), write(tmp_path, SEVERAL_PROBLEMS, "bad.toml")
    assert main(["check", str(good)]) == 0
    assert capsys.readouterr().out == f"{good}: ok\n"
    assert main(["check", str(good), str(bad)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out[0] == f"{good}: ok" and len(out) == 10 and all(line.startswith(f"{bad}:") for line in out[1:])
    assert main(["check", "--json", str(bad)]) == 1
    [report] = json.loads(capsys.readouterr().out)
    assert report["ok"] is False and len(report["errors"]) == 9


@pytest.mark.parametrize(
    ("argv", "status"),
    [
        (["day", "2025-01-20", "extra"], 2),
        (["day", "--as-of"], 2),
        (["day", "2025-01-20", "--as-of", "2025-13-01"], 2),  # a usage error, naming --as-of
        (["add", "2025-01-01", "1e3"], 2),
        (["add", "2025-01-01", "99999999999999999999"], 2),  # past 2100: the count given is wrong
        (["add", "2025-01-01", "--", "-5"], 0),
        (["-5"], 2),
        (["2025", "--lang"], 2),
        (["workdays", "2025-01-01", "۲۰۲۵-۰۱-۰۲"], 2),
        (["day", "2025-01-20", "--rules", "."], 1),
        (["breaks", "0"], 2),
        (["check"], 2),
        (["norms", "2026", "--week-hours", "-40"], 2),
        (["leave", "2026-01-01", "9" * 30], 2),
    ],
)
def test_odd_command_lines(argv: list[str], status: int, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(argv)
    out, err = capsys.readouterr()
    assert code == status
    if status:
        assert out == "" and len(err.strip().splitlines()) == 1 and "Traceback" not in err


def test_a_real_process_shows_no_traceback(tmp_path: Path) -> None:
    bad = write(tmp_path, SEVERAL_PROBLEMS)
    for argv, status in ((["day", "2025-02-30"], 2), (["day", "2025-01-01", "--rules", str(bad), "--json"], 1)):
        done = subprocess.run([sys.executable, "-m", "azcal.cli", *argv], capture_output=True, text=True)
        assert done.returncode == status and done.stdout == ""
        assert "Traceback" not in done.stderr and len(done.stderr.strip().splitlines()) == 1
    assert json.loads(done.stderr)["status"] == 1


# -- fuzzing ----------------------------------------------------------------------------------------


def _mutations() -> st.SearchStrategy[str]:
    """COMPANY with random cuts, insertions and replacements: mostly-valid files that reach deep checks."""
    pieces = st.sampled_from(
        [
            "=",
            "[",
            "]",
            "{",
            "}",
            '"',
            "'",
            ",",
            "\n",
            "2025-02-30",
            "1e9",
            "true",
            "-1",
            "[[decision]]",
            "[holiday.x.rule]",
            "years = [2101]",
            "dates = []",
            "category = 'holiday'",
            "ы",
            "\x00",
        ]
    )
    edit = st.tuples(st.integers(0, len(COMPANY)), st.integers(0, 20), st.text(max_size=8) | pieces)

    @st.composite
    def mutated(draw: st.DrawFn) -> str:
        text = COMPANY
        for at, cut, insert in draw(st.lists(edit, min_size=1, max_size=4)):
            at = min(at, len(text))
            text = text[:at] + insert + text[at + cut :]
        return text

    return mutated()


@pytest.mark.slow
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=300) | st.binary(max_size=300).map(lambda b: b.decode("latin-1")) | _mutations())
def test_fuzz_rules_files_give_a_calendar_or_a_rules_error(tmp_path: Path, text: str) -> None:
    path = tmp_path / "fuzz.toml"
    path.write_bytes(text.encode("utf-8", "surrogatepass"))
    try:
        cal = azcal.Calendar.with_rules(path)
    except azcal.AzcalError:
        assert azcal.check_rules(path), "check_rules must agree that the file is unusable"
        return
    assert azcal.check_rules(path) == []
    assert len(cal.year(2025).days) == 365


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=200))
def test_fuzz_raw_bytes(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "fuzz.toml"
    path.write_bytes(data)
    try:
        load_rules(path)
    except azcal.RulesError as exc:
        assert str(path) in str(exc)


@settings(max_examples=300, deadline=None)
@given(
    st.text(max_size=30)
    | st.from_regex(r"\d{4}-\d{2}-\d{2}", fullmatch=True)
    | st.datetimes(timezones=st.none() | st.timezones())
    | st.dates()
    | st.integers()
    | st.none()
)
def test_fuzz_dates_through_every_query(value: object) -> None:
    for query in (
        azcal.is_workday,
        azcal.day,
        lambda v: azcal.workdays_between(v, "2025-01-01"),
        lambda v: azcal.add_workdays(v, 3),
        lambda v: azcal.leave_end(v, 21),
    ):
        try:
            query(value)  # type: ignore[operator]
        except azcal.AzcalError:
            continue


# -- properties -------------------------------------------------------------------------------------


@settings(max_examples=40, deadline=None)
@given(st.integers(1990, 2100))
def test_a_years_days_off_are_the_days_that_are_not_workdays(year: int) -> None:
    y = azcal.year(year)
    assert [d.date for d in y.non_working_days()] == [d.date for d in y.days if not azcal.is_workday(d.date)]
    for day in y.days:  # exactly one kind, and hours that fit it
        assert isinstance(day.kind, azcal.Kind) and day.is_workday == day.kind.is_workday
        assert day.hours == (0 if not day.is_workday else 7 if day.shortened else 8)


def test_as_of_in_the_far_future_is_the_default_calendar() -> None:
    future, default = azcal.Calendar(as_of="2100-12-31"), azcal.Calendar()
    for year in range(1990, 2101):
        assert future.year(year).days == default.year(year).days
    assert future.data_version == default.data_version


def test_the_same_date_in_any_form_gives_the_same_answer() -> None:
    forms = ["2025-06-21", dt.date(2025, 6, 21), dt.datetime(2025, 6, 21, 23, 59)]
    assert {azcal.is_workday(f) for f in forms} == {True}
