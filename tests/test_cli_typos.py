"""A mistyped or unknown command is named as one, with the nearest command; every usage error exits 2."""

from __future__ import annotations

import subprocess
import sys

import pytest

from azcal import cli


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = cli.main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


@pytest.mark.parametrize(
    ("argv", "said"),
    [
        (["dya", "2025-01-20"], "unknown command: 'dya' (did you mean 'day'?)"),
        (["breks", "2025"], "unknown command: 'breks' (did you mean 'breaks'?)"),
        (["--lang", "en", "workdys", "2026"], "unknown command: 'workdys' (did you mean 'workdays'?)"),
        (["holidays", "2025"], "unknown command: 'holidays' (did you mean 'year'?)"),  # its list names them
        (["isworkday", "2025-01-20"], "(did you mean 'is-workday'?)"),
        (["frobnicate"], "unknown command: 'frobnicate' (the commands: year, day, changes,"),
    ],
)
def test_an_unknown_command_is_named_with_the_nearest(
    capsys: pytest.CaptureFixture[str], argv: list[str], said: str
) -> None:
    status, out, err = run(capsys, *argv, "--lang", "en")
    assert (status, out) == (2, "")
    assert said in err and "not a year" not in err and err.count("\n") == 1


@pytest.mark.parametrize("lang", ["az", "ru"])
def test_the_suggestion_in_each_language(capsys: pytest.CaptureFixture[str], lang: str) -> None:
    _, _, err = run(capsys, "dya", "2025-01-20", "--lang", lang)
    assert {
        "az": "naməlum əmr: 'dya' ('day' nəzərdə tutulub?)",
        "ru": "неизвестная команда: 'dya' (может быть, 'day'?)",
    }[lang] in err


@pytest.mark.parametrize(
    "argv",
    [
        ["2025x"],  # numbers and dates still go to the year and the month
        ["2025-13"],
        ["dya"],
        ["day", "2200-01-01"],
        ["day", "1989-12-31"],
        ["2200"],
        ["add", "2100-12-30", "5"],  # an answer past 2100
        ["add", "2025-03-22", "1", "--roll", "raise"],  # not a workday, with --roll raise
        ["leave", "2100-12-20", "30"],
        ["workdays", "2025-01-01"],
        ["day", "2025-01-05", "2025-01-01"],
        ["norms", "2026", "--week-hours", "30"],
        ["ics", "2027-2025"],
        ["check"],
        ["day"],
        ["--la", "en"],
        ["day", "2025-01-01", "--as-of", "yesterday"],
        ["is-workday", "2200-01-01"],
        ["changes"],
        ["month", "2025-03", "extra"],
    ],
)
def test_every_usage_error_exits_2(capsys: pytest.CaptureFixture[str], argv: list[str]) -> None:
    status, out, err = run(capsys, *argv)
    assert (status, out) == (2, "") and err.startswith("azcal: ") and err.count("\n") == 1


def test_the_exit_status_of_a_real_process() -> None:
    for argv, status in ((["dya", "2025-01-20"], 2), (["day", "2200-01-01"], 2), (["day", "2025-01-20"], 0)):
        done = subprocess.run([sys.executable, "-m", "azcal", *argv], capture_output=True)
        assert done.returncode == status and b"Traceback" not in done.stderr
