"""Every command of ``azcal``: its help, its arguments and the function that answers it, in one table.

The arguments are written as data, so that the command line can be routed (which word is the command,
which option takes a value) without building every command's parser: only the command run is built.
Plain classes, not dataclasses: importing dataclasses would double the command's start-up.
"""

from __future__ import annotations

from ..arguments import LANGUAGES, ROLLS, WEEK_HOURS, WEEKS
from ..exports.choices import FORMATS, GROUPS, INCLUDE
from . import answers, arguments, files, tools
from .streams import Answer

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing: the command starts without it
if TYPE_CHECKING:
    import argparse
    from collections.abc import Callable
    from typing import Any


class Argument:
    """One ``add_argument`` call: the names, and argparse's keyword arguments."""

    __slots__ = ("names", "options")

    def __init__(self, names: tuple[str, ...], options: dict[str, Any]):
        self.names, self.options = names, options

    @property
    def takes_a_value(self) -> bool:
        return self.names[0].startswith("-") and self.options.get("action") != "store_true"

    @property
    def dest(self) -> str:
        """The attribute argparse gives the argument: ``--as-of`` is ``as_of``, ``date`` is ``date``."""
        if "dest" in self.options:
            return str(self.options["dest"])
        if not self.names[0].startswith("-"):
            return self.names[0]
        named = next((name for name in self.names if name.startswith("--")), self.names[0])
        return named.lstrip("-").replace("-", "_")


def arg(*names: str, **options: Any) -> Argument:
    return Argument(names, options)


class Command:
    """A command: its help, its arguments in the order its help lists them, the function that answers it."""

    __slots__ = ("arguments", "help", "run")

    def __init__(self, help: str, arguments: tuple[Argument, ...], run: Callable[[argparse.Namespace], Answer]):
        self.help, self.arguments, self.run = help, arguments, run


USERS_LANGUAGE = object()  # the default of --lang: the user's language, known when the parser is built

LANG = arg(
    "--lang",
    choices=LANGUAGES,
    default=USERS_LANGUAGE,
    help="the language of names and text (default: AZCAL_LANG, else the locale's, else az)",
)
WEEK = arg(
    "--week",
    type=arguments.integer,
    choices=WEEKS,
    default=5,
    help="working days a week: 5, or 6 (Monday to Saturday) (default: 5)",
)
WHICH = (  # which calendar, in which language: every command that reads one
    LANG,
    arg("--as-of", metavar="DATE", type=arguments.date, help="the calendar as known on DATE (later decisions ignored)"),
    arg(
        "--rules",
        metavar="FILE",
        action="append",
        default=[],
        help="layer your own rules file over the official data (may repeat)",
    ),
    WEEK,
)
JSON = arg("--json", action="store_true", help="print JSON for scripts")
COMMON = (*WHICH, JSON)
PERIOD = (
    arg("start", metavar="START|PERIOD", help="a date, or a period: 2026, 2026-03, 2026-Q1"),
    arg("end", nargs="?", type=arguments.date, metavar="END"),
)
YEARS = arg("years", nargs="+", type=arguments.years, metavar="YEAR", help="a year or a range such as 2025-2027")
WEEK_HOURS_OPTION = arg(
    "--week-hours",
    type=arguments.integer,
    choices=WEEK_HOURS,
    default=40,
    help="the working week: 40 hours, or the reduced 36 or 24 (default: 40)",
)
REPLACED = "write to FILE, replaced whole (default: standard output)"
OUTPUT = arg("-o", "--output", type=arguments.output, metavar="FILE", help=REPLACED)
SERVICE = (
    arg("--host", default="127.0.0.1", help="the address to listen on (default: 127.0.0.1)"),
    arg("--port", type=arguments.port, default=8000, help="the port to listen on (default: 8000)"),
    arg("--workers", type=arguments.positive, default=1, help="worker processes (default: 1)"),
    arg("--as-of", metavar="DATE", type=arguments.date, help="the calendar as known on DATE"),
    arg("--rules", metavar="FILE", action="append", default=[], help="your own rules file (may repeat)"),
    arg(
        "--week",
        type=arguments.integer,
        choices=WEEKS,
        default=5,
        help="the week answered when a request names none (default: 5)",
    ),
    arg(
        "--header-timeout",
        metavar="SECONDS",
        type=arguments.positive,
        default=10,
        help="a client's time to send a request's headers, and an idle connection's (1-60, default: 10)",
    ),
    arg(
        "--send-timeout",
        metavar="SECONDS",
        type=arguments.positive,
        default=30,
        help="a client's time to take each part of an answer (default: 30)",
    ),
    arg(
        "--max-connections",
        metavar="N",
        type=arguments.positive,
        help="connections a worker holds open; the next ones wait (default: 512, or what the open-file limit allows)",
    ),
    arg(
        "--forwarded-allow-ips",
        metavar="LIST",
        default="127.0.0.1,::1",
        help="proxies trusted for X-Forwarded-For: addresses or networks, with commas; '' for none (default: loopback)",
    ),
)

# in the order the help lists them
TABLE: dict[str, Command] = {
    "year": Command(
        "the year at a glance (default command)",
        (
            *COMMON,
            arg("year", nargs="?", type=arguments.year, help="the year (default: this year)"),
            arg(
                "--list",
                action="store_true",
                help="also print the named days (on a terminal they are left out, to keep the grid on screen)",
            ),
        ),
        answers.year,
    ),
    "month": Command(
        "one month at a glance (also: azcal 2025-03)",
        (*COMMON, arg("month", type=arguments.month, metavar="YYYY-MM")),
        answers.month,
    ),
    "today": Command("today in Baku: its status, the next working day, its break", COMMON, answers.today),
    "day": Command(
        "a date's status and why, or each date's in [DATE, END)",
        (
            *COMMON,
            arg("date", type=arguments.date),
            arg("end", nargs="?", type=arguments.date, help="the end of a range of days (not included)"),
        ),
        answers.day,
    ),
    "is-workday": Command(
        "exit 0 on a working day, 1 on a day off, 2 for bad input (for scripts)",
        (
            *WHICH,
            arg("date", type=arguments.date),
            arg("-v", "--verbose", action="store_true", help="also print the day's status"),
        ),
        answers.is_workday,
    ),
    "changes": Command(
        "the days that acts adopted after --since changed, and the acts",
        (
            LANG,
            WEEK,
            JSON,
            arg("--since", metavar="DATE", type=arguments.date, required=True, help="the calendar as known on DATE"),
            arg(
                "--until",
                metavar="DATE",
                type=arguments.date,
                help="against the calendar as known on DATE (default: the data in use)",
            ),
        ),
        answers.changes,
    ),
    "breaks": Command(
        "runs of consecutive days off in a year",
        (*COMMON, arg("year", nargs="?", type=arguments.year)),
        answers.breaks,
    ),
    "workdays": Command("working days in [START, END), or in a PERIOD", (*COMMON, *PERIOD), answers.workdays),
    "add": Command(
        "the date N working days after DATE",
        (
            *COMMON,
            arg("date", type=arguments.date),
            arg("n", type=arguments.integer, metavar="N"),
            arg(
                "--roll",
                choices=ROLLS,
                default="following",
                help="where to start when DATE is not a working day (default: following)",
            ),
        ),
        answers.add,
    ),
    "norms": Command(
        "working days and hours per month (payroll)",
        (*COMMON, WEEK_HOURS_OPTION, arg("year", nargs="?", type=arguments.year)),
        answers.norms,
    ),
    "hours": Command(
        "working hours in [START, END), or in a PERIOD", (*COMMON, WEEK_HOURS_OPTION, *PERIOD), answers.hours
    ),
    "leave": Command(
        "where an annual leave of DAYS calendar days ends",
        (
            *COMMON,
            arg("start", type=arguments.date),
            arg("days", type=arguments.positive, help="calendar days of leave"),
        ),
        answers.leave,
    ),
    "ics": Command(
        "an iCalendar file of one or more years (RFC 5545)",
        (
            *COMMON,
            YEARS,
            OUTPUT,
            arg(
                "--include",
                type=arguments.kinds_of_event,
                metavar="KINDS",
                help=f"comma-separated kinds of event: {', '.join(INCLUDE)} (default: all but declared_mourning)",
            ),
            arg("--group", choices=GROUPS, default="day", help="one event per day, or per run of days (default: day)"),
        ),
        files.ics,
    ),
    "html": Command(
        "a printable year page: months, days, norms (one A4 page)",
        (*WHICH, arg("year", nargs="?", type=arguments.year, help="the year (default: this year)"), OUTPUT),
        files.html,
    ),
    "export": Command(
        "the calendar as CSV, JSON, an Excel workbook or xmlcalendar",
        (
            *WHICH,
            YEARS,
            arg(
                "--format",
                required=True,
                choices=FORMATS,
                help="csv, json, xlsx (Excel), xmlcalendar, 1c (1c-en: an English configuration), erpnext "
                "(erpnext-csv: its Data Import), odoo or parquet (docs/exports.md)",
            ),
            arg(
                "--delimiter",
                choices=(",", ";"),
                help="the CSV field separator: ; for Excel set to Azerbaijani or Russian (default: ,)",
            ),
            arg(
                "-o",
                "--output",
                type=arguments.output,
                metavar="FILE",
                help="write to FILE, whole or not at all (default: standard output)",
            ),
        ),
        files.export,
    ),
    "serve": Command("the HTTP service: the isdayoff API, a JSON API and files (azcal[server])", SERVICE, tools.serve),
    "completion": Command(
        "the shell completion script for bash, zsh or fish",
        (arg("shell", choices=("bash", "zsh", "fish")),),
        tools.completion,
    ),
    "check": Command(
        "check rules files: every problem listed; exit 1 if there is any",
        (
            JSON,
            arg(
                "--official",
                action="store_true",
                help="check the packaged official data instead of FILEs (as CI does)",
            ),
            arg("files", nargs="*", metavar="FILE"),
        ),
        tools.check,
    ),
}

# the commands as the errors list them
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
# every option of the command, and those that take a value (so the word after one is not taken for a command)
WHOLE = ("-h", "--help", "--version")
OPTIONS = frozenset(
    WHOLE + tuple(name for c in TABLE.values() for a in c.arguments for name in a.names if name.startswith("-"))
)
VALUED = frozenset(name for c in TABLE.values() for a in c.arguments if a.takes_a_value for name in a.names)
