"""Text from a rules file in the files spreadsheets open: a name or basis that a spreadsheet would take
for a formula is written as text in the CSV file (behind a single quote, in a quoted field) and as a string
cell in the workbook, which stays text when edited; no cell is ever cut short."""

from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path

import openpyxl
import pytest

import azcal
from azcal.cli import main
from conftest import write

# what Excel, LibreOffice and others may read as the start of a formula (OWASP), with the full-width signs
SIGNS = ("=", "+", "-", "@", "\t", "\r", "＝", "＋", "－", "＠")
HYPERLINK = '=HYPERLINK("http://x","y")'
DDE = "+cmd|' /C calc'!A0"


def rules(name: str = HYPERLINK, basis: str = DDE, source: str = "@SUM(1+1)") -> str:
    """A company's day off on 15 September, named, based and sourced as given."""
    return f"""[holiday.company_day]
category = "day_off"
names = {{ az = {quoted(name)}, en = {quoted(name)}, ru = {quoted(name)} }}
basis = {quoted(basis)}
source = {quoted(source)}
[[holiday.company_day.rule]]
years = [2020]
dates = ["09-15"]
"""


def quoted(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\t", "\\t").replace("\n", "\\n") + '"'


def csv_rows(data: bytes) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def runs_as_formula(cell: str) -> bool:
    return cell[:1] in SIGNS or cell.lstrip()[:1] in SIGNS


def the_day(rows: list[dict[str, str]]) -> dict[str, str]:
    (row,) = [row for row in rows if row["date"] == "2025-09-15"]
    return row


# -- CSV --------------------------------------------------------------------------------------------------


def test_the_command_writes_a_formula_as_text(tmp_path: Path) -> None:
    path = write(tmp_path, rules())
    out = tmp_path / "az.csv"
    assert main(["export", "2025", "--format", "csv", "--rules", str(path), "--lang", "en", "-o", str(out)]) == 0
    data = out.read_bytes()
    line = next(line for line in data.decode("utf-8-sig").splitlines() if line.startswith("2025-09-15"))
    # the date, the hours and the flags as they are; each text a spreadsheet would run, quoted behind a quote
    assert line == (
        "2025-09-15,Monday,holiday,false,0,false,false,confirmed,"
        '"\'=HYPERLINK(""http://x"",""y"")","\'+cmd|\' /C calc\'!A0","\'@SUM(1+1)"'
    )
    rows = csv_rows(data)
    day = the_day(rows)
    assert (day["names"], day["basis"], day["source"]) == ("'" + HYPERLINK, "'" + DDE, "'@SUM(1+1)")
    assert not [(row["date"], cell) for row in rows for cell in row.values() if runs_as_formula(cell)]


@pytest.mark.parametrize(
    "name", ["=1+1", "+1", "-1", "@SUM(A1)", "＝1+1", "＋1", "－1", "＠SUM(A1)", " =1+1", "\u3000=1+1", "\u00a0@x"]
)
def test_every_sign_a_spreadsheet_runs_is_behind_a_quote(tmp_path: Path, name: str) -> None:
    company = azcal.Calendar.with_rules(write(tmp_path, rules(name=name, basis="b", source="s")))
    rows = csv_rows(azcal.export(2025, "csv", "en", calendar=company))
    assert the_day(rows)["names"] == "'" + name
    assert not [cell for row in rows for cell in row.values() if runs_as_formula(cell)]


@pytest.mark.parametrize("basis", ["\t=1+1", "\n=1+1", " \t-1", "\n\n@x"])
def test_a_basis_that_starts_with_a_tab_or_a_line_break_is_behind_a_quote(tmp_path: Path, basis: str) -> None:
    company = azcal.Calendar.with_rules(write(tmp_path, rules(name="Company day", basis=basis, source="s")))
    day = the_day(csv_rows(azcal.export(2025, "csv", "en", calendar=company)))
    assert (day["names"], day["basis"]) == ("Company day", "'" + basis)


# -- the workbook --------------------------------------------------------------------------------------------


def test_the_workbook_holds_a_formula_as_a_string_cell_that_stays_text(tmp_path: Path) -> None:
    """XlsxWriter's write_string makes a string cell, which no spreadsheet evaluates; write() would take
    "=..." for a formula and "https://..." for a link. The cells read back as strings, with no formula or
    link anywhere, and a text that reads as a formula is marked to stay text when the cell is edited."""
    path = write(tmp_path, rules(source="https://evil.example/?q=1"))
    data = azcal.export(2025, "xlsx", "en", calendar=azcal.Calendar.with_rules(path))
    sheet = openpyxl.load_workbook(io.BytesIO(data)).worksheets[0]
    (row,) = [row for row in sheet.iter_rows(min_row=2) if row[0].value.date().isoformat() == "2025-09-15"]
    names, basis, source = row[7:10]
    assert (names.value, basis.value, source.value) == (HYPERLINK, DDE, "https://evil.example/?q=1")
    assert (names.data_type, basis.data_type, source.data_type) == ("s", "s", "s")
    assert (names.quotePrefix, basis.quotePrefix, source.quotePrefix) == (True, True, False)
    assert (row[0].data_type, row[4].data_type, row[4].value) == ("d", "n", 0)  # a date and a number
    cells = [cell for line in sheet.iter_rows() for cell in line]
    assert not [cell.coordinate for cell in cells if cell.data_type == "f" or cell.hyperlink is not None]
    with zipfile.ZipFile(io.BytesIO(data)) as book:
        sheets = [name for name in book.namelist() if name.startswith("xl/worksheets/")]
        assert not [name for name in sheets if b"<f>" in book.read(name) or b"<hyperlink" in book.read(name)]


# -- no cell cut short ------------------------------------------------------------------------------------------


def company_days(file: int) -> str:
    """Twenty days of the company's own on 15 September 2025, each named in 200 letters: as many as one
    rules file may give a day."""
    return "\n".join(
        f"""[holiday.file{file}_day{n}]
category = "memorial"
names = {{ az = "{"ə" * 199}{n % 10}", en = "{"e" * 199}{n % 10}", ru = "{"е" * 199}{n % 10}" }}
basis = "Company order"
source = "https://intranet.example/orders/1"
[[holiday.file{file}_day{n}.rule]]
years = [2025, 2025]
dates = ["09-15"]
"""
        for n in range(20)
    )


@pytest.mark.parametrize("format", ["csv", "xlsx"])
def test_names_more_than_a_cell_holds_are_refused_not_cut(
    tmp_path: Path, format: str, capsys: pytest.CaptureFixture[str]
) -> None:
    files = [str(write(tmp_path, company_days(n), f"company-{n}.toml")) for n in range(9)]
    calendar = azcal.Calendar(rules=files)  # 180 names of 200 letters: each file within its limits
    assert len(azcal.export(2025, "json", calendar=calendar)) > 9 * 20 * 200  # a file with no cells holds them
    with pytest.raises(azcal.RulesError, match="2025-09-15: its names run to 36,3"):
        azcal.export(2025, format, calendar=calendar)
    out = tmp_path / f"az.{format}"
    argv = ["export", "2025", "--format", format, "-o", str(out)]
    assert main([*argv, *(part for name in files for part in ("--rules", name))]) == 1
    err = capsys.readouterr().err
    assert "more than the 32,767 a spreadsheet cell holds" in err and len(err.strip().splitlines()) == 1
    assert not out.exists()
