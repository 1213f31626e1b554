"""The year view on a terminal of 80×24: the grid and the totals stay on screen, a day no source confirms
has its ? in the grid, and today is marked without colour too."""

from __future__ import annotations

import calendar
import datetime as dt
import fcntl
import os
import pty
import re
import select
import struct
import subprocess
import sys
import termios

import pytest

import azcal
import azcal.cli
from azcal.dates import baku
from azcal.terminal import month_view, visible_width, year_view
from azcal.text.words import MONTHS

STYLE = re.compile(r"\x1b\[[0-9;]*m")


def on_a_terminal(argv: list[str], columns: int, rows: int, **environ: str) -> list[str]:
    """The lines ``azcal ARGV`` writes to a pseudo-terminal of ``columns`` × ``rows`` (ioctl), styles removed."""
    leader, follower = pty.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", rows, columns, 0, 0))
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "COLUMNS", "LINES")}
    env.update(TERM="xterm-256color", **environ)
    process = subprocess.Popen([sys.executable, "-m", "azcal", *argv], stdin=follower, stdout=follower, env=env)
    os.close(follower)
    shown = b""
    while select.select([leader], [], [], 30)[0]:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # the command ended and closed its side
            break
        if not chunk:
            break
        shown += chunk
    assert process.wait(timeout=30) == 0
    os.close(leader)
    return STYLE.sub("", shown.decode("utf-8")).replace("\r\n", "\n").rstrip("\n").split("\n")


@pytest.mark.parametrize("lang", azcal.LANGUAGES)
@pytest.mark.parametrize("no_color", ["", "1"])
def test_at_80_by_24_the_whole_grid_and_the_totals_are_on_screen(lang: str, no_color: str) -> None:
    lines = on_a_terminal(["2026", "--lang", lang], 80, 24, NO_COLOR=no_color)
    assert len(lines) < 24  # nothing scrolls away: the prompt fits below
    assert max(visible_width(line) for line in lines) <= 80
    label = 1 + max(len(name) for name in MONTHS[lang])
    for month, name in enumerate(MONTHS[lang], start=1):  # every month on screen, a mark a day
        row = next(line for line in lines if line.startswith(name + " "))
        assert len(row) - label == 2 * calendar.monthrange(2026, month)[1] - 1, row
    assert any(re.match(r"2026: 241 ", line) for line in lines)  # the totals (S29)
    assert not any(re.match(r"  2026-\d\d-\d\d ", line) for line in lines)  # the named days on request only
    assert lines[-1].endswith("azcal 2026 --list")


def test_the_lines_setting_counts_where_the_terminal_gives_no_height(monkeypatch: pytest.MonkeyPatch) -> None:
    lines = on_a_terminal(["2026", "--lang", "en"], 80, 0, LINES="24")  # a terminal not sized yet: LINES
    assert len(lines) < 24 and lines[2].split()[:3] == ["1", "2", "3"]


def test_a_pipe_gets_the_whole_view_as_before() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "azcal", "2026", "--lang", "en"], capture_output=True, env={**os.environ, "LINES": "24"}
    )
    text = done.stdout.decode()
    assert done.returncode == 0 and "  2026-03-20 Fr  holiday: Novruz" in text and "--list" not in text


def test_the_unverified_days_have_their_mark_in_the_grid() -> None:
    cal = azcal.Calendar()
    elsewhere = dt.date(2000, 1, 1)
    plain = year_view(cal, 2026, "en", colour=False, width=80, today=elsewhere).splitlines()
    september = next(i for i, line in enumerate(plain) if "September" in line)
    week = next(line for line in plain[september:] if line.startswith("14  15"))
    assert week.split()[6] == "20?"  # State Sovereignty Day, a day off or not (S15)
    assert "21?" in plain[plain.index(week) + 1]  # where a rest day for it would go
    coloured = year_view(cal, 2026, "en", colour=True, width=80, today=elsewhere)
    assert re.search(r"\x1b\[2m20\x1b\[0m\?", coloured)  # after the dim Sunday, with colour too
    assert "(?) no source found" in STYLE.sub("", coloured)
    confirmed = year_view(cal, 2025, "en", colour=False, width=80, today=elsewhere)
    assert "?" not in confirmed  # a year every source confirms has no mark and no legend entry for one


@pytest.mark.parametrize("colour", [False, True])
def test_today_is_marked_without_colour_too(colour: bool) -> None:
    today = dt.date(2026, 3, 4)
    month = month_view(azcal.Calendar(), 2026, 3, "en", colour=colour, width=80, today=today)
    if colour:
        assert "\x1b[7m 4\x1b[0m" in month and "< today" not in month
    else:
        assert " 4< " in month and "< today" in month and "\x1b[" not in month
    other = month_view(azcal.Calendar(), 2026, 4, "en", colour=False, width=80, today=today)
    assert "<" not in other  # no today in April: no mark, no legend entry


@pytest.mark.parametrize(("year", "month"), [(2026, 2), (2021, 2), (2025, 6), (2026, 3)])
def test_each_day_of_a_month_sits_under_its_weekday(year: int, month: int) -> None:
    # Feb 2026 starts on a Sunday, Feb 2021 fills four weeks exactly, June 2025 spans six weeks
    lines = month_view(azcal.Calendar(), year, month, "en", colour=False, width=80, today=dt.date(2000, 1, 1))
    rows, first = lines.splitlines()[2:], dt.date(year, month, 1)
    date = first
    while date.month == month:  # without colour a cell is four columns: the number, a mark, a ? or <
        week, column = (date.day - 1 + first.weekday()) // 7, 4 * date.weekday()
        assert rows[week][column : column + 2] == f"{date.day:>2}", (date, rows[week])
        date += dt.timedelta(days=1)
    assert rows[week + 1].startswith("Legend:")  # the month's empty weeks are left out


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("en", "no source found says so; it may be otherwise"),
        ("az", "bu günü təsdiq edən mənbə tapılmayıb; belə olmaya da bilər"),
        ("ru", "ни один найденный источник этого не подтверждает; может быть иначе"),
    ],
)
def test_an_unverified_day_reads_in_plain_words(lang: str, words: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert azcal.cli.main(["day", "2026-09-20", "--lang", lang]) == 0
    assert words in capsys.readouterr().out


def test_today_in_a_real_terminal_without_colour() -> None:
    today = dt.datetime.now(baku()).date()
    lines = on_a_terminal([today.strftime("%Y-%m"), "--lang", "en"], 80, 24, NO_COLOR="1")
    assert any(re.search(rf"(^|\s){today.day}.?<", line) for line in lines)
