"""The file a compiled calendar is shipped in: its arrays as they lie in memory, then its tables as JSON.

    azcal compiled calendar\\n
    format=6 first=1990 last=2100 week=5 data_version=2025-12-27 sources=DIGEST tables=123456 digest=DIGEST\\n
    codes             SPAN bytes
    facts_index       SPAN little-endian uint16
    workdays_before   SPAN + 1 little-endian uint16
    shortened_before  SPAN + 1 little-endian uint16
    tables            UTF-8 JSON of the given length: strings, citations, law, names, observances, reasons, facts

``sources`` is the digest of the packaged data files it was compiled from (``law.digest``), compared
whenever those files are read; ``digest`` is the file's own, over every byte but itself, checked at
load: a damaged or edited file is refused before it answers anything.

Loading reads the arrays straight into memory and leaves the JSON undecoded until a Day is asked for;
so answering ``is_workday`` in a new process parses no TOML, runs no engine and decodes no table.
Every text is stored once, in ``strings``, and referred to by its number. A basis given as the acts it
cites (a ``Basis``) is its English words there, and the acts under its number in ``citations``, so that
it is read back as the same ``Basis``: the words alone would not say which acts, in another language. A
file without ``citations`` (none was written before them) gives every basis as text. The same calendar
always gives the same bytes.
"""

from __future__ import annotations

import datetime as dt
import sys
from array import array
from collections.abc import Sequence

from ..dates import FIRST_YEAR, LAST_YEAR
from ..errors import AzcalError
from ..forksafe import MAKING
from ..model import ACTS, CODES, WEEKS, Basis, Citation
from .table import SPAN, CompiledCalendar, Tables

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing, which `import azcal` avoids
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any, TypeVar, overload

    from ..model import Names, Observance, Reason

    T = TypeVar("T")

MAGIC = b"azcal compiled calendar\n"
# 2: a day's facts name the rule that shortens it; 3: notes in three languages; 4: the week; 5: confidence;
# 6: the sources' digest and the file's own
FORMAT = 6
_DIGEST_FIELD = b" digest="
_DIGEST_SIZE = 16


class CompiledFileError(AzcalError, ValueError):
    """A compiled calendar file that is not one this version of azcal reads (damaged, edited, cut short, of
    another format, of other data); the packaged one is checked by the tests, so this means a damaged
    installation, or data edited without compiling it."""


def dump(compiled: CompiledCalendar) -> bytes:
    """The file of ``compiled``."""
    tables = _encode_tables(compiled.tables).encode("utf-8")
    header = (
        f"format={FORMAT} first={FIRST_YEAR} last={LAST_YEAR} week={compiled.week} "
        f"data_version={compiled.data_version} sources={compiled.sources or '-'} tables={len(tables)}"
    ).encode("ascii")
    body = [compiled.codes]
    for numbers in (compiled.facts_index, compiled.workdays_before, compiled.shortened_before):
        body.append(_little_endian(array("H", numbers)))
    body.append(tables)
    seal = _digest(MAGIC, header, *body)
    return b"".join([MAGIC, header, _DIGEST_FIELD, seal.encode("ascii"), b"\n", *body])


def load(data: bytes) -> CompiledCalendar:
    """The calendar in ``data``; its tables are decoded when first needed."""
    if not data.startswith(MAGIC):
        raise CompiledFileError("not a compiled azcal calendar")
    end = data.find(b"\n", len(MAGIC))
    try:
        fields = dict(part.split("=", 1) for part in data[len(MAGIC) : end].decode("ascii").split())
        shape = int(fields["format"]), int(fields["first"]), int(fields["last"])
    except (KeyError, ValueError) as exc:
        raise CompiledFileError(f"a compiled calendar with a bad header ({exc})") from None
    if shape != (FORMAT, FIRST_YEAR, LAST_YEAR):  # first: another format's header may lack the fields below
        raise CompiledFileError(f"a compiled calendar of format {shape[0]} for {shape[1]}-{shape[2]}")
    try:
        version, tables_size, week = fields["data_version"], int(fields["tables"]), int(fields["week"])
        sources = "" if fields["sources"] == "-" else fields["sources"]
    except (KeyError, ValueError) as exc:
        raise CompiledFileError(f"a compiled calendar with a bad header ({exc})") from None
    if week not in WEEKS:
        raise CompiledFileError(f"a compiled calendar of a {week}-day week")
    at = end + 1
    expected = at + SPAN + 2 * (3 * SPAN + 2) + tables_size
    if len(data) != expected:
        raise CompiledFileError(
            f"a compiled calendar {'cut short' if len(data) < expected else 'longer than its header says'}"
        )
    view = memoryview(data)
    sealed_at = data.rfind(_DIGEST_FIELD, 0, end)
    if sealed_at < 0 or _digest(view[: len(MAGIC)], view[len(MAGIC) : sealed_at], view[at:]) != fields["digest"]:
        raise CompiledFileError("a damaged or edited compiled calendar: its digest does not match its contents")
    codes = data[at : at + SPAN]
    at += SPAN
    numbers = []
    for count in (SPAN, SPAN + 1, SPAN + 1):
        numbers.append(_from_little_endian(data[at : at + 2 * count]))
        at += 2 * count
    raw_tables = data[at:]
    return CompiledCalendar(
        codes,
        numbers[0],
        lambda: _decode_tables(raw_tables),
        version,
        week,
        prefixes=(numbers[1], numbers[2]),
        sources=sources,
    )


def _digest(*parts: bytes | memoryview) -> str:
    # hashlib would load OpenSSL first, a few percent of a new process's first answer; its blake2b is this one
    try:
        from _blake2 import blake2b
    except ImportError:  # pragma: no cover - an interpreter without CPython's module
        from hashlib import blake2b
    digest = blake2b(digest_size=_DIGEST_SIZE)
    for part in parts:
        digest.update(part)
    return digest.hexdigest()


def _little_endian(numbers: array[int]) -> bytes:
    if sys.byteorder == "big":
        numbers.byteswap()
    return numbers.tobytes()


def _from_little_endian(data: bytes) -> array[int]:
    numbers = array("H")
    numbers.frombytes(data)
    if sys.byteorder == "big":
        numbers.byteswap()
    return numbers


# -- the tables ----------------------------------------------------------------------------------------


def _encode_tables(tables: Tables) -> str:
    import json

    strings: list[str] = []
    numbers: dict[object, int] = {}  # a text by its words; a Basis by its words and its acts, which they do not say
    citations: dict[str, list[list[Any]]] = {}
    names: dict[Names, int] = {}
    observances: dict[Observance, int] = {}
    reasons: dict[Reason, int] = {}

    def text(value: str | None) -> int | None:
        if value is None:
            return None
        key = (value, value.citations) if isinstance(value, Basis) else value
        number = numbers.get(key)
        if number is None:
            number = numbers[key] = len(strings)
            strings.append(value)
            if isinstance(value, Basis):
                citations[str(number)] = [_citation_row(c) for c in value.citations]
        return number

    def ordinal(day: dt.date | None) -> int | None:
        return None if day is None else day.toordinal()

    def name(value: Names | None) -> int | None:
        if value is None:
            return None
        for part in (value.az, value.en, value.ru):
            text(part)
        return names.setdefault(value, len(names))

    def observance(o: Observance | None) -> int | None:
        if o is None:
            return None
        if o not in observances:
            row = [text(o.key), name(o.names), text(o.category.value), text(o.basis), text(o.source)]
            row += [o.estimated, ordinal(o.commemorates), o.anniversary, name(o.note), text(o.decision)]
            rows_of_observances.append(row)
            observances[o] = len(observances)
        return observances[o]

    def reason(r: Reason | None) -> int | None:
        if r is None:
            return None
        if r not in reasons:
            row = [text(r.rule.value), text(r.basis), text(r.source), ordinal(r.stands_for), text(r.holiday)]
            row += [text(r.decision), r.estimated, observance(r.stands_for_holiday), name(r.names), name(r.note)]
            rows_of_reasons.append(row)
            reasons[r] = len(reasons)
        return reasons[r]

    rows_of_observances: list[list[Any]] = []
    rows_of_reasons: list[list[Any]] = []
    law = [
        [text(key), text(rule.basis), text(rule.source), ordinal(rule.since)]
        for key, rule in sorted(tables.law.items())
    ]
    facts = [
        [
            text(f.kind.value),
            f.hours,
            f.shortened,
            f.estimated,
            [observance(o) for o in f.observances],
            reason(f.reason),
            observance(f.shortened_before),
            None if f.shortened_by is None else text(f.shortened_by.key),
            text(f.confidence.value),
        ]
        for f in tables.facts
    ]
    document = {
        "strings": strings,
        "citations": citations,
        "names": [[numbers[n.az], numbers[n.en], numbers[n.ru]] for n in names],
        "law": law,
        "observances": rows_of_observances,
        "reasons": rows_of_reasons,
        "facts": facts,
    }
    return json.dumps(document, ensure_ascii=False, separators=(",", ":"))


def _citation_row(citation: Citation) -> list[Any]:
    adopted, amended = (None if day is None else day.toordinal() for day in (citation.adopted, citation.amended))
    return [citation.act, list(citation.articles), adopted, amended, citation.en]


def _citation(row: list[Any]) -> Citation:
    act, articles, adopted, amended, en = row
    if act not in CODES + ACTS or not all(isinstance(article, str) for article in articles):
        raise ValueError(f"a citation of an act this version does not know: {row!r}")
    adopted, amended = (None if day is None else dt.date.fromordinal(day) for day in (adopted, amended))
    return Citation(act, tuple(articles), adopted, amended, en)


def _decode_tables(raw: bytes) -> Tables:
    try:
        return _tables_of(raw)
    except (ValueError, KeyError, IndexError, TypeError) as exc:  # JSON that is not the tables this code wrote
        raise CompiledFileError(f"a compiled calendar with damaged tables ({type(exc).__name__}: {exc})") from None


def _tables_of(raw: bytes) -> Tables:
    import json

    from ..model import Category, Confidence, DayFacts, Kind, LawRule, Names, Observance, Reason, Rule

    doc = json.loads(raw)
    strings: list[str] = doc["strings"]
    for number, rows in doc.get("citations", {}).items():  # a file written before them: every basis as text
        made = Basis(tuple(_citation(row) for row in rows))
        if made != strings[int(number)]:
            raise ValueError(f"the acts of basis {number} are not its words: {made!r}")
        strings[int(number)] = made

    def text(number: int | None) -> str | None:
        return None if number is None else strings[number]

    def day(number: int | None) -> dt.date | None:
        return None if number is None else dt.date.fromordinal(number)

    def name(number: int | None) -> Names | None:
        return None if number is None else names[number]

    def observance(row: list[Any]) -> Observance:
        key, named, category, basis, source, estimated, commemorates, anniversary, note, decision = row
        return Observance(
            strings[key],
            names[named],
            Category(strings[category]),
            strings[basis],
            strings[source],
            estimated,
            day(commemorates),
            anniversary,
            name(note),
            text(decision),
        )

    def reason(row: list[Any]) -> Reason:
        rule, basis, source, stands_for, holiday, decision, estimated, stood_for, named, note = row
        return Reason(
            Rule(strings[rule]),
            strings[basis],
            strings[source],
            day(stands_for),
            text(holiday),
            text(decision),
            estimated,
            None if stood_for is None else observances[stood_for],
            name(named),
            name(note),
        )

    def facts_of(row: list[Any]) -> DayFacts:
        kind, hours, shortened, estimated, observed, because, before, by, confidence = row
        return DayFacts(
            Kind(strings[kind]),
            hours,
            shortened,
            estimated,
            tuple(observances[o] for o in observed),
            None if because is None else reasons[because],
            None if before is None else observances[before],
            None if by is None else law[strings[by]],
            Confidence(strings[confidence]),
        )

    names = LazyRows(doc["names"], lambda row: Names(strings[row[0]], strings[row[1]], strings[row[2]]))
    observances = LazyRows(doc["observances"], observance)
    reasons = LazyRows(doc["reasons"], reason)
    law = {
        strings[key]: LawRule(strings[key], strings[basis], strings[source], day(since))
        for key, basis, source, since in doc["law"]
    }
    return Tables(law, LazyRows(doc["facts"], facts_of))


class LazyRows(Sequence["T"]):
    """The rows of a decoded table, each made into its value when first read, once: a process that
    asks for one day makes that day's facts, not the 2,600 others. A row that is not what this code
    wrote is a CompiledFileError when it is read."""

    __slots__ = ("_made", "_make", "_rows")

    def __init__(self, rows: list[Any], make: Callable[[Any], T]):
        self._rows, self._make = rows, make
        self._made: list[T | None] = [None] * len(rows)

    def __len__(self) -> int:
        return len(self._rows)

    if TYPE_CHECKING:  # the signatures of a Sequence's; typing is not imported when azcal runs

        @overload
        def __getitem__(self, index: int) -> T: ...
        @overload
        def __getitem__(self, index: slice) -> list[T]: ...

    def __getitem__(self, index: int | slice) -> T | list[T]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        made = self._made[index]
        if made is None:
            with MAKING:  # made once, so every reader gets the same value
                made = self._made[index]
                if made is None:
                    made = self._made[index] = self._decoded(index)
                    self._rows[index] = None  # its parsed JSON, no longer needed
        return made

    def _decoded(self, index: int) -> T:
        try:
            return self._make(self._rows[index])
        except CompiledFileError:  # a row this one refers to, damaged: already said once
            raise
        except (ValueError, KeyError, IndexError, TypeError) as exc:
            raise CompiledFileError(f"a compiled calendar with damaged tables ({type(exc).__name__}: {exc})") from None
