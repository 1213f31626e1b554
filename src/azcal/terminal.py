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

import calendar as weeks
import datetime as dt
import re
import textwrap
from collections.abc import Iterable

from .calendars import Calendar
from .dates import month_after
from .model import Confidence, Day, Kind
from .text.describe import confidence_summary, detail, listed_days
from .text.words import (
    ESTIMATED_MARK,
    KINDS,
    MARKS,
    MONTHS,
    PAGE,
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
WEEK_ROWS = 6  # every month six weeks high, so that rows of months line up
TODAY_MARK = "<"  # after today's number when there is no colour to reverse it
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
        # the days no source confirms that the list names (in a year unverified as a whole, the summary says it)
        self.unverified = {d.date for d in listed_days(days) if d.confidence is Confidence.UNVERIFIED}

    def month(self, year: int, month: int, title: str | None = None) -> list[str]:
        """The month's lines, each a column wider than the month: the last day's ? or < goes there."""
        names = [name.ljust(self.cell) for name in WEEKDAYS[self.lang]]
        lines = [(title or MONTHS[self.lang][month - 1]).center(self.month_width) + " ", " ".join(names) + " "]
        rows = weeks.Calendar(firstweekday=0).monthdayscalendar(year, month)
        for week in rows + [[0] * 7] * (WEEK_ROWS - len(rows)):
            cells = [
                self._cell(self.calendar.day(dt.date(year, month, n))) if n else " " * (self.cell + 1) for n in week
            ]
            lines.append("".join(cells))
        return lines

    def _after(self, day: Day) -> str:
        """What follows a day's number: < today (without colour, which reverses it), ? unverified, else a space."""
        if day.date == self.today and not self.colour:
            return TODAY_MARK
        return UNVERIFIED_MARK if day.date in self.unverified else " "

    def _cell(self, day: Day) -> str:
        number = f"{day.date.day:>2}"
        if not self.colour:
            mark, after = MARKS.get(day.kind, SHORTENED_MARK if day.shortened else " "), self._after(day)
            return number + (after + " " if mark == " " else mark + after)  # "19? ", not "19 ?"
        styles = [STYLES[day.kind]] if day.kind in STYLES else []
        styles += [UNDERLINE] * day.shortened + [REVERSE] * (day.date == self.today)
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
        mark = MARKS.get(day.kind) or (SHORTENED_MARK if day.shortened else "")
        mark = mark or (WORKDAY_MARK if day.is_workday else WEEKEND_MARK)
        if not self.colour:
            return mark
        styles = [STYLES[day.kind]] if day.kind in STYLES else []
        return _styled(mark, styles + [REVERSE] * (day.date == self.today))

    def legend(self, days: Iterable[Day], width: int, compact: bool = False) -> list[str]:
        """Every colour or mark the days use, each shown as it looks, wrapped to ``width``."""
        days = list(days)
        kinds = {d.kind for d in days}
        words, kinds_named = PHRASES[self.lang], KINDS[self.lang]
        entries = []
        if compact:  # every day has a mark there: the plain ones too
            entries.append((WORKDAY_MARK, kinds_named[Kind.WORKDAY]))
            entries.append(
                (
                    _styled(WEEKEND_MARK, [STYLES[Kind.WEEKEND]]) if self.colour else WEEKEND_MARK,
                    kinds_named[Kind.WEEKEND],
                )
            )
        for kind in STYLES:
            if kind in kinds and (self.colour or kind in MARKS) and (kind in MARKS or not compact):
                mark = MARKS[kind] if compact else "15"
                sample = _styled(mark, [STYLES[kind]]) if self.colour else MARKS[kind]
                entries.append((sample, kinds_named[kind]))
        # without colour, a shortened day shows its mark only when its kind has none (a working Saturday: ^)
        if any(d.shortened and (self.colour or compact or d.kind not in MARKS) for d in days):
            sample = _styled("15", [UNDERLINE]) if self.colour and not compact else SHORTENED_MARK
            entries.append((sample, words["shortened_mark"]))
        if any(d.date == self.today for d in days):
            if self.colour:
                sample = _styled(WORKDAY_MARK if compact else f"{self.today.day:>2}", [REVERSE])
                entries.append((sample, words["today"]))
            else:
                entries.append((TODAY_MARK, words["today"]))
        if any(d.estimated for d in days):
            entries.append((f"({ESTIMATED_MARK})", PAGE[self.lang]["estimated"]))
        if self.unverified:
            entries.append((UNVERIFIED_MARK if compact else f"({UNVERIFIED_MARK})", PAGE[self.lang]["unverified"]))
        return _wrapped_entries(f"{words['legend']}:", entries, width)


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
