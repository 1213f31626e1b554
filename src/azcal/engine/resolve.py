"""Each date its one kind, and the facts that go with it: hours, shortening (Art. 108), what it observes,
why, and how sure that is.

Where several things fall on a date, one wins: a company's own day off over an official working day; a
day made working by a swap or a decision over a weekend or a moved rest day; a holiday over the Day of
National Mourning, which wins over a voting day; then a rest day moved here; then the weekly rest day.
"""

from __future__ import annotations

import datetime as dt

from ..law.model import RuleSet
from ..model import Category, Confidence, DayFacts, Kind, Observance, Reason, Rule
from .confidence import Sureness
from .plan import Plan
from .shortening import Shortening

_KIND_OF_DAY_OFF = {
    Category.HOLIDAY: (Kind.HOLIDAY, Rule.HOLIDAY),
    Category.DAY_OFF: (Kind.HOLIDAY, Rule.OWN_RULES),
    Category.MOURNING: (Kind.MOURNING, Rule.MOURNING),
    Category.VOTING: (Kind.VOTING, Rule.VOTING),
}
_RANK = {category: rank for rank, category in enumerate(_KIND_OF_DAY_OFF)}


class Resolver:
    """Gives each date its one kind and the facts that go with it."""

    def __init__(self, plan: Plan, rules: RuleSet, weekly_rest: Reason | None, levels: dict[int, Confidence]):
        self.plan, self.weekly_rest, self.levels = plan, weekly_rest, levels
        self.shortening = Shortening(rules, plan)
        self.confidence = Sureness(rules, plan, levels)
        self.holiday_reasons: dict[int, Reason] = {}  # id of an observance -> the Reason of its days off
        # what a date's facts are made of (ids of values the plan holds for the whole compile) -> the facts:
        # the days of one holiday share one DayFacts, made once
        self.made: dict[tuple[object, ...], DayFacts] = {}

    def __call__(self, day: dt.date) -> DayFacts:
        plan = self.plan
        if day not in plan.observances and day not in plan.moved and day not in plan.worked:
            # only ever a candidate for Art. 108, as the day before a day off
            if plan.is_weekend(day):
                return self._facts(Kind.WEEKEND, (), self.weekly_rest, None, day)
            return self._facts(Kind.WORKDAY, (), None, self.shortening.before(day), day)
        observances = tuple(plan.observances[day])
        kind, reason = self._kind_of(day, observances)
        return self._facts(kind, observances, reason, self.shortening.before(day) if kind.is_workday else None, day)

    def _kind_of(self, day: dt.date, observances: tuple[Observance, ...]) -> tuple[Kind, Reason | None]:
        plan = self.plan
        own_day_off = any(o.category is Category.DAY_OFF for o in observances)
        if day in plan.worked and not own_day_off:  # a company's own day off wins over an official working day
            return Kind.WORKING_WEEKEND if plan.is_weekend(day) else Kind.WORKDAY, plan.worked[day]
        if off := [o for o in observances if o.category.is_day_off]:
            # one kind per date: a holiday outranks the mourning day, which outranks a voting day
            first = min(off, key=lambda o: _RANK[o.category])
            return _KIND_OF_DAY_OFF[first.category][0], self._holiday_reason(first)
        if day in plan.moved:
            return Kind.REST_DAY, plan.moved[day]
        if plan.is_weekend(day):
            return Kind.WEEKEND, self.weekly_rest
        return Kind.WORKDAY, None

    def _facts(
        self,
        kind: Kind,
        observances: tuple[Observance, ...],
        reason: Reason | None,
        shortened_before: Observance | None,
        day: dt.date,
    ) -> DayFacts:
        hours = self.plan.full_day(day) - (shortened_before is not None) if kind.is_workday else 0
        estimated = (
            any(o.estimated for o in observances)
            or (reason is not None and reason.estimated)
            or (shortened_before is not None and shortened_before.estimated)
        )
        confidence = self.confidence(day, kind, observances, reason, shortened_before, estimated)
        key = (kind, hours, confidence, id(reason), id(shortened_before), *map(id, observances))
        facts = self.made.get(key)
        if facts is None:
            shortened = shortened_before is not None
            facts = self.made[key] = DayFacts(
                kind,
                hours,
                shortened,
                estimated,
                observances,
                reason,
                shortened_before,
                self.shortening.law if shortened else None,
                confidence,
            )
        return facts

    def _holiday_reason(self, first: Observance) -> Reason:
        reason = self.holiday_reasons.get(id(first))
        if reason is None:
            rule = _KIND_OF_DAY_OFF[first.category][1]
            reason = Reason(
                rule, first.basis, first.source, holiday=first.key, decision=first.decision, estimated=first.estimated
            )
            self.holiday_reasons[id(first)] = reason  # the observance lives as long as the plan: its id is stable
        return reason
