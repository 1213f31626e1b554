"""The command's exit status and echo under odd arguments: a date out of range is a usage error (2)
whichever command is given it, and an error quotes a huge argument by its two ends, not whole."""

from __future__ import annotations

import subprocess
import sys

import pytest

from azcal.cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize(
    "argv",
    [
        ["day", "2101-01-01"],
        ["day", "1989-12-31", "--json"],
        ["is-workday", "2101-01-01"],
        ["breaks", "2101"],
        ["workdays", "2025-01-01", "2101-01-02"],
        ["hours", "1989-01-01", "2025-01-01"],
        ["add", "2101-01-01", "1"],
        ["add", "2100-12-30", "10"],  # the answer would fall past 2100
        ["leave", "2100-12-20", "21"],
        ["add", "2025-01-20", "1", "--roll", "raise"],  # not a workday: the start given is wrong
        ["2101"],
        ["2101-01"],
    ],
)
def test_a_date_out_of_range_is_a_usage_error_everywhere(capsys: pytest.CaptureFixture[str], argv: list[str]) -> None:
    code, out, err = run(capsys, *argv)
    assert code == 2 and out == "", (code, out, err)
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err


def test_a_damaged_rules_file_is_still_a_data_problem(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "day", "2025-01-01", "--rules", "/nonexistent/rules.toml")
    assert code == 1 and "cannot read" in err


@pytest.mark.parametrize(
    "argv",
    [
        ["day", "2025-01-01", "--lang", "x" * 100_000],
        ["--lang", "y" * 100_000, "2025"],
        ["day", "2" * 100_000],
        ["workdays", "2025-01-01", "z" * 100_000, "--json"],
        ["day", "2025-01-01", "--rules", "/nonexistent/" + "d" * 100_000 + ".toml"],
        ["ics", "2025", "--include", "w" * 100_000],
    ],
)
def test_a_huge_argument_is_not_echoed_whole(capsys: pytest.CaptureFixture[str], argv: list[str]) -> None:
    code, out, err = run(capsys, *argv)
    assert code in (1, 2) and out == ""
    assert len(err) < 1_000 and len(err.strip().splitlines()) == 1, err[:300]
    assert "..." in err  # shortened, and says so


def test_the_ends_of_a_long_argument_are_kept(capsys: pytest.CaptureFixture[str]) -> None:
    """A long file name is shortened in its middle: its start and its own name stay readable."""
    path = "/nonexistent/" + "deep/" * 40 + "company.toml"
    _, _, err = run(capsys, "day", "2025-01-01", "--rules", path)
    assert "/nonexistent/deep/" in err and "deep/company.toml: cannot read" in err and path not in err


def test_as_a_real_process() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "azcal", "day", "2101-01-01", "--lang", "en"], capture_output=True, text=True
    )
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr == "azcal: 2101-01-01 is outside the supported range 1990-01-01 to 2100-12-31\n"
