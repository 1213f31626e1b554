"""Typed reads from the tables of a rules file, and the one way their problems are collected.

Reading a user's rules file stops at its first problem; checking a whole file (``azcal check``, the
packaged data's tests) lists every problem and goes on. Both go through ``Collector``: a problem is raised,
or, with a list, added to it and the reading goes on to the next field or entry.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable
from functools import partial
from typing import Any, NoReturn, TypeVar

from ..dates import FIRST_YEAR, LAST_YEAR, to_date
from ..errors import AzcalError, RulesError
from ..model import LANGUAGES, WEEKS, Names
from .legible import illegible, longest

_T = TypeVar("_T")
_R = TypeVar("_R")
# what a field must hold, and what a value is, in the errors' words
_KIND_NAMES = {
    str: "a string",
    int: "a whole number",
    bool: "true or false",
    dict: "a table",
    list: "a list",
    dt.date: "a date",
}
_TYPE_NAMES = {
    str: "a string",
    int: "a whole number",
    float: "a number",
    bool: "a boolean",
    dict: "a table",
    list: "a list",
}


class Recorded(Exception):  # a signal, not an error: the part's problems are recorded already
    """Raised by a part of an entry whose problems went to the list one by one."""


class Collector:
    """Where the problems of a file go: without a list, the first is raised; with one, each is added to it."""

    def __init__(self, problems: list[RulesError] | None):
        self.problems = problems
        self.found = 0  # problems recorded here (for a table: and in the tables inside it)

    def report(self, error: RulesError) -> None:
        """``error`` raised, or added to the list."""
        if self.problems is None:
            raise error
        self.problems.append(error.with_traceback(None))  # a kept traceback would keep every frame alive
        self.found += 1

    def attempt(self, read: Callable[[], _R]) -> _R | None:
        """``read()``; when checking a whole file, a problem is recorded and None returned instead."""
        try:
            return read()
        except Recorded:
            return None
        except RulesError as exc:
            self.report(exc)
            return None

    def each(self, items: Iterable[_T], parse: Callable[[_T], _R | None]) -> list[_R]:
        """``parse`` applied to each item; a bad item raises, or is reported and left out when collecting."""
        parsed = []
        for item in items:
            result = self.attempt(partial(parse, item))
            if result is not None:  # None: its problems are reported already
                parsed.append(result)
        return parsed


class Table(Collector):
    """Typed reads from one TOML table; ``done()`` rejects keys nobody read.

    With a list of ``problems`` (a whole file being checked), ``attempt`` records a field's problem and
    goes on to the next field, so that every problem of an entry is listed; without one, the first raises.
    """

    def __init__(
        self, table: object, file: str, entry: str, line: int | None, problems: list[RulesError] | None = None
    ):
        super().__init__(problems)
        self.file, self.entry, self.line = file, entry, line
        if not isinstance(table, dict):
            self.fail(f"expected a table, got {type_name(table)}")
        self.table: dict[str, Any] = table
        self.read: set[str] = set()

    def sub(self, raw: object, label: str) -> Table:
        """The table ``raw`` inside this one, named in errors as this entry's ``label``."""
        return Table(raw, self.file, f"{self.entry} {label}", self.line, self.problems)

    def fail(self, message: str) -> NoReturn:
        raise RulesError(message, file=self.file, entry=self.entry, line=self.line)

    def get(self, key: str, kind: type | tuple[type, ...], required: bool) -> Any:
        self.read.add(key)
        if key not in self.table:
            if required:
                self.fail(f"missing required field {key!r}")
            return None
        value = self.table[key]
        if isinstance(value, bool) and bool not in (kind if isinstance(kind, tuple) else (kind,)):
            self.fail(f"field {key!r} must be {kind_name(kind)}, got a boolean")
        if not isinstance(value, kind):
            self.fail(f"field {key!r} must be {kind_name(kind)}, got {type_name(value)}: {value!r}")
        return value

    def text(self, key: str, required: bool = True, most: int | None = None) -> str | None:
        """A string field: not blank, at most ``most`` characters (by default as ``legible.longest``)."""
        value: str | None = self.get(key, str, required)
        if value is not None:
            if not value.strip():
                self.fail(f"field {key!r} must not be empty")
            self.printable(value, repr(key), key, lines=True, most=most)
        return value

    def printable(self, value: str, what: str, key: str, lines: bool = False, most: int | None = None) -> None:
        """That ``value`` is no longer than the field ``key`` may be and shows as written (``lines``: on
        several lines, with tabs); ``what`` names it in the error."""
        problem = illegible(value, what, longest(key) if most is None else most, lines)
        if problem:
            self.fail(problem)

    def date(self, key: str, required: bool = True, *, in_range: bool = True) -> dt.date | None:
        value = self.get(key, (dt.date, str), required)
        return None if value is None else as_date(value, self, key, in_range)

    def names(
        self,
        key: str = "names",
        required: bool = True,
        what: str = "name",
        lines: bool = False,
        most: int | None = None,
    ) -> Names | None:
        """A table of a text for each language: az, en and ru, each at most ``most`` characters."""
        value = self.get(key, dict, required)
        if value is None:
            return None
        missing = [lang for lang in LANGUAGES if not isinstance(value.get(lang), str) or not value[lang].strip()]
        if missing:
            self.fail(f"field {key!r} needs a non-empty {what} for {', '.join(missing)}")
        extra = sorted(set(value) - set(LANGUAGES))
        if extra:
            self.fail(f"field {key!r} has unknown languages {extra}; expected {', '.join(LANGUAGES)}")
        for lang in LANGUAGES:
            self.printable(value[lang], f"{key!r} ({lang})", key, lines, most)
        return Names(value["az"], value["en"], value["ru"])

    def note(self, most: int | None = None) -> Names | None:
        """A remark: a table of az, en and ru texts, or one text for every language."""
        value = self.table.get("note")
        if isinstance(value, dict):
            return self.names("note", what="text", lines=True, most=most)
        if value is not None and not isinstance(value, str):
            self.read.add("note")
            self.fail(f"field 'note' must be a string or a table of az, en and ru, got {type_name(value)}: {value!r}")
        text = self.text("note", required=False, most=most)
        return None if text is None else Names(text, text, text)

    def years(self) -> tuple[int, int | None]:
        """``years``: [first] or [first, last], from 1900 to 2200."""
        years = self.get("years", list, True)
        if not 1 <= len(years) <= 2 or not all(isinstance(y, int) and not isinstance(y, bool) for y in years):
            self.fail("'years' must be [first] or [first, last] with whole years")
        first, last = years[0], (years[1] if len(years) == 2 else None)
        if last is not None and last < first:
            self.fail(f"'years' ends ({last}) before it starts ({first})")
        if not 1900 <= first <= 2200:
            self.fail(f"'years' starts at {first}, outside 1900-2200")
        return first, last

    def weeks(self) -> tuple[int, ...] | None:
        """``weeks``: the working weeks an entry holds for, a list of 5 and 6, each once, if given."""
        weeks = self.get("weeks", list, False)
        return None if weeks is None else check_weeks(self, weeks)

    def done(self) -> None:
        unknown = sorted(set(self.table) - self.read)
        if unknown:
            self.fail(f"unknown field{'s' if len(unknown) > 1 else ''} {', '.join(map(repr, unknown))}")


def check_weeks(t: Table, weeks: list[Any]) -> tuple[int, ...]:
    """``weeks`` read from ``t``, as the working weeks 5 and 6, each once."""
    whole = all(type(w) is int for w in weeks)  # not 6.0, not true
    if not weeks or not whole or any(w not in WEEKS for w in weeks) or len(set(weeks)) != len(weeks):
        shown = json.dumps(weeks, default=str)  # as the file writes it: [true], not [True]
        t.fail(f"'weeks' must list the working weeks 5 and 6, each at most once, got {shown}")
    return tuple(sorted(weeks))


def as_date(value: object, table: Table, key: str, in_range: bool = True) -> dt.date:
    """``value`` of the field ``key`` as a date (a TOML date or a YYYY-MM-DD string), in 1990-2100 by default."""
    if isinstance(value, dt.datetime):
        table.fail(f"field {key!r} must be a date (YYYY-MM-DD), not a date and time")
    if isinstance(value, dt.date):
        day = value
    else:
        try:
            day = to_date(value)
        except AzcalError as exc:
            table.fail(f"field {key!r}: {exc}")
    if in_range and not FIRST_YEAR - 1 <= day.year <= LAST_YEAR + 1:
        table.fail(f"field {key!r}: {day} is outside {FIRST_YEAR}-{LAST_YEAR}")
    return day


def kind_name(kind: type | tuple[type, ...]) -> str:
    """What a field of type ``kind`` holds, as the errors say it."""
    kinds = kind if isinstance(kind, tuple) else (kind,)
    return " or ".join(_KIND_NAMES.get(k, k.__name__) for k in kinds)


def type_name(value: object) -> str:
    """What ``value`` is, as the errors say it."""
    return _TYPE_NAMES.get(type(value), type(value).__name__)
