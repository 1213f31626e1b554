"""The documentation site builds with warnings as errors, and its Python API reference covers the public API.

``mkdocs build --strict`` (mkdocs.yml) fails on a broken link or anchor between the pages, a page in
docs/ left out of the nav, and a docstring mkdocstrings cannot read; docs/reference/api.md names each
public object, and this test checks that every name in ``azcal.__all__`` has its entry there, so a name
added to the API without a place in the reference fails here.
"""

from __future__ import annotations

import html
import re
import subprocess
import sys
from pathlib import Path

import pytest

import azcal

ROOT = Path(__file__).resolve().parents[1]
SERVICE = ["azcal.server.make_app", "azcal.server.Settings"]  # the service's public face (the server extra)


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("site")
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "--config-file", str(ROOT / "mkdocs.yml")]
    done = subprocess.run(
        [*command, "--site-dir", str(folder)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr  # mkdocs logs its warnings, which --strict makes errors, there
    return folder


def anchors(page: Path) -> set[str]:
    return {html.unescape(found) for found in re.findall(r'\bid="([^"]+)"', page.read_text("utf-8"))}


@pytest.mark.slow
def test_the_reference_has_every_public_name(site: Path) -> None:
    found = anchors(site / "reference" / "api" / "index.html")
    wanted = [f"azcal.{name}" for name in azcal.__all__] + SERVICE
    assert [name for name in wanted if name not in found] == []


@pytest.mark.slow
def test_every_page_of_docs_is_in_the_site(site: Path) -> None:
    pages = sorted(path.relative_to(ROOT / "docs") for path in (ROOT / "docs").rglob("*.md"))

    def built(page: Path) -> Path:
        return site / (page.parent if page.stem == "index" else page.with_suffix("")) / "index.html"

    assert [str(page) for page in pages if not built(page).exists()] == []
