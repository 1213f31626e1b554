"""The ``[law.KEY]`` tables and the ``[[record]]`` periods, which only the packaged holidays.toml holds.

The law's rules (moving a rest day off a holiday, the shortened day, what a swap may do) are code in the
engine; their tables here say what article each one applies and since when. The records say how sure the
data is of each span of years.
"""

from __future__ import annotations

from ..errors import RulesError
from ..model import WEEKS, Confidence, LawRule
from .citations import basis
from .fields import Table
from .lines import Source
from .model import Record

LAW_KEYS = ("weekend_transfer", "bayram_transfer", "shortened_day", "swap", "voting", "leave", "leave_amended")
_LEVELS = frozenset(c.value for c in Confidence) - {Confidence.ESTIMATED.value}  # a record is never estimated


def law(doc: object, src: Source, *, require: bool) -> dict[str, LawRule]:
    """The ``[law.KEY]`` tables; with ``require``, each of LAW_KEYS must be there."""
    if not isinstance(doc, dict):
        raise RulesError("'law' must be tables like [law.KEY]", file=src.name)
    rules: dict[str, LawRule] = {}
    for key, raw in doc.items():
        if key not in LAW_KEYS:
            raise RulesError(
                f"unknown law rule {key!r}; expected {', '.join(LAW_KEYS)}",
                file=src.name,
                entry=f"[law.{key}]",
                line=src.table_line(f"law.{key}"),
            )
        t = Table(raw, src.name, f"[law.{key}]", src.table_line(f"law.{key}"))
        rules[key] = LawRule(
            key,
            basis(t, required=True) or "",
            src.citing(t, "field 'source'", t.text("source")) or "",
            t.date("since", required=False, in_range=False),
        )
        t.done()
    if require:
        missing = [k for k in LAW_KEYS if k not in rules]
        if missing:
            raise RulesError(f"missing law rules: {', '.join(missing)}", file=src.name)
    return rules


def records(doc: object, src: Source) -> tuple[Record, ...]:
    """The ``[[record]]`` periods: how sure the data is of each span of years; no two overlap in a week."""
    if not isinstance(doc, list):
        raise RulesError("'record' must be a list of [[record]] tables", file=src.name)
    found = tuple(_record(index, raw, src) for index, raw in enumerate(doc))
    for n, one in enumerate(found):
        for other in found[n + 1 :]:
            if one.first <= other.last and other.first <= one.last and set(one.weeks) & set(other.weeks):
                raise RulesError(f"records overlap in {max(one.first, other.first)}", file=src.name, entry="[[record]]")
    return found


def _record(index: int, raw: object, src: Source) -> Record:
    t = Table(raw, src.name, f"record #{index + 1}", src.array_line("record", index))
    first, last = t.years()
    weeks = t.weeks() or WEEKS
    level = t.text("confidence") or ""
    if level not in _LEVELS:
        t.fail(f"'confidence' must be confirmed, derived or unverified, got {level!r}")
    known = t.date("known", required=False, in_range=False)
    source = src.citing(t, "field 'source'", t.text("source")) or ""
    t.note()  # why the period is as sure as it says: for the reader of the file
    t.done()
    if last is None:
        t.fail("a record's 'years' are [first, last]")
    return Record(first, last, weeks, Confidence(level), known, source)
