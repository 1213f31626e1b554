"""Art. 105.7: the Cabinet's swaps of a weekend day for a working day, and the days a decision makes
rest days or working days on their own.

A swap trades a working day for a rest day; each is checked against the days the law already gives, so
that a decision that does not fit (a rest day given on a day off, a day worked that is not a rest day)
is refused with its file, entry and line rather than answered wrongly.
"""

from __future__ import annotations

import datetime as dt

from ..errors import RulesError
from ..law.model import Decision, RuleSet
from ..model import Names, Reason, Rule
from .plan import REACH_FIRST, REACH_LAST, Plan


def apply_swaps(rules: RuleSet, plan: Plan) -> None:
    """Art. 105.7 swaps and one-off days, checked against the days the law already gives."""
    basis = rules.law["swap"].basis
    off: dict[dt.date, Reason] = {}
    work: dict[dt.date, Reason] = {}
    for decision in rules.decisions:
        days = _DaysOf(decision, plan, off, work)
        trades, holds = decision.holds_for(plan.week, trade=True), decision.holds_for(plan.week)
        for item in decision.swaps if trades else ():
            days.rest_day(item.rest, "swap rest day", _reason(decision, Rule.SWAP, basis, stands_for=item.work))
            days.working_day(item.work, "swap working day", _reason(decision, Rule.SWAP, basis, stands_for=item.rest))
        for one_off in decision.rest_days if holds else ():
            days.rest_day(one_off.date, "rest day", _reason(decision, Rule.DECISION, names=one_off.names))
        for one_off in decision.working_days if trades else ():
            days.working_day(one_off.date, "working day", _reason(decision, Rule.DECISION, names=one_off.names))
    plan.moved.update(off)
    plan.worked.update(work)


class _DaysOf:
    """The rest days and working days one decision gives, each checked against the plan before any."""

    def __init__(self, decision: Decision, plan: Plan, off: dict[dt.date, Reason], work: dict[dt.date, Reason]):
        self.decision, self.plan, self.off, self.work = decision, plan, off, work

    def rest_day(self, day: dt.date, what: str, reason: Reason) -> None:
        if REACH_FIRST <= day <= REACH_LAST:
            if self.plan.is_off(day):
                raise self._refused(f"{what} {day} is already a day off")
            self.off[day] = reason

    def working_day(self, day: dt.date, what: str, reason: Reason) -> None:
        if REACH_FIRST <= day <= REACH_LAST:
            if not self.plan.is_off(day) or self.plan.has_day_off(day):
                raise self._refused(f"{what} {day} is not a weekend day or moved rest day")
            self.work[day] = reason

    def _refused(self, message: str) -> RulesError:
        week = "" if self.plan.week == 5 else " (in the six-day week)"
        decision = self.decision
        return RulesError(message + week, file=decision.origin, entry=decision.entry, line=decision.line)


def _reason(
    decision: Decision,
    rule: Rule,
    basis: str | None = None,
    stands_for: dt.date | None = None,
    names: Names | None = None,
) -> Reason:
    """The reason of a day a decision swaps or sets on its own: the decision, its source and its note; the
    basis of a swap is Art. 105.7, of a day set on its own the decision itself."""
    basis = decision.cited_as if basis is None else basis
    return Reason(
        rule, basis, decision.source, stands_for=stands_for, decision=decision.id, names=names, note=decision.note
    )
