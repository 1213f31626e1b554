"""azcal against holidays.AZ, 1990-2100: every difference is listed, with its source, in the docs.

The table in docs/differences-from-holidays.md is a fact about one release of ``holidays``: each release
may add or correct Azerbaijan's days (a new year's Cabinet swaps, an Eid date), and then the dates where
the two disagree change although azcal did not. So the release is pinned: the ``test`` extra in
pyproject.toml names the range of ``holidays`` releases the table was checked against, and CI, which
installs that extra, always compares with one of them. Moving to a newer release is a change of its own:
raise the range, run this test, and give each new difference a row with its source (or correct azcal's
data, when the new release knows a decision azcal lacks), in one commit.

Where another release is installed (a hand-upgraded environment) and its differences are not the table's,
the comparison would test that release rather than azcal, so the test is skipped, and the reason names the
release and the dates that differ; where they are the table's, the table holds for it too, and it passes.
The package itself depends on ``holidays`` without that upper bound: ``azcal.as_holidays`` works with
any release from the one the runtime dependency names.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from pathlib import Path

import holidays
import pytest
from packaging.requirements import Requirement
from packaging.version import Version

import azcal

ROOT = Path(__file__).resolve().parents[1]
DOC = ROOT / "docs" / "differences-from-holidays.md"


def checked_against() -> Requirement:
    """The ``holidays`` releases the table was checked against: the test extra's requirement."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    found = [Requirement(text) for text in project["optional-dependencies"]["test"]]
    [requirement] = [r for r in found if r.name == "holidays"]
    return requirement


def differences() -> set[dt.date]:
    """The dates of 1990-2100 where azcal and the installed holidays.AZ disagree on whether people work."""
    peer = holidays.AZ(years=range(1990, 2101))
    found = set()
    day = dt.date(1990, 1, 1)
    while day.year <= 2100:
        if azcal.is_workday(day) != peer.is_working_day(day):
            found.add(day)
        day += dt.timedelta(days=1)
    return found


def test_the_release_is_pinned_to_a_range() -> None:
    """A bare lower bound would let CI compare with whatever release is newest that day."""
    specifier = checked_against().specifier
    assert any(spec.operator in ("<", "<=", "==", "~=") for spec in specifier), specifier


def test_every_difference_from_holidays_az_is_documented() -> None:
    text = DOC.read_text("utf-8")
    rows = {dt.date.fromisoformat(m) for m in re.findall(r"^\| (\d{4}-\d\d-\d\d) \|", text, re.M)}
    found = differences()
    requirement = checked_against()
    if Version(holidays.__version__) not in requirement.specifier and found != rows:
        changed = sorted(day.isoformat() for day in found ^ rows)
        pytest.skip(
            f"the table was checked against {requirement}, and holidays {holidays.__version__} is installed; "
            f"with it the answers differ from the table's on {len(changed)} dates: {', '.join(changed[:10])}"
        )
    assert sorted(found - rows) == [], "differences with no row in the table"
    assert sorted(rows - found) == [], "rows in the table where the two now agree"
    for row in text.splitlines():
        if re.match(r"^\| \d{4}-", row):
            assert "http" in row or "Art." in row, row  # each names what decides it
