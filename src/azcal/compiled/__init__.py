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

__all__ = [
    "ESTIMATED",
    "FIRST_DAY",
    "FIRST_ORDINAL",
    "LAST_DAY",
    "OFFICIAL_FILE",
    "OFFICIAL_FILES",
    "REGENERATE",
    "SHORTENED",
    "SPAN",
    "WORKDAY",
    "CompiledCalendar",
    "CompiledFileError",
    "Tables",
    "date_at",
    "dump",
    "index_of",
    "load",
    "load_official",
]


def load_official(week: int = 5) -> CompiledCalendar:
    """The packaged official calendar of a ``week``-day working week."""
    with open(OFFICIAL_FILES[week], "rb") as file:
        return load(file.read())
