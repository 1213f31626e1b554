"""The JavaScript package's data, ``js/data.js``: the official calendars of both weeks, as the package reads them.

The npm package ``azcal`` (``js/`` in a checkout) answers from the same compiled calendars as this library.
``python -m azcal.compiled`` writes its data beside the compiled files and the tests compare it byte for byte,
so a new act reaches JavaScript by the same regeneration. It is an ES module whose default export is JSON:

- ``strings``: every text once (keys, kinds, names, legal bases, sources, ISO dates), referred to by number;
- ``names`` ([az, en, ru]), ``observances`` and ``reasons``: rows of numbers, shared by both weeks, with
  their fields in the order js/calendar.js takes them apart, and flags as 0 or 1;
- per week, ``facts``: the distinct day facts of its calendar, and ``dates``: which fact each date has.

A date has its weekday's usual fact unless ``dates`` says otherwise. ``dates`` is a flat list of pairs:
days since the last date listed (the first counted from the day before 1 January 1990), then that date's
fact. A fact that the same weekday of the next week has too becomes its weekday's usual fact; one that is
the date's alone is written as its bitwise complement (``~fact``, negative) and changes nothing after it.
So each week's 40,542 dates take some 4,000 pairs; the package counts the workdays before each date itself.
"""

from __future__ import annotations

import json
import os
from typing import TYPE_CHECKING, Any

from ..dates import FIRST_YEAR, LAST_YEAR
from .table import SPAN

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Mapping

    from ..model import DayFacts, Names, Observance, Reason
    from .table import CompiledCalendar

FORMAT = 1  # the package refuses data of another format

_CHECKOUT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
_PACKAGE = os.path.join(_CHECKOUT, "js")


def package_data_file() -> str | None:
    """Where the JavaScript package's data goes: ``js/data.js`` in a checkout; None where there is no such
    package beside this code (an installed azcal, a copy of the package)."""
    try:
        with open(os.path.join(_PACKAGE, "package.json"), encoding="utf-8") as file:
            name = json.load(file).get("name")
    except (OSError, ValueError, AttributeError):  # no package there, or not one whose manifest reads
        return None
    return os.path.join(_PACKAGE, "data.js") if name == "azcal" else None


def package_data(weeks: Mapping[int, CompiledCalendar]) -> bytes:
    """The text of ``js/data.js`` for the official calendars of both ``weeks``; the same calendars always
    give the same bytes."""
    table = _Table()
    encoded = {str(week): _week(calendar, table) for week, calendar in sorted(weeks.items())}
    versions = {calendar.data_version for calendar in weeks.values()}
    if len(versions) != 1:
        raise ValueError(f"the weeks' calendars are of different data: {sorted(versions)}")
    version = versions.pop()
    lines = [
        f"// azcal's official calendars for JavaScript, both working weeks, data version {version}.",
        "// Made from the compiled calendars by `PYTHONPATH=src python -m azcal.compiled`, and compared with",
        "// them byte for byte by the tests: edit the data in src/azcal/law/data and run that command.",
        "export default {",
        f'"format": {FORMAT},',
        f'"first": {FIRST_YEAR},',
        f'"last": {LAST_YEAR},',
        f'"dataVersion": {_json(version)},',
        _rows("strings", list(table.strings)) + ",",
        _rows("names", table.names_rows) + ",",
        _rows("observances", table.observance_rows) + ",",
        _rows("reasons", table.reason_rows) + ",",
        '"weeks": {',
        ",\n".join(
            f'{_json(week)}: {{\n{_rows("facts", facts)},\n"dates": {_json(dates)}\n}}'
            for week, (facts, dates) in encoded.items()
        ),
        "}",
        "};",
    ]
    return ("\n".join(lines) + "\n").encode("utf-8")


def _week(calendar: CompiledCalendar, table: _Table) -> tuple[list[list[Any]], list[int]]:
    """A week's facts, as rows, and its dates, as the pairs the module docstring describes."""
    facts = [table.fact(f) for f in calendar.tables.facts]
    numbers = calendar.facts_index
    usual = [-1] * 7  # per weekday; none before the first week
    dates: list[int] = []
    last = -1
    for i in range(SPAN):
        fact = numbers[i]
        if fact == usual[i % 7]:
            continue
        lasting = i + 7 < SPAN and numbers[i + 7] == fact
        dates += [i - last, fact if lasting else ~fact]
        last = i
        if lasting:
            usual[i % 7] = fact
    return facts, dates


class _Table:
    """The rows shared by both weeks, each value numbered when first met."""

    def __init__(self) -> None:
        self.strings: dict[str, int] = {}
        self.names: dict[Names, int] = {}
        self.observances: dict[Observance, int] = {}
        self.reasons: dict[Reason, int] = {}
        self.names_rows: list[list[Any]] = []
        self.observance_rows: list[list[Any]] = []
        self.reason_rows: list[list[Any]] = []

    def text(self, value: str | None) -> int | None:
        return None if value is None else self.strings.setdefault(value, len(self.strings))

    def date(self, value: dt.date | None) -> int | None:
        return None if value is None else self.text(value.isoformat())

    def name(self, value: Names | None) -> int | None:
        if value is None:
            return None
        if value not in self.names:
            self.names_rows.append([self.text(value.az), self.text(value.en), self.text(value.ru)])
            self.names[value] = len(self.names)
        return self.names[value]

    def observance(self, o: Observance | None) -> int | None:
        if o is None:
            return None
        if o not in self.observances:
            row = [self.text(o.key), self.name(o.names), self.text(o.category.value), self.text(o.basis)]
            row += [self.text(o.source), int(o.estimated), self.date(o.commemorates), o.anniversary]
            row += [self.name(o.note), self.text(o.decision)]
            self.observance_rows.append(row)
            self.observances[o] = len(self.observances)
        return self.observances[o]

    def reason(self, r: Reason | None) -> int | None:
        if r is None:
            return None
        if r not in self.reasons:
            row = [self.text(r.rule.value), self.text(r.basis), self.text(r.source), self.date(r.stands_for)]
            row += [self.text(r.holiday), self.text(r.decision), int(r.estimated)]
            row += [self.observance(r.stands_for_holiday), self.name(r.names), self.name(r.note)]
            self.reason_rows.append(row)
            self.reasons[r] = len(self.reasons)
        return self.reasons[r]

    def fact(self, f: DayFacts) -> list[Any]:
        return [
            self.text(f.kind.value),
            f.hours,
            int(f.shortened),
            int(f.estimated),
            [self.observance(o) for o in f.observances],
            self.reason(f.reason),
            self.observance(f.shortened_before),
            self.text(f.confidence.value),
        ]


def _json(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _rows(name: str, rows: list[Any]) -> str:
    """A named list, one row a line: a change to the data shows in a diff as the rows it changes."""
    return f"{_json(name)}: [\n" + ",\n".join(_json(row) for row in rows) + "\n]"
