"""The commands that answer about dates: one small function each, from the parsed arguments to an Answer.

Each imports its own work when it runs, so that a command loads only what it needs: ``azcal is-workday``
starts almost as fast as the interpreter.
"""

from __future__ import annotations

import datetime as dt

from ..calendars import Calendar
from ..dates import month_after, today_in_baku
from ..errors import AzcalError, YearOutOfRangeError
from .arguments import UsageError, span
from .streams import Answer, as_json_text

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing: the command starts without it
if TYPE_CHECKING:
    import argparse


def calendar(args: argparse.Namespace) -> Calendar:
    """The calendar the arguments name: the official one, as of a date, with rules files, for a week."""
    return Calendar(as_of=args.as_of, rules=args.rules, week=args.week)


def is_workday(args: argparse.Namespace) -> Answer:
    try:  # any problem is bad input here: 1 means a day off
        workday = calendar(args).is_workday(args.date)
    except AzcalError as exc:
        raise UsageError(str(exc)) from None
    status = 0 if workday else 1
    if not args.verbose:
        return Answer(b"", status)
    from ..text.words import PHRASES

    return Answer(f"{args.date.isoformat()}: {PHRASES[args.lang]['workday' if workday else 'not_workday']}", status)


def year(args: argparse.Namespace) -> Answer:
    cal, chosen = calendar(args), args.year or today_in_baku().year
    if args.json:
        from ..exports.records import year_record

        return Answer(as_json_text(year_record(cal, chosen, args.lang)))
    from ..terminal import year_view
    from .screen import height, on_a_terminal, terminal

    drawn = terminal()
    rows = height() if drawn["colour"] or on_a_terminal() else None
    return Answer(year_view(cal, chosen, args.lang, height=rows, named_days=args.list, **drawn))


def month(args: argparse.Namespace) -> Answer:
    cal, (chosen, number) = calendar(args), args.month
    if args.json:
        from ..exports.records import day_record

        first = dt.date(chosen, number, 1)
        records = [day_record(d, args.lang) for d in cal.days(first, month_after(first))]
        return Answer(as_json_text({"month": f"{chosen}-{number:02}", "week": cal.week, "days": records}))
    from ..terminal import month_view
    from .screen import terminal

    return Answer(month_view(cal, chosen, number, args.lang, **terminal()))


def day(args: argparse.Namespace) -> Answer:
    cal = calendar(args)
    if args.end is not None and not 0 < (args.end - args.date).days <= 366:
        raise UsageError("argument end: a range of days runs forward, at most 366 days")
    days = [cal.day(args.date)] if args.end is None else list(cal.days(args.date, args.end))
    if args.json:
        from ..exports.records import day_record

        records = [day_record(each, args.lang) for each in days]
        return Answer(as_json_text(records[0] if args.end is None else records))
    from ..text.day import day_text

    return Answer("\n\n".join(day_text(each, args.lang) for each in days))


def today(args: argparse.Namespace) -> Answer:
    """Today in Baku: what the day is, the next working day, and the break it is in."""
    cal, date = calendar(args), today_in_baku()
    try:
        following: dt.date | None = cal.next_workday(date)
    except YearOutOfRangeError:  # the last days of 2100: none within the range
        following = None
    run = next((r for r in cal.year(date.year).breaks() if r.start <= date <= r.last_day), None)
    if args.json:
        from ..exports.records import break_record, day_record

        record = {
            "week": cal.week,
            "today": day_record(cal.day(date), args.lang),
            "next_workday": following.isoformat() if following else None,
            "break": break_record(run, args.lang) if run else None,
        }
        return Answer(as_json_text(record))
    from ..text.day import today_text

    return Answer(today_text(cal.day(date), following, run, args.lang))


def breaks(args: argparse.Namespace) -> Answer:
    runs = calendar(args).year(args.year or today_in_baku().year).breaks()
    if args.json:
        from ..exports.records import break_record

        return Answer(as_json_text([break_record(b, args.lang) for b in runs]))
    from ..text.day import break_line

    return Answer("\n".join(break_line(b, args.lang) for b in runs) or "-")


def workdays(args: argparse.Namespace) -> Answer:
    cal = calendar(args)
    start, end = span(args.start, args.end)
    if args.json:
        from ..exports.records import workdays_record

        return Answer(as_json_text(workdays_record(cal, start, end)))
    return Answer(str(cal.workdays_between(start, end)))


def add(args: argparse.Namespace) -> Answer:
    cal = calendar(args)
    if args.json:
        from ..exports.records import add_record

        return Answer(as_json_text(add_record(cal, args.date, args.n, args.roll)))
    return Answer(cal.add_workdays(args.date, args.n, args.roll).isoformat())


def norms(args: argparse.Namespace) -> Answer:
    found = calendar(args).norms(args.year or today_in_baku().year, args.week_hours)
    if args.json:
        from ..exports.records import norms_record

        return Answer(as_json_text(norms_record(found)))
    from ..text.payroll import norms_table

    return Answer(norms_table(found, args.lang))


def hours(args: argparse.Namespace) -> Answer:
    cal = calendar(args)
    start, end = span(args.start, args.end)
    if args.json:
        from ..exports.records import hours_record

        return Answer(as_json_text(hours_record(cal, start, end, args.week_hours)))
    return Answer(format(cal.working_hours(start, end, args.week_hours), "f"))  # for scripts: always a "."


def leave(args: argparse.Namespace) -> Answer:
    cal = calendar(args)
    found = cal.leave_end(args.start, args.days)
    if args.json:
        from ..exports.records import leave_record

        return Answer(as_json_text(leave_record(found, args.lang, cal.week)))
    from ..text.payroll import leave_text

    return Answer(leave_text(found, args.lang))


def changes(args: argparse.Namespace) -> Answer:
    """The days that acts adopted after --since changed, against the data in use (or --until)."""
    from ..calendars import official
    from ..changed import changes as changed_days

    found = changed_days(args.since, args.until, week=args.week)
    version = official(args.week).data_version
    if args.json:
        from ..exports.records import changes_record

        return Answer(as_json_text(changes_record(found, args.since, args.until, args.week, version, args.lang)))
    from ..text.changes import changes_text

    return Answer(changes_text(found, args.since, args.until, args.week, version, args.lang))
