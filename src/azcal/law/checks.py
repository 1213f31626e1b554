"""Checks of a rules file as a whole, once each entry has been read: what no single entry shows.

Ids are unique; a date has one meaning in each week (a day off or a working day, by one decision); the
work a file asks of the engine, and the names it gives one day, stay within limits set before anything
is computed.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable

from ..dates import FIRST_YEAR, LAST_YEAR
from ..errors import RulesError
from ..model import WEEKS
from .lines import Source
from .model import Decision, Holiday

# The names a rules file may give one day: exports join them in one cell (20 names of 200 characters and
# their commas are 4,040 characters of the 32,767).
MAX_NAMES_A_DAY = 20
# A holiday rule sets its dates in every year it is in force: a few bytes may stand for 111 years of days,
# and computing a calendar costs in proportion to the days set. The official law sets some 2,800.
MAX_HOLIDAY_DAYS = 50_000


def check_holiday_days(holidays: list[Holiday], src: Source) -> None:
    """That the file's holiday rules set at most MAX_HOLIDAY_DAYS days over the years a calendar computes,
    before any is computed: the work a file asks for stays in proportion to the file."""
    total = 0
    for holiday in holidays:
        for period in holiday.periods:
            first, last = (
                max(period.first, FIRST_YEAR),
                min(LAST_YEAR if period.last is None else period.last, LAST_YEAR),
            )
            total += max(0, last - first + 1) * (len(period.dates) or period.days)
    if total > MAX_HOLIDAY_DAYS:
        raise RulesError(
            f"its holiday rules set {total:,} days over {FIRST_YEAR}-{LAST_YEAR}, more than the {MAX_HOLIDAY_DAYS:,} "
            "a rules file may set: give each rule only the years it holds for",
            file=src.name,
        )


def check_unique_ids(decisions: tuple[Decision, ...], src: Source) -> None:
    """That no two decisions of the file have one id."""
    seen: set[str] = set()
    for decision in decisions:
        if decision.id in seen:
            raise RulesError("duplicate id", file=src.name, entry=decision.entry, line=decision.line)
        seen.add(decision.id)


def check_names_a_day(holidays: list[Holiday], decisions: tuple[Decision, ...], src: Source) -> None:
    """That the file gives no day more than MAX_NAMES_A_DAY names, counted high: each holiday as if in
    force every year, and a lunar one as if on every day."""
    yearly = Counter(month_day for h in holidays for month_day in {md for p in h.periods for md in p.dates})
    lunar = sum(any(p.lunar for p in h.periods) for h in holidays)
    dated: Counter[dt.date] = Counter()
    for d in decisions:
        dated.update(day for item in d.holiday_dates for day in item.dates)
        dated.update(item.date for item in d.voting + d.declared_mourning)
    counts = {f"{month:02}-{day:02} of a year": n for (month, day), n in yearly.items()}
    counts |= {date.isoformat(): n + yearly[date.month, date.day] for date, n in dated.items()}
    day, most = max(counts.items(), key=lambda count: count[1], default=("one day", 0))
    if most + lunar > MAX_NAMES_A_DAY:
        raise RulesError(
            f"{most + lunar} of its names may fall on {day}{' (its lunar holidays on any day)' if lunar else ''}, "
            f"more than the {MAX_NAMES_A_DAY} a rules file may give one day, whose names are shown together",
            file=src.name,
        )


def check_one_meaning_per_date(decisions: Iterable[Decision]) -> None:
    """A date may be made a day off, or a working day, by one decision, and not both, in each week."""
    decisions = tuple(decisions)
    for week in WEEKS:
        _check_week(decisions, week)


class _Claims:
    """The days made days off and working days in one week, each with the decision that made it so."""

    def __init__(self, week: int):
        self.off: dict[dt.date, Decision] = {}
        self.work: dict[dt.date, Decision] = {}
        self.in_week = "" if week == 5 else " in the six-day week"

    def claim(self, claims: dict[dt.date, Decision], day: dt.date, decision: Decision, what: str) -> None:
        if day in claims:
            raise RulesError(
                f"{day} is made a {what} twice{self.in_week} (also by {claims[day].id!r})",
                file=decision.origin,
                entry=decision.entry,
                line=decision.line,
            )
        claims[day] = decision

    def traded(self, d: Decision) -> None:
        """The days a decision trades (its swaps) and makes working days."""
        for s in d.swaps:
            self.claim(self.off, s.rest, d, "day off")
            self.claim(self.work, s.work, d, "working day")
        for item in d.working_days:
            self.claim(self.work, item.date, d, "working day")

    def rested(self, d: Decision) -> None:
        """The days a decision makes days off: voting days, rest days, days of mourning that are."""
        for item in d.voting + d.rest_days + tuple(m for m in d.declared_mourning if m.non_working):
            self.claim(self.off, item.date, d, "day off")

    def check_clash(self) -> None:
        clash = min(self.off.keys() & self.work.keys(), default=None)
        if clash is not None:
            off, work = self.off[clash], self.work[clash]
            raise RulesError(
                f"{clash} is made a day off by {off.id!r} and a working day by {work.id!r}{self.in_week}",
                file=work.origin,
                entry=work.entry,
                line=work.line,
            )


def _check_week(decisions: tuple[Decision, ...], week: int) -> None:
    claims = _Claims(week)
    for d in decisions:
        if d.holds_for(week, trade=True):
            claims.traded(d)
        if d.holds_for(week):
            claims.rested(d)
    claims.check_clash()
