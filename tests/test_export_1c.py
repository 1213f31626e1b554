"""The 1C file, read as 1C's Standard Subsystems read it, against the library, every day of 2024-2026.

The reader does what two functions of the SSL do (1c-syntax/ssl_3_1_eng, version 3.1.12):
``Common.ReadXMLToTable`` (src/cf/CommonModules/Common/Ext/Module.bsl): the first node must be
``Items``; its ``Columns`` attribute, split at commas, names the table's columns; every child element
must be an ``Item``, and each column's value is the attribute of that name (a string).
``Catalogs.BusinessCalendars.BusinessCalendarsDataFromXML``
(src/cf/Catalogs/BusinessCalendars/Ext/ManagerModule.bsl): for each calendar and year in the table, each
row's ``DayType`` is looked up by name in the ``BusinessCalendarDaysKinds`` enumeration
(``Enums.BusinessCalendarDaysKinds[...]``), its date is ``Date(...)`` of a ``YYYYMMDD`` string (the
English configuration reads it from the column ``GetSessions``), ``SwapDate`` is taken when filled; then
every date of the year with no row gets ``DayKindByDate``: Monday to Friday Work, Saturday, Sunday.
"""

from __future__ import annotations

import datetime as dt
from xml.etree import ElementTree

import pytest

import azcal

YEARS = (2024, 2025, 2026)
# The enumeration's values (src/cf/Enums/BusinessCalendarDaysKinds.xml) and their names in a
# Russian-language configuration, as the SSL in Russian names them.
ENUM = {
    "en": ("Work", "Saturday", "Sunday", "Preholiday", "Holiday", "Nonworking"),
    "ru": ("Рабочий", "Суббота", "Воскресенье", "Предпраздничный", "Праздник", "Нерабочий"),
}


def read_xml_to_table(data: bytes) -> tuple[str, list[dict[str, str | None]]]:
    root = ElementTree.fromstring(data)
    assert root.tag == "Items", "the file is missing a required tag: Items"
    columns = root.attrib["Columns"].split(",")
    rows = []
    for element in root:
        assert element.tag == "Item", "the tag Items is missing a required tag: Item"
        rows.append({column: element.attrib.get(column) for column in columns})
    return root.attrib["Description"], rows


def one_c_date(text: str) -> dt.date:
    assert len(text) == 8 and text.isdigit()
    return dt.date(int(text[:4]), int(text[4:6]), int(text[6:]))


def business_calendars_data(data: bytes, configuration: str) -> dict[tuple[str, dt.date], tuple[str, dt.date | None]]:
    """(calendar code, date) -> (day kind as the enumeration's English name, replacement date)."""
    _, table = read_xml_to_table(data)
    by_name = dict(zip(ENUM[configuration], ENUM["en"], strict=True))
    date_column = "GetSessions" if configuration == "en" else "Date"
    result: dict[tuple[str, dt.date], tuple[str, dt.date | None]] = {}
    for calendar, year in sorted({(str(row["Calendar"]), str(row["Year"])) for row in table}):
        for row in table:
            if (row["Calendar"], row["Year"]) != (calendar, year):
                continue
            kind = by_name[str(row["DayType"])]  # Enums.BusinessCalendarDaysKinds[...]: an unknown name fails
            swap = row["SwapDate"]
            result[calendar, one_c_date(str(row[date_column]))] = (kind, one_c_date(swap) if swap else None)
        day = dt.date(int(year), 1, 1)
        while day.year == int(year):
            if (calendar, day) not in result:
                result[calendar, day] = (("Work",) * 5 + ("Saturday", "Sunday"))[day.weekday()], None
            day += dt.timedelta(days=1)
    return result


@pytest.mark.parametrize("week", [5, 6])
@pytest.mark.parametrize(("format", "configuration"), [("1c", "ru"), ("1c-en", "en")])
def test_every_day_reads_back_as_1c_loads_it(format: str, configuration: str, week: int) -> None:
    calendar = azcal.Calendar(week=week)
    loaded = business_calendars_data(azcal.export(YEARS, format, "ru", calendar=calendar), configuration)
    code = "AZ" if week == 5 else "A6"
    assert {c for c, _ in loaded} == {code}
    # a five-day schedule works Work and Preholiday days; a six-day schedule works Saturdays too
    worked = {"Work", "Preholiday"} | ({"Saturday"} if week == 6 else set())
    for year in YEARS:
        for day in calendar.year(year).days:
            kind, swap = loaded[code, day.date]
            assert (kind in worked) == day.is_workday, day
            assert (kind == "Preholiday") == day.shortened, day
            assert (kind == "Holiday") == (day.kind is azcal.Kind.HOLIDAY), day
            if day.kind in (azcal.Kind.WORKING_WEEKEND, azcal.Kind.REST_DAY) and day.reason and day.reason.stands_for:
                assert swap == day.reason.stands_for, day
            else:
                assert swap is None, day
    assert len(loaded) == sum(len(calendar.year(year)) for year in YEARS)


def test_the_days_named_in_the_docs() -> None:
    loaded = business_calendars_data(azcal.export(2025, "1c"), "ru")
    assert loaded["AZ", dt.date(2025, 1, 20)] == ("Nonworking", None)  # the Day of National Mourning
    assert loaded["AZ", dt.date(2025, 1, 29)] == ("Nonworking", None)  # municipal elections
    assert loaded["AZ", dt.date(2025, 6, 21)] == ("Work", dt.date(2025, 6, 27))  # a Saturday worked
    assert loaded["AZ", dt.date(2025, 6, 27)] == ("Saturday", dt.date(2025, 6, 21))  # its rest day
    assert loaded["AZ", dt.date(2025, 3, 25)] == ("Saturday", dt.date(2025, 3, 22))  # moved from a holiday
    loaded = business_calendars_data(azcal.export(2026, "1c"), "ru")
    assert loaded["AZ", dt.date(2026, 3, 25)] == ("Nonworking", dt.date(2026, 3, 20))  # two Bayrams on one day


def test_only_the_days_a_weekday_does_not_say_are_written() -> None:
    data = azcal.export(2025, "1c", "en")
    _, rows = read_xml_to_table(data)
    assert 30 < len(rows) < 80
    assert data.startswith(b'<?xml version="1.0" encoding="UTF-8"?>\n<Items Description="Azerbaijan: production')
    assert {row["Year"] for row in rows} == {"2025"}


def works_by_schedule(kind: str, date: dt.date, swap: dt.date | None, week: int) -> bool:
    """Whether a weekly work schedule built on the production calendar works the day, as SSL's
    InformationRegisters/CalendarSchedules TemplateDayNumber numbers it: a Work or Preholiday day counts as
    the weekday of its ReplacementDate (SwapDate) where it has one, else as its own; a schedule of ``week``
    days works the first ``week`` weekdays; Holiday and Nonworking days are never worked."""
    if kind in ("Holiday", "Nonworking"):
        return False
    if kind in ("Saturday", "Sunday"):
        return week == 6 and kind == "Saturday"
    return (swap or date).weekday() < week


@pytest.mark.parametrize("week", [5, 6])
def test_a_schedule_on_the_calendar_works_the_days_people_work(week: int) -> None:
    years = range(2020, 2027)  # with Saturdays and Sundays worked shortened, such as 2021-05-08 and 2023-12-30
    calendar = azcal.Calendar(week=week)
    loaded = business_calendars_data(azcal.export(years, "1c-en", calendar=calendar), "en")
    code = "AZ" if week == 5 else "A6"
    wrong = [
        day.date
        for year in years
        for day in calendar.year(year).days
        if works_by_schedule(*loaded[code, day.date][:1], day.date, loaded[code, day.date][1], week) != day.is_workday
    ]
    assert wrong == []
