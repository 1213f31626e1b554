"""Estimated dates of Ramazan and Qurban for the years the Cabinet has not (yet) decided.

The estimates are the ``holidays`` package's Islamic calendar for Azerbaijan, kept as data in
``data/estimates.toml``: every calendar (official, as of a date, with a user's rules) then uses the same
estimates, the precompiled official calendar regenerates byte for byte whatever ``holidays`` release is
installed, and no calendar imports ``holidays`` to be built. ``python -m azcal.compiled --estimates``
takes them anew from the installed ``holidays`` (see docs/rules-files.md).
"""

from __future__ import annotations

import datetime as dt
import os
import tomllib
from collections.abc import Mapping
from functools import cache

from ..datapath import Base, in_use
from ..dates import FIRST_YEAR, LAST_YEAR
from ..errors import RulesError

LUNAR_HOLIDAYS = ("eid_al_fitr", "eid_al_adha")
# a year's calendar looks at the holidays of the years beside it (a transfer can cross New Year)
YEARS = range(FIRST_YEAR - 1, LAST_YEAR + 2)
FILE = "estimates.toml"

Estimates = Mapping[str, Mapping[int, tuple[dt.date, ...]]]  # lunar holiday -> year -> its first days


def packaged(base: Base | None = None) -> Estimates:
    """The estimates of the official data in use (``azcal.datapath``), or of ``base``."""
    return _estimates_of(base or in_use().base)


@cache
def _estimates_of(base: Base) -> Estimates:
    name = base.prefix + FILE
    with open(os.path.join(base.folder, FILE), encoding="utf-8") as file:
        doc = tomllib.loads(file.read())
    estimates: dict[str, dict[int, tuple[dt.date, ...]]] = {}
    for lunar in LUNAR_HOLIDAYS:
        table = doc.get(lunar, {})
        years = {int(year): tuple(days) for year, days in table.items()}
        if sorted(years) != list(YEARS) or not all(
            all(type(d) is dt.date and d.year == y for d in days) for y, days in years.items()
        ):
            raise RulesError(f"[{lunar}] must give the first days in each year {YEARS[0]}-{YEARS[-1]}", file=name)
        estimates[lunar] = years
    return estimates


def from_holidays() -> tuple[str, Estimates]:
    """The installed ``holidays`` package's version and its estimates for every year azcal needs."""
    from importlib.metadata import version

    from holidays.countries.azerbaijan import AzerbaijanIslamicHolidays

    calendar = AzerbaijanIslamicHolidays()
    estimates = {
        lunar: {
            year: tuple(sorted({day for day, _ in getattr(calendar, f"{lunar}_dates")(year) if day.year == year}))
            for year in YEARS
        }
        for lunar in LUNAR_HOLIDAYS
    }
    return version("holidays"), estimates


def render(version: str, estimates: Estimates) -> str:
    """``data/estimates.toml`` for ``estimates``, taken from ``holidays`` ``version``."""
    lines = [
        "# Estimated first days of Ramazan (eid_al_fitr) and Qurban (eid_al_adha) bayramı in each year,",
        f"# from the Islamic calendar for Azerbaijan of the holidays package {version}. Generated: refresh with",
        "#   python -m azcal.compiled --estimates",
        "# A decided year's dates come from decisions.toml; these are used only where none is decided.",
        f'holidays_version = "{version}"',
    ]
    for lunar in LUNAR_HOLIDAYS:
        lines += ["", f"[{lunar}]"]
        lines += [f"{year} = [{', '.join(d.isoformat() for d in days)}]" for year, days in estimates[lunar].items()]
    return "\n".join(lines) + "\n"
