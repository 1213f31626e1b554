"""AZCAL_DATA: folders of decision files laid over the packaged data, as PYTHONTZPATH is for zones, in the
library and the command; checked as the packaged data is, and read anew by azcal.reload_data()."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import azcal
from azcal import datapath

# An act of the kind the Cabinet adopts each December: a swap of a Tuesday for a Saturday in January 2027.
ACT_2027 = textwrap.dedent(
    """
    [[decision]]
    id = "2026-12-03-swap-january"
    adopted = 2026-12-03
    number = "999"
    authority = "Cabinet of Ministers"
    title = "On moving the working day of 5 January 2027"
    source = "https://example.org/decisions/999"
    swaps = [{ rest = 2027-01-05, work = 2027-01-09 }]
    """
)
ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    data = tmp_path / "azcal-data"
    data.mkdir()
    (data / "2027.toml").write_text(ACT_2027, "utf-8")
    return data


def run(*argv: str, data: str | Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != datapath.ENVIRONMENT}
    if data is not None:
        env[datapath.ENVIRONMENT] = str(data)
    return subprocess.run([sys.executable, *argv], capture_output=True, text=True, env=env, timeout=120)


ASK = (
    "import azcal; print(azcal.is_workday('2027-01-05'), azcal.is_workday('2027-01-09'), azcal.DATA_VERSION,"
    " azcal.Calendar(as_of='2026-12-01').is_workday('2027-01-05'), azcal.Calendar(week=6).is_workday('2027-01-05'))"
)


def test_without_it_the_packaged_data_answers(folder: Path) -> None:
    assert run("-c", ASK).stdout.split() == ["True", "False", azcal.DATA_VERSION, "True", "True"]


def test_the_library_lays_a_folder_over_the_packaged_data(folder: Path) -> None:
    # the swap holds for the five-day week (as the Cabinet's swaps do), as known from its adoption
    assert run("-c", ASK, data=folder).stdout.split() == ["False", "True", "2026-12-03", "True", "True"]


@pytest.mark.slow
def test_the_command_and_its_version(folder: Path) -> None:
    done = run("-m", "azcal", "day", "2027-01-05", "--json", data=folder)
    day = json.loads(done.stdout)
    assert (day["kind"], day["reason"]["decision"]) == ("rest_day", "2026-12-03-swap-january")
    version = run("-m", "azcal", "--version", data=folder).stdout
    assert f"(data 2026-12-03, from the packaged data, with {folder} (AZCAL_DATA))" in version
    check = run("-m", "azcal", "check", "--official", data=folder)
    assert check.returncode == 0 and f"{folder / '2027.toml'}: ok" in check.stdout.splitlines()
    changed = run("-m", "azcal", "changes", "--since", "2026-12-01", "--json", data=folder)
    assert [c["date"] for c in json.loads(changed.stdout)["changes"]] == ["2027-01-05", "2027-01-09"]


def test_a_file_replaces_the_packaged_file_of_its_year(tmp_path: Path) -> None:
    """A folder's 2025.toml stands for the packaged one: here, without the June swap (S27)."""
    packaged = (ROOT / "src" / "azcal" / "law" / "data" / "decisions" / "2025.toml").read_text("utf-8")
    start = packaged.index('id = "2025-06-17-swap-armed-forces-day"')
    start = packaged.rindex("[[decision]]", 0, start)
    end = packaged.find("[[", start + 1)
    (tmp_path / "2025.toml").write_text(packaged[:start] + (packaged[end:] if end > 0 else ""), "utf-8")
    answer = "import azcal; print(azcal.is_workday('2025-06-21'), azcal.is_workday('2025-03-10'))"
    assert run("-c", answer).stdout.split() == ["True", "True"]
    assert run("-c", answer, data=tmp_path).stdout.split() == ["False", "True"]  # the March swap stays


@pytest.mark.slow
@pytest.mark.parametrize(
    ("name", "text", "words"),
    [
        ("2027.toml", ACT_2027.replace('source = "https://example.org/decisions/999"\n', ""), "2027.toml:2: decision"),
        ("2027.toml", ACT_2027 + "[[decision]\n", "not valid TOML"),
        ("2027.toml", ACT_2027.replace("2027-01-05", "2027-01-02"), "2027-01-02 is already a day off"),
        ("notes.toml", ACT_2027, "named for its year, YYYY.toml"),
    ],
)
def test_a_broken_file_is_one_error_naming_it(tmp_path: Path, name: str, text: str, words: str) -> None:
    (tmp_path / name).write_text(text, "utf-8")
    done = run("-m", "azcal", "day", "2027-01-05", data=tmp_path)
    assert done.returncode == 2 and done.stdout == "", done.stderr
    assert str(tmp_path / name) in done.stderr and words in done.stderr and "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
    library = run("-c", "import azcal; azcal.is_workday('2025-01-01')", data=tmp_path)
    assert "azcal.errors.DataFolderError" in library.stderr and str(tmp_path / name) in library.stderr


def test_a_folder_that_is_none(tmp_path: Path) -> None:
    done = run("-m", "azcal", "is-workday", "2025-01-20", data=tmp_path / "missing")
    assert done.returncode == 2 and "not a folder of decision files (named by AZCAL_DATA)" in done.stderr


def test_a_path_list_the_first_folder_wins(tmp_path: Path, folder: Path) -> None:
    other = tmp_path / "other"
    other.mkdir()
    (other / "2027.toml").write_text(ACT_2027.replace("2027-01-05", "2027-01-06"), "utf-8")
    answer = "import azcal; print(azcal.is_workday('2027-01-05'), azcal.is_workday('2027-01-06'))"
    assert run("-c", answer, data=f"{folder}{os.pathsep}{other}").stdout.split() == ["False", "True"]
    assert run("-c", answer, data=f"{other}{os.pathsep}{folder}").stdout.split() == ["True", "False"]


def test_reload_data_switches_whole_or_not_at_all(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = azcal.Calendar()
    try:
        monkeypatch.setenv(datapath.ENVIRONMENT, str(folder))
        assert azcal.reload_data() == f"the packaged data, with {folder} (AZCAL_DATA)"
        assert azcal.is_workday("2027-01-05") is False and azcal.DATA_VERSION == "2026-12-03"
        assert before.is_workday("2027-01-05") is True  # a calendar made before keeps its answers
        now = azcal.Calendar()
        # a broken file: the error, and the data in use as it was
        broken = tmp_path / "broken"
        broken.mkdir()
        (broken / "2027.toml").write_text("[[decision]\n", "utf-8")
        monkeypatch.setenv(datapath.ENVIRONMENT, str(broken))
        with pytest.raises(azcal.RulesError, match="not valid TOML"):
            azcal.reload_data()
        assert azcal.Calendar() is now and azcal.is_workday("2027-01-05") is False
    finally:
        monkeypatch.delenv(datapath.ENVIRONMENT, raising=False)
        azcal.reload_data()
    assert azcal.is_workday("2027-01-05") is True and azcal.Calendar().data_version == before.data_version


def test_the_packaged_files_do_not_depend_on_it(folder: Path) -> None:
    """The regeneration command compiles azcal's own data, whatever AZCAL_DATA says."""
    done = run("-m", "azcal.compiled", "--check", data=folder)
    assert done.returncode == 0, done.stderr


def test_a_copy_of_the_package_finds_its_own_data(tmp_path: Path, folder: Path) -> None:
    copy = tmp_path / "site" / "azcal"
    shutil.copytree(Path(azcal.__file__).parent, copy, ignore=shutil.ignore_patterns("__pycache__"))
    env = {"PYTHONPATH": str(copy.parent), "PATH": "/usr/bin:/bin", datapath.ENVIRONMENT: str(folder)}
    done = subprocess.run([sys.executable, "-c", ASK], capture_output=True, text=True, env=env, timeout=120)
    assert done.stdout.split()[:3] == ["False", "True", "2026-12-03"], done.stderr
