"""Generate the shipped completion scripts from the command's parser: ``python -m azcal.completion``."""

from __future__ import annotations

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

    return str(shtab.complete(parser, shell))


def main() -> int:
    folder = os.path.dirname(__file__)
    for shell, name in SHELLS.items():
        write_file(os.path.join(folder, name), generate(shell).encode("utf-8"))
        print(f"{name}: written")
    return 0


if __name__ == "__main__":
    sys.exit(main())
