"""What the exports offer to choose from, apart from their writers: the command lists the choices
without loading the writers, so that a command that writes no file starts fast."""

from __future__ import annotations

# every file format azcal writes a calendar in, by name, and its file name's ending
FORMATS = ("csv", "json", "xlsx", "xmlcalendar", "1c", "1c-en", "erpnext", "erpnext-csv", "odoo", "parquet")
SUFFIXES = {
    "csv": ".csv",
    "json": ".json",
    "xlsx": ".xlsx",
    "xmlcalendar": ".xml",
    "1c": ".xml",
    "1c-en": ".xml",
    "erpnext": ".json",
    "erpnext-csv": ".csv",
    "odoo": ".csv",
    "parquet": ".parquet",
}

# What can go into an iCalendar file, in the order events of one day are written.
INCLUDE: tuple[str, ...] = (
    "holidays",  # non-working holidays (Art. 105), and days off from a user's own rules
    "mourning",  # the Day of National Mourning, and mourning declared as a day off
    "voting",  # voting days (days off)
    "rest_days",  # rest days moved (Art. 105.5, 105.6), swapped (105.7) or decided
    "working_weekends",  # days off made working days: "working day, in place of ..."
    "shortened",  # the working day one hour shorter before a day off (Art. 108)
    "memorial",  # memorial days and holidays that are working days
    "declared_mourning",  # mourning declared for a day, worked or not
)
# Everything that changes whether or how long people work, plus memorial days.
DEFAULT_INCLUDE: frozenset[str] = frozenset(INCLUDE) - {"declared_mourning"}
GROUPS: tuple[str, ...] = ("day", "run")  # an iCalendar event per day, or per run of days
