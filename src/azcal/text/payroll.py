"""Payroll answers as the command prints them: the production calendar's table, where a leave ends."""

from __future__ import annotations

from .words import LEAVE, NORMS, WEEKDAY_NAMES, norm_rows, norms_title

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing: the command starts without it
if TYPE_CHECKING:
    from ..payroll import Leave, Norms


def norms_table(norms: Norms, lang: str) -> str:
    """Days and hours per month, quarter and year, in columns, a rule under the heading and each quarter."""
    words = NORMS[lang]
    rows = [words.columns, *norm_rows(norms, lang)]
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = [norms_title(norms.year, norms.week_hours, norms.week, lang), ""]
    for n, row in enumerate(rows):
        line = "  ".join(
            [row[0].ljust(widths[0])] + [cell.rjust(w) for cell, w in zip(row[1:], widths[1:], strict=True)]
        )
        lines.append(line)
        if n == 0 or row[0] in words.quarters:
            lines.append("-" * len(line))
    return "\n".join(lines)


def leave_text(leave: Leave, lang: str) -> str:
    """The leave's last day, the day work resumes, and the holidays it does not count (Art. 114.6)."""
    words, weekdays = LEAVE[lang], WEEKDAY_NAMES[lang]
    lines = [
        f"{words['last_day']}: {leave.last_day.isoformat()}, {weekdays[leave.last_day.weekday()]}",
        f"{words['resumes']}: {leave.work_resumes.isoformat()}, {weekdays[leave.work_resumes.weekday()]}",
    ]
    if leave.not_counted:
        lines.append(f"{words['not_counted']}:")
        for day in leave.not_counted:
            names = ", ".join(o.name(lang) for o in day.observances if o.category.is_day_off)
            lines.append(f"  {day.date.isoformat()}  {names}")
    return "\n".join(lines)
