"""The terminal the views are drawn for: its width and height, whether it takes colour, today in Baku."""

from __future__ import annotations

import contextlib
import os
import sys

from ..dates import today_in_baku

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing: the command starts without it
if TYPE_CHECKING:
    from typing import Any


def terminal() -> dict[str, Any]:
    """How the views are drawn: in colour or not, how wide, and which day is today (in Baku)."""
    return {"colour": use_colour(), "width": max(width(), 20), "today": today_in_baku()}


def width() -> int:
    """The terminal's own width when writing to one; else COLUMNS; else 80."""
    stream = sys.stdout
    try:
        if stream is not None and stream.isatty() and (columns := os.get_terminal_size(stream.fileno()).columns):
            return columns  # a new terminal may say 0 until it is sized: then COLUMNS
    except (OSError, ValueError, AttributeError):  # not a terminal after all
        pass
    return _size("COLUMNS") or 80


def height() -> int | None:
    """The terminal's height (ioctl, else LINES) when writing to one; None for a pipe or a file."""
    with contextlib.suppress(OSError, ValueError, AttributeError):  # not a terminal after all
        if sys.stdout is not None and (lines := os.get_terminal_size(sys.stdout.fileno()).lines):
            return lines
    return _size("LINES")


def on_a_terminal() -> bool:
    stream = sys.stdout
    try:
        return stream is not None and stream.isatty()
    except (OSError, ValueError):  # a closed stream
        return False


def use_colour() -> bool:
    stream = sys.stdout  # None when standard output is closed: emit says so
    # no-color.org: any NO_COLOR that is set and not empty turns colour off
    return (
        stream is not None and stream.isatty() and not os.environ.get("NO_COLOR") and os.environ.get("TERM") != "dumb"
    )


def _size(variable: str) -> int | None:
    setting = os.environ.get(variable, "")
    return int(setting) if setting.isascii() and setting.isdigit() and 0 < int(setting) < 10_000 else None
