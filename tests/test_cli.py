"""The azcal command, run in-process as its users run it: the views, a date and why, breaks, workday
arithmetic, payroll, files; and its basics, each found missing by trying it as a new user would:
--version, python -m azcal, a month, today, a yes/no for scripts, dates as written here, periods,
numbers for scripts, NO_COLOR=."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

import azcal
from azcal.cli import main
from azcal.dates import baku


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def test_year_view_marks_days_and_lists_them(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "2025", "--lang", "en")
    assert status == 0
    assert "January" in out and "Mo  Tu  We  Th  Fr  Sa  Su" in out  # no colour: room for a mark per day
    assert "20#" in out and "21^" in out and "19'" in out  # mourning, working Saturday, shortened
    assert not re.search(r"[*#v+^'][0-9]", out.split("Legend")[0])  # a mark never touches the next number
    assert "\033[" not in out  # no colour when not on a terminal
    assert "2025: 239 working days, 1903 h" in out


def test_default_is_the_current_year(capsys: pytest.CaptureFixture[str]) -> None:
    import datetime as dt

    status, out, _ = run(capsys)
    assert status == 0 and str(dt.date.today().year) in out.splitlines()[0]


def test_day_says_why(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "day", "2025-01-20", "--lang", "en")
    assert status == 0
    assert "is not a working day" in out and "Day of National Mourning" in out
    assert "Labor Code Art. 106" in out and "Never transferred" in out


def test_day_json(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "day", "2026-03-27", "--json", "--lang", "en")
    data = json.loads(out)
    assert status == 0
    assert data["kind"] == "rest_day" and data["reason"]["rule"] == "bayram_transfer"
    assert data["reason"]["holiday"] == "ramazan_bayrami" and data["reason"]["stands_for"] == "2026-03-21"


def test_breaks_workdays_add(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "breaks", "2025", "--lang", "en")
    assert "2025-03-20 – 2025-03-31  12 days" in out
    _, out, _ = run(capsys, "workdays", "2025-01-01", "2026-01-01")
    assert out.strip() == "239"
    _, out, _ = run(capsys, "add", "2025-03-19", "1")
    assert out.strip() == "2025-04-01"
    _, out, _ = run(capsys, "add", "2025-01-19", "0", "--roll", "preceding", "--json")
    assert json.loads(out)["result"] == "2025-01-17"
    _, out, _ = run(capsys, "breaks", "2026", "--json")
    novruz = json.loads(out)[3]  # the last day inclusive; the end exclusive, as every end
    assert (novruz["start"], novruz["last_day"], novruz["end"], novruz["length"]) == (
        "2026-03-20",
        "2026-03-30",
        "2026-03-31",
        11,
    )


@pytest.mark.parametrize(
    ("argv", "status", "words"),
    [
        (["day", "2025-02-30"], 2, "not a real date"),
        (["day"], 2, "required"),
        (["1800"], 2, "1990-2100"),
        (["year", "abc"], 2, "not a year"),
        (["add", "2025-01-01", "x"], 2, "not a whole number"),
        (["day", "2025-01-01", "--lang", "de"], 2, "invalid choice"),
        (["frobnicate"], 2, "unknown command: 'frobnicate'"),
        (["add", "2100-12-30", "10"], 2, "after 2100"),  # out of range: the question, not the data
        (["day", "2025-01-01", "--rules", "/nonexistent.toml"], 1, "cannot read"),
        (["day", "2025-01-01", "--as-of", "yesterday"], 2, "argument --as-of: not a date in the form YYYY-MM-DD"),
    ],
)
def test_mistakes_get_one_line_and_an_exit_status(
    capsys: pytest.CaptureFixture[str], argv: list[str], status: int, words: str
) -> None:
    code, out, err = run(capsys, *argv)
    assert code == status and out == ""
    assert words in err and len(err.strip().splitlines()) == 1 and "Traceback" not in err


def test_json_errors_are_json(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text("[[decision]]\nid = 'x'\n", encoding="utf-8")
    code, _, err = run(capsys, "day", "2025-01-01", "--json", "--rules", str(bad))
    assert code == 1 and json.loads(err)["error"].startswith(str(bad))


def test_norms_table(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "norms", "2026", "--lang", "en")
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "Production calendar 2026: 40-hour week"
    assert lines[-1].split() == ["Year", "365", "124", "241", "6", "1922"]  # S29: 241 days, 1922 hours
    assert next(line for line in lines if line.startswith("March")).split() == ["March", "31", "17", "14", "1", "111"]
    assert sum(line.startswith("Q") for line in lines) == 4


def test_norms_reduced_week_and_as_of(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "norms", "2026", "--week-hours", "36", "--lang", "az")
    assert out.splitlines()[-1].split() == ["İl", "365", "124", "241", "0", "1735,2"]
    _, out, _ = run(capsys, "norms", "2025", "--as-of", "2024-12-31", "--json")
    data = json.loads(out)
    assert (data["year_total"]["workdays"], data["year_total"]["hours"]) == (239, 1903)  # S23, S24
    assert data["months"][2]["hours"] == 110  # S26
    _, out, _ = run(capsys, "norms", "2026", "--week-hours", "24", "--json")
    assert json.loads(out)["year_total"]["hours"] == 1156.8


def test_hours_and_leave(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "hours", "2026-01-01", "2026-02-01")[1] == "151\n"
    _, out, _ = run(capsys, "hours", "2026-01-01", "2026-02-01", "--week-hours", "24", "--json")
    assert json.loads(out) == {
        "week": 5,
        "start": "2026-01-01",
        "end": "2026-02-01",
        "week_hours": 24,
        "workdays": 19,
        "hours": 91.2,
    }
    _, out, _ = run(capsys, "leave", "2026-03-16", "21", "--lang", "en")
    assert out.splitlines()[:2] == ["Last day of leave: 2026-04-10, Friday", "Back to work: 2026-04-13, Monday"]
    assert "2026-03-20  Novruz, Eid al-Fitr (Ramazan Bayram)" in out
    _, out, _ = run(capsys, "leave", "2026-01-10", "21", "--json")
    data = json.loads(out)
    assert (data["last_day"], data["work_resumes"]) == ("2026-01-31", "2026-02-02")
    assert [d["date"] for d in data["not_counted"]] == ["2026-01-20"]


def test_day_shows_the_anniversary(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "day", "2025-01-20", "--lang", "en")
    assert "Day of National Mourning — 35th anniversary of 20 January 1990" in out
    _, out, _ = run(capsys, "day", "2025-01-20", "--json")
    assert json.loads(out)["observances"][0]["anniversary"] == 35


@pytest.mark.parametrize(
    ("argv", "status", "words"),
    [
        (["norms", "2026", "--week-hours", "30"], 2, "invalid choice: 30"),
        (
            ["norms", "2026", "--week-hours", "forty"],
            2,
            "argument --week-hours: not a whole number: 'forty'",
        ),
        (["norms", "2101"], 2, "outside the supported range"),
        (["leave", "2026-03-16", "0"], 2, "at least 1"),
        (["leave", "2026-03-16", "three"], 2, "not a whole number"),
        (["leave", "2100-12-01", "40"], 2, "after 2100-12-31"),
        (["hours", "2026-01-01"], 2, "needs its END"),
    ],
)
def test_payroll_mistakes(capsys: pytest.CaptureFixture[str], argv: list[str], status: int, words: str) -> None:
    code, out, err = run(capsys, *argv)
    assert code == status and out == ""
    assert words in err and len(err.strip().splitlines()) == 1


def test_ics_command(tmp_path: Path, capfdbinary: pytest.CaptureFixture[bytes]) -> None:
    target = tmp_path / "az-2025.ics"
    target.write_bytes(b"the old file")
    assert main(["ics", "2025", "--lang", "en", "-o", str(target)]) == 0
    data = target.read_bytes()
    assert data.startswith(b"BEGIN:VCALENDAR\r\n") and data.endswith(b"END:VCALENDAR\r\n")
    assert b"UID:20250621-working-day-en@azcal" in data and b"UID:20250120-national_mourning_day-en@azcal" in data
    assert [p.name for p in tmp_path.iterdir()] == ["az-2025.ics"]  # no temporary file left behind
    assert main(["ics", "2024-2026", "--include", "mourning", "--group", "run"]) == 0
    out = capfdbinary.readouterr().out
    assert out.count(b"BEGIN:VEVENT") == 3  # 20 January of each year


@pytest.mark.parametrize(
    ("argv", "status", "words"),
    [
        (["ics", "2027-2025"], 2, "runs forward"),
        (["ics", "2025-20x"], 2, "not a year or a range of years"),
        (["ics", "2101"], 2, "outside the supported range"),
        (["ics", "2025", "--include", "birthdays"], 2, "unknown kind of event"),
        (["ics", "2025", "-o", "/nonexistent/folder/az.ics"], 1, "cannot write"),
    ],
)
def test_ics_mistakes(capsys: pytest.CaptureFixture[str], argv: list[str], status: int, words: str) -> None:
    code, out, err = run(capsys, *argv)
    assert code == status and out == ""
    assert words in err and len(err.strip().splitlines()) == 1


# -- the basics ------------------------------------------------------------------------------------


def test_version_names_the_code_and_the_data(capsys: pytest.CaptureFixture[str]) -> None:
    version = f"azcal {azcal.__version__} (data {azcal.DATA_VERSION}, from the packaged data)\n"
    assert run(capsys, "--version") == (0, version, "")
    done = subprocess.run([sys.executable, "-m", "azcal", "--version"], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and done.stdout.startswith("azcal ")  # python -m azcal is the command too


@pytest.mark.parametrize("argv", [["2025-03"], ["month", "2025-03"]])
def test_a_month(capsys: pytest.CaptureFixture[str], argv: list[str]) -> None:
    code, out, _ = run(capsys, *argv, "--lang", "en")
    lines = out.splitlines()
    assert code == 0 and lines[0].strip() == "March 2025" and lines[1] == "Mo  Tu  We  Th  Fr  Sa  Su"
    assert "2025-03-20 Th  holiday: Novruz" in out and not any(line.startswith("  2025-04") for line in lines)
    workdays = azcal.workdays_between("2025-03-01", "2025-04-01")
    assert lines[-2].startswith(f"{workdays} working days")
    assert lines[-1] == "Confidence: confirmed 31"  # March 2025, a year of the Ministry's calendar (S55)


def test_a_month_as_json_and_a_bad_month(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "month", "2026-02", "--json")
    document = json.loads(out)
    assert code == 0 and document["month"] == "2026-02" and len(document["days"]) == 28
    code, out, err = run(capsys, "month", "2026-13")
    assert code == 2 and out == "" and "not a month in the form YYYY-MM" in err


def test_today_is_today_in_baku(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "today", "--json")
    document = json.loads(out)
    today = dt.datetime.now(baku()).date()
    assert code == 0 and document["today"]["date"] == today.isoformat()
    assert document["next_workday"] == azcal.next_workday(today).isoformat()
    code, out, _ = run(capsys, "today", "--lang", "en")
    assert code == 0 and out.startswith(today.isoformat()) and "next working day: " in out


@pytest.mark.parametrize(
    ("date", "status"),
    [("2025-06-21", 0), ("2025-01-20", 1), ("2025-06-22", 1), ("21.06.2025", 0), ("2025-02-30", 2), ("2101-01-01", 2)],
)
def test_is_workday_answers_by_its_exit_status_alone(
    capsys: pytest.CaptureFixture[str], date: str, status: int
) -> None:
    code, out, err = run(capsys, "is-workday", date)
    assert code == status and out == ""
    assert (err == "") == (status != 2)


def test_is_workday_says_it_when_asked(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "is-workday", "2025-01-20", "-v", "--lang", "en") == (
        1,
        "2025-01-20: is not a working day\n",
        "",
    )


def test_dates_as_written_in_azerbaijan(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "day", "20.01.2025", "--json")[1] == run(capsys, "day", "2025-01-20", "--json")[1]
    assert run(capsys, "workdays", "01.01.2025", "01.01.2026") == (0, "239\n", "")
    assert run(capsys, "day", "30.02.2025")[0] == 2


@pytest.mark.parametrize(
    ("period", "start", "end"),
    [
        ("2026", "2026-01-01", "2027-01-01"),
        ("2026-03", "2026-03-01", "2026-04-01"),
        ("2026-12", "2026-12-01", "2027-01-01"),
        ("2026-Q1", "2026-01-01", "2026-04-01"),
        ("2026-Q4", "2026-10-01", "2027-01-01"),
    ],
)
def test_periods_count_their_days(capsys: pytest.CaptureFixture[str], period: str, start: str, end: str) -> None:
    assert run(capsys, "workdays", period)[1] == f"{azcal.workdays_between(start, end)}\n"
    assert run(capsys, "hours", period, "--json")[1] == run(capsys, "hours", start, end, "--json")[1]


@pytest.mark.parametrize("argv", [["workdays", "2026-13"], ["hours", "2026-03-01"], ["workdays", "2026-Q5"]])
def test_a_bad_period_is_a_usage_error(capsys: pytest.CaptureFixture[str], argv: list[str]) -> None:
    code, out, err = run(capsys, *argv)
    assert code == 2 and out == "" and "START|PERIOD" in err


@pytest.mark.parametrize("lang", azcal.LANGUAGES)
def test_a_number_printed_alone_has_a_point_in_every_language(capsys: pytest.CaptureFixture[str], lang: str) -> None:
    assert run(capsys, "hours", "2026-01-01", "2026-02-01", "--week-hours", "36", "--lang", lang)[1] == "136.8\n"


@pytest.mark.parametrize(("value", "coloured"), [("", True), ("1", False)])
def test_an_empty_no_color_leaves_colour_on(monkeypatch: pytest.MonkeyPatch, value: str, coloured: bool) -> None:
    from azcal.cli import screen

    monkeypatch.setenv("NO_COLOR", value)
    monkeypatch.delenv("TERM", raising=False)
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    assert screen.use_colour() is coloured


def test_a_range_of_days(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "day", "18.01.2025", "2025-01-21", "--lang", "en")
    assert code == 0 and [block.split(",")[0] for block in out.strip().split("\n\n")] == [
        "2025-01-18",
        "2025-01-19",
        "2025-01-20",
    ]
    assert "Day of National Mourning" in out
    assert run(capsys, "day", "2025-01-21", "2025-01-18")[0] == 2  # a range runs forward


@pytest.mark.parametrize("argv", [["--lang", "en", "2025-03"], ["--lang", "en", "today"], ["--json", "today"]])
def test_a_command_may_follow_the_options(capsys: pytest.CaptureFixture[str], argv: list[str]) -> None:
    code, out, err = run(capsys, *argv)
    assert code == 0 and err == "" and out
    if "2025-03" in argv:
        assert out.splitlines()[0].strip() == "March 2025"
    if "--json" in argv:
        assert "next_workday" in json.loads(out)


def test_is_workday_needs_no_standard_output() -> None:
    """A script may close standard output: the answer is the exit status, which the closed stream cannot spoil."""
    for date, status in (("2025-06-21", 0), ("2025-01-20", 1)):
        done = subprocess.run(
            ["sh", "-c", f'"{sys.executable}" -m azcal is-workday {date} >&-'],
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert (done.returncode, done.stderr) == (status, "")


def test_without_colour_the_legend_names_only_marks_shown(capsys: pytest.CaptureFixture[str]) -> None:
    """30 December 2023, a working Saturday, is also shortened; its cell shows ^, so the legend has no '."""
    code, out, _ = run(capsys, "2023-12", "--lang", "en")
    legend = next(line for line in out.splitlines() if line.startswith("Legend:"))
    assert code == 0 and " 30^ " in out and "^ working day on a weekend" in legend and "'" not in legend
    assert azcal.day("2023-12-30").shortened  # the case this test is about


def test_a_hyphenated_name_is_not_split_across_lines(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    for columns in range(40, 81):
        monkeypatch.setenv("COLUMNS", str(columns))
        code, out, _ = run(capsys, "2025-03", "--lang", "en")
        lines = out.splitlines()
        assert code == 0 and max(map(len, lines)) <= columns
        assert not any(line.endswith("-") for line in lines), columns  # "Eid al-Fitr" stays whole


def test_a_terminal_of_no_size_yet_falls_back_to_columns(monkeypatch: pytest.MonkeyPatch) -> None:
    """A new pseudo-terminal may report 0 columns until it is sized: COLUMNS, then 80, stand in."""
    from azcal.cli import screen

    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    monkeypatch.setattr(sys.stdout, "fileno", lambda: 1)
    monkeypatch.setattr(screen.os, "get_terminal_size", lambda fd: os.terminal_size((0, 0)))
    monkeypatch.setenv("COLUMNS", "120")
    assert screen.width() == 120
    monkeypatch.delenv("COLUMNS")
    assert screen.width() == 80


def test_is_workday_never_reads_as_a_day_off_when_it_cannot_speak() -> None:
    """With -v and nowhere to write, the status is 2 (a problem), not 1 (a day off)."""
    done = subprocess.run(
        ["sh", "-c", f'"{sys.executable}" -m azcal is-workday 2025-01-21 -v >&-'],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2 and "cannot write" in done.stderr


@pytest.mark.parametrize("argv", [["--lang", "en", "--version"], ["--json", "--version"]])
def test_version_after_options(capsys: pytest.CaptureFixture[str], argv: list[str]) -> None:
    assert run(capsys, *argv)[:2] == (
        0,
        f"azcal {azcal.__version__} (data {azcal.DATA_VERSION}, from the packaged data)\n",
    )


def test_help_after_options_is_the_whole_commands(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--json", "--help"]) == 0
    assert "is-workday" in capsys.readouterr().out  # the list of commands, not the year view's options


@pytest.mark.parametrize("argv", [["--la", "en", "today"], ["today", "--la", "en"]])
def test_an_option_is_written_in_full_wherever_it_stands(capsys: pytest.CaptureFixture[str], argv: list[str]) -> None:
    code, out, err = run(capsys, *argv)
    assert (code, out) == (2, "") and "--la" in err


def test_today_at_the_end_of_the_range(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """On 31 December 2100 no working day follows within the range: today says so, not a traceback."""
    from azcal.cli import answers

    monkeypatch.setattr(answers, "today_in_baku", lambda: dt.date(2100, 12, 31))
    code, out, _ = run(capsys, "today", "--json")
    assert code == 0 and json.loads(out)["next_workday"] is None
    code, out, _ = run(capsys, "today", "--lang", "en")
    assert code == 0 and out.startswith("2100-12-31") and "next working day" not in out
