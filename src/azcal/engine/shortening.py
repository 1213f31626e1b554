"""Art. 108: the working day immediately before a non-working holiday, the Day of National Mourning or a
voting day is one hour shorter (since the Labor Code took effect, 1 July 1999)."""

from __future__ import annotations

import datetime as dt

from ..law.model import RuleSet
from ..model import Category, Observance
from .plan import ONE_DAY, Plan

SHORTENS = (Category.HOLIDAY, Category.MOURNING, Category.VOTING)


class Shortening:
    """Which workdays Art. 108 shortens, and for which day off."""

    def __init__(self, rules: RuleSet, plan: Plan) -> None:
        self.law = rules.law["shortened_day"]
        self.since = self.law.since or dt.date.min
        self.observances = plan.observances

    def before(self, day: dt.date) -> Observance | None:
        """The day off the workday ``day`` comes before, when it shortens ``day``."""
        if day < self.since:
            return None
        return next((o for o in self.observances.get(day + ONE_DAY, ()) if o.category in SHORTENS), None)
