"""Compile the official calendar from the TOML data into its files, one per working week (``official.azcal``,
``official-week6.azcal``), and in a checkout the JavaScript package's data from them (``js/data.js``):
``python -m azcal.compiled``.

Run it from a checkout with ``PYTHONPATH=src`` after any change to ``law/data``; ``--check`` only says
whether the committed files are up to date; ``--estimates`` first takes the estimated Eid dates anew from
the installed ``holidays`` package into ``law/data/estimates.toml``; ``--release azcal-data`` fills the
data-only distribution from the data in use (``azcal.compiled.release``).
"""

from __future__ import annotations

import argparse
import os
import sys

from ..engine import compile_official
from ..errors import AzcalError
from ..law.estimates import FILE, _estimates_of, from_holidays, render
from ..model import WEEKS
from ..output import write_file
from . import OFFICIAL_FILES, REGENERATE, dump
from .javascript import package_data, package_data_file
from .release import release


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m azcal.compiled", description=__doc__)
    what = parser.add_mutually_exclusive_group()  # --check never writes
    what.add_argument("--check", action="store_true", help="exit 1 if a compiled file is not what the data gives")
    what.add_argument("--estimates", action="store_true", help=f"refresh law/data/{FILE} from holidays first")
    what.add_argument(
        "--release", metavar="FOLDER", help="fill the azcal-data distribution in FOLDER from the data in use, and stop"
    )
    args = parser.parse_args(argv)
    if args.release:
        try:
            version = release(args.release)
        except (OSError, AzcalError) as exc:
            print(f"python -m azcal.compiled: {exc}", file=sys.stderr)
            return 2
        print(f"{args.release}: azcal-data {version}; build it with: python -m pip wheel --no-deps {args.release}")
        return 0
    if args.estimates:
        path = os.path.join(os.path.dirname(os.path.dirname(__file__)), "law", "data", FILE)
        write_file(path, render(*from_holidays()).encode("utf-8"))
        _estimates_of.cache_clear()
    status = 0
    compiled = {week: compile_official(week) for week in WEEKS}
    files = [(OFFICIAL_FILES[week], dump(compiled[week])) for week in WEEKS]
    javascript = package_data_file()
    if javascript is not None:  # a checkout: the JavaScript package answers from the same calendars
        files.append((javascript, package_data(compiled)))
    for path, data in files:
        try:
            with open(path, "rb") as file:
                current = file.read()
        except FileNotFoundError:
            current = b""
        if args.check:
            if current != data:
                print(f"{path} is out of date: run {REGENERATE}", file=sys.stderr)
                status = 1
            else:
                print(f"{path} is up to date")
            continue
        if current != data:
            write_file(path, data)
        print(f"{path}: {len(data):,} bytes{'' if current != data else ', unchanged'}")
    return status


if __name__ == "__main__":
    sys.exit(main())
