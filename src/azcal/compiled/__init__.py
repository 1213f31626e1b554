"""Calendars compiled whole into read-only arrays, their file format, and the precompiled official ones.

As the tz database ships compiled zones, azcal ships the official calendar compiled, one file per
working week: ``official.azcal`` (five days) and ``official-week6.azcal`` (six). Both are made from
the TOML data by ``PYTHONPATH=src python -m azcal.compiled`` (see docs/rules-files.md) and checked by
the tests to be exactly what the data gives.
"""

from __future__ import annotations

from ..datapath import PACKAGED, Base
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
OFFICIAL_FILES = PACKAGED.compiled
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


def load_official(week: int = 5, base: Base = PACKAGED) -> CompiledCalendar:
    """The official calendar of a ``week``-day working week that ``base`` ships compiled, checked whole and
    to be that week's."""
    path = base.compiled[week]
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


def check_sources(compiled: CompiledCalendar, base: Base = PACKAGED) -> None:
    """That ``base``'s compiled ``compiled`` calendar was made from the data files beside it: otherwise a
    calendar compiled from those files (``as_of``, rules files) would answer otherwise than it does."""
    from ..law.digest import packaged_digest

    if compiled.sources != packaged_digest(base):
        raise CompiledFileError(
            f"{base.compiled[compiled.week]}: not compiled from the data files beside it "
            f"({base.prefix.rstrip('/')} changed since); {REMEDY}"
        )
