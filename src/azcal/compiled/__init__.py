"""Calendars compiled whole into read-only arrays, their file format, and the precompiled official ones.

As the tz database ships compiled zones, azcal ships the official calendar compiled, one file per
working week: ``official.azcal`` (five days) and ``official-week6.azcal`` (six). Both are made from
the TOML data by ``PYTHONPATH=src python -m azcal.compiled`` (see docs/rules-files.md) and checked by
the tests to be exactly what the data gives.
"""

from __future__ import annotations

import os

from .fileformat import CompiledFileError, dump, load
from .table import (
    ESTIMATED,
    FIRST_DAY,
    FIRST_ORDINAL,
    LAST_DAY,
    SHORTENED,
    SPAN,
    WORKDAY,
    CompiledCalendar,
    Tables,
    date_at,
    index_of,
)

# Beside this module, read by path: importlib.resources would cost `import azcal` more than the read.
OFFICIAL_FILES = {
    5: os.path.join(os.path.dirname(__file__), "official.azcal"),
    6: os.path.join(os.path.dirname(__file__), "official-week6.azcal"),
}
OFFICIAL_FILE = OFFICIAL_FILES[5]
REGENERATE = "PYTHONPATH=src python -m azcal.compiled"  # run from a checkout of the repository
REMEDY = f"reinstall azcal, or in a checkout of its repository run {REGENERATE}"

__all__ = [
    "ESTIMATED",
    "FIRST_DAY",
    "FIRST_ORDINAL",
    "LAST_DAY",
    "OFFICIAL_FILE",
    "OFFICIAL_FILES",
    "REGENERATE",
    "REMEDY",
    "SHORTENED",
    "SPAN",
    "WORKDAY",
    "CompiledCalendar",
    "CompiledFileError",
    "Tables",
    "check_sources",
    "date_at",
    "dump",
    "index_of",
    "load",
    "load_official",
]


def load_official(week: int = 5) -> CompiledCalendar:
    """The packaged official calendar of a ``week``-day working week, checked whole and to be that week's."""
    path = OFFICIAL_FILES[week]
    try:
        with open(path, "rb") as file:
            compiled = load(file.read())
        if compiled.week != week:  # one week's file copied over the other's
            raise CompiledFileError(f"holds the {compiled.week}-day week's calendar, not the {week}-day week's")
    except OSError as exc:
        raise CompiledFileError(f"{path}: cannot be read ({exc.strerror or exc}); {REMEDY}") from None
    except CompiledFileError as exc:
        raise CompiledFileError(f"{path}: {exc}; {REMEDY}") from None
    return compiled


def check_sources(compiled: CompiledCalendar) -> None:
    """That the official ``compiled`` calendar was made from the packaged data files beside it: otherwise a
    calendar compiled from those files (``as_of``, rules files) would answer otherwise than it does."""
    from ..law.digest import packaged_digest

    if compiled.sources != packaged_digest():
        raise CompiledFileError(
            f"{OFFICIAL_FILES[compiled.week]}: not compiled from the data files beside it "
            f"(azcal/law/data changed since); {REMEDY}"
        )
