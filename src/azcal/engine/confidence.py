"""How sure a day's answer is (``Day.confidence``): as sure as the record of its year, unless the day
itself says otherwise.

A day that rests on a date not yet decided (an estimated Eid) is estimated; a day a rule with no source
found decides is unverified, as is every day of a year whose record is; an inferred entry makes a day
at most derived; a decision or the user's own rules confirm it.
"""

from __future__ import annotations

import datetime as dt

from ..law.model import RuleSet
from ..model import Confidence, DayFacts, Kind, Observance, Reason
from .plan import Plan


def at_level(level: Confidence, claim: Confidence | None) -> Confidence:
    """How sure a day is in a year whose record is as sure as ``level``, the day itself claiming ``claim``."""
    if claim is Confidence.ESTIMATED:
        return claim
    if level is Confidence.UNVERIFIED or claim is Confidence.UNVERIFIED:
        return Confidence.UNVERIFIED
    if claim is Confidence.DERIVED:  # at most derived
        return Confidence.DERIVED if level is Confidence.CONFIRMED else level
    return level if claim is None else claim


class Sureness:
    """The confidence of each day of a plan, its year's record weighed with what the day itself claims."""

    def __init__(self, rules: RuleSet, plan: Plan, levels: dict[int, Confidence]) -> None:
        self.plan, self.levels = plan, levels
        # the user's own holidays and decisions are their own source; an inferred entry's dates stand for
        # no act that was found
        self.own_holidays = {key for key, holiday in rules.holidays.items() if not holiday.official}
        self.inferred = {d.id for d in rules.decisions if d.inferred}

    def __call__(
        self,
        day: dt.date,
        kind: Kind,
        observances: tuple[Observance, ...],
        reason: Reason | None,
        before: Observance | None,
        estimated: bool,
    ) -> Confidence:
        if estimated:
            claim: Confidence | None = Confidence.ESTIMATED
        elif day in self.plan.unverified or (day in self.plan.unverified_eves and kind.is_workday):
            claim = Confidence.UNVERIFIED
        else:
            claim = self.set_by(observances, reason, before)
        return at_level(self.levels[day.year], claim)

    def claimed_by(self, facts: DayFacts) -> Confidence | None:
        """What a day's ``facts`` claim of how sure it is, the day decided by no unverified rule."""
        if facts.estimated:
            return Confidence.ESTIMATED
        return self.set_by(facts.observances, facts.reason, facts.shortened_before)

    def set_by(
        self, observances: tuple[Observance, ...], reason: Reason | None, before: Observance | None
    ) -> Confidence | None:
        """What the acts a day rests on claim: at most derived when an inferred entry is among them,
        confirmed when a decision or the user's own rules are; else nothing beyond the year's record."""
        stood_for = reason.stands_for_holiday if reason is not None else None
        held = [*observances, *(o for o in (stood_for, before) if o is not None)]
        decisions = {o.decision for o in held} | {reason.decision if reason else None}
        decisions.discard(None)
        if decisions & self.inferred:
            return Confidence.DERIVED
        if decisions or any(o.key in self.own_holidays for o in held):
            return Confidence.CONFIRMED
        return None


def with_confidence(facts: DayFacts, confidence: Confidence) -> DayFacts:
    f = facts
    made = (f.kind, f.hours, f.shortened, f.estimated, f.observances, f.reason, f.shortened_before, f.shortened_by)
    return DayFacts(*made, confidence)
