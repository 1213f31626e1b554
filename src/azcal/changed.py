"""What changed between two states of the law: every date a later act made a different day, with the act.

When the Cabinet swaps a day or sets the Eid dates after payroll has been computed, the days to look at
again are those whose kind, hours, workday status or shortened status differ between the calendar as
known on one date and as known on a later one (or as the data in use has it). Each comes with its day
before and after, and the acts, adopted in between, that made the difference.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from .calendars import Calendar, official
from .compiled import ESTIMATED, SPAN, date_at
from .dates import to_date
from .errors import InvalidArgumentError
from .model import check_week

if TYPE_CHECKING:
    from .law.model import Decision
    from .model import Day


class Act:
    """An act that changed days: its id in the data, title, number, adoption date and source."""

    __slots__ = ("adopted", "id", "number", "source", "title")

    def __init__(self, decision: Decision):
        self.id = decision.id
        self.title = decision.title
        self.number = decision.number
        self.adopted = decision.adopted  # None for days whose dates were reported and whose act was not found
        self.source = decision.source

    def __repr__(self) -> str:
        return f"Act({self.id!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Act) and other.id == self.id

    def __hash__(self) -> int:
        return hash(self.id)


class Change:
    """A date whose day changed: the day as known before, as known after, and the acts between."""

    __slots__ = ("acts", "after", "before", "date")

    def __init__(self, before: Day, after: Day, acts: tuple[Act, ...]):
        self.date = after.date
        self.before = before
        self.after = after
        self.acts = acts

    def __repr__(self) -> str:
        return f"Change({self.date.isoformat()}: {self.before.kind.value} -> {self.after.kind.value})"


def changes(since: dt.date | str, until: dt.date | str | None = None, *, week: int = 5) -> list[Change]:
    """Every date whose kind, hours, workday or shortened status differs between the official calendar as
    known on ``since`` and as known on ``until`` (by default, as the data in use has it), in date order.

        >>> [(c.date.isoformat(), c.after.kind.value) for c in changes("2025-06-16", "2025-06-18")]
        [('2025-06-21', 'working_weekend'), ('2025-06-27', 'rest_day')]
    """
    start, end = to_date(since), None if until is None else to_date(until)
    if end is not None and end < start:
        raise InvalidArgumentError(f"until ({end}) is before since ({start}): give the earlier date first")
    before = Calendar(as_of=start, week=check_week(week))
    after = official(week) if end is None else Calendar(as_of=end, week=week)
    between = _acts_between(start, end)
    found = []
    for date in _differing_dates(before, after):
        was, now = before.day(date), after.day(date)
        found.append(Change(was, now, _acts(was, now, between)))
    return found


def _differing_dates(before: Calendar, after: Calendar) -> list[dt.date]:
    """The dates whose kind, workday or shortened status (a date's code, but for "estimated") or hours differ."""
    old, new = before.compiled, after.compiled
    mask = 0xFF & ~ESTIMATED  # an estimate confirmed by an act changes no one's day
    found = []
    for i in range(SPAN):
        if (old.codes[i] ^ new.codes[i]) & mask or (
            old.facts_index[i] != new.facts_index[i] and old.facts(i).hours != new.facts(i).hours
        ):
            found.append(date_at(i))
    return found


def _acts_between(start: dt.date, end: dt.date | None) -> dict[str, Decision]:
    """The official decisions known after ``start`` and by ``end`` (or ever), by id."""
    from .law.loading import official_rules

    return {
        d.id: d for d in official_rules().decisions if d.known_from > start and (end is None or d.known_from <= end)
    }


def _acts(was: Day, now: Day, between: dict[str, Decision]) -> tuple[Act, ...]:
    """The acts known ``between`` that made ``was`` into ``now``: those the days cite, else those that name the date."""
    cited: list[str | None] = []
    for day in (now, was):
        reason = day.reason
        cited += [o.decision for o in day.observances]
        if reason is not None:
            cited.append(reason.decision)
            if reason.stands_for_holiday is not None:  # a rest day moved for a holiday an act dated
                cited.append(reason.stands_for_holiday.decision)
    ids = [i for i in dict.fromkeys(cited) if i is not None and i in between]
    if not ids:
        ids = [i for i, decision in between.items() if now.date in _dates_named(decision)]
    return tuple(Act(between[i]) for i in ids)


def _dates_named(decision: Decision) -> set[dt.date]:
    named = {day for swap in decision.swaps for day in (swap.rest, swap.work)}
    named |= {day for item in decision.holiday_dates for day in item.dates}
    for items in (decision.voting, decision.declared_mourning, decision.rest_days, decision.working_days):
        named |= {item.date for item in items}
    return named


__all__ = ["Act", "Change", "changes"]
