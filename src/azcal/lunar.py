"""Estimated dates of Ramazan and Qurban for years the Cabinet has not (yet) decided.

The estimates come from the ``holidays`` package's Islamic calendar for Azerbaijan; the package is
imported only when a year actually needs an estimate, so ``import azcal`` stays light.
"""

from __future__ import annotations

import datetime as dt
import threading
from functools import cache
from typing import Any

_lock = threading.Lock()


@cache
def _islamic_calendar() -> Any:
    from holidays.countries.azerbaijan import AzerbaijanIslamicHolidays

    return AzerbaijanIslamicHolidays()


def estimated_first_days(lunar: str, year: int) -> tuple[dt.date, ...]:
    """First days of the ``lunar`` holiday (``eid_al_fitr`` or ``eid_al_adha``) that fall in ``year``."""
    with _lock:
        calendar = _islamic_calendar()
        dates = getattr(calendar, f"{lunar}_dates")(year)
        return tuple(sorted({day for day, _ in dates if day.year == year}))
