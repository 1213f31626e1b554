"""Legal bases in the reader's language: every basis the law's rules cite reads in Azerbaijani and in
Russian with no English left, and a basis in other words is shown as written, never half-translated."""

from __future__ import annotations

import datetime as dt
import re

import pytest

import azcal
from azcal import Rule
from azcal.cli import main
from azcal.text.legal import basis_text

ENGLISH = re.compile(r"\b(Labor|Election|Code|Art|Law|Presidential|decree|Majlis|decision|amended|as|of|on)\b")


def official_bases() -> set[str]:
    """What the law's rules cite. A one-off decision cites itself by its title, which stays as written
    until decisions carry their act's number, date and authority."""
    cal = azcal.official()
    bases = {rule.basis for rule in cal.law.values()}
    for day in cal.days(dt.date(1990, 1, 1), dt.date(2101, 1, 1)):
        bases.update(o.basis for o in day.observances if o.key != "declared_mourning")
        if day.reason and day.reason.rule is not Rule.DECISION:
            bases.add(day.reason.basis)
    return bases - {""}


def test_the_official_data_cite_the_forms_translated() -> None:
    bases = official_bases()
    assert {"Labor Code Art. 106", "Election Code Art. 8.2"} <= bases  # the check below has work to do
    for basis in bases:
        az, ru = basis_text(basis, "az"), basis_text(basis, "ru")
        assert not ENGLISH.search(az), (basis, az)
        assert not re.search("[A-Za-z]", ru), (basis, ru)
        assert basis_text(basis, "en") == basis


@pytest.mark.parametrize(
    ("basis", "az", "ru"),
    [
        ("Labor Code Art. 106", "Əmək Məcəlləsi, maddə 106", "Трудовой кодекс, ст. 106"),
        ("Labor Code Art. 105.1, 105.4", "Əmək Məcəlləsi, maddə 105.1, 105.4", "Трудовой кодекс, ст. 105.1, 105.4"),
        (
            "Labor Code Art. 114.6, as amended on 16 January 2026",
            "Əmək Məcəlləsi, maddə 114.6 (16 yanvar 2026 tarixli dəyişikliklə)",
            "Трудовой кодекс, ст. 114.6 (в редакции от 16 января 2026 г.)",
        ),
        (
            "Presidential decree of 26 March 1998",
            "26 mart 1998 tarixli Prezident fərmanı",
            "Указ Президента от 26 марта 1998 г.",
        ),
    ],
)
def test_each_form(basis: str, az: str, ru: str) -> None:
    assert (basis_text(basis, "az"), basis_text(basis, "ru")) == (az, ru)


@pytest.mark.parametrize(
    "basis",
    ["Company policy", "Labor Code Art. 106; company agreement", "Law of 31 February 2024", "Labor Code Art. 106 "],
)
def test_other_words_are_shown_as_written(basis: str) -> None:
    assert basis_text(basis, "az") == basis_text(basis, "ru") == basis


def test_the_command_and_the_calendar_file_use_them(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["day", "2025-01-20", "--lang", "ru"]) == 0
    assert "Основание: Трудовой кодекс, ст. 106" in capsys.readouterr().out
    assert main(["day", "2025-01-20", "--lang", "az"]) == 0
    assert "Əsas: Əmək Məcəlləsi, maddə 106" in capsys.readouterr().out
    ics = azcal.to_ics(2025, "ru").decode("utf-8").replace("\r\n ", "")
    assert "Трудовой кодекс\\, ст. 106" in ics and "Labor Code" not in ics
