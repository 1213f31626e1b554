"""Legal texts in the reader's language: every basis the law and the decisions cite reads in Azerbaijani
and in Russian with no English left, a basis in other words is shown as written, never half-translated,
and a note is given in each language."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

import azcal
from azcal.cli import main
from azcal.text.legal import basis_text
from conftest import write

ENGLISH = re.compile(r"\b(Labor|Election|Code|Art|Law|Presidential|decree|Majlis|decision|amended|as|of|on)\b")


def official_bases() -> set[str]:
    """What the law's rules and the decisions cite, over the whole range, for both working weeks."""
    bases = {rule.basis for rule in azcal.Calendar().law.values()}
    for cal in (azcal.Calendar(), azcal.Calendar(week=6)):
        for day in cal.days(dt.date(1990, 1, 1), dt.date(2101, 1, 1)):
            bases.update(o.basis for o in day.observances)
            if day.reason:
                bases.add(day.reason.basis)
    return bases - {""}


def test_the_official_data_cite_the_forms_translated() -> None:
    bases = official_bases()
    assert {"Labor Code Art. 106", "Election Code Art. 8.2", "Presidential order of 25 December 2024"} <= bases
    assert {"USSR labour law", "Law of 27 October 1992", "Ministry of Labour production calendar"} <= bases
    for basis in bases:
        az, ru = basis_text(basis, "az"), basis_text(basis, "ru")
        assert not ENGLISH.search(az), (basis, az)
        assert not re.search("[A-Za-z]", ru), (basis, ru)
        assert basis_text(basis, "en") == basis


def test_the_packaged_data_give_every_basis_as_structure() -> None:
    """Each basis of the packaged files is a table of the act it cites (or a list of them), so that it is
    checked when read and written anew in each language; only "No source found" is a fixed text."""
    package = Path(azcal.__file__).parent / "law" / "data"
    found: list[object] = []

    def bases(value: object) -> None:
        if isinstance(value, dict):
            found.extend(v for k, v in value.items() if k == "basis")
            for v in value.values():
                bases(v)
        elif isinstance(value, list):
            for v in value:
                bases(v)

    for path in [package / "holidays.toml", *sorted((package / "decisions").glob("*.toml"))]:
        bases(tomllib.loads(path.read_text("utf-8")))
    assert len(found) > 40
    assert all(isinstance(b, (dict, list)) or b == "No source found" for b in found), found


def holiday_citing(basis: str) -> str:
    return f"""[holiday.founders]
category = "memorial"
names = {{ az = "Təsisçilər günü", en = "Founders' Day", ru = "День основателей" }}
basis = {basis}
source = "https://example.com/order-7"
[[holiday.founders.rule]]
years = [2025]
dates = ["09-15"]
"""


@pytest.mark.parametrize(
    ("basis", "en", "az", "ru"),
    [
        (
            '{ act = "Labor Code", articles = ["106"] }',
            "Labor Code Art. 106",
            "Əmək Məcəlləsi, maddə 106",
            "Трудовой кодекс, ст. 106",
        ),
        (
            '{ act = "Labor Code", articles = ["105.1", "105.4"] }',
            "Labor Code Art. 105.1, 105.4",
            "Əmək Məcəlləsi, maddə 105.1, 105.4",
            "Трудовой кодекс, ст. 105.1, 105.4",
        ),
        (
            '{ act = "Labor Code", articles = ["91"], amended = 2021-03-02 }',
            "Labor Code Art. 91, as amended on 2 March 2021",
            "Əmək Məcəlləsi, maddə 91 (2 mart 2021-ci il tarixli dəyişikliklə)",
            "Трудовой кодекс, ст. 91 (в редакции от 2 марта 2021 г.)",
        ),
        (
            '{ act = "Law", adopted = 2001-10-05 }',
            "Law of 5 October 2001",
            "5 oktyabr 2001-ci il tarixli Qanun",
            "Закон от 5 октября 2001 г.",
        ),
        (
            '{ act = "Prime Minister decision" }',
            "Prime Minister decision",
            "Baş nazirin qərarı",
            "Решение Премьер-министра",
        ),
        (
            '[{ act = "Presidential order", adopted = 2019-06-03 }, { act = "Election Code", articles = ["8.2"] }]',
            "Presidential order of 3 June 2019; Election Code Art. 8.2",
            "3 iyun 2019-cu il tarixli Prezident sərəncamı; Seçki Məcəlləsi, maddə 8.2",
            "Распоряжение Президента от 3 июня 2019 г.; Избирательный кодекс, ст. 8.2",
        ),
    ],
)
def test_a_structured_basis_is_written_in_each_language(tmp_path: Path, basis: str, en: str, az: str, ru: str) -> None:
    """A rules file's structured basis, as the official data give theirs: its English words on the day, and
    the same acts cited in Azerbaijani and Russian."""
    cal = azcal.Calendar.with_rules(write(tmp_path, holiday_citing(basis)))
    (observance,) = [o for o in cal.day("2025-09-15").observances if o.key == "founders"]
    assert observance.basis == en and basis_text(observance.basis, "en") == en
    assert (basis_text(observance.basis, "az"), basis_text(observance.basis, "ru")) == (az, ru)
    assert basis_text(en, "az") == en  # the same words as text: no acts to write them from


OFFICIAL_BASES = [  # the English words of the official data, and the acts they cite in az and ru
    ("Labor Code Art. 106", "Əmək Məcəlləsi, maddə 106", "Трудовой кодекс, ст. 106"),
    (
        "Labor Code Art. 114.6, as amended on 16 January 2026",
        "Əmək Məcəlləsi, maddə 114.6 (16 yanvar 2026-cı il tarixli dəyişikliklə)",
        "Трудовой кодекс, ст. 114.6 (в редакции от 16 января 2026 г.)",
    ),
    ("Law of 27 October 1992", "27 oktyabr 1992-ci il tarixli Qanun", "Закон от 27 октября 1992 г."),
    ("USSR labour law", "SSRİ əmək qanunvericiliyi", "Законодательство СССР о труде"),
    ("No source found", "Mənbə tapılmayıb", "Источник не найден"),
    (
        "Presidential decree of 26 March 1998",
        "26 mart 1998-ci il tarixli Prezident fərmanı",
        "Указ Президента от 26 марта 1998 г.",
    ),
    (  # the record's own words in English; the acts it cites written anew in each language
        "Law of 19 September 2024; Labor Code Art. 105.1 as amended 16 January 2026",
        "19 sentyabr 2024-cü il tarixli Qanun; Əmək Məcəlləsi, maddə 105.1 (16 yanvar 2026-cı il tarixli dəyişikliklə)",
        "Закон от 19 сентября 2024 г.; Трудовой кодекс, ст. 105.1 (в редакции от 16 января 2026 г.)",
    ),
]


# The bases of the compiled calendar's days, written in az and ru, and whether the data's files were read
IN_A_NEW_PROCESS = """
import sys
import azcal
from azcal.text.legal import basis_text

cal = azcal.Calendar()
bases = {rule.basis: rule.basis for rule in cal.law.values()}
for d in cal.days("1990-01-01", "2101-01-01"):
    bases.update((cited.basis, cited.basis) for cited in (*d.observances, d.reason) if cited is not None)
for words in sys.argv[1:]:
    print(basis_text(bases[words], "az"), basis_text(bases[words], "ru"), sep="\\n")
print("azcal.law.loading" in sys.modules, "azcal.engine" in sys.modules)
"""


def test_the_official_bases_in_a_new_process() -> None:
    """A day of the compiled calendar carries the acts its basis cites, as the file keeps them: written in
    each language with no data file read and no calendar compiled."""
    argv = [sys.executable, "-c", IN_A_NEW_PROCESS, *(basis for basis, _, _ in OFFICIAL_BASES)]
    out = subprocess.run(argv, capture_output=True, text=True, check=True).stdout
    assert out.splitlines() == [*(text for _, az, ru in OFFICIAL_BASES for text in (az, ru)), "False False"]


@pytest.mark.parametrize(
    "basis",
    [
        "Company policy",
        "Labor Code Art. 106; company agreement",
        "Law of 31 February 2024",
        "Labor Code Art. 106 ",
        "Labor Code Art. 107",  # the words of a citation, but given as text: shown as written
        "Labor Code Art. 106",  # the words of an official basis, as text: the official acts are not its
    ],
)
def test_other_words_are_shown_as_written(basis: str) -> None:
    assert azcal.day("2025-01-20").observances[0].basis == "Labor Code Art. 106"  # the official data in use
    assert basis_text(basis, "az") == basis_text(basis, "ru") == basis


def test_a_company_basis_given_as_text_is_shown_as_written(tmp_path: Path) -> None:
    cal = azcal.Calendar.with_rules(write(tmp_path, holiday_citing('"Collective agreement, clause 4.2"')))
    (observance,) = [o for o in cal.day("2025-09-15").observances if o.key == "founders"]
    assert observance.basis == basis_text(observance.basis, "az") == "Collective agreement, clause 4.2"


def test_the_command_and_the_calendar_file_use_them(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["day", "2025-01-20", "--lang", "ru"]) == 0
    assert "Основание: Трудовой кодекс, ст. 106" in capsys.readouterr().out
    assert main(["day", "2025-01-20", "--lang", "az"]) == 0
    assert "Əsas: Əmək Məcəlləsi, maddə 106" in capsys.readouterr().out
    ics = azcal.to_ics(2025, "ru").decode("utf-8").replace("\r\n ", "")
    assert "Трудовой кодекс\\, ст. 106" in ics and "Labor Code" not in ics


@pytest.mark.parametrize("lang", ["az", "ru"])
def test_a_day_of_the_law_prints_no_english(capsys: pytest.CaptureFixture[str], lang: str) -> None:
    """20 January: its name, basis and note in the reader's language; only the source's address stays."""
    assert main(["day", "2025-01-20", "--lang", "en"]) == 0
    english = {w for w in re.findall(r"[A-Za-z]{3,}", capsys.readouterr().out.split("Source:")[0])}
    assert {"Never", "transferred", "Labor", "Code"} <= english  # what the English page says
    assert main(["day", "2025-01-20", "--lang", lang]) == 0
    shown = [line for line in capsys.readouterr().out.splitlines() if "https://" not in line]
    assert not english & set(re.findall(r"[A-Za-z]{3,}", "\n".join(shown)))


RULE = """[holiday.founders]
category = "day_off"
names = {{ az = "Təsisçilər günü", en = "Founders' Day", ru = "День основателей" }}
basis = "Company order No. 7"
source = "https://example.com/order-7"
[[holiday.founders.rule]]
years = [2025]
dates = ["09-15"]
note = {note}
"""


@pytest.mark.parametrize(
    ("note", "shown"),
    [
        (
            '{ az = "Ödənişli", en = "Paid", ru = "Оплачиваемый" }',
            {"az": "Ödənişli", "en": "Paid", "ru": "Оплачиваемый"},
        ),
        ('"Paid"', {"az": "Paid", "en": "Paid", "ru": "Paid"}),  # one text for every language
    ],
)
def test_a_rules_file_note_in_each_language(tmp_path: Path, note: str, shown: dict[str, str]) -> None:
    cal = azcal.Calendar.with_rules(write(tmp_path, RULE.format(note=note)))
    (observance,) = cal.day("2025-09-15").observances
    assert observance.note is not None
    assert {lang: observance.note.name(lang) for lang in azcal.LANGUAGES} == shown


def test_a_note_missing_a_language_is_refused(tmp_path: Path) -> None:
    with pytest.raises(azcal.RulesError, match="field 'note' needs a non-empty text for ru"):
        azcal.Calendar.with_rules(write(tmp_path, RULE.format(note='{ az = "a", en = "b" }')))


def test_a_note_table_may_hold_line_breaks_as_a_note_string_may(tmp_path: Path) -> None:
    note = '{ az = "bir\\nIki", en = "one\\ntwo", ru = "один\\tдва" }'
    cal = azcal.Calendar.with_rules(write(tmp_path, RULE.format(note=note)))
    (observance,) = cal.day("2025-09-15").observances
    assert observance.note is not None and observance.note.name("en") == "one\ntwo"


@pytest.mark.parametrize("note", ["5", "[]", "true"])
def test_a_note_of_another_type_says_what_it_may_be(tmp_path: Path, note: str) -> None:
    with pytest.raises(azcal.RulesError, match="field 'note' must be a string or a table of az, en and ru"):
        azcal.Calendar.with_rules(write(tmp_path, RULE.format(note=note)))


def test_the_notes_a_day_shows_for_its_decision_read_in_each_language() -> None:
    notes = set()
    for cal in (azcal.Calendar(), azcal.Calendar(week=6)):
        notes |= {d.reason.note for d in cal.days("1990-01-01", "2101-01-01") if d.reason and d.reason.note}
    assert len(notes) >= 4  # the 2024 and 2025 swaps, the six-day lists of 2020 and 2026
    for note in notes:
        assert not ENGLISH.search(note.az) and not re.search("[A-Za-z]{3}", note.ru.replace("COP", "")), note


def test_a_swap_explains_itself(capsys: pytest.CaptureFixture[str]) -> None:
    from azcal.cli import main

    assert main(["day", "2025-03-10", "--lang", "ru"]) == 0
    assert "10 марта и 1 апреля были днями отдыха по ст. 105.5" in capsys.readouterr().out


def test_one_holiday_giving_the_same_words_for_other_acts_is_refused(tmp_path: Path) -> None:
    """A holiday's Days in equal words are one Day, whose Azerbaijani and Russian are written from its
    acts: two rules of a holiday giving the same English words for other acts (through 'en') would have
    the years of one rule cite the other's acts, so the file is refused. Other holidays may use the same
    words for other acts, as a company's file may use the official words (test_hostile_rules.py)."""
    rules = """[holiday.founders]
category = "memorial"
names = {{ az = "Təsisçilər günü", en = "Founders' Day", ru = "День основателей" }}
source = "https://example.com/order-7"
[[holiday.founders.rule]]
years = [2025, 2025]
dates = ["09-15"]
basis = {{ act = "Law", adopted = 2001-10-05, en = "Order 7" }}
[[holiday.founders.rule]]
years = [2026]
dates = ["09-15"]
basis = {later}
"""
    for later in ('{ act = "Presidential order", adopted = 2019-06-03, en = "Order 7" }', '"Order 7"'):
        with pytest.raises(azcal.RulesError, match=r"\[holiday\.founders\]: two rules give the basis 'Order 7'"):
            azcal.Calendar.with_rules(write(tmp_path, rules.format(later=later)))
    same = rules.format(later='{ act = "Law", adopted = 2001-10-05, en = "Order 7" }')
    cal = azcal.Calendar.with_rules(write(tmp_path, same, "same.toml"))
    assert {basis_text(cal.day(f"{year}-09-15").observances[0].basis, "az") for year in (2025, 2026)} == {
        "5 oktyabr 2001-ci il tarixli Qanun"
    }
    other = holiday_citing('{ act = "Presidential order", adopted = 2019-06-03, en = "Order 7" }')
    other = other.replace("founders", "staff")
    both = azcal.Calendar.with_rules(write(tmp_path, same + other, "both.toml"))
    assert basis_text(both.day("2025-09-15").observances[0].basis, "ru") == "Закон от 5 октября 2001 г."
