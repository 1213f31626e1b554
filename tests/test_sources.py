"""Every source the repository cites is defined inside it: an id such as S29 in a test, a data file or
a doc is a row of docs/sources.md, with its URL."""

from __future__ import annotations

import re
from pathlib import Path

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
