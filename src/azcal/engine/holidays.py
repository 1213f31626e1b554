"""Art. 105 holidays, the Day of National Mourning (Art. 106) and the other named days beside them, on
their days of every year.

A holiday's days of a year are the ones a decision sets for it that year (the Cabinet confirms the
dates of Ramazan and Qurban Bayramı, Art. 105.4), else for a lunar holiday the estimated dates, else
its fixed dates. Each observance says where it comes from (``Source``), so that a delta compile can take
a holiday's days of one year out and put others in, in the order a full compile gives them.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping

from ..law.estimates import YEARS, Estimates
from ..law.model import Decision, HolidayPeriod, RuleSet
from ..model import Observance
from .plan import ONE_DAY, Plan

# Where an observance comes from, and so where a full compile puts it among a date's observances:
# ("holiday", year, key, run) for a holiday's days of a year, ("decided", decision id, kind, item) for a
# decision's voting or mourning day (azcal.compiled.delta rebuilds a date's list from these).
Source = tuple[str, object, object, int]
Placed = tuple[Source, tuple[dt.date, ...], Observance, bool]  # source, dates, observance, unverified
Decided = dict[tuple[str, int], list[tuple[Decision, tuple[dt.date, ...]]]]
Run = tuple[tuple[dt.date, ...], bool, str | None]  # a holiday's consecutive days, estimated, the deciding act


def place_holidays(rules: RuleSet, plan: Plan, estimates: Estimates) -> None:
    """Every holiday on its days; the days a rule with no source found gives marked unverified."""
    for _source, dates, observance, unverified in holiday_runs(rules, plan.week, estimates):
        if unverified:
            plan.unverify(dates, rules.law)
        for day in dates:
            plan.observances[day].append(observance)


def decided_holiday_dates(rules: RuleSet, week: int) -> Decided:
    """(holiday key, year) -> the decisions that set that holiday's dates that year, in their order."""
    decided: defaultdict[tuple[str, int], list[tuple[Decision, tuple[dt.date, ...]]]] = defaultdict(list)
    for decision in rules.decisions:
        for item in decision.holiday_dates if decision.holds_for(week) else ():
            decided[item.holiday, item.dates[0].year].append((decision, item.dates))
    return decided


def holiday_runs(
    rules: RuleSet,
    week: int,
    estimates: Estimates,
    only: Mapping[str, Iterable[int]] | None = None,
) -> Iterable[Placed]:
    """Every holiday's days of every year (or of the years ``only`` gives per key), year by year: a
    date's observances keep the order of their years, then of the holidays."""
    decided = decided_holiday_dates(rules, week)
    observances = _Observances()
    for year, key, period in _in_force(rules, only):
        for run, (dates, estimated, decision_id) in enumerate(_runs(key, year, period, decided, estimates)):
            observance = observances.of(key, period, estimated, dates[0].year, decision_id)
            yield ("holiday", year, key, run), dates, observance, period.unverified


def _in_force(rules: RuleSet, only: Mapping[str, Iterable[int]] | None) -> Iterator[tuple[int, str, HolidayPeriod]]:
    """Each holiday's rule in force each year (of those ``only`` gives per key): year by year, then holiday
    by holiday in the order the rules give them."""
    keys = rules.holidays if only is None else only
    in_force = {key: [rules.holidays[key].period(year) for year in YEARS] for key in keys}
    wanted = None if only is None else {key: set(years) for key, years in only.items()}
    for n, year in enumerate(YEARS):
        for key, periods in in_force.items():
            period = periods[n]
            if period is not None and (wanted is None or year in wanted[key]):
                yield year, key, period


def _runs(key: str, year: int, period: HolidayPeriod, decided: Decided, estimates: Estimates) -> list[Run]:
    """A holiday's runs of days in ``year``: as decided, else as estimated, else on its fixed dates."""
    if (key, year) in decided:
        return [(dates, False, d.id) for d, dates in decided[key, year]]
    if period.lunar:
        days = range(period.days)
        return [(tuple(start + i * ONE_DAY for i in days), True, None) for start in estimates[period.lunar][year]]
    return [(tuple(dt.date(year, m, d) for m, d in period.dates), False, None)]


class _Observances:
    """One Observance for every year it is the same in: the days of a holiday share it."""

    def __init__(self) -> None:
        self.made: dict[tuple[object, ...], Observance] = {}

    def of(self, key: str, period: HolidayPeriod, estimated: bool, year: int, decision: str | None) -> Observance:
        anniversary = _anniversary(period.commemorates, year)
        same = (key, id(period), estimated, anniversary, decision)
        observance = self.made.get(same)
        if observance is None:
            observance = self.made[same] = Observance(
                key=key,
                names=period.names,
                category=period.category,
                basis=period.basis,
                source=period.source,
                estimated=estimated,
                commemorates=period.commemorates,
                anniversary=anniversary,
                note=period.note,
                decision=decision,
            )
        return observance


def _anniversary(event: dt.date | None, year: int) -> int | None:
    return year - event.year if event is not None and year > event.year else None
