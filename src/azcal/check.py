"""Check a user's rules file whole, as ``azcal check`` does: every problem listed, nothing applied."""

from __future__ import annotations

from pathlib import Path

from .calendars import Calendar
from .errors import RulesError
from .law.loading import load_rules


def check_rules(path: str | Path) -> list[RulesError]:
    """Every problem that stops ``Calendar.with_rules(path)``; an empty list when the file is usable.

    Each entry is checked on its own, so one bad entry does not hide the next. When every entry is
    well formed, the file is layered over the official data and the years it touches are built, which
    finds clashes with the official days and swaps that do not fit.
    """
    errors: list[RulesError] = []
    try:
        load_rules(path, errors=errors)
    except RulesError as exc:  # the file as a whole: unreadable, not TOML, a table of the wrong shape
        errors.append(exc)
    if errors:
        return errors
    try:
        Calendar(rules=[path])
    except RulesError as exc:
        return [exc]
    return []
