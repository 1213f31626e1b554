"""A printable year page: the twelve months, the year's listed days and its production calendar, in HTML.

The page is one self-contained file: inline CSS, no scripts, fonts, images or links (but those to the
other pages of the service that serves it), so it opens offline and prints on one A4 landscape sheet.
Each kind of day has its colour and, as in the terminal view, its mark, so the page still reads in
black and white. Every fact comes from the Days a Calendar
gives and every word from texts; hovering a day shows what the year's list says of it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from html import escape

from ..calendars import Calendar
from ..model import Confidence, Day, check_language
from ..text import monthgrid
from ..text.describe import confidence_line, confidence_summary, detail, listed_days
from ..text.monthgrid import Entry, Sign
from ..text.words import (
    ESTIMATED_MARK,
    KINDS,
    MONTHS,
    NORMS,
    PAGE,
    PHRASES,
    UNVERIFIED_MARK,
    WEEKDAYS,
    norm_rows,
    norms_title,
    with_week,
)
from .colours import COLOURS

_ISO_DATE = re.compile(r"\d{4}-\d\d-\d\d")

_STYLE = """
@page { size: A4 landscape; margin: 7mm 8mm; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0 auto; max-width: 1580px; padding: 14px 20px; color: #1f2328; background: #fff;
  font: 13px/1.3 "Segoe UI", "Helvetica Neue", Arial, "Liberation Sans", "DejaVu Sans", sans-serif; }
header { display: flex; justify-content: space-between; align-items: flex-end; gap: 2em;
  border-bottom: 2px solid #1f2328; padding-bottom: 4px; margin-bottom: 10px; }
h1 { margin: 0; font-size: 24px; }
h2 { margin: 0 0 4px; font-size: 14px; }
.meta { margin: 0; color: #57606a; font-size: 12px; text-align: right; }
table { border-collapse: collapse; font-variant-numeric: tabular-nums; }
.top { display: grid; grid-template-columns: minmax(0, 1fr) auto; gap: 28px; align-items: start; }
.months { display: grid; grid-template-columns: repeat(4, minmax(0, 1fr)); gap: 8px 22px; }
.month { width: 100%; table-layout: fixed; border-collapse: separate; border-spacing: 2px; }
.month caption { text-align: left; font-weight: 700; font-size: 14px; padding-left: 3px; }
.month th { font-size: 11px; font-weight: 600; color: #57606a; }
.month th:nth-child(n+6) { color: #8b95a1; }
.six-day .month th:nth-child(6) { color: #57606a; }  /* Saturday is worked on the six-day week */
.month td { height: 24px; padding: 0; text-align: center; border-radius: 3px; white-space: nowrap; }
.month td:empty { background: none; }
.month tbody td:not(:empty) { border: 1px solid rgba(0, 0, 0, 0.14); }
.month td:not(.workday, .weekend) { font-weight: 600; }
i { font-style: normal; font-size: 0.72em; vertical-align: 0.45em; margin-left: 1px; }
.shortened time { text-decoration: underline 2px; text-underline-offset: 2px; }
.estimated time { font-style: italic; }
.legend { display: flex; flex-wrap: wrap; gap: 5px 16px; margin: 14px 0 0; padding: 0; list-style: none;
  width: 0; min-width: 100%; }  /* wraps to the norms table's width instead of widening the column */
.swatch { display: inline-block; min-width: 22px; margin-right: 5px; padding: 0 3px; text-align: center;
  line-height: 1.2; border: 1px solid rgba(0, 0, 0, 0.25); border-radius: 3px; }
.swatch.shortened { border-bottom: 2px solid #1f2328; }
.date { white-space: nowrap; }
.listed { margin-top: 12px; padding-top: 8px; border-top: 1px solid #d0d7de; }
.listed ol { columns: 3; column-gap: 28px; margin: 0; padding: 0; list-style: none; }
.listed li { display: grid; grid-template-columns: 6em 2em minmax(0, 1fr); align-items: baseline; padding: 2px 0;
  border-bottom: 1px solid #eaecef; break-inside: avoid; }
.listed .swatch { min-width: 16px; margin-right: 4px; }
.kind { color: #57606a; margin-right: 0.3em; }
.norms td, .norms th { padding: 2px 8px; text-align: right; border-bottom: 1px solid #eaecef; }
.norms th { font-size: 11px; font-weight: 600; color: #57606a; vertical-align: bottom; max-width: 90px; }
.norms td:first-child, .norms th:first-child { text-align: left; }
.norms .quarter td { font-weight: 600; background: #f3f4f6; }
.norms .year td { font-weight: 700; border-top: 2px solid #1f2328; border-bottom: 0; }
@media screen and (max-width: 1100px) {
  .top { grid-template-columns: minmax(0, 1fr); }
  .listed ol { columns: 1; }
  .months { grid-template-columns: repeat(auto-fill, minmax(210px, 1fr)); }
}
@media print {  /* one A4 landscape sheet: the same layout in millimetres and points */
  body { max-width: none; padding: 0; font-size: 6.5pt; line-height: 1.2; }
  header { margin-bottom: 2mm; padding-bottom: 1mm; border-bottom-width: 1pt; }
  h1 { font-size: 13pt; }
  h2 { font-size: 7.5pt; margin-bottom: 1mm; }
  .meta { font-size: 6.5pt; }
  .top { gap: 7mm; }
  .months { gap: 1.5mm 6mm; }
  .month { border-spacing: 0.5mm; }
  .month caption { font-size: 8pt; padding-left: 0.5mm; }
  .month th { font-size: 6pt; }
  .month td { height: 3.7mm; font-size: 7pt; border-radius: 0.6mm; }
  .shortened time { text-decoration-thickness: 1pt; text-underline-offset: 1pt; }
  .legend { margin-top: 3mm; gap: 1mm 4mm; }
  .listed { margin-top: 2mm; padding-top: 1.5mm; border-top-width: 0.5pt; }
  .swatch { min-width: 4mm; }
  .listed ol { column-gap: 6mm; }
  .listed li { padding: 0.3mm 0; border-bottom-width: 0.5pt; }
  .listed .swatch { min-width: 3mm; margin-right: 0.8mm; }
  .norms td, .norms th { padding: 0.35mm 2mm; border-bottom-width: 0.5pt; }
  .norms th { font-size: 6pt; max-width: 18mm; }
}
"""


_NAV_STYLE = """
nav { display: flex; flex-wrap: wrap; gap: 4px 16px; margin-bottom: 8px; font-size: 13px; }
nav a, main a { color: #0b5cad; }
.month td.today { outline: 2px solid #1f2328; outline-offset: 1px; }
@media print { nav { display: none; } }
"""


def year_html(calendar: Calendar, year: int, lang: str = "az", links: Sequence[tuple[str, str]] = ()) -> str:
    """The printable page of ``year`` in ``lang`` (az, en or ru): one HTML document, UTF-8, nothing external;
    with ``links`` (address, text) above it where it is one of a site's pages, left out of the print."""
    check_language(lang)
    days = calendar.year(year).days  # checks the year
    words = PAGE[lang]
    title = words["title"].format(year=year)
    meta = [
        words["data_version"].format(version=calendar.data_version),
        words["estimated_note"],
        confidence_summary(days, lang),
    ]
    title = with_week(title, calendar.week, lang)
    months = "\n".join(_month(calendar, year, month, lang) for month in range(1, 13))
    return f"""<!doctype html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(title)}</title>
<style>{_STYLE}{_kind_style()}{_NAV_STYLE if links else ""}</style>
</head>
<body>
{nav_html(links)}<header><h1>{escape(title)}</h1><p class="meta">{"<br>".join(map(escape, meta))}</p></header>
<main>
<div class="top">
<section class="{"months six-day" if calendar.week == 6 else "months"}">
{months}
</section>
<div class="side">
{_norms(calendar, year, lang)}
{_legend(lang)}
</div>
</div>
{_listed(days, lang)}
</main>
</body>
</html>
"""


def page_style() -> str:
    """The page's CSS, for another page made of its parts (the service's home page)."""
    return _STYLE + _kind_style() + _NAV_STYLE


def nav_html(links: Sequence[tuple[str, str]]) -> str:
    """A line of links between a site's pages; nothing where there are none."""
    if not links:
        return ""
    items = " ".join(f'<a href="{escape(href)}">{escape(text)}</a>' for href, text in links)
    return f"<nav>{items}</nav>\n"


def month_html(calendar: Calendar, year: int, month: int, lang: str, today: dt.date | None = None) -> str:
    """One month's table as the page draws it, ``today`` outlined and marked for screen readers."""
    check_language(lang)
    return _month(calendar, year, month, lang, today)


def legend_html(lang: str) -> str:
    check_language(lang)
    return _legend(lang)


def _text(value: str) -> str:
    """``value`` escaped, its ISO dates kept whole: a line never breaks at a date's hyphens."""
    return _ISO_DATE.sub(r'<span class="date">\g<0></span>', escape(value))


def _kind_style() -> str:
    # one class per Kind, named by its value, so the page and its tests agree on a single table
    return "".join(
        f".{kind.value} {{ background: {fill}; color: {text}; }}\n" for kind, (fill, text) in COLOURS.items()
    )


def _marks(day: Day) -> str:
    """The terminal view's marks, so a cell reads without colour: kind, shortened, estimated, unverified."""
    return "".join(monthgrid.mark(entry) for entry in monthgrid.signs(day))


def _classes(day: Day) -> str:
    # a kind's class is its value, as is each sign's: the page's style and its tests read them so
    return " ".join(entry.value for entry in monthgrid.signs(day))


def _hover(day: Day, lang: str) -> str:
    """What a day's tooltip says: the year list's text, the shortened day's reason, the estimate."""
    lines = [detail(day, lang)]
    if day.shortened_before:
        lines.append(PHRASES[lang]["shortened"].format(name=day.shortened_before.name(lang)))
    if day.estimated:
        lines.append(PHRASES[lang]["estimated"])
    elif day.confidence is not Confidence.CONFIRMED:  # derived or unverified: worth a word
        lines.append(confidence_line(day, lang))
    return "\n".join(line for line in lines if line)


def _cell(day: Day, lang: str, today: bool = False) -> str:
    hover = _hover(day, lang)
    title = f' title="{escape(hover)}"' if hover else ""
    marks = _marks(day)
    mark = f"<i>{escape(marks)}</i>" if marks else ""
    classes = _classes(day) + " today" * today
    current = ' aria-current="date"' * today
    number = f'<time datetime="{day.date.isoformat()}">{day.date.day}</time>'
    return f'<td class="{classes}"{title}{current}>{number}{mark}</td>'


def _month(cal: Calendar, year: int, month: int, lang: str, today: dt.date | None = None) -> str:
    rows = "\n".join(
        "<tr>" + "".join(_cell(day, lang, day.date == today) if day else "<td></td>" for day in week) + "</tr>"
        for week in monthgrid.weeks(cal, year, month)
    )
    head = "".join(f"<th>{escape(name)}</th>" for name in WEEKDAYS[lang])
    caption = f"<caption>{escape(MONTHS[lang][month - 1])}</caption>"
    return f'<table class="month">{caption}\n<thead><tr>{head}</tr></thead>\n<tbody>\n{rows}\n</tbody></table>'


def _swatch(classes: str, marks: str) -> str:
    """A small box in a kind's colours with its marks, for the legend and the list."""
    return f'<span class="swatch {classes}">{escape(marks) or "&nbsp;"}</span>'


# the page's key is the same for every year: every kind, and the signs a printed day can carry
_LEGEND_ENTRIES: tuple[Entry, ...] = (*COLOURS, Sign.SHORTENED, Sign.ESTIMATED, Sign.UNVERIFIED)


def _legend(lang: str) -> str:
    items = "".join(
        f"<li>{_swatch(_swatch_classes(entry), monthgrid.mark(entry))}{escape(monthgrid.label(entry, lang))}</li>"
        for entry in _LEGEND_ENTRIES
    )
    return f'<ul class="legend" aria-label="{escape(PHRASES[lang]["legend"])}">{items}</ul>'


def _swatch_classes(entry: Entry) -> str:
    """The classes of a legend's swatch: a kind's colours, or a workday's with the sign on it."""
    if isinstance(entry, Sign):
        return "workday shortened" if entry is Sign.SHORTENED else "workday"
    return entry.value


def _listed(days: tuple[Day, ...], lang: str) -> str:
    """The terminal year view's list: date, weekday, kind, what the day is, ~ when estimated."""
    items = []
    for day in listed_days(days):
        date, estimated = day.date.isoformat(), f" <i>{ESTIMATED_MARK}</i>" if day.estimated else ""
        if day.confidence is Confidence.UNVERIFIED:
            estimated += f" <i>{UNVERIFIED_MARK}</i>"
        what = f'<span class="kind">{escape(KINDS[lang][day.kind])}</span> {_text(detail(day, lang))}'
        items.append(
            f'<li><time datetime="{date}">{date}</time><span>{escape(WEEKDAYS[lang][day.date.weekday()])}</span>'
            f"<span>{_swatch(day.kind.value, monthgrid.mark(day.kind))}{what}{estimated}</span></li>"
        )
    heading = f"<h2>{escape(PAGE[lang]['listed'])}</h2>"
    return f'<section class="listed">{heading}\n<ol>\n' + "\n".join(items) + "\n</ol></section>"


def _norms(cal: Calendar, year: int, lang: str) -> str:
    words = NORMS[lang]
    norms = cal.norms(year)
    head = "".join(f"<th>{escape(column)}</th>" for column in words.columns)
    rows = []
    for row in norm_rows(norms, lang):
        kind = ' class="quarter"' if row[0] in words.quarters else ' class="year"' if row[0] == words.year else ""
        rows.append(f"<tr{kind}>" + "".join(f"<td>{escape(cell)}</td>" for cell in row) + "</tr>")
    heading = f"<h2>{escape(norms_title(year, norms.week_hours, norms.week, lang))}</h2>"
    body = "\n".join(rows)
    table = f"<table>\n<thead><tr>{head}</tr></thead>\n<tbody>\n{body}\n</tbody></table>"
    return f'<section class="norms">{heading}\n{table}</section>'
