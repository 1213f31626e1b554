"""A day's status in words: why a rest day or a working weekend is one, and the line a year list shows.

Everything comes from the Day itself: its reason carries the holiday a moved rest day stands for and
the names a decision gives a day, so no calendar is asked again.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from ..model import Break, Confidence, Day, Kind, Rule
from .words import CONFIDENCE, PHRASES


def stands_for_name(day: Day, lang: str) -> str:
    """The name of the holiday a moved rest day stands for ('' when it stands for none)."""
    reason = day.reason
    if reason is None or reason.stands_for_holiday is None:
        return ""
    return reason.stands_for_holiday.name(lang)


def reason_text(day: Day, lang: str) -> str | None:
    """Why the day is what it is, when its observances do not say it: a transfer, a swap, a decision."""
    reason, words = day.reason, PHRASES[lang]
    if reason is None:
        return None
    when = reason.stands_for.isoformat() if reason.stands_for else ""
    if reason.rule is Rule.WEEKEND:
        return words["weekend"]
    if reason.rule.is_transfer:
        return words[reason.rule.value].format(date=when, name=stands_for_name(day, lang))
    if reason.rule is Rule.SWAP:
        return words["swap_work" if day.is_workday else "swap_rest"].format(date=when)
    if reason.rule is Rule.DECISION:
        decided = f"{words['decision']} {reason.decision}"
        return f"{reason.names.name(lang)} ({decided})" if reason.names else decided
    return None  # a holiday, mourning or voting day: its observance says it


def decided_name(day: Day, lang: str) -> str | None:
    """The name a decision gives a one-off day off or working day, if it gives one."""
    reason = day.reason
    if reason is None or reason.rule is not Rule.DECISION or reason.names is None:
        return None
    return reason.names.name(lang)


def listed_days(days: Iterable[Day]) -> list[Day]:
    """The days a year's or a month's list names: those ``is_listed`` takes, and the days no source confirms
    where they are the odd ones out (in a year unverified as a whole, the summary line says it)."""
    days = list(days)
    odd = not all(d.confidence is Confidence.UNVERIFIED for d in days)
    return [d for d in days if is_listed(d) or (odd and d.confidence is Confidence.UNVERIFIED)]


def is_listed(day: Day) -> bool:
    """A year's list names every day but the plain workdays and weekends (a workday a decision made one,
    such as a moved rest day worked after all, is not plain)."""
    if day.kind is Kind.WORKDAY:
        return bool(day.observances) or day.reason is not None
    return not (day.kind is Kind.WEEKEND and not day.observances)


def detail(day: Day, lang: str) -> str:
    """What a year's list says of a day: its observances' names, or for a moved rest day, why; for a
    plain day listed because no source confirms it, that."""
    names = ", ".join(o.name(lang) for o in day.observances)
    if day.kind is Kind.REST_DAY or not names:
        said = decided_name(day, lang) or reason_text(day, lang) or names
        return said or (CONFIDENCE[lang]["why_unverified"] if day.confidence is Confidence.UNVERIFIED else "")
    return names


def break_names(run: Break, lang: str) -> list[str]:
    """The names of what a break holds, each once, in order: its holidays, and what moved rest days stand for."""
    names: list[str] = []
    for day in run.days:
        found = [o.name(lang) for o in day.observances if o.category.is_day_off]
        if not found and day.kind is Kind.REST_DAY:
            found = [stands_for_name(day, lang)] if day.reason and day.reason.holiday else []
        names += [n for n in found if n and n not in names]
    return names


def confidence_line(day: Day, lang: str) -> str:
    """ "Confidence: confirmed"; an unverified day says why."""
    words = CONFIDENCE[lang]
    line = f"{words['label']}: {words[day.confidence]}"
    return f"{line} ({words['why_unverified']})" if day.confidence is Confidence.UNVERIFIED else line


def confidence_summary(days: Iterable[Day], lang: str) -> str:
    """How sure a span of days is, level by level: "Confidence: confirmed 361, estimated 4"."""
    words, counts = CONFIDENCE[lang], Counter(day.confidence for day in days)
    levels = ", ".join(f"{words[level]} {counts[level]}" for level in Confidence if counts[level])
    return f"{words['label']}: {levels}"


__all__ = [
    "break_names",
    "confidence_line",
    "confidence_summary",
    "decided_name",
    "detail",
    "is_listed",
    "listed_days",
    "reason_text",
    "stands_for_name",
]
