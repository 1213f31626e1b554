"""Calendars compiled whole into read-only arrays, their file format, and the precompiled official one.

As the tz database ships compiled zones, azcal ships the official calendar compiled: ``official.azcal``,
made from the TOML data by ``PYTHONPATH=src python -m azcal.compiled`` (see docs/rules-files.md), and
checked by the tests to be exactly what the data gives.
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
OFFICIAL_FILE = os.path.join(os.path.dirname(__file__), "official.azcal")
REGENERATE = "PYTHONPATH=src python -m azcal.compiled"  # run from a checkout of the repository

__all__ = [
    "ESTIMATED",
    "FIRST_DAY",
    "FIRST_ORDINAL",
    "LAST_DAY",
    "OFFICIAL_FILE",
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


def load_official() -> CompiledCalendar:
    """The packaged official calendar."""
    with open(OFFICIAL_FILE, "rb") as file:
        return load(file.read())
