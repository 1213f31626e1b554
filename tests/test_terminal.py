"""The year view as a person sees it: the command run in a pseudo-terminal of 80 and 120 columns, in
each language. No line is wider than the terminal, the grid comes first, and today is marked."""

from __future__ import annotations

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
from azcal.dates import baku
from azcal.terminal import visible_width
from azcal.text.words import MONTHS

STYLE = re.compile(r"\x1b\[[0-9;]*m")


def in_a_terminal(argv: list[str], columns: int, rows: int = 50, **environ: str) -> str:
    """What ``azcal ARGV`` shows in a terminal ``columns`` wide (colours kept)."""
    leader, follower = pty.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", rows, columns, 0, 0))
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "COLUMNS", "LINES")}
    env["TERM"] = "xterm-256color"
    env.update(environ)
    process = subprocess.Popen(
        [sys.executable, "-m", "azcal", *argv], stdin=follower, stdout=follower, stderr=follower, env=env
    )
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
    return shown.decode("utf-8").replace("\r\n", "\n")


@pytest.mark.parametrize("lang", azcal.LANGUAGES)
@pytest.mark.parametrize("columns", [80, 120])
def test_the_year_fits_the_terminal_grid_first_today_marked(lang: str, columns: int) -> None:
    shown = in_a_terminal(["--lang", lang], columns)
    lines = shown.splitlines()
    assert max(visible_width(line) for line in lines) <= columns
    months_across = 3 if columns == 80 else 4
    header = next(line for line in lines if STYLE.sub("", line).strip())
    assert header.strip() == str(dt.datetime.now(baku()).year)
    first_row = STYLE.sub("", lines[2])
    assert [name for name in MONTHS[lang] if name in first_row] == list(MONTHS[lang][:months_across])
    legend = next(i for i, line in enumerate(lines) if ":" in STYLE.sub("", line) and "\x1b[" in line)
    december = next(i for i, line in enumerate(lines) if MONTHS[lang][11] in line)
    assert december < legend  # the grid first, then the legend, then the totals
    assert not any(re.match(r"  \d{4}-\d\d-\d\d ", STYLE.sub("", line)) for line in lines)  # the list on request
    assert lines[-1].endswith("--list") and re.match(r"\d{4}: ", lines[-3])
    asked = in_a_terminal(["--lang", lang, "--list"], columns).splitlines()
    listed = next(i for i, line in enumerate(asked) if re.match(r"  \d{4}-\d\d-\d\d ", STYLE.sub("", line)))
    january = next(i for i, line in enumerate(asked) if MONTHS[lang][0] in line)
    assert listed < january  # asked for, the list comes above the grid, which stays on screen
    today = dt.datetime.now(baku()).date()
    assert "\x1b[" in shown and re.search(rf"\x1b\[[0-9;]*7m{today.day:>2}\x1b\[0m", shown)  # reversed


def test_a_month_in_a_terminal_marks_its_kinds_in_colour() -> None:
    shown = in_a_terminal(["2026-03", "--lang", "en"], 80)
    assert "\x1b[31m 8\x1b[0m" in shown or "\x1b[31;" in shown  # 8 March, a holiday, in red
    assert re.search(r"\x1b\[[0-9;]*4[;m]", shown)  # a shortened day, underlined
    legend = next(line for line in shown.splitlines() if "Legend:" in line)
    for style in ("2m", "4m", "31m", "33m"):  # weekend dim, shortened underlined, holiday red, moved rest day
        assert f"\x1b[{style}15\x1b[0m" in shown.split("Legend:")[1].split("\n\n")[0], style
    assert legend.startswith("Legend:")


def test_the_terminal_width_wins_over_a_stale_columns() -> None:
    """COLUMNS left over from a wider window must not make lines wrap in this one."""
    shown = in_a_terminal(["--lang", "en"], 80, COLUMNS="200")
    assert max(visible_width(line) for line in shown.splitlines()) <= 80
