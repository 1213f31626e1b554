"""Generate the shipped completion scripts from the command's parser: ``python -m azcal.completion``."""

from __future__ import annotations

import argparse
import os
import sys

from ..cli import completion_parser
from ..output import write_file
from . import SHELLS
from .fish import fish_script


def generate(shell: str) -> str:
    """The completion script for ``shell``, generated now (needs shtab for bash and zsh)."""
    parser = completion_parser()
    if shell == "fish":
        return fish_script(parser)
    import shtab

    for action in _actions(parser):
        if action.metavar == "FILE":  # rules files, -o: offer file names
            action.complete = shtab.FILE  # type: ignore[attr-defined]
    return str(shtab.complete(parser, shell))


def _actions(parser: argparse.ArgumentParser) -> list[argparse.Action]:
    """Every argument of the parser and of its subcommands."""
    found = list(parser._actions)
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                found += _actions(sub)
    return found


def main() -> int:
    folder = os.path.dirname(__file__)
    for shell, name in SHELLS.items():
        write_file(os.path.join(folder, name), generate(shell).encode("utf-8"))
        print(f"{name}: written")
    return 0


if __name__ == "__main__":
    sys.exit(main())
