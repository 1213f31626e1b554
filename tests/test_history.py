"""The law before 2006, period by period, pinned on both sides of each boundary, and how sure azcal is of
every day (Day.confidence). Each check names its source in docs/sources.md."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import azcal
from azcal import Calendar, Confidence, Kind


def off(date: str) -> bool:
    return not azcal.is_workday(date)


def keys(date: str) -> list[str]:
    return [o.key for o in azcal.day(date).observances]


# -- 1990-1991: the USSR's days off (S73) -------------------------------------------------------------


@pytest.mark.parametrize(
    "date", ["1990-05-01", "1990-05-02", "1991-10-07", "1990-11-07", "1990-11-08", "1991-11-07", "1991-11-08"]
)
def test_the_soviet_days_off(date: str) -> None:
    assert off(date) and azcal.day(date).kind is Kind.HOLIDAY
    assert azcal.day(date).reason is not None and azcal.day(date).reason.basis == "USSR labour law"


@pytest.mark.parametrize("date", ["1992-05-01", "1992-10-07", "1992-11-09", "1993-05-03", "1993-11-08"])
def test_the_soviet_days_end_with_the_ussr(date: str) -> None:
    assert not any(k in keys(date) for k in ("labour_day", "ussr_constitution_day", "october_revolution_day"))
    assert azcal.is_workday(date)


# -- 1992-1998: Law No. 354 of 27 October 1992 (S74) --------------------------------------------------


def test_17_november_is_a_day_off_from_the_law_until_2006() -> None:
    assert off("1992-11-17") and off("1993-11-17") and off("1998-11-17")  # S74
    assert off("2006-11-17")  # the amendment of 8 December 2006 made it a working day from 2007 (S75)
    assert azcal.is_workday("2008-11-17") and "national_revival_day" in keys("2008-11-17")


def test_9_may_is_not_a_day_off_under_the_law_of_1992() -> None:
    assert off("1990-05-09") and off("1991-05-09")  # S73
    for worked in ("1994-05-09", "1996-05-09", "1997-05-09"):  # S74 does not list it
        assert azcal.is_workday(worked) and keys(worked) == []
    assert off("2000-05-09") and off("2007-05-09")


def test_15_june_is_a_day_off_from_1999() -> None:
    assert azcal.is_workday("1998-06-15")  # declared in 1997 (S77) but not in S74 as amended in 1998
    assert off("2000-06-15") and off("2006-06-15")


def test_armed_forces_day_moves_from_9_october_to_26_june_in_1998() -> None:
    assert off("1997-10-09") and azcal.is_workday("1998-10-09")  # S74, as amended on 29 May 1998
    assert azcal.is_workday("1997-06-26") and off("1998-06-26")


def test_31_december_from_1992() -> None:
    assert off("1992-12-31") and azcal.is_workday("1991-12-31")  # S74: the first after the law


def test_18_october_and_12_november_until_2006() -> None:
    assert off("2006-10-18") and azcal.is_workday("2007-10-18")  # S75
    assert off("2002-11-12") and off("2004-11-12") and azcal.is_workday("2007-11-12")  # S75, S76
    assert azcal.day("2006-11-12").kind is Kind.HOLIDAY  # a Sunday in 2006, so the rest day moves (Art. 105.5)
    assert azcal.day("2006-11-13").kind is Kind.REST_DAY
    assert azcal.is_workday("1990-10-18") and azcal.is_workday("1991-10-18")  # first observed in 1992


def test_the_eid_days_begin_in_1993() -> None:
    assert "ramazan_bayrami" not in {k for d in azcal.year(1992) for k in (o.key for o in d.observances)}
    assert "ramazan_bayrami" in {k for d in azcal.year(1993) for k in (o.key for o in d.observances)}


def test_each_period_cites_its_own_law() -> None:
    assert azcal.day("1991-01-01").observances[0].basis == "USSR labour law"
    assert azcal.day("1992-05-28").observances[0].basis == "No source found"  # before the law of October 1992
    assert azcal.day("1992-11-17").observances[0].basis == "Law of 27 October 1992"
    assert azcal.day("1995-01-02").kind is Kind.WORKDAY  # one day of New Year before 2006
    assert azcal.day("1995-01-01").observances[0].basis == "Law of 27 October 1992"
    assert azcal.day("2003-01-01").observances[0].basis == "Labor Code Art. 105.1"


# -- how sure each day is ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("date", "confidence"),
    [
        ("1990-11-07", Confidence.CONFIRMED),  # the USSR's list (S73)
        ("1991-03-20", Confidence.UNVERIFIED),  # Novruz before the law of 1992: no act found
        ("1990-06-12", Confidence.CONFIRMED),  # a plain workday under the USSR's law
        ("1992-05-28", Confidence.UNVERIFIED),  # 1992 before the law: no source
        ("1996-11-17", Confidence.CONFIRMED),  # Law No. 354 (S74)
        ("1996-11-12", Confidence.UNVERIFIED),  # Constitution Day, not in the law: its status unsettled
        ("1996-02-19", Confidence.ESTIMATED),  # Ramazan 1996, no decision: an estimated date
        ("2003-11-17", Confidence.UNVERIFIED),  # the 1999 Labor Code's first list is not found
        ("2003-07-08", Confidence.UNVERIFIED),  # so is every other day of those years
        ("2010-05-28", Confidence.CONFIRMED),  # Republic Day under the Labor Code
        ("2010-11-17", Confidence.DERIVED),  # Qurban 2010: its dates are an inferred entry's, no act found
        ("2025-01-20", Confidence.CONFIRMED),
        ("2026-03-09", Confidence.CONFIRMED),  # the Ministry's 2026 calendar (S29)
        ("2026-09-20", Confidence.UNVERIFIED),  # State Sovereignty Day: a day off or not, no source says (S15)
        ("2026-09-21", Confidence.UNVERIFIED),  # where its rest day would move, 20 September being a Sunday
        ("2026-09-22", Confidence.CONFIRMED),
        ("2027-03-08", Confidence.DERIVED),  # a fixed-date holiday in a year no calendar has been published for
        ("2027-07-07", Confidence.DERIVED),
        ("2030-02-05", Confidence.ESTIMATED),  # Ramazan 2030, estimated
        ("2040-05-28", Confidence.DERIVED),
    ],
)
def test_the_confidence_of_representative_days(date: str, confidence: Confidence) -> None:
    assert azcal.day(date).confidence is confidence


def test_every_day_has_one_and_every_level_is_used() -> None:
    days = list(azcal.Calendar().days(dt.date(1990, 1, 1), dt.date(2101, 1, 1)))
    assert {d.confidence for d in days} == set(Confidence)
    assert all(d.confidence is Confidence.ESTIMATED for d in days if d.estimated)
    future = [d for d in days if d.date.year > 2026]
    assert {d.confidence for d in future} == {Confidence.DERIVED, Confidence.ESTIMATED, Confidence.UNVERIFIED}


def test_a_year_is_confirmed_only_once_its_calendar_is_known() -> None:
    # the Ministry published the 2026 calendar on 11 December 2025 (S29)
    before, after = Calendar(as_of="2025-12-10"), Calendar(as_of="2025-12-11")
    assert before.day("2026-07-07").confidence is Confidence.DERIVED
    assert after.day("2026-07-07").confidence is Confidence.CONFIRMED
    assert before.day("2025-07-07").confidence is Confidence.CONFIRMED


def test_the_six_day_week_is_confirmed_where_the_ministry_listed_it() -> None:
    six = Calendar(week=6)
    assert six.day("2024-03-25").confidence is Confidence.CONFIRMED  # S56
    assert six.day("2012-06-09").confidence is Confidence.DERIVED  # no list found for 2012
    assert Calendar().day("2012-06-11").confidence is Confidence.CONFIRMED


def test_a_users_own_day_is_confirmed_by_their_rules(tmp_path: Path) -> None:
    from conftest import COMPANY, write

    calendar = Calendar(rules=write(tmp_path, COMPANY))
    assert calendar.day("2031-09-15").observances[0].key == "company_day"  # a future year: its own rules say so
    assert calendar.day("2031-09-15").confidence is Confidence.CONFIRMED
    assert azcal.day("2031-09-15").confidence is Confidence.DERIVED
    assert calendar.day("2025-04-04").confidence is Confidence.CONFIRMED  # its own swap


def test_the_periods_table_of_the_docs_is_the_data() -> None:
    import re

    from azcal.law.loading import official_rules

    text = (Path(__file__).resolve().parents[1] / "docs" / "law.md").read_text("utf-8")
    rows = re.findall(r"^\| (\d{4})(?:–(\d{4})?)? \| (\w+) \| (\w+) \|", text, re.M)
    rules = official_rules()
    covered = set()
    for first, last, five, six in rows:
        end = int(last) if last else (2100 if text.count(f"| {first}– |") else int(first))
        for year in range(int(first), end + 1):
            assert (rules.confidence(year, 5).value, rules.confidence(year, 6).value) == (five, six), year
            covered.add(year)
    assert covered == set(range(1990, 2101))


def test_a_year_is_not_confirmed_before_its_calendar_was_published() -> None:
    # the 2024 calendar was published on 15 December 2023 (S56); 2020's on a day not given, so 1 January
    assert Calendar(as_of="2023-12-14").day("2024-05-07").confidence is Confidence.DERIVED
    assert Calendar(as_of="2023-12-15").day("2024-05-07").confidence is Confidence.CONFIRMED
    assert Calendar(as_of="2019-12-31").day("2020-05-05").confidence is Confidence.DERIVED
    assert Calendar(as_of="2000-01-01").day("2010-05-05").confidence is Confidence.DERIVED
    assert Calendar(as_of="2000-01-01").day("1995-05-05").confidence is Confidence.CONFIRMED


def test_the_day_an_unverified_holiday_would_shorten_is_unverified() -> None:
    assert azcal.day("2028-09-19").confidence is Confidence.UNVERIFIED  # the eve of 20 September (a Wednesday)
    assert azcal.day("2028-09-18").confidence is Confidence.DERIVED
    six = Calendar(week=6)
    assert six.day("2026-09-19").confidence is Confidence.UNVERIFIED  # a Saturday, worked on the six-day week


def test_a_holiday_of_ones_own_is_confirmed_by_ones_rules(tmp_path: Path) -> None:
    rules = tmp_path / "own.toml"
    rules.write_text(
        '[holiday.founders_day]\ncategory = "holiday"\nnames = { az = "a", en = "b", ru = "c" }\n'
        'basis = "Collective agreement"\nsource = "https://intranet.example/a"\n'
        '[[holiday.founders_day.rule]]\nyears = [2030]\ndates = ["06-04"]\n',
        "utf-8",
    )
    assert Calendar(rules=rules).day("2030-06-04").confidence is Confidence.CONFIRMED
    assert azcal.day("2030-06-04").confidence is Confidence.DERIVED


def test_an_unverified_year_stays_unverified_whenever_it_is_asked() -> None:
    assert Calendar(as_of="1998-12-31").day("1999-01-04").confidence is Confidence.UNVERIFIED
    assert Calendar(as_of="1999-01-01").day("1999-01-04").confidence is Confidence.UNVERIFIED


def test_the_eve_of_an_unverified_day_that_is_itself_a_day_off_keeps_its_own_confidence(tmp_path: Path) -> None:
    rules = tmp_path / "own.toml"
    rules.write_text(
        '[holiday.maybe_day]\ncategory = "holiday"\nnames = { az = "a", en = "b", ru = "c" }\n'
        'basis = "Collective agreement"\nsource = "https://intranet.example/a"\n'
        '[[holiday.maybe_day.rule]]\nyears = [2026]\ndates = ["05-29"]\nunverified = true\n',
        "utf-8",
    )
    calendar = Calendar(rules=rules)
    assert calendar.day("2026-05-29").confidence is Confidence.UNVERIFIED
    assert calendar.day("2026-05-28").confidence is Confidence.CONFIRMED  # Independence Day and Qurban, a day off


def test_the_views_list_the_days_no_source_confirms(capsys: pytest.CaptureFixture[str]) -> None:
    from azcal.cli import main

    assert main(["2026-09", "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "2026-09-21 Mo  working day: no source found says so; it may be otherwise" in out
    assert out.rstrip().endswith("Confidence: confirmed 28, unverified 2")
    assert main(["2003", "--lang", "en"]) == 0  # a year unverified as a whole: said once, not day by day
    out = capsys.readouterr().out
    assert "no source was found" not in out and out.rstrip().endswith("Confidence: unverified 365")
