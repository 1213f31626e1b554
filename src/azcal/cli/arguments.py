"""What the words of a command line mean: dates, years, periods, numbers, each checked as it is read.

A word that is not what its argument needs is a ``WrongWord`` naming the word, which the parser turns
into a usage error (exit status 2). Neither argparse nor re is imported here: reading a plain command
line needs neither.
"""

from __future__ import annotations

import datetime as dt

from ..dates import check_year, month_after, quoted, to_date
from ..errors import AzcalError

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing: the command starts without it
if TYPE_CHECKING:
    import re


class UsageError(Exception):
    """A mistake in the command line: exit status 2."""


class WrongWord(Exception):
    """A word its argument cannot take; the parser says it as ``argument DATE: <message>``."""


class Done(Exception):
    """A signal: argparse finished the command itself (``-h``), with this exit status."""

    def __init__(self, status: int):
        super().__init__(status)
        self.status = status


def digits(text: str) -> bool:
    """Whether ``text`` is one or more ASCII digits (``str.isdigit`` alone also takes '²' and '٢')."""
    return text.isascii() and text.isdigit()


def whole(text: str) -> int | None:
    """``text`` as a whole number written in ASCII digits, with an optional sign; else None.

    Python's int() also reads '2_025', ' 40 ' and other scripts' digits ('٢٠٢٥'); a command line means none of them.
    """
    # at most 4,000 digits, under the most Python reads (4,300): a larger number is no number of days either
    unsigned = text[1:] if text[:1] in ("+", "-") else text
    return int(text) if digits(unsigned) and len(unsigned) <= 4000 else None


def integer(text: str) -> int:
    number = whole(text)
    if number is None:
        raise WrongWord(f"not a whole number: {quoted(text)}")
    return number


def positive(text: str) -> int:
    number = integer(text)
    if number < 1:
        raise WrongWord(f"must be at least 1: {text!r}")
    return number


def port(text: str) -> int:
    number = integer(text)
    if not 0 <= number <= 65535:
        raise WrongWord(f"not a port (0-65535): {text!r}")
    return number


def year(text: str) -> int:
    number = whole(text)
    if number is None:
        raise WrongWord(f"not a year: {quoted(text)}")
    try:
        return check_year(number)
    except AzcalError as exc:
        raise WrongWord(str(exc)) from None


def years(text: str) -> range:
    """A year, or a range of years such as 2025-2027 (both ends included)."""
    first, dash, last = text.partition("-")
    numbers = whole(first), whole(last) if dash else whole(first)
    if numbers[0] is None or numbers[1] is None:
        raise WrongWord(f"not a year or a range of years such as 2025-2027: {quoted(text)}")
    try:
        start, end = check_year(numbers[0]), check_year(numbers[1])
    except AzcalError as exc:
        raise WrongWord(str(exc)) from None
    if end < start:
        raise WrongWord(f"a range of years runs forward: {text!r}")
    return range(start, end + 1)


def date(text: str) -> dt.date:
    """YYYY-MM-DD, or DD.MM.YYYY as dates are written in Azerbaijan."""
    if "." not in text:
        try:
            return to_date(text)
        except AzcalError as exc:
            raise WrongWord(str(exc)) from None
    import re

    if written := re.fullmatch(r"([0-9]{2})\.([0-9]{2})\.([0-9]{4})", text):
        try:
            return dt.date(int(written[3]), int(written[2]), int(written[1]))
        except ValueError as exc:
            raise WrongWord(f"not a real date: {quoted(text)} ({exc})") from None
    raise WrongWord(f"not a date in the form YYYY-MM-DD or DD.MM.YYYY: {quoted(text)}")


def month(text: str) -> tuple[int, int]:
    import re

    if not re.fullmatch(r"[0-9]{4}-(0[1-9]|1[0-2])", text):
        raise WrongWord(f"not a month in the form YYYY-MM: {quoted(text)}")
    return year(text[:4]), int(text[5:])


def kinds_of_event(text: str) -> list[str]:
    """The ``--include`` list: comma-separated kinds of iCalendar event."""
    from ..exports.choices import INCLUDE

    names = [name.strip() for name in text.split(",") if name.strip()]
    unknown = [name for name in names if name not in INCLUDE]
    if unknown or not names:
        raise WrongWord(f"unknown kind of event {', '.join(unknown) or text!r}; choose from {','.join(INCLUDE)}")
    return names


def output(text: str) -> str:
    if not text.strip():
        raise WrongWord("the output file name is empty")
    return text


def span(start: str, end: dt.date | None) -> tuple[dt.date, dt.date]:
    """START END as dates, or START alone as a period: a year, a month or a quarter, end exclusive."""
    if end is not None:
        try:
            return date(start), end
        except WrongWord as exc:
            raise UsageError(f"argument START|PERIOD: {exc}") from None
    import re

    if period := re.fullmatch(r"([0-9]{4})(?:-(0[1-9]|1[0-2])|-Q([1-4]))?", start):
        return _period(period)
    if re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}|[0-9]{2}\.[0-9]{2}\.[0-9]{4}", start):
        raise UsageError("argument START|PERIOD: a range needs its END too: START END, or a period such as 2026-03")
    raise UsageError(f"argument START|PERIOD: not a date or a period (2026, 2026-03, 2026-Q1): {quoted(start)}")


def _period(found: re.Match[str]) -> tuple[dt.date, dt.date]:
    try:
        first = year(found[1])
    except WrongWord as exc:
        raise UsageError(f"argument START|PERIOD: {exc}") from None
    if found[2]:
        begin = dt.date(first, int(found[2]), 1)
        return begin, month_after(begin)
    if found[3]:
        quarter = int(found[3])
        return dt.date(first, 3 * quarter - 2, 1), dt.date(first + quarter // 4, (3 * quarter) % 12 + 1, 1)
    return dt.date(first, 1, 1), dt.date(first + 1, 1, 1)
