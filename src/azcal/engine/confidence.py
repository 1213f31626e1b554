"""How sure a day's answer is (``Day.confidence``): as sure as the record of its year, unless the day
itself says otherwise.

A day that rests on a date not yet decided (an estimated Eid) is estimated; a day a rule with no source
found decides is unverified, as is every day of a year whose record is; an inferred entry makes a day
at most derived; a decision or the user's own rules confirm it.
"""

from __future__ import annotations

import datetime as dt

from ..law.model import RuleSet
from ..model import Confidence, DayFacts, Observance, Reason
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

    def claimed(
        self, observances: tuple[Observance, ...], reason: Reason | None, before: Observance | None, estimated: bool
    ) -> Confidence | None:
        """What a day resting on these claims of how sure it is, whatever its date: estimated, else what the
        acts it rests on claim."""
        return Confidence.ESTIMATED if estimated else self.set_by(observances, reason, before)

    def claimed_by(self, facts: DayFacts) -> Confidence | None:
        """What a day's ``facts`` claim of how sure it is, whatever its date."""
        return self.claimed(facts.observances, facts.reason, facts.shortened_before, facts.estimated)

    def of_day(self, day: dt.date, working: bool, claim: Confidence | None) -> Confidence:
        """How sure ``day``, a working day or not and claiming ``claim``, is: unverified where a rule with no
        source decides it (or would shorten it, Art. 108), else its claim at its year's level."""
        if claim is not Confidence.ESTIMATED and (
            day in self.plan.unverified or (working and day in self.plan.unverified_eves)
        ):
            claim = Confidence.UNVERIFIED
        return at_level(self.levels[day.year], claim)

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
