"""Files as accountants open them in Excel: the CSV dialect found by ``csv.Sniffer``, workbook headers
that fit their columns in every language, yes/no cells in words, and the production-calendar sheet,
whose totals are the official ones: 1903 hours in 2025 (docs/sources.md S24), 241 working days and
1922 hours in 2026 (S29)."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import openpyxl
import pytest
from openpyxl.utils import get_column_letter

import azcal
from azcal.cli import main
from azcal.exports.workbook import CALENDAR
from azcal.text.words import MONTHS, NORMS, WORKBOOK


def sniffed(data: bytes) -> tuple[csv.Dialect | type[csv.Dialect], list[list[str]]]:
    text = data.decode("utf-8-sig")
    dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;")
    return dialect, list(csv.reader(io.StringIO(text, newline=""), dialect))


@pytest.mark.parametrize("lang", azcal.LANGUAGES)
def test_the_semicolon_dialect_is_found_and_holds_the_same_rows(lang: str, tmp_path: Path) -> None:
    target = tmp_path / "az.csv"
    assert main(["export", "2024-2026", "--format", "csv", "--delimiter", ";", "--lang", lang, "-o", str(target)]) == 0
    semicolon, rows = sniffed(target.read_bytes())
    comma, expected = sniffed(azcal.export(range(2024, 2027), "csv", lang))
    assert (semicolon.delimiter, comma.delimiter) == (";", ",")
    assert rows == expected and len(rows) == 1 + 366 + 365 + 365


def test_a_delimiter_is_for_csv_alone(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", "2025", "--format", "json", "--delimiter", ";"]) == 2
    assert main(["export", "2025", "--format", "csv", "--delimiter", "|"]) == 2
    out, err = capsys.readouterr()
    assert out == "" and len(err.strip().splitlines()) == 2 and "Traceback" not in err


def workbook(lang: str, years: list[int]) -> openpyxl.Workbook:
    return openpyxl.load_workbook(io.BytesIO(azcal.export(years, "xlsx", lang)))


@pytest.mark.parametrize("lang", azcal.LANGUAGES)
def test_each_header_fits_its_column_on_one_line(lang: str) -> None:
    sheet = workbook(lang, [2025])[WORKBOOK[lang]["days"]]
    for n, header in enumerate(WORKBOOK[lang]["columns"], 1):
        width = sheet.column_dimensions[get_column_letter(n)].width  # in characters, as the writer set it
        assert len(header) + 2 <= width, (header, width)  # two for the filter's button
    assert "Предварительный" in WORKBOOK["ru"]["columns"]  # the longest, which used to spill into row 2


@pytest.mark.parametrize("lang", azcal.LANGUAGES)
def test_yes_no_cells_show_words_and_count(lang: str) -> None:
    sheet = workbook(lang, [2025])[WORKBOOK[lang]["days"]]
    yes, no = WORKBOOK[lang]["yes"], WORKBOOK[lang]["no"]
    cells = [row[3] for row in sheet.iter_rows(min_row=2)]
    assert {cell.value for cell in cells} == {0, 1}  # numbers: =SUM(D:D) counts the working days
    assert all(cell.number_format == f'"{yes}";"{yes}";"{no}"' for cell in cells)
    assert sum(cell.value for cell in cells) == azcal.year(2025).workdays


@pytest.mark.parametrize("lang", azcal.LANGUAGES)
def test_the_production_calendar_sheet(lang: str) -> None:
    sheet = workbook(lang, [2025, 2026])[CALENDAR[lang]["sheet"]]
    rows = [row for row in sheet.iter_rows(values_only=True) if any(cell is not None for cell in row)]
    words = NORMS[lang]
    assert rows[1][:5] == words.columns[:5] and len(rows[1]) == 8
    totals = [row for row in rows if row[0] == words.year]
    assert totals[0][5] == 1903.0  # S24
    assert totals[1][1:6] == (365, 124, 241, 6, 1922.0)  # S29
    for year, total in zip((2025, 2026), totals, strict=True):
        assert total[5:] == tuple(float(azcal.year(year).norms(hours).total.hours) for hours in azcal.WEEK_HOURS)
    january = rows[2]
    assert january[0] == MONTHS[lang][0]
    norm = azcal.year(2025).norms().months[0]
    assert january[1:5] == (norm.calendar_days, norm.non_working_days, norm.workdays, norm.shortened_days)


@pytest.mark.parametrize("format", ["1c", "1c-en", "erpnext", "erpnext-csv", "odoo", "parquet"])
def test_bad_input_is_one_clear_error(format: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", "2200", "--format", format, "-o", str(tmp_path / "x")]) == 2  # a year out of range
    assert main(["export", "2025", "--format", format, "-o", str(tmp_path)]) == 1  # a folder: as for every format
    assert main(["export", "2025", "--format", format + "x"]) == 2  # an unknown format
    out, err = capsys.readouterr()
    assert out == "" and len(err.strip().splitlines()) == 3 and "Traceback" not in err
    assert "is a folder" in err and "outside the supported range" in err
    assert list(tmp_path.iterdir()) == []  # nothing half-written


def test_the_library_writes_the_semicolon_dialect_too() -> None:
    import azcal

    text = azcal.export(2025, "csv", "ru", delimiter=";").decode("utf-8-sig")
    assert csv.Sniffer().sniff(text[:4096], delimiters=",;").delimiter == ";"
    with pytest.raises(azcal.InvalidArgumentError, match=re.escape("a CSV delimiter is ',' or ';', not '|'")):
        azcal.export(2025, "csv", delimiter="|")
