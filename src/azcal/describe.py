"""A day's status in words: why a rest day or a working weekend is one, and the line a year list shows."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .dates import FIRST_YEAR, LAST_YEAR
from .model import Day, Kind, Rule
from .texts import KINDS, PHRASES

if TYPE_CHECKING:
    from .calendar import Calendar


def stands_for_name(day: Day, cal: Calendar, lang: str) -> str:
    """The name of the holiday a moved rest day stands for ('' when it stands for none)."""
    reason = day.reason
    if reason is None or reason.stands_for is None:
        return ""
    other = cal.day(reason.stands_for) if FIRST_YEAR <= reason.stands_for.year <= LAST_YEAR else None
    if other and reason.holiday:
        match = next((o for o in other.observances if o.key == reason.holiday), None)
        if match:
            return match.name(lang)
    return KINDS[lang][other.kind] if other else ""


def reason_text(day: Day, lang: str, cal: Calendar) -> str | None:
    """Why the day is what it is, when its observances do not say it: a transfer, a swap, a decision."""
    reason, words = day.reason, PHRASES[lang]
    if reason is None:
        return None
    when = reason.stands_for.isoformat() if reason.stands_for else ""
    if reason.rule is Rule.WEEKEND:
        return words["weekend"]
    if reason.rule.is_transfer:
        return words[reason.rule.value].format(date=when, name=stands_for_name(day, cal, lang))
    if reason.rule is Rule.SWAP:
        return words["swap_work" if day.is_workday else "swap_rest"].format(date=when)
    if reason.rule is Rule.DECISION:
        return f"{words['decision']} {reason.decision}"
    return None  # a holiday, mourning or voting day: its observance says it


def decided_name(day: Day, cal: Calendar, lang: str) -> str | None:
    """The name a decision gives a one-off day off or working day, if it gives one."""
    reason = day.reason
    if reason is None or reason.rule is not Rule.DECISION:
        return None
    for decision in cal.rules.decisions:
        if decision.id == reason.decision:
            for item in decision.rest_days + decision.working_days:
                if item.date == day.date:
                    return item.names.get(lang) or item.names["az"]
    return None


def is_listed(day: Day) -> bool:
    """A year's list names every day but the plain workdays and weekends."""
    return not (day.kind in (Kind.WORKDAY, Kind.WEEKEND) and not day.observances)


def detail(day: Day, lang: str, cal: Calendar) -> str:
    """What a year's list says of a day: its observances' names, or for a moved rest day, why."""
    names = ", ".join(o.name(lang) for o in day.observances)
    if day.kind is Kind.REST_DAY or not names:
        return decided_name(day, cal, lang) or reason_text(day, lang, cal) or names
    return names
