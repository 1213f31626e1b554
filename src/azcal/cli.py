"""The ``azcal`` command: a year at a glance, a date's status and why, breaks, workday arithmetic."""

from __future__ import annotations

import argparse
import calendar as monthgrid
import datetime as dt
import json
import os
import sys
from collections.abc import Sequence
from typing import Any, NoReturn

from . import Calendar
from .calendar import ROLLS
from .dates import FIRST_YEAR, LAST_YEAR, check_year, to_date
from .errors import AzcalError
from .model import LANGUAGES, Break, Day, Kind, Observance, Rule
from .texts import KINDS, MARKS, MONTHS, PHRASES, SHORTENED_MARK, WEEKDAY_NAMES, WEEKDAYS

COMMANDS = ("year", "day", "breaks", "workdays", "add")
COLOURS = {
    Kind.HOLIDAY: "31",
    Kind.MOURNING: "35",
    Kind.VOTING: "34",
    Kind.REST_DAY: "33",
    Kind.WORKING_WEEKEND: "32",
    Kind.WEEKEND: "2",
}


class UsageError(Exception):
    """A mistake in the command line: exit status 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(message)


def _parser() -> argparse.ArgumentParser:
    common = _Parser(add_help=False)
    common.add_argument("--lang", choices=LANGUAGES, default="az", help="language of names and text (default: az)")
    common.add_argument("--json", action="store_true", help="print JSON for scripts")
    common.add_argument("--as-of", metavar="DATE", help="the calendar as known on DATE (later decisions ignored)")
    common.add_argument(
        "--rules",
        metavar="FILE",
        action="append",
        default=[],
        help="layer your own rules file over the official data (may repeat)",
    )
    parser = _Parser(
        prog="azcal",
        description="Azerbaijan's working-time calendar.",
        epilog="Run 'azcal COMMAND -h' for a command's options. With no command: the year view.",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    year = sub.add_parser("year", parents=[common], help="the year at a glance (default command)")
    year.add_argument("year", nargs="?", type=_year, help="the year (default: this year)")
    day = sub.add_parser("day", parents=[common], help="a date's status and why")
    day.add_argument("date", type=_date)
    breaks = sub.add_parser("breaks", parents=[common], help="runs of consecutive days off in a year")
    breaks.add_argument("year", nargs="?", type=_year)
    workdays = sub.add_parser("workdays", parents=[common], help="working days in [START, END)")
    workdays.add_argument("start", type=_date)
    workdays.add_argument("end", type=_date)
    add = sub.add_parser("add", parents=[common], help="the date N working days after DATE")
    add.add_argument("date", type=_date)
    add.add_argument("n", type=_int, metavar="N")
    add.add_argument(
        "--roll",
        choices=ROLLS,
        default="following",
        help="where to start when DATE is not a working day (default: following)",
    )
    return parser


def _year(text: str) -> int:
    try:
        return check_year(int(text))
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc) if isinstance(exc, AzcalError) else f"not a year: {text!r}") from None


def _date(text: str) -> dt.date:
    try:
        return to_date(text)
    except AzcalError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _int(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    if not args_list or (args_list[0] not in COMMANDS and args_list[0] not in ("-h", "--help")):
        args_list.insert(0, "year")
    wants_json = "--json" in args_list
    try:
        args = _parser().parse_args(args_list)
        calendar = Calendar(as_of=args.as_of, rules=args.rules)
        output = _run(args, calendar)
    except UsageError as exc:
        return _fail(f"usage: {exc} (see 'azcal -h')", 2, wants_json)
    except AzcalError as exc:
        return _fail(str(exc), 1, wants_json)
    except BrokenPipeError:
        return 0
    sys.stdout.write(output if output.endswith("\n") else output + "\n")
    return 0


def _fail(message: str, status: int, as_json: bool) -> int:
    line = json.dumps({"error": message, "status": status}, ensure_ascii=False) if as_json else f"azcal: {message}"
    print(line.replace("\n", " "), file=sys.stderr)
    return status


def _run(args: argparse.Namespace, cal: Calendar) -> str:
    lang: str = args.lang
    if args.command == "year":
        year = args.year or dt.date.today().year
        if args.json:
            return _json(
                {
                    "year": year,
                    "data_version": cal.data_version,
                    "days": [_day_json(d, lang, cal) for d in cal.year(year).days],
                }
            )
        return _year_view(cal, year, lang, _use_colour())
    if args.command == "day":
        day = cal.day(args.date)
        return _json(_day_json(day, lang, cal)) if args.json else _day_text(day, lang, cal)
    if args.command == "breaks":
        year = args.year or dt.date.today().year
        runs = cal.year(year).breaks()
        if args.json:
            return _json([_break_json(b, lang, cal) for b in runs])
        return "\n".join(_break_line(b, lang, cal) for b in runs) or "-"
    if args.command == "workdays":
        count = cal.workdays_between(args.start, args.end)
        if args.json:
            return _json({"start": args.start.isoformat(), "end": args.end.isoformat(), "workdays": count})
        return str(count)
    if args.command == "add":
        result = cal.add_workdays(args.date, args.n, args.roll)
        if args.json:
            return _json({"date": args.date.isoformat(), "n": args.n, "roll": args.roll, "result": result.isoformat()})
        return result.isoformat()
    raise UsageError(f"unknown command {args.command!r}")


def _use_colour() -> bool:
    return sys.stdout.isatty() and "NO_COLOR" not in os.environ and os.environ.get("TERM") != "dumb"


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2)


# -- one day --------------------------------------------------------------------------------------


def _stands_for_name(day: Day, cal: Calendar, lang: str) -> str:
    reason = day.reason
    if reason is None or reason.stands_for is None:
        return ""
    other = cal.day(reason.stands_for) if FIRST_YEAR <= reason.stands_for.year <= LAST_YEAR else None
    if other and reason.holiday:
        match = next((o for o in other.observances if o.key == reason.holiday), None)
        if match:
            return match.name(lang)
    return KINDS[lang][other.kind] if other else ""


def _reason_text(day: Day, lang: str, cal: Calendar) -> str | None:
    reason, words = day.reason, PHRASES[lang]
    if reason is None:
        return None
    when = reason.stands_for.isoformat() if reason.stands_for else ""
    if reason.rule is Rule.WEEKEND:
        return words["weekend"]
    if reason.rule in (Rule.WEEKEND_TRANSFER, Rule.BAYRAM_TRANSFER):
        return words[reason.rule.value].format(date=when, name=_stands_for_name(day, cal, lang))
    if reason.rule is Rule.SWAP:
        return words["swap_work" if day.is_workday else "swap_rest"].format(date=when)
    if reason.rule is Rule.DECISION:
        return f"{words['decision']} {reason.decision}"
    return None  # a holiday, mourning or voting day: its observance says it


def _observance_lines(o: Observance, year: int, lang: str) -> list[str]:
    words = PHRASES[lang]
    head = o.name(lang)
    number = o.anniversary(year)
    if number and o.commemorates:
        head += " — " + words["anniversary"].format(n=number, year=o.commemorates.isoformat())
    if o.estimated:
        head += f" ({words['estimated']})"
    lines = [f"  {head}", f"    {words['basis']}: {o.basis}"]
    if o.note:
        lines.append(f"    {o.note}")
    lines.append(f"    {words['source']}: {o.source}")
    return lines


def _day_text(day: Day, lang: str, cal: Calendar) -> str:
    words = PHRASES[lang]
    status = words["workday"] if day.is_workday else words["not_workday"]
    weekday = WEEKDAY_NAMES[lang][day.date.weekday()]
    lines = [f"{day.date.isoformat()}, {weekday}: {status} — {KINDS[lang][day.kind]}, {day.hours} {words['hours']}"]
    for o in day.observances:
        lines += _observance_lines(o, day.date.year, lang)
    text = _reason_text(day, lang, cal)
    if text and day.reason:
        lines.append(f"  {text}")
        if day.reason.rule is not Rule.WEEKEND:
            lines.append(f"    {words['basis']}: {day.reason.basis}")
            lines.append(f"    {words['source']}: {day.reason.source}")
    if day.shortened_before:
        lines.append("  " + words["shortened"].format(name=day.shortened_before.name(lang)))
    if day.estimated and not any(o.estimated for o in day.observances):
        lines.append(f"  ({words['estimated']})")
    return "\n".join(lines)


def _day_json(day: Day, lang: str, cal: Calendar) -> dict[str, Any]:
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
                "anniversary": o.anniversary(day.date.year),
            }
            for o in day.observances
        ],
        "reason": None
        if reason is None
        else {
            "rule": reason.rule.value,
            "text": _reason_text(day, lang, cal),
            "basis": reason.basis,
            "source": reason.source,
            "stands_for": reason.stands_for.isoformat() if reason.stands_for else None,
            "holiday": reason.holiday,
            "decision": reason.decision,
        },
    }


# -- breaks ---------------------------------------------------------------------------------------


def _break_names(run: Break, lang: str, cal: Calendar) -> list[str]:
    names: list[str] = []
    for day in run.days:
        found = [o.name(lang) for o in day.observances if o.category.is_day_off]
        if not found and day.kind is Kind.REST_DAY:
            found = [_stands_for_name(day, cal, lang)] if day.reason and day.reason.holiday else []
        names += [n for n in found if n and n not in names]
    return names


def _break_line(run: Break, lang: str, cal: Calendar) -> str:
    return f"{run.start.isoformat()} – {run.end.isoformat()}  {run.length:>2} {PHRASES[lang]['days']}  " + ", ".join(
        _break_names(run, lang, cal)
    )


def _break_json(run: Break, lang: str, cal: Calendar) -> dict[str, Any]:
    return {
        "start": run.start.isoformat(),
        "end": run.end.isoformat(),
        "length": run.length,
        "names": _break_names(run, lang, cal),
        "days": [d.date.isoformat() for d in run.days],
    }


# -- the year grid --------------------------------------------------------------------------------


def _cell(day: Day, colour: bool) -> str:
    mark = MARKS.get(day.kind, SHORTENED_MARK if day.shortened else " ")
    number = f"{day.date.day:>2}"
    if colour:
        codes = [COLOURS[day.kind]] if day.kind in COLOURS else []
        if day.shortened:
            codes.append("4")
        if codes:
            number = f"\033[{';'.join(codes)}m{number}\033[0m"
    return number + mark


def _month_lines(cal: Calendar, year: int, month: int, lang: str, colour: bool) -> list[str]:
    lines = [MONTHS[lang][month - 1].center(21).rstrip().ljust(21), " ".join(WEEKDAYS[lang]) + " "]
    for week in monthgrid.Calendar(firstweekday=0).monthdayscalendar(year, month):
        cells = ["   " if n == 0 else _cell(cal.day(dt.date(year, month, n)), colour) for n in week]
        lines.append("".join(cells))
    while len(lines) < 8:
        lines.append(" " * 21)
    return lines


def _year_view(cal: Calendar, year: int, lang: str, colour: bool) -> str:
    out = [str(year).center(67).rstrip(), ""]
    for first in range(1, 13, 3):
        blocks = [_month_lines(cal, year, m, lang, colour) for m in range(first, first + 3)]
        out += ["  ".join(row).rstrip() for row in zip(*blocks, strict=True)]
    words, kinds = PHRASES[lang], KINDS[lang]
    legend = [f"{mark} {kinds[kind]}" for kind, mark in MARKS.items()]
    legend.append(f"{SHORTENED_MARK} {words['shortened_mark']}")
    out += [f"{words['legend']}: " + "   ".join(legend), ""]
    y = cal.year(year)
    for day in y.days:
        if day.kind in (Kind.WORKDAY, Kind.WEEKEND) and not day.observances:
            continue
        names = [o.name(lang) for o in day.observances]
        detail = ", ".join(names) or (_reason_text(day, lang, cal) or "")
        if day.kind is Kind.REST_DAY:
            detail = _reason_text(day, lang, cal) or detail
        estimated = " (~)" if day.estimated else ""
        out.append(
            f"  {day.date.isoformat()} {WEEKDAYS[lang][day.date.weekday()]}  {kinds[day.kind]:<26} {detail}{estimated}"
        )
    shortened = len(y.shortened_days())
    out += [
        "",
        f"{year}: {y.workdays} {words['workdays']}, {y.hours} {words['hours']}, {shortened} × 7 {words['hours']}",
    ]
    return "\n".join(out)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
