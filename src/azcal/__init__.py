"""azcal: Azerbaijan's working-time calendar, computed from the law and the Cabinet's decisions.

``azcal.Calendar()`` is the official calendar (``Calendar(week=6)`` for the six-day week,
``Calendar(as_of=...)`` and ``Calendar.with_rules(...)`` for others). The module-level functions answer
from the official calendar::

    >>> import azcal
    >>> azcal.is_workday("2025-01-20")      # the Day of National Mourning
    False
    >>> azcal.add_workdays("2025-03-19", 1)  # over the Novruz and Ramazan break
    datetime.date(2025, 4, 1)

Date ranges are half-open, ``[start, end)``, everywhere.

A question of one calendar is a ``Calendar`` method; a module function of the same name asks the official
calendar, with the same parameters. What is made from a calendar for other systems (``to_ics``, ``export``,
``as_holidays``) is a module function taking ``calendar=``; what is about no one calendar (``changes``,
``check_rules``, ``reload_data``) is a module function. docs/reference/api.md says why.

``import azcal`` loads only what ``is_workday`` needs; payroll, the exports and the law's loader are
imported when first used (names listed in ``_LAZY``), so a short script or a new worker process starts fast.
"""

from __future__ import annotations

import datetime as _dt
import functools as _functools
import sys as _sys

from .calendars import ROLLS, Calendar, Year, check_calendar
from .calendars import official as _shared_official
from .dates import FIRST_YEAR, LAST_YEAR
from .errors import (
    ArgumentTypeError,
    AzcalError,
    DateTypeError,
    InvalidArgumentError,
    InvalidDateError,
    MissingExtraError,
    NotAWorkdayError,
    OutputError,
    RulesError,
    YearOutOfRangeError,
    deprecated,
)
from .model import LANGUAGES, Break, Category, Confidence, Day, Kind, Names, Observance, Reason, Rule
from .version import __version__

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing, which `import azcal` avoids
if TYPE_CHECKING:
    from collections.abc import Callable, Iterable
    from decimal import Decimal
    from typing import Literal

    from . import arrays as arrays
    from .calendars import Roll as Roll
    from .calendars import official as official  # deprecated: azcal.Calendar()
    from .changed import Act as Act
    from .changed import Change as Change
    from .changed import changes as changes
    from .check import check_rules as check_rules
    from .datapath import DataInUse
    from .exports.interop import AzcalHolidays
    from .model import DayFacts as DayFacts  # deprecated: what a Day shares with days of its kind
    from .payroll import WEEK_HOURS as WEEK_HOURS
    from .payroll import Leave as Leave
    from .payroll import Norm as Norm
    from .payroll import Norms as Norms

__all__ = [
    "DATA_VERSION",
    "FIRST_YEAR",
    "LANGUAGES",
    "LAST_YEAR",
    "ROLLS",
    "WEEK_HOURS",
    "Act",
    "ArgumentTypeError",
    "AzcalError",
    "Break",
    "Calendar",
    "Category",
    "Change",
    "Confidence",
    "DateTypeError",
    "Day",
    "InvalidArgumentError",
    "InvalidDateError",
    "Kind",
    "Leave",
    "MissingExtraError",
    "Names",
    "Norm",
    "Norms",
    "NotAWorkdayError",
    "Observance",
    "OutputError",
    "Reason",
    "Roll",
    "Rule",
    "RulesError",
    "Year",
    "YearOutOfRangeError",
    "__version__",
    "add_workdays",
    "arrays",
    "as_holidays",
    "changes",
    "check_rules",
    "day",
    "export",
    "is_workday",
    "leave_end",
    "next_workday",
    "previous_workday",
    "reload_data",
    "to_ics",
    "workdays_between",
    "working_hours",
    "year",
]

_calendar: Calendar | None = None  # the official calendar, once asked for: the hot paths skip a call


def _official() -> Calendar:
    global _calendar
    _calendar = _shared_official()
    return _calendar


def reload_data() -> str:
    """Read the official data anew (the ``AZCAL_DATA`` folders, an installed ``azcal-data``) and answer from
    it from now on, once its calendars are made: a broken file raises and nothing changes. Calendars made
    before keep their answers. Returns where the data now comes from."""
    from .datapath import find

    data = find()
    _use_data(data)
    return data.describe()


def _use_data(data: DataInUse) -> None:
    """Answer from ``data`` from now on: its calendars made first, a broken file raising with nothing changed."""
    global _calendar
    from .calendars import switch_data

    switch_data(data)
    _calendar = None


def day(date: _dt.date | str) -> Day:
    """Everything known about ``date``."""
    return (_calendar or _official()).day(date)


def is_workday(date: _dt.date | str) -> bool:
    """Whether people work on ``date``: a workday or a weekend day made a working day."""
    return (_calendar or _official()).is_workday(date)


def next_workday(date: _dt.date | str) -> _dt.date:
    """The first workday strictly after ``date``."""
    return (_calendar or _official()).next_workday(date)


def previous_workday(date: _dt.date | str) -> _dt.date:
    """The last workday strictly before ``date``."""
    return (_calendar or _official()).previous_workday(date)


def add_workdays(date: _dt.date | str, n: int, roll: Roll = "following") -> _dt.date:
    """``n`` workdays after ``date`` (before, for negative ``n``); see ``Calendar.add_workdays``."""
    return (_calendar or _official()).add_workdays(date, n, roll)


def workdays_between(start: _dt.date | str, end: _dt.date | str) -> int:
    """Workdays in ``[start, end)``."""
    return (_calendar or _official()).workdays_between(start, end)


def working_hours(start: _dt.date | str, end: _dt.date | str, week_hours: int = 40) -> Decimal:
    """Working hours in ``[start, end)`` for a 40-, 36- or 24-hour week."""
    return _shared_official().working_hours(start, end, week_hours)


def leave_end(start: _dt.date | str, days: int) -> Leave:
    """An annual leave of ``days`` calendar days from ``start``: its last day and the day work resumes."""
    return _shared_official().leave_end(start, days)


def _formerly_y(function: Callable[[int], Year]) -> Callable[[int], Year]:
    """``function``, which also takes its year by its former keyword, ``y``, and warns when it does."""

    @_functools.wraps(function)  # its signature, help and reference show the year parameter alone
    def taking_y(*args: int, **named: int) -> Year:
        if "y" in named:
            from .errors import deprecated

            deprecated("azcal.year(y=...)", "azcal.year(year=...), or the year alone")
            named["year"] = named.pop("y")
        return function(*args, **named)

    return taking_y


@_formerly_y
def year(year: int) -> Year:
    """The ``year`` of the official calendar: its Days, holidays, breaks and norms."""
    return _shared_official().year(year)


def to_ics(
    years: int | Iterable[int],
    lang: str = "az",
    *,
    include: str | Iterable[str] | None = None,
    group: Literal["day", "run"] = "day",
    stamp: _dt.datetime | None = None,
    calendar: Calendar | None = None,
) -> bytes:
    """``years`` of ``calendar`` (the official one by default) as an iCalendar file; see docs/ics.md.

    ``include`` chooses the kinds of event, ``group="run"`` makes one event of a run of days, and
    ``stamp`` fixes the DTSTAMP (else ``SOURCE_DATE_EPOCH``, else now).
    """
    from .exports import ics

    return ics.to_ics(
        check_calendar(calendar) or _shared_official(), years, lang, include=include, group=group, stamp=stamp
    )


def as_holidays(
    years: int | Iterable[int] | None = None,
    language: str | None = None,
    *,
    categories: str | Iterable[str] | None = None,
    observed: bool = True,
    expand: bool = True,
    calendar: Calendar | None = None,
) -> AzcalHolidays:
    """A calendar (the official one by default) as a ``holidays.HolidayBase``: where code says
    ``holidays.AZ(years=2025)``, ``azcal.as_holidays(years=2025)`` gives azcal's days off and working
    weekends in the same shape.

    ``language`` is ``az`` (the default), ``en`` (or holidays' ``en_US``) or ``ru``; ``categories`` as in
    ``holidays.AZ``: ``public`` (days off, the default) and ``workday`` (holidays that are worked).
    Everywhere else in azcal the language is ``lang``: here the parameters are ``holidays.AZ``'s own, so
    code written for it runs unchanged.
    ``calendar=azcal.Calendar.with_rules(...)`` does the same for a calendar of your own rules.
    """
    from .exports.interop import as_holidays

    return as_holidays(calendar, years, language, categories=categories, observed=observed, expand=expand)


def export(
    years: int | Iterable[int],
    format: str = "csv",
    lang: str = "az",
    *,
    calendar: Calendar | None = None,
    delimiter: str | None = None,
) -> bytes:
    """``years`` of ``calendar`` (the official one by default) as a file for other systems: ``csv`` (with
    ``delimiter=";"`` for Excel set to Azerbaijani or Russian), ``json``, ``xlsx`` (the ``azcal[xlsx]``
    extra), ``xmlcalendar`` (one year), ``1c`` and ``1c-en``, ``erpnext`` and ``erpnext-csv``, ``odoo``, or
    ``parquet`` (the ``azcal[parquet]`` extra); see docs/exports.md."""
    from .exports.formats import export

    return export(check_calendar(calendar) or _shared_official(), years, format, lang, delimiter)


# name -> (module, attribute): imported when first asked for, to keep `import azcal` light
_LAZY = {
    "WEEK_HOURS": (".payroll", "WEEK_HOURS"),
    "Leave": (".payroll", "Leave"),
    "Norm": (".payroll", "Norm"),
    "Norms": (".payroll", "Norms"),
    "check_rules": (".check", "check_rules"),
    "changes": (".changed", "changes"),
    "Change": (".changed", "Change"),
    "Act": (".changed", "Act"),
    "arrays": (".arrays", None),
}


def _day_facts() -> type:
    from .model import DayFacts

    return DayFacts


# name -> (what to use instead, the value): public names on their way out, each warning when read
_DEPRECATED: dict[str, tuple[str, Callable[[], object]]] = {
    "official": ("azcal.Calendar() (azcal.Calendar(week=6) for the six-day week)", lambda: _shared_official),
    "DayFacts": ("a Day's own fields (kind, hours, observances, reason, ...)", _day_facts),
}


def __getattr__(name: str) -> object:
    if name in _LAZY:
        from importlib import import_module

        module_name, attribute = _LAZY[name]
        module = import_module(module_name, __name__)
        value = module if attribute is None else getattr(module, attribute)
        globals()[name] = value  # the same object every time; later reads skip this function
        return value
    if name == "DATA_VERSION":
        return _shared_official().data_version
    if name in _DEPRECATED:
        replacement, value = _DEPRECATED[name]
        # `from azcal import name` asks twice, importlib's check first: warn once, at the user's line
        if not _sys._getframe(1).f_code.co_filename.startswith("<frozen importlib"):
            deprecated(f"azcal.{name}", replacement)
        return value()
    if name == "Roll":
        from typing import Literal

        return Literal["following", "preceding", "modifiedfollowing", "modifiedpreceding", "raise"]
    raise AttributeError(f"module 'azcal' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(__all__)
