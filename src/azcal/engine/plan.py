"""The working state of a compile: what is observed, moved and swapped on each date, as the passes find it."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Mapping

from ..law.estimates import YEARS
from ..law.model import RuleSet
from ..model import REST_WEEKDAYS, WEEKEND_BASIS, Category, DayFacts, Kind, LawRule, Observance, Reason, Rule

ONE_DAY = dt.timedelta(days=1)
# A full day of a 40-hour week: 8 hours over five days. Over six days the law sets limits, not a
# schedule: at most 7 hours (Art. 90.3), and at most 6 on the day before the weekly rest day (as the
# State Labour Inspectorate states it); a six-day Day's hours are those limits.
FULL_DAY_HOURS = {5: 8, 6: 7}
EVE_HOURS = 6  # the six-day week's Saturday
# Holidays are placed for the years beside the range too, and transfers and swaps looked at up to a
# month beyond it, so that the first and last days of the range are resolved as any other.
REACH_FIRST, REACH_LAST = dt.date(YEARS[0], 12, 1), dt.date(YEARS[-1], 1, 31)
# The days off of the law (Art. 105, 106, voting days). A company's own day off (DAY_OFF) is left out: it
# neither pushes the official transfers nor blocks the official swaps; where it falls on one of their
# days, the two simply coincide.
DAYS_OFF_BY_LAW = frozenset(c for c in Category if c.is_day_off and c is not Category.DAY_OFF)


def workday_facts(week: int, hours: int | None = None) -> DayFacts:
    return DayFacts(Kind.WORKDAY, FULL_DAY_HOURS[week] if hours is None else hours, False, False)


def weekend_facts(rules: RuleSet, week: int) -> DayFacts:
    rest = Reason(Rule.WEEKEND, WEEKEND_BASIS[week], rules.law["swap"].source)
    return DayFacts(Kind.WEEKEND, 0, False, False, reason=rest)


class Plan:
    """Working state while compiling: what is observed, moved and swapped on each date."""

    def __init__(self, week: int) -> None:
        self.week = week
        self.rest_weekdays = REST_WEEKDAYS[week]
        self.observances: defaultdict[dt.date, list[Observance]] = defaultdict(list)
        self.moved: dict[dt.date, Reason] = {}  # rest days moved here (Art. 105.5/105.6) or decided off
        self.worked: dict[dt.date, Reason] = {}  # days made working by a swap or a decision
        self.unverified: set[dt.date] = set()  # dates a rule with no source found decides
        self.unverified_eves: set[dt.date] = set()  # the days before them, which Art. 108 would shorten

    def has_day_off(self, day: dt.date) -> bool:
        """A day off of the law falls on ``day`` (DAYS_OFF_BY_LAW)."""
        # a loop, not any(): the moves ask this of every day they pass, and a generator costs more
        for observance in self.observances.get(day, ()):  # noqa: SIM110
            if observance.category in DAYS_OFF_BY_LAW:
                return True
        return False

    def is_weekend(self, day: dt.date) -> bool:
        """A weekly rest day of the plan's working week."""
        return day.weekday() in self.rest_weekdays

    def full_day(self, day: dt.date) -> int:
        """The hours of ``day`` as a workday not shortened: shorter before the six-day week's rest day."""
        if self.week == 6 and day.weekday() == 5:
            return EVE_HOURS
        return FULL_DAY_HOURS[self.week]

    def unverify(self, dates: Iterable[dt.date], law: Mapping[str, LawRule]) -> None:
        """Days an unverified rule decides: the dates; the day before, which Art. 108 would shorten; and
        where one is a weekly rest day in the years rest days move (Art. 105.5), the day a rest day moved
        for it would take."""
        shortening, transfers = law["shortened_day"].since, law["weekend_transfer"].since
        for day in dates:
            self.unverified.add(day)
            before = day - ONE_DAY
            if shortening and before >= shortening:
                self.unverified_eves.add(before)  # unverified only where it is a working day (confidence)
            if transfers and day >= transfers and self.is_weekend(day):
                after = day + ONE_DAY
                while self.is_weekend(after):
                    after += ONE_DAY
                self.unverified.add(after)

    def is_off(self, day: dt.date) -> bool:
        if day in self.worked:
            return False
        return day.weekday() in self.rest_weekdays or day in self.moved or self.has_day_off(day)
