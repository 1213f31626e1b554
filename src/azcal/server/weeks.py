"""The service's calendar for each working week, made once, at start-up.

A request may ask for the five- or the six-day week (``sd`` on the isdayoff API, ``week`` elsewhere).
Both calendars of the service's definition are made before the first request; a week whose calendar
cannot be made (a rules file whose swap does not fit the six-day week, say) keeps its error, which each
request for it gets, the same every time.

The calendars themselves are the library's: one per definition, the other week's kept by
``Calendar.for_week``, so the service keeps no calendar of its own beside them.
"""

from __future__ import annotations

from ..calendars import Calendar
from ..errors import RulesError
from ..model import WEEKS, check_week
from ..payroll import norm_calendar


def served(calendar: Calendar) -> Calendar:
    """``calendar``, with everything it answers from made now: the six-day week's hours norm is the
    five-day week's, so a six-day calendar needs that week too. The error of a week that cannot be made
    is raised here, before any request."""
    norm_calendar(calendar)
    return calendar


class WeekCalendars:
    """The calendar a request asks for: the service's own week by default, or the other one."""

    __slots__ = ("_refused", "default")

    def __init__(self, calendar: Calendar):
        self.default = calendar
        self._refused: dict[int, RulesError] = {}
        for week in WEEKS:
            try:
                served(calendar.for_week(week))
            except RulesError as exc:
                self._refused[week] = exc.with_traceback(None)

    def of(self, week: int | None) -> Calendar:
        """The calendar of ``week`` (5 or 6; None for the service's own); its error if it cannot be made."""
        if week is None:
            return self.default
        refused = self._refused.get(check_week(week))
        if refused is not None:
            raise refused.with_reason(refused.reason)  # a new error each time: requests run in many threads
        return self.default.for_week(week)
