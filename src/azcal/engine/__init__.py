"""A calendar's rules -> its compiled arrays for 1990-2100, one pass per article of the Labor Code.

The passes, in the order the law works (each module names its article):

1. ``holidays``: every Art. 105 holiday and the Day of National Mourning (Art. 106) on its days, and
   ``declared``: the voting and mourning days a decision declares;
2. ``transfers``: rest days moved off holidays (Art. 105.5, 105.6);
3. ``swaps``: the Cabinet's swaps and one-off days (Art. 105.7);
4. ``resolve``: each date its one kind, the day before a day off shortened (``shortening``, Art. 108),
   and how sure it is (``confidence``).

``plan`` holds what the passes find on each date. Only the dates on which something happens are
resolved one by one, a few dozen a year; every other date is a plain workday or weekend, laid down a
week at a time.
"""

from __future__ import annotations

import datetime as dt
from array import array

from ..compiled.table import FIRST_DAY, LAST_DAY, CompiledCalendar, Tables, code_of, index_of, plain_week
from ..datapath import PACKAGED, DataInUse
from ..law.digest import packaged_digest
from ..law.estimates import YEARS, Estimates, packaged
from ..law.loading import official_rules
from ..law.model import RuleSet
from ..model import Confidence, DayFacts
from .confidence import with_confidence
from .declared import decided_days, place_declared_days
from .holidays import Placed, Source, decided_holiday_dates, holiday_runs, place_holidays
from .plan import EVE_HOURS, ONE_DAY, REACH_FIRST, REACH_LAST, Plan, weekend_facts, workday_facts
from .resolve import Resolver
from .swaps import apply_swaps
from .transfers import Move, move_off_holidays, move_rest_days, rest_days_to_move

__all__ = [
    "EVE_HOURS",
    "ONE_DAY",
    "REACH_FIRST",
    "REACH_LAST",
    "Move",
    "Placed",
    "Plan",
    "Resolver",
    "Source",
    "apply_swaps",
    "compile_official",
    "compile_rules",
    "data_version",
    "decided_days",
    "decided_holiday_dates",
    "holiday_runs",
    "move_rest_days",
    "rest_days_to_move",
    "weekend_facts",
    "with_confidence",
    "workday_facts",
]


def compile_rules(
    rules: RuleSet, estimates: Estimates, data_version: str, week: int = 5, *, sources: str = ""
) -> CompiledCalendar:
    """Every date of 1990-2100 under ``rules`` for a ``week``-day working week, compiled; a decision that
    does not fit raises ``RulesError``."""
    plan = Plan(week)
    place_holidays(rules, plan, estimates)
    place_declared_days(rules, plan)
    move_off_holidays(rules, plan)
    apply_swaps(rules, plan)
    workday, weekend = workday_facts(week), weekend_facts(rules, week)
    facts_table = [workday, weekend]  # PLAIN_WORKDAY, PLAIN_WEEKEND
    if week == 6:
        facts_table.append(workday_facts(week, EVE_HOURS))  # PLAIN_EVE
    numbered = {facts: n for n, facts in enumerate(facts_table)}
    codes, facts_index = plain_week(week)
    levels = {year: rules.confidence(year, week) for year in range(YEARS[0], YEARS[-1] + 1)}
    _set_plain_confidence(facts_table, numbered, facts_index, levels)
    resolve = Resolver(plan, rules, weekend.reason, levels)
    for day in _eventful_days(plan):
        facts, i = resolve(day), index_of(day)
        number = numbered.get(facts)
        if number == facts_index[i]:
            continue  # laid down already by the week pattern
        if number is None:
            number = numbered[facts] = len(facts_table)
            facts_table.append(facts)
        codes[i], facts_index[i] = code_of(facts), number
    tables = Tables(dict(rules.law), tuple(facts_table))
    return CompiledCalendar(codes, facts_index, tables, data_version, week, sources=sources)


def _eventful_days(plan: Plan) -> list[dt.date]:
    """The dates of the range on which something happens, or the day after does (Art. 108), in order."""
    special = set(plan.observances) | set(plan.moved) | set(plan.worked) | plan.unverified | plan.unverified_eves
    special |= {day - ONE_DAY for day in plan.observances}  # the day before may be shortened
    return sorted(d for d in special if FIRST_DAY <= d <= LAST_DAY)


def _set_plain_confidence(
    facts_table: list[DayFacts], numbered: dict[DayFacts, int], facts_index: array[int], levels: dict[int, Confidence]
) -> None:
    """The plain days of each year as sure as the record is of that year (the plain facts say derived)."""
    plain = list(facts_table)
    for year, level in levels.items():
        if level is Confidence.DERIVED or not FIRST_DAY.year <= year <= LAST_DAY.year:
            continue
        numbers = []
        for facts in plain:
            sure = with_confidence(facts, level)
            if sure not in numbered:
                numbered[sure] = len(facts_table)
                facts_table.append(sure)
            numbers.append(numbered[sure])
        for i in range(index_of(dt.date(year, 1, 1)), index_of(dt.date(year, 12, 31)) + 1):
            facts_index[i] = numbers[facts_index[i]]  # every date is still plain here


def compile_official(week: int = 5, data: DataInUse | None = None) -> CompiledCalendar:
    """The official calendar of a ``week``-day week, compiled from the packaged data (what its file in
    ``compiled/`` must hold), or from ``data``."""
    data = data or DataInUse(PACKAGED)
    rules = official_rules(data)
    # a base's own files carry its digest; data with AZCAL_DATA folders over it is compiled only in memory
    sources = "" if data.folders else packaged_digest(data.base)
    return compile_rules(rules, packaged(data.base), data_version(rules), week, sources=sources)


def data_version(rules: RuleSet) -> str:
    """The adoption date of the latest decision in ``rules``: which official data a calendar is on."""
    latest = rules.latest_adoption
    return latest.isoformat() if latest else "none"
