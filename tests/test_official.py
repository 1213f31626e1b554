"""The official calendars of 2024-2026, as their sources give them (the ids are those of docs/sources.md;
each test names the ones it checks)."""

from __future__ import annotations

import datetime as dt

import pytest

import azcal
from azcal import Kind
from azcal.law.loading import official_rules
from conftest import as_dates, dates, weekday_days_off


def test_2024_days_off_working_weekends_and_shortened_days() -> None:
    # S16, S56 (2024 calendar), S18, S20, S21 (swaps), S22 (7 Feb voting day), S35, S36 (Eid dates)
    assert weekday_days_off(2024) == dates(
        "2024-01-01",
        "2024-01-02",
        "2024-01-03",
        "2024-01-04",
        "2024-01-05",
        "2024-02-07",
        "2024-03-08",
        "2024-03-20",
        "2024-03-21",
        "2024-03-22",
        "2024-03-25",
        "2024-03-26",
        "2024-04-10",
        "2024-04-11",
        "2024-04-12",
        "2024-05-09",
        "2024-05-28",
        "2024-06-17",
        "2024-06-18",
        "2024-06-19",
        "2024-06-26",
        "2024-11-08",
        "2024-11-11",
        "2024-11-12",
        "2024-11-13",
        "2024-12-30",
        "2024-12-31",
    )
    year = azcal.year(2024)
    assert as_dates(year.working_weekends()) == dates(
        "2024-01-07", "2024-04-06", "2024-11-16", "2024-11-23", "2024-12-28", "2024-12-29"
    )
    # S52: 19 March 2024 shortened; the rest follow Art. 108 (the calendar day before a day off)
    assert dt.date(2024, 3, 19) in as_dates(year.shortened_days())
    assert as_dates(year.shortened_days()) == dates(
        "2024-01-19",
        "2024-02-06",
        "2024-03-07",
        "2024-03-19",
        "2024-04-09",
        "2024-05-08",
        "2024-05-27",
        "2024-06-14",
        "2024-06-25",
        "2024-11-07",
    )


def test_2025_days_off_and_working_saturday() -> None:
    # S21, S25, S27 (swaps), S23 (2025 calendar), S28 (29 Jan voting day), S38 (Eid dates)
    assert weekday_days_off(2025) == dates(
        "2025-01-01",
        "2025-01-02",
        "2025-01-03",
        "2025-01-20",
        "2025-01-29",
        "2025-03-20",
        "2025-03-21",
        "2025-03-24",
        "2025-03-25",
        "2025-03-26",
        "2025-03-27",
        "2025-03-28",
        "2025-03-31",
        "2025-05-09",
        "2025-05-28",
        "2025-06-06",
        "2025-06-09",
        "2025-06-16",
        "2025-06-26",
        "2025-06-27",
        "2025-11-10",
        "2025-11-11",
        "2025-12-31",
    )
    assert as_dates(azcal.year(2025).working_weekends()) == dates("2025-06-21")
    # the Feb 2025 decision (S25) turned these 105.5 rest days back into working days
    assert azcal.day("2025-03-10").kind is Kind.WORKDAY
    assert azcal.day("2025-04-01").kind is Kind.WORKDAY


def test_2025_shortened_days_8_pre_holiday_1_pre_election() -> None:
    # S23: 9 shortened days; S7 (19 Mar), S10 (5 Jun), S8 (7 Nov), S9 (30 Dec) confirmed by name
    shortened = azcal.year(2025).shortened_days()
    assert as_dates(shortened) == dates(
        "2025-01-28",
        "2025-03-07",
        "2025-03-19",
        "2025-05-08",
        "2025-05-27",
        "2025-06-05",
        "2025-06-25",
        "2025-11-07",
        "2025-12-30",
    )
    assert [d.shortened_before.key for d in shortened if d.shortened_before].count("voting") == 1
    assert all(d.hours == 7 for d in shortened)


def test_2026_days_off_follow_from_105_5_and_105_6() -> None:
    # S29, S31, S32: rest days 9 Mar; 25-27 and 30 Mar; 11 and 29 May; 10 Nov; no swap decision
    assert weekday_days_off(2026) == dates(
        "2026-01-01",
        "2026-01-02",
        "2026-01-20",
        "2026-03-09",
        "2026-03-20",
        "2026-03-23",
        "2026-03-24",
        "2026-03-25",
        "2026-03-26",
        "2026-03-27",
        "2026-03-30",
        "2026-05-11",
        "2026-05-27",
        "2026-05-28",
        "2026-05-29",
        "2026-06-15",
        "2026-06-26",
        "2026-11-09",
        "2026-11-10",
        "2026-12-31",
    )
    assert azcal.year(2026).working_weekends() == []
    bayram_days = [d for d in azcal.year(2026).days if d.reason and d.reason.rule is azcal.Rule.BAYRAM_TRANSFER]
    # Art. 105.6: Ramazan on 20 and 21 March on Novruz, Qurban on 28 May on Independence Day
    assert [(d.date, d.reason.stands_for, d.reason.holiday) for d in bayram_days if d.reason] == [
        (dt.date(2026, 3, 25), dt.date(2026, 3, 20), "ramazan_bayrami"),
        (dt.date(2026, 3, 27), dt.date(2026, 3, 21), "ramazan_bayrami"),
        (dt.date(2026, 5, 29), dt.date(2026, 5, 28), "qurban_bayrami"),
    ]


def test_2026_shortened_days_5_pre_holiday_1_pre_mourning() -> None:
    # S29
    shortened = azcal.year(2026).shortened_days()
    assert as_dates(shortened) == dates(
        "2026-01-19", "2026-03-19", "2026-05-08", "2026-05-26", "2026-06-25", "2026-12-30"
    )
    assert shortened[0].shortened_before and shortened[0].shortened_before.key == "national_mourning_day"


@pytest.mark.parametrize(
    ("year", "workdays", "hours"),
    [
        (2026, 241, 1922),  # S29
    ],
)
def test_year_totals_match_the_production_calendar(year: int, workdays: int, hours: int) -> None:
    y = azcal.year(year)
    assert (y.workdays, y.hours) == (workdays, hours)


def test_2025_as_approved_in_december_2024() -> None:
    # S23, S24: 239 working days, 1903 hours, approved before the Feb 2025 swap (S25)
    approved = azcal.Calendar(as_of="2024-12-31")
    y = approved.year(2025)
    assert (y.workdays, y.hours, len(y.shortened_days())) == (239, 1903, 9)
    assert approved.day("2025-03-10").kind is Kind.REST_DAY  # before S25 moved it to 27 March
    assert approved.day("2025-03-27").kind is Kind.WORKDAY
    assert approved.day("2025-06-21").kind is Kind.WEEKEND  # the June swap (S27) came later
    assert azcal.day("2025-03-27").kind is Kind.REST_DAY


def test_as_of_falls_back_to_estimated_eid_dates() -> None:
    before = azcal.Calendar(as_of="2025-12-01")  # decision No. 362 (S30) adopted 2 Dec 2025
    ramazan = [d for d in before.year(2026).days if any(o.key == "ramazan_bayrami" for o in d.observances)]
    assert ramazan and all(d.estimated for d in ramazan)
    confirmed = [d for d in azcal.year(2026).days if any(o.key == "ramazan_bayrami" for o in d.observances)]
    assert [d.date for d in confirmed] == dates("2026-03-20", "2026-03-21")
    assert not any(d.estimated for d in confirmed)


def test_as_of_in_the_far_future_equals_the_default_calendar() -> None:
    later = azcal.Calendar(as_of="2100-01-01")
    for year in (2007, 2020, 2025, 2026):
        assert later.year(year).days == azcal.year(year).days


@pytest.mark.parametrize("year", [2019, 2020, 2024, 2025])
def test_mourning_day_is_never_transferred(year: int) -> None:
    # Art. 106; S5, S6: 20 Jan 2019 (Sunday) and 2024 (Saturday) did not move
    mourning = azcal.day(f"{year}-01-20")
    assert mourning.kind is Kind.MOURNING
    assert not any(
        d.reason and d.reason.holiday == "national_mourning_day"
        for d in azcal.year(year).days
        if d.kind is Kind.REST_DAY
    )


def test_2019_january_21_was_worked() -> None:
    assert azcal.is_workday("2019-01-21")  # S6


def test_weekend_transfer_crosses_new_year_in_order() -> None:
    # Sun 31 Dec 2023 made Wed 3 Jan 2024 a rest day, after the New Year days (S56)
    day = azcal.day("2024-01-03")
    assert day.kind is Kind.REST_DAY and day.reason
    assert (day.reason.rule, day.reason.stands_for, day.reason.holiday) == (
        azcal.Rule.WEEKEND_TRANSFER,
        dt.date(2023, 12, 31),
        "solidarity_day",
    )
    # Novruz on Sat 23 and Sun 24 Mar 2024 made Mon 25 and Tue 26 rest days, in order
    assert [azcal.day(f"2024-03-{n}").reason.stands_for for n in (25, 26)] == dates(  # type: ignore[union-attr]
        "2024-03-23", "2024-03-24"
    )


def test_swaps_of_2024_and_2025_link_both_days() -> None:
    for rest, work in [
        ("2024-01-04", "2023-12-30"),
        ("2024-01-05", "2024-01-07"),
        ("2024-04-12", "2024-04-06"),
        ("2024-11-12", "2024-11-16"),
        ("2024-11-13", "2024-11-23"),
        ("2024-12-30", "2024-12-28"),
        ("2025-01-03", "2024-12-29"),
        ("2025-03-27", "2025-03-10"),
        ("2025-03-28", "2025-04-01"),
        ("2025-06-27", "2025-06-21"),
    ]:
        r, w = azcal.day(rest), azcal.day(work)
        assert r.kind is Kind.REST_DAY and not r.is_workday
        assert w.is_workday
        assert r.reason and w.reason and r.reason.decision == w.reason.decision
        assert (r.reason.stands_for, w.reason.stands_for) == (w.date, r.date)


def test_breaks_named_in_the_news() -> None:
    b2025 = {(b.start, b.last_day, b.length) for b in azcal.year(2025).breaks()}
    assert (dt.date(2025, 1, 18), dt.date(2025, 1, 20), 3) in b2025
    assert (dt.date(2025, 3, 20), dt.date(2025, 3, 31), 12) in b2025
    new_year = (dt.date(2025, 12, 31), dt.date(2026, 1, 4), 5)
    assert new_year in b2025  # a run across New Year is reported whole, in both years
    b2026 = {(b.start, b.last_day, b.length) for b in azcal.year(2026).breaks()}
    assert new_year in b2026
    assert (dt.date(2026, 3, 20), dt.date(2026, 3, 30), 11) in b2026


def test_january_2025_is_weekend_plus_mourning_day() -> None:
    kinds = [azcal.day(f"2025-01-{n}").kind for n in (18, 19, 20)]
    assert kinds == [Kind.WEEKEND, Kind.WEEKEND, Kind.MOURNING]
    mourning = azcal.day("2025-01-20").observances[0]
    assert mourning.name("en") == "Day of National Mourning"
    assert (mourning.commemorates, mourning.anniversary) == (dt.date(1990, 1, 20), 35)


def test_working_day_holidays_and_memorial_days_are_worked() -> None:
    # 18 Oct (S4), 26 Feb (S42), 27 Sep (S3, S44), 12 Nov (S1): observed, and people work
    for iso, key in [
        ("2024-10-18", "independence_restoration_day"),
        ("2024-02-26", "khojaly_genocide_day"),
        ("2023-09-27", "remembrance_day"),
        ("2025-11-12", "constitution_day"),
    ]:
        day = azcal.day(iso)
        assert [o.key for o in day.observances] == [key]
        assert day.kind is Kind.WORKDAY and day.hours == 8


def test_declared_mourning_26_december_2024_is_a_working_day() -> None:
    day = azcal.day("2024-12-26")
    assert day.is_workday
    assert [o.category for o in day.observances] == [azcal.Category.DECLARED_MOURNING]


def test_every_day_has_exactly_one_kind_and_consistent_hours() -> None:
    for year in range(1990, 2101):
        for day in azcal.year(year).days:
            assert day.hours == (0 if not day.is_workday else 7 if day.shortened else 8)
            assert day.is_workday == (day.kind in (Kind.WORKDAY, Kind.WORKING_WEEKEND))


def test_later_years_are_computed_with_estimated_eid_dates() -> None:
    y = azcal.year(2040)
    eid = [d for d in y.days if any(o.key in ("ramazan_bayrami", "qurban_bayrami") for o in d.observances)]
    assert len(eid) == 4 and all(d.estimated for d in eid)
    assert not any(d.estimated for d in azcal.year(2025).days)


def test_decisions_known_from_when_they_were_reported() -> None:
    # S53: the 2015 Novruz swap was reported on 20 February 2015
    before, after = azcal.Calendar(as_of="2015-02-19"), azcal.Calendar(as_of="2015-02-20")
    assert before.day("2015-03-27").kind is Kind.WORKDAY and before.day("2015-03-29").kind is Kind.WEEKEND
    assert after.day("2015-03-27").kind is Kind.REST_DAY and after.day("2015-03-29").kind is Kind.WORKING_WEEKEND
    # S54: the December 2023 swap and the 2024 dates are decisions No. 447 and No. 448
    numbers = {d.id: d.number for d in official_rules().decisions}
    assert (numbers["2023-12-09-swap-new-year"], numbers["2023-12-09-holiday-dates"]) == ("447", "448")
