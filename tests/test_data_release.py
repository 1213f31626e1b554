"""azcal-data, the data-only distribution: built from the data in use with one more act, installed beside
azcal in a new environment, and preferred when newer, with no compile at import."""

from __future__ import annotations

import importlib
import os
import shutil
import subprocess
import sys
import sysconfig
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest

import azcal
from azcal import datapath
from azcal.compiled.release import release_version
from test_data_folders import ACT_2027

ROOT = Path(__file__).resolve().parents[1]


def test_the_version_is_the_date_of_the_newest_act() -> None:
    assert release_version("2026-12-03") == "2026.12.3"
    assert release_version("2025-12-11") == "2025.12.11"


@pytest.fixture(scope="module")
def environment(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A new virtual environment with azcal-data, built with the 2027 act, installed in it, and azcal beside."""
    work = tmp_path_factory.mktemp("release")
    dist = work / "azcal-data"
    shutil.copytree(ROOT / "azcal-data", dist, ignore=shutil.ignore_patterns("src", "build", "*.egg-info"))
    acts = work / "acts"
    acts.mkdir()
    (acts / "2027.toml").write_text(ACT_2027, "utf-8")
    env = {**os.environ, datapath.ENVIRONMENT: str(acts)}
    made = subprocess.run(
        [sys.executable, "-m", "azcal.compiled", "--release", str(dist)], capture_output=True, text=True, env=env
    )
    assert made.returncode == 0 and "azcal-data 2026.12.3" in made.stdout, made.stderr
    venv = work / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=300)
    python = venv / "bin" / "python"
    # built and installed by pip, as a user's pip would (its build backend comes from the package index)
    install = [str(python), "-m", "pip", "install", "--quiet", "--no-deps", str(dist)]
    done = subprocess.run(install, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    # azcal itself, and what it needs, from this environment: a .pth line each
    site = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"], capture_output=True, text=True
    ).stdout.strip()
    beside = [str(Path(azcal.__file__).parent.parent), sysconfig.get_paths()["purelib"]]
    Path(site, "azcal-beside.pth").write_text("\n".join(beside) + "\n", "utf-8")
    return python


def ask(python: Path, code: str) -> str:
    env = {k: v for k, v in os.environ.items() if k not in (datapath.ENVIRONMENT, "PYTHONPATH")}
    done = subprocess.run([str(python), "-c", code], capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.mark.slow
def test_installed_and_newer_it_answers(environment: Path) -> None:
    out = ask(
        environment,
        "import sys, azcal; from azcal.datapath import in_use\n"
        "print(azcal.is_workday('2027-01-05'), azcal.is_workday('2027-01-09'), azcal.DATA_VERSION)\n"
        "print(in_use().describe())\n"
        "print('azcal.engine' in sys.modules, 'azcal.law.loading' in sys.modules)",  # no compile at import
    )
    assert out.splitlines() == ["False True 2026-12-03", "azcal-data 2026.12.3", "False False"]


@pytest.mark.slow
def test_the_command_says_which_data(environment: Path) -> None:
    out = ask(environment, "from azcal.cli import main; main(['--version'])")
    assert out.endswith("(data 2026-12-03, from azcal-data 2026.12.3)\n")
    out = ask(environment, "from azcal.cli import main; raise SystemExit(main(['check', '--official']))")
    assert "azcal_data/data/decisions/2027.toml: ok" in out


@pytest.mark.slow
def test_as_of_and_six_day_calendars_compile_from_it(environment: Path) -> None:
    out = ask(
        environment,
        "import azcal\n"
        "print(azcal.Calendar(as_of='2026-12-02').is_workday('2027-01-05'),"
        " azcal.Calendar(as_of='2026-12-03').is_workday('2027-01-05'), azcal.Calendar(week=6).week)",
    )
    assert out.split() == ["True", "False", "6"]


def test_an_older_release_is_not_used(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """A release no newer than the data inside azcal leaves azcal's own data in use; a newer one is used."""
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setattr(sys, "dont_write_bytecode", True)  # rewritten within a second: no stale bytecode
    monkeypatch.delitem(sys.modules, "azcal_data", raising=False)
    release = tmp_path / "azcal_data.py"
    for data_version, used in (("2024-12-01", False), (azcal.Calendar().data_version, False), ("9999-12-31", True)):
        release.write_text(
            f"__version__ = 'x'\nDATA_VERSION = {data_version!r}\nDATA = '/nonexistent'\nCOMPILED = {{}}\n", "utf-8"
        )
        base = datapath.find().base
        assert (base is not datapath.PACKAGED) is used, data_version
        assert base.name == ("azcal-data x" if used else "the packaged data")
    sys.modules.pop("azcal_data", None)


def test_the_release_command_needs_the_distribution_folder(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "azcal.compiled", "--release", str(tmp_path)], capture_output=True, text=True
    )
    assert done.returncode != 0 and "no pyproject.toml" in done.stderr


def test_threads_asking_first_at_once_find_the_data_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """The first questions of a process may come from many threads at once: the data is found by one of
    them, and importlib's caches (which two threads cannot invalidate at once) are read anew by one at a
    time, reloads included."""
    inside, most, calls = 0, 0, 0
    guard = threading.Lock()
    invalidate = importlib.invalidate_caches

    def slow_invalidate() -> None:
        nonlocal inside, most, calls
        with guard:
            inside, calls = inside + 1, calls + 1
            most = max(most, inside)
        time.sleep(0.02)  # long enough for every other thread to arrive meanwhile
        invalidate()
        with guard:
            inside -= 1

    monkeypatch.setattr(importlib, "invalidate_caches", slow_invalidate)
    monkeypatch.setattr(datapath, "_in_use", None)
    barrier = threading.Barrier(8)
    found: list[datapath.DataInUse] = []

    def ask(look: Callable[[], datapath.DataInUse]) -> None:
        barrier.wait()
        found.append(look())

    for look, expected_calls, different in ((datapath.in_use, 1, 1), (datapath.find, 8, 8)):
        found.clear()
        threads = [threading.Thread(target=ask, args=(look,)) for _ in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert len(found) == 8 and most == 1
        assert calls == expected_calls
        assert len({id(data) for data in found}) == different  # one state in use; find() reads anew each time
        calls = 0
