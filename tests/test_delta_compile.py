"""A calendar of another definition, compiled as a delta over the official arrays, is exactly the full
compile of that definition: every date's kind, hours, shortening, confidence, observances and reason,
and every array a query reads, for definitions across the history and both weeks."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import azcal
from azcal.calendars import _official_plan
from azcal.compiled import CompiledCalendar, date_at
from azcal.compiled.delta import compile_delta
from azcal.datapath import in_use
from azcal.engine import compile_rules, data_version
from azcal.law.estimates import packaged
from azcal.law.loading import official_rules, parse_rules
from azcal.law.model import RuleSet
from conftest import COMPANY

# a holiday of the user's own that is a day off under the law's own category: it moves rest days and
# shortens the day before, as an Art. 105 holiday does
OWN_HOLIDAY = """
[holiday.founders_day]
category = "holiday"
names = { az = "Təsisçilər günü", en = "Founders' Day", ru = "День основателей" }
basis = "Collective agreement, clause 9"
source = "https://intranet.example/agreement"
[[holiday.founders_day.rule]]
years = [1995]
dates = ["02-10", "08-15", "10-01"]
"""

OWN_DECISIONS = """
[[decision]]
id = "acme-2024-closure"
adopted = 2024-01-05
title = "A week's closure"
source = "https://intranet.example/orders/1"
rest_days = [
  { date = 2024-07-01, names = { az = "Bağlı", en = "Closed", ru = "Закрыто" } },
  { date = 2024-07-02, names = { az = "Bağlı", en = "Closed", ru = "Закрыто" } },
]

[[decision]]
id = "acme-1999-saturday"
adopted = 1999-01-05
title = "A Saturday worked"
source = "https://intranet.example/orders/2"
swaps = [{ rest = 1999-05-10, work = 1999-05-15 }]
"""

# a decision of the user's that sets the dates of the user's own holiday one year
OWN_HOLIDAY_DATES = """
[[decision]]
id = "acme-2030-founders-day"
adopted = 2029-12-01
title = "Founders' Day moved in 2030"
source = "https://intranet.example/orders/3"
holiday_dates = [{ holiday = "founders_day", dates = [2030-02-12] }]
"""

# old dates leave decades of years less sure than the official calendar (their records published later)
AS_OF = ["1990-06-01", "1995-03-01", "1999-06-30", "2000-01-01", "2005-06-30", "2006-12-31", "2010-01-01"]
AS_OF += ["2015-06-30", "2020-03-01"]
AS_OF += ["2022-06-30", "2023-12-31", "2025-02-01", "2025-12-31", "2100-01-01"]


def _rules(as_of: str | None, texts: tuple[tuple[str, str], ...]) -> RuleSet:
    rules = official_rules()
    for name, text in texts:
        rules = rules.layered(parse_rules(name, text))
    return rules if as_of is None else rules.as_of(dt.date.fromisoformat(as_of))


def assert_same(delta: CompiledCalendar, full: CompiledCalendar) -> None:
    differ = [date_at(i) for i in range(len(full.codes)) if delta.facts(i) != full.facts(i)]
    assert differ == []
    assert delta.codes == full.codes
    assert delta.workdays_before.tobytes() == full.workdays_before.tobytes()
    assert delta.shortened_before.tobytes() == full.shortened_before.tobytes()
    assert (delta.week, delta.data_version, dict(delta.tables.law)) == (
        full.week,
        full.data_version,
        dict(full.tables.law),
    )


def compare(as_of: str | None, texts: tuple[tuple[str, str], ...], week: int) -> CompiledCalendar | None:
    rules = _rules(as_of, texts)
    base = _official_plan(in_use(), week)
    try:
        full = compile_rules(rules, packaged(), data_version(official_rules()), week)
    except azcal.RulesError as refused:  # then the delta is refused, in the same words
        with pytest.raises(azcal.RulesError) as delta_refused:
            compile_delta(rules, packaged(), base)
        assert str(delta_refused.value) == str(refused)
        return None
    delta = compile_delta(rules, packaged(), base)
    assert_same(delta, full)
    return delta


@pytest.mark.parametrize("week", [5, 6])
@pytest.mark.parametrize("as_of", AS_OF)
def test_as_of_across_the_history(as_of: str, week: int) -> None:
    compare(as_of, (), week)


@pytest.mark.parametrize("week", [5, 6])
@pytest.mark.parametrize(
    "texts",
    [
        (("company.toml", COMPANY),),
        (("own.toml", OWN_HOLIDAY),),
        (("decisions.toml", OWN_DECISIONS),),
        (("own.toml", OWN_HOLIDAY), ("dates.toml", OWN_HOLIDAY_DATES)),
        (("company.toml", COMPANY), ("own.toml", OWN_HOLIDAY), ("decisions.toml", OWN_DECISIONS)),
    ],
    ids=["company", "own-holiday", "own-decisions", "own-holiday-dates", "all"],
)
@pytest.mark.parametrize("as_of", [None, "1990-06-01", "2005-01-01", "2024-06-30"])
def test_rules_files(texts: tuple[tuple[str, str], ...], as_of: str | None, week: int) -> None:
    assert compare(as_of, texts, week) is not None


def test_the_comparison_sees_a_difference() -> None:
    # what the tests above hold would fail were one date wrong
    ours = compare("2022-06-30", (), 5)
    assert ours is not None
    other = compile_rules(_rules("2023-12-31", ()), packaged(), data_version(official_rules()), 5)
    with pytest.raises(AssertionError):
        assert_same(ours, other)


def test_a_delta_differs_where_the_definition_does() -> None:
    company = compare(None, (("company.toml", COMPANY),), 5)
    assert company is not None
    official = azcal.Calendar().compiled
    changed = {date_at(i) for i in range(len(official.codes)) if company.facts(i) != official.facts(i)}
    assert dt.date(2025, 4, 4) in changed and dt.date(2025, 4, 12) in changed and dt.date(2031, 9, 15) in changed
    assert not any(d.year < 2020 for d in changed)


def test_a_bad_swap_is_refused_as_a_full_compile_refuses_it(tmp_path: Path) -> None:
    bad = OWN_DECISIONS.replace("work = 1999-05-15", "work = 1999-05-12")
    path = tmp_path / "bad.toml"
    path.write_text(bad, "utf-8")
    with pytest.raises(azcal.RulesError) as delta:
        azcal.Calendar.with_rules(path)
    with pytest.raises(azcal.RulesError) as full:
        compile_rules(_rules(None, ((str(path), bad),)), packaged(), "x", 5)
    assert str(delta.value) == str(full.value) and "1999-05-12" in str(delta.value)


def test_over_data_with_a_folder_laid_on_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # the official calendar of such data is compiled in memory, and other definitions over it are deltas
    # of that one: as a full compile over the same data
    act = """
[[decision]]
id = "2026-12-03-swap-january"
adopted = 2026-12-03
title = "On moving the working day of 5 January 2027"
source = "https://example.org/decisions/999"
swaps = [{ rest = 2027-01-05, work = 2027-01-09 }]
"""
    (tmp_path / "2027.toml").write_text(act, "utf-8")
    monkeypatch.setenv("AZCAL_DATA", str(tmp_path))
    azcal.reload_data()
    try:
        data = in_use()
        for as_of, week in (("2026-12-01", 5), ("2026-12-03", 6), ("2024-06-30", 5)):
            rules = official_rules(data).as_of(dt.date.fromisoformat(as_of))
            delta = azcal.Calendar(as_of=as_of, week=week).compiled
            full = compile_rules(rules, packaged(), data_version(official_rules(data)), week)
            assert_same(delta, full)
        assert not azcal.is_workday("2027-01-05") and azcal.Calendar(as_of="2026-12-01").is_workday("2027-01-05")
    finally:
        monkeypatch.delenv("AZCAL_DATA")
        azcal.reload_data()
    assert azcal.is_workday("2027-01-05")
