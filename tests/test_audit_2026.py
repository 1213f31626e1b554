"""The corrections of the audit of December 2026 (issue 24), each pinned on both sides of its boundary. Each
figure names its source in docs/sources.md."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

import azcal
from azcal import Calendar
from azcal.law.loading import official_rules
from azcal.law.model import Decision


def decision(decision_id: str) -> Decision:
    (found,) = [d for d in official_rules().decisions if d.id == decision_id]
    return found


def day_before(iso: str) -> str:
    return (dt.date.fromisoformat(iso) - dt.timedelta(days=1)).isoformat()


# -- the yearly acts: numbers and adoption dates --------------------------------------------------------------


@pytest.mark.parametrize(
    ("decision_id", "number"),
    [
        ("2016-11-25-holiday-dates", "483"),  # S63: the 2017 dates, decision No. 483 of 25 November 2016
        ("2018-12-19-holiday-dates", "856s"),  # S61: the 2019 dates, order No. 856s of 19 December 2018
        ("2019-12-02-holiday-dates", "712s"),  # S60: the 2020 dates, order No. 712s of 2 December 2019
        ("2021-12-01-holiday-dates", "375"),  # S58: the 2022 dates, decision No. 375 of 1 December 2021
    ],
)
def test_the_yearly_acts_carry_their_numbers(decision_id: str, number: str) -> None:
    act = decision(decision_id)
    assert act.number == number and not act.inferred and not act.adopted_approximate
    assert act.adopted == dt.date.fromisoformat(decision_id[:10])  # the id is the date adopted


def test_the_2022_dates_were_adopted_on_1_december_2021() -> None:
    # S58: decision No. 375 of 1 December 2021; the press reported it on the 2nd, the date azcal had
    assert not [d for d in official_rules().decisions if d.id == "2021-12-02-holiday-dates"]
    ramazan = "2022-05-02"
    assert Calendar(as_of="2021-11-30").day(ramazan).estimated
    on_the_day = Calendar(as_of="2021-12-01").day(ramazan)
    assert not on_the_day.estimated and on_the_day.observances[0].decision == "2021-12-01-holiday-dates"
    assert azcal.day(ramazan).confidence is azcal.Confidence.CONFIRMED


# -- the Eid dates of 2013, 2016 and 2021 were set by Cabinet acts ------------------------------------------------


@pytest.mark.parametrize(
    ("decision_id", "number", "eid_days"),
    [
        # S78: the 2013 decision as the newspaper Azərbaycan reported it on 6 August 2013
        ("2013-08-06-holiday-dates", None, ["2013-08-08", "2013-08-09", "2013-10-15", "2013-10-16"]),
        # S79, S80: the 2016 decision, cited for the Novruz days on 9 January 2016
        ("2016-01-09-holiday-dates", None, ["2016-07-06", "2016-07-07", "2016-09-12", "2016-09-13"]),
        # S59, S81: decision No. 483 of 3 December 2020
        ("2020-12-03-holiday-dates", "483", ["2021-05-13", "2021-05-14", "2021-07-20", "2021-07-21"]),
    ],
)
def test_the_eid_days_of_a_cabinet_act_are_confirmed(decision_id: str, number: str | None, eid_days: list[str]) -> None:
    act = decision(decision_id)
    assert not act.inferred and act.number == number
    assert act.adopted_approximate is (number is None)  # only the latest possible date is known for 2013 and 2016
    for iso in eid_days:
        day = azcal.day(iso)
        assert day.kind is azcal.Kind.HOLIDAY and not day.estimated
        assert day.confidence is azcal.Confidence.CONFIRMED
        assert day.observances[0].decision == decision_id and day.reason and day.reason.decision == decision_id
    # as of the day before the act, its dates are still estimates; from the day it was adopted, known
    first = eid_days[0]
    assert Calendar(as_of=day_before(decision_id[:10])).day(first).estimated
    assert not Calendar(as_of=decision_id[:10]).day(first).estimated
    # the other side: Qurban 2012, the last Eid whose act was not found, stays an inferred entry, derived
    qurban_2012 = azcal.day("2012-10-25")
    assert qurban_2012.kind is azcal.Kind.HOLIDAY and qurban_2012.confidence is azcal.Confidence.DERIVED
    assert decision(qurban_2012.observances[0].decision or "").inferred


# -- voting days before 2014 -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("vote", "entry"),
    [
        # S82: in 2008 a presidential election's voting day was a day off; S84: the vote of 15 October 2008
        ("2008-10-15", "2008-10-15-presidential-election"),
        # S83, S85: the vote of 9 October 2013 under the Election Code's Art. 8.2
        ("2013-10-09", "2013-10-09-presidential-election"),
    ],
)
def test_a_presidential_election_before_2014_is_a_derived_day_off(vote: str, entry: str) -> None:
    day = azcal.day(vote)
    assert day.kind is azcal.Kind.VOTING and not day.is_workday
    assert day.confidence is azcal.Confidence.DERIVED  # no report on the day itself: inferred from the law
    assert decision(entry).inferred and day.observances[0].decision == entry
    eve = azcal.day(day_before(vote))  # Art. 108: the working day before a voting day is an hour shorter
    assert eve.is_workday and eve.hours == 7 and eve.confidence is azcal.Confidence.DERIVED
    after = azcal.day((day.date + dt.timedelta(days=1)).isoformat())
    assert after.is_workday and after.hours == 8 and after.confidence is azcal.Confidence.CONFIRMED


def test_the_votes_of_2009_stay_working_days() -> None:
    # S82: in February 2009 only a presidential election's voting day was a day off; no source says the
    # referendum of 18 March 2009 or the municipal elections of 23 December 2009 were not worked (docs/law.md)
    for iso in ("2009-03-18", "2009-12-23"):
        assert azcal.is_workday(iso) and azcal.day(iso).observances == ()
    assert not azcal.is_workday("2008-10-15")


# -- a day no source confirms is not confirmed -----------------------------------------------------------------

UNVERIFIED, CONFIRMED = azcal.Confidence.UNVERIFIED, azcal.Confidence.CONFIRMED


def test_novruz_under_the_law_of_1992_is_two_days_no_source_names() -> None:
    # S74: Law No. 354 gives Novruz two days, not which; 20 and 21 March are the holidays package's
    for iso in ("1993-03-20", "1993-03-21", "1998-03-20", "1998-03-21"):
        assert azcal.day(iso).kind is azcal.Kind.HOLIDAY and azcal.day(iso).confidence is UNVERIFIED
    assert azcal.day("1999-03-22").confidence is UNVERIFIED  # 1999-2005: unverified as a whole, as before
    assert azcal.day("2007-03-20").confidence is CONFIRMED  # S75: five days from 2007
    assert azcal.day("1993-03-08").confidence is CONFIRMED  # the law's other days keep their record
    # 1992 before the law: the day kept off (9 May) and the days dropped (1 and 2 May) alike
    assert {azcal.day(iso).confidence for iso in ("1992-05-09", "1992-05-01", "1992-05-04")} == {UNVERIFIED}


def test_9_october_before_the_amendment_of_1998_is_unverified() -> None:
    # S74: the text as amended on 29 May 1998 has 26 June; the earlier text with 9 October was not found
    assert azcal.day("1993-10-09").kind is azcal.Kind.HOLIDAY and azcal.day("1993-10-09").confidence is UNVERIFIED
    assert azcal.day("1997-10-09").confidence is UNVERIFIED
    assert azcal.day("1998-10-09").is_workday and azcal.day("1998-10-09").confidence is CONFIRMED
    assert azcal.day("1998-06-26").kind is azcal.Kind.HOLIDAY and azcal.day("1998-06-26").confidence is CONFIRMED


def test_15_june_1998_is_a_holiday_worked_and_unverified() -> None:
    # S77: declared a holiday on 27 June 1997; S74: not a day off in the law as amended on 29 May 1998
    first = azcal.day("1998-06-15")
    assert first.is_workday and first.hours == 8 and first.confidence is UNVERIFIED
    assert [(o.key, o.category) for o in first.observances] == [
        ("national_salvation_day", azcal.Category.WORKING_HOLIDAY)
    ]
    before = azcal.day("1997-06-16")  # 15 June 1997 was a Sunday, before the declaration
    assert before.observances == () and before.confidence is CONFIRMED
    assert not azcal.is_workday("1999-06-15")


def test_2006_is_unverified_as_a_year() -> None:
    # S45: the amendment of 30 December 2005 is first reported applied on 29 May 2006; when it took effect,
    # and so whether 31 December 2005 moved a rest day to 4 January 2006, no source found says
    assert azcal.day("2006-01-04").is_workday and azcal.day("2006-01-04").confidence is UNVERIFIED
    assert azcal.day("2006-01-03").kind is azcal.Kind.REST_DAY and azcal.day("2006-01-03").confidence is UNVERIFIED
    assert azcal.day("2006-12-29").confidence is UNVERIFIED
    assert azcal.day("2007-01-09").confidence is CONFIRMED  # S75: the law from 2007
    assert azcal.day("2005-12-30").confidence is UNVERIFIED  # as before
    six = Calendar(week=6)
    assert (
        six.day("2006-06-10").confidence is UNVERIFIED and six.day("2007-06-09").confidence is azcal.Confidence.DERIVED
    )


# -- the published totals that counted a vote not yet called -----------------------------------------------------


def test_law_md_gives_the_published_totals_beside_the_calendar_as_of_their_day() -> None:
    text = (Path(__file__).resolve().parents[1] / "docs" / "law.md").read_text("utf-8")
    row = re.compile(
        r"^\| (\d{4}) \| (\d+) days(?:, (\d+) hours)? \((S\d+)[^|]*\| (\d+) days(?:, (\d+) hours)? \|", re.M
    )
    rows = {int(m[1]): m for m in row.finditer(text)}
    # S86, S88: 2018; S89: 2019; S56: 2024 — each counted one voting day no act had yet set
    assert sorted(rows) == [2018, 2019, 2024]
    known = {r.first: r.known for r in official_rules().records if r.first == r.last and r.known}
    for year, m in rows.items():
        as_published = Calendar(as_of=known[year]).year(year)
        assert as_published.workdays == int(m[5]) == int(m[2]) + 1, year
        if m[3]:
            # one working day of 8 hours more, and the day before the vote not shortened
            assert as_published.hours == int(m[6]) == int(m[3]) + 9, year
    assert (azcal.year(2018).workdays, azcal.year(2018).hours) == (241, 1919)  # S86, S88: the vote came in April
