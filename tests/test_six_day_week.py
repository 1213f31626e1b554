"""The six-day week (Monday to Saturday): its rest days as the Ministry of Labour publishes them each year,
its hours, and the five-day week left exactly as it was.

The yearly lists name the days that are rest days though neither a holiday nor a weekly rest day, as
known when the calendar was published; each is checked against a calendar as of that date.
"""

from __future__ import annotations

import datetime as dt
import json
import pickle
from decimal import Decimal
from pathlib import Path

import pytest

import azcal
from azcal import Calendar, Kind


def _dates(year: int, text: str) -> set[dt.date]:
    """ "3 4/1 25/3" -> 3 and 4 January and 25 March of ``year``."""
    dates, days = set(), []
    for part in text.split():
        day, _, month = part.partition("/")
        days.append(int(day))
        if month:
            dates |= {dt.date(year, int(month), d) for d in days}
            days = []
    return dates


# year: (published, five-day list, six-day list, source id in docs/sources.md)
PUBLISHED = {
    2018: ("2017-12-22", "3/1 26/3 18 19/6", "3/1 18/6", "S62"),
    2019: ("2018-12-25", "25 26/3 17/6 11/11", "25/3", "S61"),
    2020: ("2019-12-31", "3 6/1 9 25 26/3 11 26/5 3/8", "3/1 9 25/3 26/5", "S60"),
    2021: ("2020-12-18", "4/1 25 26/3 10/5 28/6", "25/3 10/5", "S59"),
    2022: ("2021-12-17", "3 4/1 25/3 30/5 27/6 11 12/7", "3/1 25/3 27/6 11/7", "S58"),
    2023: ("2022-12-15", "3 4/1 24/4 29/5", "3/1 29/5", "S57"),
    2024: ("2023-12-15", "3 4 5/1 25 26/3 18 19/6 11/11", "3/1 25/3 18/6", "S56"),
    2025: ("2024-12-16", "3/1 10 25 26/3 1/4 9 16/6 10 11/11", "25/3 1/4 16/6 10/11", "S55"),
    2026: ("2025-12-11", "9 25 26 27 30/3 11 29/5 10/11", "25 26/3 29/5 10/11", "S29"),
}


def _moved_rest_days(calendar: Calendar, year: int) -> set[dt.date]:
    return {day.date for day in calendar.year(year) if day.kind is Kind.REST_DAY}


@pytest.mark.parametrize("year", sorted(PUBLISHED))
@pytest.mark.parametrize("week", [5, 6])
def test_the_rest_days_are_the_ministrys_lists(year: int, week: int) -> None:
    published, five, six, _source = PUBLISHED[year]
    calendar = Calendar(week=week, as_of=published)
    assert _moved_rest_days(calendar, year) == _dates(year, five if week == 5 else six)


def test_the_2026_six_day_list_exactly() -> None:
    # S29: 25, 26 March, 29 May, 10 November; the law alone would also give 9 and 27 March
    six = Calendar(week=6)
    assert _moved_rest_days(six, 2026) == _dates(2026, "25 26/3 29/5 10/11")
    for listed_out in (dt.date(2026, 3, 9), dt.date(2026, 3, 27)):
        day = six.day(listed_out)
        assert day.is_workday and day.reason is not None and day.reason.decision == "2025-12-11-six-day-week-2026"
    assert not azcal.is_workday(dt.date(2026, 3, 9)) and not azcal.is_workday(dt.date(2026, 3, 27))


def test_2017_follows_the_law_where_the_first_list_left_a_day_out() -> None:
    # S63 lists 3 January and 29 May for the six-day week; S64 reports the June Ramazan break as 4 days
    # on the six-day week (25-28 June), so 28 June, for Ramazan on Armed Forces Day, is a rest day.
    six = Calendar(week=6)
    assert _moved_rest_days(six, 2017) == _dates(2017, "3/1 29/5 28/6")
    june = [d.date.day for d in six.days("2017-06-24", "2017-06-30") if not d.is_workday]
    assert june == [25, 26, 27, 28]
    assert [d.date.day for d in Calendar().days("2017-06-24", "2017-06-30") if not d.is_workday] == [24, 25, 26, 27, 28]


@pytest.mark.parametrize(
    ("month", "as_of", "five", "six", "source"),
    [
        ("2025-03", "2025-02-14", 17, 12, "S67"),  # before the Cabinet's swap of 15 February 2025
        ("2023-06", "2023-05-25", 12, 8, "S68"),
        ("2020-05", "2020-05-01", 14, 9, "S69"),  # before the quarantine decision
    ],
)
def test_days_off_in_a_month_as_reported(month: str, as_of: str, five: int, six: int, source: str) -> None:
    year, number = map(int, month.split("-"))
    start = dt.date(year, number, 1)
    end = dt.date(year + number // 12, number % 12 + 1, 1)
    for week, expected in ((5, five), (6, six)):
        days = list(Calendar(week=week, as_of=as_of).days(start, end))
        assert sum(not d.is_workday for d in days) == expected, (week, source)


def test_march_2025_on_the_six_day_week() -> None:
    # S67: 10 and 26 March are working days on the six-day week
    six = Calendar(week=6, as_of="2025-02-14")
    assert six.is_workday("2025-03-10") and six.is_workday("2025-03-26")
    # the Cabinet's swap of 15 February 2025 (10 March worked for 27 March) was for the five-day week
    assert Calendar(week=6).is_workday("2025-03-27") and not Calendar().is_workday("2025-03-27")


def test_the_quarantine_saturdays_of_2020() -> None:
    # S70: 23 and 30 May 2020 were rest days for the six-day week only
    six, five = Calendar(week=6), Calendar()
    for saturday in ("2020-05-23", "2020-05-30"):
        assert six.day(saturday).kind is Kind.REST_DAY
        assert five.day(saturday).kind is Kind.WEEKEND
    assert six.day("2020-05-29").kind is Kind.REST_DAY  # the day off both weeks had


def test_new_year_2026_on_the_six_day_week() -> None:
    # S71: 3 January 2026, a Saturday, is worked on the six-day week; Sunday 4 January is its rest day
    six = Calendar(week=6)
    assert six.is_workday("2026-01-03") and six.day("2026-01-04").kind is Kind.WEEKEND
    assert not Calendar().is_workday("2026-01-03")


def test_saturday_is_worked_and_a_holiday_on_it_is_not_moved() -> None:
    six = Calendar(week=6)
    assert six.is_workday("2026-11-28") and six.day("2026-11-29").kind is Kind.WEEKEND
    # 9 May 2026 is a Saturday: the five-day week rests on Monday 11 May, the six-day week works
    assert six.day("2026-05-09").kind is Kind.HOLIDAY
    assert six.is_workday("2026-05-11") and not Calendar().is_workday("2026-05-11")
    # a holiday on the Sunday moves (Art. 105.5): 8 November 2026, Victory Day
    assert six.day("2026-11-10").kind is Kind.REST_DAY


def test_the_hours_of_a_six_day_week() -> None:
    # S65, S66: at most 7 hours a day, 6 on the Saturday; an hour less before a holiday (Art. 108)
    six = Calendar(week=6)
    week = {d.date.strftime("%a"): d.hours for d in six.days("2026-11-30", "2026-12-07")}
    assert week == {"Mon": 7, "Tue": 7, "Wed": 7, "Thu": 7, "Fri": 7, "Sat": 6, "Sun": 0}
    eve = six.day("2026-12-30")  # before New Year and Solidarity Day (31 December)
    assert eve.shortened and eve.hours == 6
    assert six.day("2026-03-07").hours == 5 and six.day("2026-03-07").shortened  # a Saturday before 8 March


def test_the_norms_of_the_six_day_week_count_its_days_and_the_five_day_hours() -> None:
    # S24: the six-day week applies the five-day week's hours norm (1903 hours in 2025)
    six, five = Calendar(week=6), Calendar()
    for year in (2024, 2025, 2026):
        norms, official = six.norms(year), five.norms(year)
        assert norms.total.hours == official.total.hours
        assert [m.hours for m in norms.months] == [m.hours for m in official.months]
        assert norms.total.workdays == six.workdays_between(f"{year}-01-01", f"{year + 1}-01-01")
        assert norms.total.workdays > official.total.workdays
    assert six.norms(2026).total.hours == Decimal(1922)  # S29
    assert six.year(2026).hours == 1922
    assert six.working_hours("2026-03-01", "2026-04-01", 36) == five.working_hours("2026-03-01", "2026-04-01", 36)


def test_the_five_day_week_is_the_default_and_unchanged() -> None:
    assert Calendar().week == 5
    assert Calendar(week=5).compiled is Calendar().compiled
    assert Calendar().year(2026).workdays == 241 and Calendar().year(2026).hours == 1922  # S29


def test_a_company_on_the_six_day_week_names_its_weeks(tmp_path: Path) -> None:
    rules = tmp_path / "company.toml"
    rules.write_text(
        "[[decision]]\n"
        'id = "five"\nadopted = 2026-01-05\ntitle = "t"\nsource = "s"\n'
        "swaps = [{ rest = 2026-04-03, work = 2026-04-11 }]\n"
        "[[decision]]\n"
        'id = "six"\nadopted = 2026-01-05\ntitle = "t"\nsource = "s"\nweeks = [6]\n'
        "swaps = [{ rest = 2026-06-05, work = 2026-06-07 }]\n",
        "utf-8",
    )
    five, six = Calendar(rules=rules), Calendar(rules=rules, week=6)
    assert not five.is_workday("2026-04-03") and five.is_workday("2026-04-11")
    assert six.is_workday("2026-04-03")  # a swap without `weeks` is the five-day week's
    assert not six.is_workday("2026-06-05") and six.day("2026-06-07").kind is Kind.WORKING_WEEKEND
    assert five.is_workday("2026-06-05") and not five.is_workday("2026-06-07")


@pytest.mark.parametrize(
    ("week", "error"),
    [(7, azcal.InvalidArgumentError), (4, azcal.InvalidArgumentError), ("6", azcal.ArgumentTypeError)],
)
def test_a_week_other_than_5_or_6_is_refused(week: object, error: type[Exception]) -> None:
    with pytest.raises(error, match="week must be 5 or 6"):
        Calendar(week=week)  # type: ignore[arg-type]
    with pytest.raises(azcal.ArgumentTypeError):
        Calendar(week=True)  # type: ignore[arg-type]


def test_a_six_day_calendar_pickles_as_one(tmp_path: Path) -> None:
    rules = tmp_path / "own.toml"
    rules.write_text(
        '[[decision]]\nid = "x"\nadopted = 2026-01-05\ntitle = "t"\nsource = "s"\nweeks = [6]\n'
        'rest_days = [{ date = 2026-02-13, names = { az = "a", en = "b", ru = "c" } }]\n',
        "utf-8",
    )
    six = Calendar(rules=rules, week=6)
    again = pickle.loads(pickle.dumps(six))
    assert again.week == 6 and repr(again) == repr(six) and "week=6" in repr(six)
    assert not again.is_workday("2026-02-13") and Calendar(rules=rules).is_workday("2026-02-13")
    assert pickle.loads(pickle.dumps(Calendar(week=6))).week == 6
    assert list(again.days("2026-01-01", "2027-01-01")) == list(six.days("2026-01-01", "2027-01-01"))


def test_weeks_in_a_rules_file_are_checked(tmp_path: Path) -> None:
    rules = tmp_path / "bad.toml"
    rules.write_text(
        '[[decision]]\nid = "x"\nadopted = 2026-01-05\ntitle = "t"\nsource = "s"\nweeks = [5, 7]\n'
        "swaps = [{ rest = 2026-06-05, work = 2026-06-07 }]\n",
        "utf-8",
    )
    with pytest.raises(azcal.RulesError, match="'weeks' must list the working weeks 5 and 6"):
        Calendar(rules=rules)


# -- the command and the files ------------------------------------------------------------------------


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    from azcal.cli import main

    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def test_the_command_takes_the_week(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "is-workday", "2026-03-09", "--week", "6")[0] == 0
    assert run(capsys, "is-workday", "2026-03-09")[0] == 1
    status, out, _ = run(capsys, "day", "2026-03-07", "--week", "6", "--json")
    assert status == 0 and json.loads(out)["kind"] == "workday" and json.loads(out)["hours"] == 5
    status, out, _ = run(capsys, "2026-03", "--week", "6", "--lang", "en")
    assert "March 2026 (six-day week)" in out and "2026-03-09 Mo  working day: As the Ministry's six-day list" in out
    assert out.rstrip().endswith("20 working days, 111 h (the five-day week's norm)\nConfidence: confirmed 31")
    status, out, _ = run(capsys, "workdays", "2026", "--week", "6")
    assert (status, out.strip()) == (0, "295")


@pytest.mark.parametrize("week", ["7", "six", "٦"])
def test_a_bad_week_is_named(capsys: pytest.CaptureFixture[str], week: str) -> None:
    status, out, err = run(capsys, "2026", "--week", week)
    assert status == 2 and out == "" and "--week" in err and len(err.strip().splitlines()) == 1


def test_the_exports_take_the_week(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    import csv

    target = tmp_path / "six.csv"
    assert run(capsys, "export", "2026", "--format", "csv", "--week", "6", "-o", str(target))[0] == 0
    rows = list(csv.DictReader(target.read_text("utf-8-sig").splitlines()))
    workdays = {row["date"] for row in rows if row["workday"] == "true"}
    assert workdays == {d.date.isoformat() for d in Calendar(week=6).year(2026) if d.is_workday}
    assert "2026-03-07" in workdays and "2026-03-08" not in workdays and len(workdays) == 295


def test_as_holidays_of_the_six_day_week_works_saturdays() -> None:
    six = Calendar(week=6)
    h = azcal.as_holidays(years=2026, calendar=six, language="en")
    for day in six.days("2026-01-01", "2027-01-01"):
        assert h.is_working_day(day.date) == day.is_workday, day
    assert h.is_working_day(dt.date(2026, 3, 7)) and not h.is_working_day(dt.date(2026, 3, 8))


def test_the_csv_says_how_sure_each_day_is(tmp_path: Path) -> None:
    import csv

    rows = list(csv.DictReader(azcal.export(2026, "csv", "en").decode("utf-8-sig").splitlines()))
    assert {row["confidence"] for row in rows} == {"confirmed", "unverified"}
    assert next(r for r in rows if r["date"] == "2026-09-21")["confidence"] == "unverified"


# -- a decision's weeks, the checks and the payroll module for the six-day week ---------------------------


def test_weeks_hold_for_every_kind_of_day_a_decision_sets(tmp_path: Path) -> None:
    rules = tmp_path / "six-only.toml"
    rules.write_text(
        '[[decision]]\nid = "x"\nadopted = 2026-01-05\ntitle = "t"\nsource = "s"\nweeks = [6]\n'
        'voting = [{ date = 2026-02-11, names = { az = "a", en = "b", ru = "c" } }]\n'
        'declared_mourning = [{ date = 2026-02-18, names = { az = "a", en = "b", ru = "c" } }]\n',
        "utf-8",
    )
    five, six = Calendar(rules=rules), Calendar(rules=rules, week=6)
    assert five.is_workday("2026-02-11") and five.is_workday("2026-02-18")
    assert six.day("2026-02-11").kind is Kind.VOTING and six.day("2026-02-18").kind is Kind.MOURNING


def test_a_six_day_company_gets_its_days_and_a_named_error_for_the_five_day_norm(tmp_path: Path) -> None:
    # a rest day on a Saturday: a workday of the six-day week, already a day off in the five-day week
    rules = tmp_path / "saturday.toml"
    rules.write_text(
        '[[decision]]\nid = "x"\nadopted = 2026-01-05\ntitle = "t"\nsource = "s"\n'
        'rest_days = [{ date = 2026-04-04, names = { az = "a", en = "b", ru = "c" } }]\n',
        "utf-8",
    )
    six = Calendar(rules=rules, week=6)
    assert six.day("2026-04-04").kind is Kind.REST_DAY
    with pytest.raises(azcal.RulesError, match="already a day off"):
        Calendar(rules=rules)
    with pytest.raises(azcal.RulesError, match=r"already a day off \(in the five-day week, whose hours norm"):
        six.working_hours("2026-04-01", "2026-05-01")  # its hours norm is the five-day week's
    assert [e.reason for e in azcal.check_rules(rules)] == ["rest day 2026-04-04 is already a day off"]


def test_check_builds_both_weeks_and_names_the_week(tmp_path: Path) -> None:
    rules = tmp_path / "six-swap.toml"
    rules.write_text(
        '[[decision]]\nid = "x"\nadopted = 2026-01-05\ntitle = "t"\nsource = "s"\nweeks = [6]\n'
        "swaps = [{ rest = 2026-04-10, work = 2026-04-11 }]\n",  # Saturday 11 April: worked anyway
        "utf-8",
    )
    (error,) = azcal.check_rules(rules)
    assert "2026-04-11 is not a weekend day" in error.reason and "six-day week" in error.reason


@pytest.mark.parametrize(("week", "error"), [([6], azcal.ArgumentTypeError), (6.0, azcal.ArgumentTypeError)])
def test_the_shared_calendars_check_the_week(week: object, error: type[Exception]) -> None:
    from azcal.calendars import official

    Calendar(week=6)  # cached or not, the answer is the same
    with pytest.raises(error):
        official(week)  # type: ignore[arg-type]


def test_a_pickle_names_the_six_day_file_too(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import shutil

    from azcal import calendars
    from azcal.compiled import OFFICIAL_FILES
    from azcal.datapath import in_use

    here = calendars._data_id.__wrapped__(in_use())
    changed = tmp_path / "official-week6.azcal"
    shutil.copy(OFFICIAL_FILES[6], changed)
    with changed.open("ab") as file:
        file.write(b"\0")
    monkeypatch.setitem(OFFICIAL_FILES, 6, str(changed))
    assert calendars._data_id.__wrapped__(in_use()) != here


def test_the_payroll_module_takes_the_norm_of_the_five_day_week() -> None:
    from azcal import payroll

    six = Calendar(week=6)
    assert payroll.working_hours(six, "2026-01-01", "2027-01-01") == Decimal(1922)  # S29, S24
    assert payroll.norms(six, 2026).week == 6 and payroll.norms(six, 2026).total.workdays == 295


def test_the_files_of_the_six_day_week_say_so() -> None:
    import html
    import io
    import re

    import openpyxl

    from azcal.exports.ics import to_ics
    from azcal.exports.page import year_html

    six, five = Calendar(week=6), Calendar()
    feed6, feed5 = to_ics(six, [2026], "en").decode(), to_ics(five, [2026], "en").decode()
    assert "X-WR-CALNAME:" in feed6 and "(six-day week)" in feed6.split("X-WR-CALNAME:")[1].split("\r\n")[0]
    uids6, uids5 = set(re.findall(r"UID:(\S+)", feed6)), set(re.findall(r"UID:(\S+)", feed5))
    assert uids6 and not uids6 & uids5  # a client subscribed to both keeps them apart
    page = year_html(six, 2026, "en")
    assert '<section class="months six-day">' in page and "2026 (six-day week)" in page
    assert "(six-day week; the hours are the five-day week's norm)" in html.unescape(page)
    book = openpyxl.load_workbook(io.BytesIO(azcal.export(2026, "xlsx", "en", calendar=six)))
    titles = [row[0] for row in book["Norms"].iter_rows(values_only=True) if row[0] and "Production" in str(row[0])]
    assert titles and all("six-day week" in str(title) for title in titles)


def test_both_weeks_shared_by_many_threads_at_once() -> None:
    from concurrent.futures import ThreadPoolExecutor

    from azcal.calendars import official

    def ask(n: int) -> tuple[int, int, bool]:
        calendar = official(6) if n % 2 else official(5).for_week(6)
        return id(calendar), calendar.week, calendar.is_workday(dt.date(2026, 3, 9))

    with ThreadPoolExecutor(max_workers=16) as pool:
        answers = set(pool.map(ask, range(200)))
    assert answers == {(id(official(6)), 6, True)}


@pytest.mark.parametrize(("week", "expected"), [("6", 6), ("", 5)])
def test_the_service_takes_its_week_from_the_environment(
    monkeypatch: pytest.MonkeyPatch, week: str, expected: int
) -> None:
    import asyncio

    import httpx

    from azcal.server import app_from_environment

    monkeypatch.setenv("AZCAL_WEEK", week)
    monkeypatch.delenv("AZCAL_RULES", raising=False)
    monkeypatch.delenv("AZCAL_AS_OF", raising=False)

    async def ask() -> tuple[int, str]:
        transport = httpx.ASGITransport(app=app_from_environment())
        async with httpx.AsyncClient(transport=transport, base_url="http://azcal.test") as client:
            return (await client.get("/health")).json()["week"], (await client.get("/20260307")).text

    assert asyncio.run(ask()) == (expected, "0" if expected == 6 else "1")  # a Saturday


def test_a_bad_week_in_the_environment_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    from azcal.server import app_from_environment

    monkeypatch.setenv("AZCAL_WEEK", "7")
    with pytest.raises(azcal.InvalidArgumentError, match="AZCAL_WEEK must be 5 or 6"):
        app_from_environment()


def test_a_calendar_keeps_its_twin_of_the_other_week() -> None:
    calendars = [Calendar(as_of=dt.date(2025, 1, 1) + dt.timedelta(days=n), week=6) for n in range(20)]
    twins = [c.for_week(5) for c in calendars]  # more than the cache of remade calendars holds
    assert all(c.for_week(5) is twin for c, twin in zip(calendars, twins, strict=True))
    assert all(twin.week == 5 and twin.as_of == c.as_of for c, twin in zip(calendars, twins, strict=True))


def test_the_services_weeks_raise_a_new_error_each_time(tmp_path: Path) -> None:
    from azcal.server.weeks import WeekCalendars

    rules = tmp_path / "six-swap.toml"
    rules.write_text(
        '[[decision]]\nid = "x"\nadopted = 2026-01-05\ntitle = "t"\nsource = "s"\nweeks = [6]\n'
        "swaps = [{ rest = 2026-04-10, work = 2026-04-11 }]\n",
        "utf-8",
    )
    weeks = WeekCalendars(Calendar(rules=rules))
    raised = []
    for _ in range(3):
        with pytest.raises(azcal.RulesError, match="six-day week") as caught:
            weeks.of(6)
        raised.append(caught.value)
    assert len({id(e) for e in raised}) == 3 and weeks.of(5).week == 5 and weeks.of(None).week == 5


def test_a_six_day_service_whose_rules_miss_the_five_day_week_does_not_start(tmp_path: Path) -> None:
    import subprocess
    import sys

    rules = tmp_path / "saturday.toml"
    rules.write_text(
        '[[decision]]\nid = "x"\nadopted = 2026-01-05\ntitle = "t"\nsource = "s"\n'
        'rest_days = [{ date = 2026-04-04, names = { az = "a", en = "b", ru = "c" } }]\n',
        "utf-8",
    )
    argv = [sys.executable, "-m", "azcal", "serve", "--week", "6", "--rules", str(rules), "--port", "0"]
    done = subprocess.run(argv, capture_output=True, text=True, timeout=60)
    assert done.returncode == 1 and "in the five-day week, whose hours norm" in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
