"""Text that no person sees, and text longer than an output holds: a rules file's names, notes, bases and
sources are refused at check time, with the code point, its Unicode name and its position, or with the
field's limit, by ``azcal check``, by ``Calendar.with_rules`` and before any export is written."""

from __future__ import annotations

import subprocess
import sys
import unicodedata
from pathlib import Path
from xml.etree import ElementTree

import pytest
import xmlschema

import azcal
from azcal.cli import main
from azcal.law.loading import LONGEST_NAME, LONGEST_TEXT, MAX_NAMES_A_DAY, parse_rules
from conftest import write

ROOT = Path(__file__).resolve().parents[1]
XSD = xmlschema.XMLSchema(str(ROOT / "docs" / "schema" / "xmlcalendar.xsd"))


def escaped(text: str) -> str:
    """``text`` as a TOML basic string, every character but printable ASCII as a \\U escape: the file
    itself stays plain, and what reaches the loader is exactly ``text``."""
    inner = "".join(c if " " <= c <= "~" and c not in '"\\' else f"\\U{ord(c):08X}" for c in text)
    return f'"{inner}"'


def rules(
    *,
    name: str = "Company day",
    basis: str = "Company order 7",
    source: str = "https://intranet.example/orders/7",
    note: str = "Stocktaking",
    title: str = "Order 7",
    report: str = "https://press.example/7",
    number: str = "7",
) -> str:
    """A company's holiday on 15 September and an order that swaps a Friday for a Saturday in 2025."""
    return f"""[holiday.company_day]
category = "day_off"
names = {{ az = "Şirkət günü", en = {escaped(name)}, ru = "День компании" }}
basis = {escaped(basis)}
source = {escaped(source)}
[[holiday.company_day.rule]]
years = [2020]
dates = ["09-15"]

[[decision]]
id = "acme-2025-stocktake"
adopted = 2025-01-10
number = {escaped(number)}
title = {escaped(title)}
source = "https://intranet.example/orders/7"
reports = [{escaped(report)}]
note = {escaped(note)}
swaps = [{{ rest = 2025-04-04, work = 2025-04-12 }}]
"""


def only_problem(path: Path) -> str:
    (problem,) = [str(error) for error in azcal.check_rules(path)]
    return problem


# -- characters no one sees --------------------------------------------------------------------------------

HIDDEN = [
    ("\u200b", "the invisible format character"),  # ZERO WIDTH SPACE
    ("\u200c", "the invisible format character"),  # ZERO WIDTH NON-JOINER
    ("\u200d", "the invisible format character"),  # ZERO WIDTH JOINER
    ("\u2060", "the invisible format character"),  # WORD JOINER
    ("\ufeff", "the invisible format character"),  # a byte-order mark inside the text
    ("\u200e", "the invisible format character"),  # LEFT-TO-RIGHT MARK
    ("\u200f", "the invisible format character"),  # RIGHT-TO-LEFT MARK
    ("\u061c", "the invisible format character"),  # ARABIC LETTER MARK
    ("\u202b", "the invisible format character"),  # RIGHT-TO-LEFT EMBEDDING
    ("\u2067", "the invisible format character"),  # RIGHT-TO-LEFT ISOLATE
    ("\u00ad", "the invisible format character"),  # SOFT HYPHEN
    ("\U000e0041", "the invisible format character"),  # TAG LATIN CAPITAL LETTER A
    ("\U000e007f", "the invisible format character"),  # CANCEL TAG
    ("\ufdd0", "the noncharacter"),
    ("\ufdef", "the noncharacter"),
    ("\ufffe", "the noncharacter"),
    ("\uffff", "the noncharacter"),
    ("\U0001fffe", "the noncharacter"),
    ("\U0010ffff", "the noncharacter"),
    ("\ue000", "the private-use character"),
    ("\U000f0000", "the private-use character"),
    ("\U0010fffd", "the private-use character"),
    ("\u0378", "the unassigned code point"),
    ("\U000e0080", "the unassigned code point"),
    ("\u3164", "the invisible filler"),  # HANGUL FILLER
    ("\u115f", "the invisible filler"),  # HANGUL CHOSEONG FILLER
    ("\u034f", "the invisible filler"),  # COMBINING GRAPHEME JOINER
]


def described(char: str, what: str) -> str:
    name = unicodedata.name(char, "")
    return f"{what} U+{ord(char):04X}" + (f" ({name})" if name else "")


@pytest.mark.parametrize(("char", "what"), HIDDEN, ids=[f"U+{ord(c):04X}" for c, _ in HIDDEN])
def test_a_character_no_one_sees_is_refused_with_its_name_and_position(tmp_path: Path, char: str, what: str) -> None:
    path = write(tmp_path, rules(name=f"Company{char} day"))
    assert only_problem(path) == (
        f"{path}:1: [holiday.company_day]: field 'names' (en) holds {described(char, what)} at position 8"
    )
    with pytest.raises(azcal.RulesError, match="at position 8"):
        azcal.Calendar.with_rules(path)


@pytest.mark.parametrize(
    ("name", "position", "said"),
    [
        ("\u0301Company", 1, "the mark U+0301 (COMBINING ACUTE ACCENT), with no letter before it,"),
        ("Company \ufe0f", 9, "the mark U+FE0F (VARIATION SELECTOR-16), with no letter before it,"),
        ("\U000e0100x", 1, "the mark U+E0100 (VARIATION SELECTOR-17), with no letter before it,"),
    ],
)
def test_a_mark_on_no_letter_is_refused(tmp_path: Path, name: str, position: int, said: str) -> None:
    path = write(tmp_path, rules(name=name))
    assert only_problem(path).endswith(f"field 'names' (en) holds {said} at position {position}")


@pytest.mark.parametrize(
    ("field", "what", "line"),
    [
        ("basis", "'basis'", 1),
        ("source", "'source'", 1),
        ("note", "'note'", 10),
        ("title", "'title'", 10),
        ("number", "'number'", 10),
        ("report", "'reports' item 1", 10),
    ],
)
def test_every_text_of_a_rules_file_shows_as_written(tmp_path: Path, field: str, what: str, line: int) -> None:
    path = write(tmp_path, rules(**{field: "Order\u200b 7"}))
    assert only_problem(path).startswith(f"{path}:{line}: ")
    assert only_problem(path).endswith(
        f"field {what} holds {described(chr(0x200B), 'the invisible format character')} at position 6"
    )


# Text that shows: Azerbaijani and Russian letters, dashes, quotes, the numero sign, an accent on a letter,
# an emoji with its variation selector, a no-break space, Hebrew and Arabic letters, a full-width sign
SHOWN = [
    "Ümummilli Lider Heydər Əliyevin anım günü",
    "Ğ ğ İ ı Ş ş Ç ç Ö ö Ü ü Ə ə",
    "День памяти — «жертв» 20 Января № 5",
    "Order № 7 – 2025 “quoted” ‘and’ „so“",
    "Cafe\u0301 and na\u00efve",
    "Company day \u263a\ufe0f",
    "Company\u00a0day",
    "יום חברה and عيد",
    "＝ in full width",
]


@pytest.mark.parametrize("name", SHOWN)
def test_text_that_shows_passes_and_one_hidden_character_beside_it_does_not(tmp_path: Path, name: str) -> None:
    assert azcal.check_rules(write(tmp_path, rules(name=name))) == []
    company = azcal.Calendar.with_rules(tmp_path / "rules.toml")
    assert company.day("2025-09-15").observances[-1].name("en") == name
    hidden = write(tmp_path, rules(name=name + "\u2060"), "hidden.toml")
    assert only_problem(hidden).endswith(f"U+2060 (WORD JOINER) at position {len(name) + 1}")


def test_a_note_and_a_basis_may_hold_line_breaks_and_tabs_but_no_separator(tmp_path: Path) -> None:
    assert azcal.check_rules(write(tmp_path, rules(note="One line,\nanother\tand a tab"))) == []
    path = write(tmp_path, rules(basis="Order\u2028 7"), "separator.toml")
    assert only_problem(path).endswith("field 'basis' holds the separator U+2028 (LINE SEPARATOR) at position 6")


def test_a_surrogate_is_refused_by_the_loader_itself() -> None:
    text = rules().replace('"Company day"', '"Company\ud800"')  # only a str can hold one: UTF-8 cannot
    with pytest.raises(azcal.RulesError, match=r"holds the surrogate U\+D800 at position 8"):
        parse_rules("surrogate.toml", text)


def test_the_packaged_data_passes_and_would_not_with_one_hidden_character() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "azcal", "check", "--official"], capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0 and done.stderr == "", done.stdout + done.stderr
    text = (ROOT / "src" / "azcal" / "law" / "data" / "decisions" / "2025.toml").read_text("utf-8")
    assert parse_rules("2025.toml", text).decisions
    with pytest.raises(azcal.RulesError, match=r"U\+200B \(ZERO WIDTH SPACE\)"):
        parse_rules("2025.toml", text.replace('en = "', 'en = "\u200b', 1))


# -- through the command ------------------------------------------------------------------------------------


def test_the_command_names_the_character_in_one_line(tmp_path: Path) -> None:
    path = write(tmp_path, rules(name="Company\u200d day"))
    done = subprocess.run(
        [sys.executable, "-m", "azcal", "check", str(path)], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 1 and done.stderr == ""
    assert done.stdout == (
        f"{path}:1: [holiday.company_day]: field 'names' (en) holds the invisible format character "
        "U+200D (ZERO WIDTH JOINER) at position 8\n"
    )


@pytest.mark.parametrize("format", ["csv", "xlsx", "json", "xmlcalendar"])
def test_no_export_is_written_from_a_file_with_hidden_text(
    tmp_path: Path, format: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path, rules(name="Company\uffff day"))
    out = tmp_path / f"out.{format}"
    assert main(["export", "2025", "--format", format, "--rules", str(path), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert "holds the noncharacter U+FFFF at position 8" in err and len(err.strip().splitlines()) == 1
    assert not out.exists()


def test_the_xmlcalendar_stays_valid_xml(tmp_path: Path) -> None:
    name = (" ".join(SHOWN) + " <b>&amp; \"x\" 'y'")[-LONGEST_NAME:]  # characters XML escapes, too
    path = write(tmp_path, rules(name=name))
    data = azcal.export(2025, "xmlcalendar", "en", calendar=azcal.Calendar.with_rules(path))
    root = ElementTree.fromstring(data)  # expat refuses a character XML cannot hold
    assert name in [h.get("title") for h in root.iter("holiday")]
    XSD.validate(data.decode())
    for char in "\ufffe\uffff":  # each would make a file no XML reader takes
        with pytest.raises(azcal.RulesError, match=rf"the noncharacter U\+{ord(char):04X}"):
            azcal.Calendar.with_rules(write(tmp_path, rules(name=f"Company{char} day"), "bad.toml"))


# -- text longer than an output holds ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("field", "what", "longest"),
    [
        ("name", "'names' (en)", LONGEST_NAME),
        ("basis", "'basis'", LONGEST_TEXT["basis"]),
        ("source", "'source'", LONGEST_TEXT["source"]),
        ("title", "'title'", LONGEST_TEXT["title"]),
        ("report", "'reports' item 1", LONGEST_TEXT["reports"]),
        ("note", "'note'", LONGEST_TEXT["note"]),
        ("number", "'number'", LONGEST_NAME),
    ],
)
def test_text_longer_than_its_limit_is_refused_with_the_limit(
    tmp_path: Path, field: str, what: str, longest: int
) -> None:
    assert azcal.check_rules(write(tmp_path, rules(**{field: "ə" * longest}))) == []
    path = write(tmp_path, rules(**{field: "ə" * (longest + 1)}), "long.toml")
    assert only_problem(path).endswith(
        f"field {what} is {longest + 1:,} characters long, more than the {longest:,} it may have"
    )


def test_the_limits_are_what_the_docs_say() -> None:
    assert (LONGEST_NAME, LONGEST_TEXT, MAX_NAMES_A_DAY) == (
        200,
        {"title": 2_000, "basis": 2_000, "source": 2_000, "reports": 2_000, "note": 4_000},
        20,
    )
    text = (ROOT / "docs" / "rules-files.md").read_text("utf-8")
    assert "a name (in each language) 200" in text and "a `note` (in each language) 4,000" in text
    assert "2,000" in text and "at most 20 names on one day" in text


def test_a_name_longer_than_a_workbook_cell_is_refused_not_cut(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path, rules(name="a" * 40_000))
    out = tmp_path / "az.xlsx"
    assert main(["export", "2025", "--format", "xlsx", "--rules", str(path), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert "is 40,000 characters long, more than the 200 it may have" in err and not out.exists()
    with pytest.raises(azcal.RulesError, match="more than the 200"):
        azcal.Calendar.with_rules(path)


# -- how many names one day may have ------------------------------------------------------------------------


def holidays_on(month_day: str, count: int, *, lunar: int = 0) -> str:
    """``count`` memorial days of one's own on ``month_day``, and ``lunar`` on the first day of Ramazan."""
    parts = []
    for n in range(count + lunar):
        when = f'dates = ["{month_day}"]' if n < count else 'lunar = "eid_al_fitr"\ndays = 1'
        parts.append(
            f"""[holiday.day_{n}]
category = "memorial"
names = {{ az = "Gün {n}", en = "Day {n}", ru = "День {n}" }}
basis = "Company order"
source = "https://intranet.example/orders/1"
[[holiday.day_{n}.rule]]
years = [2025, 2025]
{when}
"""
        )
    return "\n".join(parts)


def test_a_day_may_have_twenty_names_from_a_file_and_no_more(tmp_path: Path) -> None:
    at_limit = write(tmp_path, holidays_on("09-15", MAX_NAMES_A_DAY))
    assert len(azcal.Calendar.with_rules(at_limit).day("2025-09-15").observances) == MAX_NAMES_A_DAY
    over = write(tmp_path, holidays_on("09-15", MAX_NAMES_A_DAY + 1), "over.toml")
    assert only_problem(over) == (
        f"{over}: 21 of its names may fall on 09-15 of a year, more than the 20 a rules file may give one day, "
        "whose names are shown together"
    )


def test_lunar_holidays_count_on_every_day(tmp_path: Path) -> None:
    path = write(tmp_path, holidays_on("09-15", 15, lunar=6))
    assert only_problem(path).endswith(
        "21 of its names may fall on 09-15 of a year (its lunar holidays on any day), more than the 20 a rules "
        "file may give one day, whose names are shown together"
    )


def test_names_a_decision_piles_on_one_date_count_too(tmp_path: Path) -> None:
    mourning = ", ".join(
        f'{{ date = 2025-09-16, names = {{ az = "a{n}", en = "b{n}", ru = "c{n}" }}, non_working = false }}'
        for n in range(MAX_NAMES_A_DAY + 1)
    )
    text = f"""[[decision]]
id = "many"
adopted = 2025-01-01
title = "Many"
source = "https://intranet.example/many"
declared_mourning = [{mourning}]
"""
    path = write(tmp_path, text)
    assert only_problem(path).endswith(
        "21 of its names may fall on 2025-09-16, more than the 20 a rules file may give one day, "
        "whose names are shown together"
    )
