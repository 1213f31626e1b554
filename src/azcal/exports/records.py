"""Each answer as plain JSON values, one shape per answer: what the command prints with ``--json``, what the
HTTP service answers, and, for a day, what a JSON export holds (``docs/schema/calendar.schema.json``)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from ..model import Break, Day
from ..payroll import Leave, Norm, Norms
from ..text.describe import break_names, reason_text
from ..text.words import WEEKDAY_NAMES

if TYPE_CHECKING:
    from ..calendars import Calendar
    from ..changed import Change


def day_record(day: Day, lang: str) -> dict[str, Any]:
    """A Day as plain JSON values: what ``azcal day --json`` prints and what a JSON export holds per day."""
    reason = day.reason
    return {
        "date": day.date.isoformat(),
        "weekday": WEEKDAY_NAMES["en"][day.date.weekday()],
        "kind": day.kind.value,
        "is_workday": day.is_workday,
        "hours": day.hours,
        "shortened": day.shortened,
        "shortened_before": day.shortened_before.key if day.shortened_before else None,
        "estimated": day.estimated,
        "confidence": day.confidence.value,
        "observances": [
            {
                "key": o.key,
                "name": o.name(lang),
                "category": o.category.value,
                "basis": o.basis,
                "source": o.source,
                "estimated": o.estimated,
                "decision": o.decision,
                "commemorates": o.commemorates.isoformat() if o.commemorates else None,
                "anniversary": o.anniversary,
            }
            for o in day.observances
        ],
        "reason": None
        if reason is None
        else {
            "rule": reason.rule.value,
            "text": reason_text(day, lang),
            "basis": reason.basis,
            "source": reason.source,
            "stands_for": reason.stands_for.isoformat() if reason.stands_for else None,
            "holiday": reason.holiday,
            "decision": reason.decision,
        },
    }


def break_record(run: Break, lang: str) -> dict[str, Any]:
    return {
        "start": run.start.isoformat(),
        "last_day": run.last_day.isoformat(),  # inclusive, as everywhere a key says last_day
        "end": (run.last_day + dt.timedelta(days=1)).isoformat(),  # exclusive, as every end
        "length": run.length,
        "names": break_names(run, lang),
        "days": [d.date.isoformat() for d in run.days],
    }


def number(value: Decimal) -> float:
    """Hours as one type every time, a JSON number with a fraction: 151.0, 1735.2 (exact: one decimal)."""
    return float(value)


def norm_record(norm: Norm) -> dict[str, Any]:
    return {
        "period": norm.period,
        "start": norm.start.isoformat(),
        "end": norm.end.isoformat(),
        "calendar_days": norm.calendar_days,
        "non_working_days": norm.non_working_days,
        "workdays": norm.workdays,
        "shortened_days": norm.shortened_days,
        "hours": number(norm.hours),
    }


def norms_record(norms: Norms) -> dict[str, Any]:
    return {
        "year": norms.year,
        "week": norms.week,
        "week_hours": norms.week_hours,
        "months": [norm_record(m) for m in norms.months],
        "quarters": [norm_record(q) for q in norms.quarters],
        "year_total": norm_record(norms.total),
    }


def leave_record(leave: Leave, lang: str, week: int) -> dict[str, Any]:
    return {
        "week": week,  # the day work resumes is the week's next working day
        "start": leave.start.isoformat(),
        "days": leave.days,
        "last_day": leave.last_day.isoformat(),
        "work_resumes": leave.work_resumes.isoformat(),
        "not_counted": [
            {"date": d.date.isoformat(), "names": [o.name(lang) for o in d.observances if o.category.is_day_off]}
            for d in leave.not_counted
        ],
    }


def year_record(calendar: Calendar, year: int, lang: str) -> dict[str, Any]:
    return {
        "year": year,
        "week": calendar.week,
        "data_version": calendar.data_version,
        "days": [day_record(day, lang) for day in calendar.year(year).days],
    }


def workdays_record(calendar: Calendar, start: dt.date, end: dt.date) -> dict[str, Any]:
    return {
        "week": calendar.week,
        "start": start.isoformat(),
        "end": end.isoformat(),
        "workdays": calendar.workdays_between(start, end),
    }


def hours_record(calendar: Calendar, start: dt.date, end: dt.date, week_hours: int) -> dict[str, Any]:
    return {
        "week": calendar.week,
        "start": start.isoformat(),
        "end": end.isoformat(),
        "week_hours": week_hours,
        "workdays": calendar.workdays_between(start, end),
        "hours": number(calendar.working_hours(start, end, week_hours)),
    }


def add_record(calendar: Calendar, date: dt.date, n: int, roll: Any) -> dict[str, Any]:
    result = calendar.add_workdays(date, n, roll)
    return {"week": calendar.week, "date": date.isoformat(), "n": n, "roll": roll, "result": result.isoformat()}


def change_record(change: Change, lang: str) -> dict[str, Any]:
    """A changed date: its day before and after (as ``day_record``) and the acts that made the difference."""
    return {
        "date": change.date.isoformat(),
        "before": day_record(change.before, lang),
        "after": day_record(change.after, lang),
        "acts": [
            {
                "id": act.id,
                "title": act.title,
                "number": act.number,
                "adopted": act.adopted.isoformat() if act.adopted else None,
                "source": act.source,
            }
            for act in change.acts
        ],
    }


def changes_record(
    found: list[Change], since: dt.date, until: dt.date | None, week: int, data_version: str, lang: str
) -> dict[str, Any]:
    return {
        "since": since.isoformat(),
        "until": until.isoformat() if until else None,  # None: the data in use
        "data_version": data_version,
        "week": week,
        "changes": [change_record(change, lang) for change in found],
    }
