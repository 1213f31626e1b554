"""The commands that write files: an iCalendar file, the printable page, an export for other systems.

A file goes to standard output, or with ``-o`` to a file replaced whole or not at all.
"""

from __future__ import annotations

import sys

from ..dates import today_in_baku
from .answers import calendar
from .arguments import UsageError
from .streams import Answer

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing: the command starts without it
if TYPE_CHECKING:
    import argparse


def ics(args: argparse.Namespace) -> Answer:
    from ..exports.ics import to_ics

    cal = calendar(args)
    return _to(args.output, to_ics(cal, _years(args), args.lang, include=args.include, group=args.group))


def html(args: argparse.Namespace) -> Answer:
    from ..exports.page import year_html

    page = year_html(calendar(args), args.year or today_in_baku().year, args.lang)
    return _to(args.output, page.encode("utf-8"))  # the page declares UTF-8


def export(args: argparse.Namespace) -> Answer:
    from ..exports.formats import export as export_file

    cal = calendar(args)
    binary = args.format in ("xlsx", "parquet")
    if binary and args.output is None and sys.stdout is not None and sys.stdout.isatty():
        raise UsageError(f"{args.format} is a binary format: give -o FILE")
    return _to(args.output, export_file(cal, _years(args), args.format, args.lang, args.delimiter))


def _years(args: argparse.Namespace) -> list[int]:
    """The years the ranges on the command line name, each once, in order."""
    return sorted({year for span in args.years for year in span})


def _to(output: str | None, data: bytes) -> Answer:
    """``data`` written to the file ``output``, whole or not at all; or, without one, for standard output."""
    if output is None:
        return Answer(data)
    from ..output import write_file

    write_file(output, data)
    return Answer(b"")
