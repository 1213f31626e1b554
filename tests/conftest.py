"""Helpers that read like the official calendar."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

import azcal


def dates(*isos: str) -> list[dt.date]:
    return [dt.date.fromisoformat(s) for s in isos]


def weekday_days_off(year: int, calendar: azcal.Calendar | None = None) -> list[dt.date]:
    """Days off that fall Monday to Friday: what the official lists announce."""
    y = (calendar or azcal.official()).year(year)
    return [d.date for d in y.non_working_days() if d.date.weekday() < 5]


def as_dates(days: Iterable[azcal.Day]) -> list[dt.date]:
    return [d.date for d in days]
