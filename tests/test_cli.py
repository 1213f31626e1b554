"""The azcal command, run in-process."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from azcal.cli import main


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
