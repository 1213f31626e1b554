"""Text as a spreadsheet cell takes it: never run as a formula, never cut short.

Excel and LibreOffice take a CSV cell that starts with ``=``, ``+``, ``-`` or ``@`` for a formula and
run it, so a rules file that names a day ``=HYPERLINK(...)`` would act on whoever opens the file; a tab
or a carriage return first, or spaces before the sign, are read the same way by some of them, and so are
the full-width signs some input methods type. Such text is written as text: in a CSV file with a single
quote before it, in a quoted field (the OWASP rule against CSV injection); in a workbook as a string cell
marked to stay text when edited. Dates and numbers are written as themselves: no sign starts them.

A cell holds at most 32,767 characters in Excel, which cuts longer text short when it opens a CSV file.
The rules files' limits keep each text within it; a day's names, joined in one cell, are checked here.
"""

from __future__ import annotations

import os

from ..calendars import Calendar
from ..errors import RulesError
from ..model import Day

FORMULA_SIGNS = frozenset("=+-@\t\r\uff1d\uff0b\uff0d\uff20")  # the last four: ＝ ＋ － ＠
CELL_LIMIT = 32_767  # the characters an Excel cell holds (Excel's specifications and limits)


def reads_as_formula(text: str) -> bool:
    """Whether a spreadsheet may take ``text`` for a formula: it starts with a sign, or spaces and a sign."""
    return text[:1] in FORMULA_SIGNS or text.lstrip()[:1] in FORMULA_SIGNS


def names_cell(text: str, day: Day, calendar: Calendar) -> str:
    """A day's names, joined in one cell: whole, or an error. One rules file cannot give a day more names
    than a cell holds, but several laid over each other can, and a cell cut short would say less unseen."""
    if len(text) > CELL_LIMIT:
        files = ", ".join(os.path.basename(name) for name in calendar.rule_files) or "the data"
        raise RulesError(
            f"its names run to {len(text):,} characters, more than the {CELL_LIMIT:,} a spreadsheet cell "
            "holds: give the day fewer names",
            file=files,
            entry=day.date.isoformat(),
        )
    return text
