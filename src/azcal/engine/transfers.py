"""Art. 105.5 and 105.6: a rest day moved off a holiday.

Since 2006 a weekly rest day that falls on a non-working holiday moves to the next working day (105.5),
and so does a day of Ramazan or Qurban Bayramı that falls on another holiday (105.6). Only an Art. 105
holiday moves a rest day: the Day of National Mourning (Art. 106), a voting day and a company's own day
off are never transferred.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping

from ..law.model import RuleSet
from ..model import Category, LawRule, Observance, Reason, Rule
from .plan import ONE_DAY, REACH_FIRST, REACH_LAST, Plan

Move = tuple[dt.date, Rule, Observance]  # a holiday's date, the rule that moves its rest day, the holiday


def move_off_holidays(rules: RuleSet, plan: Plan) -> None:
    """Every rest day the holidays of the plan move, moved."""
    days = sorted(d for d in plan.observances if REACH_FIRST <= d <= REACH_LAST)
    move_rest_days(rules, plan, rest_days_to_move(rules, plan, days))


def rest_days_to_move(rules: RuleSet, plan: Plan, days: Iterable[dt.date]) -> list[Move]:
    """The rest days the holidays on ``days`` (in date order) move, in the order they are moved."""
    weekend_rule, bayram_rule = rules.law["weekend_transfer"], rules.law["bayram_transfer"]
    bayram_keys = {key for key, holiday in rules.holidays.items() if holiday.bayram}
    to_move: list[Move] = []
    for day in days:
        holidays = [o for o in plan.observances.get(day, ()) if o.category is Category.HOLIDAY]
        if not holidays:
            continue
        if _in_force(weekend_rule, day) and plan.is_weekend(day):  # 105.5
            to_move.append((day, Rule.WEEKEND_TRANSFER, holidays[0]))
        if _in_force(bayram_rule, day) and (bayram := _bayram_on_holiday(holidays, bayram_keys)):  # 105.6
            to_move.append((day, Rule.BAYRAM_TRANSFER, bayram))
    return to_move


def _in_force(rule: LawRule, day: dt.date) -> bool:
    return rule.since is not None and day >= rule.since


def _bayram_on_holiday(holidays: list[Observance], bayram_keys: set[str]) -> Observance | None:
    """The first day of Ramazan or Qurban among ``holidays`` when another holiday falls with it."""
    bayrams = [o for o in holidays if o.key in bayram_keys]
    if bayrams and any(o.key not in bayram_keys for o in holidays):
        return bayrams[0]
    return None


def move_rest_days(
    rules: RuleSet, plan: Plan, to_move: Iterable[Move], known: Mapping[dt.date, Reason] | None = None
) -> None:
    """Each rest day of ``to_move`` to the next working day not already taken, in order; a reason equal to
    one ``known`` (another plan's moved days) is that one."""
    weekend_rule, bayram_rule = rules.law["weekend_transfer"], rules.law["bayram_transfer"]
    for source_day, rule, observance in to_move:
        law = weekend_rule if rule is Rule.WEEKEND_TRANSFER else bayram_rule
        target = source_day + ONE_DAY
        while plan.is_off(target):  # the next working day not already taken
            target += ONE_DAY
        same = known.get(target) if known is not None else None
        if same is not None and _stands_for(same, source_day, rule, observance):
            plan.moved[target] = same  # every other field follows from these
            continue
        plan.moved[target] = Reason(
            rule,
            law.basis,
            law.source,
            stands_for=source_day,
            holiday=observance.key,
            estimated=observance.estimated,
            stands_for_holiday=observance,
        )


def _stands_for(reason: Reason, day: dt.date, rule: Rule, holiday: Observance) -> bool:
    return reason.stands_for == day and reason.rule is rule and reason.stands_for_holiday is holiday
