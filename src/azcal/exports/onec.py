"""The production calendar as 1C's Standard Subsystems (SSL) load it into a business calendar.

The loader is ``Catalogs.BusinessCalendars.BusinessCalendarsDataFromXML`` over ``Common.ReadXMLToTable``
(in a Russian-language configuration ``ДанныеПроизводственныхКалендарейИзXML`` over
``ОбщегоНазначения.ПрочитатьXMLВТаблицу``). It reads one table:

    <Items Description="..." Columns="Calendar,Year,DayType,Date,SwapDate">
      <Item Calendar="AZ" Year="2025" DayType="Праздник" Date="20250101" SwapDate=""/>
      ...
    </Items>

``DayType`` names a value of the ``BusinessCalendarDaysKinds`` enumeration, by its name in the
configuration's own language; ``Date`` and ``SwapDate`` are 1C dates, ``YYYYMMDD``. Each year of each
calendar in the file is then filled whole: a date with no ``Item`` gets the kind of its weekday (Monday
to Friday a workday, Saturday, Sunday). So only the days that differ from that are written.

In 1C the six-day week is carried by a work schedule built on the production calendar: a six-day
schedule works the days of kind Saturday. The six-day calendar's file therefore leaves a worked
Saturday as a Saturday and marks a Saturday off by what it is (a holiday, a non-working day).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from xml.etree import ElementTree

from ..calendars import Calendar
from ..dates import checked_years
from ..model import Day, Kind, check_language

# BusinessCalendarDaysKinds, by the name each language's configuration gives the enumeration's values
DAY_TYPES = {
    "ru": {
        "Work": "Рабочий",
        "Saturday": "Суббота",
        "Sunday": "Воскресенье",
        "Preholiday": "Предпраздничный",
        "Holiday": "Праздник",
        "Nonworking": "Нерабочий",
    },
    "en": {name: name for name in ("Work", "Saturday", "Sunday", "Preholiday", "Holiday", "Nonworking")},
}
CODES = {5: "AZ", 6: "A6"}  # a business calendar's code: at most two characters (BusinessCalendarCode)
COLUMNS = "Calendar,Year,DayType,Date,SwapDate"
# The English SSL 3.1 (1c-syntax/ssl_3_1_eng) reads the date from a column named GetSessions, its
# translation of the Russian code's column; a file for that configuration names the date both ways.
COLUMNS_EN = COLUMNS + ",GetSessions"
_TITLE = {
    "az": "Azərbaycan: istehsalat təqvimi {years} ({week} günlük iş həftəsi), azcal, məlumat {data}",
    "en": "Azerbaijan: production calendar {years} ({week}-day week), azcal, data {data}",
    "ru": "Азербайджан: производственный календарь {years} ({week}-дневная неделя), azcal, данные {data}",
}


def to_1c(calendar: Calendar, years: int | Iterable[int], lang: str = "az", configuration: str = "ru") -> bytes:
    """``years`` of ``calendar`` as the SSL's business-calendar XML, for a configuration in ``configuration``
    ("ru" or "en": the language of its enumeration names); ``lang`` is the language of its description."""
    chosen, lang = checked_years(years), check_language(lang)
    names = DAY_TYPES[configuration]
    span = str(chosen[0]) if len(chosen) == 1 else f"{chosen[0]}-{chosen[-1]}"
    title = _TITLE[lang].format(years=span, week=calendar.week, data=calendar.data_version)
    root = ElementTree.Element("Items", Description=title, Columns=COLUMNS_EN if configuration == "en" else COLUMNS)
    code = CODES[calendar.week]
    for year in chosen:
        for day in calendar.year(year).days:
            written = day_type(day, calendar.week)
            if written is None:
                continue
            kind, swap = written
            date = f"{day.date:%Y%m%d}"
            item = {"Calendar": code, "Year": str(year), "DayType": names[kind], "Date": date}
            item["SwapDate"] = f"{swap:%Y%m%d}" if swap else ""
            if configuration == "en":
                item["GetSessions"] = date
            ElementTree.SubElement(root, "Item", item)
    ElementTree.indent(root, space="\t")
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + ElementTree.tostring(root, encoding="unicode").encode() + b"\n"


def weekday_kind(date: dt.date) -> str:
    """The kind 1C gives a date the file leaves out (the SSL's ``DayKindByDate``)."""
    return ("Work", "Work", "Work", "Work", "Work", "Saturday", "Sunday")[date.weekday()]


def worked_kinds(week: int) -> frozenset[str]:
    """The kinds a schedule of the week works: a six-day schedule works Saturdays too."""
    return frozenset({"Work", "Preholiday", "Saturday"} if week == 6 else {"Work", "Preholiday"})


def day_type(day: Day, week: int) -> tuple[str, dt.date | None] | None:
    """The day's kind in 1C's words and the date it swaps with, or None where its weekday says it all."""
    default = weekday_kind(day.date)
    reason = day.reason
    swap = reason.stands_for if reason is not None else None
    if day.is_workday:
        if day.kind is Kind.WORKING_WEEKEND:
            # a schedule numbers a worked day by the weekday of its SwapDate: without it, a worked Saturday
            # would count as a Saturday, which a five-day schedule does not work
            if day.shortened:
                return "Preholiday", swap
            return "Work", swap  # a Saturday or Sunday worked, with the rest day it gave way to
        if day.shortened:
            return "Preholiday", None
        return None if default in worked_kinds(week) else ("Work", None)
    if day.kind is Kind.WEEKEND:
        return None if default not in worked_kinds(week) else ("Nonworking", None)
    if day.kind is Kind.HOLIDAY:
        return "Holiday", None
    if day.kind is Kind.REST_DAY and swap is not None:
        # a rest day moved from a weekly rest day keeps that day's kind, as 1C writes a transfer
        moved_from = weekday_kind(swap)
        return (moved_from if moved_from not in worked_kinds(week) else "Nonworking"), swap
    return "Nonworking", None  # the Day of National Mourning, a voting day, a rest day decided on its own
