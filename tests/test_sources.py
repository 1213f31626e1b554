"""Every source the repository cites is defined inside it: an id such as S29 in a test, a data file or
a doc is a row of docs/sources.md, with its URL; the packaged data define the sources they cite by id
once, under the ids and URLs of that page, and cite them by id."""

from __future__ import annotations

import re
import shutil
import tomllib
from pathlib import Path

import pytest

import azcal
from azcal import check, datapath
from azcal.law.loading import check_packaged_file, official_rules, parse_rules

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "docs" / "sources.md"
CITED = re.compile(r"\b(S[0-9]{1,2}|D[0-9]{7})\b")
ROW = re.compile(r"^\| (S[0-9]{1,2}|D[0-9]{7}) \| (https?://\S+) \| (.+) \|$")


def defined() -> dict[str, str]:
    rows = [
        ROW.match(line)
        for line in SOURCES.read_text("utf-8").splitlines()
        if line.startswith("| S") or line.startswith("| D")
    ]
    assert all(rows), "a row of docs/sources.md is not | id | URL | what it states |"
    ids = [row[1] for row in rows if row]
    assert len(ids) == len(set(ids)), "an id is defined twice"
    return {row[1]: row[2] for row in rows if row}


def citing_files() -> list[Path]:
    found = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md")), *sorted((ROOT / "tests").glob("*.py"))]
    found += sorted((ROOT / "src" / "azcal").rglob("*.py")) + sorted((ROOT / "src" / "azcal").rglob("*.toml"))
    return [path for path in found if path not in (SOURCES, Path(__file__).resolve())]


def test_every_cited_source_is_defined_here() -> None:
    sources = defined()
    missing = {
        f"{path.relative_to(ROOT)}: {cited}"
        for path in citing_files()
        for cited in CITED.findall(path.read_text("utf-8"))
        if cited not in sources
    }
    assert not missing, sorted(missing)


def test_the_official_figures_cite_their_sources() -> None:
    """The tests of official figures do cite sources, so the check above has something to check."""
    cited = set(CITED.findall((ROOT / "tests" / "test_official.py").read_text("utf-8")))
    assert {"S23", "S29", "S30"} <= cited <= set(defined())


def test_nothing_points_outside_the_repository() -> None:
    outside = [
        str(path.relative_to(ROOT))
        for path in citing_files()
        if "shared/reference" in path.read_text("utf-8") or "azerbaijan-law.md" in path.read_text("utf-8")
    ]
    assert outside == []


PACKAGED = ROOT / "src" / "azcal" / "law" / "data"


def packaged_sources() -> dict[str, str]:
    """The ``[source.ID]`` tables of the packaged law, as id and URL (read as TOML, not by azcal)."""
    doc = tomllib.loads((PACKAGED / "holidays.toml").read_text("utf-8"))
    return {ident: entry["url"] for ident, entry in doc["source"].items()}


def test_the_data_and_this_page_give_each_source_one_id_and_url() -> None:
    page, data = defined(), packaged_sources()
    assert data and {ident: page.get(ident) for ident in data} == data
    assert len(set(page.values())) == len(page), "a URL is defined under two ids"


def cited_directly() -> set[str]:
    """What the packaged entries give as `source` or in `reports`, as written."""
    found: set[str] = set()

    def walk(value: object) -> None:
        if isinstance(value, dict):
            for key, inner in value.items():
                if key == "source" and isinstance(inner, str):
                    found.add(inner)
                elif key == "reports":
                    found.update(inner)
                elif key != "source":
                    walk(inner)
        elif isinstance(value, list):
            for inner in value:
                walk(inner)

    for path in [PACKAGED / "holidays.toml", *sorted((PACKAGED / "decisions").glob("*.toml"))]:
        walk(tomllib.loads(path.read_text("utf-8")))
    return found


def test_the_data_cite_a_defined_source_by_its_id_only() -> None:
    """One entry per source: a URL that has an id is never written out again."""
    written = cited_directly()
    assert {"S1", "S29", "S90"} <= written
    assert not written & set(packaged_sources().values())


def test_an_entry_cites_the_url_of_its_id() -> None:
    novruz, ramazan = azcal.day("2026-03-20").observances
    assert novruz.source == "https://www.avpu.az/azerbaijan/holidays/"  # S46, on the rule of 2007 on
    assert ramazan.source == "https://azerbaijan.az/related-information/286"  # S1, on the holiday
    assert azcal.day("1992-01-01").observances[0].source.startswith("https://github.com/vacanza/holidays/")  # S90


DECISION = """[[decision]]
id = "2027-01-10-swap"
adopted = 2027-01-10
title = "t"
source = "{source}"
swaps = [{{ rest = 2027-04-02, work = 2027-04-10 }}]
"""


def test_an_unknown_id_is_one_error_naming_it() -> None:
    errors: list[azcal.RulesError] = []
    rules = check_packaged_file("decisions/2027.toml", DECISION.format(source="S999"), errors, official_rules().sources)
    assert rules is None and [(e.line, e.entry, e.reason) for e in errors] == [
        (
            1,
            "decision '2027-01-10-swap'",
            "field 'source' cites the source 'S999', which no [source.S999] of holidays.toml defines",
        )
    ]
    known = check_packaged_file("decisions/2027.toml", DECISION.format(source="S30"), [], official_rules().sources)
    assert known is not None and known.decisions[0].source == "https://www.ain.az/az/article/23974882"


def test_a_rules_file_gives_its_sources_as_written() -> None:
    """Only the packaged files' ids are read as ids: a company's "S999" is its own citation."""
    (decision,) = parse_rules("company.toml", DECISION.format(source="S999")).decisions
    assert decision.source == "S999"


@pytest.mark.slow
def test_check_official_reports_a_source_nothing_cites(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "data"
    shutil.copytree(PACKAGED, folder)
    law = folder / "holidays.toml"
    law.write_text(law.read_text("utf-8") + '[source.S999]\nurl = "https://example.org/unused"\n', "utf-8")
    base = datapath.Base("test data", str(folder), datapath.PACKAGED.compiled, "test/")
    monkeypatch.setattr(check, "in_use", lambda: datapath.DataInUse(base))
    found = check.check_official()["test/holidays.toml"]
    assert [(e.entry, e.reason) for e in found] == [
        ("[source.S999]", "no entry cites this source: cite it by its id, or remove it")
    ]
    assert found[0].line == len(law.read_text("utf-8").splitlines()) - 1


def test_check_official_checks_the_citations_of_decisions_when_the_law_has_a_problem(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A problem in holidays.toml is listed, and the decisions' citations of its sources are still checked:
    an unknown id is named; a known id is not, even one whose [source] table has the problem."""
    folder = tmp_path / "data"
    shutil.copytree(PACKAGED, folder)
    law = folder / "holidays.toml"
    broken_source = 'url = "https://metbuat.az/news/1488651/isleyenlerin-nezerine.html"'
    law.write_text(
        law.read_text("utf-8").replace(broken_source, 'url = "ftp://x"') + "[holiday.broken]\nname = 1\n", "utf-8"
    )
    year = folder / "decisions" / "2025.toml"
    year.write_text(year.read_text("utf-8").replace('source = "S38"', 'source = "S999"', 1), "utf-8")
    base = datapath.Base("test data", str(folder), datapath.PACKAGED.compiled, "test/")
    monkeypatch.setattr(check, "in_use", lambda: datapath.DataInUse(base))
    found = check.check_official()
    assert {e.entry for e in found["test/holidays.toml"]} == {"[holiday.broken]", "[source.S16]"}  # S16: 2024's
    assert [e.reason for e in found["test/decisions/2025.toml"]] == [
        "field 'source' cites the source 'S999', which no [source.S999] of holidays.toml defines"
    ]
    decisions = [name for name in found if name.startswith("test/decisions/")]
    assert len(decisions) > 20 and not any(found[name] for name in decisions if name != "test/decisions/2025.toml")
