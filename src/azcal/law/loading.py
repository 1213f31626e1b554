"""Read the law and the decisions from TOML into small immutable objects, checking every field.

The same loader reads the packaged data and a user's own rules file; any problem is one
``RulesError`` naming the file, the entry and, where it can be found, the line. Nothing is returned
from a file that has a problem, so a calendar is never built on half a file.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import stat
import tomllib
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import replace
from functools import lru_cache, partial
from itertools import pairwise
from pathlib import Path
from typing import Any, NoReturn, TypeVar

from ..datapath import ENVIRONMENT, DataInUse, in_use
from ..dates import FIRST_YEAR, LAST_YEAR, to_date
from ..errors import AzcalError, DataFolderError, RulesError
from ..model import LANGUAGES, WEEKS, Category, Confidence, LawRule, Names
from .estimates import LUNAR_HOLIDAYS
from .model import DatedDay, Decision, Holiday, HolidayDates, HolidayPeriod, Record, RuleSet, Swap

DECISION_KINDS = ("decision", "inferred")  # an act; or days whose dates are known and whose act is not
LAW_KEYS = ("weekend_transfer", "bayram_transfer", "shortened_day", "swap", "voting", "leave", "leave_amended")
# matched in full: "$" alone would let a trailing line break through; ASCII digits only, not \d
_KEY = re.compile(r"[a-z][a-z0-9_]*")
_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]*")
_MONTH_DAY = re.compile(r"([0-9][0-9])-([0-9][0-9])")
# Text that a reader would not see as written, by Unicode general category: control characters (Cc),
# which act on a terminal; format characters (Cf), which show as nothing: zero-width characters and
# joiners, bidirectional marks and overrides, the soft hyphen, tags, a byte-order mark inside the text;
# surrogates (Cs); private use (Co), which no font shows as anything agreed; code points Unicode has not
# assigned (Cn), the noncharacters U+FFFE and U+FFFF among them, which XML cannot hold; line and paragraph
# separators (Zl, Zp). A name is one line; a longer text (basis, note) may hold line breaks and tabs.
_HIDDEN = {
    "Cc": "the control character {char}",
    "Cf": "the invisible format character {char}",
    "Cs": "the surrogate {char}",
    "Co": "the private-use character {char}",
    "Cn": "the unassigned code point {char}",
    "Zl": "the separator {char}",
    "Zp": "the separator {char}",
}
# letters and marks by category that show as nothing: the combining grapheme joiner, the Hangul fillers,
# the Khmer inherent vowels Unicode advises against
_FILLERS = frozenset("\u034f\u115f\u1160\u17b4\u17b5\u3164\uffa0")
# The longest text each field may hold, in characters: far beyond the law's own (a name some 60, a note
# some 200), and short enough that every export holds it whole (a spreadsheet cell holds 32,767; a
# day's names share one). A field not listed may be as long as a name.
LONGEST_NAME = 200
LONGEST_TEXT = {"title": 2_000, "basis": 2_000, "source": 2_000, "reports": 2_000, "note": 4_000}
# The names a rules file may give one day: exports join them in one cell (20 names of 200 characters and
# their commas are 4,040 characters of the 32,767).
MAX_NAMES_A_DAY = 20
MAX_FILE_SIZE = 16 * 2**20  # far above any real rules file (the packaged decisions are some 40 KiB)
# A holiday rule sets its dates in every year it is in force: a few bytes may stand for 111 years of days,
# and computing a calendar costs in proportion to the days set. The official law sets some 2,800.
MAX_HOLIDAY_DAYS = 50_000
_T = TypeVar("_T")
_R = TypeVar("_R")


# ---------------------------------------------------------------------------------------------------
# Loading


def official_rules(data: DataInUse | None = None) -> RuleSet:
    """The official data in use (``azcal.datapath``), or ``data``: read once; rule sets are never changed in place."""
    return _rules_of(data or in_use())


@lru_cache(maxsize=4)  # the data in use, and the packaged data the compiled files are checked against
def _rules_of(data: DataInUse) -> RuleSet:
    (law_name, law_text), *decisions = data_files(data)
    rules = _build(_Source(law_name, law_text), allow_law=True, require_law=True)
    rules = replace(rules, holidays={key: replace(h, official=True) for key, h in rules.holidays.items()})
    # the decisions, one file per year (as the tz database keeps one file per region): next year's
    # decisions are one new file
    for name, text in decisions:
        try:
            rules = rules.layered(_build(_Source(name, text), allow_law=False))
        except RulesError as exc:
            raise from_folder(exc, data) from None
    try:
        _check_one_meaning_per_date(rules.decisions)  # across the files, as within each
    except RulesError as exc:
        raise from_folder(exc, data) from None
    return rules


def data_files(data: DataInUse | None = None) -> list[tuple[str, str]]:
    """The official data files as names and texts: the base's law, then each year's decisions by file name,
    those of the ``AZCAL_DATA`` folders replacing the base's of the same name or added (the first folder wins)."""
    data = data or in_use()
    base = data.base
    law = (base.prefix + "holidays.toml", _read_text(os.path.join(base.folder, "holidays.toml")))
    decisions = {
        name: (base.prefix + "decisions/" + name, path) for name, path in _toml_files(base.folder, "decisions")
    }
    laid: dict[str, tuple[str, str]] = {}
    for folder in data.folders:
        if not os.path.isdir(folder):
            raise DataFolderError(f"not a folder of decision files (named by {ENVIRONMENT})", file=folder)
        for name, path in _toml_files(folder):
            if not re.fullmatch(r"[0-9]{4}\.toml", name):
                raise DataFolderError(
                    f"a file of decisions is named for its year, YYYY.toml (in {ENVIRONMENT})", file=path
                )
            laid.setdefault(name, (path, path))
    decisions |= laid
    return [law] + [(shown, _read_text(path)) for _, (shown, path) in sorted(decisions.items())]


def _toml_files(*folder: str) -> list[tuple[str, str]]:
    where = os.path.join(*folder)
    return sorted((name, os.path.join(where, name)) for name in os.listdir(where) if name.endswith(".toml"))


def _read_text(path: str) -> str:
    try:
        with open(path, encoding="utf-8") as file:
            return file.read()
    except (OSError, UnicodeDecodeError) as exc:
        raise DataFolderError(f"cannot read the file ({getattr(exc, 'strerror', None) or exc})", file=path) from None


def from_folder(error: RulesError, data: DataInUse) -> RulesError:
    """A problem in a file of an ``AZCAL_DATA`` folder as a DataFolderError, which the command reads as a
    mistake in its environment; any other as it is."""
    if any(error.file.startswith(os.path.join(folder, "")) for folder in data.folders):
        return DataFolderError(error.reason, file=error.file, entry=error.entry, line=error.line)
    return error


def check_packaged_file(name: str, text: str, errors: list[RulesError]) -> RuleSet | None:
    """Every problem of one packaged file on its own, into ``errors`` (the law's file may hold the law);
    the rules it holds when it has none."""
    try:
        rules = _build(_Source(name, text), allow_law=name.endswith("holidays.toml"), errors=errors)
    except RulesError as exc:
        errors.append(exc)
        return None
    return None if errors else rules


def load_rules(path: str | Path, *, errors: list[RulesError] | None = None) -> RuleSet:
    """A user's rules file: ``[holiday.KEY]`` tables and ``[[decision]]`` entries, as in the packaged data.

    The first problem raises a ``RulesError``. With ``errors``, a bad entry is added to that list
    instead and the rest of the file is still checked; the RuleSet returned then holds only the good
    entries and must not be used unless ``errors`` stayed empty.
    """
    return parse_rules(str(path), read_rules_file(path), errors=errors)


def read_rules_file(path: str | Path) -> str:
    """The text of a rules file, checked to be one (a regular file, not too large, UTF-8)."""
    name = str(path)
    raw = _read_regular_file(path, name)
    try:
        return raw.decode("utf-8").removeprefix("\ufeff")  # a byte-order mark, as some editors write, is no text
    except UnicodeDecodeError as exc:
        raise RulesError(f"not UTF-8 text (byte {exc.start})", file=name) from None


def parse_rules(name: str, text: str, *, errors: list[RulesError] | None = None) -> RuleSet:
    """The rules in ``text``, read from the file ``name`` (which the errors name): as ``load_rules``."""
    return _build(_Source(name, text), allow_law=False, errors=errors)


def _read_regular_file(path: str | Path, name: str) -> bytes:
    """The bytes of a regular file of at most MAX_FILE_SIZE; a device, a pipe or a folder is not read."""
    try:
        # O_NONBLOCK: opening a named pipe with no writer must not hang; it is refused below
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except OSError as exc:
        raise RulesError(f"cannot read the file ({exc.strerror or exc})", file=name) from None
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        raise RulesError("not a regular file: give a rules file, not a folder, a device or a pipe", file=name)
    with os.fdopen(fd, "rb") as file:
        try:
            raw = file.read(MAX_FILE_SIZE + 1)
        except OSError as exc:
            raise RulesError(f"cannot read the file ({exc.strerror or exc})", file=name) from None
    if len(raw) > MAX_FILE_SIZE:
        raise RulesError(f"larger than {MAX_FILE_SIZE // 2**20} MiB: not a rules file azcal reads", file=name)
    return raw


class _Source:
    """A rules file's name and text, and the line where each of its tables starts, for error messages.

    The lines are found in one pass over the text, so naming the line of any entry costs a lookup.
    """

    def __init__(self, name: str, text: str):
        self.name = name
        self.text = text
        self._tables: dict[str, int] = {}  # "holiday.KEY", "law.KEY", a top-level key -> its first line
        self._arrays: dict[str, list[int]] = {}  # "decision", "holiday.KEY.rule" -> each [[...]] header's line
        self._counts: dict[str, int] = {}  # how many [[decision]] and [[inferred]] entries the parsed file holds
        self._id_lines: dict[str, int] | None = None  # each id's first line, found only when needed
        in_table = False
        in_string = ""  # the delimiter of the multi-line string a line is inside, if any
        for number, line in enumerate(text.splitlines(), 1):
            stripped = line.lstrip()
            was_in_string = in_string
            for delimiter in ('"""', "'''"):
                if (not in_string or in_string == delimiter) and line.count(delimiter) % 2:
                    in_string = "" if in_string else delimiter
            if was_in_string:
                continue  # inside a multi-line string: "[[decision]]" there is text, not a header
            if stripped.startswith("["):
                array = stripped.startswith("[[")
                header = stripped[2 if array else 1 :].split("]", 1)[0]
                header = ".".join(part.strip().strip("\"'") for part in header.split("."))
                if array:
                    self._arrays.setdefault(header, []).append(number)
                self._tables.setdefault(header, number)
                self._tables.setdefault(header.split(".", 1)[0], number)
                in_table = True
            elif not in_table and "=" in stripped and not stripped.startswith("#"):
                key = stripped.split("=", 1)[0].split(".", 1)[0].strip().strip("\"'")
                self._tables.setdefault(key, number)

    def table_line(self, name: str) -> int | None:
        """The line of ``[name]`` (or of a top-level key ``name``)."""
        return self._tables.get(name)

    def array_line(self, name: str, index: int) -> int | None:
        """The line of the ``index``-th ``[[name]]`` header (from 0)."""
        lines = self._arrays.get(name, [])
        return lines[index] if index < len(lines) else None

    def decision_line(self, index: int, ident: object, kind: str = "decision") -> int | None:
        """The line of the ``index``-th decision (``kind``: decision or inferred): its ``[[decision]]``
        header, where every decision has one; else (decisions written as inline tables, a header inside a
        multi-line string) the line of its id."""
        headers = self._arrays.get(kind, [])
        if len(headers) == self._counts.get(kind, 0):
            return headers[index]
        if self._id_lines is None:
            self._id_lines = {}
            for number, line in enumerate(self.text.splitlines(), 1):
                for match in re.finditer(r"\bid\s*=\s*[\"']([^\"'\n]*)[\"']", line):
                    self._id_lines.setdefault(match.group(1), number)
        return self._id_lines.get(ident) if isinstance(ident, str) else None

    def parse(self) -> dict[str, Any]:
        try:
            doc = tomllib.loads(self.text)
        except RecursionError:  # tomllib reads nested arrays and tables by recursion
            raise RulesError("not a rules file: arrays or tables nested too deeply", file=self.name) from None
        except tomllib.TOMLDecodeError as exc:
            message = str(exc)
            at = re.search(r"\(at line (\d+), column \d+\)$", message)
            line = int(at.group(1)) if at else None  # tomllib puts the place in the message
            raise RulesError(f"not valid TOML: {message}", file=self.name, line=line) from None
        for kind in DECISION_KINDS:
            entries = doc.get(kind)
            self._counts[kind] = len(entries) if isinstance(entries, list) else 0
        return doc


def _build(
    src: _Source, *, allow_law: bool, require_law: bool = False, errors: list[RulesError] | None = None
) -> RuleSet:
    doc = src.parse()
    allowed = {"holiday", *DECISION_KINDS} | ({"law", "record"} if allow_law else set())
    for key in doc:
        if key not in allowed:
            _report(
                RulesError(
                    f"unknown top-level key {key!r}; expected {', '.join(sorted(allowed))}",
                    file=src.name,
                    line=src.table_line(key),
                ),
                errors,
            )
    law = _law(doc.get("law", {}), src, require=require_law)
    records = _records(doc.get("record", []), src) if allow_law else ()  # else refused above, once
    holidays_doc = doc.get("holiday", {})
    if not isinstance(holidays_doc, dict):
        raise RulesError("'holiday' must be tables like [holiday.KEY]", file=src.name)
    holidays = _each(holidays_doc.items(), lambda item: _holiday(item[0], item[1], src, errors), errors)
    _check_holiday_days(holidays, src)
    found: list[Decision] = []
    for kind in DECISION_KINDS:
        entries = doc.get(kind, [])
        if not isinstance(entries, list):
            raise RulesError(f"'{kind}' must be a list of [[{kind}]] tables", file=src.name)
        parse = partial(_decision_item, src=src, errors=errors, kind=kind)
        found += _each(enumerate(entries), parse, errors)
    decisions = tuple(found)
    if errors:
        return RuleSet(law=law, holidays={}, decisions=(), origins=(src.name,))
    seen: set[str] = set()
    for decision in decisions:
        if decision.id in seen:
            raise RulesError(
                "duplicate id",
                file=src.name,
                entry=decision.entry,
                line=decision.line,
            )
        seen.add(decision.id)
    _check_one_meaning_per_date(decisions)
    _check_names_a_day(holidays, decisions, src)
    return RuleSet(
        law=law, holidays={h.key: h for h in holidays}, decisions=decisions, origins=(src.name,), records=records
    )


def _check_holiday_days(holidays: list[Holiday], src: _Source) -> None:
    """That the file's holiday rules set at most MAX_HOLIDAY_DAYS days over the years a calendar computes,
    before any is computed: the work a file asks for stays in proportion to the file."""
    total = 0
    for holiday in holidays:
        for period in holiday.periods:
            first, last = (
                max(period.first, FIRST_YEAR),
                min(LAST_YEAR if period.last is None else period.last, LAST_YEAR),
            )
            total += max(0, last - first + 1) * (len(period.dates) or period.days)
    if total > MAX_HOLIDAY_DAYS:
        raise RulesError(
            f"its holiday rules set {total:,} days over {FIRST_YEAR}-{LAST_YEAR}, more than the {MAX_HOLIDAY_DAYS:,} "
            "a rules file may set: give each rule only the years it holds for",
            file=src.name,
        )


def _check_names_a_day(holidays: list[Holiday], decisions: tuple[Decision, ...], src: _Source) -> None:
    """That the file gives no day more than MAX_NAMES_A_DAY names, counted high: each holiday as if in
    force every year, and a lunar one as if on every day."""
    yearly = Counter(month_day for h in holidays for month_day in {md for p in h.periods for md in p.dates})
    lunar = sum(any(p.lunar for p in h.periods) for h in holidays)
    dated: Counter[dt.date] = Counter()
    for d in decisions:
        dated.update(day for item in d.holiday_dates for day in item.dates)
        dated.update(item.date for item in d.voting + d.declared_mourning)
    counts = {f"{month:02}-{day:02} of a year": n for (month, day), n in yearly.items()}
    counts |= {date.isoformat(): n + yearly[date.month, date.day] for date, n in dated.items()}
    day, most = max(counts.items(), key=lambda count: count[1], default=("one day", 0))
    if most + lunar > MAX_NAMES_A_DAY:
        raise RulesError(
            f"{most + lunar} of its names may fall on {day}{' (its lunar holidays on any day)' if lunar else ''}, "
            f"more than the {MAX_NAMES_A_DAY} a rules file may give one day, whose names are shown together",
            file=src.name,
        )


def _report(error: RulesError, errors: list[RulesError] | None) -> None:
    if errors is None:
        raise error
    errors.append(error.with_traceback(None))  # a kept traceback would keep every frame of the check alive


def _each(items: Iterable[_T], parse: Callable[[_T], _R | None], errors: list[RulesError] | None) -> list[_R]:
    """``parse`` applied to each item; a bad item raises, or is reported and left out when collecting."""
    parsed = []
    for item in items:
        try:
            result = parse(item)
        except RulesError as exc:
            _report(exc, errors)
            continue
        if result is not None:  # None: its problems are reported already
            parsed.append(result)
    return parsed


class _Recorded(Exception):  # a signal, not an error: the part's problems are recorded already
    """Raised by a part of an entry whose problems went to the list one by one."""


class _Table:
    """Typed reads from one TOML table; ``done()`` rejects keys nobody read.

    With a list of ``problems`` (a whole file being checked), ``attempt`` records a field's problem and
    goes on to the next field, so that every problem of an entry is listed; without one, the first raises.
    """

    def __init__(
        self, table: object, file: str, entry: str, line: int | None, problems: list[RulesError] | None = None
    ):
        self.file, self.entry, self.line, self.problems = file, entry, line, problems
        if not isinstance(table, dict):
            self.fail(f"expected a table, got {_type_name(table)}")
        self.table: dict[str, Any] = table
        self.read: set[str] = set()
        self.found = 0  # problems recorded for this table and the ones inside it

    def fail(self, message: str) -> NoReturn:
        raise RulesError(message, file=self.file, entry=self.entry, line=self.line)

    def attempt(self, read: Callable[[], _R]) -> _R | None:
        """``read()``; when checking a whole file, a problem is recorded and None returned instead."""
        try:
            return read()
        except _Recorded:
            return None
        except RulesError as exc:
            if self.problems is None:
                raise
            self.problems.append(exc.with_traceback(None))  # its frames need not live as long as the list
            self.found += 1
            return None

    def get(self, key: str, kind: type | tuple[type, ...], required: bool) -> Any:
        self.read.add(key)
        if key not in self.table:
            if required:
                self.fail(f"missing required field {key!r}")
            return None
        value = self.table[key]
        if isinstance(value, bool) and bool not in (kind if isinstance(kind, tuple) else (kind,)):
            self.fail(f"field {key!r} must be {_kind_name(kind)}, got a boolean")
        if not isinstance(value, kind):
            self.fail(f"field {key!r} must be {_kind_name(kind)}, got {_type_name(value)}: {value!r}")
        return value

    def text(self, key: str, required: bool = True) -> str | None:
        value: str | None = self.get(key, str, required)
        if value is not None:
            if not value.strip():
                self.fail(f"field {key!r} must not be empty")
            self.printable(value, repr(key), key, lines=True)
        return value

    def printable(self, value: str, what: str, key: str, lines: bool = False) -> None:
        """That ``value`` is no longer than the field ``key`` may be and shows as written (``lines``: on
        several lines, with tabs); ``what`` names it in the error."""
        longest = LONGEST_TEXT.get(key, LONGEST_NAME)
        if len(value) > longest:
            self.fail(f"field {what} is {len(value):,} characters long, more than the {longest:,} it may have")
        hidden = _hidden(value, lines)
        if hidden:
            position, described = hidden
            self.fail(f"field {what} holds {described} at position {position}")

    def date(self, key: str, required: bool = True, *, in_range: bool = True) -> dt.date | None:
        value = self.get(key, (dt.date, str), required)
        return None if value is None else _as_date(value, self, key, in_range)

    def names(self, key: str = "names", required: bool = True, what: str = "name", lines: bool = False) -> Names | None:
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
            self.printable(value[lang], f"{key!r} ({lang})", key, lines)
        return Names(value["az"], value["en"], value["ru"])

    def note(self) -> Names | None:
        """A remark: a table of az, en and ru texts, or one text for every language."""
        value = self.table.get("note")
        if isinstance(value, dict):
            return self.names("note", what="text", lines=True)
        if value is not None and not isinstance(value, str):
            self.read.add("note")
            self.fail(f"field 'note' must be a string or a table of az, en and ru, got {_type_name(value)}: {value!r}")
        text = self.text("note", required=False)
        return None if text is None else Names(text, text, text)

    def done(self) -> None:
        unknown = sorted(set(self.table) - self.read)
        if unknown:
            self.fail(f"unknown field{'s' if len(unknown) > 1 else ''} {', '.join(map(repr, unknown))}")


def _hidden(value: str, lines: bool) -> tuple[int, str] | None:
    """The first character of ``value`` a reader would not see as written, as its position (from 1) and
    what it is; None when every character shows. ``lines``: line breaks and tabs are allowed."""
    if value.isascii() and value.isprintable():
        return None  # most text, at the speed of one pass in C
    previous = "\n"  # a mark at the start has no letter before it
    for position, char in enumerate(value, 1):
        what = _hidden_kind(char, previous, lines)
        if what:
            name = unicodedata.name(char, "")  # none for a control character, private use, a noncharacter
            return position, what.format(char=f"U+{ord(char):04X}" + (f" ({name})" if name else ""))
        previous = char
    return None


def _hidden_kind(char: str, previous: str, lines: bool) -> str | None:
    if lines and char in "\n\t":
        return None
    category = unicodedata.category(char)
    if category == "Cn" and (0xFDD0 <= ord(char) <= 0xFDEF or ord(char) & 0xFFFE == 0xFFFE):
        return "the noncharacter {char}"
    if category in _HIDDEN:
        return _HIDDEN[category]
    if char in _FILLERS:
        return "the invisible filler {char}"
    if category.startswith("M") and previous.isspace():  # a combining mark or a variation selector
        return "the mark {char}, with no letter before it,"
    return None


def _as_date(value: object, table: _Table, key: str, in_range: bool = True) -> dt.date:
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


def _kind_name(kind: type | tuple[type, ...]) -> str:
    kinds = kind if isinstance(kind, tuple) else (kind,)
    words = {
        str: "a string",
        int: "a whole number",
        bool: "true or false",
        dict: "a table",
        list: "a list",
        dt.date: "a date",
    }
    return " or ".join(words.get(k, k.__name__) for k in kinds)


def _type_name(value: object) -> str:
    return {
        str: "a string",
        int: "a whole number",
        float: "a number",
        bool: "a boolean",
        dict: "a table",
        list: "a list",
    }.get(type(value), type(value).__name__)


def _law(doc: object, src: _Source, *, require: bool) -> dict[str, LawRule]:
    if not isinstance(doc, dict):
        raise RulesError("'law' must be tables like [law.KEY]", file=src.name)
    law: dict[str, LawRule] = {}
    for key, raw in doc.items():
        if key not in LAW_KEYS:
            raise RulesError(
                f"unknown law rule {key!r}; expected {', '.join(LAW_KEYS)}",
                file=src.name,
                entry=f"[law.{key}]",
                line=src.table_line(f"law.{key}"),
            )
        t = _Table(raw, src.name, f"[law.{key}]", src.table_line(f"law.{key}"))
        law[key] = LawRule(
            key, t.text("basis") or "", t.text("source") or "", t.date("since", required=False, in_range=False)
        )
        t.done()
    if require:
        missing = [k for k in LAW_KEYS if k not in law]
        if missing:
            raise RulesError(f"missing law rules: {', '.join(missing)}", file=src.name)
    return law


def _records(doc: object, src: _Source) -> tuple[Record, ...]:
    """The ``[[record]]`` periods: how sure the data is of each span of years; no two overlap in a week."""
    if not isinstance(doc, list):
        raise RulesError("'record' must be a list of [[record]] tables", file=src.name)
    records = []
    for index, raw in enumerate(doc):
        t = _Table(raw, src.name, f"record #{index + 1}", src.array_line("record", index))
        first, last = _years(t)
        weeks = _weeks(t) or WEEKS
        level = t.text("confidence") or ""
        if level not in {c.value for c in Confidence} or level == Confidence.ESTIMATED:
            t.fail(f"'confidence' must be confirmed, derived or unverified, got {level!r}")
        known = t.date("known", required=False, in_range=False)
        source = t.text("source") or ""
        t.note()  # why the period is as sure as it says: for the reader of the file
        t.done()
        if last is None:
            t.fail("a record's 'years' are [first, last]")
        records.append(Record(first, last, weeks, Confidence(level), known, source))
    for n, one in enumerate(records):
        for other in records[n + 1 :]:
            if one.first <= other.last and other.first <= one.last and set(one.weeks) & set(other.weeks):
                raise RulesError(f"records overlap in {max(one.first, other.first)}", file=src.name, entry="[[record]]")
    return tuple(records)


def _holiday(key: str, raw: object, src: _Source, problems: list[RulesError] | None = None) -> Holiday | None:
    """A ``[holiday.KEY]`` table; with ``problems``, every problem is recorded there and None returned."""
    label = key if key.isprintable() else repr(key)  # a key that would act on a terminal is shown escaped
    t = _Table(raw, src.name, f"[holiday.{label}]", src.table_line(f"holiday.{key}"), problems)
    if not _KEY.fullmatch(key):
        t.attempt(lambda: t.fail("a holiday key is lower-case letters, digits and '_', starting with a letter"))
    defaults = {
        "category": t.attempt(lambda: _own_category(t)),
        "names": t.attempt(lambda: t.names(required=False)),
        "basis": t.attempt(lambda: t.text("basis", required=False)),
        "source": t.attempt(lambda: t.text("source", required=False)),
        "commemorates": t.attempt(lambda: t.date("commemorates", required=False, in_range=False)),
    }
    bayram = t.attempt(lambda: t.get("bayram", bool, False)) or False
    raw_periods = t.attempt(lambda: t.get("rule", list, True)) or []
    t.attempt(t.done)
    if not raw_periods and not t.found:
        t.attempt(lambda: t.fail("needs at least one [[holiday.KEY.rule]]"))
    periods = [t.attempt(partial(_period, i, p, defaults, src, key, t)) for i, p in enumerate(raw_periods)]
    if t.found:
        return None
    ordered = sorted((p for p in periods if p is not None), key=lambda p: p.first)
    for before, after in pairwise(ordered):
        if before.last is None or before.last >= after.first:
            t.fail(f"rules overlap: years from {after.first} are covered twice")
    return Holiday(key=key, bayram=bayram, periods=tuple(ordered), origin=src.name, line=t.line)


def _period(
    index: int, raw: object, defaults: dict[str, Any], src: _Source, key: str, holiday: _Table
) -> HolidayPeriod:
    line = src.array_line(f"holiday.{key}.rule", index) or src.table_line(f"holiday.{key}")
    t = _Table(raw, src.name, f"{holiday.entry} rule {index + 1}", line, holiday.problems)
    years = t.attempt(lambda: _years(t))
    dates_and_days = t.attempt(lambda: _dates_or_lunar(t))
    category = t.attempt(lambda: _category(t, defaults["category"], holiday))
    names = t.attempt(lambda: t.names(required=False)) or defaults["names"]
    basis = t.attempt(lambda: t.text("basis", required=False)) or defaults["basis"]
    source = t.attempt(lambda: t.text("source", required=False)) or defaults["source"]
    for field_name, value in (("names", names), ("basis", basis), ("source", source)):
        if value is None and field_name not in t.table and field_name not in holiday.table:  # else: reported
            t.attempt(partial(t.fail, f"missing {field_name!r} (give it on the holiday or on the rule)"))
    commemorates = t.attempt(lambda: t.date("commemorates", required=False, in_range=False)) or defaults["commemorates"]
    note = t.attempt(lambda: t.note())
    unverified = t.attempt(lambda: t.get("unverified", bool, False)) or False
    t.attempt(t.done)
    holiday.found += t.found
    if t.found or years is None or dates_and_days is None or category is None:
        raise _Recorded  # each problem is in the list already
    (first, last), (dates, lunar, days) = years, dates_and_days
    return HolidayPeriod(
        first, last, dates, lunar, days, category, names, basis, source, commemorates, note, unverified
    )


def _years(t: _Table) -> tuple[int, int | None]:
    years = t.get("years", list, True)
    if not 1 <= len(years) <= 2 or not all(isinstance(y, int) and not isinstance(y, bool) for y in years):
        t.fail("'years' must be [first] or [first, last] with whole years")
    first, last = years[0], (years[1] if len(years) == 2 else None)
    if last is not None and last < first:
        t.fail(f"'years' ends ({last}) before it starts ({first})")
    if not 1900 <= first <= 2200:
        t.fail(f"'years' starts at {first}, outside 1900-2200")
    return first, last


def _dates_or_lunar(t: _Table) -> tuple[tuple[tuple[int, int], ...], str | None, int]:
    raw_dates = t.get("dates", list, False)
    lunar = t.get("lunar", str, False)
    days = t.get("days", int, False)
    if (raw_dates is None) == (lunar is None):
        t.fail("give either 'dates' (\"MM-DD\" strings) or 'lunar' with 'days'")
    if raw_dates is not None:
        if not raw_dates:
            t.fail("'dates' must not be empty")
        dates = tuple(_month_day(d, t) for d in raw_dates)
        if len(set(dates)) != len(dates):
            t.fail("'dates' lists a date twice")
        if days is not None:
            t.fail("'days' goes with 'lunar', not with 'dates'")
        return dates, None, 0
    if lunar not in LUNAR_HOLIDAYS:
        t.fail(f"'lunar' must be one of {', '.join(LUNAR_HOLIDAYS)}, got {lunar!r}")
    if days is None or not 1 <= days <= 5:
        t.fail("a lunar holiday needs 'days' between 1 and 5")
    return (), lunar, days


def _own_category(t: _Table) -> Category | None:
    text = t.text("category", required=False)
    return None if text is None else _category_named(t, text)


def _category(t: _Table, default: Category | None, holiday: _Table) -> Category:
    """A rule's category: its own, else the holiday's."""
    text = t.text("category", required=False)
    if text is not None:
        return _category_named(t, text)
    if default is None:
        if "category" in holiday.table:
            raise _Recorded  # the holiday's own is wrong, and reported there once
        t.fail("missing 'category'")
    return default


def _category_named(t: _Table, text: str) -> Category:
    try:
        category = Category(text)
    except ValueError:
        t.fail(f"unknown category {text!r}; expected one of {', '.join(c.value for c in Category)}")
    if category in (Category.VOTING, Category.DECLARED_MOURNING):
        t.fail(f"category {category.value!r} belongs in a [[decision]], not a holiday")
    return category


def _month_day(value: object, t: _Table) -> tuple[int, int]:
    match = _MONTH_DAY.fullmatch(value) if isinstance(value, str) else None
    if not match:
        t.fail(f"a date in 'dates' must be a \"MM-DD\" string, got {value!r}")
    month, day = int(match.group(1)), int(match.group(2))
    try:
        dt.date(2001, month, day)  # a common year: 29 February would be missing three years in four
    except ValueError:
        t.fail(f"{value!r} is not a date that exists every year")
    return month, day


_DECISION_LISTS = ("swaps", "holiday_dates", "voting", "declared_mourning", "rest_days", "working_days")


def _decision_item(
    item: tuple[int, object], *, src: _Source, errors: list[RulesError] | None, kind: str
) -> Decision | None:
    return _decision(item[0], item[1], src, errors, kind)


def _decision(
    index: int, raw: object, src: _Source, problems: list[RulesError] | None = None, kind: str = "decision"
) -> Decision | None:
    """A ``[[decision]]`` or ``[[inferred]]`` entry; with ``problems``, every problem is recorded there and
    None returned. An inferred entry has no act to cite: no adoption date, number or authority, but the
    date its days were first reported."""
    ident = raw.get("id") if isinstance(raw, dict) else None
    entry = f"{kind} {ident!r}" if isinstance(ident, str) else f"{kind} #{index + 1}"
    t = _Table(raw, src.name, entry, src.decision_line(index, ident, kind), problems)
    inferred = kind == "inferred"
    decision_id = t.attempt(lambda: _decision_id(t))
    adopted = None if inferred else t.attempt(lambda: t.date("adopted"))
    reported = t.attempt(lambda: t.date("reported")) if inferred else None
    approximate = False if inferred else t.attempt(lambda: t.get("adopted_approximate", bool, False)) or False
    texts = {key: t.attempt(partial(t.text, key)) for key in ("title", "source")}
    fields = ("basis",) if inferred else ("number", "authority", "basis")
    optional = {key: t.attempt(partial(t.text, key, False)) for key in fields}
    reports = t.attempt(lambda: _reports(t)) or ()
    note = t.attempt(t.note)
    weeks = t.attempt(lambda: _weeks(t))
    lists = {key: t.attempt(partial(t.get, key, list, False)) or [] for key in _DECISION_LISTS}

    def each(key: str, parse: Callable[[object, _Table, int], _R]) -> tuple[_R, ...]:
        parsed = (t.attempt(partial(parse, item, t, i)) for i, item in enumerate(lists[key]))
        return tuple(item for item in parsed if item is not None)

    def dated(label: str, may_work: bool = False) -> tuple[DatedDay, ...]:
        def parse(item: object, parent: _Table, i: int) -> DatedDay:
            return _dated(item, parent, label, i, may_work)

        return each(label, parse)

    swaps = each("swaps", _swap)
    holiday_dates = each("holiday_dates", _holiday_dates)
    voting, declared = dated("voting"), dated("declared_mourning", may_work=True)
    rest_days, working_days = dated("rest_days"), dated("working_days")
    t.attempt(t.done)
    wrong_type = [key for key in _DECISION_LISTS if key in t.table and not isinstance(t.table[key], list)]
    if not any(lists.values()) and not wrong_type:  # a list of the wrong type is reported already
        t.attempt(lambda: t.fail(f"changes no day: give at least one of {', '.join(_DECISION_LISTS)}"))
    if t.found:
        return None
    assert decision_id is not None and (adopted or reported) is not None  # else a problem was found
    return Decision(
        id=decision_id,
        adopted=adopted,
        reported=reported,
        adopted_approximate=approximate,
        number=optional.get("number"),
        authority=optional.get("authority"),
        reports=reports,
        title=texts["title"] or "",
        source=texts["source"] or "",
        note=note,
        basis=optional["basis"],
        weeks=weeks,
        swaps=swaps,
        holiday_dates=holiday_dates,
        voting=voting,
        declared_mourning=declared,
        rest_days=rest_days,
        working_days=working_days,
        origin=src.name,
        line=t.line,
    )


def _reports(t: _Table) -> tuple[str, ...]:
    """Further sources of a decision beside its ``source``: press reports, archived copies."""
    reports = t.get("reports", list, False) or []
    for n, report in enumerate(reports):
        if not isinstance(report, str) or not report.strip():
            t.fail(f"'reports' must be a list of URLs or citations; item {n + 1} is {_type_name(report)}")
        t.printable(report, f"'reports' item {n + 1}", "reports")
    return tuple(reports)


def _weeks(t: _Table) -> tuple[int, ...] | None:
    """The working weeks a decision holds for: a list of 5 and 6, each once, if given."""
    weeks = t.get("weeks", list, False)
    if weeks is None:
        return None
    whole = all(type(w) is int for w in weeks)  # not 6.0, not true
    if not weeks or not whole or any(w not in WEEKS for w in weeks) or len(set(weeks)) != len(weeks):
        shown = json.dumps(weeks, default=str)  # as the file writes it: [true], not [True]
        t.fail(f"'weeks' must list the working weeks 5 and 6, each at most once, got {shown}")
    return tuple(sorted(weeks))


def _decision_id(t: _Table) -> str:
    decision_id = t.text("id") or ""
    if not _ID.fullmatch(decision_id):
        t.fail("an id is letters, digits, '_', '-' and '.', starting with a letter or digit")
    return decision_id


def _sub(raw: object, parent: _Table, label: str) -> _Table:
    return _Table(raw, parent.file, f"{parent.entry} {label}", parent.line, parent.problems)


def _swap(raw: object, parent: _Table, index: int) -> Swap:
    t = _sub(raw, parent, f"swaps[{index}]")
    rest, work = t.attempt(partial(t.date, "rest")), t.attempt(partial(t.date, "work"))
    t.attempt(t.done)
    if rest is None or work is None:
        raise _Recorded  # each problem is in the list already (when not, the first was raised)
    if rest == work:
        t.fail(f"'rest' and 'work' are the same day, {rest}")
    if abs((rest - work).days) > 92:
        t.fail(f"'rest' {rest} and 'work' {work} are more than three months apart")
    if t.found:
        raise _Recorded
    return Swap(rest, work)


def _holiday_dates(raw: object, parent: _Table, index: int) -> HolidayDates:
    t = _sub(raw, parent, f"holiday_dates[{index}]")
    key = t.attempt(partial(t.text, "holiday"))
    dates = t.attempt(partial(_consecutive_dates, t))
    t.attempt(t.done)
    if key is None or dates is None or t.found:
        raise _Recorded
    return HolidayDates(key, dates)


def _consecutive_dates(t: _Table) -> tuple[dt.date, ...]:
    values = t.get("dates", list, True)
    if not values:
        t.fail("'dates' must not be empty")
    dates = tuple(_as_date(v, t, "dates") for v in values)
    for before, after in pairwise(dates):
        if (after - before).days != 1:
            t.fail(f"'dates' must be consecutive days in order, got {before} then {after}")
    return dates


def _dated(raw: object, parent: _Table, label: str, index: int, may_work: bool = False) -> DatedDay:
    t = _sub(raw, parent, f"{label}[{index}]")
    day = t.attempt(partial(t.date, "date"))
    names = t.attempt(t.names)
    non_working = t.attempt(partial(t.get, "non_working", bool, False)) if may_work else True
    t.attempt(t.done)
    if day is None or names is None or t.found:
        raise _Recorded
    return DatedDay(day, names, True if non_working is None else non_working)


def _check_one_meaning_per_date(decisions: Iterable[Decision]) -> None:
    """A date may be made a day off, or a working day, by one decision, and not both, in each week."""
    decisions = tuple(decisions)
    for week in WEEKS:
        _check_week(decisions, week)


def _check_week(decisions: tuple[Decision, ...], week: int) -> None:
    off: dict[dt.date, Decision] = {}
    work: dict[dt.date, Decision] = {}
    in_week = "" if week == 5 else " in the six-day week"

    def claim(claims: dict[dt.date, Decision], day: dt.date, decision: Decision, what: str) -> None:
        if day in claims:
            raise RulesError(
                f"{day} is made a {what} twice{in_week} (also by {claims[day].id!r})",
                file=decision.origin,
                entry=decision.entry,
                line=decision.line,
            )
        claims[day] = decision

    for d in decisions:
        if d.holds_for(week, trade=True):
            for s in d.swaps:
                claim(off, s.rest, d, "day off")
                claim(work, s.work, d, "working day")
            for item in d.working_days:
                claim(work, item.date, d, "working day")
        if d.holds_for(week):
            for item in d.voting + d.rest_days + tuple(m for m in d.declared_mourning if m.non_working):
                claim(off, item.date, d, "day off")
    clash = min(off.keys() & work.keys(), default=None)
    if clash is not None:
        raise RulesError(
            f"{clash} is made a day off by {off[clash].id!r} and a working day by {work[clash].id!r}{in_week}",
            file=work[clash].origin,
            entry=work[clash].entry,
            line=work[clash].line,
        )
