"""Check a user's rules file whole, as ``azcal check`` does: every problem listed, nothing applied."""

from __future__ import annotations

from pathlib import Path

from .calendars import Calendar
from .errors import RulesError
from .law.loading import check_packaged_file, load_rules, packaged_files


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


def check_official() -> dict[str, list[RulesError]]:
    """The packaged data checked as ``azcal check --official`` does (and CI): each file on its own, every
    problem listed; then, when each is sound, all of them together, compiled for both working weeks."""
    found: dict[str, list[RulesError]] = {}
    for name, text in packaged_files():
        errors: list[RulesError] = []
        check_packaged_file(name, text, errors)
        found[name] = errors
    if not any(found.values()):
        from .engine import compile_rules, data_version
        from .law.estimates import packaged
        from .law.loading import official_rules
        from .model import WEEKS

        try:
            rules = official_rules()
            for week in WEEKS:
                compile_rules(rules, packaged(), data_version(rules), week)
        except RulesError as exc:
            found.setdefault(exc.file or "azcal/law/data", []).append(exc)
    return found
