"""A month as a grid of weeks, and the key to it: what the terminal's views and the printable page share.

Which day goes in which cell (Monday first, every month six weeks high so that rows of months line up),
the marks that say a day's kind where there is no colour to say it, and the legend's entries with their
labels. How a cell looks (a terminal's styles, the page's classes) is each renderer's own.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable

from ..model import Confidence, Day, Kind
from .describe import listed_days
from .words import ESTIMATED_MARK, KINDS, MARKS, PAGE, PHRASES, SHORTENED_MARK, UNVERIFIED_MARK

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing: the command starts without it
if TYPE_CHECKING:
    from ..calendars import Calendar

WEEK_ROWS = 6  # every month six weeks high, so that rows of months line up


class Sign(enum.Enum):
    """What a legend explains besides the kinds of day."""

    SHORTENED = "shortened"
    TODAY = "today"
    ESTIMATED = "estimated"
    UNVERIFIED = "unverified"


Entry = Kind | Sign  # one line of a legend: a kind of day, or a sign on a day

SIGN_MARKS = {
    Sign.SHORTENED: SHORTENED_MARK,
    Sign.TODAY: "<",  # where there is no colour to show today otherwise
    Sign.ESTIMATED: ESTIMATED_MARK,
    Sign.UNVERIFIED: UNVERIFIED_MARK,
}


def weeks(calendar: Calendar, year: int, month: int) -> list[list[Day | None]]:
    """The month's Days week by week, Monday first, ``None`` in a cell outside the month; six weeks."""
    first = dt.date(year, month, 1)
    length = ((first + dt.timedelta(days=31)).replace(day=1) - first).days
    cells = [0] * first.weekday() + list(range(1, length + 1))  # the days before the 1st are empty
    cells += [0] * (7 * WEEK_ROWS - len(cells))
    rows = [cells[i : i + 7] for i in range(0, 7 * WEEK_ROWS, 7)]
    return [[calendar.day(dt.date(year, month, n)) if n else None for n in week] for week in rows]


def mark(entry: Entry) -> str:
    """The character that stands for ``entry`` without colour ('' for a kind that has none)."""
    return SIGN_MARKS[entry] if isinstance(entry, Sign) else MARKS.get(entry, "")


def kind_mark(day: Day) -> str:
    """The one mark a cell has room for: its kind's, else the shortened day's, else ''."""
    return mark(day.kind) or (SHORTENED_MARK if day.shortened else "")


def signs(day: Day) -> list[Entry]:
    """All a day is, in the legend's order: its kind, then shortened, estimated, unverified."""
    flags = [(day.shortened, Sign.SHORTENED), (day.estimated, Sign.ESTIMATED)]
    flags.append((day.confidence is Confidence.UNVERIFIED, Sign.UNVERIFIED))
    return [day.kind, *(sign for present, sign in flags if present)]


def unverified(days: Iterable[Day]) -> set[dt.date]:
    """The days no source confirms that a list names: in a year unverified as a whole, none (a summary says it)."""
    return {day.date for day in listed_days(days) if day.confidence is Confidence.UNVERIFIED}


def needed(days: Iterable[Day], today: dt.date) -> set[Entry]:
    """Every entry a legend of ``days`` may need: their kinds and signs, today when among them; unverified
    only for the days a list names."""
    days = list(days)
    found: set[Entry] = {entry for day in days for entry in signs(day)} - {Sign.UNVERIFIED}
    found |= {Sign.TODAY} if any(day.date == today for day in days) else set()
    return found | ({Sign.UNVERIFIED} if unverified(days) else set())


def label(entry: Entry, lang: str) -> str:
    """What a legend says of ``entry`` in ``lang``."""
    if isinstance(entry, Kind):
        return KINDS[lang][entry]
    if entry in (Sign.ESTIMATED, Sign.UNVERIFIED):
        return PAGE[lang][entry.value]
    return PHRASES[lang]["shortened_mark" if entry is Sign.SHORTENED else "today"]
