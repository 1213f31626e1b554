"""Baku's time zone: today and aware datetimes are taken in it, from the system's data or dateutil's copy."""

from __future__ import annotations

import datetime as dt
import zoneinfo

import pytest

import azcal
from azcal import dates


@pytest.fixture
def no_cached_zone() -> object:
    dates.baku.cache_clear()
    yield
    dates.baku.cache_clear()


def test_baku_is_four_hours_east_of_utc_since_2016(no_cached_zone: object) -> None:
    # Azerbaijan kept UTC+4 all year from 2016 (no summer time); before, summer time gave +5
    zone = dates.baku()
    assert dt.datetime(2025, 7, 1, tzinfo=zone).utcoffset() == dt.timedelta(hours=4)
    assert dt.datetime(2015, 7, 1, tzinfo=zone).utcoffset() == dt.timedelta(hours=5)


def test_without_the_systems_time_zone_data_dateutils_copy_is_used(
    no_cached_zone: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    def missing(key: str) -> zoneinfo.ZoneInfo:
        raise zoneinfo.ZoneInfoNotFoundError(key)

    system = zoneinfo.ZoneInfo
    monkeypatch.setattr(zoneinfo, "ZoneInfo", missing)
    zone = dates.baku()
    assert not isinstance(zone, system) and type(zone).__module__.startswith("dateutil")
    assert dt.datetime(2025, 7, 1, tzinfo=zone).utcoffset() == dt.timedelta(hours=4)
    # late on 19 January in UTC is already the 20th, the Day of National Mourning, in Baku
    assert azcal.day(dt.datetime(2025, 1, 19, 21, 0, tzinfo=dt.UTC)).date == dt.date(2025, 1, 20)
