"""The azcal command, run in-process."""

from __future__ import annotations

import json
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
    assert "January" in out and "Mo Tu We Th Fr Sa Su" in out
    assert "20#" in out and "21^" in out and "19'" in out  # mourning, working Saturday, shortened
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
    assert {"start": "2026-03-20", "end": "2026-03-30", "length": 11}.items() <= json.loads(out)[3].items()


@pytest.mark.parametrize(
    ("argv", "status", "words"),
    [
        (["day", "2025-02-30"], 2, "not a real date"),
        (["day"], 2, "required"),
        (["1800"], 2, "1990-2100"),
        (["year", "abc"], 2, "not a year"),
        (["add", "2025-01-01", "x"], 2, "not a whole number"),
        (["day", "2025-01-01", "--lang", "de"], 2, "invalid choice"),
        (["frobnicate"], 2, "not a year"),
        (["add", "2100-12-30", "10"], 1, "after 2100"),
        (["day", "2025-01-01", "--rules", "/nonexistent.toml"], 1, "cannot read"),
        (["day", "2025-01-01", "--as-of", "yesterday"], 1, "YYYY-MM-DD"),
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
