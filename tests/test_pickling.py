"""A Calendar travels to worker processes by pickle (Dask, Spark, multiprocessing) and arrives whole:
by its definition and content (the official data it is built on, the as_of date, the contents of its
rules files), so a company calendar answers the same on a worker that has no copy of the file."""

from __future__ import annotations

import copy
import datetime as dt
import pickle
import subprocess
import sys
from pathlib import Path

import pytest

import azcal
from azcal.calendars import official_data_id
from azcal.model import Basis, Citation
from conftest import COMPANY, write

ANSWERS = """
import datetime as dt, json, pickle, sys
cal = pickle.loads(sys.stdin.buffer.read())
days = [dt.date(2020, 1, 1) + dt.timedelta(days=i) for i in range(0, 3653, 3)]
print(json.dumps({
    "repr": repr(cal),
    "workdays": [cal.is_workday(d) for d in days],
    "kinds": [cal.day(d).kind.value for d in days],
    "names": [o.name("en") for d in days for o in cal.day(d).observances],
    "hours": str(cal.working_hours("2020-01-01", "2030-01-01")),
    "add": cal.add_workdays("2025-04-03", 3).isoformat(),
}))
"""


def answers_of(calendar: azcal.Calendar) -> str:
    """What ``calendar`` answers in another process, to which it is sent by pickle."""
    done = subprocess.run(
        [sys.executable, "-c", ANSWERS], input=pickle.dumps(calendar), capture_output=True, timeout=120
    )
    assert done.returncode == 0, done.stderr.decode()
    return done.stdout.decode()


def answers_made_there(made: str) -> str:
    """What the calendar ``made`` (Python source) answers, made in another process with no pickle."""
    script = ANSWERS.replace("pickle.loads(sys.stdin.buffer.read())", made)
    return subprocess.run([sys.executable, "-c", script], capture_output=True, timeout=120).stdout.decode()


def test_a_company_calendar_answers_the_same_in_another_process_after_its_file_is_gone(tmp_path: Path) -> None:
    path = write(tmp_path, COMPANY)
    company = azcal.Calendar.with_rules(path, as_of="2025-12-31")
    here = answers_made_there(f"__import__('azcal').Calendar.with_rules({str(path)!r}, as_of='2025-12-31')")
    path.unlink()
    assert answers_of(company) == here and '"Company day"' in here


def test_the_official_calendar_pickles_in_a_few_bytes() -> None:
    data = pickle.dumps(azcal.Calendar())
    assert len(data) < 200
    made = answers_made_there("__import__('azcal').official()")
    assert pickle.loads(data).is_official and answers_of(azcal.Calendar()) == made and '"Novruz"' in made


def test_a_calendar_is_not_remade_on_other_official_data() -> None:
    company = pickle.dumps(azcal.Calendar(as_of="2024-06-01"))
    here = official_data_id()
    other = company.replace(here.encode(), (here[:-16] + "0" * 16).encode())  # other data, as long a name
    with pytest.raises(azcal.InvalidArgumentError, match="install the same azcal version"):
        pickle.loads(other)


def test_a_pickled_calendar_is_the_same_calendar() -> None:
    cal = azcal.Calendar(as_of=dt.date(2023, 12, 31))
    twin = pickle.loads(pickle.dumps(cal))
    assert twin is cal  # one calendar per definition
    assert twin.as_of == cal.as_of and twin.data_version == cal.data_version
    assert [twin.is_workday(d.date) for d in cal.year(2024)] == [d.is_workday for d in cal.year(2024)]


def test_a_worker_compiles_a_calendar_it_receives_again_and_again_once(tmp_path: Path) -> None:
    company = azcal.Calendar.with_rules(write(tmp_path, COMPANY))
    data = pickle.dumps(company)
    first, second = pickle.loads(data), pickle.loads(data)  # as for two tasks of one worker
    # made from the texts it carries; in this process, the one calendar of that definition
    assert first is second is company
    assert first.is_workday("2025-04-04") is False


def test_a_day_sent_by_pickle_keeps_the_acts_its_basis_cites() -> None:
    """A basis given as the acts it cites is a str that carries them (``model.Basis``): a Day pickled to
    another process reads its basis in Azerbaijani there, with no data read to find its acts again."""
    day = azcal.day("2026-03-27")  # a rest day moved under Art. 105.6, standing for Ramazan
    assert day.reason is not None and day.reason.stands_for_holiday is not None
    twin = pickle.loads(pickle.dumps(day))
    assert twin == day and twin.reason is not None and twin.reason.stands_for_holiday is not None
    for basis, sent in (
        (day.reason.basis, twin.reason.basis),
        (day.reason.stands_for_holiday.basis, twin.reason.stands_for_holiday.basis),
    ):
        assert isinstance(sent, Basis) and sent == basis and sent.citations == basis.citations  # type: ignore[attr-defined]
    assert copy.deepcopy(day.reason.basis).citations == day.reason.basis.citations  # type: ignore[attr-defined]
    script = (
        "import pickle, sys\nfrom azcal.text.legal import basis_text\nday = pickle.loads(sys.stdin.buffer.read())\n"
    )
    script += "print(basis_text(day.reason.basis, 'az'), 'azcal.law.loading' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", script], input=pickle.dumps(day), capture_output=True, timeout=60)
    assert done.stdout.decode() == "Əmək Məcəlləsi, maddə 105.6 False\n", done.stderr.decode()


def test_a_basis_is_immutable() -> None:
    (mourning,) = azcal.day("2025-01-20").observances
    basis = mourning.basis
    assert isinstance(basis, Basis)
    with pytest.raises(AttributeError, match="immutable"):
        basis.citations = ()  # type: ignore[misc]
    with pytest.raises(AttributeError, match="immutable"):
        del basis.citations  # type: ignore[misc]
    assert basis.citations == (Citation("Labor Code", ("106",)),)
