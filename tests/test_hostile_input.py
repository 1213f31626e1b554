"""Bad input of every kind gets one clear error: through the Python API (an AzcalError that is also the
matching built-in), the command in-process and as a real process (one line, exit 2 for usage, 1 for
data), and rules files (every problem, with its place). Each case is one the second hostile review found."""

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

import azcal
import azcal.output
from azcal import arrays
from azcal.cli import main
from conftest import COMPANY, write

# -- dates with a time zone are dates in Baku ---------------------------------------------------------------

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


# -- every bad argument raises an AzcalError that is also the built-in ------------------------------------


@pytest.mark.parametrize(
    ("call", "error", "words"),
    [
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
    assert isinstance(caught.value, azcal.AzcalError) and isinstance(caught.value, ValueError | TypeError)


def test_one_rules_file_may_be_given_as_a_name(tmp_path: Path) -> None:
    path = write(tmp_path, COMPANY)
    one = azcal.Calendar(rules=str(path))  # read as one file, not letter by letter
    assert one.rule_files == (str(path),) and one.is_workday("2025-04-04") is False
    assert azcal.Calendar(rules=path).rule_files == (str(path),)


# -- the command -----------------------------------------------------------------------------------------------


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


def test_the_same_mistakes_in_a_real_process() -> None:
    for argv, status in ((["2_025"], 2), (["day", "2025-01-01", "--as-of", "garbage"], 2), (["day", "2025-02-30"], 2)):
        done = subprocess.run([sys.executable, "-m", "azcal", *argv], capture_output=True, text=True, timeout=60)
        assert done.returncode == status and done.stdout == ""
        assert len(done.stderr.strip().splitlines()) == 1 and "Traceback" not in done.stderr


# -- rules files ----------------------------------------------------------------------------------------------

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


# -- found by a second look --------------------------------------------------------------------------------


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


def test_a_key_that_would_act_on_a_terminal_is_shown_escaped(tmp_path: Path) -> None:
    path = write(tmp_path, '[holiday."x\\u001b[31mRED"]\ncategory = "day_off"\n')
    done = subprocess.run([sys.executable, "-m", "azcal", "check", str(path)], capture_output=True, timeout=60)
    assert done.returncode == 1 and b"\x1b" not in done.stdout and b"\\x1b[31mRED" in done.stdout


def test_a_problem_keeps_no_traceback_alive(tmp_path: Path) -> None:
    errors = azcal.check_rules(write(tmp_path, "[[decision]]\n" * 50))
    assert len(errors) == 50 * 5 and all(
        error.__traceback__ is None for error in errors
    )  # id, adopted, title, source, days


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
