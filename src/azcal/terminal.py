"""The year and the month as a terminal shows them, laid out as ``cal -y`` does.

Months side by side, as many as the width holds (three in 80 columns, four in 120), each six weeks
high, a blank line between rows of months. On a colour terminal a day's colour says its kind, a
shortened day is underlined, a weekend day dim and today reversed; without colour (a pipe, a file,
``NO_COLOR``), a mark after each number says the kind, and ``<`` after today's. A day no source confirms
has ``?`` after its number, with colour or without. A legend explains every colour and mark the year
uses. The named days come after the grid, wrapped to the width.

On a terminal whose height is known, the grid and the totals stay on screen: the named days are listed
on request only (``--list``), above the grid, and a terminal too short for the months side by side gets
them one a line, a mark a day (at 80×24 all of it fits).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from .calendars import Calendar
from .dates import month_after
from .model import Confidence, Day, Kind
from .text import monthgrid
from .text.describe import confidence_summary, detail, listed_days
from .text.monthgrid import Entry, Sign
from .text.words import (
    ESTIMATED_MARK,
    KINDS,
    MARKS,
    MONTHS,
    PHRASES,
    SHORTENED_MARK,
    UNVERIFIED_MARK,
    WEEKDAYS,
    with_week,
)

# ANSI styles: the kinds in the page's colours, as near as a terminal comes
STYLES = {
    Kind.HOLIDAY: "31",
    Kind.MOURNING: "35",
    Kind.VOTING: "34",
    Kind.REST_DAY: "33",
    Kind.WORKING_WEEKEND: "32",
    Kind.WEEKEND: "2",
}
UNDERLINE, REVERSE = "4", "7"
GAP = 3  # columns between two months (the first is the last day's column for a ? or <)
SAMPLE_NUMBER = "15"  # a day's number, for the legend to show a style on
WORKDAY_MARK, WEEKEND_MARK = ".", "-"  # the compact grid's plain days, which the full grid leaves unmarked


def year_view(
    calendar: Calendar,
    year: int,
    lang: str,
    *,
    colour: bool,
    width: int,
    today: dt.date,
    height: int | None = None,
    named_days: bool = False,
) -> str:
    """The year at a glance, no line wider than ``width`` (down to one month across).

    ``height``, a terminal's, keeps the grid and the totals on screen: the named days come only when
    ``named_days`` asks, above the grid, and the months one a line when side by side they would not fit.
    Without it (a pipe, a file), the named days follow the grid.
    """
    y = calendar.year(year)
    days = y.days
    grid = _Grid(calendar, lang, colour, today, days)
    listed = _listed(listed_days(days), lang, width)
    totals = [f"{year}: {_totals(calendar, y.workdays, y.hours, lang, len(y.shortened_days()))}"]
    totals.append(confidence_summary(days, lang))
    if height is None:
        return "\n".join([*_months(grid, year, width), *grid.legend(days, width), "", *listed, "", *totals])
    hint = (
        [PHRASES[lang]["named_days_hint"].format(command=f"azcal {year} --list")] if listed and not named_days else []
    )
    view = [*_months(grid, year, width), *grid.legend(days, width), "", *totals, *hint]
    if len(view) >= height:  # the last line of the screen is the prompt's
        view = [*grid.compact(year, width), *grid.legend(days, width, compact=True), *totals, *hint]
    return "\n".join([*listed, "", *view] if named_days and listed else view)


def _months(grid: _Grid, year: int, width: int) -> list[str]:
    """The title and the months side by side, as ``cal -y`` lays them out, each row of months then a blank line."""
    across = max(1, min(4, (width + GAP) // (grid.month_width + GAP)))
    title = with_week(str(year), grid.calendar.week, grid.lang)
    out = [title.center(across * grid.month_width + (across - 1) * GAP).rstrip(), ""]
    for first in range(1, 13, across):
        blocks = [grid.month(year, m) for m in range(first, min(first + across, 13))]
        out += [(" " * (GAP - 1)).join(row).rstrip() for row in zip(*blocks, strict=True)]
        out.append("")
    return out


def month_view(
    calendar: Calendar, year: int, month: int, lang: str, *, colour: bool, width: int, today: dt.date
) -> str:
    """One month, its named days, its working days and hours."""
    first = dt.date(year, month, 1)
    days = list(calendar.days(first, month_after(first)))
    grid = _Grid(calendar, lang, colour, today, days)
    block = grid.month(year, month, title=with_week(f"{MONTHS[lang][month - 1]} {year}", calendar.week, lang))
    out = [line.rstrip() for line in block if line.strip()]
    out += grid.legend(days, width)
    listed = _listed(listed_days(days), lang, width)
    out += ["", *listed] if listed else []
    workdays = calendar.workdays_between(first, month_after(first))
    hours = int(calendar.working_hours(first, month_after(first)))
    out += ["", _totals(calendar, workdays, hours, lang), confidence_summary(days, lang)]
    return "\n".join(out)


def _totals(calendar: Calendar, workdays: int, hours: int, lang: str, shortened: int | None = None) -> str:
    """ "241 working days, 1922 h, 6 × 7 h": the hours of a 40-hour week; the six-day week's are the
    five-day week's norm, and its shortened days are of no one length."""
    words = PHRASES[lang]
    text = f"{workdays} {words['workdays']}, {hours} {words['hours']}"
    if calendar.week == 6:
        return f"{text} ({words['five_day_norm']})"
    return text if shortened is None else f"{text}, {shortened} × 7 {words['hours']}"


class _Grid:
    def __init__(self, calendar: Calendar, lang: str, colour: bool, today: dt.date, days: Iterable[Day]):
        self.calendar, self.lang, self.colour, self.today = calendar, lang, colour, today
        self.cell = 2 if colour else 3  # a mark after the number when there is no colour to say it
        self.month_width = 7 * self.cell + 6
        self.unverified = monthgrid.unverified(days)

    def month(self, year: int, month: int, title: str | None = None) -> list[str]:
        """The month's lines, each a column wider than the month: the last day's ? or < goes there."""
        names = [name.ljust(self.cell) for name in WEEKDAYS[self.lang]]
        lines = [(title or MONTHS[self.lang][month - 1]).center(self.month_width) + " ", " ".join(names) + " "]
        for week in monthgrid.weeks(self.calendar, year, month):
            lines.append("".join(self._cell(day) if day else " " * (self.cell + 1) for day in week))
        return lines

    def _after(self, day: Day) -> str:
        """What follows a day's number: < today (without colour, which reverses it), ? unverified, else a space."""
        if day.date == self.today and not self.colour:
            return monthgrid.mark(Sign.TODAY)
        return UNVERIFIED_MARK if day.date in self.unverified else " "

    def _cell(self, day: Day) -> str:
        number = f"{day.date.day:>2}"
        if not self.colour:
            mark, after = monthgrid.kind_mark(day), self._after(day)
            return number + (mark + after if mark else after + " ")  # "19? ", not "19 ?"
        styles = _kind_style(day.kind) + [UNDERLINE] * day.shortened + [REVERSE] * (day.date == self.today)
        return _styled(number, styles) + self._after(day)

    def compact(self, year: int, width: int) -> list[str]:
        """The year a month a line, a mark a day under its number: for a terminal too short for ``cal -y``."""
        label = 1 + max(len(name) for name in MONTHS[self.lang])
        tens = "".join(f"{n // 10 if n >= 10 else ' '} " for n in range(1, 32))
        units = "".join(f"{n % 10} " for n in range(1, 32))
        title = with_week(str(year), self.calendar.week, self.lang)
        out = [title.center(label + len(units)).rstrip(), " " * label + tens.rstrip(), " " * label + units.rstrip()]
        for month in range(1, 13):
            first = dt.date(year, month, 1)
            marks = "".join(self._mark(day) + self._after(day) for day in self.calendar.days(first, month_after(first)))
            out.append(MONTHS[self.lang][month - 1].ljust(label) + marks.rstrip())
        return out

    def _mark(self, day: Day) -> str:
        shown = monthgrid.kind_mark(day) or (WORKDAY_MARK if day.is_workday else WEEKEND_MARK)
        if not self.colour:
            return shown
        return _styled(shown, _kind_style(day.kind) + [REVERSE] * (day.date == self.today))

    def legend(self, days: Iterable[Day], width: int, compact: bool = False) -> list[str]:
        """Every colour or mark the days use, each shown as it looks, wrapped to ``width``."""
        entries = [
            (self._sample(entry, compact), monthgrid.label(entry, self.lang)) for entry in self._entries(days, compact)
        ]
        return _wrapped_entries(f"{PHRASES[self.lang]['legend']}:", entries, width)

    def _entries(self, days: Iterable[Day], compact: bool) -> list[Entry]:
        """What the legend explains, in its order: the kinds with a colour or a mark here, then the signs."""
        days = list(days)
        found = monthgrid.needed(days, self.today)
        # without colour, a shortened day shows its mark only when its kind has none (a working Saturday: ^)
        if not (self.colour or compact) and all(monthgrid.kind_mark(day) != SHORTENED_MARK for day in days):
            found.discard(Sign.SHORTENED)
        return [*self._kinds(found, compact), *(sign for sign in Sign if sign in found)]

    def _kinds(self, found: set[Entry], compact: bool) -> list[Kind]:
        marked = [kind for kind in STYLES if kind in found and kind in MARKS]
        if compact:  # every day has a mark there, the plain ones too
            return [Kind.WORKDAY, Kind.WEEKEND, *marked]
        # in the full grid a weekend day shows by its colour alone
        return [kind for kind in STYLES if kind in found] if self.colour else marked

    def _sample(self, entry: Entry, compact: bool) -> str:
        """How ``entry`` looks in this grid: with colour, in its style; without, its mark."""
        if isinstance(entry, Sign):
            return self._sign_sample(entry, compact)
        shown = _compact_mark(entry) if compact or not self.colour else SAMPLE_NUMBER
        return _styled(shown, _kind_style(entry)) if self.colour else shown

    def _sign_sample(self, sign: Sign, compact: bool) -> str:
        if self.colour and sign is Sign.TODAY:
            return _styled(WORKDAY_MARK if compact else f"{self.today.day:>2}", [REVERSE])
        if self.colour and sign is Sign.SHORTENED and not compact:
            return _styled(SAMPLE_NUMBER, [UNDERLINE])
        if sign is Sign.ESTIMATED or (sign is Sign.UNVERIFIED and not compact):
            return f"({monthgrid.mark(sign)})"  # as the list shows them after a day
        return monthgrid.mark(sign)


def _compact_mark(kind: Kind) -> str:
    """A kind's mark in the compact grid, where the plain days have one too."""
    return monthgrid.mark(kind) or (WORKDAY_MARK if kind is Kind.WORKDAY else WEEKEND_MARK)


def _kind_style(kind: Kind) -> list[str]:
    return [STYLES[kind]] if kind in STYLES else []


def _styled(text: str, styles: list[str]) -> str:
    return f"\033[{';'.join(styles)}m{text}\033[0m" if styles else text


def visible_width(text: str) -> int:
    """How many columns ``text`` takes on a terminal: its styles take none."""
    return len(_STYLE.sub("", text))


_STYLE = re.compile(r"\x1b\[[0-9;]*m")


def _wrapped_entries(head: str, entries: list[tuple[str, str]], width: int) -> list[str]:
    """``head`` and the entries, each a sample and its label, wrapped at entries, never inside one."""
    lines, line, visible = [], head, len(head)
    for sample, label in entries:
        piece_width = 3 + visible_width(sample) + 1 + len(label)
        if visible + piece_width > width and visible > len(head):
            lines.append(line)
            line, visible = " " * 2, 2
        line += f"   {sample} {label}"
        visible += piece_width
    lines.append(line)
    return lines


def _listed(days: Iterable[Day], lang: str, width: int) -> list[str]:
    """Each named day: date, weekday, kind, what it is; long lines wrapped under the text they continue."""
    import textwrap  # the list only: a terminal's view leaves it out

    lines = []
    for day in days:
        head = f"  {day.date.isoformat()} {WEEKDAYS[lang][day.date.weekday()]}  "
        text = f"{KINDS[lang][day.kind]}: {detail(day, lang)}" + (f" ({ESTIMATED_MARK})" if day.estimated else "")
        if day.confidence is Confidence.UNVERIFIED:
            text += f" ({UNVERIFIED_MARK})"
        lines += textwrap.wrap(
            text,
            width=max(width, len(head) + 10),
            initial_indent=head,
            subsequent_indent=" " * len(head),
            break_on_hyphens=False,  # "al-Adha" stays whole
        )
    return lines
