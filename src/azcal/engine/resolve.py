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
_WORKING = frozenset(kind for kind in Kind if kind.is_workday)
_RANK = {category: rank for rank, category in enumerate(_KIND_OF_DAY_OFF)}  # the days off, and which wins


class Resolver:
    """Gives each date its one kind and the facts that go with it."""

    def __init__(self, plan: Plan, rules: RuleSet, weekly_rest: Reason | None, levels: dict[int, Confidence]):
        self.plan, self.weekly_rest, self.levels = plan, weekly_rest, levels
        self.shortening = Shortening(rules, plan)
        self.confidence = Sureness(rules, plan, levels)
        self.holiday_reasons: dict[int, Reason] = {}  # id of an observance -> the Reason of its days off
        # what a date's facts are made of (ids of values the plan holds for the whole compile) -> the facts
        # of such days: the days of one holiday share one DayFacts, made once
        self.made: dict[tuple[object, ...], _Alike] = {}

    def __call__(self, day: dt.date) -> DayFacts:
        plan = self.plan
        observances = plan.observances.get(day)
        if observances is None and day not in plan.moved and day not in plan.worked:
            # only ever a candidate for Art. 108, as the day before a day off
            if plan.is_weekend(day):
                return self._facts(Kind.WEEKEND, (), self.weekly_rest, None, day)
            return self._facts(Kind.WORKDAY, (), None, self.shortening.before(day), day)
        held = tuple(observances or ())
        kind, reason = self._kind_of(day, held)
        return self._facts(kind, held, reason, self.shortening.before(day) if kind in _WORKING else None, day)

    def _kind_of(self, day: dt.date, observances: tuple[Observance, ...]) -> tuple[Kind, Reason | None]:
        plan = self.plan
        # a company's own day off wins over an official working day
        if day in plan.worked and not any(o.category is Category.DAY_OFF for o in observances):
            return Kind.WORKING_WEEKEND if plan.is_weekend(day) else Kind.WORKDAY, plan.worked[day]
        if off := [o for o in observances if o.category in _RANK]:
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
        working = kind in _WORKING
        hours = self.plan.full_day(day) - (shortened_before is not None) if working else 0
        key = (kind, hours, id(reason), id(shortened_before), *map(id, observances))
        alike = self.made.get(key)
        if alike is None:
            alike = self.made[key] = _Alike(self, kind, hours, observances, reason, shortened_before)
        confidence = self.confidence.of_day(day, working, alike.claim)
        return alike.at(confidence)

    def _holiday_reason(self, first: Observance) -> Reason:
        reason = self.holiday_reasons.get(id(first))
        if reason is None:
            rule = _KIND_OF_DAY_OFF[first.category][1]
            reason = Reason(
                rule, first.basis, first.source, holiday=first.key, decision=first.decision, estimated=first.estimated
            )
            self.holiday_reasons[id(first)] = reason  # the observance lives as long as the plan: its id is stable
        return reason


class _Alike:
    """The days made of the same kind, hours, observances, reason and shortening: what they claim of how
    sure they are, worked out once, and one DayFacts for each confidence they have."""

    __slots__ = ("claim", "estimated", "facts", "made_of", "shortened_by")

    def __init__(
        self,
        resolver: Resolver,
        kind: Kind,
        hours: int,
        observances: tuple[Observance, ...],
        reason: Reason | None,
        before: Observance | None,
    ) -> None:
        self.estimated = (
            any(o.estimated for o in observances)
            or (reason is not None and reason.estimated)
            or (before is not None and before.estimated)
        )
        self.claim = resolver.confidence.claimed(observances, reason, before, self.estimated)
        self.made_of = (kind, hours, before is not None, self.estimated, observances, reason, before)
        self.shortened_by = resolver.shortening.law if before is not None else None
        self.facts: dict[Confidence, DayFacts] = {}

    def at(self, confidence: Confidence) -> DayFacts:
        facts = self.facts.get(confidence)
        if facts is None:
            facts = self.facts[confidence] = DayFacts(*self.made_of, self.shortened_by, confidence)
        return facts
