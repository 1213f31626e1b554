"""The production calendar in the xmlcalendar format that CIS payroll systems and 1C integrations read.

The format (https://github.com/xmlcalendar/data, its README) holds one year:

    <calendar year="2025" lang="az" date="2025.12.02" country="az">
      <holidays><holiday id="1" title="Yeni il bayramı"/>...</holidays>
      <days><day d="01.01" t="1" h="1"/>...<day d="03.31" t="1" f="03.30"/>...</days>
    </calendar>

``t`` is 1 for a day off, 2 for a shortened working day, 3 for a working Saturday or Sunday; ``h``
names the holiday, ``f`` the date a moved day off comes from (MM.DD: from the year before when the
month is later than the day's own). A Saturday or Sunday with no ``day`` is off; every other day with
none is an ordinary workday. The format knows the five-day week only, so a six-day calendar's file
marks each worked Saturday ``t="3"``, and its readers count the six-day week's days right. ``date``,
the day the file was made, is the calendar's data version, so the same data gives the same file.

What the format cannot say is left out: the legal basis and source, estimates (an estimated Eid is a
day off like any other here), and memorial days that are worked.
"""

from __future__ import annotations

from collections.abc import Callable
from xml.etree import ElementTree

from ..calendars import Calendar
from ..dates import check_year
from ..model import Day, Kind, check_language
from ..text.describe import decided_name

DAY_OFF, SHORTENED, WORKED_WEEKEND = "1", "2", "3"


def to_xmlcalendar(calendar: Calendar, year: int, lang: str = "az") -> bytes:
    """``year`` of ``calendar`` as an xmlcalendar file (UTF-8, with the XML declaration)."""
    year, lang = check_year(year), check_language(lang)
    made = calendar.data_version.replace("-", ".")
    root = ElementTree.Element("calendar", year=str(year), lang=lang, date=made, country="az")
    holidays = ElementTree.SubElement(root, "holidays")
    days = ElementTree.SubElement(root, "days")
    ids: dict[str, str] = {}  # title -> id, numbered in the order the year meets them

    def holiday_id(title: str) -> str:
        if title not in ids:
            ids[title] = str(len(ids) + 1)
            ElementTree.SubElement(holidays, "holiday", id=ids[title], title=title)
        return ids[title]

    for day in calendar.year(year).days:
        attributes = _day_attributes(day, lang, holiday_id)
        if attributes:
            ElementTree.SubElement(days, "day", {"d": f"{day.date:%m.%d}", **attributes})
    ElementTree.indent(root, space="    ")
    # the declaration as the format's own files write it, in double quotes
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + ElementTree.tostring(root, encoding="unicode").encode() + b"\n"


def _day_attributes(day: Day, lang: str, holiday_id: Callable[[str], str]) -> dict[str, str]:
    """What the file says of ``day``; nothing for a plain workday or a plain weekend day."""
    if day.is_workday:
        if day.shortened:
            return {"t": SHORTENED}  # a working day, shortened, whatever the day of the week
        return {"t": WORKED_WEEKEND} if day.date.weekday() >= 5 else {}  # the format's weekend is Saturday and Sunday
    if day.kind is Kind.WEEKEND:
        return {}
    attributes = {"t": DAY_OFF}
    off = [o for o in day.observances if o.category.is_day_off]
    if off:
        attributes["h"] = holiday_id(off[0].name(lang))
    elif day.reason is not None and day.reason.stands_for is not None:
        attributes["f"] = f"{day.reason.stands_for:%m.%d}"  # moved or swapped: where the day off comes from
    elif (name := decided_name(day, lang)) is not None:
        attributes["h"] = holiday_id(name)  # a day off decided on its own, under the name its decision gives
    return attributes
