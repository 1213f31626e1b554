"""Files for every system HR uses: each format is read back by a reader that is not azcal's writer and
compared day by day with the library, for 2024-2026 and for a year of estimated Eid dates."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import sys
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

import jsonschema
import openpyxl
import pandas as pd
import pytest
import xmlschema

import azcal
from azcal.cli import main
from azcal.exports.colours import COLOURS
from azcal.exports.tables import CSV_COLUMNS
from azcal.exports.workbook import CALENDAR
from azcal.text.describe import detail
from azcal.text.words import KINDS, NORMS, WEEKDAY_NAMES, WORKBOOK
from conftest import COMPANY, write

ROOT = Path(__file__).resolve().parents[1]
YEARS = [2024, 2025, 2026, 2030]  # 2030: its Ramazan and Qurban are estimates
SCHEMA = json.loads((ROOT / "docs" / "schema" / "calendar.schema.json").read_text("utf-8"))
XSD = xmlschema.XMLSchema(str(ROOT / "docs" / "schema" / "xmlcalendar.xsd"))


def days_of(years: list[int], calendar: azcal.Calendar | None = None) -> list[azcal.Day]:
    cal = calendar or azcal.Calendar()
    return [day for year in years for day in cal.year(year).days]


# -- CSV ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", azcal.LANGUAGES)
def test_csv_reads_back_with_the_csv_module(lang: str) -> None:
    data = azcal.export(YEARS, "csv", lang)
    assert data.startswith(b"\xef\xbb\xbf") and b"\r\n" in data  # the mark Excel needs, RFC 4180 line ends
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    days = days_of(YEARS)
    assert [tuple(row) for row in rows[:1]] == [CSV_COLUMNS] and len(rows) == len(days)
    for row, day in zip(rows, days, strict=True):
        assert row["date"] == day.date.isoformat() and row["kind"] == day.kind.value
        assert row["weekday"] == WEEKDAY_NAMES[lang][day.date.weekday()]
        assert (row["workday"], row["shortened"], row["estimated"]) == tuple(
            str(flag).lower() for flag in (day.is_workday, day.shortened, day.estimated)
        )
        assert int(row["hours"]) == day.hours and row["names"] == detail(day, lang)
    assert any(row["estimated"] == "true" for row in rows)  # the estimated year is in there


def test_csv_reads_back_with_pandas_as_typed_columns() -> None:
    frame = pd.read_csv(io.BytesIO(azcal.export(YEARS, "csv", "ru")), encoding="utf-8-sig", parse_dates=["date"])
    days = days_of(YEARS)
    assert frame["workday"].dtype == bool and frame["hours"].dtype.kind == "i"
    assert frame["workday"].tolist() == [d.is_workday for d in days]
    assert frame["hours"].sum() == sum(d.hours for d in days)
    assert frame["date"].dt.date.tolist() == [d.date for d in days]
    # the official 2026 figures (tests/test_official.py cites them): 241 working days, 1922 hours
    in_2026 = frame[frame["date"].dt.year == 2026]
    assert (int(in_2026["workday"].sum()), int(in_2026["hours"].sum())) == (241, 1922)


# -- JSON --------------------------------------------------------------------------------------------------


def validator() -> jsonschema.Draft202012Validator:
    jsonschema.Draft202012Validator.check_schema(SCHEMA)
    return jsonschema.Draft202012Validator(SCHEMA, format_checker=jsonschema.FormatChecker())


@pytest.mark.slow
@pytest.mark.parametrize("lang", azcal.LANGUAGES)
def test_json_follows_its_schema_and_holds_every_day(lang: str) -> None:
    document = json.loads(azcal.export(YEARS, "json", lang))
    validator().validate(document)
    assert document["years"] == YEARS and document["lang"] == lang
    assert document["data_version"] == azcal.Calendar().data_version and document["as_of"] is None
    days = days_of(YEARS)
    assert len(document["days"]) == len(days)
    for record, day in zip(document["days"], days, strict=True):
        assert said_of(day) == {name: record[name] for name in said_of(day)}
        assert [o["name"] for o in record["observances"]] == [o.name(lang) for o in day.observances]


def said_of(day: azcal.Day) -> dict[str, Any]:
    """What a day's JSON record must say, read from the Day itself rather than from the writer."""
    reason = day.reason
    return {
        "date": day.date.isoformat(),
        "weekday": day.date.strftime("%A"),
        "kind": day.kind.value,
        "is_workday": day.is_workday,
        "hours": day.hours,
        "shortened": day.shortened,
        "estimated": day.estimated,
        "confidence": day.confidence.value,
        "shortened_before": day.shortened_before and day.shortened_before.key,
        "reason": reason
        and {
            "rule": reason.rule.value,
            "stands_for": reason.stands_for and reason.stands_for.isoformat(),
            "holiday": reason.holiday,
            "decision": reason.decision,
            "basis": reason.basis,
            "source": reason.source,
            "text": ANY_TEXT if reason.rule.value in EXPLAINED else None,
        },
    }


class _AnyText:
    """Equal to any non-empty string: a reason's words are tested with the words, not here."""

    def __eq__(self, other: object) -> bool:
        return isinstance(other, str) and bool(other)


ANY_TEXT = _AnyText()
# the rules whose days a reason explains in words; a holiday's, mourning's or voting day's observance says it
EXPLAINED = ("weekend", "weekend_transfer", "bayram_transfer", "swap", "decision")


# Days the law and the Cabinet's acts make what they are (docs/sources.md: S1 Art. 106, the 2025 swap
# decision of 17 June 2025, Art. 105.6 and Art. 108), written out as a client reads them.
KNOWN = {
    "2025-01-20": {"kind": "mourning", "is_workday": False, "hours": 0, "reason": {"rule": "mourning"}},
    "2025-06-21": {
        "kind": "working_weekend",
        "is_workday": True,
        "hours": 8,
        "reason": {"rule": "swap", "stands_for": "2025-06-27", "decision": "2025-06-17-swap-armed-forces-day"},
    },
    "2026-03-27": {
        "kind": "rest_day",
        "is_workday": False,
        "reason": {"rule": "bayram_transfer", "stands_for": "2026-03-21", "holiday": "ramazan_bayrami"},
    },
    "2026-03-19": {"kind": "workday", "hours": 7, "shortened": True, "shortened_before": "novruz_bayrami"},
}


@pytest.mark.parametrize("date", sorted(KNOWN))
def test_json_says_what_the_law_made_of_known_days(date: str) -> None:
    record = next(r for r in json.loads(azcal.export(int(date[:4]), "json", "en"))["days"] if r["date"] == date)
    for field, expected in KNOWN[date].items():
        if isinstance(expected, dict):
            assert {name: record[field][name] for name in expected} == expected
        else:
            assert record[field] == expected


def test_the_schema_refuses_what_is_not_a_calendar() -> None:
    document = json.loads(azcal.export(2025, "json", "en"))
    document["days"][0]["kind"] = "sometimes"
    with pytest.raises(jsonschema.ValidationError):
        validator().validate(document)


def test_the_commands_day_records_follow_the_same_schema(capsys: pytest.CaptureFixture[str]) -> None:
    day_schema = {**SCHEMA["$defs"]["day"], "$defs": SCHEMA["$defs"]}
    check = jsonschema.Draft202012Validator(day_schema, format_checker=jsonschema.FormatChecker())
    assert main(["day", "2026-03-27", "--json", "--lang", "ru"]) == 0
    check.validate(json.loads(capsys.readouterr().out))
    assert main(["2025", "--json"]) == 0
    for record in json.loads(capsys.readouterr().out)["days"]:
        check.validate(record)


def test_a_calendar_of_ones_own_says_so(tmp_path: Path) -> None:
    company = azcal.Calendar.with_rules(write(tmp_path, COMPANY), as_of="2025-12-31")
    document = json.loads(azcal.export(2025, "json", "en", calendar=company))
    assert document["rules"] == ["rules.toml"] and document["as_of"] == "2025-12-31"  # a name, not a path
    days = days_of([2025], company)
    assert [said_of(day) for day in days] == [
        {name: r[name] for name in said_of(d)} for r, d in zip(document["days"], days, strict=True)
    ]
    company_day = next(record for record in document["days"] if record["date"] == "2025-04-04")
    assert (company_day["kind"], company_day["is_workday"]) == ("rest_day", False)  # the company's own swap


# -- xlsx --------------------------------------------------------------------------------------------------


def workbook(lang: str, years: list[int] = YEARS) -> Any:
    return openpyxl.load_workbook(io.BytesIO(azcal.export(years, "xlsx", lang)))


@pytest.mark.slow
@pytest.mark.parametrize("lang", azcal.LANGUAGES)
def test_the_workbook_reads_back_with_openpyxl(lang: str) -> None:
    book = workbook(lang)
    words = WORKBOOK[lang]
    assert book.sheetnames == [words["days"], CALENDAR[lang]["sheet"], words["norms"], words["legend"]]
    sheet = book[words["days"]]
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref == f"A1:J{sheet.max_row}"
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == words["columns"]
    days = days_of(YEARS)
    assert len(rows) - 1 == len(days)
    for row, day in zip(rows[1:], days, strict=True):
        assert row[0] == dt.datetime.combine(day.date, dt.time())  # a real date cell
        assert row[2] == KINDS[lang][day.kind]
        assert row[3:7] == (day.is_workday, day.hours, day.shortened, day.estimated)  # typed cells
        assert (row[7] or "") == detail(day, lang)


@pytest.mark.slow
def test_each_row_has_the_colour_of_its_kind() -> None:
    sheet = workbook("en", [2025])["Days"]
    for row in sheet.iter_rows(min_row=2):
        day = azcal.day(row[0].value.date())
        fill, text = COLOURS[day.kind]
        assert row[2].fill.fgColor.rgb[-6:].lower() == fill[1:] and row[2].font.color.rgb[-6:].lower() == text[1:]


def test_the_norms_sheet_holds_the_production_calendar_for_each_week() -> None:
    sheet = workbook("en", [2026])["Norms"]
    rows = [row for row in sheet.iter_rows(values_only=True) if any(cell is not None for cell in row)]
    titles = [row[0] for row in rows if row[0] and row[0].startswith("Production calendar")]
    assert titles == [NORMS["en"].title.format(year=2026, hours=h) for h in azcal.WEEK_HOURS]
    totals = [row for row in rows if row[0] == "Year"]
    for week_hours, total in zip(azcal.WEEK_HOURS, totals, strict=True):
        norm = azcal.year(2026).norms(week_hours).total
        assert total[1:] == (365, 365 - norm.workdays, norm.workdays, norm.shortened_days, float(norm.hours))
    assert totals[0][3:] == (241, 6, 1922.0)  # the official 2026 figures (tests/test_official.py cites them)


def test_a_missing_xlsx_extra_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "xlsxwriter", None)  # as if not installed
    with pytest.raises(azcal.MissingExtraError, match=r"pip install 'azcal\[xlsx\]'") as caught:
        azcal.export(2025, "xlsx")
    assert isinstance(caught.value, ImportError)


# -- xmlcalendar -----------------------------------------------------------------------------------------------


def read_xmlcalendar(data: bytes) -> tuple[ElementTree.Element, dict[dt.date, tuple[bool, bool]]]:
    """What an xmlcalendar reader makes of a year: for each date, (day off, shortened), by the format's rules."""
    root = ElementTree.fromstring(data)
    year = int(root.attrib["year"])
    listed = {day.attrib["d"]: day.attrib for day in root.iter("day")}
    answers = {}
    date = dt.date(year, 1, 1)
    while date.year == year:
        entry = listed.get(f"{date:%m.%d}")
        weekend = date.weekday() >= 5
        off = entry["t"] == "1" if entry else weekend  # a weekend day with no entry is off
        answers[date] = (off, bool(entry) and entry["t"] == "2")
        date += dt.timedelta(days=1)
    return root, answers


@pytest.mark.parametrize("year", YEARS)
@pytest.mark.parametrize("lang", azcal.LANGUAGES)
def test_xmlcalendar_is_valid_and_a_reader_gets_every_day_right(year: int, lang: str) -> None:
    data = azcal.export(year, "xmlcalendar", lang)
    XSD.validate(data.decode("utf-8"))
    root, answers = read_xmlcalendar(data)
    assert (root.attrib["year"], root.attrib["lang"], root.attrib["country"]) == (str(year), lang, "az")
    assert root.attrib["date"] == azcal.Calendar().data_version.replace("-", ".")
    assert answers == {d.date: (not d.is_workday, d.shortened) for d in azcal.year(year)}
    titles = {h.attrib["id"]: h.attrib["title"] for h in root.iter("holiday")}
    for day in root.iter("day"):
        if "h" in day.attrib:
            date = dt.date(year, int(day.attrib["d"][:2]), int(day.attrib["d"][3:]))
            assert titles[day.attrib["h"]] in detail(azcal.day(date), lang)


def test_xmlcalendar_moved_days_say_where_they_come_from() -> None:
    _, days = read_xmlcalendar(azcal.export(2026, "xmlcalendar", "en"))
    entries = {e.attrib["d"]: e.attrib for e in ElementTree.fromstring(azcal.export(2026, "xmlcalendar")).iter("day")}
    assert entries["03.27"] == {"d": "03.27", "t": "1", "f": "03.21"}  # Art. 105.6: Ramazan on a Saturday
    assert days[dt.date(2026, 3, 27)] == (True, False)


@pytest.mark.parametrize("year", YEARS)
def test_xmlcalendar_of_the_six_day_week_reads_right_with_the_formats_rules(year: int) -> None:
    six = azcal.Calendar(week=6)
    data = azcal.export(year, "xmlcalendar", calendar=six)
    XSD.validate(data.decode("utf-8"))
    _, answers = read_xmlcalendar(data)  # a reader that knows only the format's Saturday-and-Sunday weekend
    assert answers == {d.date: (not d.is_workday, d.shortened) for d in six.year(year)}


def test_xmlcalendar_holds_one_year() -> None:
    with pytest.raises(azcal.InvalidArgumentError, match="one year"):
        azcal.export([2025, 2026], "xmlcalendar")


# -- the command ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("format", "suffix"), [("csv", "csv"), ("json", "json"), ("xlsx", "xlsx"), ("xmlcalendar", "xml")]
)
def test_the_export_command_writes_the_same_file(tmp_path: Path, format: str, suffix: str) -> None:
    target = tmp_path / f"az-2025.{suffix}"
    assert main(["export", "2025", "--format", format, "--lang", "en", "-o", str(target)]) == 0
    assert target.read_bytes() == azcal.export(2025, format, "en")


def test_the_export_command_takes_ranges_and_says_what_is_wrong(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["export", "2024-2026", "--format", "csv", "--lang", "az", "-o", str(tmp_path / "a.csv")]) == 0
    assert (tmp_path / "a.csv").read_bytes() == azcal.export(range(2024, 2027), "csv")
    assert main(["export", "2024-2026", "--format", "xmlcalendar"]) == 2  # one year a file: a usage error
    assert main(["export", "2025", "--format", "pdf"]) == 2
    assert main(["export", "2025"]) == 2  # the format is required
    out, err = capsys.readouterr()
    assert out == "" and len(err.strip().splitlines()) == 3


def test_a_workbook_is_not_poured_onto_a_terminal(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    assert main(["export", "2025", "--format", "xlsx"]) == 2
    assert "give -o FILE" in capsys.readouterr().err
