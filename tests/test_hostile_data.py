"""Damaged or edited installed data: no answer from it, one clear error naming the file and the command
that makes it anew.

Each test copies the installed package into a folder of its own, damages the copy as a failing disk, a
careless copy or a hand edit would, and asks a new process for an answer there.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import azcal
from azcal.compiled import REGENERATE, SPAN, WORKDAY
from azcal.dates import FIRST_YEAR

ANSWER = "import azcal; print(azcal.is_workday('2025-01-20'), azcal.day('2025-01-20').kind.value)"


@pytest.fixture
def package(tmp_path: Path) -> Path:
    """A copy of the installed package, to damage."""
    copy = tmp_path / "azcal"
    shutil.copytree(Path(azcal.__file__).parent, copy, ignore=shutil.ignore_patterns("__pycache__"))
    return copy


def run(package: Path, *argv: str) -> subprocess.CompletedProcess[str]:
    env = {"PYTHONPATH": str(package.parent), "PATH": "/usr/bin:/bin", "PYTHONDONTWRITEBYTECODE": "1"}
    return subprocess.run([sys.executable, *argv], capture_output=True, text=True, env=env, timeout=120)


def refused(done: subprocess.CompletedProcess[str], file: str, *words: str) -> None:
    """The process gave no answer and said, once, which file is wrong, why, and how to make it anew."""
    assert done.returncode != 0 and done.stdout == "", done.stdout
    assert file in done.stderr and REGENERATE in done.stderr, done.stderr
    for word in words:
        assert word in done.stderr, done.stderr


def test_the_undamaged_copy_answers(package: Path) -> None:
    assert run(package, "-c", ANSWER).stdout == "False mourning\n"  # what the tests below must not get wrongly


@pytest.mark.slow
def test_one_flipped_bit_gives_no_answer(package: Path) -> None:
    path = package / "compiled" / "official.azcal"
    data = bytearray(path.read_bytes())
    codes_at = data.index(b"\n", data.index(b"\n") + 1) + 1  # the codes follow the two lines of header
    data[codes_at + (dt.date(2025, 1, 20) - dt.date(FIRST_YEAR, 1, 1)).days] ^= WORKDAY  # now "a workday"
    path.write_bytes(bytes(data))
    refused(run(package, "-c", ANSWER), "official.azcal", "digest does not match")
    # the command says it in one line, and is-workday does not read it as a day off (1)
    done = run(package, "-m", "azcal", "is-workday", "2025-01-20")
    assert done.returncode == 2 and "official.azcal" in done.stderr and "Traceback" not in done.stderr
    done = run(package, "-m", "azcal", "day", "2025-01-20")
    assert done.returncode == 1 and len(done.stderr.splitlines()) == 1 and REGENERATE in done.stderr


def test_the_six_day_file_copied_over_the_five_day_one_is_refused(package: Path) -> None:
    compiled = package / "compiled"
    shutil.copyfile(compiled / "official-week6.azcal", compiled / "official.azcal")
    refused(run(package, "-c", "import azcal; print(azcal.Calendar().week)"), "official.azcal", "6-day week")


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ('"Yeni il bayramı"', '"Yeni il bayramİ"'),  # a name, the same length
        ("data_version=2", "data_version=3"),
    ],
)
def test_an_edited_name_or_data_version_is_refused(package: Path, old: str, new: str) -> None:
    path = package / "compiled" / "official.azcal"
    data = path.read_bytes()
    assert old.encode() in data
    path.write_bytes(data.replace(old.encode(), new.encode(), 1))
    refused(run(package, "-c", ANSWER), "official.azcal", "digest does not match")


@pytest.mark.slow
def test_data_edited_without_compiling_gives_no_second_answer(package: Path) -> None:
    """An edit of the packaged TOML without compiling would make the shipped calendar say one thing and
    a calendar compiled from the files (as_of, rules files) another."""
    decisions = package / "law" / "data" / "decisions" / "2025.toml"
    text = decisions.read_text("utf-8")
    decisions.write_text(text + "\n# an edit\n", "utf-8")
    # the shipped calendar is whole and still answers from its own arrays
    assert run(package, "-c", ANSWER).stdout == "False mourning\n"
    # but nothing compiles from the edited files until they are compiled again
    as_of = "import azcal; print(azcal.Calendar(as_of='2025-06-30').is_workday('2025-06-21'))"
    refused(run(package, "-c", as_of), "official.azcal", "not compiled from the data files beside it")
    done = run(package, "-m", "azcal", "check", "--official", "--json")
    assert done.returncode == 1
    report = {entry["file"]: entry for entry in json.loads(done.stdout)}
    assert [e["message"] for e in report[str(package / "compiled" / "official.azcal")]["errors"]] == [
        f"not compiled from the data files beside it (azcal/law/data changed since); reinstall azcal, "
        f"or in a checkout of its repository run {REGENERATE}"
    ]
    # compiled again, both answers agree
    assert run(package, "-m", "azcal.compiled").returncode == 0
    assert run(package, "-c", as_of).stdout == "True\n"
    assert run(package, "-m", "azcal", "check", "--official").returncode == 0


def test_a_missing_compiled_file_is_named(package: Path) -> None:
    (package / "compiled" / "official-week6.azcal").unlink()
    refused(run(package, "-c", "import azcal; azcal.Calendar(week=6)"), "official-week6.azcal", "cannot be read")


def test_the_digest_covers_every_date() -> None:
    """Any byte of the arrays or tables, changed, is found (not only the ones the tests above chose)."""
    from azcal.compiled import OFFICIAL_FILE, CompiledFileError, load

    data = Path(OFFICIAL_FILE).read_bytes()
    body = data.index(b"\n", data.index(b"\n") + 1) + 1
    for at in (body, body + SPAN - 1, body + SPAN, len(data) - 2):
        damaged = bytearray(data)
        damaged[at] ^= 0x10
        with pytest.raises(CompiledFileError, match="digest does not match"):
            load(bytes(damaged))
