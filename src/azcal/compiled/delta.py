"""A calendar of another definition compiled as a delta over the official calendar of its week.

A definition other than the official one (as known on a date, with a user's rules files) differs from
it in a few sources: the decisions it leaves out or adds, the holidays it adds, the Eid dates a left-out
decision no longer sets, how sure a year's record is. Only the dates those sources touch, and what
the law makes of them, can differ; every other date is the official calendar's, already compiled.

So the official plan (what the engine places on each date, with where each observance comes from) is
made once per state of the data and week, and a definition is compiled as:

1. its observances: the official ones, with the changed sources' taken out and its own put in, each
   date's list ordered as a full compile orders it (year, holiday, run; then decision, kind, item);
2. its rest days moved (Art. 105.5, 105.6) and its swaps applied, over all of 1990-2100: cheap, and
   exact, since one moved rest day pushes the next, and a swap's checks raise as a full compile does;
3. the dates whose inputs differ from the official plan's (observances, the day after's, a moved or
   swapped day, an unverified mark) resolved anew over the official arrays; and a year whose record is
   less sure than the official calendar's (as of a date before it was published) with the official facts
   of its dates at its level: their confidence is all that changes. The official plan holds them ready
   for the one level a date makes a year (derived), so an old date costs little more than a recent one.

``tests/test_delta_compile.py`` compares every date of the result with a full compile.
"""

from __future__ import annotations

import datetime as dt
import sys
from array import array
from collections import defaultdict
from collections.abc import Callable, Sequence
from itertools import pairwise

from ..engine import (
    ONE_DAY,
    REACH_FIRST,
    REACH_LAST,
    Move,
    Placed,
    Plan,
    Resolver,
    apply_swaps,
    decided_days,
    decided_holiday_dates,
    holiday_runs,
    move_rest_days,
    rest_days_to_move,
    weekend_facts,
    with_confidence,
)
from ..engine.confidence import Sureness, at_level
from ..law.estimates import YEARS, Estimates
from ..model import Confidence, Rule
from .table import (
    FIRST_DAY,
    LAST_DAY,
    SHORTENED_BITS,
    WORKDAY,
    WORKDAY_BITS,
    CompiledCalendar,
    Tables,
    code_of,
    copied,
    index_of,
)

TYPE_CHECKING = False
if TYPE_CHECKING:
    from ..engine import Source
    from ..law.model import RuleSet
    from ..model import DayFacts, Observance


class OfficialPlan:
    """What the engine places on each date of the official calendar of one week, with the source of each
    observance, and the numbers of its facts in each confirmed year as they are where that year is only
    derived (``derived``): made once per state of the data and week, read-only afterwards."""

    __slots__ = (
        "compiled",
        "decided",
        "derived",
        "facts",
        "levels",
        "numbered",
        "placed",
        "plan",
        "rules",
        "sources",
        "to_move",
        "unverified_runs",
    )

    def __init__(self, rules: RuleSet, estimates: Estimates, compiled: CompiledCalendar):
        week = compiled.week
        self.rules, self.compiled = rules, compiled
        plan = Plan(week)
        runs = [*holiday_runs(rules, week, estimates), *decided_days(rules, week, rules.decisions)]
        self.unverified_runs = [(_group(source), dates) for source, dates, _, unverified in runs if unverified]
        self.placed, self.sources = _placed(rules, plan, runs)
        days = sorted(d for d in plan.observances if REACH_FIRST <= d <= REACH_LAST)
        self.to_move = rest_days_to_move(rules, plan, days)
        move_rest_days(rules, plan, self.to_move)
        apply_swaps(rules, plan)
        self.plan = plan
        self.decided = _decided_ids(rules, week)
        self.levels = {year: rules.confidence(year, week) for year in YEARS}
        self.facts = list(compiled.tables.facts)
        self.numbered = {facts: n for n, facts in reversed(list(enumerate(self.facts)))}
        # as of a date before a year's record was published, the year is only derived (RuleSet.confidence)
        self.derived = _derived_years(self, Sureness(rules, plan, self.levels).claimed_by)


Group = tuple[object, ...]  # ("holiday", year, key) or ("decided", decision id)
Entry = tuple["Source", "Observance"]  # an observance on a date, and where it comes from


def _placed(
    rules: RuleSet, plan: Plan, runs: list[Placed]
) -> tuple[dict[dt.date, list[Entry]], dict[Group, list[dt.date]]]:
    """``runs`` placed on ``plan`` as a full compile places them; each date's observances with their
    sources, and each group's dates."""
    placed: defaultdict[dt.date, list[Entry]] = defaultdict(list)
    sources: defaultdict[Group, list[dt.date]] = defaultdict(list)
    for source, dates, observance, unverified in runs:
        if unverified:
            plan.unverify(dates, rules.law)
        for day in dates:
            plan.observances[day].append(observance)
            placed[day].append((source, observance))
            sources[_group(source)].append(day)
    return dict(placed), dict(sources)


def _group(source: Source) -> Group:
    """What changes as one: a holiday's days of one year, or one decision's days."""
    return source[:3] if source[0] == "holiday" else source[:2]


def _decided_ids(rules: RuleSet, week: int) -> dict[tuple[str, int], list[tuple[str, tuple[dt.date, ...]]]]:
    return {key: [(d.id, dates) for d, dates in runs] for key, runs in decided_holiday_dates(rules, week).items()}


def compile_delta(rules: RuleSet, estimates: Estimates, base: OfficialPlan) -> CompiledCalendar:
    """The calendar of ``rules`` (the official rules with decisions left out or added, holidays added,
    known on a date), identical to a full compile, made by changing ``base``'s."""
    taken_out, put_in = _changed_sources(rules, estimates, base)
    plan, touched = _changed_plan(rules, base, taken_out, put_in)
    return _resolved(rules, plan, base, _inputs_changed(plan, base, touched))


def _changed_sources(rules: RuleSet, estimates: Estimates, base: OfficialPlan) -> tuple[set[Group], list[Placed]]:
    """1. The sources that differ from the official plan's: those taken out (a holiday's days of a year
    decided otherwise, a decision left out), and what is put in (those holidays' days as ``rules`` give
    them, a new holiday's days, an added decision's)."""
    official, week = base.rules, base.compiled.week
    theirs = {d.id for d in official.decisions}
    changed_years = _decided_otherwise(rules, base)
    new_keys = [key for key in rules.holidays if key not in official.holidays]
    taken_out: set[Group] = {("holiday", year, key) for key, years in changed_years.items() for year in years}
    taken_out |= {("decided", decision) for decision in theirs - {d.id for d in rules.decisions}}
    put_in = _holidays_anew(rules, estimates, week, changed_years, new_keys)
    put_in += decided_days(rules, week, [d for d in rules.decisions if d.id not in theirs])
    return taken_out, put_in


def _holidays_anew(
    rules: RuleSet, estimates: Estimates, week: int, changed_years: dict[str, set[int]], new_keys: list[str]
) -> list[Placed]:
    """The days of the holidays of the years decided otherwise, and of every year of a new holiday."""
    if not changed_years and not new_keys:
        return []
    only = {key: set(YEARS) if key in new_keys else years for key, years in changed_years.items()}
    only |= {key: set(YEARS) for key in new_keys}
    return list(holiday_runs(rules, week, estimates, only))


def _decided_otherwise(rules: RuleSet, base: OfficialPlan) -> defaultdict[str, set[int]]:
    """Holiday key -> the years whose dates ``rules`` decide otherwise than the official rules."""
    decided = _decided_ids(rules, base.compiled.week)
    changed_years: defaultdict[str, set[int]] = defaultdict(set)
    for key in decided.keys() | base.decided.keys():
        if decided.get(key) != base.decided.get(key):
            changed_years[key[0]].add(key[1])
    return changed_years


def _changed_plan(
    rules: RuleSet, base: OfficialPlan, taken_out: set[Group], put_in: list[Placed]
) -> tuple[Plan, set[dt.date]]:
    """2. The plan: observances changed on the dates those sources touch, then the rest days moved and the
    swaps applied anew over all of 1990-2100; the plan, and the dates touched."""
    plan = Plan(base.compiled.week)
    plan.observances.update(base.plan.observances)
    touched = _replace_observances(rules, base, plan, taken_out, put_in)
    _mark_unverified(rules, base, plan, taken_out, put_in)
    to_move = [m for m in base.to_move if m[0] not in touched]
    to_move += rest_days_to_move(rules, plan, sorted(d for d in touched if REACH_FIRST <= d <= REACH_LAST))
    to_move.sort(key=_move_order)
    move_rest_days(rules, plan, to_move, known=base.plan.moved)
    apply_swaps(rules, plan)
    return plan, touched


def _replace_observances(
    rules: RuleSet, base: OfficialPlan, plan: Plan, taken_out: set[Group], put_in: list[Placed]
) -> set[dt.date]:
    """The observances of each date the changed sources touch, in the order a full compile gives them;
    the dates touched."""
    touched: set[dt.date] = set()
    for group in taken_out:
        touched.update(base.sources.get(group, ()))
    by_date: defaultdict[dt.date, list[Entry]] = defaultdict(list)
    for source, dates, observance, _ in put_in:
        for day in dates:
            by_date[day].append((source, observance))
    touched.update(by_date)
    order = _full_compile_order(rules)
    for day in touched:
        entries = [e for e in base.placed.get(day, ()) if _group(e[0]) not in taken_out] + by_date.get(day, [])
        entries.sort(key=order)
        if entries:
            plan.observances[day] = [observance for _, observance in entries]
        else:
            plan.observances.pop(day, None)
    return touched


def _full_compile_order(rules: RuleSet) -> Callable[[Entry], tuple[object, ...]]:
    """Where a full compile puts an observance among a date's: holidays by year, holiday and run, then the
    days decisions declare, by decision, kind and item."""
    key_order = {key: n for n, key in enumerate(rules.holidays)}
    decision_order = {d.id: n for n, d in enumerate(rules.decisions)}

    def order(entry: Entry) -> tuple[object, ...]:
        kind, first, second, third = entry[0]
        if kind == "holiday":
            return (0, first, key_order[second], third)  # type: ignore[index]
        return (1, decision_order[first], second, third)  # type: ignore[index]

    return order


def _mark_unverified(
    rules: RuleSet, base: OfficialPlan, plan: Plan, taken_out: set[Group], put_in: list[Placed]
) -> None:
    """The unverified days: the official ones unless a source that marks them changed."""
    unverified_runs = [dates for _, dates, _, unverified in put_in if unverified]
    if unverified_runs or any(group in taken_out for group, _ in base.unverified_runs):
        for group, dates in base.unverified_runs:
            if group not in taken_out:
                plan.unverify(dates, rules.law)
        for dates in unverified_runs:
            plan.unverify(dates, rules.law)
    else:
        plan.unverified |= base.plan.unverified
        plan.unverified_eves |= base.plan.unverified_eves


def _inputs_changed(plan: Plan, base: OfficialPlan, touched: set[dt.date]) -> set[dt.date]:
    """The dates whose inputs differ from the official plan's: observances, the day after's (for a workday,
    which Art. 108 may shorten), a moved or swapped day, an unverified mark."""
    official, codes = base.plan, base.compiled.codes
    redo = set(touched)
    for eve in {day - ONE_DAY for day in touched} - touched:
        # a workday still, unless its own inputs changed too (then it is one of the dates below)
        if FIRST_DAY <= eve <= LAST_DAY and codes[index_of(eve)] & WORKDAY:
            redo.add(eve)
    for mine, other in ((plan.moved, official.moved), (plan.worked, official.worked)):
        redo |= {day for day in mine.keys() | other.keys() if mine.get(day) != other.get(day)}
    redo |= plan.unverified ^ official.unverified
    redo |= plan.unverified_eves ^ official.unverified_eves
    return redo


def _resolved(rules: RuleSet, plan: Plan, base: OfficialPlan, redo: set[dt.date]) -> CompiledCalendar:
    """3. The dates whose inputs differ resolved anew over the official arrays, and the dates of a year whose
    record is not as sure as the official calendar's at that year's level."""
    week = plan.week
    levels = {year: rules.confidence(year, week) for year in YEARS}
    arrays = _Arrays(base)
    resolve = Resolver(plan, rules, weekend_facts(rules, week).reason, levels)
    redo |= _relevel(arrays, base, plan, levels, resolve.confidence.claimed_by)
    for day in sorted(d for d in redo if FIRST_DAY <= d <= LAST_DAY):
        arrays.put(index_of(day), resolve(day))
    return arrays.compiled(rules)


def _relevel(
    arrays: _Arrays, base: OfficialPlan, plan: Plan, levels: dict[int, Confidence], claimed_by: Claims
) -> set[dt.date]:
    """The years whose record is not as sure as the official calendar's (as of a date before it was
    published), at their level; the dates of theirs an unverified rule decides, to be resolved anew: their
    facts do not say so."""
    relevelled = {year for year in range(FIRST_DAY.year, LAST_DAY.year + 1) if levels[year] != base.levels[year]}
    for year in sorted(relevelled):
        if levels[year] is Confidence.DERIVED and year in base.derived:
            arrays.facts_index[_year_span(year)] = base.derived[year]
        else:
            arrays.relevel(year, levels[year], claimed_by)
    if not relevelled:
        return set()
    return {day for day in plan.unverified | plan.unverified_eves if day.year in relevelled}


Claims = Callable[["DayFacts"], "Confidence | None"]  # what a day's facts claim of how sure it is


def _year_span(year: int) -> slice:
    return slice(index_of(dt.date(year, 1, 1)), index_of(dt.date(year + 1, 1, 1)))


def _derived_years(base: OfficialPlan, claimed_by: Claims) -> dict[int, array[int]]:
    """The numbers of the dates of each year whose record is confirmed, as a calendar where the record is
    only derived has them (``base``'s table of facts extended with the facts they need); the dates an
    unverified rule decides aside, which a delta resolves anew."""
    derived = {}
    for year in range(FIRST_DAY.year, LAST_DAY.year + 1):
        if base.levels[year] is Confidence.CONFIRMED:
            numbers = base.compiled.facts_index[_year_span(year)]
            derived[year] = _numbers_at_level(base, numbers, Confidence.DERIVED, claimed_by)
    return derived


def _numbers_at_level(
    table: OfficialPlan | _Arrays, numbers: Sequence[int], level: Confidence, claimed_by: Claims
) -> array[int]:
    """``numbers`` of ``table``'s facts, each changed to the same facts as sure as ``level`` and what they
    claim make them: what a full compile gives a date whose inputs are the same in a year that sure."""
    sure = {}
    for n in set(numbers):
        facts = table.facts[n]
        confidence = at_level(level, claimed_by(facts))
        sure[n] = n if confidence is facts.confidence else _number_of(table, with_confidence(facts, confidence))
    return array("H", [sure[n] for n in numbers])


def _number_of(table: OfficialPlan | _Arrays, facts: DayFacts) -> int:
    """The number of ``facts`` in ``table``, added to it if new."""
    number = table.numbered.get(facts)
    if number is None:
        number = table.numbered[facts] = len(table.facts)
        table.facts.append(facts)
    return number


class _Arrays:
    """The official arrays copied, and changed date by date: the official table of facts (with the facts of
    years only derived), new ones after it."""

    def __init__(self, base: OfficialPlan):
        self.like = base.compiled
        self.facts = list(base.facts)
        self.numbered = dict(base.numbered)
        self.codes, self.facts_index = bytearray(self.like.codes), copied(self.like.facts_index)
        self.written: set[int] = set()  # the dates whose code may differ from the official one
        self.put_before: dict[int, tuple[DayFacts, int, int]] = {}  # id of facts -> the facts, code, number

    def put(self, i: int, facts: DayFacts) -> None:
        known = self.put_before.get(id(facts))  # a resolver gives the same facts to many dates
        if known is None:
            # the facts are kept with their number: their id is no other facts' while this lives
            known = self.put_before[id(facts)] = (facts, code_of(facts), _number_of(self, facts))
        self.codes[i], self.facts_index[i] = known[1], known[2]
        self.written.add(i)

    def relevel(self, year: int, level: Confidence, claimed_by: Claims) -> None:
        """The dates of ``year``, whose record is as sure as ``level``, as a full compile gives them where
        their inputs are the official ones. The codes hold no confidence: they stay."""
        span = _year_span(year)
        self.facts_index[span] = _numbers_at_level(self, self.facts_index[span], level, claimed_by)

    def compiled(self, rules: RuleSet) -> CompiledCalendar:
        like, codes = self.like, self.codes
        changed = [i for i in self.written if codes[i] != like.codes[i]]  # a date resolved anew may keep its code
        prefixes = _prefix_counts(codes, like, changed)
        tables = Tables(dict(rules.law), tuple(self.facts))
        return CompiledCalendar(codes, self.facts_index, tables, like.data_version, like.week, prefixes)


def _prefix_counts(codes: bytearray, like: CompiledCalendar, changed: list[int]) -> tuple[array[int], array[int]]:
    """The workdays and shortened days before each date of ``codes``, which differ from ``like``'s codes
    at the indices ``changed`` only: ``like``'s counts, each moved by what the changes before it add."""
    counts, marks = [], sorted(changed)
    for before, bits in zip((like.workdays_before, like.shortened_before), (WORKDAY_BITS, SHORTENED_BITS), strict=True):
        shifts, shift = [], 0
        for i in marks:
            if step := bits[codes[i]] - bits[like.codes[i]]:
                shift += step
                shifts.append((i + 1, shift))  # the counts after date i
        counts.append(_shifted(before, shifts))
    return counts[0], counts[1]


def _shifted(counts: memoryview, shifts: list[tuple[int, int]]) -> array[int]:
    """``counts`` (16-bit), each from the index of a shift to the next one's moved by that shift.

    Done in C over all the counts at once, not count by count: their bytes read as one integer, 16 bits a
    count, to which the shifts up and the shifts down, laid out the same way, are added and taken away.
    Every count stays within 0 to SPAN, below 65,536, so nothing carries from one count into the next."""
    width = len(counts) * 2
    up, down = bytearray(width), bytearray(width)
    for (start, shift), (end, _) in pairwise([*shifts, (len(counts), 0)]):
        lane = abs(shift).to_bytes(2, sys.byteorder)
        (up if shift > 0 else down)[start * 2 : end * 2] = lane * (end - start)
    whole = sum(int.from_bytes(b, sys.byteorder) * sign for b, sign in ((counts, 1), (up, 1), (down, -1)))
    made = array("H")
    made.frombytes(whole.to_bytes(width, sys.byteorder))
    return made


def _move_order(move: Move) -> tuple[dt.date, bool]:
    return move[0], move[1] is Rule.BAYRAM_TRANSFER  # a day's weekend transfer first, as the engine finds them
