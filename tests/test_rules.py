"""Rules files: the packaged data passes validation, a user's file changes answers, a bad file is refused."""

from __future__ import annotations

import datetime as dt
from importlib import resources
from pathlib import Path

import pytest

import azcal
from azcal.law.loading import load_rules, official_rules
from conftest import COMPANY, write


def test_packaged_data_is_consistent() -> None:
    rules = official_rules()
    for decision in rules.decisions:
        assert decision.source.startswith("http"), decision.id
        for swap in decision.swaps:  # every swap pairs a working weekday with a weekend or moved rest day
            assert swap.rest.weekday() < 5
    for holiday in rules.holidays.values():
        for period in holiday.periods:
            assert period.source and period.basis and set(period.names) == {"az", "en", "ru"}
    assert len({d.id for d in rules.decisions}) == len(rules.decisions)


def test_every_official_swap_pairs_a_rest_day_with_a_worked_day() -> None:
    cal = azcal.Calendar()
    swaps = [s for d in official_rules().decisions for s in d.swaps]
    assert len(swaps) > 30
    for swap in swaps:
        rest, work = cal.day(swap.rest), cal.day(swap.work)
        assert rest.kind is azcal.Kind.REST_DAY and rest.reason and rest.reason.stands_for == swap.work, swap
        assert work.is_workday and work.reason and work.reason.rule is azcal.Rule.SWAP, swap
        assert work.reason.stands_for == swap.rest


def test_the_packaged_decisions_pass_the_checks_a_user_file_gets() -> None:
    folder = resources.files("azcal.law") / "data" / "decisions"
    errors: list[azcal.RulesError] = []
    found = 0
    for entry in folder.iterdir():
        if entry.name.endswith(".toml"):
            with resources.as_file(entry) as path:
                found += len(load_rules(path, errors=errors).decisions)
    assert errors == [] and found == len(official_rules().decisions) > 60


def test_a_user_rules_file_changes_the_answers(tmp_path: Path) -> None:
    assert azcal.is_workday("2025-09-15") and azcal.is_workday("2025-04-04")
    cal = azcal.Calendar.with_rules(write(tmp_path, COMPANY))
    company_day = cal.day("2025-09-15")
    assert company_day.kind is azcal.Kind.HOLIDAY and company_day.observances[0].name("en") == "Company day"
    assert cal.day("2025-04-04").kind is azcal.Kind.REST_DAY
    assert cal.day("2025-04-12").kind is azcal.Kind.WORKING_WEEKEND
    assert cal.workdays_between("2025-01-01", "2026-01-01") == azcal.workdays_between("2025-01-01", "2026-01-01") - 1
    assert azcal.is_workday("2025-09-15")  # the official calendar is untouched


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("this is not toml = = =", "not valid TOML"),
        (
            "[holiday.x]\ncategory = 'day_off'\nnames = { az = 'a', en = 'b', ru = 'c' }\nbasis = 'b'\n"
            "[[holiday.x.rule]]\nyears = [2020]\ndates = ['09-15']\n",
            "missing 'source'",
        ),
        (
            "[[decision]]\nid = 'a'\nadopted = 2025-01-01\ntitle = 't'\nsource = 's'\n"
            "rest_days = [{ date = 2025-02-30, names = { az = 'a', en = 'b', ru = 'c' } }]\n",
            "not valid TOML",
        ),
        (
            "[[decision]]\nid = 'a'\nadopted = 2025-01-01\ntitle = 't'\nsource = 's'\n"
            "rest_days = [{ date = '2025-02-30', names = { az = 'a', en = 'b', ru = 'c' } }]\n",
            "not a real date",
        ),
        (
            "[[decision]]\nid = 'a'\nadopted = 2025-01-01\ntitle = 't'\nsource = 's'\ncolour = 'red'\n"
            "rest_days = [{ date = 2025-02-03, names = { az = 'a', en = 'b', ru = 'c' } }]\n",
            "unknown field 'colour'",
        ),
        (
            "[[decision]]\nid = 'a'\nadopted = 2025-01-01\ntitle = 't'\nsource = 's'\n"
            "rest_days = [{ date = 2025-02-03, names = { az = 'a', en = 'b', ru = 'c' } }]\n"
            "working_days = [{ date = 2025-02-03, names = { az = 'a', en = 'b', ru = 'c' } }]\n",
            "a day off by 'a' and a working day",
        ),
        (
            "[[decision]]\nid = 'a'\nadopted = 2025-01-01\ntitle = 't'\nsource = 's'\n"
            "swaps = [{ rest = 2025-02-08, work = 2025-02-03 }]\n",
            "already a day off",
        ),
        (
            "[[decision]]\nid = 'a'\nadopted = 2025-01-01\ntitle = 't'\nsource = 's'\n"
            "swaps = [{ rest = 2025-02-04, work = 2025-02-03 }]\n",
            "not a weekend day",
        ),
        (
            "[[decision]]\nid = '2025-12-02-holiday-dates'\nadopted = 2025-01-01\ntitle = 't'\nsource = 's'\n"
            "rest_days = [{ date = 2025-02-03, names = { az = 'a', en = 'b', ru = 'c' } }]\n",
            "already used",
        ),
        (
            "[[decision]]\nid = 'a'\nadopted = 2025-01-01\ntitle = 't'\n"
            "rest_days = [{ date = 2025-02-03, names = { az = 'a', en = 'b', ru = 'c' } }]\n",
            "missing required field 'source'",
        ),
        ("[[decision]]\nid = 'a'\nadopted = 2025-01-01\ntitle = 't'\nsource = 's'\n", "changes no day"),
        (
            "[holiday.new_year]\ncategory = 'day_off'\nnames = { az = 'a', en = 'b', ru = 'c' }\nbasis = 'b'\n"
            "source = 's'\n[[holiday.new_year.rule]]\nyears = [2020]\ndates = ['01-01']\n",
            "already defined",
        ),
        (
            "[holiday.x]\ncategory = 'party'\nnames = { az = 'a', en = 'b', ru = 'c' }\nbasis = 'b'\nsource = 's'\n"
            "[[holiday.x.rule]]\nyears = [2020]\ndates = ['09-15']\n",
            "unknown category 'party'",
        ),
        (
            "[holiday.x]\ncategory = 'day_off'\nnames = { az = 'a', en = 'b', ru = 'c' }\nbasis = 'b'\nsource = 's'\n"
            "[[holiday.x.rule]]\nyears = [2020]\ndates = ['02-30']\n",
            "not a date that exists",
        ),
        (
            "[holiday.x]\ncategory = 'day_off'\nnames = { az = 'a', en = 'b' }\nbasis = 'b'\nsource = 's'\n"
            "[[holiday.x.rule]]\nyears = [2020]\ndates = ['09-15']\n",
            "name for ru",
        ),
        ("[law.swap]\nbasis = 'b'\nsource = 's'\n", "unknown top-level key 'law'"),
    ],
)
def test_bad_rules_files_are_refused_with_the_file_and_entry(tmp_path: Path, text: str, words: str) -> None:
    path = write(tmp_path, text)
    with pytest.raises(azcal.RulesError, match=words) as caught:
        azcal.Calendar.with_rules(path)
    assert str(path) in str(caught.value)


def test_an_error_names_the_line(tmp_path: Path) -> None:
    text = COMPANY + "\n[[decision]]\nid = 'bad'\nadopted = 2025-01-01\ntitle = 't'\nsource = 's'\nswaps = 3\n"
    with pytest.raises(azcal.RulesError) as caught:
        azcal.Calendar.with_rules(write(tmp_path, text))
    assert caught.value.entry == "decision 'bad'"
    lines = text.splitlines()
    assert lines[caught.value.line - 1] == "[[decision]]" and lines[caught.value.line] == "id = 'bad'"


def test_missing_and_binary_files(tmp_path: Path) -> None:
    with pytest.raises(azcal.RulesError, match="cannot read"):
        azcal.Calendar.with_rules(tmp_path / "absent.toml")
    binary = tmp_path / "b.toml"
    binary.write_bytes(b"\xff\xfe\x00junk")
    with pytest.raises(azcal.RulesError, match="not UTF-8"):
        azcal.Calendar.with_rules(binary)


def test_rules_and_as_of_combine(tmp_path: Path) -> None:
    cal = azcal.Calendar.with_rules(write(tmp_path, COMPANY), as_of=dt.date(2025, 1, 5))
    assert cal.day("2025-04-04").is_workday  # the company decision was adopted on 10 January
    assert not cal.day("2025-09-15").is_workday


def test_a_company_day_off_leaves_the_official_days_in_place(tmp_path: Path) -> None:
    # 21 June 2025 is an official working Saturday (in place of 27 June); 10 March 2025 was first a
    # moved rest day (for Women's Day on Saturday 8 March). A company closing on both changes neither.
    text = COMPANY.replace('dates = ["09-15"]', 'dates = ["06-21", "03-07"]')
    cal = azcal.Calendar.with_rules(write(tmp_path, text))
    assert cal.day("2025-06-21").kind is azcal.Kind.HOLIDAY  # the company's own day wins for its staff
    assert cal.day("2025-06-27").kind is azcal.Kind.REST_DAY  # the official swap still stands
    official = azcal.Calendar()
    for day in ("2025-03-10", "2025-03-27", "2025-03-28", "2025-04-01"):
        assert cal.day(day).kind is official.day(day).kind


def test_an_error_in_a_holidays_second_rule_names_that_rule_line(tmp_path: Path) -> None:
    text = (
        "[holiday.office_day]\ncategory = 'day_off'\nnames = { az = 'a', en = 'b', ru = 'c' }\n"
        "basis = 'Order 1'\nsource = 'https://intranet.example/1'\n"
        "[[holiday.office_day.rule]]\nyears = [2020, 2022]\ndates = ['09-15']\n"
        "[[holiday.office_day.rule]]\nyears = [2023]\ndates = ['13-15']\n"
    )
    with pytest.raises(azcal.RulesError) as caught:
        azcal.Calendar.with_rules(write(tmp_path, text))
    lines = text.splitlines()
    assert caught.value.entry == "[holiday.office_day] rule 2"
    assert caught.value.line == len(lines) - 2 and lines[caught.value.line - 1] == "[[holiday.office_day.rule]]"


@pytest.mark.slow
def test_an_error_after_many_entries_names_its_line(tmp_path: Path) -> None:
    # 20,000 well-formed entries, then a bad one: its own [[decision]] line, not the first that looks alike
    entry = "[[decision]]\nid = 'd{n}'\nadopted = 2020-01-01\ntitle = 't'\nsource = 's'\n"
    entry += "rest_days = [{{ date = 2020-01-{day:02}, names = {{ az = 'a', en = 'b', ru = 'c' }} }}]\n"
    good = "".join(entry.format(n=n, day=1 + n % 28) for n in range(20_000))
    text = good + "[[decision]]\nid = 'bad'\nadopted = 2020-01-01\ntitle = 't'\nsource = 's'\nswaps = 3\n"
    errors = azcal.check_rules(write(tmp_path, text))
    assert [(e.entry, e.line) for e in errors] == [("decision 'bad'", good.count("\n") + 1)]
