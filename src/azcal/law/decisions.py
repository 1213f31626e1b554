"""The ``[[decision]]`` and ``[[inferred]]`` entries: one table of their fields, and the reading of each.

``FIELDS`` says, for every field, what it holds, whether it must be given, which entries have it, its
limits and how its value (or each item of its list) is read; a new field is one row. An inferred entry has
no act to cite: no adoption date, number or authority, but the date its days were first reported.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from itertools import pairwise
from typing import Any

from ..errors import RulesError
from .citations import basis
from .fields import Recorded, Table, as_date, check_weeks, type_name
from .legible import LONGEST_NAME, LONGEST_TEXT
from .lines import DECISION_KINDS, Source
from .model import DatedDay, Decision, HolidayDates, Swap

_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]*")  # matched in full; ASCII only
_ACT = ("decision",)  # the fields only an act has
_INFERRED = ("inferred",)


@dataclass(frozen=True)
class Field:
    """One field of a decision: read from the TOML key ``key`` into the Decision's attribute of that name."""

    key: str
    kind: str  # what the file gives: "text", "date", "bool", "list", "note" (a text, or one per language), "basis"
    required: bool = False
    default: Any = None  # when not given (or, while a whole file is checked, not readable)
    entries: tuple[str, ...] = DECISION_KINDS  # the kinds of entry that have it; in any other it is unknown
    most: int | None = None  # the longest a text (or each text of a list) may be, in characters
    check: Callable[[Table, Field, Any], Any] | None = None  # of the value read: it, as the Decision holds it
    items: Callable[[object, Table, str], Any] | None = None  # reads each item of a list, named by its label

    def read(self, t: Table) -> Any:
        """The field's value in ``t``, checked; None when it is not given."""
        value: Any
        if self.kind == "text":
            value = t.text(self.key, self.required, self.most)
        elif self.kind == "date":
            value = t.date(self.key, self.required)
        elif self.kind == "note":
            value = t.note(self.most)
        elif self.kind == "basis":
            value = basis(t)
        else:
            value = t.get(self.key, bool if self.kind == "bool" else list, self.required)
        return value if value is None or self.check is None else self.check(t, self, value)


def _id(t: Table, field: Field, value: str) -> str:
    if not _ID.fullmatch(value):
        t.fail("an id is letters, digits, '_', '-' and '.', starting with a letter or digit")
    return value


def _reports(t: Table, field: Field, reports: list[Any]) -> tuple[str, ...]:
    """Further sources of a decision beside its ``source``: press reports, archived copies."""
    for n, report in enumerate(reports):
        if not isinstance(report, str) or not report.strip():
            t.fail(f"'reports' must be a list of URLs or citations; item {n + 1} is {type_name(report)}")
        t.printable(report, f"'reports' item {n + 1}", field.key, most=field.most)
    return tuple(reports)


def _weeks(t: Table, field: Field, weeks: list[Any]) -> tuple[int, ...]:
    return check_weeks(t, weeks)


def _swap(raw: object, parent: Table, label: str) -> Swap:
    t = parent.sub(raw, label)
    rest, work = t.attempt(partial(t.date, "rest")), t.attempt(partial(t.date, "work"))
    t.attempt(t.done)
    if rest is None or work is None:
        raise Recorded  # each problem is in the list already (when not, the first was raised)
    if rest == work:
        t.fail(f"'rest' and 'work' are the same day, {rest}")
    if abs((rest - work).days) > 92:
        t.fail(f"'rest' {rest} and 'work' {work} are more than three months apart")
    if t.found:
        raise Recorded
    return Swap(rest, work)


def _holiday_dates(raw: object, parent: Table, label: str) -> HolidayDates:
    t = parent.sub(raw, label)
    key = t.attempt(partial(t.text, "holiday"))
    dates = t.attempt(partial(_consecutive_dates, t))
    t.attempt(t.done)
    if key is None or dates is None or t.found:
        raise Recorded
    return HolidayDates(key, dates)


def _consecutive_dates(t: Table) -> tuple[dt.date, ...]:
    values = t.get("dates", list, True)
    if not values:
        t.fail("'dates' must not be empty")
    dates = tuple(as_date(v, t, "dates") for v in values)
    for before, after in pairwise(dates):
        if (after - before).days != 1:
            t.fail(f"'dates' must be consecutive days in order, got {before} then {after}")
    return dates


def _dated(raw: object, parent: Table, label: str, may_work: bool = False) -> DatedDay:
    t = parent.sub(raw, label)
    day = t.attempt(partial(t.date, "date"))
    names = t.attempt(t.names)
    non_working = t.attempt(partial(t.get, "non_working", bool, False)) if may_work else True
    t.attempt(t.done)
    if day is None or names is None or t.found:
        raise Recorded
    return DatedDay(day, names, True if non_working is None else non_working)


def _days(key: str, items: Callable[[object, Table, str], Any]) -> Field:
    """A list of the days a decision sets: one at least among all of them."""
    return Field(key, "list", default=(), items=items)


FIELDS = (
    Field("id", "text", required=True, most=LONGEST_NAME, check=_id),
    Field("adopted", "date", required=True, entries=_ACT),
    Field("reported", "date", required=True, entries=_INFERRED),
    Field("adopted_approximate", "bool", default=False, entries=_ACT),
    Field("title", "text", required=True, most=LONGEST_TEXT["title"]),
    Field("source", "text", required=True, most=LONGEST_TEXT["source"]),
    Field("number", "text", entries=_ACT, most=LONGEST_NAME),
    Field("authority", "text", entries=_ACT, most=LONGEST_NAME),
    Field("basis", "basis"),
    Field("reports", "list", default=(), most=LONGEST_TEXT["reports"], check=_reports),
    Field("note", "note", most=LONGEST_TEXT["note"]),
    Field("weeks", "list", check=_weeks),
    _days("swaps", _swap),
    _days("holiday_dates", _holiday_dates),
    _days("voting", _dated),
    _days("declared_mourning", partial(_dated, may_work=True)),
    _days("rest_days", _dated),
    _days("working_days", _dated),
)
DAY_LISTS = tuple(f.key for f in FIELDS if f.items)
_DEFAULTS = {f.key: f.default for f in FIELDS}
_FIELDS_OF = {kind: tuple(f for f in FIELDS if kind in f.entries) for kind in DECISION_KINDS}


def decision_item(
    item: tuple[int, object], *, src: Source, errors: list[RulesError] | None, kind: str
) -> Decision | None:
    """``decision`` of an (index, entry) pair."""
    return decision(item[0], item[1], src, errors, kind)


def decision(
    index: int, raw: object, src: Source, problems: list[RulesError] | None = None, kind: str = "decision"
) -> Decision | None:
    """A ``[[decision]]`` or ``[[inferred]]`` entry; with ``problems``, every problem is recorded there and
    None returned."""
    ident = raw.get("id") if isinstance(raw, dict) else None
    entry = f"{kind} {ident!r}" if isinstance(ident, str) else f"{kind} #{index + 1}"
    t = Table(raw, src.name, entry, src.decision_line(index, ident, kind), problems)
    fields = _FIELDS_OF[kind]
    values = dict(_DEFAULTS)
    for f in fields:  # every field first, then the items of the lists: a problem of each is listed in that order
        value = t.attempt(partial(f.read, t))
        if value is not None:
            values[f.key] = value
    _cite(t, src, values)
    changes = any(values[key] for key in DAY_LISTS)
    for f in fields:
        if f.items:
            values[f.key] = _items(t, f.key, f.items, values[f.key])
    t.attempt(t.done)
    wrong_type = [key for key in DAY_LISTS if key in t.table and not isinstance(t.table[key], list)]
    if not changes and not wrong_type:  # a list of the wrong type is reported already
        t.attempt(lambda: t.fail(f"changes no day: give at least one of {', '.join(DAY_LISTS)}"))
    if t.found:
        return None
    return Decision(**values, origin=src.name, line=t.line)


def _cite(t: Table, src: Source, values: dict[str, Any]) -> None:
    """The decision's ``source`` and ``reports`` as the file's sources are read: an id as its URL."""
    if values["source"] is not None:
        values["source"] = t.attempt(partial(src.citing, t, "field 'source'", values["source"]))
    reports = (t.attempt(partial(src.citing, t, f"'reports' item {n + 1}", r)) for n, r in enumerate(values["reports"]))
    values["reports"] = tuple(r for r in reports if r is not None)


def _items(t: Table, key: str, read: Callable[[object, Table, str], Any], raw: list[Any]) -> tuple[Any, ...]:
    parsed = (t.attempt(partial(read, item, t, f"{key}[{i}]")) for i, item in enumerate(raw))
    return tuple(item for item in parsed if item is not None)
