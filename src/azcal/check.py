"""Check rules files whole, as ``azcal check`` does: every problem listed, nothing applied; and the packaged
data, as ``azcal check --official`` (and CI) does."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from .calendars import Calendar, official_compiled
from .compiled import CompiledFileError, check_sources
from .datapath import in_use
from .engine import compile_rules, data_version
from .errors import RulesError
from .law.estimates import packaged
from .law.loading import check_packaged_file, data_files, load_rules, official_rules, packaged_sources
from .law.model import Decision, RuleSet
from .model import WEEKS

# the packaged decisions' conventions: an id is the date the entry was known and a few words
_PACKAGED_ID = re.compile(r"([0-9]{4}-[0-9]{2}-[0-9]{2})-[a-z0-9]+(?:-[a-z0-9]+)*")


def check_rules(path: str | Path) -> list[RulesError]:
    """Every problem that stops ``Calendar.with_rules(path)``, for either working week; an empty list when
    the file is usable.

    Each entry is checked on its own, so one bad entry does not hide the next. When every entry is
    well formed, the file is layered over the official data and the years it touches are built for the
    five- and the six-day week, which finds clashes with the official days and swaps that do not fit.
    """
    errors: list[RulesError] = []
    try:
        load_rules(path, errors=errors)
    except RulesError as exc:  # the file as a whole: unreadable, not TOML, a table of the wrong shape
        errors.append(exc)
    if errors:
        return errors
    for week in WEEKS:
        try:
            Calendar(rules=[path], week=week)
        except RulesError as exc:
            return [exc]
    return []


def check_official() -> dict[str, list[RulesError]]:
    """The official data in use (the packaged data, a newer azcal-data, and any AZCAL_DATA folders over
    them): each file on its own, every problem listed, and each year's decisions in their file, in order,
    under ids of one pattern; then, when each is sound, all of them together, compiled for both working
    weeks, with every source the law's file defines cited; and the base's compiled calendars, whole and
    made from its files."""
    data = in_use()
    found: dict[str, list[RulesError]] = {}
    try:
        files = data_files(data)
    except RulesError as exc:  # an AZCAL_DATA folder that is none, a file that cannot be read
        return {exc.file: [exc]}
    sources = None  # the law's, whose ids the decisions cite
    for n, (name, text) in enumerate(files):
        errors: list[RulesError] = []
        rules = check_packaged_file(name, text, errors, sources)
        if n == 0:  # the law first, then the decisions, which cite its sources even when it has problems
            sources = rules.sources if rules is not None else packaged_sources(name, text)
        elif rules is not None:
            errors += _layout_problems(name, rules)
        found[name] = errors
    if not any(found.values()):
        try:
            rules = official_rules(data)
            for week in WEEKS:
                compile_rules(rules, packaged(data.base), data_version(rules), week)
            if not data.folders:  # a folder's file may leave a source out: not a problem of the packaged data
                found[files[0][0]] += _uncited(files[0][0], rules)
        except RulesError as exc:
            found.setdefault(exc.file or data.base.prefix, []).append(exc)
    for week in WEEKS if not data.folders else ():  # the base's compiled files: whole, and made from its files
        path = data.base.compiled[week]
        try:
            check_sources(official_compiled(week), data.base)
        except CompiledFileError as exc:
            found.setdefault(path, []).append(RulesError(str(exc).removeprefix(f"{path}: "), file=path))
    return found


def _uncited(name: str, rules: RuleSet) -> list[RulesError]:
    """A source of the law's file that no entry cites: an id docs/sources.md keeps for nothing."""
    return [
        RulesError("no entry cites this source: cite it by its id, or remove it", file=name, entry=entry, line=s.line)
        for s in rules.sources.values()
        if s.id not in rules.cited
        for entry in [f"[source.{s.id}]"]
    ]


def _layout_problems(name: str, rules: RuleSet) -> list[RulesError]:
    """How a year's file of decisions departs from the conventions (docs/rules-files.md)."""
    problems: list[RulesError] = []
    if not re.fullmatch(r"[0-9]{4}", Path(name).stem):
        return [RulesError("a file of decisions is named for the year whose days it sets: YYYY.toml", file=name)]
    year = int(Path(name).stem)

    def problem(decision: Decision, message: str) -> None:
        problems.append(RulesError(message, file=name, entry=decision.entry, line=decision.line))

    previous: Decision | None = None
    for decision in sorted(rules.decisions, key=lambda d: d.line or 0):  # as the file has them
        found = _PACKAGED_ID.fullmatch(decision.id)
        if not found or found[1] != decision.known_from.isoformat():
            expected = f"{decision.known_from.isoformat()}-words-in-lower-case"
            problem(decision, f"the id must be the date it was {_known_word(decision)} and a few words: {expected}")
        if previous is not None and decision.known_from < previous.known_from:
            problem(decision, f"comes before {previous.id!r} in time but after it in the file")
        if (first := _first_day(decision).year) != year:
            problem(decision, f"sets days of {first}: it belongs in {first}.toml")
        previous = decision
    return problems


def _known_word(decision: Decision) -> str:
    return "reported" if decision.inferred else "adopted"


def _first_day(decision: Decision) -> dt.date:
    """The day that files a decision under its year: its first day off, or its first day if it sets none off."""
    off = [day for item in decision.holiday_dates for day in item.dates] + [s.rest for s in decision.swaps]
    off += [item.date for item in decision.voting + decision.declared_mourning + decision.rest_days]
    return min(off or [item.date for item in decision.working_days] + [s.work for s in decision.swaps])
