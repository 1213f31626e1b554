"""The command line, read: which command its words name, and that command's arguments.

A script calls ``azcal is-workday 2025-01-20`` in a loop, a new process each time. Such a line, the
command and its values with no option, is read straight from the table of commands, as argparse would
read it; importing argparse and building its parser would cost more than answering. Anything else (an
option, ``-h``, a word the command cannot take) goes to argparse (argparser.py), which reads it and
names any mistake in its own words.
"""

from __future__ import annotations

from ..dates import quoted
from .arguments import UsageError, WrongWord, digits
from .commands import COMMANDS, MEANT, OPTIONS, TABLE, USERS_LANGUAGE, VALUED, WHOLE, Command

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing: the command starts without it
if TYPE_CHECKING:
    from argparse import Namespace
    from typing import Any
else:  # the answers read only a Namespace's attributes, which a SimpleNamespace has the same way
    from types import SimpleNamespace as Namespace

MODELLED = (None, "store", "store_true", "append")  # the actions of options read here as argparse does


def command_first(words: list[str]) -> list[str]:
    """The words with the command first: ``--lang en today`` is ``today --lang en``; with no command,
    ``2025-03`` is a month and anything else the year view."""
    i = 0
    while i < len(words) and words[i] != "--":
        word = words[i]
        if word in WHOLE:  # azcal --lang en --version: the whole command's
            return words[i : i + 1]
        if word in VALUED:
            i += 2
        elif word.startswith("-") and not digits(word[1:]):  # an option, not a negative number
            if word.split("=", 1)[0] not in OPTIONS:  # "--la": a guess at what follows would mislead
                raise UsageError(f"unrecognized option: {quoted(word)}")
            i += 1
        elif word in COMMANDS:
            return [word, *words[:i], *words[i + 1 :]]
        elif not digits(word[:1]) and _a_word(word):  # a word, not a number: a command mistyped or unknown
            raise UsageError(_unknown_command(word))
        else:
            return ["month" if _a_month(word) else "year", *words]
    if words[:1] in (["-h"], ["--help"], ["--version"]):
        return words
    return ["year", *words]


def arguments(words: list[str], lang: str) -> Namespace:
    """The arguments of ``words``, the command first; ``--lang`` defaults to ``lang``."""
    command = TABLE.get(words[0])
    plain = None if command is None else _plain(words, command, lang)
    if plain is not None:
        return plain
    from .argparser import parser

    return parser(lang, words[0] if command else None, help_when_shown=True).parse_args(words)


def _plain(words: list[str], command: Command, lang: str) -> Namespace | None:
    """The Namespace argparse would give for the command's values alone (no option), or None when argparse
    must read the words: an option, too many or too few values, a value its argument does not take."""
    values = words[1:]
    if any(value.startswith("-") for value in values):
        return None
    found: dict[str, Any] = {"version": None, "command": words[0]}  # --version: the top parser's, unset
    try:
        for argument in command.arguments:
            if argument.names[0].startswith("-"):
                if not _modelled(argument.options):
                    return None  # argparse's to read, or to say is missing
                found[argument.dest] = _default(argument.options, lang)
            else:
                taken = _positional(argument.options, values, lang)
                if taken is None:
                    return None
                found[argument.dest], values = taken
    except WrongWord:  # a value, or a default written as a word, that its argument does not take
        return None
    return None if values else Namespace(**found)


def _modelled(options: dict[str, Any]) -> bool:
    """Whether an option's value, when the line does not give it, is read here as argparse reads it."""
    return not options.get("required") and options.get("action") in MODELLED and "nargs" not in options


def _positional(options: dict[str, Any], values: list[str], lang: str) -> tuple[Any, list[str]] | None:
    """A positional argument's value and the values left after it; None when argparse must read them: a
    list of values, a value missing, a value not among its choices."""
    nargs = options.get("nargs")
    if nargs not in (None, "?") or (nargs is None and not values):
        return None
    if not values:
        return _default(options, lang), values
    value = options["type"](values[0]) if "type" in options else values[0]
    if "choices" in options and value not in options["choices"]:
        return None
    return value, values[1:]


def _default(options: dict[str, Any], lang: str) -> Any:
    """An argument's value when the command line does not give it, as argparse sets it."""
    if options.get("action") == "store_true":
        return options.get("default", False)
    value = options.get("default")
    if value is USERS_LANGUAGE:
        return lang
    if isinstance(value, str) and "type" in options:  # argparse reads a default written as a word
        return options["type"](value)
    return list(value) if isinstance(value, list) else value


def _a_word(word: str) -> bool:
    import re

    return re.fullmatch(r"[^\W\d_][\w-]*", word) is not None


def _a_month(word: str) -> bool:
    """YYYY-MM, as ``[0-9]{4}-[0-9]{2}``."""
    return len(word) == 7 and word[4] == "-" and digits(word[:4]) and digits(word[5:])


def _unknown_command(word: str) -> str:
    """An unknown command named as one, with the nearest command, or the list of them."""
    import difflib

    key = word.lower()
    near = MEANT.get(key) or next(iter(difflib.get_close_matches(key, COMMANDS, n=1, cutoff=0.6)), None)
    if near:
        return f"unknown command: {quoted(word)} (did you mean {quoted(near)}?)"
    return f"unknown command: {quoted(word)} (the commands: {', '.join(COMMANDS)})"
