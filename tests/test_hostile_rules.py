"""Work amplification through rules files: a holiday rule sets its dates in every year it is in force, so
a few bytes may ask for 111 years of days. What a file's holidays set is counted when it is read, before
anything is computed, and a file that sets more than the documented limit is one clear error."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import azcal
from azcal.law.loading import MAX_HOLIDAY_DAYS, parse_rules


def holiday(key: str, dates: int, years: tuple[int, int]) -> str:
    """A memorial day of one's own on the first ``dates`` days of the year, for ``years``."""
    days = ", ".join(f'"{(dt.date(2001, 1, 1) + dt.timedelta(i)):%m-%d}"' for i in range(dates))
    return f"""
[holiday.{key}]
category = "memorial"
names = {{ az = "Gün", en = "Day", ru = "День" }}
basis = "Company order"
source = "https://intranet.example/orders/1"
[[holiday.{key}.rule]]
years = [{years[0]}, {years[1]}]
dates = [{days}]
"""


# 2 x 250 dates x 100 years: exactly the limit
AT_THE_LIMIT = holiday("a", 250, (1991, 2090)) + holiday("b", 250, (2001, 2100))


def test_the_limit_is_what_the_docs_say() -> None:
    assert MAX_HOLIDAY_DAYS == 50_000
    text = (Path(__file__).resolve().parents[1] / "docs" / "rules-files.md").read_text("utf-8")
    assert "50,000 days" in text


def test_a_file_at_the_limit_is_used(tmp_path: Path) -> None:
    path = tmp_path / "at-limit.toml"
    path.write_text(AT_THE_LIMIT, "utf-8")
    calendar = azcal.Calendar.with_rules(path)
    day = calendar.day("2050-01-01")
    assert [o.key for o in day.observances if o.key in ("a", "b")] == ["a", "b"]


def test_one_day_more_is_refused_before_anything_is_computed(tmp_path: Path) -> None:
    text = AT_THE_LIMIT + holiday("c", 1, (2025, 2025))
    with pytest.raises(azcal.RulesError) as caught:
        parse_rules("over.toml", text)  # reading alone refuses it: no calendar is computed
    assert str(caught.value) == (
        "over.toml: its holiday rules set 50,001 days over 1990-2100, more than the 50,000 a rules file may set: "
        "give each rule only the years it holds for"
    )
    path = tmp_path / "over.toml"
    path.write_text(text, "utf-8")
    with pytest.raises(azcal.RulesError, match="more than the 50,000"):
        azcal.Calendar.with_rules(path)
    done = subprocess.run([sys.executable, "-m", "azcal", "check", str(path)], capture_output=True, text=True)
    assert done.returncode == 1 and "50,001 days" in done.stdout and "Traceback" not in done.stderr


def test_years_outside_the_calendar_count_for_nothing(tmp_path: Path) -> None:
    """Only the days a calendar computes count: a rule of 1900-1989 sets none of them."""
    text = AT_THE_LIMIT + holiday("old", 300, (1900, 1989))
    assert "old" in parse_rules("old.toml", text).holidays


def test_a_megabyte_of_holiday_rules_is_refused_at_once() -> None:
    """The shape that cost some 30 s and 200 MB a megabyte: hundreds of dates in force 1990-2100."""
    text = "".join(holiday(f"h{n}", 300, (1990, 2100)) for n in range(350))
    assert len(text.encode()) > 1_000_000
    with pytest.raises(azcal.RulesError, match="set 11,655,000 days"):
        parse_rules("big.toml", text)


def test_the_official_law_is_far_below_the_limit() -> None:
    from azcal.law.loading import official_rules

    total = sum(
        (min(p.last or 2100, 2100) - max(p.first, 1990) + 1) * (len(p.dates) or p.days)
        for h in official_rules().holidays.values()
        for p in h.periods
        if p.first <= 2100 and (p.last is None or p.last >= 1990)
    )
    assert 1_000 < total < MAX_HOLIDAY_DAYS // 10


@pytest.mark.parametrize(
    ("basis", "reason"),
    [
        (
            '{ act = "Labour Code", articles = ["106"] }',
            "'act' must be one of Labor Code, Election Code, Law, Presidential decree, Presidential order, "
            "Milli Majlis decision, Prime Minister decision, USSR labour law, Ministry of Labour production "
            "calendar, got 'Labour Code'",
        ),
        ('{ act = "Labor Code" }', "missing required field 'articles'"),
        ('{ act = "Labor Code", articles = ["105,1"] }', "an article is its number as the code writes it"),
        ('{ act = "Labor Code", articles = ["106"], adopted = 1999-02-01 }', "a code is cited by its articles"),
        ('{ act = "Law", articles = ["5"] }', "'articles' and 'amended' cite a code"),
        ('{ act = "Law", adopted = "1 May 2001" }', "field 'adopted'"),
        ('{ act = "Law", year = 2001 }', "unknown field 'year'"),
        ("5", "field 'basis' must be a text, a table"),
        ("[]", "field 'basis' must be a text, a table"),
    ],
)
def test_a_structured_basis_is_checked_when_read(basis: str, reason: str) -> None:
    """A basis given as the acts it cites names an act azcal writes in every language, in the form that
    act is cited by; anything else is one error naming the file, the entry and its line."""
    text = f'\n[[decision]]\nid = "x"\nadopted = 2025-01-10\ntitle = "t"\nsource = "s"\nbasis = {basis}\n'
    text += "rest_days = [{ date = 2025-07-04, names = { az = 'a', en = 'b', ru = 'c' } }]\n"
    with pytest.raises(azcal.RulesError) as caught:
        parse_rules("company.toml", text)
    assert caught.value.file == "company.toml" and caught.value.line == 2
    assert caught.value.entry.startswith("decision 'x'") and reason in caught.value.reason


# A company's file citing other acts in the official words of 20 January (through `en`), and the same
# words as text: its own days read as it gives them, the official days as the official data give theirs.
LOOKALIKE = """
[holiday.lookalike]
category = "memorial"
names = { az = "Gün", en = "Day", ru = "День" }
basis = { act = "Law", adopted = 1999-05-01, en = "Labor Code Art. 106" }
source = "https://intranet.example/orders/2"
[[holiday.lookalike.rule]]
years = [2025]
dates = ["09-15"]

[holiday.as_text]
category = "memorial"
names = { az = "Gün 2", en = "Day 2", ru = "День 2" }
basis = "Labor Code Art. 106"
source = "https://intranet.example/orders/3"
[[holiday.as_text.rule]]
years = [2025]
dates = ["09-16"]
"""
SHOWN = """
import sys
import azcal
from azcal.text.legal import basis_text

def shown(company):
    days = [(company, "2025-09-15"), (company, "2025-09-16"), (company, "2025-01-20"), (azcal.Calendar(), "2025-01-20")]
    return [(o.key, o.basis, basis_text(o.basis, "az"), basis_text(o.basis, "ru")) for o in (
        cal.day(day).observances[0] for cal, day in days
    )]

if __name__ == "__main__":  # the company's file read before any official day is shown
    for line in shown(azcal.Calendar.with_rules(sys.argv[1])):
        print(*line, sep=" | ")
"""
LOOKALIKE_SHOWN = [
    "lookalike | Labor Code Art. 106 | 1 may 1999-cu il tarixli Qanun | Закон от 1 мая 1999 г.",
    "as_text | Labor Code Art. 106 | Labor Code Art. 106 | Labor Code Art. 106",
    "national_mourning_day | Labor Code Art. 106 | Əmək Məcəlləsi, maddə 106 | Трудовой кодекс, ст. 106",
    "national_mourning_day | Labor Code Art. 106 | Əmək Məcəlləsi, maddə 106 | Трудовой кодекс, ст. 106",
]


def test_a_file_citing_other_acts_in_the_official_words_changes_no_official_day(tmp_path: Path) -> None:
    """A basis carries the acts of the file that gave it: a file whose English words equal an official
    basis's, read first in a new process or after the official days, changes how no official day reads
    in Azerbaijani or Russian, and its own days read as it gives them."""
    path = tmp_path / "lookalike.toml"
    path.write_text(LOOKALIKE, encoding="utf-8")
    done = subprocess.run([sys.executable, "-c", SHOWN, str(path)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == LOOKALIKE_SHOWN
    azcal.day("2025-01-20")  # and in this process, after the official days were shown
    here: dict[str, Any] = {}
    exec(SHOWN, here)  # defines shown(), runs nothing: __name__ is not "__main__" here
    assert [" | ".join(line) for line in here["shown"](azcal.Calendar.with_rules(path))] == LOOKALIKE_SHOWN
