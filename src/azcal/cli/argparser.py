"""The command's argparse parser, with its help in the user's language: what reads a command line with
options, shows the help and names a mistake (``reading.py`` reads plain values without it)."""

from __future__ import annotations

import argparse
import os
import sys

from .arguments import Done, UsageError, WrongWord
from .commands import TABLE, USERS_LANGUAGE
from .streams import emit

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing: the command starts without it
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any, NoReturn


class _Parser(argparse.ArgumentParser):
    def __init__(self, *args: Any, **kwargs: Any):
        kwargs.setdefault("allow_abbrev", False)  # --la is not --lang: the same words before and after a command
        kwargs.setdefault("formatter_class", _Formatter)
        super().__init__(*args, **kwargs)
        self.in_language: Callable[[], None] | None = None  # puts the help in the user's language

    # The help is put in the user's language when it is first shown, not when the parser is built: a
    # command that runs shows none, and starts without reading the translations.
    def format_help(self) -> str:
        if self.in_language:
            self.in_language()
        return super().format_help()

    def format_usage(self) -> str:
        if self.in_language:
            self.in_language()
        return super().format_usage()

    def error(self, message: str) -> NoReturn:
        raise UsageError(message)

    def exit(self, status: int = 0, message: str | None = None) -> NoReturn:
        raise Done(status)  # main returns the status; no SystemExit from inside a library call

    def _print_message(self, message: str, file: Any = None) -> None:
        emit(message.rstrip("\n"))  # the help goes where all output goes, and fails as it does


class _Version(argparse.Action):
    """--version, which reads the data's version only when asked."""

    def __call__(self, parser: argparse.ArgumentParser, *args: object) -> None:
        from ..calendars import official
        from ..datapath import in_use
        from ..version import __version__

        parser._print_message(f"azcal {__version__} (data {official().data_version}, from {in_use().describe()})")
        parser.exit()


def parser(lang: str = "az", command: str | None = None, *, help_when_shown: bool = False) -> argparse.ArgumentParser:
    """The command's parser, its help in ``lang``; ``--lang`` defaults to ``lang`` (the user's language).

    With ``command``, the parser of that command alone: a command run builds only its own. With
    ``help_when_shown``, the help is put in ``lang`` when it is first shown, which a run that shows none
    never pays for; else at once, for whoever reads the parser's texts.
    """
    top = _Parser(
        prog="azcal",
        description="Azerbaijan's working-time calendar.",
        epilog="Run 'azcal COMMAND -h' for a command's options. With no command: the year view.",
    )
    top.add_argument("--version", action=_Version, nargs=0, help="the versions of azcal and its data")
    sub = top.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    parsers = [top]
    for name, each_command in TABLE.items() if command is None else [(command, TABLE[command])]:
        each = sub.add_parser(name, help=each_command.help)
        for argument in each_command.arguments:
            options = dict(argument.options)
            if options.get("default") is USERS_LANGUAGE:
                options["default"] = lang
            if "type" in options:
                options["type"] = _said_by_argparse(options["type"])
            each.add_argument(*argument.names, **options)
        parsers.append(each)
    if lang != "en":

        def in_language() -> None:
            for each in parsers:
                each.in_language = None  # once: the help of every parser is translated together
            _translate_help(top, lang)

        for each in parsers:
            each.in_language = in_language
        if not help_when_shown:
            in_language()
    return top


def _said_by_argparse(read: Callable[[str], Any]) -> Callable[[str], Any]:
    """``read`` with its WrongWord raised as the error argparse shows as it is, after the argument's name."""

    def reading(text: str) -> Any:
        try:
            return read(text)
        except WrongWord as exc:
            raise argparse.ArgumentTypeError(str(exc)) from None

    reading.__name__ = read.__name__  # argparse names the type by it, should it fail another way
    return reading


def completion_parser() -> argparse.ArgumentParser:
    """The command's parser, as the completion scripts are generated from it."""
    return parser("en")


def _translate_help(top: argparse.ArgumentParser, lang: str) -> None:
    """Every help text of ``top`` and its subcommands in ``lang``, and argparse's own headings."""
    from ..text.helptext import HEADINGS, HELP

    def said(text: str | None) -> str | None:
        return HELP[text][lang] if text in HELP else text

    def formatter(prog: str) -> argparse.HelpFormatter:
        return _Formatter(prog, {english: words[lang] for english, words in HEADINGS.items()})

    parsers = [top]
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
    """argparse's help, its headings ('usage: ', 'options') in the user's language (English by default)."""

    def __init__(self, prog: str, headings: dict[str, str] | None = None):
        super().__init__(prog, width=_columns() - 2)
        self.headings = headings or {}

    def add_usage(self, usage: Any, actions: Any, groups: Any, prefix: str | None = None) -> None:
        super().add_usage(usage, actions, groups, self.headings.get("usage: ") if prefix is None else prefix)

    def start_section(self, heading: str | None) -> None:
        super().start_section(self.headings.get(heading or "", heading))


def _columns() -> int:
    """The width argparse would take from ``shutil.get_terminal_size``, without importing shutil (and the
    compression modules it brings), which argparse does for every argument added."""
    try:
        columns = int(os.environ.get("COLUMNS", ""))
    except ValueError:
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns  # type: ignore[union-attr]
        except (AttributeError, ValueError, OSError):  # no terminal, or standard output closed
            columns = 0
    return columns or 80
