"""The calendar as an Excel workbook (the ``azcal[xlsx]`` extra, on XlsxWriter).

Excel's NETWORKDAYS.INTL and WORKDAY.INTL take a weekend mask and a list of holidays, so they cannot
hold a working Saturday; a dated table can. Four sheets, named in the chosen language:

- the days: one row per day, with real date cells, yes/no cells (1 or 0, shown in words, so SUM counts
  them) and numbers, each row in the colour of its kind (as on the printable page), a frozen header
  and filters, each header on one line in every language;
- the production calendar, laid out as the official one: each year's months, quarters and the year in
  rows, with calendar days, days off, working days, shortened days and the hours of the 40-, 36- and
  24-hour weeks;
- the norms: the production calendar of each year for the 40-, 36- and 24-hour weeks, months,
  quarters and the year, as numbers;
- the legend: each kind's colour and name.

The file's creation date is the calendar's data version, so the same data gives the same workbook.
Text is written with ``write_string``, as a string cell, which no spreadsheet runs as a formula or
follows as a link (``write`` would take "=..." for a formula and "https://..." for a link); a string a
spreadsheet would take for a formula when typed is also marked to stay text when the cell is edited.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterable
from typing import Any

from ..arguments import check_language
from ..calendars import Calendar
from ..dates import checked_years
from ..errors import MissingExtraError
from ..model import Kind
from ..payroll import WEEK_HOURS, Norm
from ..text.describe import detail
from ..text.legal import basis_text
from ..text.words import KINDS, MONTHS, NORMS, PAGE, WEEKDAY_NAMES, WORKBOOK, norms_title, with_week, years_text
from .cells import names_cell, reads_as_formula
from .colours import COLOURS

# The days sheet's columns, in characters (XlsxWriter's set_column width): wide enough for the values,
# and for each language's header on one line with the filter's button beside it (two characters).
_VALUES = (11, 14, 24, 6, 6, 6, 6, 48, 44, 40)
WIDTHS = tuple(
    max(width, *(len(words["columns"][n]) + 2 for words in WORKBOOK.values())) for n, width in enumerate(_VALUES)
)
# The sheet laid out as the official production calendar: a year's months in rows, its days and the
# hours of each working week side by side.
CALENDAR = {
    "az": {"sheet": "İstehsalat təqvimi", "hours": "{hours} saatlıq həftə, saat"},
    "en": {"sheet": "Production calendar", "hours": "{hours}-hour week, hours"},
    "ru": {"sheet": "Производственный календарь", "hours": "{hours}-часовая неделя, часы"},
}


def to_xlsx(calendar: Calendar, years: int | Iterable[int], lang: str = "az") -> bytes:
    """``years`` of ``calendar`` as an .xlsx workbook."""
    try:
        import xlsxwriter
    except ImportError:  # the extra is not installed
        raise MissingExtraError("an Excel workbook needs XlsxWriter: pip install 'azcal[xlsx]'") from None
    chosen, lang = checked_years(years), check_language(lang)
    out = io.BytesIO()
    book = xlsxwriter.Workbook(out, {"in_memory": True})
    made = dt.datetime.fromisoformat(calendar.data_version)  # the same data, the same file
    title = PAGE[lang]["title"].format(year=years_text(chosen))
    book.set_properties({"title": title, "created": made, "author": "azcal"})
    formats = _Formats(book, lang)
    words = WORKBOOK[lang]
    _days_sheet(book.add_worksheet(words["days"]), calendar, chosen, lang, formats)
    _calendar_sheet(book.add_worksheet(CALENDAR[lang]["sheet"]), calendar, chosen, lang, formats)
    _norms_sheet(book.add_worksheet(words["norms"]), calendar, chosen, lang, formats)
    _legend_sheet(book.add_worksheet(words["legend"]), calendar, lang, formats)
    book.close()
    return out.getvalue()


class _Formats:
    """The cell formats the sheets share: one per kind of day and type of cell."""

    def __init__(self, book: Any, lang: str):
        self.header = book.add_format({"bold": True, "bottom": 1, "text_wrap": True, "valign": "top"})
        self.title = book.add_format({"bold": True, "font_size": 12})
        self.bold = book.add_format({"bold": True})
        self.number = book.add_format({"num_format": "0"})
        self.hours = book.add_format({"num_format": "0.0"})
        self.by_kind: dict[tuple[Kind, str], Any] = {}
        yes, no = WORKBOOK[lang]["yes"], WORKBOOK[lang]["no"]
        cells: dict[str, dict[str, object]] = {
            "text": {},
            "quoted": {"quote_prefix": True},  # text that reads as a formula: it stays text when edited
            "date": {"num_format": "yyyy-mm-dd"},
            "number": {"num_format": "0"},
            # 1 or 0, shown in words: Excel shows a true/false cell as TRUE/FALSE whatever its format
            "flag": {"num_format": f'"{yes}";"{yes}";"{no}"', "align": "center"},
        }
        for kind, (fill, text) in COLOURS.items():
            for cell, extra in cells.items():
                self.by_kind[kind, cell] = book.add_format({"bg_color": fill, "font_color": text, **extra})


def _days_sheet(sheet: Any, calendar: Calendar, years: list[int], lang: str, formats: _Formats) -> None:
    for column, (name, width) in enumerate(zip(WORKBOOK[lang]["columns"], WIDTHS, strict=True)):
        sheet.write_string(0, column, name, formats.header)
        sheet.set_column(column, column, width)
    row = 0
    for year in years:
        for day in calendar.year(year).days:
            row += 1
            text, date, number, flag = (formats.by_kind[day.kind, cell] for cell in ("text", "date", "number", "flag"))
            cited = day.observances[0] if day.observances else day.reason
            sheet.write_datetime(row, 0, dt.datetime.combine(day.date, dt.time()), date)
            sheet.write_string(row, 1, WEEKDAY_NAMES[lang][day.date.weekday()], text)
            sheet.write_string(row, 2, KINDS[lang][day.kind], text)
            sheet.write_number(row, 3, int(day.is_workday), flag)
            sheet.write_number(row, 4, day.hours, number)
            sheet.write_number(row, 5, int(day.shortened), flag)
            sheet.write_number(row, 6, int(day.estimated), flag)
            said = (
                names_cell(detail(day, lang), day, calendar),
                basis_text(cited.basis, lang) if cited else "",
                cited.source if cited else "",
            )
            for column, value in enumerate(said, 7):
                quoted = reads_as_formula(value)
                sheet.write_string(row, column, value, formats.by_kind[day.kind, "quoted"] if quoted else text)
    sheet.freeze_panes(1, 0)
    sheet.autofilter(0, 0, row, len(WIDTHS) - 1)
    _printed(sheet)


def _printed(sheet: Any) -> None:
    """On paper: landscape, the columns on one page's width, the header row on every page."""
    sheet.set_landscape()
    sheet.set_paper(9)  # A4
    sheet.fit_to_pages(1, 0)
    sheet.repeat_rows(0)


def _norms_sheet(sheet: Any, calendar: Calendar, years: list[int], lang: str, formats: _Formats) -> None:
    words = NORMS[lang]
    sheet.set_column(0, 0, 16)
    sheet.set_column(1, len(words.columns) - 1, 14)
    row = 0
    for year in years:
        for week_hours in WEEK_HOURS:
            norms = calendar.norms(year, week_hours)
            sheet.write_string(row, 0, norms_title(year, week_hours, calendar.week, lang), formats.title)
            for column, name in enumerate(words.columns):
                sheet.write_string(row + 1, column, name, formats.header)
            row += 2
            labelled: list[tuple[str, Norm, bool]] = []
            for q, quarter in enumerate(norms.quarters):
                months = norms.months[3 * q : 3 * q + 3]
                labelled += [(MONTHS[lang][3 * q + i], month, False) for i, month in enumerate(months)]
                labelled.append((words.quarters[q], quarter, True))
            labelled.append((words.year, norms.total, True))
            for label, norm, total in labelled:
                sheet.write_string(row, 0, label, formats.bold if total else None)
                for column, value in enumerate(
                    (norm.calendar_days, norm.non_working_days, norm.workdays, norm.shortened_days), 1
                ):
                    sheet.write_number(row, column, value, formats.number)
                sheet.write_number(row, 5, float(norm.hours), formats.hours)
                row += 1
            row += 1


def _calendar_sheet(sheet: Any, calendar: Calendar, years: list[int], lang: str, formats: _Formats) -> None:
    words, said = NORMS[lang], CALENDAR[lang]
    header = (*words.columns[:5], *(said["hours"].format(hours=hours) for hours in WEEK_HOURS))
    sheet.set_column(0, 0, 16)
    sheet.set_column(1, len(header) - 1, max(len(name) for name in header[1:]) // 2 + 2)  # on two lines
    row = 0
    for year in years:
        sheet.write_string(row, 0, with_week(f"{said['sheet']} {year}", calendar.week, lang), formats.title)
        for column, name in enumerate(header):
            sheet.write_string(row + 1, column, name, formats.header)
        row += 2
        by_week = [calendar.norms(year, hours) for hours in WEEK_HOURS]
        labelled: list[tuple[str, list[Norm], bool]] = []
        for q in range(4):
            for m in range(3 * q, 3 * q + 3):
                labelled.append((MONTHS[lang][m], [norms.months[m] for norms in by_week], False))
            labelled.append((words.quarters[q], [norms.quarters[q] for norms in by_week], True))
        labelled.append((words.year, [norms.total for norms in by_week], True))
        for label, norms, total in labelled:
            norm = norms[0]
            sheet.write_string(row, 0, label, formats.bold if total else None)
            for column, value in enumerate(
                (norm.calendar_days, norm.non_working_days, norm.workdays, norm.shortened_days), 1
            ):
                sheet.write_number(row, column, value, formats.number)
            for column, each in enumerate(norms, 5):
                sheet.write_number(row, column, float(each.hours), formats.hours)
            row += 1
        row += 1
    _printed(sheet)


def _legend_sheet(sheet: Any, calendar: Calendar, lang: str, formats: _Formats) -> None:
    sheet.set_column(0, 0, 34)
    for row, kind in enumerate(COLOURS):
        sheet.write_string(row, 0, KINDS[lang][kind], formats.by_kind[kind, "text"])
    sheet.write_string(len(COLOURS) + 1, 0, PAGE[lang]["data_version"].format(version=calendar.data_version))
