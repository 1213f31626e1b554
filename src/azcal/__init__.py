"""azcal: Azerbaijan's working-time calendar, computed from the law and the Cabinet's decisions.

Module-level functions answer from the official calendar::

    >>> import azcal
    >>> azcal.is_workday("2025-01-20")      # the Day of National Mourning
    False
    >>> azcal.add_workdays("2025-03-19", 1)  # over the Novruz and Ramazan break
    datetime.date(2025, 4, 1)

Date ranges are half-open, ``[start, end)``, everywhere.
"""

from __future__ import annotations

import datetime as _dt
import threading as _threading
from collections.abc import Iterable as _Iterable
from decimal import Decimal as _Decimal
from typing import TYPE_CHECKING as _TYPE_CHECKING
from typing import Literal as _Literal

from .calendar import ROLLS, Calendar, Roll, Year
from .check import check_rules
from .dates import FIRST_YEAR, LAST_YEAR
from .errors import (
    ArgumentTypeError,
    AzcalError,
    DateTypeError,
    InvalidArgumentError,
    InvalidDateError,
    NotAWorkdayError,
    RulesError,
    YearOutOfRangeError,
)
from .hr import WEEK_HOURS, Leave, Norm, Norms
from .model import LANGUAGES, Break, Category, Day, Kind, Observance, Reason, Rule

if _TYPE_CHECKING:
    from .interop import AzcalHolidays

__all__ = [
    "DATA_VERSION",
    "FIRST_YEAR",
    "LANGUAGES",
    "LAST_YEAR",
    "ROLLS",
    "WEEK_HOURS",
    "ArgumentTypeError",
    "AzcalError",
    "Break",
    "Calendar",
    "Category",
    "DateTypeError",
    "Day",
    "InvalidArgumentError",
    "InvalidDateError",
    "Kind",
    "Leave",
    "Norm",
    "Norms",
    "NotAWorkdayError",
    "Observance",
    "Reason",
    "Roll",
    "Rule",
    "RulesError",
    "Year",
    "YearOutOfRangeError",
    "add_workdays",
    "as_holidays",
    "check_rules",
    "day",
    "is_workday",
    "leave_end",
    "next_workday",
    "official",
    "previous_workday",
    "to_ics",
    "workdays_between",
    "working_hours",
    "year",
]

_official: Calendar | None = None
_official_lock = _threading.Lock()


def official() -> Calendar:
    """The shared calendar on the packaged official data (built on first use)."""
    global _official
    if _official is None:
        with _official_lock:
            if _official is None:
                _official = Calendar()
    return _official


def day(date: _dt.date | str) -> Day:
    """Everything known about ``date``."""
    return official().day(date)


def is_workday(date: _dt.date | str) -> bool:
    return (_official or official()).is_workday(date)  # the hottest call: skip a function call when built


def next_workday(date: _dt.date | str) -> _dt.date:
    """The first workday strictly after ``date``."""
    return official().next_workday(date)


def previous_workday(date: _dt.date | str) -> _dt.date:
    """The last workday strictly before ``date``."""
    return official().previous_workday(date)


def add_workdays(date: _dt.date | str, n: int, roll: Roll = "following") -> _dt.date:
    """``n`` workdays after ``date`` (before, for negative ``n``); see ``Calendar.add_workdays``."""
    return official().add_workdays(date, n, roll)


def workdays_between(start: _dt.date | str, end: _dt.date | str) -> int:
    """Workdays in ``[start, end)``."""
    return official().workdays_between(start, end)


def working_hours(start: _dt.date | str, end: _dt.date | str, week_hours: int = 40) -> _Decimal:
    """Working hours in ``[start, end)`` for a 40-, 36- or 24-hour week."""
    return official().working_hours(start, end, week_hours)


def leave_end(start: _dt.date | str, days: int) -> Leave:
    """An annual leave of ``days`` calendar days from ``start``: its last day and the day work resumes."""
    return official().leave_end(start, days)


def year(y: int) -> Year:
    return official().year(y)


def to_ics(
    years: int | _Iterable[int],
    lang: str = "az",
    *,
    include: str | _Iterable[str] | None = None,
    group: _Literal["day", "run"] = "day",
    stamp: _dt.datetime | None = None,
) -> bytes:
    """The official calendar's ``years`` as an iCalendar file; see ``Calendar.to_ics``."""
    return official().to_ics(years, lang, include=include, group=group, stamp=stamp)


def as_holidays(
    years: int | _Iterable[int] | None = None,
    language: str | None = None,
    *,
    categories: str | _Iterable[str] | None = None,
    observed: bool = True,
    expand: bool = True,
) -> AzcalHolidays:
    """The official calendar as a ``holidays.HolidayBase``: where code says ``holidays.AZ(years=2025)``,
    ``azcal.as_holidays(years=2025)`` gives azcal's days off and working weekends in the same shape.

    ``language`` is ``az`` (the default), ``en`` (or holidays' ``en_US``) or ``ru``; ``categories`` as in
    ``holidays.AZ``: ``public`` (days off, the default) and ``workday`` (holidays that are worked).
    ``Calendar.as_holidays`` does the same for a calendar of your own rules.
    """
    return official().as_holidays(years, language, categories=categories, observed=observed, expand=expand)


def __getattr__(name: str) -> str:
    # DATA_VERSION reads the data files: only when asked, to keep `import azcal` light.
    if name == "DATA_VERSION":
        return official().data_version
    raise AttributeError(f"module 'azcal' has no attribute {name!r}")
