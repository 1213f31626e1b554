"""Compile the official calendar from the TOML data into ``official.azcal``: ``python -m azcal.compiled``.

Run it from a checkout with ``PYTHONPATH=src`` after any change to ``law/data``; ``--check`` only says
whether the committed file is up to date; ``--estimates`` first takes the estimated Eid dates anew from
the installed ``holidays`` package into ``law/data/estimates.toml``.
"""

from __future__ import annotations

import argparse
import os
import sys

from ..engine import compile_official
from ..law.estimates import FILE, from_holidays, packaged, render
from ..output import write_file
from . import OFFICIAL_FILE, REGENERATE, dump


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m azcal.compiled", description=__doc__)
    what = parser.add_mutually_exclusive_group()  # --check never writes
    what.add_argument("--check", action="store_true", help="exit 1 if official.azcal is not what the data gives")
    what.add_argument("--estimates", action="store_true", help=f"refresh law/data/{FILE} from holidays first")
    args = parser.parse_args(argv)
    if args.estimates:
        path = os.path.join(os.path.dirname(os.path.dirname(__file__)), "law", "data", FILE)
        write_file(path, render(*from_holidays()).encode("utf-8"))
        packaged.cache_clear()
    data = dump(compile_official())
    try:
        with open(OFFICIAL_FILE, "rb") as file:
            current = file.read()
    except FileNotFoundError:
        current = b""
    if args.check:
        if current != data:
            print(f"{OFFICIAL_FILE} is out of date: run {REGENERATE}", file=sys.stderr)
            return 1
        print(f"{OFFICIAL_FILE} is up to date")
        return 0
    if current != data:
        write_file(OFFICIAL_FILE, data)
    print(f"{OFFICIAL_FILE}: {len(data):,} bytes{'' if current != data else ', unchanged'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
