"""The packaged decisions read like the tz database: one file per year, one id pattern, in the order
adopted, the act first; inferred entries are their own kind; and `azcal check --official` passes.

`azcal check --official` (check.py) holds every entry to the conventions; the tests here give the
answers the conventions must give for acts their sources date, and show the check finding an entry out
of place, rather than apply the conventions again."""

from __future__ import annotations

import datetime as dt
import tomllib
from pathlib import Path

import pytest

import azcal
from azcal.check import check_official
from azcal.cli import main
from azcal.law.loading import official_rules

FOLDER = Path(azcal.__file__).parent / "law" / "data" / "decisions"


def entries() -> list[tuple[Path, str, dict[str, object]]]:
    found = []
    for path in sorted(FOLDER.glob("*.toml")):
        doc = tomllib.loads(path.read_text("utf-8"))
        for kind in ("decision", "inferred"):
            found += [(path, kind, entry) for entry in doc.get(kind, [])]
    return found


def test_one_file_per_year_from_2002() -> None:
    years = [int(p.stem) for p in sorted(FOLDER.glob("*.toml"))]
    assert years == list(range(2002, years[-1] + 1)) and years[-1] >= 2026


# Where an act is filed and the date its id gives, for acts whose sources date them.
@pytest.mark.parametrize(
    ("ident", "adopted", "number", "year"),
    [
        ("2023-12-09-swap-new-year", "2023-12-09", "447", 2024),  # S16, S54: adopted in 2023, rest days in January 2024
        ("2023-12-09-holiday-dates", "2023-12-09", "448", 2024),  # S54
        ("2024-11-28-swap-new-year", "2024-11-28", None, 2024),  # S21: rest 30 December 2024 before 3 January 2025
        ("2025-02-15-swap-march", "2025-02-15", None, 2025),  # S25
        ("2025-12-02-holiday-dates", "2025-12-02", "362", 2026),  # S30
        ("2025-12-11-six-day-week-2026", "2025-12-11", None, 2026),  # S29: working days of 2026 alone, no day off
    ],
)
def test_an_act_is_filed_under_the_year_of_its_first_day_off(
    ident: str, adopted: str, number: str | None, year: int
) -> None:
    (decision,) = [d for d in official_rules().decisions if d.id == ident]
    assert decision.adopted == dt.date.fromisoformat(adopted) and decision.number == number
    assert decision.origin == f"azcal/law/data/decisions/{year}.toml"


def test_inferred_entries_claim_no_act() -> None:
    inferred = [e for _, kind, e in entries() if kind == "inferred"]
    assert inferred
    for entry in inferred:
        # one holiday's dates, or one voting day, each, known from their first day: the latest they can have been
        # known (a voting day whose status no report gives is inferred from the law, docs/law.md)
        if "voting" in entry:
            (vote,) = entry["voting"]  # type: ignore[misc]
            assert entry["reported"] == vote["date"] and "holiday_dates" not in entry, entry["id"]
            continue
        (dates,) = entry["holiday_dates"]  # type: ignore[misc]
        assert entry["reported"] == dates["dates"][0], entry["id"]
    decisions = {d.id: d for d in official_rules().decisions}
    assert all(decisions[str(e["id"])].inferred for e in inferred)


@pytest.mark.parametrize(
    ("year", "adopted", "number"),
    [
        (2007, "2006-12-19", "264"),  # the acts found for the yearly dates: each entry cites its report
        (2014, "2013-12-17", None),
        (2015, "2014-11-21", None),
        (2017, "2016-11-25", "483"),  # S63
        (2018, "2017-12-06", "540"),
        (2019, "2018-12-19", "856s"),  # S61
        (2020, "2019-12-02", "712s"),  # S60
        (2024, "2023-12-09", "448"),
    ],
)
def test_the_acts_of_the_yearly_holiday_dates(year: int, adopted: str, number: str | None) -> None:
    (decision,) = [
        d
        for d in official_rules().decisions
        if d.holiday_dates and min(x for h in d.holiday_dates for x in h.dates).year == year
    ]
    assert not decision.inferred and decision.adopted == dt.date.fromisoformat(adopted)
    assert decision.number == number


def test_an_inferred_entry_is_known_from_its_first_report() -> None:
    # 2010's Ramazan dates have no act found: known from their first day, estimated before it
    (entry,) = [d for d in official_rules().decisions if d.id == "2010-09-09-ramazan-dates"]
    ramazan = entry.holiday_dates[0].dates[0]
    assert entry.inferred and entry.known_from == ramazan
    assert azcal.Calendar(as_of=ramazan).day(ramazan).estimated is False
    assert azcal.Calendar(as_of=ramazan - dt.timedelta(days=1)).day(ramazan).estimated is True


def test_the_act_comes_first_and_the_press_after() -> None:
    swap = next(d for d in official_rules().decisions if d.id == "2023-12-09-swap-new-year")
    assert swap.number == "447" and "nk.gov.az" in swap.source
    assert swap.reports == ("https://metbuat.az/news/1488651/isleyenlerin-nezerine.html",)
    assert azcal.day("2024-01-04").reason.source == swap.source  # the day cites the act


def test_the_packaged_data_passes_azcal_check(capsys: pytest.CaptureFixture[str]) -> None:
    found = check_official()
    assert found and not any(found.values())
    assert len(found) == 1 + len(list(FOLDER.glob("*.toml")))
    assert main(["check", "--official"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "azcal/law/data/holidays.toml: ok" and all(line.endswith(": ok") for line in out)


def test_check_takes_files_or_official_not_both(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert main(["check"]) == 2
    assert main(["check", "--official", str(tmp_path / "x.toml")]) == 2
    assert "--official" in capsys.readouterr().err


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "rules.toml"
    path.write_text(text, "utf-8")
    return path


def test_a_record_belongs_only_in_the_packaged_law(tmp_path: Path) -> None:
    errors = azcal.check_rules(write(tmp_path, '[[record]]\nyears = [2020, 2021]\nconfidence = "estimated"\n'))
    assert [e.reason for e in errors] == ["unknown top-level key 'record'; expected decision, holiday, inferred"]


@pytest.mark.parametrize(("weeks", "shown"), [("[6.0]", "[6.0]"), ("[true]", "[true]"), ("[5, 5]", "[5, 5]")])
def test_weeks_are_whole_numbers_each_once(tmp_path: Path, weeks: str, shown: str) -> None:
    text = f'[[decision]]\nid = "x"\nadopted = 2026-01-05\ntitle = "t"\nsource = "s"\nweeks = {weeks}\n'
    text += "swaps = [{ rest = 2026-06-05, work = 2026-06-07 }]\n"
    (error,) = azcal.check_rules(write(tmp_path, text))
    assert error.reason == f"'weeks' must list the working weeks 5 and 6, each at most once, got {shown}"


def test_an_inferred_entry_is_named_as_one_and_a_decision_has_no_report_date(tmp_path: Path) -> None:
    dated = "holiday_dates = [{ holiday = 'qurban_bayrami', dates = [2030-04-13] }]\n"
    text = f'[[inferred]]\nid = "x"\nreported = 2030-01-01\ntitle = "t"\nsource = "s"\n{dated}'
    text += f'[[inferred]]\nid = "x"\nreported = 2030-01-02\ntitle = "t"\nsource = "s"\n{dated}'
    (error,) = azcal.check_rules(write(tmp_path, text))
    assert error.entry == "inferred 'x'" and error.reason == "duplicate id"
    decided = '[[decision]]\nid = "y"\nadopted = 2030-01-01\nreported = 2029-12-01\ntitle = "t"\nsource = "s"\n'
    (error,) = azcal.check_rules(write(tmp_path, decided + dated))
    assert error.reason == "unknown field 'reported'"
    for field in ("adopted = 2030-01-01", "adopted_approximate = true", 'number = "1"', 'authority = "Cabinet"'):
        claimed = f'[[inferred]]\nid = "z"\nreported = 2030-01-01\n{field}\ntitle = "t"\nsource = "s"\n{dated}'
        (error,) = azcal.check_rules(write(tmp_path, claimed))  # an inferred entry claims no act
        assert error.reason == f"unknown field {field.split(' = ')[0]!r}"


def test_check_official_finds_an_entry_out_of_place(tmp_path: Path) -> None:
    from azcal.check import _layout_problems
    from azcal.law.loading import parse_rules

    text = (FOLDER / "2025.toml").read_text("utf-8")
    shuffled = text.replace(
        'id = "2025-02-15-swap-march"\nadopted = 2025-02-15', 'id = "2025-02-15-swap-march"\nadopted = 2025-07-01'
    )
    problems = _layout_problems("azcal/law/data/decisions/2025.toml", parse_rules("2025.toml", shuffled))
    reasons = [p.reason for p in problems]
    assert "the id must be the date it was adopted and a few words: 2025-07-01-words-in-lower-case" in reasons
    assert any(r.startswith("comes before") for r in reasons)
    moved = _layout_problems("azcal/law/data/decisions/2024.toml", parse_rules("2024.toml", text))
    assert moved and all(p.reason == "sets days of 2025: it belongs in 2025.toml" for p in moved)
