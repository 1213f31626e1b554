"""A day, today and a break as the command prints them: what the day is, why, on what basis, how sure."""

from __future__ import annotations

import datetime as dt

from ..model import Break, Day, Observance, Rule
from .describe import break_names, confidence_line, reason_text
from .legal import basis_text
from .words import KINDS, PHRASES, WEEKDAY_NAMES, anniversary


def day_text(day: Day, lang: str) -> str:
    """The date's status and hours, each observance with its basis and source, the reason, the confidence."""
    words = PHRASES[lang]
    status = words["workday"] if day.is_workday else words["not_workday"]
    weekday = WEEKDAY_NAMES[lang][day.date.weekday()]
    lines = [f"{day.date.isoformat()}, {weekday}: {status} — {KINDS[lang][day.kind]}, {day.hours} {words['hours']}"]
    for o in day.observances:
        lines += _observance_lines(o, lang)
    lines += _reason_lines(day, lang)
    if day.shortened_before:
        lines.append("  " + words["shortened"].format(name=day.shortened_before.name(lang)))
    if day.estimated and not any(o.estimated for o in day.observances):
        lines.append(f"  ({words['estimated']})")
    lines.append(f"  {confidence_line(day, lang)}")
    return "\n".join(lines)


def today_text(day: Day, following: dt.date | None, run: Break | None, lang: str) -> str:
    """Today, the next working day (None past the last one known) and the break today is in (if any)."""
    words, weekdays = PHRASES[lang], WEEKDAY_NAMES[lang]
    lines = [day_text(day, lang)]
    if following:
        lines.append(f"{words['next_workday']}: {following.isoformat()}, {weekdays[following.weekday()]}")
    if run:
        lines.append(f"{words['in_break']}: {break_line(run, lang)}")
    return "\n".join(lines)


def break_line(run: Break, lang: str) -> str:
    """First – last day, the length, and what the break holds."""
    words = PHRASES[lang]
    unit = (words["day"] if run.length == 1 else words["days"]).ljust(len(words["days"]))
    return f"{run.start.isoformat()} – {run.last_day.isoformat()}  {run.length:>2} {unit}  " + ", ".join(
        break_names(run, lang)
    )


def _observance_lines(o: Observance, lang: str) -> list[str]:
    words = PHRASES[lang]
    head = o.name(lang)
    if o.anniversary and o.commemorates:
        head += " — " + anniversary(o.anniversary, o.commemorates, lang)
    if o.estimated:
        head += f" ({words['estimated']})"
    lines = [f"  {head}", f"    {words['basis']}: {basis_text(o.basis, lang)}"]
    if o.note:
        lines.append(f"    {o.note.name(lang)}")
    lines.append(f"    {words['source']}: {o.source}")
    return lines


def _reason_lines(day: Day, lang: str) -> list[str]:
    """Why a day is what its weekday would not make it: a moved rest day, a swap, a decision."""
    text = reason_text(day, lang)
    if not (text and day.reason):
        return []
    lines = [f"  {text}"]
    if day.reason.rule is not Rule.WEEKEND:
        words = PHRASES[lang]
        if day.reason.note:
            lines.append(f"    {day.reason.note.name(lang)}")
        lines.append(f"    {words['basis']}: {basis_text(day.reason.basis, lang)}")
        lines.append(f"    {words['source']}: {day.reason.source}")
    return lines
