"""The ``azcal`` command: a year at a glance, a date's status and why, breaks, workday arithmetic, payroll.

``main`` reads the words, finds the command (commands.py: each command's help, arguments and the function
that answers it), parses its arguments alone, runs it and writes its answer; every mistake is one line
in the user's language and an exit status: 2 for the command line, 1 for the data or a file.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

from ..errors import (
    ArgumentTypeError,
    AzcalError,
    DataFolderError,
    DateTypeError,
    InvalidArgumentError,
    InvalidDateError,
    NotAWorkdayError,
    OutputError,
    YearOutOfRangeError,
)
from ..text.messages import language, say, translated
from .arguments import Done, UsageError
from .commands import COMMANDS, TABLE
from .reading import arguments, command_first
from .streams import drop_stdout, emit, fail, tolerate_any_encoding

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing: the command starts without it
if TYPE_CHECKING:
    import argparse

__all__ = ["COMMANDS", "completion_parser", "main", "parser"]

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


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command ``argv`` (the process's arguments by default); the exit status."""
    words = list(sys.argv[1:] if argv is None else argv)
    wants_json = "--json" in words
    tolerate_any_encoding()
    try:
        lang = language(_requested_language(words), os.environ)
    except ValueError as exc:  # AZCAL_LANG names no language azcal speaks: said in the locale's
        return fail(str(exc), 2, wants_json)
    try:
        return _run(words, lang, wants_json)
    except Done as done:
        return done.status
    except UsageError as exc:
        usage = "usage: {message} (see 'azcal -h')"
        return fail(say(usage, lang, message=translated(str(exc), lang)), 2, wants_json)
    except BAD_INPUT as exc:  # a date, a year or a value the command was given: a mistake in the command line
        return fail(translated(str(exc), lang), 2, wants_json)
    except AzcalError as exc:  # the data or a file
        return fail(translated(str(exc), lang), 1, wants_json)
    except BrokenPipeError:  # the reader went away (`azcal 2025 | head -3`): nothing more to say
        drop_stdout()
    except KeyboardInterrupt:
        return 130
    return 0


def _run(words: list[str], lang: str, wants_json: bool) -> int:
    args = arguments(command_first(words), lang)
    answer = TABLE[args.command].run(args)
    if answer.output:  # is-workday says its answer by its status alone, even with no output to write to
        try:
            emit(answer.output)
        except OutputError as exc:
            if args.command == "is-workday":  # 1 would read as "a day off"
                return fail(translated(str(exc), lang), 2, wants_json)
            raise
        except BrokenPipeError:  # the reader went away: the answer's status stands
            drop_stdout()
    return answer.status


def parser(lang: str = "az", command: str | None = None) -> argparse.ArgumentParser:
    """The command's parser (argparse), its help in ``lang``; with ``command``, that command's alone."""
    from .argparser import parser

    return parser(lang, command)


def completion_parser() -> argparse.ArgumentParser:
    """The command's parser, as the completion scripts are generated from it."""
    from .argparser import completion_parser

    return completion_parser()


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
