"""The checks of what callers pass besides dates (``dates.py`` checks those): each kind of argument is
checked here once, with one message, whichever function, export or command takes it."""

from __future__ import annotations

import os

from .errors import ArgumentTypeError, InvalidArgumentError

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing, which `import azcal` avoids
if TYPE_CHECKING:
    from collections.abc import Iterable
    from typing import TypeGuard

LANGUAGES = ("az", "en", "ru")
# The working weeks the Labor Code knows (Art. 90): five days, the rule, or six, Monday to Saturday,
# which an employer may set.
WEEKS = (5, 6)
WEEK_HOURS = (40, 36, 24)  # the full week and the reduced ones of Art. 91
ROLLS: tuple[str, ...] = ("following", "preceding", "modifiedfollowing", "modifiedpreceding", "raise")


def whole(value: object) -> TypeGuard[int]:
    """Whether ``value`` is a whole number: an int, and not a bool, which Python counts as one."""
    return isinstance(value, int) and not isinstance(value, bool)


def one_of(value: object, choices: Iterable[str], what: str) -> str:
    """``value`` if it is one of the names ``choices``; else the message every such check gives."""
    names = tuple(choices)
    if not isinstance(value, str) or value not in names:
        raise InvalidArgumentError(f"unknown {what} {value!r}; choose one of {', '.join(names)}")
    return value


def check_language(lang: object, choices: Iterable[str] = LANGUAGES) -> str:
    return one_of(lang, choices, "language")


def check_roll(roll: object) -> str:
    return one_of(roll, ROLLS, "roll")


def check_week(week: object) -> int:
    if not whole(week):
        raise ArgumentTypeError(f"week must be 5 or 6 (working days a week), got {type(week).__name__}: {week!r}")
    if week not in WEEKS:
        raise InvalidArgumentError(f"week must be 5 or 6 (working days a week), got {week}")
    return week


def check_week_hours(week_hours: object) -> int:
    if not whole(week_hours):
        raise ArgumentTypeError(f"week_hours must be 40, 36 or 24, got {type(week_hours).__name__}: {week_hours!r}")
    if week_hours not in WEEK_HOURS:
        raise InvalidArgumentError(f"week_hours must be 40, 36 or 24 (Labor Code Art. 91), got {week_hours}")
    return week_hours


def check_workdays(n: object) -> int:
    """A count of workdays to step over, as ``add_workdays`` takes it."""
    if not whole(n):
        raise ArgumentTypeError(f"n must be a whole number of workdays, got {type(n).__name__}: {n!r}")
    return n


def check_leave_days(days: object) -> int:
    """A leave's length in calendar days: one at least."""
    if not whole(days):
        raise ArgumentTypeError(f"days must be a whole number of calendar days, got {type(days).__name__}: {days!r}")
    if days < 1:
        raise InvalidArgumentError(f"a leave lasts at least one calendar day, got {days}")
    return days


def check_rules_files(rules: object) -> tuple[str, ...]:
    """The rules files as names: one file (a name or a path) or several, each checked for its type."""
    files = [rules] if isinstance(rules, str | os.PathLike) else rules
    if isinstance(files, bytes) or not isinstance(files, list | tuple):
        raise ArgumentTypeError(f"rules must be a file or a list of files, got {type(rules).__name__}: {rules!r}")
    names = []
    for file in files:
        name = os.fspath(file) if isinstance(file, str | os.PathLike) else None
        if not isinstance(name, str):
            raise ArgumentTypeError(f"a rules file must be a file name or a path, got {type(file).__name__}: {file!r}")
        names.append(name)
    return tuple(names)
