"""The service's calendar for each working week, made once, at start-up.

A request may ask for the five- or the six-day week (``sd`` on the isdayoff API, ``week`` elsewhere).
Both calendars of the service's definition are made before the first request and kept, read-only; a
week whose calendar cannot be made (a rules file whose swap does not fit the six-day week, say) keeps
its error, which each request for it gets, the same every time. The six-day week also needs the
five-day week for its hours norm, so where that cannot be made, the six-day week gets its error.
"""

from __future__ import annotations

from ..calendars import Calendar
from ..errors import RulesError
from ..model import WEEKS, check_week
from ..payroll import norm_calendar


class WeekCalendars:
    """The calendar a request asks for: the service's own week by default, or the other one."""

    __slots__ = ("_made", "default")

    def __init__(self, calendar: Calendar):
        self.default = calendar
        self._made: dict[int, Calendar | RulesError] = {}
        for week in WEEKS:
            try:
                made = self._made[week] = calendar.for_week(week)
                norm_calendar(made)  # the six-day week's hours norm is the five-day week's: made now too
            except RulesError as exc:
                self._made[week] = exc.with_traceback(None)

    def of(self, week: int | None) -> Calendar:
        """The calendar of ``week`` (5 or 6; None for the service's own); its error if it cannot be made."""
        if week is None:
            return self.default
        made = self._made[check_week(week)]
        if isinstance(made, RulesError):
            raise made.with_reason(made.reason)  # a new error each time: requests run in many threads
        return made
