"""The ``azcal`` command: a year at a glance, a date's status and why, breaks, workday arithmetic, payroll."""

from __future__ import annotations

import argparse
import codecs
import contextlib
import datetime as dt
import functools
import io
import json
import os
import re
import sys
from collections.abc import Sequence
from typing import Any, NoReturn

from .calendars import ROLLS, Calendar, official
from .changed import changes
from .check import check_official, check_rules
from .datapath import in_use
from .dates import check_year, month_after, quoted, to_date, today_in_baku
from .errors import (
    ArgumentTypeError,
    AzcalError,
    DataFolderError,
    DateTypeError,
    InvalidArgumentError,
    InvalidDateError,
    MissingExtraError,
    NotAWorkdayError,
    OutputError,
    YearOutOfRangeError,
)
from .exports.formats import FORMATS, export
from .exports.ics import GROUPS, INCLUDE, to_ics
from .exports.page import year_html
from .exports.records import (
    add_record,
    break_record,
    changes_record,
    day_record,
    hours_record,
    leave_record,
    norms_record,
    workdays_record,
    year_record,
)
from .model import LANGUAGES, WEEKS, Break, Day, Observance, Rule
from .output import write_file
from .payroll import WEEK_HOURS, Leave, Norms
from .terminal import month_view, year_view
from .text.changes import changes_text
from .text.describe import break_names, confidence_line, reason_text
from .text.legal import basis_text
from .text.messages import language, say, translated
from .text.words import (
    KINDS,
    LEAVE,
    NORMS,
    PHRASES,
    WEEKDAY_NAMES,
    anniversary,
    norm_rows,
    norms_title,
)
from .version import __version__

COMMANDS = (
    "year",
    "day",
    "changes",
    "breaks",
    "workdays",
    "add",
    "norms",
    "hours",
    "leave",
    "check",
    "ics",
    "html",
    "export",
    "serve",
    "month",
    "today",
    "is-workday",
    "completion",
)

# what the command's own arguments (and AZCAL_DATA) can be wrong with, found past the parser: exit status 2,
# as the parser's
BAD_INPUT = (
    DataFolderError,
    InvalidDateError,
    DateTypeError,
    YearOutOfRangeError,
    InvalidArgumentError,
    ArgumentTypeError,
    NotAWorkdayError,
)
# words people try for a command, and the command that answers them
MEANT = {
    "holidays": "year",
    "holiday": "day",
    "calendar": "year",
    "cal": "year",
    "isworkday": "is-workday",
    "is_workday": "is-workday",
    "workday": "is-workday",
    "help": "-h",
    "version": "--version",
}
LONGEST_WORD = 100  # an argument longer than this is quoted by its two ends in an error


class UsageError(Exception):
    """A mistake in the command line: exit status 2."""


class _Done(Exception):  # a signal: argparse finished the command itself (-h)
    def __init__(self, status: int):
        super().__init__(status)
        self.status = status


class _Parser(argparse.ArgumentParser):
    def __init__(self, *args: Any, **kwargs: Any):
        kwargs.setdefault("allow_abbrev", False)  # --la is not --lang: the same words before and after a command
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> NoReturn:
        raise UsageError(message)

    def exit(self, status: int = 0, message: str | None = None) -> NoReturn:
        raise _Done(status)  # main returns the status; no SystemExit from inside a library call

    def _print_message(self, message: str, file: Any = None) -> None:
        _emit(message.rstrip("\n"))  # the help goes where all output goes, and fails as it does


def _parser(lang: str = "az") -> argparse.ArgumentParser:
    """The command's parser, its help in ``lang``; ``--lang`` defaults to ``lang`` (the user's language)."""
    which = _Parser(add_help=False)  # which calendar, in which language: every command that reads one
    which.add_argument(
        "--lang",
        choices=LANGUAGES,
        default=lang,
        help="the language of names and text (default: AZCAL_LANG, else the locale's, else az)",
    )
    which.add_argument(
        "--as-of", metavar="DATE", type=_date, help="the calendar as known on DATE (later decisions ignored)"
    )
    which.add_argument(
        "--rules",
        metavar="FILE",
        action="append",
        default=[],
        help="layer your own rules file over the official data (may repeat)",
    )
    which.add_argument(
        "--week",
        type=_int,
        choices=WEEKS,
        default=5,
        help="working days a week: 5, or 6 (Monday to Saturday) (default: 5)",
    )
    common = _Parser(add_help=False, parents=[which])
    common.add_argument("--json", action="store_true", help="print JSON for scripts")
    parser = _Parser(
        prog="azcal",
        description="Azerbaijan's working-time calendar.",
        epilog="Run 'azcal COMMAND -h' for a command's options. With no command: the year view.",
    )
    parser.add_argument("--version", action=_Version, nargs=0, help="the versions of azcal and its data")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    year = sub.add_parser("year", parents=[common], help="the year at a glance (default command)")
    year.add_argument("year", nargs="?", type=_year, help="the year (default: this year)")
    year.add_argument(
        "--list",
        action="store_true",
        help="also print the named days (on a terminal they are left out, to keep the grid on screen)",
    )
    month = sub.add_parser("month", parents=[common], help="one month at a glance (also: azcal 2025-03)")
    month.add_argument("month", type=_month, metavar="YYYY-MM")
    sub.add_parser("today", parents=[common], help="today in Baku: its status, the next working day, its break")
    day = sub.add_parser("day", parents=[common], help="a date's status and why, or each date's in [DATE, END)")
    day.add_argument("date", type=_date)
    day.add_argument("end", nargs="?", type=_date, help="the end of a range of days (not included)")
    check_day = sub.add_parser(
        "is-workday", parents=[which], help="exit 0 on a working day, 1 on a day off, 2 for bad input (for scripts)"
    )
    check_day.add_argument("date", type=_date)
    plain = _Parser(add_help=False)  # the official calendar only, in a language, for a week
    for action in which._actions:
        if action.dest in ("lang", "week"):
            plain._add_action(action)
    plain.add_argument("--json", action="store_true", help="print JSON for scripts")
    changed = sub.add_parser(
        "changes", parents=[plain], help="the days that acts adopted after --since changed, and the acts"
    )
    changed.add_argument("--since", metavar="DATE", type=_date, required=True, help="the calendar as known on DATE")
    changed.add_argument(
        "--until", metavar="DATE", type=_date, help="against the calendar as known on DATE (default: the data in use)"
    )
    check_day.add_argument("-v", "--verbose", action="store_true", help="also print the day's status")
    breaks = sub.add_parser("breaks", parents=[common], help="runs of consecutive days off in a year")
    breaks.add_argument("year", nargs="?", type=_year)
    workdays = sub.add_parser("workdays", parents=[common], help="working days in [START, END), or in a PERIOD")
    workdays.add_argument("start", metavar="START|PERIOD", help="a date, or a period: 2026, 2026-03, 2026-Q1")
    workdays.add_argument("end", nargs="?", type=_date, metavar="END")
    add = sub.add_parser("add", parents=[common], help="the date N working days after DATE")
    add.add_argument("date", type=_date)
    add.add_argument("n", type=_int, metavar="N")
    add.add_argument(
        "--roll",
        choices=ROLLS,
        default="following",
        help="where to start when DATE is not a working day (default: following)",
    )
    week = _Parser(add_help=False)
    week.add_argument(
        "--week-hours",
        type=_int,
        choices=WEEK_HOURS,
        default=40,
        help="the working week: 40 hours, or the reduced 36 or 24 (default: 40)",
    )
    norms = sub.add_parser("norms", parents=[common, week], help="working days and hours per month (payroll)")
    norms.add_argument("year", nargs="?", type=_year)
    hours = sub.add_parser("hours", parents=[common, week], help="working hours in [START, END), or in a PERIOD")
    hours.add_argument("start", metavar="START|PERIOD", help="a date, or a period: 2026, 2026-03, 2026-Q1")
    hours.add_argument("end", nargs="?", type=_date, metavar="END")
    leave = sub.add_parser("leave", parents=[common], help="where an annual leave of DAYS calendar days ends")
    leave.add_argument("start", type=_date)
    leave.add_argument("days", type=_positive, help="calendar days of leave")
    ics = sub.add_parser("ics", parents=[common], help="an iCalendar file of one or more years (RFC 5545)")
    ics.add_argument("years", nargs="+", type=_years, metavar="YEAR", help="a year or a range such as 2025-2027")
    ics.add_argument(
        "-o", "--output", type=_output, metavar="FILE", help="write to FILE, replaced whole (default: standard output)"
    )
    ics.add_argument(
        "--include",
        type=_include,
        metavar="KINDS",
        help=f"comma-separated kinds of event: {', '.join(INCLUDE)} (default: all but declared_mourning)",
    )
    ics.add_argument(
        "--group", choices=GROUPS, default="day", help="one event per day, or per run of days (default: day)"
    )
    page = sub.add_parser("html", parents=[which], help="a printable year page: months, days, norms (one A4 page)")
    page.add_argument("year", nargs="?", type=_year, help="the year (default: this year)")
    page.add_argument(
        "-o", "--output", type=_output, metavar="FILE", help="write to FILE, replaced whole (default: standard output)"
    )
    export = sub.add_parser(
        "export", parents=[which], help="the calendar as CSV, JSON, an Excel workbook or xmlcalendar"
    )
    export.add_argument("years", nargs="+", type=_years, metavar="YEAR", help="a year or a range such as 2025-2027")
    export.add_argument(
        "--format",
        required=True,
        choices=FORMATS,
        help="csv, json, xlsx (Excel), xmlcalendar, 1c (1c-en: an English configuration), erpnext (erpnext-csv: "
        "its Data Import), odoo or parquet (docs/exports.md)",
    )
    export.add_argument(
        "--delimiter",
        choices=(",", ";"),
        help="the CSV field separator: ; for Excel set to Azerbaijani or Russian (default: ,)",
    )
    export.add_argument(
        "-o",
        "--output",
        type=_output,
        metavar="FILE",
        help="write to FILE, whole or not at all (default: standard output)",
    )
    serve = sub.add_parser("serve", help="the HTTP service: the isdayoff API, a JSON API and files (azcal[server])")
    serve.add_argument("--host", default="127.0.0.1", help="the address to listen on (default: 127.0.0.1)")
    serve.add_argument("--port", type=_port, default=8000, help="the port to listen on (default: 8000)")
    serve.add_argument("--workers", type=_positive, default=1, help="worker processes (default: 1)")
    serve.add_argument("--as-of", metavar="DATE", type=_date, help="the calendar as known on DATE")
    serve.add_argument("--rules", metavar="FILE", action="append", default=[], help="your own rules file (may repeat)")
    serve.add_argument(
        "--week", type=_int, choices=WEEKS, default=5, help="the week answered when a request names none (default: 5)"
    )
    serve.add_argument(
        "--header-timeout",
        metavar="SECONDS",
        type=_positive,
        default=10,
        help="a client's time to send a request's headers, and an idle connection's (1-60, default: 10)",
    )
    serve.add_argument(
        "--send-timeout",
        metavar="SECONDS",
        type=_positive,
        default=30,
        help="a client's time to take each part of an answer (default: 30)",
    )
    serve.add_argument(
        "--max-connections",
        metavar="N",
        type=_positive,
        help="connections a worker holds open; the next ones wait (default: 512, or what the open-file limit allows)",
    )
    serve.add_argument(
        "--forwarded-allow-ips",
        metavar="LIST",
        default="127.0.0.1,::1",
        help="proxies trusted for X-Forwarded-For: addresses or networks, with commas; '' for none (default: loopback)",
    )
    completion = sub.add_parser("completion", help="the shell completion script for bash, zsh or fish")
    completion.add_argument("shell", choices=("bash", "zsh", "fish"))
    check = sub.add_parser("check", help="check rules files: every problem listed; exit 1 if there is any")
    check.add_argument("--json", action="store_true", help="print JSON for scripts")
    check.add_argument(
        "--official", action="store_true", help="check the packaged official data instead of FILEs (as CI does)"
    )
    check.add_argument("files", nargs="*", metavar="FILE")
    if lang != "en":
        _translate_help(parser, lang)
    return parser


def _translate_help(parser: argparse.ArgumentParser, lang: str) -> None:
    """Every help text of ``parser`` and its subcommands in ``lang``, and argparse's own headings."""
    from .text.helptext import HEADINGS, HELP

    def said(text: str | None) -> str | None:
        return HELP[text][lang] if text in HELP else text

    def formatter(prog: str) -> argparse.HelpFormatter:
        return _Formatter(prog, {english: words[lang] for english, words in HEADINGS.items()})

    parsers = [parser]
    while parsers:
        each = parsers.pop()
        each.description, each.epilog = said(each.description), said(each.epilog)
        each.formatter_class = formatter  # a factory, as argparse calls it
        for action in each._actions:
            action.help = said(action.help)
            if isinstance(action, argparse._SubParsersAction):
                for choice in action._choices_actions:
                    choice.help = said(choice.help)
                parsers += action.choices.values()


class _Formatter(argparse.HelpFormatter):
    """argparse's help, its headings ('usage: ', 'options') in the user's language."""

    def __init__(self, prog: str, headings: dict[str, str]):
        super().__init__(prog)
        self.headings = headings

    def add_usage(self, usage: Any, actions: Any, groups: Any, prefix: str | None = None) -> None:
        super().add_usage(usage, actions, groups, self.headings["usage: "] if prefix is None else prefix)

    def start_section(self, heading: str | None) -> None:
        super().start_section(self.headings.get(heading or "", heading))


def completion_parser() -> argparse.ArgumentParser:
    """The command's parser, as the completion scripts are generated from it."""
    parser = _parser("en")
    parser.prog = "azcal"
    return parser


def _whole(text: str) -> int | None:
    """``text`` as a whole number written in ASCII digits, with an optional sign; else None.

    Python's int() also reads '2_025', ' 40 ' and other scripts' digits ('٢٠٢٥'); a command line means none of them.
    """
    # at most 4,000 digits, under the most Python reads (4,300): a larger number is no number of days either
    return int(text) if re.fullmatch(r"[+-]?[0-9]{1,4000}", text) else None


def _year(text: str) -> int:
    number = _whole(text)
    if number is None:
        raise argparse.ArgumentTypeError(f"not a year: {quoted(text)}")
    try:
        return check_year(number)
    except AzcalError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _years(text: str) -> range:
    """A year, or a range of years such as 2025-2027 (both ends included)."""
    first, dash, last = text.partition("-")
    numbers = _whole(first), _whole(last) if dash else _whole(first)
    if numbers[0] is None or numbers[1] is None:
        raise argparse.ArgumentTypeError(f"not a year or a range of years such as 2025-2027: {quoted(text)}")
    try:
        start, end = check_year(numbers[0]), check_year(numbers[1])
    except AzcalError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    if end < start:
        raise argparse.ArgumentTypeError(f"a range of years runs forward: {text!r}")
    return range(start, end + 1)


def _include(text: str) -> list[str]:
    names = [name.strip() for name in text.split(",") if name.strip()]
    unknown = [name for name in names if name not in INCLUDE]
    if unknown or not names:
        raise argparse.ArgumentTypeError(
            f"unknown kind of event {', '.join(unknown) or text!r}; choose from {','.join(INCLUDE)}"
        )
    return names


def _output(text: str) -> str:
    if not text.strip():
        raise argparse.ArgumentTypeError("the output file name is empty")
    return text


def _date(text: str) -> dt.date:
    """YYYY-MM-DD, or DD.MM.YYYY as dates are written in Azerbaijan."""
    if written := re.fullmatch(r"([0-9]{2})\.([0-9]{2})\.([0-9]{4})", text):
        try:
            return dt.date(int(written[3]), int(written[2]), int(written[1]))
        except ValueError as exc:
            raise argparse.ArgumentTypeError(f"not a real date: {quoted(text)} ({exc})") from None
    if "." in text:
        raise argparse.ArgumentTypeError(f"not a date in the form YYYY-MM-DD or DD.MM.YYYY: {quoted(text)}")
    try:
        return to_date(text)
    except AzcalError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _month(text: str) -> tuple[int, int]:
    if not re.fullmatch(r"[0-9]{4}-(0[1-9]|1[0-2])", text):
        raise argparse.ArgumentTypeError(f"not a month in the form YYYY-MM: {quoted(text)}")
    return _year(text[:4]), int(text[5:])


def _range(start: str, end: dt.date | None) -> tuple[dt.date, dt.date]:
    """START END as dates, or START alone as a period: a year, a month or a quarter, end exclusive."""
    if end is not None:
        return _date(start), end
    if period := re.fullmatch(r"([0-9]{4})(?:-(0[1-9]|1[0-2])|-Q([1-4]))?", start):
        first = _year(period[1])
        if period[2]:
            month = int(period[2])
            return dt.date(first, month, 1), month_after(dt.date(first, month, 1))
        if period[3]:
            quarter = int(period[3])
            begin = dt.date(first, 3 * quarter - 2, 1)
            return begin, dt.date(first + quarter // 4, (3 * quarter) % 12 + 1, 1)
        return dt.date(first, 1, 1), dt.date(first + 1, 1, 1)
    if re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}|[0-9]{2}\.[0-9]{2}\.[0-9]{4}", start):
        raise argparse.ArgumentTypeError("a range needs its END too: START END, or a period such as 2026-03")
    raise argparse.ArgumentTypeError(f"not a date or a period (2026, 2026-03, 2026-Q1): {quoted(start)}")


class _Version(argparse.Action):
    """--version, which reads the data's version only when asked."""

    def __call__(self, parser: argparse.ArgumentParser, *args: object) -> None:
        parser._print_message(f"azcal {__version__} (data {official().data_version}, from {in_use().describe()})")
        parser.exit()


def _int(text: str) -> int:
    number = _whole(text)
    if number is None:
        raise argparse.ArgumentTypeError(f"not a whole number: {quoted(text)}")
    return number


def _positive(text: str) -> int:
    number = _int(text)
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1: {text!r}")
    return number


def main(argv: Sequence[str] | None = None) -> int:
    words = list(sys.argv[1:] if argv is None else argv)
    wants_json = "--json" in words
    _tolerate_any_encoding()
    status = 0
    try:
        lang = language(_requested_language(words), os.environ)
    except ValueError as exc:  # AZCAL_LANG names no language azcal speaks: said in the locale's
        return _fail(str(exc), 2, wants_json)
    try:
        args = _parser(lang).parse_args(_command_first(words))
        status, output = _command(args)
        if output:  # is-workday says its answer by its status alone, even with no output to write to
            try:
                _emit(output)
            except OutputError as exc:
                if args.command == "is-workday":  # 1 would read as "a day off"
                    return _fail(translated(str(exc), lang), 2, wants_json)
                raise
    except _Done as done:
        return done.status
    except UsageError as exc:
        usage = "usage: {message} (see 'azcal -h')"
        return _fail(say(usage, lang, message=translated(str(exc), lang)), 2, wants_json)
    except BAD_INPUT as exc:  # a date, a year or a value the command was given: a mistake in the command line
        return _fail(translated(str(exc), lang), 2, wants_json)
    except AzcalError as exc:  # the data or a file
        return _fail(translated(str(exc), lang), 1, wants_json)
    except BrokenPipeError:  # the reader went away (`azcal 2025 | head -3`): nothing more to say
        _drop_stdout()
    except KeyboardInterrupt:
        return 130
    return status


def _requested_language(words: list[str]) -> str | None:
    """The value of ``--lang`` among the words, if it is given (checked by the parser)."""
    for i, word in enumerate(words):
        if word == "--":
            break
        if word == "--lang" and i + 1 < len(words):
            return words[i + 1]
        if word.startswith("--lang="):
            return word.removeprefix("--lang=")
    return None


@functools.cache
def _options() -> tuple[frozenset[str], frozenset[str]]:
    """Every option string of the command and its subcommands, and those of them that take a value
    (so that the word after one is not taken for the command)."""
    found: set[str] = set()
    valued: set[str] = set()
    parsers = [_parser()]
    while parsers:
        parser = parsers.pop()
        for action in parser._actions:
            found.update(action.option_strings)
            if action.nargs != 0:
                valued.update(action.option_strings)
            if isinstance(action, argparse._SubParsersAction):
                parsers += action.choices.values()
    return frozenset(found), frozenset(valued)


def _command_first(words: list[str]) -> list[str]:
    """The words with the command first: ``--lang en today`` is ``today --lang en``; with no command,
    ``2025-03`` is a month and anything else the year view."""
    options, valued = _options()
    i = 0
    while i < len(words) and words[i] != "--":
        word = words[i]
        if word in ("-h", "--help", "--version"):  # azcal --lang en --version: the whole command's
            return words[i : i + 1]
        if word in valued:
            i += 2
        elif word.startswith("-") and not re.fullmatch(r"-[0-9]+", word):
            if word.split("=", 1)[0] not in options:  # "--la": a guess at what follows would mislead
                raise UsageError(f"unrecognized option: {quoted(word)}")
            i += 1
        elif word in COMMANDS:
            return [word, *words[:i], *words[i + 1 :]]
        elif re.fullmatch(r"[^\W\d_][\w-]*", word):  # a word, not a number: a command mistyped or unknown
            raise UsageError(_unknown_command(word))
        else:
            return ["month" if re.fullmatch(r"[0-9]{4}-[0-9]{2}", word) else "year", *words]
    if words[:1] in (["-h"], ["--help"], ["--version"]):
        return words
    return ["year", *words]


def _unknown_command(word: str) -> str:
    """An unknown command named as one, with the nearest command, or the list of them."""
    import difflib

    key = word.lower()
    near = MEANT.get(key) or next(iter(difflib.get_close_matches(key, COMMANDS, n=1, cutoff=0.6)), None)
    if near:
        return f"unknown command: {quoted(word)} (did you mean {quoted(near)}?)"
    return f"unknown command: {quoted(word)} (the commands: {', '.join(COMMANDS)})"


def _command(args: argparse.Namespace) -> tuple[int, str | bytes]:
    """The exit status and what goes to standard output (b"" when a file was written instead)."""
    if args.command == "check":
        if bool(args.files) == args.official:
            raise UsageError("check: give rules files, or --official for the packaged data")
        return _check(args.files, args.json, args.official)
    if args.command == "completion":
        from .completion import script

        return 0, script(args.shell)
    if args.command == "serve":
        return _serve(args)
    if args.command == "is-workday":
        try:  # any problem is bad input here: 1 means a day off
            workday = Calendar(as_of=args.as_of, rules=args.rules, week=args.week).is_workday(args.date)
        except AzcalError as exc:
            raise UsageError(str(exc)) from None
        if args.verbose:
            words = PHRASES[args.lang]
            return (0 if workday else 1), f"{args.date.isoformat()}: {words['workday' if workday else 'not_workday']}"
        return (0 if workday else 1), b""
    if args.command == "changes":
        return 0, _changes(args)
    calendar = Calendar(as_of=args.as_of, rules=args.rules, week=args.week)
    if args.command == "ics":
        years = sorted({year for span in args.years for year in span})
        return 0, _to(args.output, to_ics(calendar, years, args.lang, include=args.include, group=args.group))
    if args.command == "html":
        page = year_html(calendar, args.year or today_in_baku().year, args.lang)
        return 0, _to(args.output, page.encode("utf-8"))  # the page declares UTF-8
    if args.command == "export":
        binary = args.format in ("xlsx", "parquet")
        if binary and args.output is None and sys.stdout is not None and sys.stdout.isatty():
            raise UsageError(f"{args.format} is a binary format: give -o FILE")
        years = sorted({year for span in args.years for year in span})
        return 0, _to(args.output, export(calendar, years, args.format, args.lang, args.delimiter))
    return 0, _run(args, calendar)


def _changes(args: argparse.Namespace) -> str:
    found = changes(args.since, args.until, week=args.week)
    version = official(args.week).data_version
    if args.json:
        return _json(changes_record(found, args.since, args.until, args.week, version, args.lang))
    return changes_text(found, args.since, args.until, args.week, version, args.lang)


def _serve(args: argparse.Namespace) -> tuple[int, str]:
    """Run the service until it is stopped; nothing more to print."""
    try:
        from .server import Settings, serve, trusted_proxies
    except ImportError:  # the extra is not installed
        raise MissingExtraError("the service needs FastAPI and granian: pip install 'azcal[server]'") from None
    settings = Settings(
        rules=tuple(args.rules),
        as_of=args.as_of.isoformat() if args.as_of else None,
        week=args.week,
        forwarded_allow_ips=trusted_proxies(args.forwarded_allow_ips),
        header_timeout=args.header_timeout,
        send_timeout=args.send_timeout,
        max_connections=args.max_connections,
    )
    serve(args.host, args.port, args.workers, settings)
    return 0, ""


def _port(text: str) -> int:
    number = _int(text)
    if not 0 <= number <= 65535:
        raise argparse.ArgumentTypeError(f"not a port (0-65535): {text!r}")
    return number


def _to(output: str | None, data: bytes) -> bytes:
    """``data`` written to the file ``output``, whole or not at all; or, without one, for standard output."""
    if output is None:
        return data
    write_file(output, data)
    return b""


def _emit(output: str | bytes) -> None:
    """Write to standard output, or raise one OutputError that says why it cannot be written."""
    stream = sys.stdout
    if stream is None:  # started with standard output closed
        raise OutputError("cannot write the output: standard output is closed")
    try:
        if isinstance(output, bytes):
            buffer = getattr(stream, "buffer", None)
            if buffer is not None:
                buffer.write(output)  # bytes as they are: CRLF must stay CRLF, UTF-8 stay UTF-8
            elif output:  # a stream of text only (io.StringIO, a notebook): a text file goes as its text
                try:
                    stream.write(output.decode("utf-8"))
                except UnicodeDecodeError:
                    raise OutputError("standard output takes text only: give -o FILE for this file") from None
        else:
            stream.write(_shown(output if output.endswith("\n") else output + "\n"))
        stream.flush()
    except BrokenPipeError:
        raise
    except (OSError, ValueError) as exc:  # a full disk, a closed stream
        _drop_stdout()
        raise OutputError(f"cannot write the output: {getattr(exc, 'strerror', None) or exc}") from None


def _drop_stdout() -> None:
    """Point standard output at the null device, so that Python's own flush at exit cannot fail again."""
    with contextlib.suppress(OSError, ValueError, AttributeError):
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, sys.stdout.fileno())
        os.close(null)


def _tolerate_any_encoding() -> None:
    """Text an output encoding cannot hold (``PYTHONIOENCODING=ascii``, the C locale) becomes ``?``
    rather than an error; JSON is written with ASCII escapes instead, so it stays exact."""
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper) and not _holds_unicode(stream):
            with contextlib.suppress(OSError, ValueError):
                stream.reconfigure(errors="replace")


def _holds_unicode(stream: object) -> bool:
    encoding = getattr(stream, "encoding", None)
    if encoding is None:  # a stream of str with no encoding of its own (io.StringIO): it holds any text
        return True
    return codecs.lookup(encoding).name in ("utf-8", "utf-16", "utf-32", "gb18030")


def _shown(text: str) -> str:
    """``text`` with what no encoding can write (a file name's undecodable bytes) as backslash escapes."""
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def _fail(message: str, status: int, as_json: bool) -> int:
    """One line on standard error (nowhere, if it is closed) and the exit status."""
    message = _shown(_shortened(message))
    line = _json({"error": message, "status": status}, indent=None) if as_json else f"azcal: {message}"
    stream = sys.stderr
    if stream is not None:
        with contextlib.suppress(OSError, ValueError):
            stream.write(line.replace("\n", " ") + "\n")
            stream.flush()
    return status


def _shortened(message: str) -> str:
    """``message`` with each very long word (an argument echoed back: a 100 kB ``--lang``) cut to its two ends."""
    keep = LONGEST_WORD // 2
    return re.sub(rf"\S{{{LONGEST_WORD + 1},}}", lambda word: f"{word[0][:keep]}...{word[0][-keep:]}", message)


def _check(files: list[str], as_json: bool, official: bool = False) -> tuple[int, str]:
    """The findings are the output: on standard output, one line each; status 1 if any file has a problem."""
    found = check_official() if official else {name: check_rules(name) for name in files}
    status = 1 if any(found.values()) else 0
    if as_json:
        report = [
            {
                "file": _shown(name),
                "ok": not errors,
                "errors": [
                    {"message": _shown(e.reason), "entry": e.entry and _shown(e.entry), "line": e.line} for e in errors
                ],
            }
            for name, errors in found.items()
        ]
        return status, _json(report)
    lines = [
        f"{name}: ok" if not errors else "\n".join(str(e).replace("\n", " ") for e in errors)
        for name, errors in found.items()
    ]
    return status, "\n".join(lines)


def _run(args: argparse.Namespace, cal: Calendar) -> str:
    lang: str = args.lang
    if args.command == "year":
        year = args.year or today_in_baku().year
        if args.json:
            return _json(year_record(cal, year, lang))
        terminal = _terminal()
        height = _height() if terminal["colour"] or _on_a_terminal() else None
        return year_view(cal, year, lang, height=height, named_days=args.list, **terminal)
    if args.command == "day":
        if args.end is None:
            day = cal.day(args.date)
            return _json(day_record(day, lang)) if args.json else _day_text(day, lang)
        if not 0 < (args.end - args.date).days <= 366:
            raise UsageError("argument end: a range of days runs forward, at most 366 days")
        days = list(cal.days(args.date, args.end))
        if args.json:
            return _json([day_record(day, lang) for day in days])
        return "\n\n".join(_day_text(day, lang) for day in days)
    if args.command == "month":
        year, month = args.month
        if args.json:
            first = dt.date(year, month, 1)
            in_month = cal.days(first, month_after(first))
            records = [day_record(d, lang) for d in in_month]
            return _json({"month": f"{year}-{month:02}", "week": cal.week, "days": records})
        return month_view(cal, year, month, lang, **_terminal())
    if args.command == "today":
        return _today_text(cal, lang, args.json)
    if args.command == "breaks":
        year = args.year or today_in_baku().year
        runs = cal.year(year).breaks()
        if args.json:
            return _json([break_record(b, lang) for b in runs])
        return "\n".join(_break_line(b, lang) for b in runs) or "-"
    if args.command == "workdays":
        start, end = _checked_range(args.start, args.end)
        if args.json:
            return _json(workdays_record(cal, start, end))
        return str(cal.workdays_between(start, end))
    if args.command == "add":
        if args.json:
            return _json(add_record(cal, args.date, args.n, args.roll))
        return cal.add_workdays(args.date, args.n, args.roll).isoformat()
    if args.command == "norms":
        norms = cal.norms(args.year or today_in_baku().year, args.week_hours)
        return _json(norms_record(norms)) if args.json else _norms_table(norms, lang)
    if args.command == "hours":
        start, end = _checked_range(args.start, args.end)
        if args.json:
            return _json(hours_record(cal, start, end, args.week_hours))
        return format(cal.working_hours(start, end, args.week_hours), "f")  # for scripts: always a "."
    if args.command == "leave":
        leave = cal.leave_end(args.start, args.days)
        return _json(leave_record(leave, lang, cal.week)) if args.json else _leave_text(leave, lang)
    raise UsageError(f"unknown command {args.command!r}")


def _checked_range(start: str, end: dt.date | None) -> tuple[dt.date, dt.date]:
    try:
        return _range(start, end)
    except argparse.ArgumentTypeError as exc:
        raise UsageError(f"argument START|PERIOD: {exc}") from None


def _today_text(cal: Calendar, lang: str, as_json: bool) -> str:
    """Today in Baku: what the day is, the next working day, and the break it is in."""
    today = today_in_baku()
    day = cal.day(today)
    try:
        following: dt.date | None = cal.next_workday(today)
    except YearOutOfRangeError:  # the last days of 2100: none within the range
        following = None
    run = next((r for r in cal.year(today.year).breaks() if r.start <= today <= r.end), None)
    if as_json:
        return _json(
            {
                "week": cal.week,
                "today": day_record(day, lang),
                "next_workday": following.isoformat() if following else None,
                "break": break_record(run, lang) if run else None,
            }
        )
    words, weekdays = PHRASES[lang], WEEKDAY_NAMES[lang]
    lines = [_day_text(day, lang)]
    if following:
        lines.append(f"{words['next_workday']}: {following.isoformat()}, {weekdays[following.weekday()]}")
    if run:
        lines.append(f"{words['in_break']}: {_break_line(run, lang)}")
    return "\n".join(lines)


def _terminal() -> dict[str, Any]:
    """How the views are drawn: in colour or not, how wide, and which day is today (in Baku)."""
    return {"colour": _use_colour(), "width": max(_width(), 20), "today": today_in_baku()}


def _width() -> int:
    """The terminal's own width when writing to one; else COLUMNS; else 80."""
    stream = sys.stdout
    try:
        if stream is not None and stream.isatty() and (columns := os.get_terminal_size(stream.fileno()).columns):
            return columns  # a new terminal may say 0 until it is sized: then COLUMNS
    except (OSError, ValueError, AttributeError):  # not a terminal after all
        pass
    setting = os.environ.get("COLUMNS", "")
    return int(setting) if setting.isascii() and setting.isdigit() and 0 < int(setting) < 10_000 else 80


def _on_a_terminal() -> bool:
    stream = sys.stdout
    try:
        return stream is not None and stream.isatty()
    except (OSError, ValueError):  # a closed stream
        return False


def _height() -> int | None:
    """The terminal's height (ioctl, else LINES) when writing to one; None for a pipe or a file."""
    with contextlib.suppress(OSError, ValueError, AttributeError):  # not a terminal after all
        if sys.stdout is not None and (lines := os.get_terminal_size(sys.stdout.fileno()).lines):
            return lines
    setting = os.environ.get("LINES", "")
    return int(setting) if setting.isascii() and setting.isdigit() and 0 < int(setting) < 10_000 else None


def _use_colour() -> bool:
    stream = sys.stdout  # None when standard output is closed: _emit says so
    # no-color.org: any NO_COLOR that is set and not empty turns colour off
    return (
        stream is not None and stream.isatty() and not os.environ.get("NO_COLOR") and os.environ.get("TERM") != "dumb"
    )


def _json(value: Any, indent: int | None = 2) -> str:
    # UTF-8 as it is where standard output holds it; ASCII escapes, which read back the same, elsewhere
    return json.dumps(value, ensure_ascii=not _holds_unicode(sys.stdout), indent=indent)


# -- one day --------------------------------------------------------------------------------------


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


def _day_text(day: Day, lang: str) -> str:
    words = PHRASES[lang]
    status = words["workday"] if day.is_workday else words["not_workday"]
    weekday = WEEKDAY_NAMES[lang][day.date.weekday()]
    lines = [f"{day.date.isoformat()}, {weekday}: {status} — {KINDS[lang][day.kind]}, {day.hours} {words['hours']}"]
    for o in day.observances:
        lines += _observance_lines(o, lang)
    text = reason_text(day, lang)
    if text and day.reason:
        lines.append(f"  {text}")
        if day.reason.rule is not Rule.WEEKEND:
            if day.reason.note:
                lines.append(f"    {day.reason.note.name(lang)}")
            lines.append(f"    {words['basis']}: {basis_text(day.reason.basis, lang)}")
            lines.append(f"    {words['source']}: {day.reason.source}")
    if day.shortened_before:
        lines.append("  " + words["shortened"].format(name=day.shortened_before.name(lang)))
    if day.estimated and not any(o.estimated for o in day.observances):
        lines.append(f"  ({words['estimated']})")
    lines.append(f"  {confidence_line(day, lang)}")
    return "\n".join(lines)


# -- breaks ---------------------------------------------------------------------------------------


def _break_line(run: Break, lang: str) -> str:
    words = PHRASES[lang]
    unit = (words["day"] if run.length == 1 else words["days"]).ljust(len(words["days"]))
    return f"{run.start.isoformat()} – {run.end.isoformat()}  {run.length:>2} {unit}  " + ", ".join(
        break_names(run, lang)
    )


# -- payroll --------------------------------------------------------------------------------------


def _norms_table(norms: Norms, lang: str) -> str:
    words = NORMS[lang]
    rows = [words.columns, *norm_rows(norms, lang)]
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    title = norms_title(norms.year, norms.week_hours, norms.week, lang)
    lines = [title, ""]
    for n, row in enumerate(rows):
        line = "  ".join(
            [row[0].ljust(widths[0])] + [cell.rjust(w) for cell, w in zip(row[1:], widths[1:], strict=True)]
        )
        lines.append(line)
        if n == 0 or row[0] in words.quarters:
            lines.append("-" * len(line))
    return "\n".join(lines)


def _leave_text(leave: Leave, lang: str) -> str:
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


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
