"""Helpers that read like the official calendar."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path

import pytest

import azcal


def dates(*isos: str) -> list[dt.date]:
    return [dt.date.fromisoformat(s) for s in isos]


def weekday_days_off(year: int, calendar: azcal.Calendar | None = None) -> list[dt.date]:
    """Days off that fall Monday to Friday: what the official lists announce."""
    y = (calendar or azcal.Calendar()).year(year)
    return [d.date for d in y.non_working_days() if d.date.weekday() < 5]


def as_dates(days: Iterable[azcal.Day]) -> list[dt.date]:
    return [d.date for d in days]


# A company's own rules file: one day off of its own and one swap of a Friday for a Saturday.
COMPANY = (Path(__file__).resolve().parents[1] / "docs" / "examples" / "company.toml").read_text("utf-8")


def write(tmp_path: Path, text: str, name: str = "rules.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture(autouse=True)
def eighty_columns(monkeypatch: pytest.MonkeyPatch) -> None:
    """The command's views follow the terminal's width; tests see the same 80 columns wherever they run."""
    monkeypatch.setenv("COLUMNS", "80")
    # the command speaks the locale's language: tests run in an English locale wherever they run (the command's
    # own tests choose theirs), so that what they read of its errors is the same everywhere
    for name in ("AZCAL_LANG", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "en_US.UTF-8")
