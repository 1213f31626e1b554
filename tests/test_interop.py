"""azcal.as_holidays: a holidays.HolidayBase that code written against holidays.AZ uses unchanged."""

from __future__ import annotations

import copy
import datetime as dt
import pickle
import re
from pathlib import Path

import holidays
import pytest

import azcal
from azcal.exports.interop import AzcalHolidays
from conftest import COMPANY, write

DOC = Path(__file__).resolve().parents[1] / "docs" / "differences-from-holidays.md"
ALL_YEARS = range(azcal.FIRST_YEAR, azcal.LAST_YEAR + 1)


def every_date() -> list[dt.date]:
    first = dt.date(azcal.FIRST_YEAR, 1, 1).toordinal()
    last = dt.date(azcal.LAST_YEAR, 12, 31).toordinal()
    return [dt.date.fromordinal(n) for n in range(first, last + 1)]


def workdays_in(h: holidays.HolidayBase, start: dt.date, end: dt.date) -> int:
    """Code as written against holidays.AZ: counts with is_working_day, one date at a time."""
    return sum(h.is_working_day(start + dt.timedelta(days=n)) for n in range((end - start).days))


def test_it_is_a_holidays_object_keyed_like_holidays_az() -> None:
    h = azcal.as_holidays(years=2025)
    assert isinstance(h, holidays.HolidayBase)
    assert h.country == holidays.AZ.country
    assert dt.date(2025, 1, 20) in h and "2025-01-20" in h and dt.datetime(2025, 1, 20, 9) in h
    assert h.get("2025-01-20") == "Ümumxalq Hüzn Günü"
    assert h.get("2025-01-21") is None


def test_every_date_answers_as_azcal_does() -> None:
    h = azcal.as_holidays(years=ALL_YEARS)
    for day in every_date():
        assert h.is_working_day(day) is azcal.is_workday(day), day


def test_days_off_and_working_weekends_are_where_holidays_keeps_them() -> None:
    h = azcal.as_holidays(years=ALL_YEARS)
    days_off, working_weekends = set(), set()
    for year in ALL_YEARS:
        y = azcal.year(year)
        days_off |= {d.date for d in y.non_working_days() if d.kind is not azcal.Kind.WEEKEND}
        working_weekends |= {d.date for d in y.working_weekends()}
    assert set(h) == days_off
    assert h.weekend_workdays == working_weekends
    assert all(h[day] for day in h)  # every day off has a name


def test_the_same_code_differs_from_holidays_az_only_where_the_docs_say() -> None:
    """One function, run on holidays.AZ and on as_holidays: the dates where they disagree are the
    rows of docs/differences-from-holidays.md, each with its source."""
    ours, theirs = azcal.as_holidays(years=ALL_YEARS), holidays.AZ(years=ALL_YEARS)
    disagree = {day for day in every_date() if ours.is_working_day(day) != theirs.is_working_day(day)}
    rows = {dt.date.fromisoformat(m) for m in re.findall(r"^\| (\d{4}-\d\d-\d\d) \|", DOC.read_text("utf-8"), re.M)}
    assert disagree == rows
    # ... and where no row says otherwise, counting workdays the holidays way gives azcal's count.
    start, end = dt.date(2026, 1, 1), dt.date(2027, 1, 1)
    assert workdays_in(ours, start, end) == azcal.workdays_between(start, end) == 241  # the official 2026 figure
    assert ours.get_working_days_count(dt.date(2025, 1, 1), dt.date(2025, 12, 31)) == 239  # the 2025 figure


@pytest.mark.parametrize(("language", "lang"), [("az", "az"), ("en", "en"), ("en_US", "en"), ("ru", "ru")])
def test_names_are_azcal_names_in_the_language_asked(language: str, lang: str) -> None:
    h = azcal.as_holidays(years=2025, language=language)
    for day in azcal.year(2025).non_working_days():
        names = [o.name(lang) for o in day.observances if o.category.is_day_off]
        if not names:
            continue
        assert h[day.date] == "; ".join(names)


def test_the_default_language_is_azerbaijani_whatever_the_locale(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANG", "ru_RU.UTF-8")
    monkeypatch.setenv("LANGUAGE", "ru")
    assert azcal.as_holidays(years=2025)["2025-05-28"] == "Müstəqillik Günü"


def test_moved_swapped_decided_and_estimated_days_are_named() -> None:
    assert azcal.as_holidays(years=2020, language="en")["2020-05-29"] == "Day off for the quarantine"
    h = azcal.as_holidays(years=[2025, 2030], language="en")
    assert h["2025-06-16"] == "National Salvation Day (moved rest day)"  # 15 June 2025 was a Sunday
    assert h["2025-06-27"] == "Day off (swapped with 21 June 2025)"
    estimated = [d for d in azcal.year(2030).holidays() if d.estimated]
    assert estimated and all(h[d.date].endswith("(estimated)") for d in estimated)


def test_observed_false_leaves_out_moved_rest_days_only() -> None:
    observed, plain = azcal.as_holidays(years=2025), azcal.as_holidays(years=2025, observed=False)
    moved = {d for d in observed if d not in plain}
    assert moved == {
        d.date
        for d in azcal.year(2025).days
        if d.reason and d.reason.rule in (azcal.Rule.WEEKEND_TRANSFER, azcal.Rule.BAYRAM_TRANSFER)
    }
    assert dt.date(2025, 6, 27) in plain  # a swap stays: it is not an observed day


def test_workday_category_holds_the_holidays_that_are_worked() -> None:
    h = azcal.as_holidays(years=2025, language="en", categories="workday")
    assert h["2025-10-18"] == "Independence Restoration Day"
    assert dt.date(2025, 1, 1) not in h
    both = azcal.as_holidays(years=2025, categories=["public", "workday"])
    assert set(both) == set(h) | set(azcal.as_holidays(years=2025))


def test_years_fill_in_on_first_use_and_outside_the_range_hold_nothing() -> None:
    h = azcal.as_holidays()
    assert not h
    assert "2031-01-20" in h and 2031 in h.years
    assert "1980-01-01" not in h and dt.date(2150, 1, 1) not in h  # as holidays.AZ: no data, no days
    fixed = azcal.as_holidays(years=2025, expand=False)
    assert "2026-01-01" not in fixed and fixed.years == {2025}


def test_copy_pickle_and_sums_work_as_for_any_holidays_object() -> None:
    h = azcal.as_holidays(years=2025, language="en_US")
    h["2025-08-01"] = "Company picnic"  # edited, as a holidays object may be
    h.pop("2025-01-02")
    assert "1985-06-01" not in h and h.get("2101-01-01") is None  # lookups outside the range, remembered
    for twin in (pickle.loads(pickle.dumps(h)), copy.copy(h), copy.deepcopy(h), h.copy()):
        assert twin == h and twin.years == h.years and twin.weekend_workdays == h.weekend_workdays
        assert twin["2025-08-01"] == "Company picnic" and "2025-01-02" not in twin
        assert "2026-01-20" in twin  # and it still fills in years on first use
    deep = copy.deepcopy(h)
    deep["2025-08-02"] = "only here"
    assert "2025-08-02" not in h and deep.years is not h.years
    assert "2026-01-20" in h  # the years the copies filled in are theirs, not the original's
    both = h + holidays.US(years=2025)
    assert both["2025-07-04"] == "Independence Day"
    assert "Day of National Mourning" in both["2025-01-20"] and "Martin Luther King" in both["2025-01-20"]


def test_a_company_calendar_carries_its_own_days(tmp_path: Path) -> None:
    company = azcal.Calendar.with_rules(write(tmp_path, COMPANY))
    h = azcal.as_holidays(years=[2020, 2025], language="en", calendar=company)
    assert h["2020-09-15"] == "Company day"
    assert dt.date(2025, 4, 4) in h and h.is_working_day("2025-04-12")
    assert "2025-04-04" not in azcal.as_holidays(years=2025)
    assert copy.deepcopy(h) == h and copy.copy(h) == h
    data = pickle.dumps(h)
    (tmp_path / "rules.toml").unlink()  # the pickle carries the rules, not the file's name
    twin = pickle.loads(data)
    assert twin == h and twin["2020-09-15"] == "Company day"
    assert twin.get("2030-09-15") == "Company day"  # a year filled in after the file is gone


@pytest.mark.parametrize(
    ("kwargs", "error", "message"),
    [
        ({"years": 1989}, azcal.YearOutOfRangeError, "1989"),
        ({"years": [2025, 2200]}, azcal.YearOutOfRangeError, "2200"),
        ({"years": "2025"}, azcal.ArgumentTypeError, "str"),
        ({"years": [2025, "2026"]}, azcal.DateTypeError, "'2026'"),
        ({"years": True}, azcal.ArgumentTypeError, "bool"),
        ({"years": 2025.0}, azcal.ArgumentTypeError, "float"),
        ({"language": "uk"}, azcal.InvalidArgumentError, "'uk'"),
        ({"categories": "optional"}, azcal.InvalidArgumentError, "'optional'"),
        ({"categories": b"public"}, azcal.ArgumentTypeError, "bytes"),
        ({"categories": 5}, azcal.ArgumentTypeError, "int"),
        ({"language": ["en"]}, azcal.InvalidArgumentError, "unknown language"),
    ],
)
def test_bad_arguments_fail_whole_with_one_clear_error(kwargs: dict[str, object], error: type, message: str) -> None:
    with pytest.raises(error, match=message):
        azcal.as_holidays(**kwargs)  # type: ignore[arg-type]


def test_the_class_takes_holidays_positional_arguments() -> None:
    h = AzcalHolidays(2025, True, True, "en")
    assert h == azcal.as_holidays(years=2025, language="en")
