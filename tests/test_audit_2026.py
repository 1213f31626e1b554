"""The corrections of the audit of December 2026 (issue 24), each pinned on both sides of its boundary. Each
figure names its source in docs/sources.md."""

from __future__ import annotations

import datetime as dt

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
