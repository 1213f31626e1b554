"""Bad input of every kind gets one clear error, tried as a new user would: through the Python API (an
``AzcalError`` that is also the matching built-in), the command in-process and as a real process (one line
on stderr, exit 2 for usage and 1 for data, no traceback, no partial output), and rules files (every
problem, with its file, entry and line). Fuzzed rules files and dates, and what holds for any good input
at its edges, close the file."""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import azcal
import azcal.output
from azcal import arrays
from azcal.cli import main
from azcal.law.loading import load_rules
from conftest import COMPANY, write

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


# -- dates with a time zone are dates in Baku ----------------------------------------------------------------

SUNDAY_EVENING_UTC = dt.datetime(2025, 6, 22, 20, 30, tzinfo=dt.UTC)  # 00:30 on Monday 23 June in Baku


def test_an_aware_datetime_is_taken_in_baku() -> None:
    assert azcal.day(SUNDAY_EVENING_UTC).date == dt.date(2025, 6, 23)
    assert azcal.is_workday(SUNDAY_EVENING_UTC) is True  # Monday; the Sunday before is a weekend day
    assert azcal.is_workday(SUNDAY_EVENING_UTC.replace(tzinfo=None)) is False  # no zone: already Baku time
    assert azcal.workdays_between(SUNDAY_EVENING_UTC, dt.date(2025, 6, 24)) == 1
    assert azcal.add_workdays(SUNDAY_EVENING_UTC, 0) == dt.date(2025, 6, 23)
    assert azcal.Calendar(as_of=dt.datetime(2024, 12, 31, 21, tzinfo=dt.UTC)).as_of == dt.date(2025, 1, 1)


def test_aware_pandas_timestamps_are_taken_in_baku_in_the_arrays_too() -> None:
    column = pd.Series([pd.Timestamp(SUNDAY_EVENING_UTC), pd.Timestamp("2025-06-22 19:00", tz="UTC")])
    assert arrays.is_workday(column).tolist() == [True, False]  # 00:30 Monday; 23:00 Sunday in Baku
    assert azcal.is_workday(pd.Timestamp(SUNDAY_EVENING_UTC)) is True
    index = pd.DatetimeIndex([SUNDAY_EVENING_UTC])
    assert arrays.is_workday(index).tolist() == [True]


# -- every bad argument raises an AzcalError that is also the built-in ---------------------------------------


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
        (lambda: azcal.is_workday(pd.NaT), azcal.InvalidDateError, "missing value"),
        (lambda: azcal.day(pd.NaT), azcal.InvalidDateError, "missing value"),
        (lambda: azcal.workdays_between(pd.NaT, "2025-01-01"), azcal.InvalidDateError, "missing value"),
        (
            lambda: arrays.is_workday(np.array([dt.date(2025, 1, 1), pd.NaT], dtype=object)),
            azcal.InvalidDateError,
            "missing",
        ),
        (lambda: arrays.is_workday(pd.Series([pd.Timestamp("2025-01-01"), pd.NaT])), azcal.InvalidDateError, "NaT"),
        (lambda: arrays.workdays_between(["2025-01-01"] * 2, ["2025-02-01"] * 3), azcal.InvalidArgumentError, "shapes"),
        (lambda: arrays.add_workdays(["2025-01-01"] * 2, [1, 2, 3]), azcal.InvalidArgumentError, "shapes"),
        (
            lambda: arrays.add_workdays(["2025-01-02"], np.array([2**64 - 1], dtype=np.uint64)),
            azcal.YearOutOfRangeError,
            "after 2100",
        ),
        (lambda: azcal.Calendar.with_rules(None), azcal.ArgumentTypeError, "NoneType"),  # type: ignore[arg-type]
        (lambda: azcal.Calendar.with_rules(123), azcal.ArgumentTypeError, "int"),  # type: ignore[arg-type]
        (lambda: azcal.Calendar.with_rules(b"x.toml"), azcal.ArgumentTypeError, "bytes"),  # type: ignore[arg-type]
        (lambda: azcal.Calendar(rules=b"x.toml"), azcal.ArgumentTypeError, "bytes"),  # type: ignore[arg-type]
        (lambda: azcal.to_ics(2025, include=5), azcal.ArgumentTypeError, "include"),  # type: ignore[arg-type]
        (lambda: azcal.to_ics(2025, include=[5]), azcal.InvalidArgumentError, "kind of event"),  # type: ignore[list-item]
        (
            lambda: azcal.to_ics(2025, stamp=dt.datetime(1, 1, 1, tzinfo=dt.timezone(dt.timedelta(hours=4)))),
            azcal.InvalidArgumentError,
            "out of range",
        ),
        (lambda: azcal.is_workday(dt.datetime(9999, 12, 31, 23, tzinfo=dt.UTC)), azcal.YearOutOfRangeError, "Baku"),
        (lambda: azcal.leave_end("2100-12-01", 1000), azcal.YearOutOfRangeError, "1000 days"),
        (lambda: azcal.leave_end("2100-12-31", 1), azcal.YearOutOfRangeError, "a leave of 1 day from"),
    ],
)
def test_bad_arguments_raise_one_named_error(call: object, error: type[Exception], words: str) -> None:
    with pytest.raises(error, match=words) as caught:
        call()  # type: ignore[operator]
    assert isinstance(caught.value, azcal.AzcalError)
    assert isinstance(caught.value, ValueError | TypeError)  # also what a caller catching built-ins expects


class _TwoDaysAhead(dt.tzinfo):
    def utcoffset(self, when: dt.datetime | None) -> dt.timedelta:
        return dt.timedelta(days=2)  # no real zone is this far ahead; datetime refuses it


class _NoOffset(dt.tzinfo):
    def utcoffset(self, when: dt.datetime | None) -> dt.timedelta:
        return "noon"  # type: ignore[return-value]


@pytest.mark.parametrize(
    ("call", "error"),
    [
        (lambda: azcal.is_workday(dt.datetime(2025, 1, 1, tzinfo=_TwoDaysAhead())), azcal.InvalidDateError),
        (lambda: azcal.day(dt.datetime(2025, 1, 1, tzinfo=_NoOffset())), azcal.InvalidDateError),
        (lambda: arrays.is_workday([["2025-01-01"], ["2025-01-01", "2025-01-02"]]), azcal.DateTypeError),
        (lambda: arrays.is_workday(np.array([2**62], dtype="datetime64[as]")), azcal.YearOutOfRangeError),
        (
            lambda: arrays.workdays_between(
                np.ma.array(np.array(["2025-03-04", "2025-03-10"], dtype="datetime64[D]"), mask=[True, False]),
                "2025-03-11",
            ),
            azcal.InvalidDateError,
        ),
        (lambda: azcal.output.write_file("x.ics", "text"), azcal.ArgumentTypeError),  # type: ignore[arg-type]
        (lambda: azcal.output.write_file("a\0b.ics", b""), azcal.OutputError),
    ],
)
def test_odd_values_raise_azcal_errors(call: object, error: type[Exception]) -> None:
    with pytest.raises(error):
        call()  # type: ignore[operator]


def test_one_rules_file_may_be_given_as_a_name(tmp_path: Path) -> None:
    path = write(tmp_path, COMPANY)
    one = azcal.Calendar(rules=str(path))  # read as one file, not letter by letter
    assert one.rule_files == (str(path),) and one.is_workday("2025-04-04") is False
    assert azcal.Calendar(rules=path).rule_files == (str(path),)


# -- the command ---------------------------------------------------------------------------------------------


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


@pytest.mark.parametrize(
    ("argv", "words"),
    [
        (["2_025"], "not a year"),
        (["٢٠٢٥"], "not a year"),
        (["norms", "2026", "--week-hours", "4_0"], "argument --week-hours: not a whole number"),
        (["norms", "2026", "--week-hours", "٤٠"], "argument --week-hours: not a whole number"),
        (["ics", "2025-"], "not a year or a range"),
        (["ics", "-2025"], "not a year or a range"),
        (["add", "2025-01-01", "1_0"], "not a whole number"),
        (["day", "2025-01-01", "--as-of", "garbage"], "argument --as-of"),
        (["leave", "2026-01-01", "٣"], "not a whole number"),
    ],
)
def test_numbers_on_the_command_line_are_ascii_digits(
    argv: list[str], words: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(argv) == 2
    out, err = capsys.readouterr()
    assert out == "" and words in err and len(err.strip().splitlines()) == 1


def test_a_real_process_shows_one_line_and_no_traceback(tmp_path: Path) -> None:
    bad = write(tmp_path, SEVERAL_PROBLEMS)
    for module, argv, status in (
        ("azcal", ["day", "2025-02-30"], 2),
        ("azcal", ["2_025"], 2),
        ("azcal", ["day", "2025-01-01", "--as-of", "garbage"], 2),
        ("azcal.cli", ["day", "2025-01-01", "--rules", str(bad), "--json"], 1),  # the command's own module too
    ):
        done = subprocess.run([sys.executable, "-m", module, *argv], capture_output=True, text=True, timeout=60)
        assert done.returncode == status and done.stdout == ""
        assert "Traceback" not in done.stderr and len(done.stderr.strip().splitlines()) == 1
    assert json.loads(done.stderr)["status"] == 1


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


def test_a_key_that_would_act_on_a_terminal_is_shown_escaped(tmp_path: Path) -> None:
    path = write(tmp_path, '[holiday."x\\u001b[31mRED"]\ncategory = "day_off"\n')
    done = subprocess.run([sys.executable, "-m", "azcal", "check", str(path)], capture_output=True, timeout=60)
    assert done.returncode == 1 and b"\x1b" not in done.stdout and b"\\x1b[31mRED" in done.stdout


def test_a_broken_pipe_keeps_the_status_of_check() -> None:
    read, written = os.pipe()
    os.close(read)
    try:
        done = subprocess.run([sys.executable, "-m", "azcal", "check", "/nonexistent.toml"], stdout=written, timeout=60)
    finally:
        os.close(written)
    assert done.returncode == 1


@pytest.mark.parametrize("redirect", [">&-", "> /dev/full"])
def test_help_that_cannot_be_written_says_so(redirect: str) -> None:
    done = subprocess.run(["sh", "-c", f"exec {sys.executable} -m azcal -h {redirect}"], capture_output=True)
    assert done.returncode == 1 and "cannot write the output" in done.stderr.decode()


def test_a_file_name_that_is_not_utf8_is_shown_escaped(tmp_path: Path) -> None:
    name = os.fsencode(tmp_path) + b"/\xff.toml"
    for argv, env in ((["check", "--json"], {}), (["check"], {"PYTHONIOENCODING": "utf-8"})):
        done = subprocess.run(
            [os.fsencode(sys.executable), b"-m", b"azcal", *(a.encode() for a in argv), name],
            capture_output=True,
            env={**os.environ, **env},
            timeout=60,
        )
        assert done.returncode == 1 and done.stderr == b"" and b"\\xff.toml" in done.stdout
        if "--json" in argv:
            assert json.loads(done.stdout)[0]["ok"] is False


def test_a_text_only_standard_output_takes_text_files(monkeypatch: pytest.MonkeyPatch) -> None:
    out = io.StringIO()
    monkeypatch.setattr(sys, "stdout", out)
    assert main(["ics", "2025"]) == 0 and out.getvalue().startswith("BEGIN:VCALENDAR")
    assert main(["export", "2025", "--format", "xlsx"]) == 1  # a workbook is no text


# -- rules files ---------------------------------------------------------------------------------------------


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


DECISION = """[[decision]]
id = "order-1"
adopted = 2025-01-01
title = "Order 1"
source = "https://intranet.example/1"
rest_days = [{ date = 2025-09-15, names = { az = "Şirkət günü", en = "Company day", ru = "День компании" } }]
"""


def problems(path: Path | str) -> list[str]:
    return [str(error) for error in azcal.check_rules(path)]


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom", "/dev/null"])
def test_a_device_is_not_read_as_a_rules_file(device: str) -> None:
    (problem,) = problems(device)
    assert "not a regular file" in problem
    with pytest.raises(azcal.RulesError, match="not a regular file"):
        azcal.Calendar.with_rules(device)


def test_a_named_pipe_is_refused_without_waiting_for_a_writer(tmp_path: Path) -> None:
    pipe = tmp_path / "rules.toml"
    os.mkfifo(pipe)
    found: list[list[str]] = []
    checking = threading.Thread(target=lambda: found.append(problems(pipe)), daemon=True)
    checking.start()
    checking.join(timeout=10)
    assert not checking.is_alive(), "azcal check waited on a pipe"
    assert "not a regular file" in found[0][0]


def test_a_folder_is_refused(tmp_path: Path) -> None:
    assert "not a regular file" in problems(tmp_path)[0]


def test_a_file_too_large_is_refused_before_it_is_parsed(tmp_path: Path) -> None:
    path = tmp_path / "big.toml"
    with path.open("wb") as file:
        file.truncate(16 * 2**20 + 1)
    (problem,) = problems(path)
    assert "larger than 16 MiB" in problem


@pytest.mark.parametrize("nested", ["x = " + "[" * 500 + "]" * 500, "x = " + "{ a = " * 500 + "1" + " }" * 500])
def test_deep_nesting_is_one_clear_error(tmp_path: Path, nested: str) -> None:
    (problem,) = problems(write(tmp_path, nested + "\n"))
    assert "nested too deeply" in problem


def test_a_byte_order_mark_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "bom.toml"
    path.write_bytes("\ufeff".encode() + DECISION.encode("utf-8"))
    assert problems(path) == []
    assert azcal.Calendar.with_rules(path).day("2025-09-15").kind is azcal.Kind.REST_DAY


@pytest.mark.parametrize(
    ("name", "position", "what"),
    [
        ("Company\x1b[31m day", 8, "the control character U+001B"),
        ("Company\x00day", 8, "the control character U+0000"),
        ("Company\rday", 8, "the control character U+000D"),
        ("\u202eyad", 1, "the invisible format character U+202E (RIGHT-TO-LEFT OVERRIDE)"),
    ],
)
def test_control_characters_in_names_are_refused_with_their_position(
    tmp_path: Path, name: str, position: int, what: str
) -> None:
    text = DECISION.replace('en = "Company day"', f"en = {json.dumps(name)}")  # TOML reads JSON's \\u escapes
    (problem,) = problems(write(tmp_path, text))
    assert f"'names' (en) holds {what} at position {position}" in problem


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (DECISION.replace('id = "order-1"', 'id = "order-1\\n"'), "an id is letters"),
        (
            "[holiday.office_day]\ncategory = 'day_off'\nnames = { az = 'a', en = 'b', ru = 'c' }\nbasis = 'b'\n"
            "source = 's'\n[[holiday.office_day.rule]]\nyears = [2020]\ndates = ['09-15\\n']\n",
            'must be a "MM-DD" string',
        ),
        (
            "[holiday.office_day]\ncategory = 'day_off'\nnames = { az = 'a', en = 'b', ru = 'c' }\nbasis = 'b'\n"
            "source = 's'\n[[holiday.office_day.rule]]\nyears = [2020]\ndates = ['٠٩-١٥']\n",
            'must be a "MM-DD" string',
        ),
        (DECISION.replace("2025-09-15", '"٢٠٢٥-٠٩-١٥"'), "YYYY-MM-DD"),
    ],
)
def test_keys_ids_and_dates_match_in_full_and_in_ascii_digits(tmp_path: Path, text: str, words: str) -> None:
    assert any(words in problem for problem in problems(write(tmp_path, text)))


def test_check_lists_every_problem_of_an_entry_through_the_command(tmp_path: Path) -> None:
    text = DECISION.replace('title = "Order 1"\n', "").replace("adopted = 2025-01-01", 'adopted = "2025-13-01"')
    path = write(tmp_path, text)
    done = subprocess.run([sys.executable, "-m", "azcal", "check", str(path)], capture_output=True, text=True)
    assert done.returncode == 1 and done.stderr == ""
    lines = done.stdout.splitlines()
    assert len(lines) == 2 and all(line.startswith(f"{path}:1: decision 'order-1'") for line in lines)
    assert "missing required field 'title'" in done.stdout and "2025-13-01" in done.stdout


def test_one_mistake_is_one_line_and_every_mistake_of_a_part_is_listed(tmp_path: Path) -> None:
    text = """[holiday.co]
category = 5
names = "x"
basis = "b"
source = "s"
[[holiday.co.rule]]
years = [2020]
dates = ["09-15"]
[[holiday.co.rule]]
years = [2022]
dates = ["09-16"]

[[decision]]
id = "empty"
adopted = 2025-01-01
title = "t"
source = "s"
note = \"\"\"
[[decision]]
\"\"\"
swaps = []

[[decision]]
id = "parts"
adopted = 2025-01-01
title = "t"
source = "s"
swaps = [{ rest = "bad", work = "2025-99-01", extra = 1 }]
rest_days = [{ date = "nope", names = 5 }]
"""
    lines = text.splitlines()
    found = [(e.entry, e.line, e.reason) for e in azcal.check_rules(write(tmp_path, text))]
    holiday = [f for f in found if f[0] == "[holiday.co]"]
    assert [reason.split(" must")[0] for _, _, reason in holiday] == ["field 'category'", "field 'names'"]  # once each
    empty = lines.index('id = "empty"')  # the [[decision]] line; the one inside the note is text
    assert ("decision 'empty'", empty) == found[2][:2] and "changes no day" in found[2][2]
    parts = [f for f in found if f[0].startswith("decision 'parts'")]
    assert len(parts) == 5 and {line for _, line, _ in parts} == {lines.index('id = "parts"')}


def test_a_problem_keeps_no_traceback_alive(tmp_path: Path) -> None:
    errors = azcal.check_rules(write(tmp_path, "[[decision]]\n" * 50))
    assert len(errors) == 50 * 5 and all(
        error.__traceback__ is None for error in errors
    )  # id, adopted, title, source, days


# -- fuzzing -------------------------------------------------------------------------------------------------


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


# -- good input, at its edges --------------------------------------------------------------------------------


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
