"""Read the law and the decisions from TOML into small immutable objects, checking every field.

The same loader reads the packaged data and a user's own rules file; any problem is one
``RulesError`` naming the file, the entry and, where it can be found, the line. Nothing is returned
from a file that has a problem, so a calendar is never built on half a file.

This module assembles a rule set from a file's parts; each part has its module: ``files`` finds and
reads the files, ``lines`` parses the TOML and finds the line of each entry, ``fields`` reads typed
fields and collects their problems, ``legible`` checks texts, ``statute``, ``holiday_rules`` and
``decisions`` read the entries, ``checks`` checks the file as a whole.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import replace
from functools import lru_cache, partial
from pathlib import Path

from ..datapath import DataInUse, in_use
from ..errors import DataFolderError, RulesError
from . import statute
from .checks import (
    MAX_HOLIDAY_DAYS,
    MAX_NAMES_A_DAY,
    check_holiday_days,
    check_names_a_day,
    check_one_meaning_per_date,
    check_unique_ids,
)
from .decisions import decision_item
from .fields import Collector
from .files import MAX_FILE_SIZE, data_files, read_rules_file
from .holiday_rules import holiday
from .legible import LONGEST_NAME, LONGEST_TEXT
from .lines import DECISION_KINDS, Source
from .model import RuleSet
from .sources import Cited, Citing
from .sources import sources as read_sources
from .statute import LAW_KEYS

__all__ = [
    "DECISION_KINDS",
    "LAW_KEYS",
    "LONGEST_NAME",
    "LONGEST_TEXT",
    "MAX_FILE_SIZE",
    "MAX_HOLIDAY_DAYS",
    "MAX_NAMES_A_DAY",
    "check_packaged_file",
    "data_files",
    "from_folder",
    "load_rules",
    "official_rules",
    "packaged_sources",
    "parse_rules",
    "read_rules_file",
]


def official_rules(data: DataInUse | None = None) -> RuleSet:
    """The official data in use (``azcal.datapath``), or ``data``: read once; rule sets are never changed in place."""
    return _rules_of(data or in_use())


@lru_cache(maxsize=4)  # the data in use, and the packaged data the compiled files are checked against
def _rules_of(data: DataInUse) -> RuleSet:
    (law_name, law_text), *decisions = data_files(data)
    rules = _build(Source(law_name, law_text), allow_law=True, require_law=True)
    rules = replace(rules, holidays={key: replace(h, official=True) for key, h in rules.holidays.items()})
    # the decisions, one file per year (as the tz database keeps one file per region): next year's
    # decisions are one new file
    for name, text in decisions:
        try:
            rules = rules.layered(_build(Source(name, text), allow_law=False, sources=rules.sources))
        except RulesError as exc:
            raise from_folder(exc, data) from None
    try:
        check_one_meaning_per_date(rules.decisions)  # across the files, as within each
    except RulesError as exc:
        raise from_folder(exc, data) from None
    return rules


def from_folder(error: RulesError, data: DataInUse) -> RulesError:
    """A problem in a file of an ``AZCAL_DATA`` folder as a DataFolderError, which the command reads as a
    mistake in its environment; any other as it is."""
    if any(error.file.startswith(os.path.join(folder, "")) for folder in data.folders):
        return DataFolderError(error.reason, file=error.file, entry=error.entry, line=error.line)
    return error


def check_packaged_file(
    name: str, text: str, errors: list[RulesError], sources: Mapping[str, Cited] | None = None
) -> RuleSet | None:
    """Every problem of one packaged file on its own, into ``errors`` (the law's file may hold the law and
    the sources, whose ids a file of decisions cites: ``sources``); the rules it holds when it has none."""
    try:
        rules = _build(Source(name, text), allow_law=name.endswith("holidays.toml"), errors=errors, sources=sources)
    except RulesError as exc:
        errors.append(exc)
        return None
    return None if errors else rules


def packaged_sources(name: str, text: str) -> Mapping[str, Cited] | None:
    """The ids of the sources the law's file defines, read even where the file has problems, so that the
    files of decisions still have their citations checked: an id whose ``[source.ID]`` table is wrong is
    still defined (the law's file names what is wrong with it). None when the file is not TOML."""
    try:
        defined = Source(name, text).parse().get("source")
    except RulesError:
        return None
    if not isinstance(defined, dict):
        return {}
    return {ident: Cited(ident, "", None, None, None, None) for ident in defined}


def load_rules(path: str | Path, *, errors: list[RulesError] | None = None) -> RuleSet:
    """A user's rules file: ``[holiday.KEY]`` tables and ``[[decision]]`` entries, as in the packaged data.

    The first problem raises a ``RulesError``. With ``errors``, a bad entry is added to that list
    instead and the rest of the file is still checked; the RuleSet returned then holds only the good
    entries and must not be used unless ``errors`` stayed empty.
    """
    return parse_rules(str(path), read_rules_file(path), errors=errors)


def parse_rules(name: str, text: str, *, errors: list[RulesError] | None = None) -> RuleSet:
    """The rules in ``text``, read from the file ``name`` (which the errors name): as ``load_rules``."""
    return _build(Source(name, text), allow_law=False, errors=errors)


def _build(
    src: Source,
    *,
    allow_law: bool,
    require_law: bool = False,
    errors: list[RulesError] | None = None,
    sources: Mapping[str, Cited] | None = None,
) -> RuleSet:
    """The rule set of one file: its parts read in the file's order of kinds, then the whole checked. The
    law's file defines the packaged sources; a packaged file of decisions cites them (``sources``)."""
    doc = src.parse()
    collector = Collector(errors)
    allowed = {"holiday", *DECISION_KINDS} | ({"law", "record", "source"} if allow_law else set())
    for key in doc:
        if key not in allowed:
            expected = ", ".join(sorted(allowed))
            collector.report(
                RulesError(
                    f"unknown top-level key {key!r}; expected {expected}", file=src.name, line=src.table_line(key)
                )
            )
    if allow_law:
        sources = read_sources(doc.get("source", {}), src.name, src.table_lines(), collector)
    src.citing = Citing(sources)
    law = statute.law(doc.get("law", {}), src, require=require_law)
    records = statute.records(doc.get("record", []), src) if allow_law else ()  # else refused above, once
    holidays_doc = doc.get("holiday", {})
    if not isinstance(holidays_doc, dict):
        raise RulesError("'holiday' must be tables like [holiday.KEY]", file=src.name)
    holidays = collector.each(holidays_doc.items(), lambda item: holiday(item[0], item[1], src, errors))
    check_holiday_days(holidays, src)
    found = []
    for kind in DECISION_KINDS:
        entries = doc.get(kind, [])
        if not isinstance(entries, list):
            raise RulesError(f"'{kind}' must be a list of [[{kind}]] tables", file=src.name)
        found += collector.each(enumerate(entries), partial(decision_item, src=src, errors=errors, kind=kind))
    decisions = tuple(found)
    if errors:
        return RuleSet(law=law, holidays={}, decisions=(), origins=(src.name,), sources=sources or {})
    check_unique_ids(decisions, src)
    check_one_meaning_per_date(decisions)
    check_names_a_day(holidays, decisions, src)
    return RuleSet(
        law=law,
        holidays={h.key: h for h in holidays},
        decisions=decisions,
        origins=(src.name,),
        records=records,
        sources=sources or {},
        cited=frozenset(src.citing.cited),
    )
