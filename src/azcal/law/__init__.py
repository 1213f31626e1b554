"""The law and the Cabinet's decisions as data: loaded from TOML, checked, as small immutable values."""

from .loading import LAW_KEYS, load_rules, official_rules
from .model import DatedDay, Decision, Holiday, HolidayDates, HolidayPeriod, LawRule, RuleSet, Swap

__all__ = [
    "LAW_KEYS",
    "DatedDay",
    "Decision",
    "Holiday",
    "HolidayDates",
    "HolidayPeriod",
    "LawRule",
    "RuleSet",
    "Swap",
    "load_rules",
    "official_rules",
]
