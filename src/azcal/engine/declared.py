"""The days a decision declares on its own, on their dates: voting days (Election Code Art. 8.2) and days
of national mourning; neither moves a rest day, as the Day of National Mourning (Art. 106) does not."""

from __future__ import annotations

from collections.abc import Iterable

from ..law.model import Decision, RuleSet
from ..model import Category, Observance
from .holidays import Placed
from .plan import REACH_FIRST, REACH_LAST, Plan


def place_declared_days(rules: RuleSet, plan: Plan) -> None:
    for _source, dates, observance, _unverified in decided_days(rules, plan.week, rules.decisions):
        plan.observances[dates[0]].append(observance)


def decided_days(rules: RuleSet, week: int, decisions: Iterable[Decision]) -> Iterable[Placed]:
    """The voting and declared mourning days of ``decisions`` that hold for the week, in their order."""
    voting = rules.law["voting"]
    for decision in decisions:
        if not decision.holds_for(week):
            continue
        for n, item in enumerate(decision.voting):
            if REACH_FIRST <= item.date <= REACH_LAST:
                observance = Observance(
                    "voting", item.names, Category.VOTING, voting.basis, decision.source, decision=decision.id
                )
                yield ("decided", decision.id, 0, n), (item.date,), observance, False
        for n, item in enumerate(decision.declared_mourning):
            if REACH_FIRST <= item.date <= REACH_LAST:
                category = Category.MOURNING if item.non_working else Category.DECLARED_MOURNING
                observance = Observance(
                    "declared_mourning",
                    item.names,
                    category,
                    decision.cited_as,
                    decision.source,
                    note=decision.note,
                    decision=decision.id,
                )
                yield ("decided", decision.id, 1, n), (item.date,), observance, False
