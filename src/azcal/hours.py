"""The hours norm: the hours of a working day, and of any span of days, for a 40-, 36- or 24-hour week.

Eight hours a day for the 40-hour five-day week (Labor Code Art. 91), one hour less on a shortened day
(Art. 108); a reduced week is its hours spread over five days, 7.2 or 4.8, with no shorter day. The
six-day week takes the five-day week's norm. Apart from the rest of payroll (azcal.payroll), so that
what shows a month's or a year's hours loads no more than this.
"""

from __future__ import annotations

from decimal import Decimal

from .arguments import WEEK_HOURS, check_week_hours
from .errors import RulesError

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing: a view of a year loads this module
if TYPE_CHECKING:
    import datetime as dt
    from typing import Protocol

    class WorkdayCounter(Protocol):
        """What the hours norm asks of a calendar: payroll.WorkdayCounter's part that counts."""

        @property
        def week(self) -> int: ...

        def for_week(self, week: int) -> WorkdayCounter: ...

        def workdays_between(self, start: dt.date | str, end: dt.date | str) -> int: ...

        def shortened_days_between(self, start: dt.date | str, end: dt.date | str) -> int: ...


FULL_WEEK = 40  # the only week that gets Art. 108's shorter day
WORKDAYS_A_WEEK = 5

# the hours of a working day, per weekly hours: 8, 7.2, 4.8
PER_DAY = {week_hours: Decimal(week_hours) / WORKDAYS_A_WEEK for week_hours in WEEK_HOURS}


def hours_for(workdays: int, shortened: int, week_hours: int) -> Decimal:
    """Working hours of ``workdays`` days of which ``shortened`` are Art. 108 shortened days."""
    return PER_DAY[week_hours] * workdays - (shortened if week_hours == FULL_WEEK else 0)


def working_hours(calendar: WorkdayCounter, start: dt.date | str, end: dt.date | str, week_hours: int = 40) -> Decimal:
    """Working hours in ``[start, end)``; negative when ``end`` comes first, as ``workdays_between``."""
    week = check_week_hours(week_hours)
    normed = norm_calendar(calendar)
    return hours_for(normed.workdays_between(start, end), normed.shortened_days_between(start, end), week)


def norm_calendar(calendar: WorkdayCounter) -> WorkdayCounter:
    """The calendar whose days the hours norm counts: the five-day week's, whichever the week."""
    if calendar.week == WORKDAYS_A_WEEK:
        return calendar
    try:
        return calendar.for_week(WORKDAYS_A_WEEK)
    except RulesError as exc:  # the user's rules fit the six-day week but not the five-day week
        raise exc.with_reason(f"{exc.reason} (in the five-day week, whose hours norm the six-day week takes)") from None
