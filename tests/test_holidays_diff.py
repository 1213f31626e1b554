"""azcal against holidays.AZ, 1990-2100: every difference is listed, with its source, in the docs."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import holidays

import azcal

DOC = Path(__file__).resolve().parents[1] / "docs" / "differences-from-holidays.md"


def test_every_difference_from_holidays_az_is_documented() -> None:
    peer = holidays.AZ(years=range(1990, 2101))
    differences = set()
    day = dt.date(1990, 1, 1)
    while day.year <= 2100:
        if azcal.is_workday(day) != peer.is_working_day(day):
            differences.add(day)
        day += dt.timedelta(days=1)
    rows = {dt.date.fromisoformat(m) for m in re.findall(r"^\| (\d{4}-\d\d-\d\d) \|", DOC.read_text("utf-8"), re.M)}
    assert differences == rows
    for row in DOC.read_text("utf-8").splitlines():
        if re.match(r"^\| \d{4}-", row):
            assert "http" in row or "Art." in row, row  # each names what decides it
